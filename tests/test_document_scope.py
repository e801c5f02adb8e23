"""Acronym intelligence (issue 9): definitions carried through a document, senses chosen by evidence, shown everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import Matcher
from glossary.annotate import annotate, annotate_document
from glossary.document_scope import SCORE_DOCUMENT_SENSE, defined_term
from glossary.loader import load_termbase
from glossary.lookup import senses

HNTLPK = (
    "Sáng 12/6, Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN (HNTLPK) lần thứ 5 khai mạc tại Hà Nội.\n"
    "Phát biểu tại HNTLPK, Thượng tướng Hoàng Xuân Chiến đề nghị các nước tăng cường hợp tác.\n"
    "\n"
    "HNTLPK lần tới sẽ do Lào chủ trì.\n"
)
BEFORE_DEFINITION = "HNTLPK được nhắc trước. Sau đó: Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN (HNTLPK). HNTLPK."

# Real-style sentences for every sense of every ambiguous form of the term base, with the reason.
SENSES = [
    pytest.param(
        "Năm 2016, PCA ra phán quyết về vụ kiện của Philippines liên quan đến Biển Đông.",
        "PCA", "permanent-court-of-arbitration", "context", id="PCA-court-2016-arbitral-ruling-vi",
    ),
    pytest.param(
        "In July 2016 the tribunal constituted under UNCLOS issued its award, with the PCA acting as registry.",
        "PCA", "permanent-court-of-arbitration", "context", id="PCA-court-award-en",
    ),
    pytest.param(
        "Ủy ban hỗn hợp Việt Nam - EU họp phiên thứ tư để rà soát việc thực thi PCA và EVFTA.",
        "PCA", "partnership-cooperation-agreement-eu-vietnam", "context", id="PCA-agreement-EU-Vietnam-joint-committee-vi",
    ),
    pytest.param(
        "The EU-Vietnam Joint Committee reviewed the implementation of the PCA and of the EVFTA in Brussels.",
        "PCA", "partnership-cooperation-agreement-eu-vietnam", "context", id="PCA-agreement-joint-committee-en",
    ),
    pytest.param(
        "Colonel Nguyen Van Hung, deputy commander of the brigade, received the delegation, VNA reported.",
        "Colonel", "rank-senior-colonel", "context", id="Colonel-is-Đại-tá-in-VNA-copy",
    ),
    pytest.param(
        "Senior Colonel Pham Manh Thang and Colonel Truong Anh Tuan welcomed the delegation.",
        "Colonel", "rank-colonel", "context", id="Colonel-is-Thượng-tá-next-to-Senior-Colonel",
    ),
    pytest.param(
        "Colonel Nguyen Van Hung attended the ceremony.", "Colonel", "rank-colonel", "default", id="Colonel-undecided",
    ),
    pytest.param(
        "Rear Admiral Pham Van Binh, Commander of Naval Region 4, welcomed the visiting ships.",
        "Commander", "title-commander", "context", id="Commander-of-a-naval-region-is-Tư-lệnh",
    ),
    pytest.param(
        "Colonel Tran Van Binh, Commander of the Binh Duong Provincial Military Command, reported on the commune militia.",
        "Commander", "title-commanding-officer", "context", id="Commander-of-a-provincial-command-is-Chỉ-huy-trưởng",
    ),
    pytest.param(
        "He thanked the Commander for the warm welcome.", "Commander", "title-commander", "default",
        id="Commander-undecided",
    ),
    pytest.param(
        "Senior Colonel Nguyen Van An, Director of Military Hospital 175, received the delegation.",
        "Director", "title-director", "context", id="Director-of-a-hospital-is-Giám-đốc",
    ),
    pytest.param(
        "Major General Tran Van Binh, Director of the Foreign Relations Department, met the defence attachés.",
        "Director", "title-department-director", "context", id="Director-of-a-department-is-Cục-trưởng",
    ),
    pytest.param(
        "Colonel Le Van Cuong, Deputy Director of the National Defence Academy, opened the course.",
        "Deputy Director", "title-deputy-director", "context", id="Deputy-Director-of-an-academy-is-Phó-Giám-đốc",
    ),
    pytest.param(
        "Colonel Pham Van Dung, Deputy Director of the Department of Military Medicine, inspected the clinic.",
        "Deputy Director", "title-deputy-department-director", "context", id="Deputy-Director-of-a-department-is-Phó-Cục-trưởng",
    ),
    pytest.param(
        "Major General Hoang Van Em, Deputy Commander of Naval Region 4, welcomed the ships.",
        "Deputy Commander", "title-deputy-commander", "context", id="Deputy-Commander-of-a-naval-region-is-Phó-Tư-lệnh",
    ),
    pytest.param(
        "Lieutenant Colonel Vo Van Giang, Deputy Commander of the Binh Duong Provincial Military Command, briefed the commune militia.",
        "Deputy Commander", "title-deputy-commanding-officer", "context", id="Deputy-Commander-of-a-province-is-Phó-Chỉ-huy-trưởng",
    ),
    pytest.param(
        "Corps 12 of the Truong Son Construction Corporation completed the expressway section.",
        "Corps 12", "corps-12-truong-son", "context", id="Corps-12-the-Truong-Son-builders-is-Binh-đoàn-12",
    ),
    pytest.param(
        "Corps 12 brought Division 312 and Division 325 together for the combat readiness drill.",
        "Corps 12", "army-corps-12", "context", id="Corps-12-with-its-divisions-is-Quân-đoàn-12",
    ),
    pytest.param(
        "Các Bộ trưởng thông qua Tuyên bố chung Viêng Chăn về an ninh khu vực.",
        "Tuyên bố chung", "joint-declaration", "context", id="Tuyên-bố-chung-Vientiane-Joint-Declaration",
    ),
    pytest.param(
        "Hội nghị ACDFM-21 ra Tuyên bố chung về hợp tác quốc phòng.",
        "Tuyên bố chung", "joint-statement", "context", id="Tuyên-bố-chung-ACDFM-Joint-Statement",
    ),
    pytest.param(
        "Việt Nam tham gia đàm phán Hiệp định TPP về thương mại và thuế quan.",
        "TPP", "tpp", "context", id="TPP-with-trade-is-the-Trans-Pacific-Partnership",
    ),
    pytest.param(
        "Khóa huấn luyện công binh gìn giữ hòa bình trong khuôn khổ TPP của Liên hợp quốc và Nhật Bản.",
        "TPP", "triangular-partnership-programme", "context", id="TPP-with-peacekeeping-engineers-is-the-Triangular-Partnership",
    ),
    pytest.param(
        "New recruits from Ninh Binh province at the send-off ceremony held on February 25.",
        "send-off ceremony", "recruit-handover-ceremony", "context", id="send-off-ceremony-with-recruits-is-the-handover",
    ),
    pytest.param(
        "The send-off ceremony for Level-2 Field Hospital No. 4 to the UN peacekeeping mission was held in Hanoi.",
        "send-off ceremony", "send-off-ceremony", "context", id="send-off-ceremony-with-peacekeeping-is-le-xuat-quan",
    ),
    pytest.param(
        "Peacekeeping operations, especially the see-off ceremony for the Engineering Unit Rotation 2 to Abyei.",
        "see-off ceremony", "send-off-ceremony", "context", id="see-off-ceremony-with-peacekeeping-is-le-xuat-quan",
    ),
    pytest.param(
        "A see-off ceremony was held in the province on February 20.",
        "see-off ceremony", "recruit-handover-ceremony", "default", id="see-off-ceremony-alone-is-the-recruits-send-off",
    ),
]  # fmt: skip


def _only(matches, text: str):
    found = [match for match in matches if match.text == text]
    assert len(found) == 1, [(m.text, m.term.id) for m in matches]
    return found[0]


@pytest.mark.parametrize(("sentence", "form", "expected", "decided_by"), SENSES)
def test_each_sense_of_each_ambiguous_form(bundled_matcher: Matcher, sentence: str, form: str, expected: str, decided_by: str) -> None:
    match = _only(annotate(sentence, matcher=bundled_matcher), form)
    assert (match.term.id, match.decided_by) == (expected, decided_by)
    assert match.alternatives and all(alternative.term.id != expected for alternative in match.alternatives)


def test_every_ambiguous_form_of_the_term_base_has_a_sense_test(bundled_termbase) -> None:
    tested = {param.values[2] for param in SENSES}
    ambiguous = {term.id for term in bundled_termbase if term.ambiguous_forms}
    assert ambiguous <= tested, f"write a sentence for: {sorted(ambiguous - tested)}"


def test_an_unknown_acronym_defined_once_is_annotated_at_every_later_use(bundled_matcher: Matcher) -> None:
    document = annotate_document(HNTLPK, matcher=bundled_matcher)
    defined = [match for match in document.matches if match.method == "defined"]
    assert [HNTLPK[match.start : match.end] for match in defined] == ["HNTLPK"] * 3
    assert {match.term.id for match in defined} == {"defined:HNTLPK"}
    assert defined[0].definition is not None
    assert defined[0].definition.long == "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN"
    assert defined[0].definition.term_id is None  # the long form is no known term
    assert defined[0].gloss("en") == "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN"
    assert document.warnings == ()


def test_a_definition_does_not_reach_back(bundled_matcher: Matcher) -> None:
    defined = [m for m in annotate(BEFORE_DEFINITION, matcher=bundled_matcher) if m.method == "defined"]
    assert [match.start for match in defined] == [BEFORE_DEFINITION.index("(HNTLPK)") + 1, BEFORE_DEFINITION.rindex("HNTLPK")]


def test_a_defined_acronym_whose_long_form_is_a_known_term_resolves_to_it(bundled_matcher: Matcher) -> None:
    text = "Cục Đối ngoại (CĐN) chủ trì buổi tiếp. Đại diện CĐN thông báo kết quả."
    defined = [m for m in annotate(text, matcher=bundled_matcher) if m.method == "defined"]
    assert len(defined) == 2
    assert {match.term.id for match in defined} == {"department-of-foreign-relations"}
    assert defined[1].definition is not None and defined[1].definition.term_id == "department-of-foreign-relations"


def test_a_definition_contradicting_the_term_base_is_warned_and_wins_in_its_document(bundled_matcher: Matcher) -> None:
    text = "Chương trình Phòng chống ma túy Cộng đồng (PCA) được triển khai. PCA hoạt động tốt."
    document = annotate_document(text, matcher=bundled_matcher)
    (warning,) = document.warnings
    assert warning.short == "PCA" and set(warning.term_ids) == {
        "permanent-court-of-arbitration", "partnership-cooperation-agreement-eu-vietnam",
    }  # fmt: skip
    assert text[warning.start : warning.end] == "PCA"
    pcas = [match for match in document.matches if match.text == "PCA"]
    assert [(match.method, match.term.id) for match in pcas] == [("defined", "defined:PCA")] * 2
    # Another document is not affected.
    assert annotate("PCA", matcher=bundled_matcher)[0].term.id == "permanent-court-of-arbitration"


def test_a_definition_agreeing_with_the_term_base_is_no_warning_and_decides_an_ambiguous_sense(bundled_matcher: Matcher) -> None:
    text = (
        "Hiệp định Đối tác và Hợp tác toàn diện (PCA) có hiệu lực từ năm 2016.\n\n"
        "Năm 2016 cũng là năm phán quyết của Tòa Trọng tài về Biển Đông. PCA tiếp tục được thực thi."
    )
    document = annotate_document(text, matcher=bundled_matcher)
    assert document.warnings == ()
    last = [match for match in document.matches if match.text == "PCA"][-1]
    # The cues near it speak for the Court; the document's own definition comes first.
    assert (last.term.id, last.decided_by) == ("partnership-cooperation-agreement-eu-vietnam", "definition")
    assert last.definition is not None and last.definition.long == "Hiệp định Đối tác và Hợp tác toàn diện"


def test_cues_anywhere_in_the_document_decide_after_nearby_ones(bundled_matcher: Matcher) -> None:
    far = " Các bên trao đổi nhiều vấn đề khác." * 20
    text = "Phiên họp Ủy ban hỗn hợp với Liên minh châu Âu." + far + " PCA được nhắc lại."
    pca = _only(annotate(text, matcher=bundled_matcher), "PCA")
    assert (pca.term.id, pca.decided_by, pca.score) == (
        "partnership-cooperation-agreement-eu-vietnam", "document", SCORE_DOCUMENT_SENSE,
    )  # fmt: skip
    # Without the document-level cue, it is undecided and keeps the declared default.
    alone = _only(annotate(far + " PCA được nhắc lại.", matcher=bundled_matcher), "PCA")
    assert (alone.term.id, alone.decided_by, alone.score) == ("permanent-court-of-arbitration", "default", 50.0)


def test_lower_case_suffix_acronyms_resolve_and_do_not_over_fire(bundled_matcher: Matcher) -> None:
    text = "The ADMM-plus, the ADSOM-plus and the ADMM plus met; ADMM plans and ADMM Plusses are not."
    found = [(match.text, match.term.id) for match in annotate(text, matcher=bundled_matcher)]
    assert ("ADMM-plus", "admm-plus") in found and ("ADSOM-plus", "adsom-plus") in found
    assert ("ADMM plus", "admm-plus") in found
    assert ("ADMM", "admm") in found and not any(text.startswith("ADMM pl") for text, _id in found if text != "ADMM plus")
    assert annotate("Admm plus", matcher=bundled_matcher) == []


def test_lookup_lists_every_sense_with_its_cues(bundled_termbase) -> None:
    found = {sense.term.id: sense for sense in senses(bundled_termbase, "pca")}
    assert set(found) == {"permanent-court-of-arbitration", "partnership-cooperation-agreement-eu-vietnam"}
    assert found["permanent-court-of-arbitration"].default and "trọng tài" in found["permanent-court-of-arbitration"].cues
    assert senses(bundled_termbase, "ADMM") == []


def test_defined_term_is_never_a_term_base_id() -> None:
    term = defined_term("HNTLPK", "Hội nghị Tư lệnh")
    assert term.id == "defined:HNTLPK" and term.category == "defined" and term.acronyms == ("HNTLPK",)


def test_default_for_must_be_an_ambiguous_form_and_one_per_form(tmp_path: Path) -> None:
    from glossary.errors import TermBaseError

    base = (
        "terms:\n"
        "  - {id: a, category: document, vi: A, en: Alpha, acronyms: [XY], ambiguous_forms: [XY], default_for: [XY], sources: [s]}\n"
        "  - {id: b, category: document, vi: B, en: Beta, acronyms: [XY], ambiguous_forms: [XY], default_for: [%s], sources: [s]}\n"
    )
    (tmp_path / "two.yaml").write_text(base % "XY", encoding="utf-8")
    with pytest.raises(TermBaseError, match="already its default sense"):
        load_termbase(tmp_path / "two.yaml")
    (tmp_path / "other.yaml").write_text(base % "Beta", encoding="utf-8")
    with pytest.raises(TermBaseError, match="not one of this entry's ambiguous_forms"):
        load_termbase(tmp_path / "other.yaml")


# -- the command line: every format, stderr, streaming modes ----------------------------------


def _glossary(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "glossary", *args], input=stdin, capture_output=True, text=True, encoding="utf-8", check=False
    )


@pytest.mark.parametrize("output_format", ["inline", "markdown", "html", "terminal"])
def test_an_undecided_pca_shows_both_senses_in_every_text_format(output_format: str) -> None:
    result = _glossary("annotate", "--format", output_format, "--target", "en", "--no-color", stdin="PCA đã được nhắc tới.\n")
    assert result.returncode == 0, result.stderr
    flat = " ".join(result.stdout.replace("│", " ").split())
    for name in ("Permanent Court", "Partnership"):
        assert name in flat
    assert "?" in flat


def test_an_undecided_pca_carries_its_alternatives_in_json_and_jsonl() -> None:
    for output_format in ("json", "jsonl"):
        result = _glossary("annotate", "--format", output_format, stdin="PCA đã được nhắc tới.\n")
        document = json.loads(result.stdout)
        (match,) = (document["files"][0] if output_format == "json" else document)["matches"]
        assert match["sense"] == {"decided_by": "default", "evidence": 0.0}
        assert [alternative["id"] for alternative in match["alternatives"]] == ["partnership-cooperation-agreement-eu-vietnam"]


def test_contradicting_definition_goes_to_json_warnings_and_terminal_stderr() -> None:
    text = "Dòng một.\nChương trình Phòng chống ma túy Cộng đồng (PCA) được triển khai.\n"
    result = _glossary("annotate", "--format", "json", stdin=text)
    (warning,) = json.loads(result.stdout)["files"][0]["warnings"]
    assert text[warning["start"] : warning["end"]] == "PCA" and warning["short"] == "PCA"
    assert result.stderr.startswith("Warning: -:2: PCA is defined here as")
    inline = _glossary("annotate", "--format", "inline", stdin=text)
    assert "Warning: -:2:" in inline.stderr and "Warning" not in inline.stdout


def test_definitions_carry_to_later_lines_with_by_line_and_across_chunks_jobs_and_a_scheduler(tmp_path: Path) -> None:
    lines = _glossary("annotate", "--format", "jsonl", "--by-line", stdin=HNTLPK)
    objects = [json.loads(line) for line in lines.stdout.splitlines()]
    defined_lines = [obj["line"] for obj in objects for match in obj.get("matches", []) if match["method"] == "defined"]
    assert defined_lines == [1, 2, 4]
    # A file larger than one chunk (64 KiB): the definition is in the first chunk, a use in the last.
    filler = "Các đại biểu thảo luận về tình hình khu vực và thế giới.\n\n" * 1600
    path = tmp_path / "long.txt"
    path.write_text(HNTLPK + filler + "Bế mạc HNTLPK.\n", encoding="utf-8")
    runs = [("--jobs", "1"), ("--jobs", "2")]
    try:
        import distributed  # noqa: F401

        runs.append(("--scheduler", "local:2"))
    except ImportError:  # the dask extra is part of the test extra; without it, the local runs still count
        pass
    outputs = [_glossary("annotate", "--format", "json", *run, str(path)).stdout for run in runs]
    assert all(output == outputs[0] for output in outputs[1:])
    matches = json.loads(outputs[0])["files"][0]["matches"]
    assert [m["start"] for m in matches if m["method"] == "defined"][-1] == len(HNTLPK + filler) + len("Bế mạc ")


def test_lookup_prints_every_sense_of_an_ambiguous_form() -> None:
    result = _glossary("lookup", "PCA", "--limit", "1", "--no-color")
    flat = " ".join(result.stdout.split())
    assert "has 2 senses" in flat and "partnership-cooperation-agreement-eu-vietnam" in flat and "phán quyết" in flat
    payload = json.loads(_glossary("lookup", "Colonel", "--format", "json").stdout)
    assert {sense["id"]: sense["default"] for sense in payload["senses"]} == {"rank-senior-colonel": False, "rank-colonel": True}


def test_an_html_page_is_one_document_across_its_blocks(tmp_path: Path, bundled_matcher: Matcher) -> None:
    from glossary.documents.html import annotate_page

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Tin</title></head><body>"
        "<p>Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN (HNTLPK) khai mạc.</p>"
        "<p>HNTLPK bàn về phòng <b>không</b>. Thông tin về PCA được cập nhật.</p></body></html>",
        encoding="utf-8",
    )
    highlighted = annotate_page(page, matcher=bundled_matcher)
    assert highlighted.count('data-term-id="defined:HNTLPK"') == 2
    assert 'data-gloss="Permanent Court of Arbitration? or Framework Agreement' in highlighted


def test_issue_9_shifting_a_match_keeps_its_sense_and_definition(bundled_matcher: Matcher) -> None:
    (pca,) = annotate("PCA", matcher=bundled_matcher)
    moved = pca.shifted(10)
    assert (moved.start, moved.decided_by, moved.alternatives) == (10, "default", pca.alternatives)
    defined = [m for m in annotate(HNTLPK, matcher=bundled_matcher) if m.method == "defined"][0]
    assert defined.shifted(5).definition == defined.definition


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Theo People’s Army Newspaper, Colonel Hùng đã phát biểu.", id="typographic-apostrophe"),
        pytest.param("Theo  People's\u00a0Army\nNewspaper, Colonel Hùng đã phát biểu.", id="folded-separators"),
    ],
)
def test_cues_are_counted_in_the_view_names_are_matched_in(bundled_matcher: Matcher, text: str) -> None:
    """A cue is read as the matcher reads names (apostrophes, separators, tone marks), whether or not
    the text is the one the matcher annotated last (its views are then reused)."""
    colonel = next(term for term in bundled_matcher.termbase if "People's Army Newspaper" in term.context_cues)
    fresh = bundled_matcher.count_cues(text, [colonel])
    bundled_matcher.annotate(text)
    assert bundled_matcher.count_cues(text, [colonel]) == fresh == {colonel.id: 1}


def test_senses_read_from_lookups_index_agree_with_a_scan(bundled_termbase: TermBase) -> None:
    """With lookup's index built (as `glossary lookup` has it), senses() reads the declaring entries from it."""
    from glossary.lookup import _indexes, lookup_index
    from glossary.model import TermBase as TermBaseClass

    scanned_termbase = TermBaseClass(path=bundled_termbase.path, terms=tuple(bundled_termbase))
    lookup_index(bundled_termbase)
    assert scanned_termbase not in _indexes
    forms = {form for term in bundled_termbase for form in term.ambiguous_forms}
    assert forms
    for form in sorted(forms) + ["ADMM", "nothing"]:
        for query in (form, form.upper(), f" {form} "):
            assert senses(bundled_termbase, query) == senses(scanned_termbase, query)
