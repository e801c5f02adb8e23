"""Running the real server on a free loopback port, for browser and load tests (never another address)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from .app import create_app

__all__ = ["running_server"]


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server(*, terms: str | os.PathLike[str] | None = None, startup_timeout: float = 20.0) -> Iterator[str]:
    """A uvicorn server on 127.0.0.1 in a background thread; yields its base URL and stops it afterwards."""
    import uvicorn

    port = _free_loopback_port()
    config = uvicorn.Config(create_app(terms=terms), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="glossary-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
