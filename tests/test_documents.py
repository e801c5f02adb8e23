"""Documents as translators have them: DOCX, HTML, XLIFF 1.2/2.0, TMX and PO readers.

A contract every reader meets (Vietnamese text kept, a term across a run or an
inline tag found, an empty document, a malformed file named in one clear line),
then what each format promises.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from glossary import InputError
from glossary.documents import (
    annotate_document,
    format_for_path,
    language_code,
    read_bilingual,
    read_text_document,
    sniff_format,
)
from glossary.documents.html import highlight_html, parse_html

from .conftest import DATA

DOCUMENTS = DATA / "documents"
docx = pytest.importorskip("docx")


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _split_runs(document) -> None:
    paragraph = document.add_paragraph("Thượng tướng dự hội nghị tại Bộ ")
    paragraph.add_run("Quốc").bold = True
    paragraph.add_run(" phòng.")


# -- the contract every reader meets ------------------------------------------------


MONOLINGUAL = {
    "docx": lambda: ("a.docx", _docx_bytes(_split_runs)),
    "html": lambda: ("a.html", "<p>Thượng tướng dự hội nghị tại Bộ <b>Quốc</b> phòng.</p>".encode()),
}


@pytest.mark.parametrize("kind", sorted(MONOLINGUAL))
def test_monolingual_reader_finds_a_term_split_by_markup(kind: str, bundled_matcher) -> None:
    name, data = MONOLINGUAL[kind]()
    document = read_text_document(name, data=data, input_format=kind)
    assert document.blocks[0].text == "Thượng tướng dự hội nghị tại Bộ Quốc phòng."
    found = {(located.match.text, located.match.term.id) for located in annotate_document(document, matcher=bundled_matcher)}
    assert ("Bộ Quốc phòng", "ministry-of-national-defence") in found
    assert ("Thượng tướng", "rank-senior-lieutenant-general") in found


EMPTY = {
    "docx": ("empty.docx", lambda: _docx_bytes(lambda document: None)),
    "html": ("empty.html", lambda: b""),
}


@pytest.mark.parametrize("kind", sorted(EMPTY))
def test_monolingual_reader_reads_an_empty_document(kind: str) -> None:
    name, data = EMPTY[kind]
    assert read_text_document(name, data=data(), input_format=kind).blocks == ()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.docx", b"PK\x03\x04 not really a zip", "bad.docx: not a readable .docx file"),
        ("bad.xlf", b"<xliff version='1.2'><file>", "bad.xlf: not a well-formed XLIFF file"),
        ("bad.tmx", b"<tmx><body><tu>", "bad.tmx: not a well-formed TMX file"),
        ("wrong.xlf", b"<html/>", "wrong.xlf: not an XLIFF file (its root element is <html>)"),
        ("bad.po", b'msgid "a"\nmsgstr "b" "\n', "bad.po: not a well-formed PO file"),
    ],
)
def test_malformed_file_gets_one_clear_line_naming_it(name: str, data: bytes, message: str) -> None:
    reader = read_text_document if name.endswith(".docx") else read_bilingual
    with pytest.raises(InputError) as raised:
        reader(name, data=data, input_format=format_for_path(name))
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


BILINGUAL = ["job-1.2.xlf", "job-2.0.xlf", "memory.tmx", "messages.po"]

# One small file per bilingual reader, written here to each specification: a Vietnamese source in
# which "Bộ Quốc phòng" is split by inline markup (PO has none: the term is plain text there), an
# empty file, and a malformed one.
_XLIFF_1_2 = (
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file original="a" source-language="vi-VN" target-language="en-US" datatype="plaintext"><body>{units}</body></file></xliff>'
)
_XLIFF_2_0 = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi" trgLang="en">{units}</xliff>'
_TMX = '<tmx version="1.4"><header srclang="vi-VN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>{units}</body></tmx>'
_PO = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n{units}'
BILINGUAL_CONTRACT = {
    "xliff-1.2": (
        "a.xlf",
        _XLIFF_1_2.format(units='<trans-unit id="t1"><source>Đoàn <x id="1"/>Bộ <g id="2">Quốc</g> phòng</source><target>MND</target></trans-unit>'),
        _XLIFF_1_2.format(units=""),
        "<xliff version='1.2'><file><body><trans-unit>",
    ),
    "xliff-2.0": (
        "a.xlf",
        _XLIFF_2_0.format(units='<file id="f"><unit id="t1"><segment><source>Đoàn <ph id="1"/>Bộ <pc id="2">Quốc</pc> phòng</source></segment></unit></file>'),
        _XLIFF_2_0.format(units='<file id="f"/>'),
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f"><unit>',
    ),
    "tmx": (
        "a.tmx",
        _TMX.format(units='<tu tuid="t1"><tuv xml:lang="vi"><seg>Đoàn <ph x="1"/>Bộ <hi>Quốc</hi> phòng</seg></tuv></tu>'),
        _TMX.format(units=""),
        "<tmx version='1.4'><header srclang='vi'/><body><tu></body>",
    ),
    "po": (
        "a.po",
        _PO.format(units='msgctxt "t1"\nmsgid "Đoàn Bộ Quốc phòng"\nmsgstr ""\n'),
        _PO.format(units=""),
        'msgid "Đoàn"\nmsgstr "b" "\n',
    ),
}


@pytest.mark.parametrize("kind", sorted(BILINGUAL_CONTRACT))
def test_bilingual_reader_contract(kind: str, bundled_matcher) -> None:
    name, data, empty, malformed = BILINGUAL_CONTRACT[kind]
    document = read_bilingual(name, data=data.encode())
    (segment,) = document.segments
    assert segment.source == "Đoàn Bộ Quốc phòng"  # Vietnamese kept (NFC), inline codes are no text
    assert [match.term.id for match in bundled_matcher.annotate(segment.source)] == ["ministry-of-national-defence"]
    assert (document.source_language, document.target_language) == ("vi", "en")
    assert read_bilingual(name, data=empty.encode()).segments == ()
    with pytest.raises(InputError) as raised:
        read_bilingual(name, data=malformed.encode())
    assert str(raised.value).startswith(f"{name}: not a well-formed ") and "\n" not in str(raised.value)


def test_malformed_html_charset_is_one_clear_line() -> None:
    page = b'<html><head><meta charset="no-such-charset"></head><body><p>B\xe1\xbb\x99</p></body></html>'
    with pytest.raises(InputError, match=r"^bad\.html: the page declares an unknown charset 'no-such-charset'$"):
        read_text_document("bad.html", data=page, input_format="html")
    with pytest.raises(InputError, match=r"^bad\.html: not valid utf-8 \(byte 3\)"):
        read_text_document("bad.html", data=b"<p>\xff</p>", input_format="html")


def test_docx_without_its_document_part_is_named() -> None:
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InputError) as raised:
        read_text_document("hollow.docx", data=buffer.getvalue())
    assert str(raised.value).startswith("hollow.docx: not a readable .docx file") and "\n" not in str(raised.value)


@pytest.mark.parametrize("name", BILINGUAL)
def test_bilingual_reader_keeps_vietnamese_and_languages(name: str) -> None:
    document = read_bilingual(DOCUMENTS / name)
    assert (document.source_language, document.target_language) == ("vi", "en")
    assert document.segments[0].source.startswith("Thượng tướng")
    assert all(segment.id for segment in document.segments)


def test_bilingual_reader_reads_an_empty_file() -> None:
    empty = b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="vi" target-language="en"><body/></file></xliff>'
    assert read_bilingual("empty.xlf", data=empty, input_format="xliff").segments == ()


# -- XLIFF ----------------------------------------------------------------------------


def test_xliff_1_2_units_inline_tags_and_untranslated() -> None:
    document = read_bilingual(DOCUMENTS / "job-1.2.xlf")
    by_id = {segment.id: segment for segment in document.segments}
    assert by_id["2"].source == "Đoàn đại biểu Bộ Quốc phòng tham dự ADSOM."  # <g> read, <x/> is no text
    assert by_id["2"].target == "The delegation of the Ministry of National Defence attended ADSOM."
    assert by_id["3"].source == "Hội nghị  bế mạc."  # a <ph> code's content never becomes a term
    assert by_id["3"].target is None and by_id["4"].target is None
    assert by_id["1"].locator == {"file": "tin-adsom.docx", "unit": "1", "line": 6}


def test_xliff_2_segments_pc_ph_and_cp() -> None:
    document = read_bilingual(DOCUMENTS / "job-2.0.xlf")
    assert [segment.id for segment in document.segments] == ["u1/s1", "u1/s2", "u2"]
    assert document.segments[1].source == "Bộ Quốc phòng chủ trì."
    assert document.segments[2].source == "ADSOM\u00a0lần thứ 3"
    assert document.target_language == "en"


def test_inline_code_content_creates_no_term(bundled_matcher) -> None:
    segment = read_bilingual(DOCUMENTS / "job-1.2.xlf").segments[2]
    assert [match.term.id for match in bundled_matcher.annotate(segment.source)] == []


def test_given_languages_override_the_file() -> None:
    document = read_bilingual(DOCUMENTS / "job-1.2.xlf", source_language="en", target_language="vi")
    assert (document.source_language, document.target_language) == ("en", "vi")


# -- TMX and PO -------------------------------------------------------------------------


def test_tmx_picks_source_and_target_variants() -> None:
    document = read_bilingual(DOCUMENTS / "memory.tmx")
    first, second = document.segments
    assert first.id == "7" and first.source == "Thượng tướng dự ADMM-14."
    assert first.target == "Senior Lieutenant General attended the 14th ADMM."  # <bpt>/<ept> codes left out
    assert second.id == "2" and second.target is None


def test_po_entries_context_fuzzy_and_obsolete() -> None:
    document = read_bilingual(DOCUMENTS / "messages.po")
    assert [(segment.source, segment.target) for segment in document.segments] == [
        ("Thượng tướng dự ADMM-14.", "Senior Lieutenant General attended the 14th ADMM."),
        ("Bộ Quốc phòng", None),
    ]
    assert document.segments[1].locator["fuzzy"] is True
    assert document.segments[1].locator["context"] == "heading"


# -- HTML --------------------------------------------------------------------------------


def test_html_reads_text_nodes_only(bundled_matcher) -> None:
    document = read_text_document(DOCUMENTS / "article.html")
    texts = [block.text for block in document.blocks]
    assert texts == [
        "Thượng tướng dự ADMM-14",
        "Bộ Quốc phòng tại ADMM\u201114",
        "Thượng\u00a0tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng & ADSOM.",
        "liên kết",
    ]
    assert document.language == "vi" and document.title == "Thượng tướng dự ADMM-14"
    ids = [located.match.term.id for located in annotate_document(document, matcher=bundled_matcher)]
    assert "rank-colonel" not in ids  # the comment's "Thượng tá" is not text


def test_html_offsets_point_into_the_source(bundled_matcher) -> None:
    source = (DOCUMENTS / "article.html").read_text(encoding="utf-8")
    document = parse_html(source)
    for located in annotate_document(document, matcher=bundled_matcher):
        block = document.blocks[located.block]
        pieces = block.source_pieces(located.match.start, located.match.end)
        raw = "".join(source[start:end] for start, end in pieces)
        assert located.location["source_start"] == pieces[0][0]
        assert located.location["source_end"] == pieces[-1][1]
        # the source pieces, entities decoded and spaces collapsed, are the matched text
        import html as html_module

        assert " ".join(html_module.unescape(raw).split()) == " ".join(located.match.text.split())


def test_html_highlight_in_place_keeps_the_page(bundled_matcher) -> None:
    source = (DOCUMENTS / "article.html").read_text(encoding="utf-8")
    document = parse_html(source)
    spans = [
        (document.blocks[located.block], located.match.start, located.match.end, 'class="term"')
        for located in annotate_document(document, matcher=bundled_matcher)
    ]
    highlighted = highlight_html(document, spans)
    assert highlighted.replace('<mark class="term">', "").replace("</mark>", "") == source
    assert '<h1><mark class="term">Bộ </mark><em><mark class="term">Quốc phòng</mark></em>' in highlighted
    assert '<script>var ADSOM = "Bộ Quốc phòng";</script>' in highlighted  # scripts untouched


# -- DOCX --------------------------------------------------------------------------------


def test_docx_reading_order_tables_headers_and_run_locator(bundled_matcher) -> None:
    def build(document) -> None:
        _split_runs(document)
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 1).text = "ADMM-14 tại Hà Nội"
        document.add_paragraph("Sau bảng: ADSOM")
        document.sections[0].header.paragraphs[0].text = "Bộ Quốc phòng - tài liệu"

    document = read_text_document("r.docx", data=_docx_bytes(build))
    assert [(block.text, block.locator["part"]) for block in document.blocks] == [
        ("Thượng tướng dự hội nghị tại Bộ Quốc phòng.", "body"),
        ("ADMM-14 tại Hà Nội", "body"),
        ("Sau bảng: ADSOM", "body"),
        ("Bộ Quốc phòng - tài liệu", "header"),
    ]
    assert document.blocks[1].locator == {"part": "body", "paragraph": 2, "table": 0, "row": 0, "cell": 1}
    ministry = next(
        located for located in annotate_document(document, matcher=bundled_matcher) if located.match.text == "Bộ Quốc phòng"
    )
    assert ministry.location["start_run"] == 0 and ministry.location["start_run_offset"] == 29
    assert ministry.location["end_run"] == 2 and ministry.location["end_run_offset"] == 6


# -- choosing the reader -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"PK\x03\x04rest", "docx"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'<?xml version="1.0"?>\n<xliff version="1.2">', "xliff"),
        (b'\xef\xbb\xbf<?xml version="1.0"?><tmx version="1.4">', "tmx"),
        (b'msgid ""\nmsgstr ""\n', "po"),
        ("Thượng tướng".encode(), "text"),
    ],
)
def test_sniffing_standard_input(head: bytes, kind: str) -> None:
    assert sniff_format(head) == kind


@pytest.mark.parametrize(("value", "code"), [("vi-VN", "vi"), ("en_US", "en"), ("EN-gb", "en"), ("vie", "vi"), ("", None)])
def test_language_codes_are_normalised(value: str, code: str | None) -> None:
    assert language_code(value) == code


def test_extension_chooses_the_format() -> None:
    assert [format_for_path(Path(name)) for name in ("a.DOCX", "b.htm", "c.xliff", "d.tmx", "e.po", "f.txt", "g")] == [
        "docx", "html", "xliff", "tmx", "po", "text", "text",
    ]  # fmt: skip


def test_annotate_command_reads_docx_and_keeps_an_html_page(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from glossary.cli import app

    report = tmp_path / "report.docx"
    report.write_bytes(_docx_bytes(_split_runs))
    runner = CliRunner()
    inline = runner.invoke(app, ["annotate", str(report), "--format", "inline", "--target", "en"])
    assert inline.exit_code == 0, inline.output
    assert "Bộ Quốc phòng [Ministry of National Defence]" in inline.stdout

    page = DOCUMENTS / "article.html"
    result = runner.invoke(app, ["annotate", str(page), "--format", "html"])
    assert result.exit_code == 0, result.output
    source = page.read_text(encoding="utf-8")
    without_marks = re.sub(r'<mark class="glossary-term"[^>]*>|</mark>|<style>mark\.glossary-term.*?</style>', "", result.stdout)
    assert without_marks == source  # the page itself is unchanged
    assert "<title>Thượng tướng dự ADMM-14</title>" in result.stdout  # no markup inside <title>
    assert 'data-term-id="ministry-of-national-defence"' in result.stdout


def test_check_reports_untranslated_units_not_missing_terms(bundled_matcher) -> None:
    from glossary.translation import check_bilingual

    document = read_bilingual(DOCUMENTS / "job-1.2.xlf")
    report = check_bilingual(document, matcher=bundled_matcher)
    assert report.untranslated == ("3", "4")  # unit 4's ADMM+ and Đại tá are not "missing"
    assert all(finding.segment_id not in ("3", "4") for finding in report.findings)
    assert report.to_dict()["untranslated"] == ["3", "4"] and report.summary()["untranslated"] == 2
    assert check_bilingual(document, matcher=bundled_matcher, report_untranslated=False).untranslated == ()


_FOOTNOTES = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Theo </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>ADSOM</w:t></w:r>'
    '<w:del w:id="9" w:author="a"><w:r><w:delText>Thượng tá</w:delText></w:r></w:del>'
    '<w:ins w:id="10" w:author="a"><w:r><w:t xml:space="preserve"> và Bộ Quốc phòng</w:t></w:r></w:ins></w:p></w:footnote>'
    "</w:footnotes>"
)


def _with_footnotes(data: bytes) -> bytes:
    """A .docx with a footnotes part, as Word writes it (python-docx cannot add footnotes)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", _FOOTNOTES)
    return out.getvalue()


def test_docx_footers_and_footnotes_come_last_deleted_text_is_not_read(bundled_matcher) -> None:
    def build(document) -> None:
        document.add_paragraph("Thân bài: ADMM-14")
        document.sections[0].footer.paragraphs[0].text = "Trang 1 - Thượng tướng"

    document = read_text_document("notes.docx", data=_with_footnotes(_docx_bytes(build)))
    assert [(block.text, block.locator["part"]) for block in document.blocks] == [
        ("Thân bài: ADMM-14", "body"),
        ("Trang 1 - Thượng tướng", "footer"),
        ("Theo ADSOM và Bộ Quốc phòng", "footnotes"),  # the deleted "Thượng tá" is not text
    ]
    assert document.blocks[2].locator == {"part": "footnotes", "paragraph": 0, "note": "1"}
    found = {(item.match.text, item.location["part"]) for item in annotate_document(document, matcher=bundled_matcher)}
    assert ("Bộ Quốc phòng", "footnotes") in found and ("ADSOM", "footnotes") in found
    assert all(item.match.term.id != "rank-colonel" for item in annotate_document(document, matcher=bundled_matcher))
