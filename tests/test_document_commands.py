"""Documents through the commands: locators in annotate's JSON, --input-format and sniffed standard
input, constraints and protect segment by segment, and protect -> XLIFF target -> restore."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from glossary.cli import app
from glossary.documents import read_bilingual, read_document, read_text_document, source_segments
from glossary.translation import PLACEHOLDER_STYLES, protect_segments, restore, segment_constraints

from .conftest import DATA

docx = pytest.importorskip("docx")
DOCUMENTS = DATA / "documents"
PAGE = DOCUMENTS / "article.html"


def _report_docx() -> bytes:
    document = docx.Document()
    paragraph = document.add_paragraph("Thượng tướng dự hội nghị tại Bộ ")
    paragraph.add_run("Quốc").bold = True
    paragraph.add_run(" phòng.")
    document.add_table(rows=1, cols=2).cell(0, 1).text = "ADMM-14 tại Hà Nội"
    document.sections[0].header.paragraphs[0].text = "Bộ Quốc phòng - tài liệu"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.docx"
    path.write_bytes(_report_docx())
    return path


def _run(*args: str, input: bytes | str | None = None):
    result = CliRunner().invoke(app, list(args), input=input)
    return result


# -- annotate: each match says where it is in the file ---------------------------------------


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_annotate_docx_matches_carry_part_paragraph_and_runs(report: Path, output_format: str, jobs: str) -> None:
    result = _run("annotate", str(report), "--format", output_format, "--jobs", jobs)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    matches = payload["files"][0]["matches"] if output_format == "json" else payload["matches"]
    by_text: dict[str, dict] = {}
    for match in matches:
        by_text.setdefault(match["text"], match["locator"])
    assert by_text["Bộ Quốc phòng"] == {
        "part": "body", "paragraph": 0, "start": 29, "end": 42,
        "start_run": 0, "start_run_offset": 29, "end_run": 2, "end_run_offset": 6,
    }  # fmt: skip
    assert by_text["ADMM-14"]["table"] == 0 and by_text["ADMM-14"]["cell"] == 1
    header = [match["locator"] for match in matches if match["locator"]["part"] == "header"]
    assert header and header[0]["paragraph"] == 0


def test_annotate_html_locators_point_into_the_page_source() -> None:
    result = _run("annotate", str(PAGE), "--format", "json")
    assert result.exit_code == 0, result.output
    source = PAGE.read_text(encoding="utf-8")
    matches = result.stdout and json.loads(result.stdout)["files"][0]["matches"]
    assert matches
    for match in matches:
        locator = match["locator"]
        raw = source[locator["source_start"] : locator["source_end"]]
        assert raw.startswith(match["text"][0]) and raw.endswith(match["text"][-1])  # markup may sit inside
    heading = next(match for match in matches if match["locator"]["element"] == "h1")
    assert source[heading["locator"]["source_start"] : heading["locator"]["source_end"]] == "Bộ <em>Quốc phòng"
    adsom = next(match for match in matches if match["text"] == "ADSOM")
    assert source[adsom["locator"]["source_start"] : adsom["locator"]["source_end"]] == "ADSOM"
    assert adsom["locator"]["element"] == "p" and adsom["locator"]["block"] == 2


def test_plain_text_matches_have_no_locator() -> None:
    result = _run("annotate", "--format", "json", input="Bộ Quốc phòng")
    assert "locator" not in json.loads(result.stdout)["files"][0]["matches"][0]


# -- choosing the reader: extension, --input-format, sniffed standard input -------------------------


def test_piped_docx_and_html_are_sniffed() -> None:
    docx_result = _run("annotate", "--format", "inline", "--target", "en", input=_report_docx())
    assert docx_result.exit_code == 0, docx_result.output
    assert "Bộ Quốc phòng [Ministry of National Defence]" in docx_result.stdout

    page = PAGE.read_text(encoding="utf-8")
    html_result = _run("annotate", "--format", "html", input=page)
    assert html_result.exit_code == 0, html_result.output
    assert html_result.stdout.startswith("<!DOCTYPE html>")  # the page itself, highlighted in place
    assert 'data-term-id="ministry-of-national-defence"' in html_result.stdout


def test_unknown_binary_on_stdin_is_still_refused() -> None:
    result = _run("annotate", "--format", "inline", input=b"\x7fELF\x02\x01\x00\x00binary")
    assert result.exit_code == 3
    assert "-: looks like a binary file" in result.stderr


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text('<p>Bộ <b>Quốc</b> phòng</p><script>var x = "Thượng tướng";</script>', encoding="utf-8")
    as_html = _run("annotate", str(page), "--input-format", "html", "--format", "jsonl")
    assert [match["term"]["id"] for match in json.loads(as_html.stdout)["matches"]] == ["ministry-of-national-defence"]
    as_text = _run("annotate", str(page), "--format", "jsonl")
    assert "rank-senior-lieutenant-general" in as_text.stdout  # read as text, the script's words count


def test_monolingual_commands_refuse_a_bilingual_input_format(report: Path) -> None:
    result = _run("annotate", str(report), "--input-format", "xliff")
    assert result.exit_code == 2
    assert "bilingual format" in result.stderr


def test_check_reads_a_piped_xliff_and_reports_locators(tmp_path: Path) -> None:
    result = _run("check", "-", "--format", "json", input=(DOCUMENTS / "job-2.0.xlf").read_bytes())
    assert result.exit_code == 1, result.output  # the 15th ADMM is an ordinal error
    problems = json.loads(result.stdout)["problems"]
    assert problems and all(problem["segment_id"] == "u1/s1" for problem in problems)
    assert problems[0]["locator"] == {"file": "f1", "unit": "u1", "segment": "s1", "line": 6}
    assert json.loads(result.stdout)["untranslated"] == ["u2"]


def test_check_of_two_documents_compares_their_text(tmp_path: Path, report: Path) -> None:
    translation = tmp_path / "report.en.html"
    translation.write_text("<p>Senior Lieutenant General at the Ministry of Defence.</p><p>14th ADMM</p>", encoding="utf-8")
    result = _run("check", str(report), str(translation), "--format", "json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["summary"]["source_terms"] == 4  # body, table cell and header of the Word file
    # The ministry is twice in the Word file (body and header) and once in the page.
    assert [(problem["kind"], problem["source"]["text"]) for problem in payload["problems"]] == [("count", "Bộ Quốc phòng")]


# -- constraints and protect segment by segment ------------------------------------------------------


def test_constraints_per_unit_of_a_bilingual_file() -> None:
    result = _run("constraints", str(DOCUMENTS / "job-1.2.xlf"))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert (payload["source"], payload["target"]) == ("vi", "en")  # as the file declares
    segments = [constraint["segment"] for constraint in payload["constraints"]]
    assert segments[0] == "1" and "4" in segments  # untranslated units still need their terms
    first = payload["constraints"][0]
    assert first["locator"]["unit"] == "1" and first["text"] == "Thượng tướng"


def test_constraints_of_a_docx_and_its_glossary_upload(report: Path) -> None:
    payload = json.loads(_run("constraints", str(report)).stdout)
    ministry = next(constraint for constraint in payload["constraints"] if constraint["text"] == "Bộ Quốc phòng")
    assert ministry["segment"] == "1" and ministry["locator"]["end_run"] == 2
    assert ministry["target"] == "Ministry of National Defence"
    tsv = _run("constraints", str(report), "--format", "tsv").stdout
    assert "Bộ Quốc phòng\tMinistry of National Defence\n" in tsv


def test_given_direction_overrides_what_the_page_declares(tmp_path: Path) -> None:
    page = tmp_path / "en.html"
    page.write_text('<html lang="en"><body><p>Ministry of National Defence</p></body></html>', encoding="utf-8")
    declared = json.loads(_run("constraints", str(page)).stdout)
    assert (declared["source"], declared["target"]) == ("en", "vi")
    assert declared["constraints"][0]["target"] == "Bộ Quốc phòng"


def test_protect_docx_then_restore_the_whole_translation(tmp_path: Path, report: Path) -> None:
    slots = tmp_path / "slots.json"
    protected = _run("protect", str(report), "--style", "plain", "--slots", str(slots))
    assert protected.exit_code == 0, protected.output
    payload = json.loads(slots.read_text(encoding="utf-8"))
    assert [segment["id"] for segment in payload["segments"]] == ["1", "2", "3"]
    assert payload["segments"][0]["locator"] == {"part": "body", "paragraph": 0}
    assert [slot["id"] for slot in payload["slots"]] == list(range(1, len(payload["slots"]) + 1))
    assert protected.stdout == "\n\n".join(segment["text"] for segment in payload["segments"])
    assert payload["segments"][0]["text"] == "__T1__ dự hội nghị tại __T2__."
    translated = tmp_path / "mt.txt"
    translated.write_text(protected.stdout.replace("dự hội nghị tại", "attended a meeting at the"), encoding="utf-8")
    restored = _run("restore", "--slots", str(slots), str(translated))
    assert restored.exit_code == 0, restored.output
    assert restored.stdout.startswith("Senior Lieutenant General attended a meeting at the Ministry of National Defence.")


# -- round trip: protect -> XLIFF target -> read back -> restore, every placeholder style -------------------


def _xliff(version: str, segments, texts: dict[str, str]) -> bytes:
    """An XLIFF file written to the 1.2 or 2.0 specification, each target holding the protected text."""
    if version == "1.2":
        ns = "urn:oasis:names:tc:xliff:document:1.2"
        root = etree.Element(f"{{{ns}}}xliff", version="1.2", nsmap={None: ns})
        body = etree.SubElement(
            etree.SubElement(root, f"{{{ns}}}file", original="report.docx", datatype="plaintext",
                             **{"source-language": "vi-VN", "target-language": "en-US"}),
            f"{{{ns}}}body",
        )  # fmt: skip
        for segment in segments:
            unit = etree.SubElement(body, f"{{{ns}}}trans-unit", id=segment.id)
            etree.SubElement(unit, f"{{{ns}}}source").text = segment.text
            etree.SubElement(unit, f"{{{ns}}}target").text = texts[segment.id]
    else:
        ns = "urn:oasis:names:tc:xliff:document:2.0"
        root = etree.Element(f"{{{ns}}}xliff", version="2.0", srcLang="vi-VN", trgLang="en-US", nsmap={None: ns})
        file_element = etree.SubElement(root, f"{{{ns}}}file", id="f1")
        for segment in segments:
            part = etree.SubElement(etree.SubElement(file_element, f"{{{ns}}}unit", id=segment.id), f"{{{ns}}}segment")
            etree.SubElement(part, f"{{{ns}}}source").text = segment.text
            etree.SubElement(part, f"{{{ns}}}target").text = texts[segment.id]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@pytest.mark.parametrize("version", ["1.2", "2.0"])
@pytest.mark.parametrize("style", PLACEHOLDER_STYLES)
@pytest.mark.parametrize("kind", ["docx", "html"])
def test_protect_xliff_restore_round_trip(kind: str, style: str, version: str, bundled_matcher) -> None:
    document = (
        read_text_document("report.docx", data=_report_docx())
        if kind == "docx"
        else read_document(PAGE)
    )
    segments = source_segments(document)
    protected = protect_segments(segments, source="vi", target="en", style=style, matcher=bundled_matcher)
    assert protected.slots, "the document has terms to protect"
    # What the MT engine sends back: placeholders kept, the rest of each segment as it was.
    texts = {segment.id: segment.text for segment in protected.segments}
    job = read_bilingual(f"job.{kind}.xlf", data=_xliff(version, segments, texts))
    assert (job.source_language, job.target_language) == ("vi", "en")
    assert [segment.id for segment in job.segments] == [segment.id for segment in segments]
    for segment in job.segments:
        restored = restore(segment.target or "", protected, segment=segment.id)
        assert restored.complete, (segment.id, restored.missing, restored.unknown)
        for slot in protected.slots_of(segment.id):
            assert slot.target in restored.text or slot.target[:1].upper() + slot.target[1:] in restored.text
        assert "__T" not in restored.text and "<x " not in restored.text and "<keep" not in restored.text
    # The whole document at once, as protect --format text sends it, restores with the same slots.
    whole = restore(protected.text, json.loads(json.dumps(protected.to_dict())))
    assert whole.complete and whole.restored == len(protected.slots)


def test_segment_constraints_name_unit_and_locate_the_term(bundled_matcher) -> None:
    found = segment_constraints(
        source_segments(read_bilingual(DOCUMENTS / "job-2.0.xlf")), source="vi", target="en", matcher=bundled_matcher
    )
    by_segment = {(constraint.segment, constraint.text): constraint for constraint in found}
    ministry = by_segment[("u1/s2", "Bộ Quốc phòng")]
    assert ministry.locator == {"file": "f1", "unit": "u1", "segment": "s2", "line": 10, "start": 0, "end": 13}
    assert by_segment[("u1/s1", "ADMM-14")].target == "14th ADMM"


def test_the_command_line_names_every_input_format() -> None:
    from glossary.cli import _INPUT_FORMATS, _MONOLINGUAL_INPUTS
    from glossary.documents import INPUT_FORMATS, MONOLINGUAL_FORMATS

    assert _INPUT_FORMATS == tuple(INPUT_FORMATS) and _MONOLINGUAL_INPUTS == MONOLINGUAL_FORMATS


def test_piped_page_and_xliff_are_sniffed_by_protect_and_constraints() -> None:
    protected = _run("protect", "--style", "plain", input=PAGE.read_bytes())
    assert protected.exit_code == 0, protected.output
    payload = json.loads(protected.stdout)
    assert payload["segments"][0]["locator"] == {"part": "html", "block": 0, "element": "title"}
    assert "<" not in payload["text"]  # the page's text, never its tags or scripts
    constraints = _run("constraints", "--format", "json", input=(DOCUMENTS / "job-2.0.xlf").read_bytes())
    assert {constraint["segment"] for constraint in json.loads(constraints.stdout)["constraints"]} == {"u1/s1", "u1/s2", "u2"}


def test_a_document_alone_is_not_a_bilingual_file(report: Path) -> None:
    result = _run("check", str(report))
    assert result.exit_code == 2
    assert "not a bilingual file" in result.stderr
