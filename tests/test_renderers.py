"""One contract every annotation renderer keeps, plus each format's own promises."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import pytest

from glossary import Matcher
from glossary.renderers import ANNOTATION_FORMATS, make_renderer

from .conftest import render

TEXT = "Thượng tướng <b>&</b> dự ADMM-14.\n\nBộ Quốc phòng và ADSOM+ WG."


@pytest.mark.parametrize("format_name", ANNOTATION_FORMATS)
class TestEveryRenderer:
    def test_renders_empty_input(self, format_name: str, seed_matcher: Matcher) -> None:
        render(seed_matcher, format_name, {"empty.txt": ""})

    def test_keeps_vietnamese_text_readable(self, format_name: str, seed_matcher: Matcher) -> None:
        output = render(seed_matcher, format_name, {"a.txt": TEXT})
        assert "Thượng tướng" in output
        assert "\\u" not in output

    def test_renders_several_documents(self, format_name: str, seed_matcher: Matcher) -> None:
        output = render(seed_matcher, format_name, {"a.txt": TEXT, "b.txt": "ADSOM"})
        assert output.count("ADSOM") >= 2


def test_inline_only_adds_glosses(seed_matcher: Matcher) -> None:
    output = render(seed_matcher, "inline", {"a.txt": TEXT})
    assert re.sub(r" \[[^\]]*\]", "", output) == TEXT
    assert "ADMM-14 [14th ADMM]" in output


def test_json_is_one_document_and_offsets_slice_the_input(seed_matcher: Matcher) -> None:
    payload = json.loads(render(seed_matcher, "json", {"a.txt": TEXT}))["files"][0]
    assert [m["text"] for m in payload["matches"]] == ["Thượng tướng", "ADMM-14", "Bộ Quốc phòng", "ADSOM+ WG"]
    assert all(TEXT[m["start"] : m["end"]] == m["text"] for m in payload["matches"])
    several = json.loads(render(seed_matcher, "json", {"a.txt": TEXT, "b.txt": "ADSOM"}))
    assert [document["path"] for document in several["files"]] == ["a.txt", "b.txt"]


def test_jsonl_is_one_object_per_line(seed_matcher: Matcher) -> None:
    lines = render(seed_matcher, "jsonl", {"a.txt": TEXT, "b.txt": "ADSOM"}).splitlines()
    assert [json.loads(line)["path"] for line in lines] == ["a.txt", "b.txt"]


def test_html_escapes_the_text_and_is_well_formed(seed_matcher: Matcher) -> None:
    output = render(seed_matcher, "html", {"a.txt": TEXT})
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in output
    assert "<b>" not in output

    class Balance(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag not in {"meta"}:
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.open.pop() == tag

    parser = Balance()
    parser.feed(output)
    assert parser.open == []
    assert output.count('class="card"') == 4


def test_markdown_lists_each_term_once(seed_matcher: Matcher) -> None:
    output = render(seed_matcher, "markdown", {"a.txt": TEXT + " ADMM"})
    table_rows = [line for line in output.splitlines() if line.startswith("| ") and "Vietnamese" not in line]
    assert len(table_rows) == 4
    assert "**ADMM-14**" in output


def test_a_numbered_name_is_glossed_in_the_other_language_than_its_own(bundled_matcher) -> None:
    """An English name with its ordinal in a Vietnamese text still gets the Vietnamese gloss, and back."""
    from glossary.renderers.text_formats import gloss_for

    text = "Đối thoại. the 12th Vietnam-India Defence Policy Dialogue; Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 12."
    english, vietnamese = [match for match in bundled_matcher.annotate(text) if match.ordinal == 12]
    assert gloss_for(english, "auto", context="vi") == "Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 12"
    assert gloss_for(vietnamese, "auto", context="en") == "12th Vietnam-India Defence Policy Dialogue"
    assert gloss_for(english, "en", context="vi") is None  # already in the target language


def test_a_renderer_imports_only_its_own_format() -> None:
    """Start-up: JSON output must not pay for rich and the HTML renderer (issue 11)."""
    import subprocess
    import sys

    program = (
        "import io, sys\n"
        "from glossary.renderers import make_renderer\n"
        "make_renderer('json', out=io.StringIO())\n"
        "print([m for m in ('rich', 'glossary.renderers.terminal', 'glossary.renderers.html_format') if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_every_annotation_format_has_a_renderer() -> None:
    import io

    from glossary.renderers import ANNOTATION_FORMATS, make_renderer

    for name in ANNOTATION_FORMATS:
        assert hasattr(make_renderer(name, out=io.StringIO()), "document"), name
