"""Issue 10, fourth round: country demonyms, and Viet Nam's own posts.

A country's English demonym ("Chinese", "Cambodian", "Japanese") is a form of the country entry, so that
Viet Nam's posts named in generic words (``domestic: true``: President, Prime Minister, Ministry of
Defence ...) are not read as Viet Nam's when the demonym qualifies them ("Chinese President"), while
"Vietnamese Prime Minister" stays Viet Nam's. Each sentence is worded as VNA, VOV, QĐND, Nhân Dân or
Việt Nam News write it (the sources are in each entry). A demonym must not fire inside other names
("Indian Ocean", "Latin American"), and the demonyms that would ("Thai" in "Thai Nguyen", "Lao" in
"Lao Cai") are not listed.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup
from tests.termbase_checks import assert_follows_conventions, assert_resolves
from tests.termbase_checks import ids as _ids

# (sentence, demonym, country id, Viet Nam's post the demonym qualifies away)
FOREIGN_POSTS = [
    # "Cambodian Prime Minister" is an entry of its own since the bilateral family (title-cambodian-prime-minister,
    # tests/test_termbase_bilateral.py), and the Chinese, Singaporean, Japanese, Russian, Indian, Indonesian,
    # Malaysian and Philippine heads of state and government since the leaders family
    # (tests/test_termbase_leaders.py): each wins as the longer match. These countries' have none.
    ("Brazilian President Lula da Silva held talks with Party General Secretary To Lam.", "Brazilian", "country-brazil", "title-state-president"),
    ("Vietnamese leaders received Italian Prime Minister Giorgia Meloni in Hanoi.", "Italian", "country-italy", "title-prime-minister"),
    ("Dutch Prime Minister Mark Rutte welcomed the Vietnamese delegation.", "Dutch", "country-netherlands", "title-prime-minister"),
    ("Bangladeshi Prime Minister Sheikh Hasina visited Vietnam in 2018.", "Bangladeshi", "country-bangladesh", "title-prime-minister"),
    ("Eshel said the Israeli Defence Ministry will seek new partnerships.", "Israeli", "country-israel", "ministry-of-national-defence"),
    ("He met officials of the Singaporean Foreign Ministry.", "Singaporean", "country-singapore", "ministry-of-foreign-affairs"),
    ("the Indonesian Defence Ministry is willing to cooperate", "Indonesian", "country-indonesia", "ministry-of-national-defence"),
    ("French President Emmanuel Macron held phone talks with the Party chief.", "French", "country-france", "title-state-president"),
    ("British Foreign Minister David Lammy visited Hanoi.", "British", "country-united-kingdom", "title-minister-of-foreign-affairs"),
    ("German President Frank-Walter Steinmeier received the ambassador.", "German", "country-germany", "title-state-president"),
    ("Cuban President Miguel Diaz-Canel Bermudez welcomed the delegation.", "Cuban", "country-cuba", "title-state-president"),
    ("Israeli President Reuven Rivlin received the Deputy Defence Minister.", "Israeli", "country-israel", "title-state-president"),
    ("Argentine President Mauricio Macri paid a state visit to Viet Nam.", "Argentine", "country-argentina", "title-state-president"),
    ("The Kazakh Prime Minister Olzhas Bektenov saw off the Party leader.", "Kazakh", "country-kazakhstan", "title-prime-minister"),
    ("Qatari Prime Minister Sheikh Mohammed held phone talks with Chinh.", "Qatari", "country-qatar", "title-prime-minister"),
    ("Spanish Prime Minister Pedro Sanchez arrived in Hanoi.", "Spanish", "country-spain", "title-prime-minister"),
    ("Mongolian President Ukhnaagiin Khurelsukh began a state visit.", "Mongolian", "country-mongolia", "title-state-president"),
    ("Turkish Foreign Minister Hakan Fidan met his counterpart.", "Turkish", "country-turkiye", "title-minister-of-foreign-affairs"),
    ("Chinese Vice President Han Zheng attended the ceremony.", "Chinese", "country-china", "title-vice-president"),
    ("Laotian Prime Minister Sonexay Siphandone visited Vietnam.", "Laotian", "country-laos", "title-prime-minister"),
    ("Minister Dung met South Korean Foreign Minister Kang Kyung-hwa.", "South Korean", "country-republic-of-korea", "title-minister-of-foreign-affairs"),
    ("Vietnamese students at the French Naval Academy.", "French", "country-france", "naval-academy"),
    ("The Cambodian Border Guard Command sent a delegation.", "Cambodian", "country-cambodia", "vietnam-border-guard-command"),
]


@pytest.mark.parametrize(("text", "demonym", "country_id", "post_id"), FOREIGN_POSTS, ids=[row[1] + ": " + row[0][:30] for row in FOREIGN_POSTS])
def test_a_demonym_makes_the_post_another_countrys(bundled_matcher: Matcher, text: str, demonym: str, country_id: str, post_id: str) -> None:
    assert_resolves(bundled_matcher, text, [(demonym, country_id, None)])
    assert post_id not in _ids(bundled_matcher, text)


# Vietnamese: the country after the generic post (the domestic flags set in this round). With the post
# dropped, a name it hid that holds the country is read: the other country's navy or army where the term
# base has it, else the country.
VIETNAMESE_FOREIGN_POSTS = [
    ("Tư lệnh Hải quân Ấn Độ thăm chính thức Việt Nam.", "Hải quân Ấn Độ", "indian-navy", "title-commander-of-the-navy"),
    ("Tư lệnh Hải quân Nga Đô đốc Korolev Vladimir Ivanovich thăm Việt Nam.", "Hải quân Nga", "russian-navy", "title-commander-of-the-navy"),
    ("Bộ đội Biên phòng Lào phối hợp tuần tra song phương.", "Lào", "country-laos", "vietnam-border-guard"),
    ("Báo Quân đội nhân dân Lào cử đoàn sang thăm.", "Quân đội nhân dân Lào", "lao-peoples-army", "peoples-army-newspaper"),
    ("Học viên Việt Nam theo học tại Học viện Hải quân Nga.", "Hải quân Nga", "russian-navy", "naval-academy"),
]


@pytest.mark.parametrize(("text", "country", "country_id", "post_id"), VIETNAMESE_FOREIGN_POSTS, ids=[row[0][:30] for row in VIETNAMESE_FOREIGN_POSTS])
def test_a_country_after_the_post_makes_it_that_countrys(bundled_matcher: Matcher, text: str, country: str, country_id: str, post_id: str) -> None:
    assert_resolves(bundled_matcher, text, [(country, country_id, None)])
    assert post_id not in _ids(bundled_matcher, text)


# Viet Nam's own posts stay Viet Nam's: with "Vietnamese", with Việt Nam, or with no country.
VIET_NAMS = [
    ("Vietnamese Prime Minister Pham Minh Chinh met his Chinese counterpart.",
     [("Vietnamese", "country-vietnam", None), ("Prime Minister", "title-prime-minister", None), ("Chinese", "country-china", None)]),
    # (at the start of a sentence: mid-sentence a one-word name right after a capitalised word is not read)
    ("Vietnamese President Luong Cuong held talks with his Indian counterpart.",
     [("Vietnamese", "country-vietnam", None), ("President", "title-state-president", None), ("Indian", "country-india", None)]),
    ("He met Vietnamese Deputy Prime Minister Tran Hong Ha.",
     [("Vietnamese", "country-vietnam", None), ("Deputy Prime Minister", "title-deputy-prime-minister", None)]),
    ("the Vietnamese Defence Ministry attaches importance to ties with Russia",
     [("Vietnamese", "country-vietnam", None), ("Defence Ministry", "ministry-of-national-defence", None), ("Russia", "country-russia", None)]),
    ("Tư lệnh Hải quân Việt Nam tiếp đoàn; Bộ đội Biên phòng Việt Nam tuần tra.",
     [("Bộ đội Biên phòng Việt Nam", "vietnam-border-guard", None)]),
    ("Học viện Hải quân tổ chức lễ khai giảng; Bộ đội Biên phòng tỉnh Quảng Trị.",
     [("Học viện Hải quân", "naval-academy", None)]),
    ("Border Guard Command delegation led by Major General Le Duc Thai.",
     [("Border Guard Command", "vietnam-border-guard-command", None)]),
]


@pytest.mark.parametrize(("text", "expected"), VIET_NAMS, ids=[text[:40] for text, _ in VIET_NAMS])
def test_viet_nams_own_posts_stay_viet_nams(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert_resolves(bundled_matcher, text, expected)


def test_a_post_not_next_to_the_demonym_stays_viet_nams(bundled_matcher: Matcher) -> None:
    text = "The Chinese delegation was received by Prime Minister Pham Minh Chinh."
    assert_resolves(bundled_matcher, text, [("Chinese", "country-china", None), ("Prime Minister", "title-prime-minister", None)])


# A generic post any country has (not domestic) is kept next to the demonym.
def test_a_generic_post_is_read_next_to_the_demonym(bundled_matcher: Matcher) -> None:
    text = "He received the Indian Defence Attaché, Col. Dheeraj Kotwal, and the Polish Defence Attaché."
    found = [(m.text, m.term.id) for m in bundled_matcher.annotate(text)]
    assert ("Indian", "country-india") in found and ("Polish", "country-poland") in found
    assert [text for text, _ in found].count("Defence Attaché") == 2


# --- names that begin with a demonym or a country: entries of their own --------------------

LONGER_NAMES = [
    ("The Indian Ocean region is at the centre of the Indo-Pacific.",
     [("Indian Ocean", "indian-ocean", None), ("Indo-Pacific", "indo-pacific", None)], "country-india"),
    ("The third Indian Ocean Conference opened in Hanoi on August 27.",
     [("third Indian Ocean Conference", "indian-ocean-conference", 3)], "country-india"),
    ("Hội nghị Ấn Độ Dương lần thứ 6 diễn ra tại Dhaka.",
     [("Hội nghị Ấn Độ Dương lần thứ 6", "indian-ocean-conference", 6)], "country-india"),
    ("an ninh khu vực Ấn Độ Dương - Thái Bình Dương và Ấn Độ Dương",
     [("Ấn Độ Dương - Thái Bình Dương", "indo-pacific", None), ("Ấn Độ Dương", "indian-ocean", None)], "country-india"),
    ("Vietnam and Latin American countries share a history of struggle.",
     [("Latin American", "latin-america", None)], "country-united-states"),
    ("Argentina là một trong ba nước Mỹ Latinh đầu tiên thiết lập quan hệ ngoại giao với Việt Nam.",
     [("Mỹ Latinh", "latin-america", None)], "country-united-states"),
]


@pytest.mark.parametrize(("text", "expected", "wrong_id"), LONGER_NAMES, ids=[text[:40] for text, _, _ in LONGER_NAMES])
def test_the_longer_name_wins_over_the_country_inside_it(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]], wrong_id: str) -> None:
    assert_resolves(bundled_matcher, text, expected)
    assert wrong_id not in _ids(bundled_matcher, text)


# --- near misses: what must not fire -------------------------------------------------------

NEAR_MISSES = [
    # "Thai" and "Lao" are not listed: the provinces and the newspaper are written without diacritics.
    ("Military Region 1 is headquartered in Thai Nguyen province.", "country-thailand"),
    ("Farmers in Thai Binh province harvested rice.", "country-thailand"),
    ("The border guards of Lao Cai province met their Chinese counterparts.", "country-laos"),
    ("according to Lao Dong newspaper", "country-laos"),
    # A capitalised word before a one-word demonym makes it part of another name.
    ("He said South American partners and Latin American investors attended.", "country-united-states"),
    ("the overseas community, including Overseas Vietnamese in Japan", "title-prime-minister"),
    # The bare "Korean" is not listed: it is also the DPRK's and the peninsula's.
    ("denuclearisation of the Korean Peninsula", "country-republic-of-korea"),
    ("denuclearisation of the Korean Peninsula", "country-dprk"),
    # Lower-case words are not demonyms.
    ("Soldiers polish their boots before the parade.", "country-poland"),
    ("They prepared chinese-style dumplings.", "country-china"),
]


@pytest.mark.parametrize(("text", "wrong_id"), NEAR_MISSES, ids=[text[:40] for text, _ in NEAR_MISSES])
def test_near_misses_do_not_fire(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


def test_the_chinese_demonym_keeps_the_offsets_into_the_original(bundled_matcher: Matcher) -> None:
    text = "  Chinese\u00a0President Xi Jinping arrived.\nVietnamese President Luong Cuong welcomed him."
    for match in bundled_matcher.annotate(text):
        assert text[match.start : match.end] == match.text
    # China's President is an entry of its own since the leaders family (title-president-of-china).
    assert [m.term.id for m in bundled_matcher.annotate(text)] == ["title-president-of-china", "country-vietnam", "title-state-president"]


# --- lookups a translator would type -------------------------------------------------------

@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Chinese", "country-china"),
        ("Cambodian", "country-cambodia"),
        ("Japanese", "country-japan"),
        ("Filipino", "country-philippines"),
        ("Bruneian", "country-brunei"),
        ("Saudi Arabian", "country-saudi-arabia"),
        ("Laotian", "country-laos"),
        ("Indian Ocean", "indian-ocean"),
        ("An Do Duong", "indian-ocean"),
        ("Indo-Pacific", "indo-pacific"),
        ("Indian Ocean Conference", "indian-ocean-conference"),
        ("My Latinh", "latin-america"),
    ],
)
def test_lookup_finds_the_country_by_its_demonym(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert lookup(bundled_termbase, query)[0].term.id == expected_id


DEMONYMS = {
    "country-united-states": "American", "country-china": "Chinese", "country-russia": "Russian",
    "country-japan": "Japanese", "country-india": "Indian", "country-australia": "Australian",
    "country-cambodia": "Cambodian", "country-malaysia": "Malaysian", "country-singapore": "Singaporean",
    "country-indonesia": "Indonesian", "country-philippines": "Filipino", "country-brunei": "Bruneian",
    "country-vietnam": "Vietnamese", "country-france": "French", "country-united-kingdom": "British",
    "country-germany": "German", "country-canada": "Canadian", "country-cuba": "Cuban",
    "country-belarus": "Belarusian", "country-israel": "Israeli", "country-italy": "Italian",
    "country-spain": "Spanish", "country-poland": "Polish", "country-netherlands": "Dutch",
    "country-turkiye": "Turkish", "country-mongolia": "Mongolian", "country-chile": "Chilean",
    "country-egypt": "Egyptian", "country-saudi-arabia": "Saudi Arabian", "country-qatar": "Qatari",
    "country-iran": "Iranian", "country-brazil": "Brazilian", "country-argentina": "Argentine",
    "country-bulgaria": "Bulgarian", "country-hungary": "Hungarian", "country-kazakhstan": "Kazakh",
    "country-oman": "Omani", "country-laos": "Laotian", "country-republic-of-korea": "South Korean",
}


@pytest.mark.parametrize(("term_id", "demonym"), sorted(DEMONYMS.items()))
def test_each_demonym_is_a_variant_with_a_source_of_the_outlet_using_it(bundled_termbase: TermBase, term_id: str, demonym: str) -> None:
    term = bundled_termbase.get(term_id)
    assert demonym in term.variants["en"]
    assert_follows_conventions(term)


@pytest.mark.parametrize("term_id", ["indian-ocean", "indo-pacific", "indian-ocean-conference", "latin-america"])
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
