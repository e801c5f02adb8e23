"""Terminology QA: `check`, its alignment rule, term accuracy, and `glossary check` / `glossary accuracy`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from glossary import Matcher, TermBase, TranslationError, check, check_segments, term_accuracy
from glossary.cli import app
from glossary.errors import InputError
from glossary.translation import FINDING_KINDS, read_segment_pairs

runner = CliRunner()

# The issue's scenario: a Vietnamese source and an English translation with a wrong rank,
# a wrong ordinal, a missing mechanism and a wrong ministry.
SOURCE_VI = (
    "Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, dự ADMM-14 và Hội nghị Quan chức "
    "Quốc phòng cấp cao ASEAN (ADSOM).\n"
    "Bộ Công an cũng cử đại diện. Vấn đề Biển Đông được thảo luận.\n"
)
BAD_EN = (
    "Lieutenant General Nguyen Chi Vinh, Deputy Minister of National Defence, attended the 15th ADMM.\n"
    "The Ministry of Foreign Affairs also sent a representative. The East Sea issue was discussed.\n"
)
# Admitted variants only: Colonel General, Deputy Minister of Defence, South China Sea.
GOOD_EN = (
    "Colonel General Nguyen Chi Vinh, Deputy Minister of Defence, attended the 14th ADMM and the "
    "ASEAN Defence Senior Officials' Meeting (ADSOM).\n"
    "The Ministry of Public Security also sent a representative. The South China Sea issue was discussed.\n"
)


def kinds(report) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(f.kind, f.term.id, f.found.term.id if f.found and f.found.term else None) for f in report.findings]


def test_the_admitted_variants_of_the_scenario_are_in_the_term_base(bundled_termbase: TermBase) -> None:
    expected = {
        "rank-senior-lieutenant-general": "Colonel General",
        "title-deputy-minister-of-national-defence": "Deputy Minister of Defence",
        "east-sea": "South China Sea",
    }
    for term_id, variant in expected.items():
        term = bundled_termbase.get(term_id)
        assert term is not None and variant in term.variants["en"]
        assert term.status(variant) == "admitted"


def test_issue_7_wrong_rank_ordinal_missing_mechanism_and_wrong_ministry(bundled_matcher: Matcher) -> None:
    report = check(SOURCE_VI, BAD_EN, source="vi", target="en", matcher=bundled_matcher)
    assert kinds(report) == [
        ("wrong", "rank-senior-lieutenant-general", "rank-lieutenant-general"),
        ("ordinal", "admm", "admm"),
        ("missing", "adsom", None),
        ("wrong", "ministry-of-public-security", "ministry-of-foreign-affairs"),
    ]
    assert report.has_errors and report.errors == 4 and report.warnings == 0
    ordinal = report.findings[1]
    assert ordinal.expected[0] == "14th ADMM" and ordinal.found is not None and ordinal.found.text == "15th ADMM"
    wrong_ministry = report.findings[3]
    assert "Ministry of Public Security" in wrong_ministry.expected
    assert "ministry-of-public-security" in wrong_ministry.message and "ministry-of-foreign-affairs" in wrong_ministry.message
    # Spans are into the texts as given.
    for finding in report.findings:
        assert SOURCE_VI[finding.source.start : finding.source.end] == finding.source.text
        if finding.found:
            assert BAD_EN[finding.found.start : finding.found.end] == finding.found.text


def test_issue_7_correct_translation_with_admitted_variants_has_no_finding(bundled_matcher: Matcher) -> None:
    report = check(SOURCE_VI, GOOD_EN, source="vi", target="en", matcher=bundled_matcher)
    assert report.findings == ()
    summary = report.summary()
    assert summary["rendered"] == summary["source_terms"] == 7
    assert summary["term_accuracy"] == 1.0


def test_issue_7_aligned_findings_name_their_segment(bundled_matcher: Matcher) -> None:
    report = check(SOURCE_VI, BAD_EN, source="vi", target="en", aligned=True, matcher=bundled_matcher)
    assert [(f.kind, f.segment) for f in report.findings] == [("wrong", 1), ("ordinal", 1), ("missing", 1), ("wrong", 2)]
    assert check(SOURCE_VI, GOOD_EN, source="vi", target="en", aligned=True, matcher=bundled_matcher).findings == ()


ENGLISH_SOURCE = "Senior Lieutenant General Hoang Xuan Chien attended the 14th ADMM with the Ministry of Public Security."
VIETNAMESE_GOOD = "Thượng tướng Hoàng Xuân Chiến dự Hội nghị ADMM lần thứ 14 cùng Bộ Công an."
VIETNAMESE_BAD = "Trung tướng Hoàng Xuân Chiến dự ADMM lần thứ 15 cùng Bộ Ngoại giao."


def test_english_to_vietnamese(bundled_matcher: Matcher) -> None:
    assert check(ENGLISH_SOURCE, VIETNAMESE_GOOD, source="en", target="vi", matcher=bundled_matcher).findings == ()
    report = check(ENGLISH_SOURCE, VIETNAMESE_BAD, source="en", target="vi", matcher=bundled_matcher)
    assert kinds(report) == [
        ("wrong", "rank-senior-lieutenant-general", "rank-lieutenant-general"),
        ("ordinal", "admm", "admm"),
        ("wrong", "ministry-of-public-security", "ministry-of-foreign-affairs"),
    ]
    assert report.findings[1].expected[0] == "Hội nghị ADMM lần thứ 14"


@pytest.mark.parametrize(
    ("source_text", "translation", "expected"),
    [
        pytest.param(
            "Đại tá Nguyễn Văn A.", "Colonel Nguyen Van A.", [("ambiguous", "rank-senior-colonel", "rank-colonel")],
            id="colonel-for-dai-ta-is-ambiguous",
        ),
        pytest.param("Thượng tá Nguyễn Văn A.", "Colonel Nguyen Van A.", [], id="colonel-for-thuong-ta-is-right"),
        pytest.param(
            "Đại tá A và Thượng tá B.", "Colonel A and Colonel B.",
            [("ambiguous", "rank-senior-colonel", "rank-colonel")], id="two-colonels-one-ambiguous",
        ),
        pytest.param(
            "ADMM+ lần thứ 7 và ADMM+ lần thứ 8.", "The 8th ADMM-Plus and the 7th ADMM-Plus.", [],
            id="reordered-ordinals-pair-by-number",
        ),
        pytest.param(
            "ADMM+ lần thứ 7.", "The 8th ADMM-Plus.", [("ordinal", "admm-plus", "admm-plus")], id="wrong-ordinal",
        ),
        pytest.param("ADMM-14.", "The ADMM.", [("ordinal", "admm", "admm")], id="ordinal-dropped"),
        pytest.param(
            "Bộ Công an và Bộ Công an.", "The Ministry of Public Security.",
            [("count", "ministry-of-public-security", None)], id="fewer-renderings-is-a-count-warning",
        ),
        pytest.param(
            "Thượng tướng Nguyễn Chí Vịnh.", "Thượng tướng Nguyen Chi Vinh.",
            [("missing", "rank-senior-lieutenant-general", "rank-senior-lieutenant-general")], id="left-untranslated",
        ),
        pytest.param("Bộ Quốc phòng.", "The MND.", [], id="english-acronym-is-a-rendering"),
        pytest.param(
            "Bộ Quốc phòng.", "The BQP.", [("missing", "ministry-of-national-defence", "ministry-of-national-defence")],
            id="vietnamese-acronym-in-english-is-untranslated",
        ),
        pytest.param("Thượng tướng A.", "Thuong tuong A.", [("missing", "rank-senior-lieutenant-general", "rank-senior-lieutenant-general")], id="folded-vietnamese-found-as-untranslated"),
        pytest.param("Thượng tướng A.", "COLONEL GENERAL A.", [], id="case-is-folded"),
        pytest.param("Australia và Newzealand.", "Australia and New Zealand.", [], id="same-name-in-both-languages"),
        pytest.param(
            "quan chức quốc phòng và hoạt động quân sự.", "defence officials and military activities.", [],
            id="common-noun-rendered-by-its-head-word",
        ),
        pytest.param(
            "Cạnh tranh giữa các nước lớn.", "Resilience.", [("missing", "major-power-rivalry", None)],
            id="concepts-are-never-wrong-only-missing",
        ),
        pytest.param(
            "Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN.", "The ASEAN Defence Ministers' Meeting.",
            [("wrong", "admm-retreat", "admm")], id="meeting-rendered-as-a-mechanism-is-wrong",
        ),
        pytest.param("Thượng tướng A.", "Sen. Lt. Gen. A.", [], id="abbreviation"),
        # Any mix of written-out and abbreviated rank words names the same rank, never the shorter one inside it.
        pytest.param("Thượng tướng A.", "Senior Lt. Gen. A.", [], id="mixed-abbreviation"),
        pytest.param("Thượng tướng A.", "Snr. Lieut. Gen. A.", [], id="mixed-abbreviation-vna-style"),
        pytest.param(
            "Thượng tướng A.", "Lt. Gen. A.", [("wrong", "rank-senior-lieutenant-general", "rank-lieutenant-general")],
            id="abbreviated-wrong-rank",
        ),
        pytest.param("Trung tá B.", "Lieut. Col. B.", [], id="abbreviated-lieutenant-colonel"),
    ],
)
def test_finding_kinds(bundled_matcher: Matcher, source_text: str, translation: str, expected: list) -> None:  # type: ignore[type-arg]
    report = check(source_text, translation, source="vi", target="en", matcher=bundled_matcher)
    assert kinds(report) == expected


@pytest.mark.parametrize(
    ("translation", "expected"),
    [
        ("Thượng tá Nguyễn Văn A.", []),
        ("Đại tá Nguyễn Văn A.", [("ambiguous", "rank-colonel", "rank-senior-colonel")]),
        ("Trung tá Nguyễn Văn A.", [("wrong", "rank-colonel", "rank-lieutenant-colonel")]),
    ],
    ids=["preferred-sense", "other-sense-is-a-warning", "no-sense-is-wrong"],
)
def test_ambiguous_source_form(bundled_matcher: Matcher, translation: str, expected: list) -> None:  # type: ignore[type-arg]
    """English "Colonel" is Thượng tá for MND but Đại tá in VNS copy: either sense renders it."""
    report = check("Colonel Nguyen Van A.", translation, source="en", target="vi", matcher=bundled_matcher)
    assert kinds(report) == expected
    assert report.summary()["rendered"] == (0 if expected and expected[0][0] == "wrong" else 1)


def test_severities() -> None:
    assert {kind for kind, severity in FINDING_KINDS.items() if severity == "error"} == {"missing", "wrong", "ordinal"}
    assert {kind for kind, severity in FINDING_KINDS.items() if severity == "warning"} == {
        "ambiguous", "count", "deprecated",
    }


DEPRECATED_TERMS = """\
terms:
  - id: rank-senior-lieutenant
    category: rank
    vi: Thượng úy
    en: Senior Lieutenant
    variants:
      en:
        - form: First Lieutenant
          status: deprecated
          usage: Việt Nam News (2024) writes "First Lieutenant" for Thượng úy.
    sources: [https://example.org/ranks]
"""


def test_deprecated_form_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text(DEPRECATED_TERMS, encoding="utf-8")
    from glossary import load_termbase

    matcher = load_termbase(path).compile()
    report = check("Thượng úy Lê Văn B.", "First Lieutenant Le Van B.", source="vi", target="en", matcher=matcher)
    assert kinds(report) == [("deprecated", "rank-senior-lieutenant", "rank-senior-lieutenant")]
    assert not report.has_errors
    assert "First Lieutenant" not in report.findings[0].expected
    assert check("Thượng úy B.", "Senior Lieutenant B.", source="vi", target="en", matcher=matcher).findings == ()


@pytest.mark.parametrize(
    ("translation", "kind", "rendered"),
    [
        ("Brigadier Col. Duong Huy Thong.", "deprecated", 0),  # VNA's one-off, deprecated in terms.yaml
        ("Colonel Duong Huy Thong.", "ambiguous", 0),  # deprecated too, but it reads as Thượng tá: that comes first
        ("Sr. Col. Duong Huy Thong.", None, 1),  # QĐND's admitted abbreviation
    ],
)
def test_bundled_statuses_of_dai_ta(bundled_matcher: Matcher, translation: str, kind: str | None, rendered: int) -> None:
    report = check("Đại tá Dương Huy Thông.", translation, source="vi", target="en", matcher=bundled_matcher)
    assert [f.kind for f in report.findings] == ([kind] if kind else [])
    assert report.summary()["rendered"] == rendered
    assert not report.has_errors
    if kind == "deprecated":
        assert "VNA (2022" in report.findings[0].message  # the usage note says who writes it


def test_check_segments_and_tsv(bundled_matcher: Matcher) -> None:
    tsv = "".join(f"{s}\t{t}\n" for s, t in zip(SOURCE_VI.splitlines(), BAD_EN.splitlines()))
    pairs = read_segment_pairs(tsv)
    report = check_segments(pairs, source="vi", target="en", matcher=bundled_matcher)
    assert [f.segment for f in report.findings] == [1, 1, 1, 2]
    assert report.segments == 2


def test_bad_inputs_are_clear_errors(bundled_matcher: Matcher) -> None:
    with pytest.raises(InputError, match=r"pairs.tsv:2: expected 2 tab-separated columns"):
        read_segment_pairs("a\tb\nno tab here\n", name="pairs.tsv")
    with pytest.raises(TranslationError, match="the source has 2 lines and the translation 1"):
        check("a\nb\n", "a\n", source="vi", target="en", aligned=True, matcher=bundled_matcher)
    with pytest.raises(TranslationError, match="both 'vi'"):
        check("a", "b", source="vi", target="vi", matcher=bundled_matcher)
    with pytest.raises(TranslationError, match="unknown target language 'fr'"):
        check("a", "b", source="vi", target="fr", matcher=bundled_matcher)


def test_json_contract(bundled_matcher: Matcher) -> None:
    payload = check(SOURCE_VI, BAD_EN, source="vi", target="en", aligned=True, matcher=bundled_matcher).to_dict()
    assert set(payload) == {"problems", "untranslated", "summary"}
    assert payload["untranslated"] == []
    problem = payload["problems"][0]
    assert set(problem) == {"kind", "severity", "segment", "segment_id", "locator", "source", "term", "expected", "found", "message"}
    assert set(problem["source"]) == {"start", "end", "text"}
    assert set(problem["found"]) == {"start", "end", "text", "term"}
    assert problem["term"]["id"] == "rank-senior-lieutenant-general"
    missing = payload["problems"][2]
    assert missing["kind"] == "missing" and missing["found"] is None
    assert payload["summary"]["kinds"] == {
        "missing": 1, "wrong": 2, "ordinal": 1, "ambiguous": 0, "count": 0, "deprecated": 0,
    }
    json.dumps(payload)


# -- term accuracy ------------------------------------------------------------------


def test_term_accuracy_against_the_term_base(bundled_matcher: Matcher) -> None:
    sources = SOURCE_VI.splitlines()
    report = term_accuracy(sources, BAD_EN.splitlines(), source="vi", target="en", matcher=bundled_matcher)
    assert (report.correct, report.occurrences) == (2, 7)
    by_id = {score.term.id: score for score in report.terms}
    assert by_id["east-sea"].accuracy == 1.0 and by_id["adsom"].occurrences == 2 and by_id["adsom"].correct == 0
    perfect = term_accuracy(sources, GOOD_EN.splitlines(), source="vi", target="en", matcher=bundled_matcher)
    assert perfect.accuracy == 1.0


def test_term_accuracy_with_references_requires_the_reference_form(bundled_matcher: Matcher) -> None:
    sources = ["Thượng tướng A thăm Biển Đông.", "Bộ Công an."]
    references = ["Senior Lieutenant General A visited the East Sea.", "The Ministry of Public Security."]
    hypotheses = ["Colonel General A visited the East Sea.", "The ministry of public security."]
    report = term_accuracy(sources, hypotheses, references=references, source="vi", target="en", matcher=bundled_matcher)
    # Colonel General is admitted but is not the reference's term; case is not an error.
    assert (report.correct, report.occurrences) == (2, 3)
    assert report.with_references
    # A source term the reference does not render is not counted.
    report = term_accuracy(["Bộ Công an."], ["It."], references=["It."], source="vi", target="en", matcher=bundled_matcher)
    assert report.occurrences == 0 and report.accuracy is None
    with pytest.raises(TranslationError, match="aligned segments"):
        term_accuracy(["a"], ["b", "c"], source="vi", target="en", matcher=bundled_matcher)


# -- CLI -----------------------------------------------------------------------------


@pytest.fixture()
def texts(tmp_path: Path) -> Path:
    (tmp_path / "src.vi.txt").write_text(SOURCE_VI, encoding="utf-8")
    (tmp_path / "bad.en.txt").write_text(BAD_EN, encoding="utf-8")
    (tmp_path / "good.en.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "warn.vi.txt").write_text("Đại tá Nguyễn Văn A.\n", encoding="utf-8")
    (tmp_path / "warn.en.txt").write_text("Colonel Nguyen Van A.\n", encoding="utf-8")
    return tmp_path


ENV = {"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb", "GLOSSARY_TERMS": ""}


def test_cli_check_exit_codes(texts: Path) -> None:
    bad = runner.invoke(app, ["check", str(texts / "src.vi.txt"), str(texts / "bad.en.txt"), "--aligned"], env=ENV)
    assert bad.exit_code == 1, bad.output
    for word in ("wrong", "ordinal", "missing", "Lieutenant General", "15th ADMM", "Ministry of Foreign Affairs"):
        assert word in bad.stdout
    good = runner.invoke(app, ["check", str(texts / "src.vi.txt"), str(texts / "good.en.txt")], env=ENV)
    assert good.exit_code == 0 and "No terminology problems: 7 of 7" in good.stdout
    warnings_only = runner.invoke(app, ["check", str(texts / "warn.vi.txt"), str(texts / "warn.en.txt")], env=ENV)
    assert warnings_only.exit_code == 0 and "ambiguous" in warnings_only.stdout


def test_cli_check_json_and_tsv(texts: Path) -> None:
    result = runner.invoke(
        app, ["check", str(texts / "src.vi.txt"), str(texts / "bad.en.txt"), "--aligned", "--format", "json"], env=ENV
    )
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert [p["kind"] for p in payload["problems"]] == ["wrong", "ordinal", "missing", "wrong"]
    assert payload["summary"]["errors"] == 4
    tsv = texts / "pairs.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in zip(SOURCE_VI.splitlines(), GOOD_EN.splitlines())), encoding="utf-8")
    assert runner.invoke(app, ["check", str(tsv)], env=ENV).exit_code == 0
    tsv.write_text("only one column\n", encoding="utf-8")
    broken = runner.invoke(app, ["check", str(tsv)], env=ENV)
    # An unreadable input is exit code 3 (docs/cli.md), not 1 (an error-level finding).
    assert broken.exit_code == 3 and "pairs.tsv:1: expected 2 tab-separated columns" in broken.stderr


def test_cli_check_english_to_vietnamese_from_stdin(texts: Path) -> None:
    (texts / "en.txt").write_text(ENGLISH_SOURCE, encoding="utf-8")
    result = runner.invoke(app, ["check", str(texts / "en.txt"), "-", "--target", "vi"], input=VIETNAMESE_BAD, env=ENV)
    assert result.exit_code == 1 and "Hội nghị ADMM lần thứ 14" in result.stdout


def test_cli_accuracy(texts: Path) -> None:
    result = runner.invoke(
        app, ["accuracy", str(texts / "src.vi.txt"), str(texts / "bad.en.txt"), "--format", "json"], env=ENV
    )
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert (payload["correct"], payload["occurrences"], payload["references"]) == (2, 7, False)
    result = runner.invoke(
        app, ["accuracy", str(texts / "src.vi.txt"), str(texts / "bad.en.txt"), "-r", str(texts / "good.en.txt")], env=ENV
    )
    assert result.exit_code == 0 and "against the references" in result.stdout


def test_wrong_is_looked_for_near_the_expected_place_in_long_texts(bundled_matcher: Matcher) -> None:
    filler_vi = "Các bên trao đổi ý kiến về hợp tác. " * 40
    filler_en = "The two sides exchanged views on cooperation. " * 40
    source_text = "Bộ Công an cử đại diện. " + filler_vi + "Bộ Ngoại giao cũng dự."
    # The translation has MOFA where it belongs (at the end) and nothing for Bộ Công an.
    translation = "A delegate was sent. " + filler_en + "The Ministry of Foreign Affairs also attended."
    report = check(source_text, translation, source="vi", target="en", matcher=bundled_matcher)
    assert kinds(report) == [("missing", "ministry-of-public-security", None)]
    # Reordered ministries are paired by entry, not by position: no finding.
    reordered = check("Bộ Công an và Bộ Ngoại giao.", "The Ministry of Foreign Affairs and the Ministry of Public Security.",
                    source="vi", target="en", matcher=bundled_matcher)
    assert reordered.findings == ()


DOCUMENTS = Path(__file__).parent / "data" / "documents"


def test_check_bilingual_files(bundled_matcher: Matcher) -> None:
    from glossary.documents import read_bilingual
    from glossary.translation import check_bilingual

    report = check_bilingual(read_bilingual(DOCUMENTS / "job-2.0.xlf"), matcher=bundled_matcher)
    assert (report.source, report.target) == ("vi", "en")  # as the file declares
    assert [(f.kind, f.segment_id) for f in report.findings] == [("wrong", "u1/s1"), ("ordinal", "u1/s1")]
    # Untranslated units are skipped, not reported as missing.
    clean = check_bilingual(read_bilingual(DOCUMENTS / "job-1.2.xlf"), matcher=bundled_matcher)
    assert clean.findings == () and clean.segments == 2


@pytest.mark.parametrize(("name", "exit_code"), [("job-2.0.xlf", 1), ("job-1.2.xlf", 0), ("memory.tmx", 0), ("messages.po", 0)])
def test_cli_check_bilingual_file(name: str, exit_code: int) -> None:
    result = runner.invoke(app, ["check", str(DOCUMENTS / name), "--format", "json"], env=ENV)
    assert result.exit_code == exit_code, result.output
    payload = json.loads(result.stdout)
    assert payload["summary"]["source"] == "vi" and payload["summary"]["target"] == "en"
    for problem in payload["problems"]:
        assert problem["segment_id"] is not None


def test_a_numbered_unit_translated_with_another_number_is_an_ordinal_error(bundled_matcher: Matcher) -> None:
    source = "Sư đoàn 346 và Lữ đoàn 171 tham gia diễn tập."
    wrong = check(source, "Division 347 and the 171st Brigade joined the exercise.", source="vi", target="en", matcher=bundled_matcher)
    assert kinds(wrong) == [("ordinal", "unit-division", "unit-division")]
    assert wrong.findings[0].expected[0] == "Division 346"
    right = check(source, "Division 346 and Brigade 171 joined the exercise.", source="vi", target="en", matcher=bundled_matcher)
    assert kinds(right) == []
