"""Exchange formats: one contract every format runs, then each format's own promises.

The contract (parametrised over the registry, so a new format runs it by being registered):
every format exports the contract term base (Vietnamese text, an entry with no acronym, an
ambiguous form, a note with quotes, tabs and newlines, cells that look like formulas, an id
that starts with a digit) and an empty term base; the formats that import give the same entries back.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from glossary import load_termbase
from glossary.cli import app
from glossary.formats import (
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    ExportOptions,
    FormatError,
    export_terms,
    format_module,
    guess_format,
    import_terms,
    read_terms,
)
from glossary.model import Term

from .tbx_validation import EXAMPLE, relaxng_errors, require_file, schematron_failures

DATA = Path(__file__).parent / "data" / "formats"
CONTRACT_TERMS = DATA / "contract-terms.yaml"
BILINGUAL = ("deepl", "google", "amazon", "omegat")
runner = CliRunner()


@pytest.fixture(scope="module")
def contract() -> list[Term]:
    return list(load_termbase(CONTRACT_TERMS))


def _text(data: bytes) -> str:
    return data.decode("utf-8")


# --- the contract -------------------------------------------------------------------------


@pytest.mark.parametrize("name", EXPORT_FORMATS)
def test_every_format_declares_its_metadata(name: str) -> None:
    module = format_module(name)
    assert module.NAME == name
    assert module.EXTENSIONS and all(extension.startswith(".") for extension in module.EXTENSIONS)
    assert "/" in module.MEDIA_TYPE
    assert module.DESCRIPTION
    assert callable(module.export)
    assert callable(getattr(module, "parse", None)) == (name in IMPORT_FORMATS)


@pytest.mark.parametrize("name", EXPORT_FORMATS)
def test_every_format_exports_an_empty_term_base(name: str) -> None:
    exported = export_terms([], name)
    assert exported.warnings == []
    if name in IMPORT_FORMATS:
        assert read_terms(exported.data, name).terms == []
    elif name == "deepl":
        assert exported.data == b""
    else:
        assert len(_text(exported.data).splitlines()) <= 1  # a header at most


@pytest.mark.parametrize("name", [n for n in EXPORT_FORMATS if n != "xlsx"])
def test_every_text_format_keeps_vietnamese_text_in_nfc_utf8(name: str, contract: list[Term]) -> None:
    text = _text(export_terms(contract, name).data)
    assert "Thượng tướng" in text
    assert "Tòa Trọng tài Thường trực" in text


@pytest.mark.parametrize("name", IMPORT_FORMATS)
def test_round_trip_gives_back_the_same_entries(name: str, contract: list[Term]) -> None:
    parsed = read_terms(export_terms(contract, name).data, name)
    assert parsed.skipped == []
    assert parsed.terms == contract


@pytest.mark.parametrize("name", IMPORT_FORMATS)
def test_round_trip_of_the_bundled_term_base(name: str, bundled_termbase) -> None:  # type: ignore[no-untyped-def]
    parsed = read_terms(export_terms(bundled_termbase, name).data, name)
    assert parsed.skipped == []
    assert parsed.terms == list(bundled_termbase)


@pytest.mark.parametrize("name", EXPORT_FORMATS)
def test_every_format_exports_control_characters_without_crashing(name: str, contract: list[Term]) -> None:
    """A control character in a note or a name is written, escaped, or replaced with a warning; never a crash."""
    from dataclasses import replace

    odd = replace(contract[0], vi="Thượng\x01tướng", note="Bell\x07 and form feed\x0c.")
    exported = export_terms([odd], name)
    if name in ("tbx", "xlsx"):
        assert exported.warnings == [f"[{odd.id}] control characters {name.upper()} cannot hold were replaced by U+FFFD"]
        assert read_terms(exported.data, name).terms[0].vi == "Thượng\ufffdtướng"
    elif name in IMPORT_FORMATS:
        assert read_terms(exported.data, name).terms == [odd]
    else:
        assert "\x01" not in _text(exported.data) and "Thượng tướng" in _text(exported.data)


@pytest.mark.parametrize("name", BILINGUAL)
def test_bilingual_formats_keep_one_entry_per_line(name: str, contract: list[Term]) -> None:
    """Tabs and line breaks in notes and names never split a line or a field."""
    exported = export_terms(contract, name)
    text = _text(exported.data)
    if name in ("deepl", "omegat"):
        lines = [line for line in text.splitlines() if not line.startswith("#")]
        columns = 2 if name == "deepl" else 3
        assert all(len(line.split("\t")) == columns for line in lines), lines
    else:
        rows = list(csv.reader(io.StringIO(text)))
        assert all(len(row) == 2 for row in rows)
    assert not any(ord(char) < 32 and char not in "\t\n" for char in text)


@pytest.mark.parametrize("name", BILINGUAL)
def test_bilingual_formats_follow_source_and_target(name: str, contract: list[Term]) -> None:
    forward = _text(export_terms(contract, name).data)
    backward = _text(export_terms(contract, name, options=ExportOptions(source="en", target="vi")).data)
    if name == "google":  # equivalent term sets: language columns swap
        assert forward.splitlines()[0] == "vi,en" and backward.splitlines()[0] == "en,vi"
        return
    assert "Colonel General" in backward and "Colonel General" not in forward
    separator = "," if name == "amazon" else "\t"
    assert f"Thượng tướng{separator}Senior Lieutenant General" in forward
    assert f"Senior Lieutenant General{separator}Thượng tướng" in backward


def test_unknown_format_and_language_pair_are_clear_errors() -> None:
    with pytest.raises(FormatError, match="unknown format 'xliff'; use one of: tbx"):
        export_terms([], "xliff")
    with pytest.raises(FormatError, match="must differ"):
        export_terms([], "deepl", options=ExportOptions(source="en", target="en"))
    with pytest.raises(FormatError, match="cannot import 'deepl'"):
        read_terms(b"", "deepl")
    with pytest.raises(FormatError, match="pass --format"):
        guess_format("terms.json")


# --- TBX ------------------------------------------------------------------------------------


def test_tbx_passes_the_relaxng_and_the_schematron(contract: list[Term]) -> None:
    data = export_terms(contract, "tbx").data
    assert relaxng_errors(data) == []
    assert schematron_failures(data) == []


def test_tbx_of_the_bundled_term_base_passes_both_validators(bundled_termbase) -> None:  # type: ignore[no-untyped-def]
    data = export_terms(bundled_termbase, "tbx").data
    assert relaxng_errors(data) == []
    assert schematron_failures(data) == []


def test_tbx_of_an_empty_term_base_passes_both_validators() -> None:
    data = export_terms([], "tbx").data
    assert relaxng_errors(data) == []
    assert schematron_failures(data) == []


def test_the_validators_can_fail() -> None:
    """A wrong termNote type fails the Schematron; a conceptEntry without langSec fails the RelaxNG."""
    example = require_file(EXAMPLE).read_bytes()
    assert relaxng_errors(example) == [] and schematron_failures(example) == []
    wrong_type = example.replace(b'type="partOfSpeech"', b'type="partOfSpeach"', 1)
    assert any("Permitted type value" in failure for failure in schematron_failures(wrong_type))
    data = export_terms([], "tbx").data.replace(b"<text/>", b'<text><body><conceptEntry id="x"/></body></text>')
    assert relaxng_errors(data)


def test_tbx_structure_status_and_term_types(contract: list[Term]) -> None:
    from lxml import etree

    root = etree.fromstring(export_terms(contract, "tbx").data)
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    assert root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    assert root.nsmap[None] == "urn:iso:std:iso:30042:ed-2"
    ids = [entry.get("id") for entry in root.iterfind(".//t:conceptEntry", ns)]
    assert ids == [
        "rank-senior-lieutenant-general",
        "permanent-court-of-arbitration",
        "partnership-cooperation-agreement-eu-vietnam",
        "_7th-fleet-test",  # an xsd:ID cannot start with a digit
        "asean-summit",
    ]

    def term_notes(text: str) -> dict[str, str]:
        (section,) = root.xpath("//t:termSec[t:term = $text]", namespaces=ns, text=text)[:1]
        return {note.get("type"): note.text for note in section.iterfind("t:termNote", ns)}

    assert term_notes("Thượng tướng") == {"termType": "fullForm", "administrativeStatus": "preferredTerm-admn-sts"}
    assert term_notes("Colonel General") == {"termType": "variant", "administrativeStatus": "admittedTerm-admn-sts"}
    assert term_notes("Sen. Lt. Gen.") == {"termType": "abbreviation", "administrativeStatus": "admittedTerm-admn-sts"}
    assert term_notes("Senior Colonel General")["administrativeStatus"] == "deprecatedTerm-admn-sts"
    assert term_notes("FA PCA") == {"termType": "acronym", "administrativeStatus": "deprecatedTerm-admn-sts"}
    first = root.find(".//t:conceptEntry", ns)
    assert first.findtext("t:descrip[@type='subjectField']", namespaces=ns) == "rank"
    assert first.findtext("t:note", namespaces=ns).startswith('MND writes "Senior Lieutenant General"\tVNA')


def test_tbx_from_another_tool_imports_and_reports_concepts_without_vi_or_en(tmp_path: Path) -> None:
    """The TBX-Basic example (en/fr/es/de astronomy, written by MultiTerm) imports without error."""
    example = require_file(EXAMPLE)
    target = tmp_path / "terms.yaml"
    report = import_terms(example, terms_path=target)
    assert report.parsed.terms == []
    assert len(report.parsed.skipped) == 45
    assert all("no vi term" in reason or "no vi or en term" in reason for reason in report.parsed.skipped)
    assert "conceptEntry 'c1' (line 19): no vi term (languages: en, es)" in report.parsed.skipped[0]
    assert not target.exists()  # nothing to add: nothing created


def test_tbx_import_reads_regional_language_codes_and_superseded_status() -> None:
    data = """<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="c1"><descrip type="subjectField">rank</descrip><admin type="source">http://example.org</admin>
<langSec xml:lang="vi-VN"><termSec><term>Đại tá</term></termSec></langSec>
<langSec xml:lang="en-GB"><termSec><term>Senior Colonel</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
<termSec><term>Colonel</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry>
<conceptEntry id="c2"><descrip type="subjectField">astronomy</descrip><admin type="source">s</admin>
<langSec xml:lang="vi"><termSec><term>Sao</term></termSec></langSec><langSec xml:lang="en"><termSec><term>Star</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>""".encode()
    parsed = read_terms(data, "tbx", name="other.tbx")
    (term,) = parsed.terms
    assert (term.vi, term.en, term.variants["en"]) == ("Đại tá", "Colonel", ("Senior Colonel",))
    assert term.status("Senior Colonel") == "deprecated"
    assert parsed.skipped == [
        "other.tbx: conceptEntry 'c2' (line 10): subjectField 'astronomy' is not a category "
        "(mechanism, meeting, rank, title, institution, organisation, document, concept, country, initiative)"
    ]


def test_tbx_import_refuses_entities_and_malformed_xml() -> None:
    billion = b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tbx>&b;</tbx>'
    assert read_terms(billion, "tbx").terms == []
    with pytest.raises(FormatError, match="not well-formed XML"):
        read_terms(b"<tbx>", "tbx")
    with pytest.raises(FormatError, match="not a TBX file"):
        read_terms(b"<html/>", "tbx")


# --- tables -----------------------------------------------------------------------------------


def test_csv_escapes_formula_cells_by_default_and_tsv_does_not(contract: list[Term]) -> None:
    rows = list(csv.DictReader(io.StringIO(_text(export_terms(contract, "csv").data))))
    fleet = next(row for row in rows if row["id"] == "7th-fleet-test")
    assert fleet["vi"] == "'-Hạm đội 7" and fleet["en"] == "'=Seventh Fleet | US"
    assert fleet["sources"].startswith("'@citation")
    raw = list(csv.DictReader(io.StringIO(_text(export_terms(contract, "tsv").data)), delimiter="\t"))
    assert next(row for row in raw if row["id"] == "7th-fleet-test")["vi"] == "-Hạm đội 7"
    unsafe = _text(export_terms(contract, "csv", options=ExportOptions(safe_cells=False)).data)
    assert ",-Hạm đội 7," in unsafe


@pytest.mark.parametrize("value", ["'=x", "'quote", "''", "'-1", "=1+1", "@SUM(A1)", "+x", "-x"])
def test_safe_cells_round_trip_values_that_start_with_quotes_or_formula_signs(value: str, contract: list[Term]) -> None:
    from dataclasses import replace

    term = replace(contract[3], vi=value)
    for name in ("csv", "xlsx"):
        assert read_terms(export_terms([term], name).data, name).terms == [term]


def test_csv_joins_multi_valued_fields_with_escaped_bars(contract: list[Term]) -> None:
    rows = list(csv.DictReader(io.StringIO(_text(export_terms(contract, "csv").data))))
    general = rows[0]
    assert general["variants_en"] == "Colonel General | Sen. Lt. Gen. | Senior Colonel General"
    assert '"status": "deprecated"' in general["form_status"]
    assert rows[2]["acronyms"] == "PCA | FA PCA"


def test_xlsx_cells_are_text_never_formulas(contract: list[Term]) -> None:
    import openpyxl

    for safe in (True, False):
        data = export_terms(contract, "xlsx", options=ExportOptions(safe_cells=safe)).data
        sheet = openpyxl.load_workbook(io.BytesIO(data))["terms"]
        cells = [cell for row in sheet.iter_rows() for cell in row]
        assert all(cell.data_type != "f" for cell in cells)
        assert read_terms(data, "xlsx").terms == list(load_termbase(CONTRACT_TERMS))


def test_table_import_reports_bad_rows_and_rejects_unknown_columns() -> None:
    data = "id,category,vi,en,sources\nx,rank,Tá,,http://a\n".encode()
    parsed = read_terms(data, "csv", name="t.csv")
    assert parsed.terms == [] and parsed.skipped == ["t.csv: row 2 [x]: empty en"]
    with pytest.raises(FormatError, match="unknown columns sorces"):
        read_terms(b"id,category,vi,en,sources,sorces\n", "csv", name="t.csv")


# --- MT glossaries ----------------------------------------------------------------------------


def test_deepl_leaves_out_ambiguous_sources_and_lists_them(contract: list[Term]) -> None:
    exported = export_terms(contract, "deepl")
    sources = [line.split("\t")[0] for line in _text(exported.data).splitlines()]
    assert len(sources) == len(set(sources))
    assert "PCA" not in sources
    assert "FA PCA" in sources  # a deprecated source still maps to the preferred target
    assert len(exported.warnings) == 1 and exported.warnings[0].startswith("left out ambiguous source 'PCA'")
    assert "\tThượng tướng" not in _text(exported.data)  # the target is always the preferred name


def test_deepl_leaves_out_entries_over_1024_bytes(contract: list[Term]) -> None:
    from dataclasses import replace

    long_term = replace(contract[1], id="long", vi="Tòa " * 300, en="Court", acronyms=(), ambiguous_forms=(), context_cues=())
    exported = export_terms([long_term], "deepl")
    assert exported.data == b""
    assert "1024-byte entry limit" in exported.warnings[0]


def test_amazon_has_a_language_header_and_warns_over_200_bytes(contract: list[Term]) -> None:
    from dataclasses import replace

    long_term = replace(contract[0], id="long", vi="Rất dài", en="Very " * 50 + "Long", variants={}, form_usage={})
    exported = export_terms([*contract, long_term], "amazon")
    lines = _text(exported.data).splitlines()
    assert lines[0] == "vi,en"
    assert any("over Amazon's 200-byte term limit" in warning for warning in exported.warnings)
    assert any("left out ambiguous source 'PCA'" in warning for warning in exported.warnings)


def test_google_equivalent_term_sets_and_unidirectional(contract: list[Term]) -> None:
    sets = list(csv.reader(io.StringIO(_text(export_terms(contract, "google").data))))
    assert sets[0] == ["vi", "en"] and len(sets) == 1 + len(contract)
    uni = list(
        csv.reader(io.StringIO(_text(export_terms(contract, "google", options=ExportOptions(unidirectional=True)).data)))
    )
    assert ["Thượng tướng", "Senior Lieutenant General"] in uni and ["vi", "en"] not in uni


def test_omegat_header_and_comments(contract: list[Term]) -> None:
    lines = _text(export_terms(contract, "omegat").data).splitlines()
    assert lines[0] == "# Glossary in tab-separated format -*- coding: utf-8 -*-"
    assert any(line.startswith("PCA\tPermanent Court of Arbitration\t[permanent-court-of-arbitration]") for line in lines)
    assert any(line.startswith("PCA\tFramework Agreement") for line in lines)  # OmegaT keeps both senses


# --- import into a term base ------------------------------------------------------------------


@pytest.mark.parametrize("name", IMPORT_FORMATS)
def test_import_into_a_new_term_base_gives_back_the_entries(name: str, contract: list[Term], tmp_path: Path) -> None:
    exchange = tmp_path / f"export{format_module(name).EXTENSIONS[0]}"
    exchange.write_bytes(export_terms(contract, name).data)
    target = tmp_path / "new" / "terms.yaml"
    target.parent.mkdir()
    report = import_terms(exchange, terms_path=target)
    assert report.edit.created and report.edit.written
    assert report.edit.added == [term.id for term in contract]
    assert list(load_termbase(target)) == contract


def test_import_reports_conflicts_and_replace_replaces(contract: list[Term], tmp_path: Path) -> None:
    from dataclasses import replace

    target = tmp_path / "terms.yaml"
    shutil.copy(CONTRACT_TERMS, target)
    before = target.read_bytes()
    changed = [replace(contract[0], note="A new note."), replace(contract[4], id="asean-summit-copy")]
    exchange = tmp_path / "in.csv"
    exchange.write_bytes(export_terms(changed, "csv").data)
    report = import_terms(exchange, terms_path=target)
    assert report.edit.conflicts == [
        ("rank-senior-lieutenant-general", "id 'rank-senior-lieutenant-general' is already in the term base"),
        ("asean-summit-copy", "form 'Hội nghị Cấp cao ASEAN' is also in entry 'asean-summit'"),
    ]
    assert target.read_bytes() == before and not report.edit.written
    report = import_terms(exchange, terms_path=target, replace=True)
    assert report.edit.replaced == ["rank-senior-lieutenant-general"]
    assert load_termbase(target).get("rank-senior-lieutenant-general").note == "A new note."
    after = target.read_text(encoding="utf-8")
    assert after.startswith("# The contract term base every exchange format is tested with")
    assert after.endswith(before.decode("utf-8")[before.decode("utf-8").index("  - id: permanent-court") :])


def test_import_skips_entries_invalid_on_their_own_and_adds_the_others(tmp_path: Path) -> None:
    exchange = tmp_path / "in.csv"
    exchange.write_text(
        "id,category,vi,en,sources\n"
        "good,rank,Cấp tốt,Good Rank,https://example.org/a\n"
        "bad-category,ministry,Bộ thử,Test Ministry,https://example.org/b\n"
        "Bad Id,rank,Cấp xấu,Bad Rank,https://example.org/c\n",
        encoding="utf-8",
    )
    target = tmp_path / "terms.yaml"
    report = import_terms(exchange, terms_path=target)
    assert [term.id for term in report.parsed.terms] == ["good"]
    assert report.parsed.skipped == [
        f"{exchange}: [bad-category] unknown category 'ministry'; use one of: "
        "mechanism, meeting, rank, title, institution, organisation, document, concept, country, initiative",
        f"{exchange}: [Bad Id] id 'Bad Id' must use only a-z, 0-9 and '-', starting with a letter or digit",
    ]
    assert [term.id for term in load_termbase(target)] == ["good"]


def test_cli_export_import_round_trip_and_dry_run(tmp_path: Path) -> None:
    exported = tmp_path / "terms.tbx"
    result = runner.invoke(app, ["export", "--format", "tbx", "--terms", str(CONTRACT_TERMS), "-o", str(exported)])
    assert result.exit_code == 0, result.output
    assert "Exported 5 entries" in result.stderr
    target = tmp_path / "terms.yaml"
    dry = runner.invoke(app, ["import", str(exported), "--terms", str(target), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert not target.exists()
    assert "+  - id: asean-summit" in dry.stdout and "Would change" in dry.stderr
    real = runner.invoke(app, ["import", str(exported), "--terms", str(target)])
    assert real.exit_code == 0, real.output
    assert list(load_termbase(target)) == list(load_termbase(CONTRACT_TERMS))
    again = runner.invoke(app, ["import", str(exported), "--terms", str(target)])
    assert again.exit_code == 0 and again.stderr.count("Conflict:") == 5


def test_cli_export_to_stdout_with_category_and_warnings() -> None:
    result = runner.invoke(app, ["export", "-f", "deepl", "--terms", str(CONTRACT_TERMS), "--category", "organisation"])
    assert result.exit_code == 0
    assert result.stdout == "Tòa Trọng tài Thường trực\tPermanent Court of Arbitration\nPCA\tPermanent Court of Arbitration\n"
    both = runner.invoke(app, ["export", "-f", "deepl", "--terms", str(CONTRACT_TERMS)])
    assert "Warning: left out ambiguous source 'PCA'" in both.stderr
    bad = runner.invoke(app, ["export", "-f", "deepl", "--category", "ministry"])
    assert bad.exit_code == 2 and "unknown category 'ministry'" in bad.stderr


def test_the_command_line_lists_every_format_without_importing_the_package() -> None:
    """cli.py writes the format names out (start-up): they must be the registry's."""
    import subprocess
    import sys

    from glossary.cli import _EXPORT_FORMATS, _IMPORT_FORMATS
    from glossary.formats import EXPORT_FORMATS, IMPORT_FORMATS

    assert _EXPORT_FORMATS == tuple(EXPORT_FORMATS) and _IMPORT_FORMATS == tuple(IMPORT_FORMATS)
    program = "import sys, glossary.cli; print('glossary.formats' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout.strip() == "False"
