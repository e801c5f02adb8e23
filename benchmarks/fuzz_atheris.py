"""Coverage-guided fuzzing of the loader and of annotate with atheris (optional; see docs/reliability.md).

    .venv/bin/python -m pip install atheris
    .venv/bin/python benchmarks/fuzz_atheris.py loader   -max_total_time=600
    .venv/bin/python benchmarks/fuzz_atheris.py annotate -max_total_time=600
    .venv/bin/python benchmarks/fuzz_atheris.py stream   -max_total_time=600

Arguments after the target go to libFuzzer. A finding is any exception other
than the library's own GlossaryError, or a broken invariant (an offset that
does not slice the original, decoded lines that do not rebuild the input).
The hypothesis targets in tests/ run the same properties in the normal suite.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    import importlib

    from glossary import GlossaryError, TermBaseError, compile_matcher, load_termbase

# By module path: the package's attribute "annotate" is the function of that name.
annotate_module = importlib.import_module("glossary.annotate")
loader_module = importlib.import_module("glossary.loader")


def fuzz_loader(data: bytes) -> None:
    """Any bytes as a term base: a TermBase or a TermBaseError with problems, nothing else."""
    loader_module._read_bounded = lambda _path: data  # type: ignore[assignment]
    try:
        termbase = load_termbase("fuzz.yaml")
    except TermBaseError as error:
        assert error.problems
        return
    compile_matcher(termbase).annotate("ADMM Bộ Quốc phòng")  # what validate accepts, annotate runs


_MATCHER = None


def fuzz_annotate(data: bytes) -> None:
    """Any text: matches whose offsets slice the original, or an InputError for lone surrogates."""
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = compile_matcher(load_termbase())
    text = atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data))
    try:
        matches = _MATCHER.annotate(text, overlaps=True)
    except GlossaryError:
        assert any(0xD800 <= ord(character) <= 0xDFFF for character in text)
        return
    for match in matches:
        assert text[match.start : match.end] == match.text


def fuzz_stream(data: bytes) -> None:
    """Any bytes as an input stream: decoded lines rebuild the text, or one InputError."""
    annotate_module._READ_BYTES = 7  # many read boundaries
    try:
        lines = list(annotate_module._decoded_lines(io.BytesIO(data), "-", "utf-8", None))
    except GlossaryError:
        return
    assert "".join(lines) == data.decode("utf-8")
    for line in lines[:-1]:
        assert line.endswith(("\n", "\r")), line


TARGETS = {"loader": fuzz_loader, "annotate": fuzz_annotate, "stream": fuzz_stream}

if __name__ == "__main__":
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()
