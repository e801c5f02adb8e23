"""Issue 10, sixth round: foreign leaders and officials beside defence news, foreign security forces.

Defence-diplomacy news names the other side's heads of state and government, ministers, advisers and
envoys in words that contain Viet Nam's own posts ("Thủ tướng", "Chủ tịch nước", "Tổng Bí thư",
"President", "Foreign Minister"). Each foreign title must resolve to its own entry, never to Viet Nam's
post inside it, in both languages; a generic post any country has stays generic; and short words that
mean other things must not fire. Each sentence is worded as VNA, VOV, QĐND, Nhân Dân, VGP or Việt Nam
News write it (the sources are in each entry).
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup
from tests.termbase_checks import assert_follows_conventions, assert_resolves
from tests.termbase_checks import ids as _ids

SENTENCES = [
    # United States
    ("Foreign Minister Bui Thanh Son met with US Secretary of State Antony Blinken and National Security Advisor Jake Sullivan.",
     [("US Secretary of State", "title-us-secretary-of-state", None),
      ("National Security Advisor", "title-national-security-advisor", None)]),
    ("Ngoại trưởng Hoa Kỳ Antony Blinken và Cố vấn An ninh quốc gia Hoa Kỳ Jake Sullivan tiếp Bộ trưởng Ngoại giao.",
     [("Ngoại trưởng Hoa Kỳ", "title-us-secretary-of-state", None),
      ("Cố vấn An ninh quốc gia Hoa Kỳ", "title-us-national-security-advisor", None)]),
    ("US President Joe Biden and US Vice President Kamala Harris; Tổng thống Hợp chúng quốc Hoa Kỳ Joe Biden đến Hà Nội.",
     [("US President", "title-us-president", None), ("US Vice President", "title-us-vice-president", None),
      ("Tổng thống Hợp chúng quốc Hoa Kỳ", "title-us-president", None)]),
    ("Phó Tổng thống Mỹ Kamala Harris thăm Việt Nam; Tổng thống Mỹ Joe Biden thăm cấp Nhà nước.",
     [("Phó Tổng thống Mỹ", "title-us-vice-president", None), ("Tổng thống Mỹ", "title-us-president", None)]),
    ("Defence Minister Phan Van Giang receives US Ambassador to Vietnam Marc Evans Knapper; Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper.",
     [("US Ambassador to Vietnam", "title-us-ambassador", None), ("Đại sứ Hoa Kỳ tại Việt Nam", "title-us-ambassador", None)]),
    ("FM Son thanked the US Department of State and the US National Security Council; Hội đồng An ninh quốc gia Hoa Kỳ.",
     [("US Department of State", "us-department-of-state", None), ("US National Security Council", "us-national-security-council", None),
      ("Hội đồng An ninh quốc gia Hoa Kỳ", "us-national-security-council", None)]),
    ("Chinese Foreign Ministry spokesperson Hong Lei; người phát ngôn Bộ Ngoại giao Trung Quốc Lục Khảng; Thứ trưởng Bộ Ngoại giao Trung Quốc.",
     [("Chinese Foreign Ministry spokesperson", "title-chinese-foreign-ministry-spokesperson", None),
      ("người phát ngôn Bộ Ngoại giao Trung Quốc", "title-chinese-foreign-ministry-spokesperson", None),
      ("Bộ Ngoại giao Trung Quốc", "chinese-ministry-of-foreign-affairs", None)]),
    ("the ASEAN-US Special Summit in Washington; Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ.",
     [("ASEAN-US Special Summit", "asean-us-special-summit", None),
      ("Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ", "asean-us-special-summit", None)]),
    ("Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Chiến tranh Mỹ Pete Hegseth; Bộ trưởng Quốc phòng Hợp chúng quốc Hoa Kỳ James Mattis.",
     [("Bộ trưởng Chiến tranh Mỹ", "title-us-secretary-of-defense", None),
      ("Bộ trưởng Quốc phòng Hợp chúng quốc Hoa Kỳ", "title-us-secretary-of-defense", None)]),
    # China
    ("Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình thăm cấp Nhà nước Việt Nam.",
     [("Tổng Bí thư, Chủ tịch nước Trung Quốc", "title-general-secretary-and-president-of-china", None)]),
    ("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Tập Cận Bình.",
     [("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "title-general-secretary-of-the-cpc-central-committee", None),
      ("Chủ tịch nước Cộng hòa Nhân dân Trung Hoa", "title-president-of-china", None)]),
    ("General Secretary of the Communist Party of China (CPC) Central Committee and President of the People's Republic of China Xi Jinping",
     [("General Secretary of the Communist Party of China (CPC) Central Committee", "title-general-secretary-of-the-cpc-central-committee", None),
      ("President of the People's Republic of China", "title-president-of-china", None)]),
    ("Chinese Premier Li Qiang arrived in Hà Nội; Thủ tướng Quốc vụ viện Trung Quốc Lý Cường, Thủ tướng Trung Quốc Lý Cường.",
     [("Chinese Premier", "title-chinese-premier", None), ("Thủ tướng Quốc vụ viện Trung Quốc", "title-chinese-premier", None),
      ("Thủ tướng Trung Quốc", "title-chinese-premier", None)]),
    ("Thượng tướng Ngụy Phượng Hòa, Ủy viên Quốc vụ, Bộ trưởng Bộ Quốc phòng Trung Quốc.",
     [("Ủy viên Quốc vụ", "title-chinese-state-councilor", None),
      ("Bộ trưởng Bộ Quốc phòng Trung Quốc", "title-chinese-minister-of-national-defence", None)]),
    ("Chinese State Councillor and Foreign Minister Wang Yi; Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.",
     [("Chinese State Councillor and Foreign Minister", "title-chinese-state-councilor-and-foreign-minister", None),
      ("Ủy viên Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc", "title-chinese-state-councilor-and-foreign-minister", None)]),
    ("Chinese Foreign Minister Wang Yi; Ngoại trưởng Trung Quốc Vương Nghị; Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.",
     [("Chinese Foreign Minister", "title-chinese-minister-of-foreign-affairs", None),
      ("Ngoại trưởng Trung Quốc", "title-chinese-minister-of-foreign-affairs", None),
      ("Bộ trưởng Ngoại giao Trung Quốc", "title-chinese-minister-of-foreign-affairs", None)]),
    ("President of the People's Republic of China (PRC) and Chairman of the PRC Central Military Commission",
     [("Chairman of the PRC Central Military Commission", "title-chairman-of-the-central-military-commission-of-china", None)]),
    ("Chủ tịch nước, Chủ tịch Quân ủy Trung ương Trung Quốc Tập Cận Bình; Phó Chủ tịch Quân ủy Trung ương Trung Quốc Trương Hựu Hiệp.",
     [("Chủ tịch Quân ủy Trung ương Trung Quốc", "title-chairman-of-the-central-military-commission-of-china", None),
      ("Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "title-vice-chairman-of-the-central-military-commission-of-china", None)]),
    ("Ủy viên trưởng Nhân đại toàn quốc Trung Quốc Triệu Lạc Tế; Zhang Dejiang, Chairman of the Standing Committee of the National People's Congress of China",
     [("Ủy viên trưởng Nhân đại toàn quốc Trung Quốc", "title-chairman-of-the-npc-standing-committee", None),
      ("Chairman of the Standing Committee of the National People's Congress of China", "title-chairman-of-the-npc-standing-committee", None)]),
    ("the 2018 sessions of the National People's Congress (NPC); the 14th National People's Congress",
     [("National People's Congress", "national-peoples-congress-of-china", None), ("NPC", "national-peoples-congress-of-china", None),
      ("14th National People's Congress", "national-peoples-congress-of-china", 14)]),
    ("Đảng Cộng sản Trung Quốc (CPC) lãnh đạo; the Communist Party of China",
     [("Đảng Cộng sản Trung Quốc", "communist-party-of-china", None), ("CPC", "communist-party-of-china", None),
      ("Communist Party of China", "communist-party-of-china", None)]),
    # Laos and Cambodia
    ("Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, Thủ tướng Chính phủ Lào Phankham Viphavanh, Chủ tịch Quốc hội Lào Saysomphone Phomvihane.",
     [("Tổng Bí thư, Chủ tịch nước Lào", "title-general-secretary-and-president-of-laos", None),
      ("Thủ tướng Chính phủ Lào", "title-lao-prime-minister", None), ("Chủ tịch Quốc hội Lào", "title-chairman-of-the-lao-national-assembly", None)]),
    ("President Nguyen Xuan Phuc meets with Lao NA Chairman; Chairman of the Lao National Assembly Saysomphone Phomvihane.",
     [("Lao NA Chairman", "title-chairman-of-the-lao-national-assembly", None),
      ("Chairman of the Lao National Assembly", "title-chairman-of-the-lao-national-assembly", None)]),
    ("Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào",
     [("Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào", "title-general-secretary-of-the-lprp", None),
      ("Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào", "title-president-of-laos", None)]),
    ("Thủ tướng Chính phủ Phạm Minh Chính đến chào Quốc vương Campuchia Norodom Sihamoni; Cambodian King Norodom Sihamoni; King of Cambodia",
     [("Quốc vương Campuchia", "title-king-of-cambodia", None), ("Cambodian King", "title-king-of-cambodia", None),
      ("King of Cambodia", "title-king-of-cambodia", None), ("Thủ tướng Chính phủ", "title-prime-minister", None)]),
    ("NA Chairman Vuong Dinh Hue meets with Thai King Maha Vajiralongkorn; Nhà vua Thái Lan Maha Vajiralongkorn-Rama X.",
     [("Thai King", "title-thai-king", None), ("Nhà vua Thái Lan", "title-thai-king", None)]),
    ("congratulates new Malaysian King; the 16th King of Malaysia; Quốc vương Malaysia thăm Nga; Nhà vua Malaysia Muhammad V",
     [("Malaysian King", "title-king-of-malaysia", None), ("King of Malaysia", "title-king-of-malaysia", None),
      ("Quốc vương Malaysia", "title-king-of-malaysia", None), ("Nhà vua Malaysia", "title-king-of-malaysia", None)]),
    # Japan, India, Russia, Korea and ASEAN partners
    ("Lễ đón chính thức Thủ tướng Nhật Bản Kishida Fumio; Japanese Prime Minister Kishida Fumio; the Japanese PM",
     [("Thủ tướng Nhật Bản", "title-japanese-prime-minister", None), ("Japanese Prime Minister", "title-japanese-prime-minister", None),
      ("Japanese PM", "title-japanese-prime-minister", None)]),
    ("Thủ tướng Ấn Độ Narendra Modi; Indian Prime Minister Narendra Modi; Tổng thống Ấn Độ Droupadi Murmu; Indian President Droupadi Murmu",
     [("Thủ tướng Ấn Độ", "title-indian-prime-minister", None), ("Indian Prime Minister", "title-indian-prime-minister", None),
      ("Tổng thống Ấn Độ", "title-indian-president", None), ("Indian President", "title-indian-president", None)]),
    ("Tàu Samudra Paheredar của Lực lượng Bảo vệ bờ biển Ấn Độ; the Indian Coast Guard's Western Region",
     [("Lực lượng Bảo vệ bờ biển Ấn Độ", "indian-coast-guard", None), ("Indian Coast Guard", "indian-coast-guard", None)]),
    ("Tại trụ sở Cảnh sát biển Indonesia (Bakamla); the Indonesian Maritime Security Agency",
     [("Cảnh sát biển Indonesia", "indonesian-maritime-security-agency", None), ("Bakamla", "indonesian-maritime-security-agency", None),
      ("Indonesian Maritime Security Agency", "indonesian-maritime-security-agency", None)]),
    ("Russian President Vladimir Putin; Tổng thống Nga Putin; Secretary of the Security Council of Russia General Nikolai Patrushev",
     [("Russian President", "title-russian-president", None), ("Tổng thống Nga", "title-russian-president", None),
      ("Secretary of the Security Council of Russia", "title-secretary-of-the-russian-security-council", None)]),
    ("Ngoại trưởng Nga Sergey Lavrov hội đàm; Russian Minister of Foreign Affairs Sergey Lavrov",
     [("Ngoại trưởng Nga", "title-russian-minister-of-foreign-affairs", None),
      ("Russian Minister of Foreign Affairs", "title-russian-minister-of-foreign-affairs", None)]),
    ("President of the Republic of Korea (RoK) Yoon Suk Yeol; RoK President Yoon; Tổng thống Hàn Quốc Yoon Suk Yeol",
     [("President of the Republic of Korea", "title-rok-president", None), ("RoK President", "title-rok-president", None),
      ("Tổng thống Hàn Quốc", "title-rok-president", None)]),
    ("Philippine President Ferdinand Romualdez Marcos Jr.; Tổng thống Philippines; Indonesian President Joko Widodo; Tổng thống Indonesia",
     [("Philippine President", "title-philippine-president", None), ("Tổng thống Philippines", "title-philippine-president", None),
      ("Indonesian President", "title-indonesian-president", None), ("Tổng thống Indonesia", "title-indonesian-president", None)]),
    ("Prime Minister of Singapore Lee Hsien Loong; Thủ tướng Singapore; Malaysian Prime Minister Anwar Ibrahim; Thủ tướng Malaysia",
     [("Prime Minister of Singapore", "title-singaporean-prime-minister", None), ("Thủ tướng Singapore", "title-singaporean-prime-minister", None),
      ("Malaysian Prime Minister", "title-malaysian-prime-minister", None), ("Thủ tướng Malaysia", "title-malaysian-prime-minister", None)]),
    ("Thủ tướng Thái Lan Paetongtarn Shinawatra; Thai Prime Minister; Thủ tướng Australia Anthony Albanese; Australian Prime Minister",
     [("Thủ tướng Thái Lan", "title-thai-prime-minister", None), ("Thai Prime Minister", "title-thai-prime-minister", None),
      ("Thủ tướng Australia", "title-australian-prime-minister", None), ("Australian Prime Minister", "title-australian-prime-minister", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_leaders_entries(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert_resolves(bundled_matcher, text, expected)


# --- a foreign leader's title is not Viet Nam's post ---------------------------------------

NOT_VIET_NAMS = [
    ("Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình", "title-general-secretary"),
    ("Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình", "title-state-president"),
    ("Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith", "title-general-secretary"),
    ("General Secretary of the Lao People's Revolutionary Party and President of Laos", "title-general-secretary"),
    ("Chinese Premier Li Qiang", "title-prime-minister"),
    ("Thủ tướng Quốc vụ viện Trung Quốc Lý Cường", "title-prime-minister"),
    ("Chinese State Councillor and Foreign Minister Wang Yi", "title-minister-of-foreign-affairs"),
    ("Chủ tịch Quốc hội Lào Saysomphone Phomvihane", "title-chairman-of-the-national-assembly"),
    ("US Vice President Kamala Harris", "title-vice-president"),
    ("Phó Tổng thống Mỹ Kamala Harris", "title-us-president"),
    ("Thủ tướng Nhật Bản Kishida Fumio", "title-prime-minister"),
    ("US Department of State", "ministry-of-foreign-affairs"),
    ("Secretary of the Security Council of Russia", "un-security-council"),
    ("Chinese Foreign Ministry spokesperson Hong Lei", "title-foreign-ministry-spokesperson"),
    ("Thứ trưởng Bộ Ngoại giao Trung Quốc", "ministry-of-foreign-affairs"),
]


@pytest.mark.parametrize(("text", "wrong_id"), NOT_VIET_NAMS, ids=[f"{text[:30]}-{wrong}" for text, wrong in NOT_VIET_NAMS])
def test_foreign_leaders_titles_are_not_read_as_viet_nams(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


def test_viet_nams_own_posts_stay_viet_nams(bundled_matcher: Matcher) -> None:
    text = "Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp Thủ tướng Quốc vụ viện Trung Quốc Lý Cường; Chủ tịch nước Lương Cường."
    found = {(m.text, m.term.id) for m in bundled_matcher.annotate(text)}
    assert ("Tổng Bí thư", "title-general-secretary") in found
    assert ("Chủ tịch nước", "title-state-president") in found
    assert ("Thủ tướng Quốc vụ viện Trung Quốc", "title-chinese-premier") in found


def test_a_deputy_is_not_read_as_the_head(bundled_matcher: Matcher) -> None:
    # "Phó Thủ tướng Trung Quốc" (a Vice Premier) holds "Thủ tướng Trung Quốc" (the Premier).
    assert "title-chinese-premier" not in _ids(bundled_matcher, "Phó Thủ tướng Trung Quốc Hàn Chính")
    assert "title-us-president" not in _ids(bundled_matcher, "Phó Tổng thống Hoa Kỳ Kamala Harris")


# --- near misses: short words that mean other things must not fire -------------------------

NEAR_MISSES = [
    # "Premier" alone is China's Premier only capitalised and not after another capitalised word.
    ("the premier league of regional forums", "title-chinese-premier"),
    ("Vietnam's premier defence academy", "title-chinese-premier"),
    # The bare "Secretary of State" is not the US post (Cambodia's Quốc vụ khanh, the UK's ministers share it).
    ("Secretary of State at the Cambodian Defence Ministry Neang Phat", "title-us-secretary-of-state"),
    # A US ambassador's embassy is not the ambassador; another country's ambassador is not the US one.
    ("Đại sứ quán Mỹ tại Hà Nội", "title-us-ambassador"),
    ("Đại sứ Nhật Bản tại Việt Nam", "title-us-ambassador"),
    # The National Security Council of the UN is not the US body; Viet Nam's council is not Russia's.
    ("Hội đồng Bảo an Liên hợp quốc", "us-national-security-council"),
    ("Hội đồng Quốc phòng và An ninh", "title-secretary-of-the-russian-security-council"),
    # "Quốc vụ khanh" (Cambodia's Secretary of State) is not China's State Councilor.
    ("Quốc vụ khanh Bộ Quốc phòng Vương quốc Campuchia", "title-chinese-state-councilor"),
    # Viet Nam's Coast Guard is not Indonesia's.
    ("Cảnh sát biển Việt Nam tuần tra", "indonesian-maritime-security-agency"),
]


@pytest.mark.parametrize(("text", "wrong_id"), NEAR_MISSES, ids=[text[:40] for text, _ in NEAR_MISSES])
def test_near_misses_do_not_fire(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


def test_offsets_point_into_the_original(bundled_matcher: Matcher) -> None:
    text = "  Tổng Bí thư,\u00a0Chủ tịch nước Trung Quốc Tập Cận Bình và Tổng thống  Mỹ Joe Biden."
    matches = bundled_matcher.annotate(text)
    assert matches and all(text[m.start : m.end] == m.text for m in matches)
    assert {m.term.id for m in matches} >= {"title-general-secretary-and-president-of-china", "title-us-president"}


# --- lookups a translator would type -------------------------------------------------------

@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Ngoai truong My", "title-us-secretary-of-state"),
        ("US Secretary of State", "title-us-secretary-of-state"),
        ("Tong thong Hoa Ky", "title-us-president"),
        ("Co van An ninh Quoc gia My", "title-us-national-security-advisor"),
        ("Thu tuong Quoc vu vien Trung Quoc", "title-chinese-premier"),
        ("Chinese Premier", "title-chinese-premier"),
        ("State Councillor", "title-chinese-state-councilor"),
        ("President of China", "title-president-of-china"),
        ("Chu tich nuoc Lao", "title-president-of-laos"),
        ("Quoc vuong Campuchia", "title-king-of-cambodia"),
        ("Thu tuong Nhat Ban", "title-japanese-prime-minister"),
        ("RoK President", "title-rok-president"),
        ("Indian Coast Guard", "indian-coast-guard"),
        ("Bakamla", "indonesian-maritime-security-agency"),
        ("Secretary of Russia's Security Council", "title-secretary-of-the-russian-security-council"),
    ],
)
def test_lookup_puts_the_leaders_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert lookup(bundled_termbase, query)[0].term.id == expected_id


OLDER_IDS = {
    "title-us-secretary-of-defense", "title-chinese-minister-of-national-defence", "title-lao-prime-minister",
    "title-vice-chairman-of-the-central-military-commission-of-china", "title-prime-minister",
}
NEW_IDS = sorted({term_id for _, expected in SENTENCES for _, term_id, _ in expected} - OLDER_IDS)


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
