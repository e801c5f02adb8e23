"""``glossary serve``: a local web app for translators and an HTTP API for CAT tools.

Optional: ``pip install 'glossary[serve]'``. The routes parse the request,
make one library call and render its result in the same JSON contract as the
command line (docs/json.md); the page at ``/`` is plain HTML, CSS and a small
script served from the package, with no build step.
"""

from __future__ import annotations

from .app import DEFAULT_HOST, DEFAULT_PORT, MAX_BODY_BYTES, create_app, is_loopback, serve

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "MAX_BODY_BYTES", "create_app", "is_loopback", "serve"]
