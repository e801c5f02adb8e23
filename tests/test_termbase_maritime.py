"""Issue 10, fifth round: naval and maritime diplomacy and the sea.

Named ships of the Vietnam People's Navy on port calls and fleet reviews (hull number and name together),
the foreign navies and coast guards they meet, naval and coast guard meetings and exercises with their
numbers (WPNS 17, HACGAM 15, "lần thứ 17"), the Coast Guard's titles and exchanges, maritime law
enforcement, fisheries surveillance and the fight against IUU fishing, the Party's sea strategies and the
maritime zones of the Law of the Sea. Each sentence is worded as QĐND, VNA, VOV, Việt Nam News, Nhân Dân,
the National Defence Journal or the provincial papers write it (the sources are in each entry); the
near-miss cases pin what must NOT be resolved (a national hero's name without the hull number, a football
"thẻ vàng", the US Pacific Fleet, another country's coast guard commander).
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import found as _found
from tests.termbase_checks import ids as _ids

SENTENCES = [
    # Named ships: hull number and name, both languages
    ("Vessel 015-Tran Hung Dao of the Vietnam People's Navy arrived at Qingdao Port; the welcoming ceremony for the Tran Hung Dao ship",
     [("Vessel 015-Tran Hung Dao", "frigate-015-tran-hung-dao", None), ("Vietnam People's Navy", "vietnam-peoples-navy", None),
      ("Tran Hung Dao ship", "frigate-015-tran-hung-dao", None)]),
    ("Sáng 11.12, tàu hộ vệ tên lửa 015 Trần Hưng Đạo thuộc Lữ đoàn 162, Vùng 4 Hải quân đã cập cảng Jinhae.",
     [("tàu hộ vệ tên lửa 015 Trần Hưng Đạo", "frigate-015-tran-hung-dao", None),
      ("Lữ đoàn 162", "brigade-162", None), ("Vùng 4 Hải quân", "naval-region-4", None)]),
    ("Frigates 015-Tran Hung Dao and 016-Quang Trung will take a delegation to China for the 38th joint patrol in the Gulf of Tonkin.",
     [("015-Tran Hung Dao", "frigate-015-tran-hung-dao", None), ("016-Quang Trung", "frigate-016-quang-trung", None),
      ("38th joint patrol in the Gulf of Tonkin", "joint-naval-patrol-in-the-gulf-of-tonkin", 38)]),
    ("Sỹ quan và thủy thủ tàu Hộ vệ tên lửa 016 dự lễ chào cờ rời cảng bắt đầu chuyến thăm Liên bang Nga.",
     [("tàu Hộ vệ tên lửa 016", "frigate-016-quang-trung", None)]),
    ("The Vietnam People's Navy sent two naval ships, Frigates 011 - Dinh Tien Hoang and 016-Quang Trung, to the review.",
     [("011 - Dinh Tien Hoang", "frigate-011-dinh-tien-hoang", None), ("016-Quang Trung", "frigate-016-quang-trung", None)]),
    ("Sailing Vessel 286 - Le Quy Don from the Vietnam Naval Academy arrived at Muara port to begin its visit to the Royal Brunei Navy.",
     [("Sailing Vessel 286 - Le Quy Don", "sailing-vessel-286-le-quy-don", None), ("Vietnam Naval Academy", "naval-academy", None),
      ("Royal Brunei Navy", "royal-brunei-navy", None)]),
    ("Chuyến hành trình của tàu buồm 286-Lê Quý Đôn là cơ hội học hỏi kinh nghiệm từ Hải quân Brunei.",
     [("tàu buồm 286-Lê Quý Đôn", "sailing-vessel-286-le-quy-don", None), ("Hải quân Brunei", "royal-brunei-navy", None)]),
    # Foreign navies and fleets
    ("presided over by representatives of the North Sea Fleet Headquarters of the Chinese People's Liberation Army Navy",
     [("North Sea Fleet", "north-sea-fleet", None), ("Chinese People's Liberation Army Navy", "peoples-liberation-army-navy", None)]),
    ("do đại diện Bộ tham mưu Hạm đội Bắc Hải, Hải quân Quân Giải phóng nhân dân Trung Quốc chủ trì",
     [("Hạm đội Bắc Hải", "north-sea-fleet", None),
      ("Hải quân Quân Giải phóng nhân dân Trung Quốc", "peoples-liberation-army-navy", None)]),
    ("sẽ tới chào xã giao Bộ Tư lệnh Hạm đội Thái Bình Dương Hải quân Nga, tham gia Lễ duyệt binh tàu hải quân",
     [("Hạm đội Thái Bình Dương Hải quân Nga", "russian-pacific-fleet", None),
      ("Lễ duyệt binh tàu hải quân", "fleet-review", None)]),
    ("courtesy visits to the Command of the Philippine Navy and the Republic of Singapore Navy; ships of the Japan Maritime Self-Defence Force",
     [("Philippine Navy", "philippine-navy", None), ("Republic of Singapore Navy", "republic-of-singapore-navy", None),
      ("Japan Maritime Self-Defence Force", "japan-maritime-self-defence-force", None)]),
    ("Biên đội tàu Hải quân Indonesia cập Cảng quốc tế Thành phố Hồ Chí Minh; luyện tập chung với lực lượng Phòng vệ trên biển Nhật Bản",
     [("Hải quân Indonesia", "indonesian-navy", None),
      ("lực lượng Phòng vệ trên biển Nhật Bản", "japan-maritime-self-defence-force", None)]),
    # Fleet reviews, naval meetings and exercises, with their numbers
    ("Việt Nam cử tàu hộ vệ tên lửa 011 Đinh Tiên Hoàng tham gia Lễ duyệt hạm quốc tế năm nay.",
     [("tàu hộ vệ tên lửa 011 Đinh Tiên Hoàng", "frigate-011-dinh-tien-hoang", None),
      ("Lễ duyệt hạm quốc tế", "international-fleet-review", None)]),
    ("Earlier, the Japanese Navy held an International Fleet Review to celebrate the 70th anniversary of the force.",
     [("International Fleet Review", "international-fleet-review", None)]),
    ("Rear Admiral Tran Thanh Nghiem attended the 17th Western Pacific Naval Symposium (WPNS 17) via videoconference.",
     [("Rear Admiral", "rank-rear-admiral", None), ("17th Western Pacific Naval Symposium", "western-pacific-naval-symposium", 17),
      ("WPNS 17", "western-pacific-naval-symposium", 17)]),
    ("Khai mạc Hội thảo Tư lệnh Hải quân Tây Thái Bình Dương lần thứ 17 theo hình thức trực tuyến",
     [("Hội thảo Tư lệnh Hải quân Tây Thái Bình Dương lần thứ 17", "western-pacific-naval-symposium", 17)]),
    ("the 15th ASEAN Navy Chiefs' Meeting held via videoconference under the chair of the Royal Brunei Navy",
     [("15th ASEAN Navy Chiefs' Meeting", "ancm", 15), ("Royal Brunei Navy", "royal-brunei-navy", None)]),
    ("Vietnam sent eight naval officers to the Rim of the Pacific (RIMPAC) Exercise in Hawaii.",
     [("Rim of the Pacific", "rimpac", None), ("RIMPAC", "rimpac", None)]),
    ("Việt Nam tham gia cuộc tập trận hải quân Vành đai Thái Bình Dương (RIMPAC).",
     [("tập trận hải quân Vành đai Thái Bình Dương", "rimpac", None), ("RIMPAC", "rimpac", None)]),
    ("lễ khai mạc Diễn tập hàng hải giữa hải quân các nước ASEAN và Trung Quốc năm 2018 (ACMEX 2018)",
     [("Diễn tập hàng hải giữa hải quân các nước ASEAN và Trung Quốc", "asean-china-maritime-exercise", None),
      ("ACMEX", "asean-china-maritime-exercise", None)]),
    ("Tàu hộ vệ săn ngầm 17 tham gia diễn tập hải quân đa phương Milan năm 2026; the multilateral naval exercise MILAN 2022",
     [("diễn tập hải quân đa phương Milan", "milan-multilateral-naval-exercise", None),
      ("multilateral naval exercise MILAN", "milan-multilateral-naval-exercise", None)]),
    ("before sailing to Zhanjiang to participate in the ASEAN-China Maritime Exercise 2018",
     [("ASEAN-China Maritime Exercise", "asean-china-maritime-exercise", None)]),
    # Coast guards: meetings, exchanges, titles, foreign counterparts
    ("Đoàn Cảnh sát biển Việt Nam đã tham dự Hội nghị Những nhà đứng đầu các Cơ quan Cảnh sát biển châu Á lần thứ 15 (HACGAM 15).",
     [("Cảnh sát biển Việt Nam", "vietnam-coast-guard", None),
      ("Hội nghị Những nhà đứng đầu các Cơ quan Cảnh sát biển châu Á lần thứ 15", "heads-of-asian-coast-guard-agencies-meeting", 15),
      ("HACGAM 15", "heads-of-asian-coast-guard-agencies-meeting", 15)]),
    ("The 17th Heads of Asian Coast Guard Agencies Meeting (HACGAM-17) was hosted online by the Vietnam Coast Guard Command.",
     [("17th Heads of Asian Coast Guard Agencies Meeting", "heads-of-asian-coast-guard-agencies-meeting", 17),
      ("HACGAM-17", "heads-of-asian-coast-guard-agencies-meeting", 17),
      ("Vietnam Coast Guard Command", "vietnam-coast-guard-high-command", None)]),
    ("Thiếu tướng Lê Quang Đạo - Tư lệnh CSB Việt Nam, Chủ tịch HACGAM 17; Thiếu tướng Bùi Trung Dũng - Phó Tư lệnh Cảnh sát biển",
     [("Tư lệnh CSB Việt Nam", "title-commander-of-the-vietnam-coast-guard", None),
      ("HACGAM 17", "heads-of-asian-coast-guard-agencies-meeting", 17),
      ("Phó Tư lệnh Cảnh sát biển", "title-deputy-commander-of-the-vietnam-coast-guard", None)]),
    ("Lieutenant General Hoang Van Dong, Political Commissar of the Vietnam Coast Guard, addressed the event.",
     [("Political Commissar of the Vietnam Coast Guard", "title-political-commissar-of-the-vietnam-coast-guard", None)]),
    ("Giao lưu Cảnh sát biển Việt Nam và những người bạn lần thứ hai với lực lượng thực thi pháp luật trên biển 7 nước",
     [("Giao lưu Cảnh sát biển Việt Nam và những người bạn lần thứ hai", "vietnam-coast-guard-and-friends", 2),
      ("lực lượng thực thi pháp luật trên biển", "law-enforcement-forces-at-sea", None)]),
    ("Delegates from the Vietnam Coast Guard and China Coast Guard; training by the Japan International Cooperation Agency (JICA) and the Japan Coast Guard",
     [("China Coast Guard", "china-coast-guard", None), ("Japan International Cooperation Agency", "japan-international-cooperation-agency", None),
      ("JICA", "japan-international-cooperation-agency", None), ("Japan Coast Guard", "japan-coast-guard", None)]),
    ("Vessel CSB 8002 will hold joint training with the Philippine Coast Guard; a conference on maritime law enforcement",
     [("Philippine Coast Guard", "philippine-coast-guard", None), ("maritime law enforcement", "maritime-law-enforcement", None)]),
    ("đại diện Cơ quan Phòng chống ma túy và tội phạm của Liên hợp quốc (UNODC)",
     [("Cơ quan Phòng chống ma túy và tội phạm của Liên hợp quốc", "united-nations-office-on-drugs-and-crime", None),
      ("UNODC", "united-nations-office-on-drugs-and-crime", None)]),
    ("This is the 19th joint fishery patrol in the Gulf of Tonkin conducted by the two countries' coast guard forces.",
     [("19th joint fishery patrol in the Gulf of Tonkin", "vietnam-china-joint-fishery-patrol-gulf-of-tonkin", 19)]),
    # Fisheries surveillance and IUU fishing
    ("Fisheries Surveillance Force has worked closely with ministries; the Vietnam Fisheries Resource Surveillance Department",
     [("Fisheries Surveillance Force", "vietnam-fisheries-surveillance", None),
      ("Vietnam Fisheries Resource Surveillance Department", "fisheries-surveillance-department", None)]),
    ("cán bộ, thuyền viên Cục Kiểm ngư, Tổng cục Thủy sản phối hợp với lực lượng Kiểm ngư",
     [("Cục Kiểm ngư", "fisheries-surveillance-department", None), ("Tổng cục Thủy sản", "directorate-of-fisheries", None),
      ("lực lượng Kiểm ngư", "vietnam-fisheries-surveillance", None)]),
    ("đánh bắt cá trái phép, không báo cáo và không theo quy định (IUU); khắc phục thẻ vàng IUU của EC",
     [("đánh bắt cá trái phép, không báo cáo và không theo quy định", "iuu-fishing", None),
      ("thẻ vàng IUU", "iuu-yellow-card", None)]),
    ("striving to get the EC's yellow card warning removed; illegal fishing and piracy",
     [("yellow card warning", "iuu-yellow-card", None), ("illegal fishing", "iuu-fishing", None), ("piracy", "piracy", None)]),
    ("the revised Fishery Law 2017; quy định của Luật Thủy sản",
     [("Fishery Law", "law-on-fisheries", None), ("Luật Thủy sản", "law-on-fisheries", None)]),
    # Sea strategies, marine economy, maritime zones
    ("the 4th Resolution of the Party Central Committee (10th tenure) on the Vietnam Sea Strategy to 2020",
     [("Vietnam Sea Strategy to 2020", "vietnam-sea-strategy-2020", None)]),
    ("Nghị quyết số 09-NQ/TW về Chiến lược biển Việt Nam đến năm 2020",
     [("Chiến lược biển Việt Nam đến năm 2020", "vietnam-sea-strategy-2020", None)]),
    ("Nghị quyết số 36-NQ/TW về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
     [("Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
       "vietnam-marine-economy-strategy-2030", None)]),
    ("Developing the sea-based economy sustainably; the marine economy of 28 coastal provinces",
     [("sea-based economy", "marine-economy", None), ("marine economy", "marine-economy", None)]),
    ("Vùng biển Việt Nam bao gồm nội thủy, lãnh hải, vùng tiếp giáp lãnh hải, vùng đặc quyền kinh tế và thềm lục địa",
     [("nội thủy", "internal-waters", None), ("lãnh hải", "territorial-sea", None),
      ("vùng tiếp giáp lãnh hải", "contiguous-zone", None), ("vùng đặc quyền kinh tế", "exclusive-economic-zone", None),
      ("thềm lục địa", "continental-shelf", None)]),
    ("It provides for the baseline, the internal waters, the territorial sea, the contiguous zone and the exclusive economic zone.",
     [("internal waters", "internal-waters", None), ("territorial sea", "territorial-sea", None),
      ("contiguous zone", "contiguous-zone", None), ("exclusive economic zone", "exclusive-economic-zone", None)]),
    ("theo các quy định của UNCLOS và Hiệp định Phân định Vịnh Bắc Bộ giữa Việt Nam và Trung Quốc ký năm 2000",
     [("Hiệp định Phân định Vịnh Bắc Bộ", "gulf-of-tonkin-delimitation-agreement", None)]),
    ("Vietnam signed the Gulf of Tonkin Delimitation Agreement with China in 2000",
     [("Gulf of Tonkin Delimitation Agreement", "gulf-of-tonkin-delimitation-agreement", None)]),
    # Variants added in place to existing entries
    ("led by Naval Chief, Vice Admiral Pham Hoai Nam; Naval Academy's Vice Director Senior Captain Nguyen Dinh Giang",
     [("Naval Chief", "title-commander-of-the-navy", None), ("Vice Admiral", "rank-vice-admiral", None),
      ("Vice Director", "title-deputy-director", None), ("Senior Captain", "rank-senior-colonel", None)]),
    ("protecting the sacred sea and islands sovereignty of the Motherland; khả năng làm chủ vũ khí của Bộ đội Hải quân",
     [("sea and islands sovereignty", "sovereignty-over-seas-and-islands", None), ("Bộ đội Hải quân", "vietnam-peoples-navy", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_maritime_entries(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert_resolves(bundled_matcher, text, expected)


NEAR_MISSES = [
    # the national hero, the king and the scholar the ships are named after
    ("Đoàn dâng hương tại tượng đài Anh hùng dân tộc Trần Hưng Đạo ở công viên Bạch Đằng.", "frigate-015-tran-hung-dao"),
    ("an incense offering ceremony at the statue of national hero Tran Hung Dao in Nha Trang", "frigate-015-tran-hung-dao"),
    ("Khu di tích lịch sử đền thờ vua Đinh Tiên Hoàng ở Hoa Lư", "frigate-011-dinh-tien-hoang"),
    ("Quang Trung - Nguyễn Huệ đại phá quân Thanh; trường THPT Lê Quý Đôn", "frigate-016-quang-trung"),
    ("Trường THPT chuyên Lê Quý Đôn tổ chức lễ khai giảng", "sailing-vessel-286-le-quy-don"),
    # a football card is not the EC's yellow card
    ("Cầu thủ nhận thẻ vàng ở phút 90 và bị treo giò trận sau.", "iuu-yellow-card"),
    ("the midfielder was shown a yellow card in the second half", "iuu-yellow-card"),
    # the Pacific Fleet alone may be the US one
    ("Đô đốc Scott Swift, Tư lệnh Hạm đội Thái Bình Dương của Mỹ", "russian-pacific-fleet"),
    ("Hosted by the Commander of the U.S. Pacific Fleet, the exercise will be at sea only.", "russian-pacific-fleet"),
    # another country's coast guard commander is not Viet Nam's
    ("Đoàn chụp ảnh lưu niệm với Tư lệnh Cảnh sát biển Srilanka tại Colombo.", "title-commander-of-the-vietnam-coast-guard"),
    # "kinh tế biển" inside a longer unrelated phrase; "lãnh hải" is not "lãnh đạo"
    ("Lãnh đạo tỉnh làm việc với Ban Kinh tế; lãnh đạo Hải quân", "territorial-sea"),
    # the city of Milan is not the Indian Navy's exercise
    ("AC Milan won the derby in Milan last night", "milan-multilateral-naval-exercise"),
    # the Chinese People's Liberation Army alone is not its navy
    ("a delegation of the Chinese People's Liberation Army's Political Work Department", "peoples-liberation-army-navy"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES, ids=[text[:40] for text, _ in NEAR_MISSES])
def test_near_misses_do_not_fire(bundled_matcher: Matcher, text: str, absent: str) -> None:
    assert absent not in _ids(bundled_matcher, text), sorted(_found(bundled_matcher, text))


def test_the_vietnam_coast_guard_commander_is_dropped_before_another_country(bundled_matcher: Matcher) -> None:
    got = _ids(bundled_matcher, "Tư lệnh Cảnh sát biển Srilanka")
    assert "country-sri-lanka" in got
    assert "title-commander-of-the-vietnam-coast-guard" not in got


def test_a_numbered_coast_guard_meeting_keeps_its_number_in_the_gloss(bundled_matcher: Matcher) -> None:
    (match,) = [m for m in bundled_matcher.annotate("Hội nghị HACGAM 17 khai mạc tại Hà Nội")
                if m.term.id == "heads-of-asian-coast-guard-agencies-meeting"]
    assert match.ordinal == 17
    assert "17" in match.gloss("en") and "17" in match.gloss("vi")


@pytest.mark.parametrize(("query", "expected"), [
    ("tàu hộ vệ tên lửa 015-Trần Hưng Đạo", "frigate-015-tran-hung-dao"),
    ("Frigate 016-Quang Trung", "frigate-016-quang-trung"),
    ("Sailing Vessel 286 - Le Quy Don", "sailing-vessel-286-le-quy-don"),
    ("Hải quân Quân Giải phóng nhân dân Trung Quốc", "peoples-liberation-army-navy"),
    ("HACGAM", "heads-of-asian-coast-guard-agencies-meeting"),
    ("Western Pacific Naval Symposium", "western-pacific-naval-symposium"),
    ("Kiểm ngư", "vietnam-fisheries-surveillance"),
    ("Cục Kiểm ngư", "fisheries-surveillance-department"),
    ("thẻ vàng IUU", "iuu-yellow-card"),
    ("lãnh hải", "territorial-sea"),
    ("vùng tiếp giáp lãnh hải", "contiguous-zone"),
    ("Lực lượng Phòng vệ trên biển Nhật Bản", "japan-maritime-self-defence-force"),
])
def test_a_translator_s_lookup_finds_the_entry_first(bundled_termbase: TermBase, query: str, expected: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected)


FAMILY = [
    "frigate-015-tran-hung-dao", "frigate-016-quang-trung", "frigate-011-dinh-tien-hoang", "sailing-vessel-286-le-quy-don",
    "fleet-review", "international-fleet-review", "western-pacific-naval-symposium", "rimpac", "asean-china-maritime-exercise",
    "peoples-liberation-army-navy", "north-sea-fleet", "russian-pacific-fleet", "royal-brunei-navy", "philippine-navy",
    "republic-of-singapore-navy", "indonesian-navy", "japan-maritime-self-defence-force",
    "heads-of-asian-coast-guard-agencies-meeting", "vietnam-coast-guard-and-friends", "china-coast-guard", "japan-coast-guard",
    "philippine-coast-guard", "title-commander-of-the-vietnam-coast-guard", "title-deputy-commander-of-the-vietnam-coast-guard",
    "title-political-commissar-of-the-vietnam-coast-guard", "law-enforcement-forces-at-sea", "maritime-law-enforcement",
    "vietnam-fisheries-surveillance", "fisheries-surveillance-department", "directorate-of-fisheries", "iuu-yellow-card",
    "law-on-fisheries", "vietnam-marine-economy-strategy-2030", "marine-economy", "vietnam-sea-strategy-2020",
    "united-nations-office-on-drugs-and-crime", "vietnam-china-joint-fishery-patrol-gulf-of-tonkin", "internal-waters",
    "territorial-sea", "contiguous-zone", "japan-international-cooperation-agency", "milan-multilateral-naval-exercise",
    "gulf-of-tonkin-delimitation-agreement",
]


@pytest.mark.parametrize("term_id", FAMILY)
def test_family_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
