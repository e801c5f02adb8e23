"""Issue 10, sixth round: training, exercises, military sports, parades and international security forums.

How the press reports the army's training and competitions beside defence diplomacy: the General Staff's
training department and national training centre, combat training, the defence sports festivals, the ASEAN
Armies Rifle Meet and the International Army Games with their contests, the multinational exercises Viet Nam
observes (Cobra Gold and its observer and planning groups), the A80 parade with its reviews and the squares
of national parades, and the international security forums with their numbers (Shangri-La Dialogue, Beijing
Xiangshan Forum, Moscow Conference on International Security). Each sentence is worded as VNA, VOV, QĐND,
Việt Nam News, SGGP, Lao Động or a provincial paper writes it (the sources are in each entry); the
look-alike cases pin what must NOT be resolved: a short common phrase inside a longer unrelated one, a
tank column that is not the Army Games' contest, a year that is not an ordinal.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import ids as _ids

SENTENCES = [
    # The training department, the national training centre and combat training
    ("Head of the Vietnamese delegation Maj. Gen. Pham Van Thai, Deputy Director of the Department of Military "
     "Training under the VPA's General Staff",
     [("Department of Military Training", "department-of-military-training", None),
      ("Maj. Gen.", "rank-major-general", None)]),
    ("Thiếu tướng Vũ Việt Hùng, Cục trưởng Cục Quân huấn - Nhà trường, Bộ Tổng Tham mưu QĐND Việt Nam",
     [("Cục Quân huấn - Nhà trường", "department-of-military-training-and-school-management", None)]),
    ("Major General Vu Viet Hung, Director of the Department of Military Training and School Management",
     [("Department of Military Training and School Management",
       "department-of-military-training-and-school-management", None)]),
    ("Trung tướng Thái Văn Minh, Cục trưởng Cục Quân huấn, Phó trưởng ban Thường trực Ban tổ chức hội thao",
     [("Cục Quân huấn", "department-of-military-training", None), ("Cục trưởng", "title-department-director", None)]),
    ("Chiều 11.11, tại Trung tâm Huấn luyện quân sự Quốc gia 4, Bộ Quốc phòng Việt Nam tổ chức Lễ bế mạc.",
     [("Trung tâm Huấn luyện quân sự Quốc gia 4", "national-military-training-centre-4", None)]),
    ("Military and police groups participated in a joint practice at the National Military Training Centre 4 "
     "in Hà Nội.",
     [("National Military Training Centre 4", "national-military-training-centre-4", None)]),
    ("rehearsing at the Mieu Mon Training Center; the preparations at the National Training Centre No. 4",
     [("Mieu Mon Training Center", "national-military-training-centre-4", None),
      ("National Training Centre No. 4", "national-military-training-centre-4", None)]),
    ("Hội thao là nội dung trọng yếu trong huấn luyện chiến đấu - giáo dục đào tạo.",
     [("huấn luyện chiến đấu", "combat-training", None)]),
    ("provincial Military Command held a ceremony to launch its combat training in 2024",
     [("combat training", "combat-training", None)]),
    # Military sports: the defence sports festival, the AARM, the Army Games and their contests
    ("Sáng 1/10, Bộ Quốc phòng tổ chức Lễ khai mạc Hội thao Thể thao quốc phòng năm 2024.",
     [("Hội thao Thể thao quốc phòng", "defence-sports-festival", None)]),
    ("Bộ Tổng Tham mưu tổ chức lễ khai mạc Hội thao Thể dục thể thao toàn quân năm 2025.",
     [("Hội thao Thể dục thể thao toàn quân", "defence-sports-festival", None)]),
    ("The Ho Chi Minh City High Command hosted an opening ceremony of the 2024 defense sports festival.",
     [("defense sports festival", "defence-sports-festival", None)]),
    ("Vietnam ranked first at the 30th ASEAN Armies Rifle Meet (AARM-30), which wrapped up in Hanoi.",
     [("30th ASEAN Armies Rifle Meet", "aarm", 30), ("AARM-30", "aarm", 30)]),
    ("Việt Nam xếp thứ nhất toàn đoàn tại Giải bắn súng quân dụng lục quân các nước ASEAN lần thứ 30.",
     [("Giải bắn súng quân dụng lục quân các nước ASEAN lần thứ 30", "aarm", 30)]),
    ("Việt Nam đứng thứ nhất toàn đoàn Giải bắn súng lục quân ASEAN",
     [("Giải bắn súng lục quân ASEAN", "aarm", None)]),
    ("It will join various events, including Tank Biathlon, Sea Cup, Sniper Frontier and Military Medical "
     "Relay Race.",
     [("Tank Biathlon", "tank-biathlon", None), ("Sea Cup", "sea-cup", None),
      ("Sniper Frontier", "sniper-frontier", None),
      ("Military Medical Relay Race", "military-medical-relay-race", None)]),
    ("Tám nội dung thi cũ gồm Xe tăng hành tiến bắn mục tiêu Tank Biathlon; Bếp dã chiến; Công binh.",
     [("Xe tăng hành tiến bắn mục tiêu", "tank-biathlon", None)]),
    ("Đội tàu của Hải quân Việt Nam đứng thứ nhì tại Cúp biển tại Army Games, xếp sau chủ nhà Nga.",
     [("Cúp biển", "sea-cup", None), ("Army Games", "international-army-games", None)]),
    ("A delegation of the Viet Nam People's Army arrived in Moscow to compete in the 2021 International Army Games.",
     [("International Army Games", "international-army-games", None)]),
    # Exercises Viet Nam observes: Cobra Gold and its groups
    ("Thailand and the US will co-host the 45th iteration of Cobra Gold from February 24 to March 6.",
     [("Cobra Gold", "cobra-gold", None)]),
    ("Hổ mang Vàng (Cobra Gold), một trong những cuộc tập trận đa quốc gia lớn nhất, đã bắt đầu.",
     [("Hổ mang Vàng", "cobra-gold", None), ("Cobra Gold", "cobra-gold", None)]),
    ("Another 10 nations - Brunei, Laos and Vietnam - will join the Combined Observer Liaison Team (COLT); 10 "
     "countries are in the Multinational Planning Augmentation Team.",
     [("Combined Observer Liaison Team", "cobra-gold-combined-observer-liaison-team", None),
      ("COLT", "cobra-gold-combined-observer-liaison-team", None),
      ("Multinational Planning Augmentation Team", "multinational-planning-augmentation-team", None)]),
    ("Ấn Độ và Trung Quốc sẽ tham gia Nhóm kế hoạch mở rộng đa quốc gia (MPAT); Lào, Việt Nam sẽ tham gia Nhóm "
     "liên lạc quan sát hỗn hợp.",
     [("Nhóm kế hoạch mở rộng đa quốc gia", "multinational-planning-augmentation-team", None),
      ("MPAT", "multinational-planning-augmentation-team", None),
      ("Nhóm liên lạc quan sát hỗn hợp", "cobra-gold-combined-observer-liaison-team", None)]),
    # Parades: Task A80, its reviews, the squares
    ("the 80th Anniversary of the August Revolution and National Day (September 2) - codenamed Task A80 - was "
     "carried out at Ba Dinh Square",
     [("Task A80", "task-a80", None), ("Ba Dinh Square", "ba-dinh-square", None)]),
    ("Theo kế hoạch, sự kiện A80 sẽ diễn ra trọng thể tại quảng trường Ba Đình lịch sử.",
     [("sự kiện A80", "task-a80", None), ("quảng trường Ba Đình", "ba-dinh-square", None)]),
    ("A state-level preliminary review for parade and march was carried out before the full dress rehearsal.",
     [("state-level preliminary review", "state-level-preliminary-review", None),
      ("parade and march", "military-parade-and-march", None),
      ("full dress rehearsal", "state-level-full-dress-rehearsal", None)]),
    ("Buổi sơ duyệt cấp Nhà nước diễu binh, diễu hành, trước khi diễn ra lễ Tổng duyệt cấp nhà nước từ 6h30.",
     [("sơ duyệt cấp Nhà nước", "state-level-preliminary-review", None),
      ("Tổng duyệt cấp nhà nước", "state-level-full-dress-rehearsal", None)]),
    ("The group is undergoing intensive training in preparation for the May 9 parade on the Red Square.",
     [("Red Square", "red-square", None)]),
    ("Lễ duyệt binh kỷ niệm 80 năm Ngày Chiến thắng trên Quảng trường Đỏ.",
     [("Quảng trường Đỏ", "red-square", None)]),
    ("including 68 cadets from the Army Officer Training School No.1, arrived in Moscow",
     [("Army Officer Training School No.1", "army-officer-school-1", None)]),
    # International security forums, with their numbers
    ("Deputy Minister Hoang Xuan Chien is leading a Vietnamese delegation to the 21st Shangri-La Dialogue (SLD).",
     [("21st Shangri-La Dialogue", "shangri-la-dialogue", 21), ("SLD", "shangri-la-dialogue", None)]),
    ("rời Hà Nội đi Singapore dự Hội nghị Thượng đỉnh An ninh châu Á - Đối thoại Shangri-La lần thứ 14.",
     [("Hội nghị Thượng đỉnh An ninh châu Á", "shangri-la-dialogue", None),
      ("Đối thoại Shangri-La lần thứ 14", "shangri-la-dialogue", 14)]),
    ("Gen. Phan Van Giang delivered a keynote speech at the first plenary session of the 10th Beijing Xiangshan "
     "Forum.",
     [("10th Beijing Xiangshan Forum", "beijing-xiangshan-forum", 10)]),
    ("Chuyến tham dự Diễn đàn Hương Sơn Bắc Kinh lần thứ 9 của đoàn đại biểu quân sự cấp cao Việt Nam",
     [("Diễn đàn Hương Sơn Bắc Kinh lần thứ 9", "beijing-xiangshan-forum", 9)]),
    ("Thượng tướng Phan Văn Giang phát biểu tại Hội nghị An ninh quốc tế Moscow lần thứ 9.",
     [("Hội nghị An ninh quốc tế Moscow lần thứ 9", "moscow-conference-on-international-security", 9)]),
    ("Minister Giang led a high-ranking Vietnamese delegation to the 11th Moscow Conference on International "
     "Security (MCIS-11).",
     [("11th Moscow Conference on International Security", "moscow-conference-on-international-security", 11),
      ("MCIS-11", "moscow-conference-on-international-security", 11)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_training_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # A tank column on parade is not the Army Games' tank contest.
        ("Khối xe tăng hành tiến qua lễ đài trên Quảng trường Ba Đình.", "tank-biathlon"),
        # Plain training and rehearsals are not the entries that carry those words.
        ("Các đơn vị tổ chức huấn luyện chiến sĩ mới.", "combat-training"),
        ("Buổi tổng duyệt chương trình nghệ thuật diễn ra tối qua.", "state-level-full-dress-rehearsal"),
        ("Sơ duyệt chương trình văn nghệ chào mừng.", "state-level-preliminary-review"),
        # The merged department is not the old one its name begins with.
        ("Cục trưởng Cục Quân huấn - Nhà trường", "department-of-military-training"),
        # The square in Moscow is not the parade held on it, nor the other way round.
        ("the May 9 parade on the Red Square", "victory-day-parade"),
        # The forums are not one another.
        ("Diễn đàn Hương Sơn Bắc Kinh lần thứ 11", "shangri-la-dialogue"),
        ("Đối thoại Quốc phòng Seoul lần thứ 14", "shangri-la-dialogue"),
        # A square in another city is not Ba Đình; the Victory Day Parade is not Viet Nam's parade and march.
        ("Quảng trường Thời đại ở New York", "ba-dinh-square"),
        ("lễ duyệt binh mừng Ngày Chiến thắng", "military-parade-and-march"),
        # Short common phrases do not fire inside longer unrelated ones.
        ("Chương trình tiếp sức mùa thi năm nay có sự tham gia của sinh viên quân y.", "military-medical-relay-race"),
        ("Bảo đảm môi trường an toàn cho các tàu cá trên biển.", "sea-cup"),
    ],
)
def test_longer_names_and_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


def test_a_year_after_cobra_gold_is_not_read_as_its_ordinal(bundled_matcher: Matcher) -> None:
    matches = [m for m in bundled_matcher.annotate("Cobra Gold 2026 và Hổ mang vàng 14") if m.term.id == "cobra-gold"]
    assert matches and all(m.ordinal is None for m in matches)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Cục Quân huấn", "department-of-military-training"),
        ("Department of Military Training", "department-of-military-training"),
        ("Trung tâm Huấn luyện quân sự quốc gia 4", "national-military-training-centre-4"),
        ("Hội thao Thể thao quốc phòng", "defence-sports-festival"),
        ("Tank Biathlon", "tank-biathlon"),
        ("Cúp biển", "sea-cup"),
        ("Cobra Gold", "cobra-gold"),
        ("Hổ mang vàng", "cobra-gold"),
        ("COLT", "cobra-gold-combined-observer-liaison-team"),
        ("A80", "task-a80"),
        ("Quảng trường Ba Đình", "ba-dinh-square"),
        ("Quảng trường Đỏ", "red-square"),
        ("sơ duyệt cấp Nhà nước", "state-level-preliminary-review"),
        ("Asia Security Summit", "shangri-la-dialogue"),
        ("Hội nghị An ninh quốc tế Moscow", "moscow-conference-on-international-security"),
        ("huấn luyện chiến đấu", "combat-training"),
    ],
)
def test_lookup_puts_the_training_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected_id)


NEW_IDS = [
    "department-of-military-training", "department-of-military-training-and-school-management",
    "national-military-training-centre-4", "defence-sports-festival",
    "tank-biathlon", "sniper-frontier", "sea-cup", "military-medical-relay-race", "cobra-gold",
    "multinational-planning-augmentation-team", "cobra-gold-combined-observer-liaison-team", "task-a80",
    "state-level-preliminary-review", "state-level-full-dress-rehearsal", "ba-dinh-square", "red-square",
    "combat-training",
]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
