"""Loading and validating term bases: every problem reported, with file, line and entry id."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import TermBaseError, load_termbase, validate_termbase
from glossary.loader import ENVIRONMENT_VARIABLE, default_termbase_path, resolve_termbase_path

from .conftest import DATA, SEED_TERMS

BROKEN = DATA / "broken"


def test_seed_term_base_loads_with_typed_fields(seed_termbase) -> None:
    admm = seed_termbase.get("admm")
    assert admm is not None
    assert admm.acronyms == ("ADMM",)
    assert admm.series is True
    assert admm.line == 4
    summit = seed_termbase.get("asean-summit")
    assert summit is not None and summit.series, "numbered_forms imply a series"


def test_every_problem_is_reported_with_line_and_entry() -> None:
    problems = validate_termbase(BROKEN / "many-problems.yaml")
    rendered = [str(problem) for problem in problems]
    expected = [
        (7, "admm", "unknown key 'acronymns' (did you mean 'acronyms'?)"),
        (9, "admm", "duplicate id (first used on line 3)"),
        (16, "empty-name", "vi is empty"),
        (19, "no-sources", "missing required key 'sources'"),
        (25, "decomposed", "not NFC-normalised"),
        (29, "bad-category", "unknown category 'ministry'"),
        (33, "colliding-form", "form 'ADMM Retreat' is also in entry 'admm'"),
    ]
    assert len(problems) == len(expected), rendered
    for problem, (line, entry_id, message) in zip(problems, expected):
        assert problem.line == line
        assert problem.entry_id == entry_id
        assert message in problem.message
        assert str(problem).startswith(f"{BROKEN / 'many-problems.yaml'}:{line}: [{entry_id}]")


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        pytest.param("malformed.yaml", 6, "while scanning a quoted scalar that starts on line 4", id="unclosed-quote"),
        pytest.param("bad-indentation.yaml", 4, "did not find expected '-' indicator", id="bad-indentation"),
        pytest.param("not-a-list.yaml", 1, "'terms' must be a list", id="terms-not-a-list"),
        pytest.param("empty.yaml", 1, "the term base is empty", id="empty-file"),
        pytest.param("not-utf8.yaml", 3, "not valid UTF-8", id="not-utf8"),
        pytest.param("undeclared-ambiguity.yaml", 8, "list it in ambiguous_forms of each", id="pca-without-declaration"),
    ],
)
def test_broken_term_bases_get_one_clear_problem(name: str, line: int, message: str) -> None:
    problems = validate_termbase(BROKEN / name)
    assert len(problems) == 1
    assert problems[0].line == line
    assert message in problems[0].message


def test_load_raises_one_error_listing_all_problems() -> None:
    with pytest.raises(TermBaseError) as raised:
        load_termbase(BROKEN / "many-problems.yaml")
    assert len(raised.value.problems) == 7
    assert str(raised.value).startswith("7 problems in the term base:")


def test_missing_file_says_how_to_choose_another(tmp_path: Path) -> None:
    with pytest.raises(TermBaseError, match="pass --terms PATH or set GLOSSARY_TERMS"):
        load_termbase(tmp_path / "absent.yaml")


def test_declared_senses_may_share_a_form(seed_termbase) -> None:
    senses = [term.id for term in seed_termbase if "PCA" in term.acronyms]
    assert senses == ["pca-agreement", "permanent-court-of-arbitration"]


def test_environment_variable_selects_the_term_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(SEED_TERMS))
    assert resolve_termbase_path() == SEED_TERMS
    assert resolve_termbase_path("other.yaml") == Path("other.yaml")
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    assert resolve_termbase_path() == default_termbase_path()


def test_british_spellings_get_american_variants(seed_termbase) -> None:
    forms = {form.text for form in seed_termbase.get("admm").forms()}
    assert "ASEAN Defense Ministers' Meeting" in forms


def test_forms_carry_their_status_and_usage(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text(
        """terms:
  - id: rank-senior-lieutenant
    category: rank
    vi: Thượng úy
    en: Senior Lieutenant
    variants:
      en:
      - Senior Lt.
      - form: First Lieutenant
        usage: Việt Nam News (2024) writes "First Lieutenant" for Thượng úy.
      - form: Upper Lieutenant
        status: deprecated
    sources: [https://en.qdnd.vn/]
""",
        encoding="utf-8",
    )
    term = load_termbase(path).terms[0]
    assert term.variants["en"] == ("Senior Lt.", "First Lieutenant", "Upper Lieutenant")
    assert [term.status(form) for form in ("Senior Lieutenant", "Senior Lt.", "First Lieutenant", "Upper Lieutenant")] == [
        "preferred",
        "admitted",
        "admitted",
        "deprecated",
    ]
    statuses = {form.text: form.status for form in term.forms()}
    assert statuses["Thượng úy"] == "preferred" and statuses["Upper Lieutenant"] == "deprecated"
    assert term.to_dict()["form_status"] == {
        "First Lieutenant": {"status": "admitted", "usage": 'Việt Nam News (2024) writes "First Lieutenant" for Thượng úy.'},
        "Upper Lieutenant": {"status": "deprecated", "usage": None},
    }


def test_a_form_in_a_mapping_still_collides_with_another_entry(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text(
        """terms:
  - {id: a, category: rank, vi: Thượng tá, en: Colonel, sources: [x]}
  - id: b
    category: rank
    vi: Đại tá
    en: Senior Colonel
    variants: {en: [{form: Colonel, status: deprecated}]}
    sources: [x]
""",
        encoding="utf-8",
    )
    problems = validate_termbase(path)
    assert len(problems) == 1 and "'Colonel' is also in entry 'a'" in problems[0].message


def test_provincial_must_name_an_entry_of_the_term_base() -> None:
    from glossary.loader import load_termbase_text

    text = (
        "terms:\n"
        "  - {id: national, category: institution, vi: Bộ Tư lệnh, en: Command, provincial: provincal, sources: [x]}\n"
        "  - {id: provincial, category: institution, vi: Bộ Chỉ huy tỉnh, en: Provincial Command, sources: [x]}\n"
    )
    with pytest.raises(TermBaseError) as raised:
        load_termbase_text(text)
    [problem] = raised.value.problems
    assert (problem.line, problem.entry_id) == (2, "national")
    assert "provincial names 'provincal', which is no entry's id" in problem.message
    assert load_termbase_text(text.replace("provincal", "provincial")).get("national").provincial == "provincial"
