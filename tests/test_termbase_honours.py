"""Honours, commemorations, military activities and defence enterprises in the bundled term base.

Real-style sentences in the wording of the state press (QĐND, VNA, Việt Nam News) must resolve to the
right entry in both languages, and the families must not over-fire: "Anh hùng" alone is a hero, not the
State title; "huấn luyện" and "diễn tập" alone are ordinary words; an order's class ("hạng Nhất") stays
outside the match.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from glossary import Matcher, TermBase

SECTIONS = (
    "# --- Honours and awards",
    "# --- Commemorations, festivals and recurring events",
    "# --- Military activities and work",
    "# --- Defence industry and enterprises",
)

# Outlets whose pages are not evidence for a name (wikis, mirrors, aggregators, blogs).
WEAK_HOSTS = ("wiki", "vietmaz.com", "talkvietnam", "baomoi.com", "einpresswire.com", "blogspot.", "knowpia", "alchetron")


def _found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.term.id) for m in matcher.annotate(text)]


@pytest.fixture(scope="module")
def strict(bundled_termbase: TermBase) -> Matcher:
    return Matcher(bundled_termbase, fuzzy=False)


VI_SENTENCES = [
    (
        "Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Viện Hàng không Vũ trụ Viettel.",
        [
            ("Anh hùng Lực lượng vũ trang nhân dân", "hero-of-the-peoples-armed-forces"),
            ("Viện Hàng không Vũ trụ Viettel", "viettel-aerospace-institute"),
        ],
    ),
    (
        "Quân khu 9 đón nhận Huân chương Quân công hạng Nhất.",
        [("Quân khu 9", "military-region-9"), ("Huân chương Quân công", "military-exploit-order")],
    ),
    (
        "Đơn vị được tặng Huân chương Chiến công hạng Nhì và Huân chương Bảo vệ Tổ quốc hạng Ba.",
        [("Huân chương Chiến công", "feat-of-arms-order"), ("Huân chương Bảo vệ Tổ quốc", "fatherland-protection-order")],
    ),
    (
        "Quân đội nhân dân Việt Nam được tặng Huân chương Sao vàng và Huân chương Hồ Chí Minh.",
        [
            ("Quân đội nhân dân Việt Nam", "vietnam-peoples-army"),
            ("Huân chương Sao vàng", "gold-star-order"),
            ("Huân chương Hồ Chí Minh", "ho-chi-minh-order"),
        ],
    ),
    (
        "Đại sứ nhận Huân chương Hữu nghị; Lào trao Huân chương Vàng Quốc gia và Huân chương Tự do hạng Nhất.",
        [
            ("Huân chương Hữu nghị", "friendship-order"),
            ("Huân chương Vàng Quốc gia", "lao-national-gold-order"),
            ("Huân chương Tự do", "lao-issara-order"),
        ],
    ),
    (
        "Dâng hương tại Nghĩa trang Liệt sỹ Quốc gia Trường Sơn, Nghĩa trang Liệt sĩ Quốc gia Đường 9 và nghĩa trang liệt sĩ huyện.",
        [
            ("Nghĩa trang Liệt sỹ Quốc gia Trường Sơn", "truong-son-national-martyrs-cemetery"),
            ("Nghĩa trang Liệt sĩ Quốc gia Đường 9", "road-9-national-martyrs-cemetery"),
            ("nghĩa trang liệt sĩ", "martyrs-cemetery"),
        ],
    ),
    ("Buổi lễ có đại diện Bà mẹ Việt Nam Anh hùng.", [("Bà mẹ Việt Nam Anh hùng", "vietnamese-heroic-mother")]),
    (
        "Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân.",
        [
            ("Ngày thành lập Quân đội nhân dân Việt Nam", "vpa-founding-anniversary"),
            ("Ngày hội Quốc phòng toàn dân", "all-people-national-defence-festival"),
        ],
    ),
    (
        "Kỷ niệm 15 năm Ngày Biên phòng toàn dân, 45 năm Ngày truyền thống BĐBP.",
        [("Ngày Biên phòng toàn dân", "all-people-border-defence-day"), ("Ngày truyền thống BĐBP", "border-guard-traditional-day")],
    ),
    ("Tri ân nhân Ngày Thương binh - Liệt sĩ 27/7.", [("Ngày Thương binh - Liệt sĩ", "war-invalids-and-martyrs-day")]),
    ("Kỷ niệm 70 năm Ngày Thương binh - Liệt sỹ.", [("Ngày Thương binh - Liệt sỹ", "war-invalids-and-martyrs-day")]),
    (
        "Tặng quà thương binh và người có công với cách mạng.",
        [("thương binh", "war-invalid"), ("người có công với cách mạng", "revolution-contributors")],
    ),
    ("Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.", [("Chiến thắng Điện Biên Phủ", "dien-bien-phu-victory")]),
    (
        "Các đơn vị duy trì nghiêm chế độ sẵn sàng chiến đấu, làm tốt công tác đảng, công tác chính trị.",
        [("sẵn sàng chiến đấu", "combat-readiness"), ("công tác đảng, công tác chính trị", "party-and-political-work")],
    ),
    ("Huyện tổ chức diễn tập khu vực phòng thủ năm 2023.", [("diễn tập khu vực phòng thủ", "defensive-area-exercise")]),
    (
        "Hội đồng nghĩa vụ quân sự tổ chức lễ giao nhận quân, thật sự là ngày hội tòng quân.",
        [
            ("Hội đồng nghĩa vụ quân sự", "military-service-council"),
            ("lễ giao nhận quân", "recruit-handover-ceremony"),
            ("ngày hội tòng quân", "enlistment-festival"),
        ],
    ),
    (
        "Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước và 80 năm Quốc khánh 2/9.",
        [
            ("Ngày Giải phóng miền Nam, thống nhất đất nước", "liberation-of-the-south-and-national-reunification"),
            ("Quốc khánh", "national-day"),
        ],
    ),
    (
        "Kỷ niệm 80 năm Cách mạng Tháng Tám.",
        [("Cách mạng Tháng Tám", "august-revolution")],
    ),
    (
        "Kỷ niệm 50 năm Chiến thắng Điện Biên Phủ trên không.",
        [("Chiến thắng Điện Biên Phủ trên không", "hanoi-dien-bien-phu-in-the-air-victory")],
    ),
    (
        "Đội tìm kiếm, quy tập hài cốt liệt sỹ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Lào.",
        [
            # The whole "Đội tìm kiếm, quy tập ..." is the search team (war-legacies family, fifth round).
            ("Đội tìm kiếm, quy tập hài cốt liệt sỹ", "martyrs-remains-search-team"),
            ("quân tình nguyện và chuyên gia Việt Nam", "vietnamese-volunteer-soldiers-and-experts"),
        ],
    ),
    (
        "Đơn vị được tặng Cờ thi đua của Chính phủ; Hội đồng Thi đua - Khen thưởng Trung ương họp.",
        [
            ("Cờ thi đua của Chính phủ", "government-emulation-flag"),
            ("Hội đồng Thi đua - Khen thưởng Trung ương", "central-emulation-and-commendation-council"),
        ],
    ),
    (
        "Chương trình “Nâng bước em tới trường”, “Con nuôi đồn Biên phòng” và lễ tuyên thệ chiến sĩ mới.",
        [
            ("Nâng bước em tới trường", "paving-the-way-to-school-programme"),
            ("Con nuôi đồn Biên phòng", "adopted-children-of-border-posts-programme"),
            ("lễ tuyên thệ chiến sĩ mới", "recruits-oath-taking-ceremony"),
        ],
    ),
    (
        "Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC) triển khai Chương trình 504 về khắc phục hậu quả bom mìn sau chiến tranh; Ban Chỉ đạo 701 họp.",
        [
            ("Trung tâm Hành động bom mìn quốc gia Việt Nam", "vietnam-national-mine-action-centre"),
            ("VNMAC", "vietnam-national-mine-action-centre"),
            ("Chương trình 504", "programme-504"),
            ("khắc phục hậu quả bom mìn sau chiến tranh", "overcoming-bomb-and-mine-consequences"),
            ("Ban Chỉ đạo 701", "steering-committee-701"),
        ],
    ),
    (
        "Ban Chỉ đạo quốc gia 515 họp; Vùng 5 Hải quân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU).",
        [
            ("Ban Chỉ đạo quốc gia 515", "steering-committee-515"),
            ("khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định", "iuu-fishing"),
            ("IUU", "iuu-fishing"),
        ],
    ),
    (
        "Nhà máy Z111 và Z129 thuộc Tổng cục Công nghiệp quốc phòng.",
        [("Nhà máy Z111", "factory-z111"), ("Z129", "factory-z129")],
    ),
]

EN_SENTENCES = [
    (
        "The President presented the title of Hero of the People's Armed Forces to the Viettel Aerospace Institute.",
        [
            ("Hero of the People's Armed Forces", "hero-of-the-peoples-armed-forces"),
            ("Viettel Aerospace Institute", "viettel-aerospace-institute"),
        ],
    ),
    (
        "The army has been honoured with five Gold Star Orders, one First-Class Military Exploit Order and two First-Class Labour Orders.",
        [("Military Exploit Order", "military-exploit-order")],
    ),
    ("He handed the Fatherland Defence Order, first class, to Z111 Factory.", [("Fatherland Defence Order", "fatherland-protection-order"), ("Z111 Factory", "factory-z111")]),
    ("The Border Guard received a second-class Feat Order.", [("Feat Order", "feat-of-arms-order")]),
    ("She was awarded the Labor Hero title.", [("Labor Hero", "labour-hero")]),
    ("Heroic Vietnamese Mother title conferred on five women.", [("Heroic Vietnamese Mother", "vietnamese-heroic-mother")]),
    (
        "the 35th anniversary of the All-People Defence Festival and the All People's Border Defence Day",
        [("All-People Defence Festival", "all-people-national-defence-festival"), ("All People's Border Defence Day", "all-people-border-defence-day")],
    ),
    ("the 78th anniversary of the War Invalids and Martyrs Day", [("War Invalids and Martyrs Day", "war-invalids-and-martyrs-day")]),
    ("Vinh Phuc launches defensive area exercise", [("defensive area exercise", "defensive-area-exercise")]),
    ("The city's armed forces have excelled in the mass mobilization work.", [("mass mobilization work", "mass-mobilisation-work")]),
    ("military agencies consulted with the Military Service Council", [("Military Service Council", "military-service-council")]),
    ("Defence minister visits Vietnam-Russia Tropical Centre", [("Vietnam-Russia Tropical Centre", "vietnam-russia-tropical-centre")]),
    ("Dong Bac Corporation and Song Thu Corporation", [("Dong Bac Corporation", "dong-bac-corporation"), ("Song Thu Corporation", "song-thu-corporation")]),
    ("Viettel High Technology Industries Corporation (VHT)", [("Viettel High Technology Industries Corporation", "viettel-high-technology-industries-corporation")]),
    ("the 50th anniversary of the Liberation of the South and National Reunification", [("Liberation of the South and National Reunification", "liberation-of-the-south-and-national-reunification")]),
    ("US Ambassador awarded Viet Nam's Friendship Order", [("Friendship Order", "friendship-order")]),
    ("the Prime Minister offered incense at Truong Son National Martyrs' Cemetery", [("Truong Son National Martyrs' Cemetery", "truong-son-national-martyrs-cemetery")]),
    ("Border guards take strong actions against IUU fishing.", [("IUU fishing", "iuu-fishing")]),
    ("Factory Z173 (aka Hong Ha Shipbuilding One Member Limited Liability Company)", [("Factory Z173", "factory-z173"), ("Hong Ha Shipbuilding One Member Limited Liability Company", "factory-z173")]),
]


@pytest.mark.parametrize(("text", "expected"), VI_SENTENCES)
def test_vietnamese_sentences_resolve(text: str, expected: list[tuple[str, str]], strict: Matcher) -> None:
    found = _found(strict, text)
    for item in expected:
        assert item in found, f"{item} not in {found}"


@pytest.mark.parametrize(("text", "expected"), EN_SENTENCES)
def test_english_sentences_resolve(text: str, expected: list[tuple[str, str]], strict: Matcher) -> None:
    found = _found(strict, text)
    for item in expected:
        assert item in found, f"{item} not in {found}"


def test_order_class_stays_outside_the_match(strict: Matcher) -> None:
    found = _found(strict, "Quân khu 5 đón nhận Huân chương Quân công hạng Nhất.")
    assert ("Huân chương Quân công", "military-exploit-order") in found
    assert not any("hạng" in surface for surface, _ in found)


OVER_FIRING = [
    # "Anh hùng" alone is a hero, not the State title; "Anh hùng Lao động" needs both words.
    ("Anh hùng Phạm Tuân thăm đơn vị.", ("hero-of-the-peoples-armed-forces", "labour-hero")),
    ("Tinh thần anh hùng của dân tộc.", ("hero-of-the-peoples-armed-forces", "labour-hero", "vietnamese-heroic-mother")),
    # training and exercises in general are not terms
    ("Các đơn vị tăng cường huấn luyện, diễn tập, sẵn sàng.", ("combat-readiness", "defensive-area-exercise")),
    ("Diễn tập chiến đấu phòng thủ cấp xã.", ("defensive-area-exercise",)),
    # "Huân chương" alone, "Bằng khen" alone, "Ngày truyền thống" alone
    ("Nhiều tập thể được tặng Huân chương, Bằng khen.", ("military-exploit-order", "prime-ministers-certificate-of-merit")),
    ("Kỷ niệm Ngày truyền thống của đơn vị.", ("border-guard-traditional-day",)),
    # the place alone is not the victory; a factory needs its designation
    ("Tỉnh Điện Biên phát triển du lịch.", ("dien-bien-phu-victory",)),
    ("Nhà máy thủy điện Hòa Bình.", ("factory-z111", "factory-z129")),
    # "thống nhất đất nước" or "Quốc khánh Lào" aside, parts of longer names do not fire alone
    ("Thống nhất đất nước là khát vọng của dân tộc.", ("liberation-of-the-south-and-national-reunification",)),
    ("Đội tìm kiếm người mất tích.", ("search-and-repatriation-of-martyrs-remains",)),
    ("Các chuyên gia Việt Nam sang Lào làm việc.", ("vietnamese-volunteer-soldiers-and-experts",)),
    ("Gia đình nhận con nuôi.", ("adopted-children-of-border-posts-programme",)),
    # a steering committee or programme needs its number
    ("Ban Chỉ đạo tỉnh họp về chương trình nông thôn mới.", ("steering-committee-701", "programme-504")),
    # "giao nhận" of goods is not the recruits' handover
    ("Công ty giao nhận hàng hóa.", ("recruit-handover-ceremony",)),
]


@pytest.mark.parametrize(("text", "never"), OVER_FIRING)
def test_no_over_firing(text: str, never: tuple[str, ...], strict: Matcher) -> None:
    ids = {term_id for _, term_id in _found(strict, text)}
    assert not ids & set(never), f"{text!r} fired {ids & set(never)}"


def _section_entries(bundled_termbase: TermBase) -> list[str]:
    from glossary.loader import default_termbase_path  # noqa: PLC0415

    text = default_termbase_path().read_text(encoding="utf-8")
    ids: list[str] = []
    for header in SECTIONS:
        start = text.index(header)
        end = text.index("\n# --- ", start + 1)
        ids += [line.split(":", 1)[1].strip() for line in text[start:end].splitlines() if line.startswith("  - id:")]
    return ids


def test_families_are_present_and_sourced(bundled_termbase: TermBase) -> None:
    ids = _section_entries(bundled_termbase)
    assert len(ids) >= 70
    for term_id in ids:
        term = bundled_termbase.get(term_id)
        hosts = [urlparse(source).netloc for source in term.sources]
        strong = [host for host in hosts if host and not any(weak in host for weak in WEAK_HOSTS)]
        assert strong, f"{term_id}: no source outside the weak outlets ({hosts})"
