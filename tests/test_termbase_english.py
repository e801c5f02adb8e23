"""English press forms (issue 10): how VNA, VOV, QĐND, Nhân Dân and Việt Nam News write in English.

Real-style English sentences per family, in the wordings of the pages cited in the entries'
sources (and of the English development set, benchmarks/devset), the look-alikes that must not be
read as the forms they contain, and the status and usage notes the new forms carry.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup


def _found(matcher: Matcher, text: str) -> set[tuple[str, str, int | None]]:
    return {(m.text, m.term.id, m.ordinal) for m in matcher.annotate(text)}


def _ids(matcher: Matcher, text: str) -> set[str]:
    return {m.term.id for m in matcher.annotate(text)}


SENTENCES = [
    # ranks: VOV's inverted abbreviation is Thượng tướng, not Đại tướng ("Sen. Gen.")
    (
        "Deputy Minister of National Defence Lieut. Sen. Gen. Hoang Xuan Chien hosted a reception.",
        [
            ("Deputy Minister of National Defence", "title-deputy-minister-of-national-defence", None),
            ("Lieut. Sen. Gen.", "rank-senior-lieutenant-general", None),
        ],
    ),
    # General Department of Politics: its head and deputy head in each outlet's wording
    (
        "PANO - Director of the General Department of Politics of the Vietnam People's Army, "
        "Senior Lieutenant General Luong Cuong, received a delegation.",
        [("Director of the General Department of Politics of the Vietnam People's Army", "title-director-of-the-general-department-of-politics", None)],
    ),
    (
        "General Luong Cuong, Secretary of the Party Central Committee and Director of the Vietnam "
        "People's Army's General Department of Politics, is paying official visits to Russia.",
        [
            ("Secretary of the Party Central Committee", "title-secretary-of-the-party-central-committee", None),
            ("Director of the Vietnam People's Army's General Department of Politics", "title-director-of-the-general-department-of-politics", None),
        ],
    ),
    (
        "General Nguyen Trong Nghia, Politburo Member and Head of the General Department of Politics of "
        "the Viet Nam People's Army, paid a working visit to the Academy of Politics.",
        [("Head of the General Department of Politics of the Viet Nam People's Army", "title-director-of-the-general-department-of-politics", None)],
    ),
    (
        "a decision appointing the Chairman of General Department of Politics of the Vietnam People's Army (VPA)",
        [("Chairman of General Department of Politics of the Vietnam People's Army", "title-director-of-the-general-department-of-politics", None)],
    ),
    (
        "Lt. Gen. Tran Quang Phuong, Deputy Director of the General Department of Politics of the Vietnam "
        "People's Army (VPA), received the Lao officer.",
        [
            ("Deputy Director of the General Department of Politics of the Vietnam People's Army", "title-deputy-director-of-the-general-department-of-politics", None),
            ("VPA", "vietnam-peoples-army", None),
        ],
    ),
    (
        "Deputy Chief of the General Department of Political Affairs Lieutenant General Le Quang Minh attended.",
        [("Deputy Chief of the General Department of Political Affairs", "title-deputy-director-of-the-general-department-of-politics", None)],
    ),
    # Central Military Commission and General Staff
    (
        "Gen. Phan Van Giang, Politburo member, Vice Secretary of the Central Military Commission and "
        "Minister of National Defence, had talks in Beijing.",
        [
            ("Politburo member", "title-politburo-member", None),
            ("Vice Secretary of the Central Military Commission", "title-deputy-secretary-of-the-central-military-commission", None),
            ("Minister of National Defence", "title-minister-of-national-defence", None),
        ],
    ),
    (
        "Chief of General Staff chairs conference on duty handover of MR4 commander",
        [("Chief of General Staff", "title-chief-of-the-general-staff", None), ("MR4 commander", "title-commander-of-military-region-4", None)],
    ),
    (
        "to improve the skills and combat readiness of the Vietnamese army",
        [("combat readiness", "combat-readiness", None), ("Vietnamese army", "vietnam-peoples-army", None)],
    ),
    # MND bodies and meetings
    (
        "Colonel Le Dinh Vu, Deputy Director of the Ministry of National Defence's Department of Military Science.",
        [("Department of Military Science", "department-of-military-science", None)],
    ),
    (
        "Prime Minister Pham Minh Chinh attended the national military-political conference held by the "
        "Central Military Commission on July 2; the 2020 Military-Political Conference opened in Hanoi.",
        [
            ("national military-political conference", "whole-army-military-political-conference", None),
            ("Military-Political Conference", "whole-army-military-political-conference", None),
        ],
    ),
    (
        "Whole Army's Political-Military Conference 2019 opens",
        [("Whole Army's Political-Military Conference", "whole-army-military-political-conference", None)],
    ),
    (
        "Quân ủy Trung ương, Bộ Quốc phòng tổ chức Hội nghị Quân chính toàn quân năm 2018.",
        [("Hội nghị Quân chính toàn quân", "whole-army-military-political-conference", None)],
    ),
    # National Assembly
    (
        "Viet Nam's Committee on National Defence, Security and Foreign Affairs met its Hungarian counterpart.",
        [("Committee on National Defence, Security and Foreign Affairs", "na-committee-for-defence-security-and-foreign-affairs", None)],
    ),
    # concepts
    (
        "defence external affairs forms an important part of the Party and the State's external work; "
        "the minister briefed him on upcoming defence external activities.",
        [
            ("defence external affairs", "defence-diplomacy", None),
            ("defence external activities", "defence-diplomacy", None),
        ],
    ),
    (
        "cooperation in exchange of delegations at all levels, war consequence settlement and training",
        [
            ("exchange of delegations", "delegation-exchange", None),
            ("war consequence settlement", "overcoming-war-consequences", None),
        ],
    ),
    # foreign counterparts
    (
        "at the invitations of Deputy Defence Minister of the Russian Federation Andrey Kartapolov",
        [("Deputy Defence Minister of the Russian Federation", "title-russian-deputy-minister-of-defence", None)],
    ),
    (
        "Hoang Xuan Chien and Matteo Perego di Cremnago, Italian Undersecretary of State for Defence, "
        "co-chaired the fourth Vietnam - Italy Defence Policy Dialogue on July 3.",
        [
            ("Italian Undersecretary of State for Defence", "title-italian-undersecretary-of-state-for-defence", None),
            ("fourth Vietnam - Italy Defence Policy Dialogue", "vietnam-italy-defence-policy-dialogue", 4),
        ],
    ),
    (
        "Đối thoại Chính sách quốc phòng Việt Nam - Italy lần thứ 4 do Quốc vụ khanh Quốc phòng Cộng hòa Italy đồng chủ trì.",
        [
            ("Đối thoại Chính sách quốc phòng Việt Nam - Italy lần thứ 4", "vietnam-italy-defence-policy-dialogue", 4),
            ("Quốc vụ khanh Quốc phòng Cộng hòa Italy", "title-italian-undersecretary-of-state-for-defence", None),
        ],
    ),
    (
        "the third Vietnam-Canada Defence Policy Dialogue in Hanoi on February 20",
        [("third Vietnam-Canada Defence Policy Dialogue", "vietnam-canada-defence-policy-dialogue", 3)],
    ),
    (
        "a ceremony on the morning of July 14 at Hanoi-based Presidential Palace; lễ trao quyết định tại Phủ Chủ tịch",
        [("Presidential Palace", "presidential-palace", None), ("Phủ Chủ tịch", "presidential-palace", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_english_press_wordings_resolve(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    found = _found(bundled_matcher, text)
    missing = [item for item in expected if item not in found]
    assert not missing, f"not found {missing}; found {sorted(found)}"
    for match in bundled_matcher.annotate(text):
        assert text[match.start : match.end] == match.text


NOT_THESE = [
    # the shorter form inside a longer one must not win
    ("Lieut. Sen. Gen. Hoang Xuan Chien", "rank-general"),
    ("Vice Secretary of the Central Military Commission", "title-secretary-of-the-central-military-commission"),
    ("Director of the General Department of Politics of the Vietnam People's Army", "title-department-director"),
    ("Deputy Director of the General Department of Politics of the Vietnam People's Army", "title-director-of-the-general-department-of-politics"),
    ("Deputy Chief of the General Department of Political Affairs", "title-director-of-the-general-department-of-politics"),
    # only the full Nhân Dân form is listed, so a deputy is not read as the Director
    ("Deputy Head of the General Department of Politics", "title-director-of-the-general-department-of-politics"),
    ("Deputy Defence Minister of the Russian Federation", "title-deputy-minister-of-national-defence"),
    ("Gen. Neang Phat, Secretary of State at the Cambodian Defence Ministry", "ministry-of-national-defence"),
    ("Italian Undersecretary of State for Defence", "title-uk-secretary-of-state-for-defence"),
    ("the fourth Vietnam - Italy Defence Policy Dialogue", "defence-policy-dialogue"),
    # Học viện Khoa học Quân sự is the academy, not the department
    ("Học viện Khoa học Quân sự tuyển sinh.", "department-of-military-science"),
    ("the Academy of Military Science", "department-of-military-science"),
]


@pytest.mark.parametrize(("text", "wrong_id"), NOT_THESE, ids=[text[:40] for text, _ in NOT_THESE])
def test_longer_english_forms_are_not_read_as_what_they_contain(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "a Vietnamese military delegation visited the unit",  # "Vietnamese military" is not listed
        "the army's political conference of the division",
        "the palace of the president of the club",
    ],
)
def test_ordinary_phrases_do_not_fire_the_new_forms(bundled_matcher: Matcher, text: str) -> None:
    assert not (_ids(bundled_matcher, text) & {"vietnam-peoples-army", "whole-army-military-political-conference", "presidential-palace"})


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Vice Secretary of the Central Military Commission", "title-deputy-secretary-of-the-central-military-commission"),
        ("Chief of General Staff", "title-chief-of-the-general-staff"),
        ("Head of the General Department of Politics of the Viet Nam People's Army", "title-director-of-the-general-department-of-politics"),
        ("Department of Military Science", "department-of-military-science"),
        ("national political-military conference", "whole-army-military-political-conference"),
        ("Vietnam-Italy Defence Policy Dialogue", "vietnam-italy-defence-policy-dialogue"),
        ("Lieut. Sen. Gen.", "rank-senior-lieutenant-general"),
    ],
)
def test_lookup_puts_the_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    results = lookup(bundled_termbase, query, limit=3)
    assert results and results[0].term.id == expected_id


def test_outlet_forms_carry_status_and_a_usage_note_naming_the_outlet(bundled_termbase: TermBase) -> None:
    by_id = {term.id: term for term in bundled_termbase}
    expected = {
        ("rank-senior-lieutenant-general", "Lieut. Sen. Gen."): ("deprecated", "VOV"),
        ("title-deputy-secretary-of-the-central-military-commission", "Vice Secretary of the Central Military Commission"): ("admitted", "VOV"),
        ("title-chief-of-the-general-staff", "Chief of General Staff"): ("admitted", "QĐND"),
        ("title-director-of-the-general-department-of-politics", "Chairman of General Department of Politics of the Vietnam People's Army"): ("admitted", "Việt Nam News"),
        ("vietnam-peoples-army", "Vietnamese army"): ("admitted", "VNA"),
        ("defence-diplomacy", "defence external affairs"): ("admitted", "VNA"),
    }
    for (term_id, form), (status, outlet) in expected.items():
        entry = by_id[term_id].form_usage[form]
        assert entry.status == status, (term_id, form)
        assert entry.usage and outlet in entry.usage, (term_id, form)
