"""Issue 10, sixth round: local defence and the 2025 restructuring of local military bodies.

How the press reports the local military system: the provincial and city military commands and the
two High Commands of Hà Nội and Hồ Chí Minh City, the Regional Defence Commands that replaced the
district military commands in 2025 (numbered, and named after their area), the commune (ward, special
zone) military commands, their heads and the provincial Military Party Committee, the two-tier local
government they serve, and the defensive-zone exercises with their steering committees. Each sentence
is worded as Chinhphu.vn, QĐND, the National Defence Journal, Lao Động, SGGP, Tiền Phong or a provincial
paper writes it (the sources are in each entry); the look-alike cases pin what must NOT be resolved.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import ids as _ids


SENTENCES = [
    # Provincial and city military commands, in Vietnamese word order and in English
    ("(Chinhphu.vn) - Bộ Chỉ huy Quân sự Thanh Hóa đã công bố trao Quyết định về công tác cán bộ.",
     [("Bộ Chỉ huy Quân sự", "provincial-military-command", None)]),
    ("Sáng 14/1, Bộ Chỉ huy quân sự (CHQS) tỉnh Quảng Trị tổ chức hội nghị công bố quyết định của Quân khu 4.",
     [("Bộ Chỉ huy quân sự", "provincial-military-command", None), ("Quân khu 4", "military-region-4", None)]),
    ("Đảng ủy - Bộ CHQS tỉnh đã tham mưu Tỉnh ủy, UBND tỉnh triển khai đề án.",
     [("Bộ CHQS tỉnh", "provincial-military-command", None), ("Tỉnh ủy", "provincial-party-committee", None)]),
    ("award personnel decisions to cadres under the Military Command of Ninh Binh province.",
     [("Military Command", "provincial-military-command", None)]),
    ("they have led and directed military party committees and provincial and municipal military commands",
     [("military party committees", "military-party-committee", None),
      ("provincial and municipal military commands", "provincial-military-command", None)]),
    ("under the Provincial and City Military Commands and the Hanoi Capital Command, the Ho Chi Minh City Command",
     [("Provincial and City Military Commands", "provincial-military-command", None),
      ("Hanoi Capital Command", "hanoi-capital-high-command", None),
      ("Ho Chi Minh City Command", "ho-chi-minh-city-high-command", None)]),
    ("Capital Military Command encourages forces taking part in A80 parade",
     [("Capital Military Command", "hanoi-capital-high-command", None)]),
    # Regional Defence Commands, with their numbers
    ("kiểm tra tại Ban Chỉ huy Phòng thủ khu vực 3 - Ngọc Lặc và Ban Chỉ huy Phòng thủ khu vực 4 - Hồi Xuân",
     [("Ban Chỉ huy Phòng thủ khu vực 3", "regional-defence-command", 3),
      ("Ban Chỉ huy Phòng thủ khu vực 4", "regional-defence-command", 4)]),
    ("Trung tá Nguyễn Hoành Quyền, Phó Tham mưu trưởng Ban Chỉ huy phòng thủ khu vực 1 - Long Bình, Bộ Tư lệnh TPHCM",
     [("Ban Chỉ huy phòng thủ khu vực 1", "regional-defence-command", 1),
      ("Bộ Tư lệnh TPHCM", "ho-chi-minh-city-high-command", None)]),
    ("Chairman visits officers of Regional Defense Command 4 - Tuong Duong",
     [("Regional Defense Command 4", "regional-defence-command", 4)]),
    ("Giải thể 26 Ban Chỉ huy Quân sự huyện, thành lập 5 Ban Chỉ huy phòng thủ khu vực",
     [("Ban Chỉ huy Quân sự huyện", "district-military-command", None),
      ("Ban Chỉ huy phòng thủ khu vực", "regional-defence-command", None)]),
    ("Bộ Chỉ huy Quân sự tỉnh Thanh Hóa tổ chức Hội nghị công bố Quyết định giải thể Ban Chỉ huy Quân sự cấp huyện.",
     [("Bộ Chỉ huy Quân sự tỉnh", "provincial-military-command", None),
      ("Ban Chỉ huy Quân sự cấp huyện", "district-military-command", None)]),
    ("Each regional defense command board has about 40 communes.",
     [("regional defense command board", "regional-defence-command", None)]),
    ("Military Region 7 establishes 8 Regional Defense Command Committees in 2 new provinces after merger",
     [("Regional Defense Command Committees", "regional-defence-command", None)]),
    ("Establishing 5 Defense Area Command Committees under the Da Nang City Military Command (new).",
     [("Defense Area Command Committees", "regional-defence-command", None),
      ("City Military Command", "city-military-command", None)]),
    # Commune military commands and their commanders
    ("bổ nhiệm Trung tá Nguyễn Hoành Quyền giữ chức Chỉ huy trưởng Ban Chỉ huy Quân sự phường Tân Sơn Nhất",
     [("Chỉ huy trưởng Ban Chỉ huy Quân sự phường", "title-commander-of-the-commune-military-command", None)]),
    ("tổ chức lại Ban Chỉ huy Quân sự xã, phường, đặc khu và công tác cán bộ",
     [("Ban Chỉ huy Quân sự xã, phường, đặc khu", "commune-military-command", None)]),
    ("decisions to transfer and appoint 64 cadres to hold the position of Commander of the Military Command of "
     "communes and wards.",
     [("Commander of the Military Command of communes and wards",
       "title-commander-of-the-commune-military-command", None)]),
    ("the Minister's decision on reorganizing the Military Commands of communes, wards, and special zones",
     [("Military Commands of communes, wards, and special zones", "commune-military-command", None)]),
    ("Nearly 6,100 courses were opened for military commands at commune, ward, and township levels.",
     [("military commands at commune, ward, and township levels", "commune-military-command", None)]),
    # The provincial Military Party Committee and the command's heads
    ("Đại tá Nguyễn Thanh Phong, Chính ủy Bộ Chỉ huy quân sự tỉnh, giữ chức Phó Bí thư Thường trực",
     [("Chính ủy Bộ Chỉ huy quân sự tỉnh", "title-political-commissar-of-the-provincial-military-command", None)]),
    ("Colonel Nguyen Ky Hong - Political Commissar of the Provincial Military Command",
     [("Political Commissar of the Provincial Military Command",
       "title-political-commissar-of-the-provincial-military-command", None)]),
    ("Colonel Phan Dai Nghia - Commander of the Military Command of Nghe An province",
     [("Commander", "title-commanding-officer", None), ("Military Command", "provincial-military-command", None)]),
    # The English "Military Command" without its level: the province's only when a province qualifies it
    ("Foreign military attaches visit the Military Command of Khanh Hoa province",
     [("Military Command", "provincial-military-command", None)]),
    ("the Military Command of the central province of Quang Tri announced its twin relations",
     [("Military Command", "provincial-military-command", None)]),
    ("Colonel Vu Van Tung, Commander of the Thanh Hoa Military Command, spoke at the conference.",
     [("Military Command", "provincial-military-command", None)]),
    ("Officers of the Military Command of Muong Phang commune assessed the damage.",
     [("Military Command", "local-military-agency", None)]),
    ("Ban Chỉ huy quân sự cấp xã là cơ quan quân sự địa phương trực thuộc Bộ Chỉ huy quân sự cấp tỉnh.",
     [("Ban Chỉ huy quân sự cấp xã", "commune-military-command", None),
      ("cơ quan quân sự địa phương", "local-military-agency", None),
      ("Bộ Chỉ huy quân sự cấp tỉnh", "provincial-military-command", None)]),
    ("the commune-level Military Command is a local military agency directly under the provincial-level Military Command",
     [("commune-level Military Command", "commune-military-command", None),
      ("local military agency", "local-military-agency", None),
      ("provincial-level Military Command", "provincial-military-command", None)]),
    ("Đảng ủy Quân sự đã lãnh đạo, chỉ đạo Bộ CHQS Vĩnh Long hoàn thành nhiệm vụ",
     [("Đảng ủy Quân sự", "military-party-committee", None)]),
    ("Ban Thường vụ Đảng ủy Quân sự tỉnh Thanh Hóa công bố quyết định về công tác cán bộ",
     [("Đảng ủy Quân sự tỉnh", "provincial-military-party-committee", None)]),
    ("the Standing Committee of the Military Party Committee of Bac Ninh province held a conference",
     [("Military Party Committee", "provincial-military-party-committee", None)]),
    # Defensive-zone exercises, their steering committees and the commune's combat exercise
    ("Ban chỉ đạo diễn tập khu vực phòng thủ thành phố Hà Nội đã tổ chức Hội nghị tổng kết.",
     [("Ban chỉ đạo diễn tập khu vực phòng thủ", "defensive-area-exercise-steering-committee", None)]),
    ("the Hanoi Capital Command gave recommendations to the Hanoi Exercise Steering Committee",
     [("Exercise Steering Committee", "defensive-area-exercise-steering-committee", None)]),
    ("Nguyen Van Quang, Head of the city's Steering Committee for Defensive Area Exercise in 2021",
     [("Steering Committee for Defensive Area Exercise", "defensive-area-exercise-steering-committee", None)]),
    ("This year's combat exercise in the defensive area of Phuc Loi ward comprised three stages.",
     [("combat exercise in the defensive area", "combat-exercise-in-the-defensive-area", None)]),
    ("Xã Vạn Phú diễn tập chiến đấu trong khu vực phòng thủ năm 2022.",
     [("diễn tập chiến đấu trong khu vực phòng thủ", "combat-exercise-in-the-defensive-area", None)]),
    ("Lãnh đạo các phòng ban tham gia tập huấn diễn tập KVPT.",
     [("diễn tập KVPT", "defensive-area-exercise", None)]),
    ("The drill takes place in three stages: shifting the armed forces to a higher combat readiness posture and "
     "preparing and conducting defensive operations.",
     [("defensive operations", "defensive-operation", None)]),
    ("hướng dẫn soạn thảo văn kiện trong các trạng thái sẵn sàng chiến đấu và tác chiến phòng thủ",
     [("tác chiến phòng thủ", "defensive-operation", None)]),
    # The two-tier local government, local work and defence land
    ("Giải thể Ban Chỉ huy Quân sự cấp huyện theo mô hình tổ chức chính quyền địa phương hai cấp.",
     [("chính quyền địa phương hai cấp", "two-tier-local-government", None)]),
    ("Two-tier local government must operate in perfect manner: PM",
     [("Two-tier local government", "two-tier-local-government", None)]),
    ("Performing local military-defense tasks in 2023, the Hanoi Capital Command gave recommendations",
     [("local military-defense tasks", "local-defence-and-military-work", None)]),
    ("restructuring local military forces in the \"lean, compact, and strong\" direction",
     [("local military forces", "local-armed-forces", None)]),
    ("Thực hiện Nghị định số 21 của Chính phủ về khu vực phòng thủ trên địa bàn tỉnh Bình Dương",
     [("Nghị định số 21 của Chính phủ về khu vực phòng thủ", "decree-on-defensive-zones", None)]),
    ("Decree No. 21/2019/ND-CP dated 22 February 2019, of the Government on defensive zones",
     [("Decree No. 21/2019/ND-CP", "decree-on-defensive-zones", None)]),
    ("yêu cầu nắm và quản lý chặt chẽ đất quốc phòng",
     [("đất quốc phòng", "land-for-national-defence", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_localdefence_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # A city's command, the commander's title and the Central Commission are not the province's command.
        ("Bộ Chỉ huy Quân sự thành phố Đà Nẵng", "provincial-military-command"),
        ("Đảng ủy Quân sự Trung ương", "provincial-military-party-committee"),
        ("Bí thư Huyện ủy, Bí thư Đảng ủy Quân sự huyện", "provincial-military-party-committee"),
        ("the Military Party Committee of Tan Ky district", "provincial-military-party-committee"),
        ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Thanh Hóa", "provincial-military-command"),
        ("Ban Chỉ huy Phòng thủ dân sự tỉnh", "regional-defence-command"),
        # A count or a year is not a regional defence command's number.
        ("thành lập 5 Ban Chỉ huy Phòng thủ khu vực", "defensive-zone"),
        # The steering committee of a civil-defence body is not the exercise's; the exercise is not the committee.
        ("Ban Chỉ đạo Phòng thủ dân sự quốc gia", "defensive-area-exercise-steering-committee"),
        ("Tỉnh tổ chức diễn tập khu vực phòng thủ năm 2023.", "defensive-area-exercise-steering-committee"),
        ("Tỉnh tổ chức diễn tập khu vực phòng thủ năm 2023.", "combat-exercise-in-the-defensive-area"),
        # Short common words do not fire inside longer unrelated phrases.
        ("xây dựng chính quyền địa phương vững mạnh", "two-tier-local-government"),
        ("kết hợp phát triển kinh tế với quốc phòng trên địa bàn", "land-for-national-defence"),
        ("tác chiến phòng không", "defensive-operation"),
        ("The Military Region 4 Command inspected the exercise.", "provincial-military-command"),
        # A region's commissar is not the province's; another decree is not the one on defensive zones.
        ("Chính ủy Quân khu 4", "title-political-commissar-of-the-provincial-military-command"),
        ("Nghị định số 21/2020/NĐ-CP", "decree-on-defensive-zones"),
        # The commune's commander is not the province's; a commune's or a district's "Military Command" is not the
        # province's, nor is one named without a place.
        ("Commander of the Military Command of communes and wards", "title-commander-of-the-provincial-military-command"),
        ("the Military Command of Muong Phang commune", "provincial-military-command"),
        ("the Military Command of Sa Muoi district under the Military Command of Salavan province", "district-military-command"),
        ("The Military Command said the drill was a success.", "provincial-military-command"),
    ],
)
def test_longer_names_and_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


def test_a_count_before_the_command_is_not_its_number(bundled_matcher: Matcher) -> None:
    matches = [m for m in bundled_matcher.annotate("thành lập 5 Ban Chỉ huy Phòng thủ khu vực") if m.term.id == "regional-defence-command"]
    assert len(matches) == 1 and matches[0].ordinal is None


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Ban Chỉ huy Phòng thủ khu vực", "regional-defence-command"),
        ("Regional Defense Command", "regional-defence-command"),
        ("Ban Chỉ đạo diễn tập khu vực phòng thủ", "defensive-area-exercise-steering-committee"),
        ("Steering Committee for Defensive Area Exercise", "defensive-area-exercise-steering-committee"),
        ("chinh quyen dia phuong hai cap", "two-tier-local-government"),
        ("two-tier local government", "two-tier-local-government"),
        ("diễn tập chiến đấu trong khu vực phòng thủ", "combat-exercise-in-the-defensive-area"),
        ("Military Party Committee", "military-party-committee"),
        ("Đảng ủy Quân sự tỉnh", "provincial-military-party-committee"),
        ("Ban Chỉ huy Quân sự cấp huyện", "district-military-command"),
        ("đất quốc phòng", "land-for-national-defence"),
        ("Chính ủy Bộ CHQS tỉnh", "title-political-commissar-of-the-provincial-military-command"),
        ("Nghị định 21/2019/NĐ-CP", "decree-on-defensive-zones"),
        ("cơ quan quân sự địa phương", "local-military-agency"),
    ],
)
def test_lookup_puts_the_localdefence_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected_id)


NEW_IDS = [
    "two-tier-local-government", "defensive-area-exercise-steering-committee",
    "combat-exercise-in-the-defensive-area", "defensive-operation", "land-for-national-defence",
    "title-political-commissar-of-the-provincial-military-command", "decree-on-defensive-zones", "local-military-agency",
    "military-party-committee",
]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
