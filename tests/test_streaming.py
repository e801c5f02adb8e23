"""Output that streams, JSON from cached fragments, and the compact JSON form (docs/json.md)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary import Matcher
from glossary.annotate import (
    MAX_CHUNK_CHARACTERS,
    TARGET_CHUNK_CHARACTERS,
    AnnotatedChunk,
    Source,
    _annotate_chunks,
    annotate_source,
    iter_paragraph_chunks,
)
from glossary.renderers import make_renderer
from glossary.renderers.json_format import _MatchEncoder, dumps

TEXT = 'Thượng tướng dự ADMM-14 "và" \\ ADMM+ lần thứ 7.\n\nBộ Quốc phòng, ADSOM và Bo Quoc phong; ADMM.\n'


def chunks_of(matcher: Matcher, text: str) -> Iterator[AnnotatedChunk]:
    return _annotate_chunks(iter_paragraph_chunks(text.splitlines(keepends=True)), matcher, overlaps=False, min_score=0)


def render(matcher: Matcher, format_name: str, documents: dict[str, str], **options: object) -> str:
    out = io.StringIO()
    renderer = make_renderer(format_name, out=out, multiple=len(documents) > 1, **options)  # type: ignore[arg-type]
    renderer.begin()
    for name, text in documents.items():
        renderer.document(name, chunks_of(matcher, text))
    renderer.end()
    return out.getvalue()


def test_cached_fragments_write_exactly_what_json_dumps_writes(seed_matcher: Matcher) -> None:
    encoder = _MatchEncoder()
    matches = [match for chunk in chunks_of(seed_matcher, TEXT) for match in chunk.matches]
    assert {match.method for match in matches} >= {"exact", "acronym", "folded"}
    assert any(match.ordinal is not None for match in matches)
    for match in matches * 2:  # the second time from the cache
        assert encoder.encode(match) == dumps(match.to_dict())
        relative = match.to_dict() | {"start": match.start - 3, "end": match.end - 3}
        assert encoder.encode(match, 3) == dumps(relative)


@pytest.mark.parametrize("several", [False, True], ids=["one input", "several inputs"])
def test_compact_json_lists_each_term_once_and_expands_to_the_full_form(seed_matcher: Matcher, several: bool) -> None:
    documents = {"a.txt": TEXT, "b.txt": "ADSOM và ADMM"} if several else {"a.txt": TEXT}
    full = json.loads(render(seed_matcher, "json", documents))
    compact = json.loads(render(seed_matcher, "json", documents, compact=True))
    terms = compact["terms"]
    compact_files = compact["files"]  # one shape whatever the input (docs/json.md)
    full_files = full["files"]
    referred = {match["term"] for document in compact_files for match in document["matches"]}
    assert set(terms) == referred  # every term referred to, and only those
    for compact_document, full_document in zip(compact_files, full_files, strict=True):
        expanded = [match | {"term": terms[match["term"]]} for match in compact_document["matches"]]
        assert expanded == full_document["matches"]


@pytest.mark.parametrize("by_line", [False, True], ids=["per input", "per line"])
def test_compact_jsonl_defines_each_term_once_right_after_its_first_use(seed_matcher: Matcher, by_line: bool) -> None:
    documents = {"a.txt": TEXT, "b.txt": "ADSOM và ADMM\nBộ Quốc phòng\n"}
    options = {"by_line": by_line}
    full = [json.loads(line) for line in render(seed_matcher, "jsonl", documents, **options).splitlines()]
    compact = [json.loads(line) for line in render(seed_matcher, "jsonl", documents, compact=True, **options).splitlines()]
    known: dict[str, dict[str, object]] = {}
    objects = []
    waiting: set[str] = set()
    for record in compact:
        if "term" in record:
            term = record["term"]
            assert term["id"] not in known, "a term is defined once"
            assert term["id"] in waiting, "a term line follows the object that first uses it"
            known[term["id"]] = term
            waiting.discard(term["id"])
            continue
        assert not waiting, "terms are defined before the next object"
        waiting = {match["term"] for match in record["matches"]} - set(known)
        objects.append(record)
    assert not waiting
    expanded = [
        record | {"matches": [match | {"term": known[match["term"]]} for match in record["matches"]]}
        for record in objects
    ]
    assert expanded == full


@pytest.mark.parametrize("format_name", ["json", "jsonl"])
def test_json_formats_write_each_chunk_before_the_next_is_read(seed_matcher: Matcher, format_name: str) -> None:
    """Nothing is collected per input: output grows while the input is still being read."""
    out = io.StringIO()
    sizes_when_asked: list[int] = []

    def chunks() -> Iterator[AnnotatedChunk]:
        pieces = ["ADMM-14 họp.\n\n"] * 3
        for chunk in _annotate_chunks(pieces, seed_matcher, overlaps=False, min_score=0):
            sizes_when_asked.append(len(out.getvalue()))
            yield chunk

    renderer = make_renderer(format_name, out=out)
    renderer.begin()
    renderer.document("a.txt", chunks())
    renderer.end()
    assert sizes_when_asked[0] < sizes_when_asked[1] < sizes_when_asked[2]


def test_paragraph_chunks_stay_within_the_limit_without_blank_lines() -> None:
    lines = ["Một dòng văn bản không có dòng trống.\n"] * 40_000
    chunks = list(iter_paragraph_chunks(lines))
    assert "".join(chunks) == "".join(lines)
    assert max(map(len, chunks)) <= MAX_CHUNK_CHARACTERS + len(lines[0])


def test_issue_one_long_line_is_annotated_in_bounded_pieces(tmp_path: Path, seed_matcher: Matcher) -> None:
    """One 100 MB line used to be held whole (4.8 GB); now it arrives in pieces cut after a sentence."""
    sentence = "Bộ Quốc phòng dự ADMM-14 tại Hà Nội. "
    line = sentence * (3 * TARGET_CHUNK_CHARACTERS // len(sentence))
    path = tmp_path / "one-line.txt"
    path.write_text(line + "\nADSOM\n", encoding="utf-8")
    chunks = list(annotate_source(Source(str(path), path), matcher=seed_matcher, by_line=True))
    assert len(chunks) > 3
    assert max(len(chunk.text) for chunk in chunks) <= TARGET_CHUNK_CHARACTERS
    assert "".join(chunk.text for chunk in chunks) == line + "\nADSOM\n"
    # Every piece is cut after a sentence end, so no term is lost.
    assert sum(len(chunk.matches) for chunk in chunks) == 2 * line.count(sentence) + 1
    for chunk in chunks:
        for match in chunk.matches:
            assert chunk.text[match.start - chunk.offset : match.end - chunk.offset] == match.text

    out = io.StringIO()
    renderer = make_renderer("jsonl", out=out, by_line=True)
    renderer.begin()
    renderer.document("one-line.txt", iter(chunks))
    renderer.end()
    records = [json.loads(record) for record in out.getvalue().splitlines()]
    assert [record["line"] for record in records] == [1, 2]
    assert len(records[0]["matches"]) == 2 * line.count(sentence)
    for match in records[0]["matches"]:
        assert line[match["start"] : match["end"]] == match["text"]
    assert records[1]["matches"][0]["start"] == 0
