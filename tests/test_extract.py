"""Mining candidate entries: acronyms a corpus defines, and frequent names that look like bodies or meetings."""

from __future__ import annotations

from glossary.extract import draft_id, extract_candidates

from .conftest import CORPUS

HNTLPK = (
    "Đoàn Việt Nam dự Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN (HNTLPK) lần thứ 5. "
    "Tại HNTLPK, các nước thảo luận về hợp tác. HNTLPK năm sau do Lào chủ trì."
)


def _corpus() -> list[tuple[str, str]]:
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*.txt"))]


def test_corpus_articles_define_these_acronyms_with_these_long_forms(bundled_matcher) -> None:
    found = {
        candidate.text: (candidate.long_form, candidate.known)
        for candidate in extract_candidates(_corpus(), matcher=bundled_matcher, include_known=True)
        if candidate.kind == "acronym"
    }
    assert found["ADMM"] == ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN", "admm")
    assert found["ADMM+"] == ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng", "admm-plus")
    assert found["ADSOM+"] == ("Hội nghị Quan chức Quốc phòng cấp cao ASEAN mở rộng", "adsom-plus")
    assert found["RCEP"][0] == "Hiệp định Đối tác Kinh tế Toàn diện Khu vực"
    assert found["DOC"][0] == "Tuyên bố về ứng xử của các bên ở Biển Đông"
    assert found["HĐND"][0] == "Hội đồng nhân dân"


def test_known_entries_are_left_out_unless_asked(bundled_matcher) -> None:
    candidates = extract_candidates(_corpus(), matcher=bundled_matcher)
    assert all(candidate.known is None for candidate in candidates)
    assert "ADMM" not in {candidate.text for candidate in candidates}


def test_an_unknown_defined_acronym_is_a_ranked_candidate_with_a_draft(bundled_matcher) -> None:
    (candidate,) = [c for c in extract_candidates([("tin.txt", HNTLPK)], matcher=bundled_matcher) if c.kind == "acronym"]
    assert candidate.text == "HNTLPK" and candidate.known is None
    assert candidate.long_form == "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN"
    assert candidate.frequency == 3  # the definition and two later uses
    assert candidate.draft() == {
        "id": "hoi-nghi-tu-lenh-luc-luong-phong-khong-cac-nuoc-asean",
        "category": "meeting",
        "vi": "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN",
        "acronyms": ["HNTLPK"],
        "sources": ["tin.txt"],
    }
    assert "(HNTLPK)" in candidate.example


def test_draft_ids_are_ascii_slugs() -> None:
    assert draft_id("Hội đồng nhân dân") == "hoi-dong-nhan-dan"
    assert draft_id("Ministry of National Defence (Laos)") == "ministry-of-national-defence-laos"
