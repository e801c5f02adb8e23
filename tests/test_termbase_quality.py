"""The bundled term base follows the documented conventions (docs/termbase.md).

Sources: every entry cites a page of an outlet that uses the name, none on a wiki, blog,
aggregator or mirror (glossary.conventions.WEAK_SOURCE_DOMAINS). Preferred English:
British spelling, Title Case for names of bodies, titles and ranks, ASCII apostrophes.
Plus the audit's fixes that the matcher must keep (../shared/termbase-audit.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary import Matcher, Term, load_termbase
from glossary.conventions import (
    SPELLING_EXCEPTIONS,
    WEAK_IF_SOLE_SOURCE,
    WEAK_SOURCE_DOMAINS,
    name_problems,
    source_problems,
)

ROOT = Path(__file__).resolve().parent.parent

# Entries whose only sources are weak because no official or state-media page giving
# the name has been found: the audit of 29 Nov 2026 checked these ranks against MND,
# VNA and VNS pages and found them "not verifiable with an official source". They keep
# their source until one is found rather than lose it; an entry leaves this list when
# it gets an official source.
NO_OFFICIAL_SOURCE_FOUND: dict[str, str] = {
    "rank-second-lieutenant": "audit: Thiếu úy not verifiable with an official source (only legal databases)",
    "rank-group-general-officer": "audit: rank groups not verifiable with an official source (only lawnet/luatvietnam)",
    "rank-group-field-officer": "audit: rank groups not verifiable with an official source (only lawnet/luatvietnam)",
    "rank-group-company-officer": "audit: rank groups not verifiable with an official source (only lawnet/luatvietnam)",
}

TERMBASE = load_termbase()
TERMS = list(TERMBASE)


def _ids(terms: list[Term]) -> list[str]:
    return [term.id for term in terms]


@pytest.mark.parametrize("term", TERMS, ids=_ids(TERMS))
def test_every_entry_cites_an_official_or_state_media_page(term: Term) -> None:
    problems = source_problems(term)
    if term.id in NO_OFFICIAL_SOURCE_FOUND:
        return
    assert not problems, f"{term.id} (terms.yaml:{term.line}): " + "; ".join(problems)


@pytest.mark.parametrize("term", TERMS, ids=_ids(TERMS))
def test_preferred_english_follows_the_conventions(term: Term) -> None:
    problems = name_problems(term)
    assert not problems, f"{term.id} (terms.yaml:{term.line}): " + "; ".join(problems)


def test_allowlists_name_existing_entries() -> None:
    ids = {term.id for term in TERMS}
    assert set(NO_OFFICIAL_SOURCE_FOUND) <= ids
    # Spelling exceptions may name entries another family adds later; each has a reason.
    assert all(reason for reason in SPELLING_EXCEPTIONS.values())


def test_weak_source_list_is_the_documented_one() -> None:
    """docs/termbase.md lists exactly the domains of glossary.conventions."""
    doc = (ROOT / "docs" / "termbase.md").read_text(encoding="utf-8")
    section = doc.split("### Weak sources", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"`([a-z0-9.-]+\.?)`", section))
    assert listed == set(WEAK_SOURCE_DOMAINS) | set(WEAK_IF_SOLE_SOURCE)


@pytest.mark.parametrize(
    ("source", "weak"),
    [
        ("https://en.wikipedia.org/wiki/Vietnam_People%27s_Army", True),
        ("https://wiki.av1.space/content/x", True),
        ("https://m.baomoi.com/x.epi", True),
        ("http://pacificsentinel.blogspot.com/2013/02/x.html", True),
        ("https://en.qdnd.vn/military/news/x-520940", False),
        ("https://www.vietnamplus.vn/x.vnp", False),
        ("https://admm.asean.org/index.php/about-admm/about-admm-plus.html", False),
    ],
)
def test_weak_domains_are_recognised(source: str, weak: bool) -> None:
    term = Term(id="x", category="concept", vi="x", en="x", sources=(source,))
    assert bool(source_problems(term)) is weak


def test_legal_databases_count_only_beside_another_source() -> None:
    alone = Term(id="x", category="document", vi="x", en="x", sources=("https://luatvietnam.vn/x.html",))
    beside = Term(id="x", category="document", vi="x", en="x",
                  sources=("https://luatvietnam.vn/x.html", "https://en.qdnd.vn/x-1"))
    assert source_problems(alone) and not source_problems(beside)


@pytest.mark.parametrize(
    ("en", "category", "bad"),
    [
        ("Ministry of National Defense", "institution", True),
        ("United States Department of Defense", "organisation", False),
        ("Japan's State Minister of Defense", "title", False),
        ("Vietnam National Mine Action Center", "institution", True),
        ("Head of delegation", "title", True),
        ("ASEAN Defence Ministers\u2019 Meeting", "meeting", True),
        ("ASEAN Defence Ministers' Meeting-Plus", "mechanism", False),
        ("Law on Participation in United Nations Peacekeeping Operations", "document", False),
        ("defence diplomacy", "concept", False),
    ],
)
def test_name_conventions_are_recognised(en: str, category: str, bad: bool) -> None:
    term = Term(id="x", category=category, vi="x", en=en, sources=("https://en.qdnd.vn/x-1",))
    assert bool(name_problems(term)) is bad


# Audit fixes the matcher must keep.
@pytest.fixture(scope="module")
def matcher() -> Matcher:
    from glossary import compile_matcher

    return compile_matcher(TERMBASE)


def _found(matcher: Matcher, text: str) -> list[tuple[str, int | None]]:
    return [(m.term.id, m.ordinal) for m in matcher.annotate(text)]


def test_defence_strategy_dialogue_is_not_the_national_defence_strategy(matcher: Matcher) -> None:
    """Audit 4: the document's name must not fire inside the dialogue's."""
    found = _found(matcher, "Đối thoại Chiến lược quốc phòng Việt Nam - Liên bang Nga lần thứ 8")
    assert found[0][0].endswith("defence-strategy-dialogue")  # the generic entry or a country pair's
    assert "national-defence-strategy" not in [term_id for term_id, _ in found]
    assert _found(matcher, "the 7th Defence Strategy Dialogue") == [("defence-strategy-dialogue", 7)]
    assert _found(matcher, "Chiến lược Quốc phòng được Bộ Chính trị phê duyệt")[0] == ("national-defence-strategy", None)


def test_mine_action_centre_is_not_bomb_and_mine_clearance(matcher: Matcher) -> None:
    """Audit 5: "mine action" is not a variant of bomb and mine clearance."""
    found = [term_id for term_id, _ in _found(matcher, "the Vietnam National Mine Action Centre")]
    assert "bomb-mine-clearance" not in found


def test_joint_declaration_is_its_own_entry(matcher: Matcher) -> None:
    """Audit 6: Joint Declaration and Joint Statement are different ADMM document types."""
    assert _found(matcher, "the Vientiane Joint Declaration") == [("joint-declaration", None)]
    assert _found(matcher, "the ACDFM-21 Joint Statement")[-1] == ("joint-statement", None)
    assert _found(matcher, "ADMM-18 thông qua Tuyên bố chung Vientiane")[-1] == ("joint-declaration", None)
    assert _found(matcher, "Tuyên bố chung của Bộ trưởng Quốc phòng các nước ASEAN")[0] == ("joint-statement", None)


def test_department_of_foreign_relations_has_the_vna_names(matcher: Matcher) -> None:
    """Audit 10: VNA's "External Relations Department" is the MND's Cục Đối ngoại."""
    assert _found(matcher, "the Defence Ministry's External Relations Department")[-1] == (
        "department-of-foreign-relations",
        None,
    )


def test_adsom_plus_working_group_body_is_not_the_adsom_working_group(matcher: Matcher) -> None:
    """Audit 3: the "mở rộng" body contains the ADSOM WG's name but is the ADSOM-Plus WG."""
    assert _found(matcher, "Nhóm làm việc Quan chức Quốc phòng cấp cao ASEAN mở rộng") == [("adsom-plus-wg", None)]
