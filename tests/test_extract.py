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
    # Short forms printed with a suffix inside the parenthesis.
    assert found["ADMM Hẹp"] == ("Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN", "admm-retreat")
    assert found["ADSOM WG"] == ("Nhóm làm việc Quan chức Quốc phòng cấp cao ASEAN", "adsom-wg")
    assert found["UNCLOS"] == ("Công ước Liên hợp quốc về Luật Biển 1982", "unclos")
    assert found["COC"] == ("Bộ Quy tắc ứng xử ở Biển Đông", "code-of-conduct-south-china-sea")


def test_truncated_or_generic_starts_of_known_names_are_no_candidates(bundled_matcher) -> None:
    names = {c.text for c in extract_candidates(_corpus(), matcher=bundled_matcher) if c.kind == "name"}
    assert not names & {"Hội nghị Cấp", "Hội nghị Cấp cao", "Hội nghị ADMM"}


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


def test_extract_command_lists_drafts_and_appends_a_chosen_candidate(tmp_path) -> None:
    from typer.testing import CliRunner

    from glossary import load_termbase
    from glossary.cli import app
    from glossary.loader import default_termbase_path

    article = tmp_path / "tin.txt"
    article.write_text(HNTLPK, encoding="utf-8")
    runner = CliRunner()
    listed = runner.invoke(app, ["extract", str(article)])
    assert listed.exit_code == 0 and "- HNTLPK" in listed.stdout and "needs an official source" in listed.stdout

    terms = tmp_path / "terms.yaml"
    original = default_termbase_path().read_bytes()
    terms.write_bytes(original)
    refused = runner.invoke(app, ["extract", str(article), "--append", "HNTLPK", "--terms", str(terms)])
    assert refused.exit_code == 3 and "other language" in refused.stderr and terms.read_bytes() == original
    added = runner.invoke(
        app,
        ["extract", str(article), "--append", "HNTLPK", "--name", "ASEAN Air Defence Commanders' Conference",
         "--source", "https://en.qdnd.vn/example", "--id", "asean-air-defence-commanders", "--terms", str(terms)],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    assert terms.read_bytes().startswith(original.rstrip(b"\n"))  # every old byte kept, the entry appended
    entry = load_termbase(terms).get("asean-air-defence-commanders")
    assert entry is not None and entry.acronyms == ("HNTLPK",) and entry.en == "ASEAN Air Defence Commanders' Conference"
