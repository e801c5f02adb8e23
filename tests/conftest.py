from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from glossary import Matcher, TermBase, compile_matcher, load_termbase

# Commands cache compiled term bases (glossary/cache.py): never in the user's cache during tests.
os.environ["GLOSSARY_CACHE_DIR"] = tempfile.mkdtemp(prefix="glossary-test-cache-")
os.environ.pop("GLOSSARY_NO_CACHE", None)

DATA = Path(__file__).parent / "data"
SEED_TERMS = DATA / "seed-terms.yaml"
CORPUS = DATA / "corpus"


@pytest.fixture(scope="session")
def seed_termbase() -> TermBase:
    return load_termbase(SEED_TERMS)


@pytest.fixture(scope="session")
def seed_matcher(seed_termbase: TermBase) -> Matcher:
    return compile_matcher(seed_termbase)


@pytest.fixture(scope="session")
def bundled_termbase() -> TermBase:
    return load_termbase()


@pytest.fixture(scope="session")
def bundled_matcher(bundled_termbase: TermBase) -> Matcher:
    return compile_matcher(bundled_termbase)



@pytest.fixture(scope="session")
def bundled_strict_matcher(bundled_termbase: TermBase) -> Matcher:
    """The bundled term base without the fuzzy stage: what a test of exact readings wants."""
    return compile_matcher(bundled_termbase, fuzzy=False)


def render(matcher: Matcher, format_name: str, documents: dict[str, str], **options: object) -> str:
    """What a renderer writes for ``documents`` (name -> text), annotated by ``matcher``."""
    import io

    from glossary.annotate import _annotate_chunks, iter_paragraph_chunks
    from glossary.renderers import make_renderer

    out = io.StringIO()
    renderer = make_renderer(format_name, out=out, multiple=len(documents) > 1, **options)  # type: ignore[arg-type]
    renderer.begin()
    for name, text in documents.items():
        chunks = _annotate_chunks(iter_paragraph_chunks(text.splitlines(keepends=True)), matcher, overlaps=False, min_score=0)
        renderer.document(name, chunks)
    renderer.end()
    return out.getvalue()
