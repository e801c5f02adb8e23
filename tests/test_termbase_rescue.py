"""Issue 10, fifth round: disaster response, search and rescue, HADR and military medicine.

The national bodies (the National Committee for Incident, Disaster Response, and Search and Rescue and its
standing office, the National Steering Committee for Natural Disaster Prevention and Control, the National
Civil Defence Steering Committee that absorbed both in 2025, the commanding committees of every level), the
vocabulary (rescue and relief, incident and disaster response, the "four on-the-spot" motto, oil spill
response, Typhoon Yagi), the VPA rescue team sent to Türkiye (2023) and Myanmar (2025), the ASEAN side
(ACMM, AHA Centre, ASEAN-ERAT) and numbered military hospitals. Each sentence is worded as QĐND, VNA, VOV,
Việt Nam News, Nhân Dân, the Government portal or the provincial papers write it (the sources are in each
entry); the near-miss cases pin what must NOT be resolved.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import found as _found
from tests.termbase_checks import ids as _ids

NATIONAL_COMMITTEE = "national-committee-for-incident-disaster-response-and-search-and-rescue"
COMMITTEE_OFFICE = "office-of-the-national-committee-for-incident-disaster-response-and-search-and-rescue"

SENTENCES = [
    # The national committees, their office and their former names
    ("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn là cơ quan phối hợp liên ngành.",
     [("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", NATIONAL_COMMITTEE, None)]),
    ("Quyết định đổi tên Ủy ban Quốc gia Tìm kiếm cứu nạn.",
     [("Ủy ban Quốc gia Tìm kiếm cứu nạn", NATIONAL_COMMITTEE, None)]),
    ("According to the Office of the National Committee for Incident, Disaster Response, and Search and Rescue, "
     "troops were on duty.",
     [("Office of the National Committee for Incident, Disaster Response, and Search and Rescue", COMMITTEE_OFFICE, None)]),
    ("Maj. Gen. Pham Van Ty, Deputy Chief of the Office of the National Committee for Incident and Disaster Response, "
     "Search and Rescue, led the team.",
     [("Office of the National Committee for Incident and Disaster Response, Search and Rescue", COMMITTEE_OFFICE, None),
      ("Maj. Gen.", "rank-major-general", None)]),
    ("Thiếu tướng Phạm Văn Tỵ, Phó Chánh Văn phòng Thường trực Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn, "
     "Phó Cục trưởng Cục Cứu hộ-Cứu nạn",
     [("Văn phòng Thường trực Ủy ban Quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn", COMMITTEE_OFFICE, None),
      ("Cục Cứu hộ-Cứu nạn", "department-of-search-and-rescue", None)]),
    ("Phó Thủ tướng chủ trì cuộc họp của Ban chỉ đạo quốc gia về phòng, chống thiên tai để ứng phó bão Yagi.",
     [("Ban chỉ đạo quốc gia về phòng, chống thiên tai", "national-steering-committee-for-natural-disaster-prevention-and-control", None),
      ("bão Yagi", "typhoon-yagi", None)]),
    ("the National Steering Committee for Natural Disaster Prevention and Control and the National Committee for "
     "Incident and Disaster Response and Search and Rescue were merged",
     [("National Steering Committee for Natural Disaster Prevention and Control",
       "national-steering-committee-for-natural-disaster-prevention-and-control", None),
      ("National Committee for Incident and Disaster Response and Search and Rescue", NATIONAL_COMMITTEE, None)]),
    ("Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo Phòng thủ dân sự quốc gia, chủ trì phiên họp thứ nhất.",
     [("Ban Chỉ đạo Phòng thủ dân sự quốc gia", "national-civil-defence-steering-committee", None)]),
    ("Chairing the first meeting of the National Steering Committee for Civil Defence in Hà Nội, PM Chính said",
     [("National Steering Committee for Civil Defence", "national-civil-defence-steering-committee", None)]),
    ("Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức hội nghị; the provincial Civil Defence Command Committees",
     [("Ban Chỉ huy Phòng thủ dân sự", "civil-defence-command-committee", None),
      ("Civil Defence Command Committees", "civil-defence-command-committee", None)]),
    ("duy trì hệ thống trực đến Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp",
     [("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn",
       "commanding-committee-for-natural-disaster-prevention-and-search-and-rescue", None)]),
    ("Heads of Commanding Committee for Natural Disaster Prevention and Search and Rescue of districts",
     [("Commanding Committee for Natural Disaster Prevention and Search and Rescue",
       "commanding-committee-for-natural-disaster-prevention-and-search-and-rescue", None)]),
    # The vocabulary of disaster work
    ("tổ chức thực hiện công tác ứng phó sự cố, thiên tai và tìm kiếm cứu nạn trong phạm vi cả nước",
     [("ứng phó sự cố, thiên tai", "incident-and-disaster-response", None),
      ("tìm kiếm cứu nạn", "search-and-rescue", None)]),
    ("Đội cứu hộ của Việt Nam sẽ triển khai nhiệm vụ cứu hộ, cứu nạn; lực lượng cứu nạn, cứu hộ của Bộ Công an",
     [("cứu hộ, cứu nạn", "rescue-and-relief", None), ("cứu nạn, cứu hộ", "rescue-and-relief", None)]),
    ("Quân khu 4 phát huy hiệu quả \"4 tại chỗ\" giúp nhân dân ứng phó mưa lũ.",
     [("4 tại chỗ", "four-on-the-spot-motto", None), ("Quân khu 4", "military-region-4", None)]),
    ("implementing urgent actions against Typhoon Yagi, the Department of Search and Rescue under the General Staff",
     [("Typhoon Yagi", "typhoon-yagi", None), ("Department of Search and Rescue", "department-of-search-and-rescue", None)]),
    ("jointly held a drill on emergency oil spill response and search and rescue at sea",
     [("oil spill response", "oil-spill-response", None), ("search and rescue", "search-and-rescue", None)]),
    ("Hợp luyện diễn tập ứng phó sự cố tràn dầu trên biển với quy mô cấp tỉnh",
     [("ứng phó sự cố tràn dầu trên biển", "oil-spill-response", None)]),
    # The engineers' numbered brigades, which supply the collapse rescue teams
    ("Lữ đoàn Công binh 513 tăng cường cán bộ, chiến sĩ; Engineering Brigade 270 of Military Region 5",
     [("Lữ đoàn Công binh 513", "engineer-brigade", 513), ("Engineering Brigade 270", "engineer-brigade", 270)]),
    # How the army ranks disaster work, and the English of the bodies it mobilises
    ("coi nhiệm vụ phòng, chống thiên tai là nhiệm vụ chiến đấu trong thời bình; Disaster response, search and rescue "
     "operations are \"combat missions in peacetime\"",
     [("nhiệm vụ chiến đấu trong thời bình", "combat-mission-in-peacetime", None),
      ("combat missions in peacetime", "combat-mission-in-peacetime", None)]),
    ("troops from Military Region 3, the Naval Service and Corps 18; Deputy Chairman of the National Assembly Tran Quang Phuong",
     [("Naval Service", "vietnam-peoples-navy", None), ("Corps 18", "army-corps-18", None),
      ("Deputy Chairman of the National Assembly", "title-vice-chairman-of-the-national-assembly", None)]),
    # The air force's numbered units that fly search and rescue and relief
    ("Trung đoàn Không quân 917 (Sư đoàn Không quân 370); Sư đoàn Không quân 372",
     [("Trung đoàn Không quân 917", "air-force-regiment", 917), ("Sư đoàn Không quân 370", "air-division", 370),
      ("Sư đoàn Không quân 372", "division-372", None)]),
    ("kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam; the 69th anniversary of Vietnamese Doctors' Day",
     [("Ngày Thầy thuốc Việt Nam", "vietnamese-doctors-day", None),
      ("Vietnamese Doctors' Day", "vietnamese-doctors-day", None)]),
    # The press abbreviations
    ("hội nghị tổng kết công tác PCTT và TKCN; lực lượng PTDS; lực lượng CHCN",
     [("PCTT", "natural-disaster-prevention-and-control", None), ("TKCN", "search-and-rescue", None),
      ("PTDS", "civil-defence", None), ("CHCN", "rescue-and-relief", None)]),
    # The VPA rescue team abroad (Türkiye 2023, Myanmar 2025)
    ("Đoàn cứu hộ cứu nạn Quân đội nhân dân Việt Nam chụp ảnh lưu niệm trước khi rời Hatay, Thổ Nhĩ Kỳ.",
     [("Đoàn cứu hộ cứu nạn Quân đội nhân dân Việt Nam", "vpa-rescue-team", None),
      ("Thổ Nhĩ Kỳ", "country-turkiye", None)]),
    ("The Vietnamese army's rescue and relief force has returned home from Myanmar.",
     [("Vietnamese army's rescue and relief force", "vpa-rescue-team", None)]),
    ("The rescue forces of the People's Army of Việt Nam carried out searches at 31 points in Antakya.",
     [("rescue forces of the People's Army of Việt Nam", "vpa-rescue-team", None)]),
    ("Colonel Nguyễn Minh Khương, Deputy Director of the Police Department of Fire Fighting, Fire Prevention and Rescue",
     [("Police Department of Fire Fighting, Fire Prevention and Rescue",
       "police-department-of-fire-prevention-fire-fighting-and-rescue", None)]),
    ("Đại tá Nguyễn Minh Khương, Phó Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
     [("Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
       "police-department-of-fire-prevention-fire-fighting-and-rescue", None)]),
    # HADR and military medicine
    ("the VPA forces in humanitarian and relief operations in Turkey",
     [("humanitarian and relief operations", "hadr", None)]),
    ("thực hiện nhiệm vụ hỗ trợ nhân đạo, cứu trợ thảm họa tại tỉnh Hatay",
     [("hỗ trợ nhân đạo, cứu trợ thảm họa", "hadr", None)]),
    ("a virtual meeting of the ASEAN Centre of Military Medicine (ACMM)'s Board of Directors; the ACMM Board",
     [("ASEAN Centre of Military Medicine", "asean-centre-of-military-medicine", None),
      ("ACMM", "asean-centre-of-military-medicine", None)]),
    ("briefed on the Joint Statement by ASEAN Defence Ministers on Defence Cooperation against Disease Outbreaks; "
     "tuyên bố chung của các Bộ trưởng Quốc phòng Asean về hợp tác quốc phòng trong phòng chống dịch bệnh",
     [("Joint Statement by ASEAN Defence Ministers on Defence Cooperation against Disease Outbreaks",
       "joint-statement-on-defence-cooperation-against-disease-outbreaks", None),
      ("tuyên bố chung của các Bộ trưởng Quốc phòng Asean về hợp tác quốc phòng trong phòng chống dịch bệnh",
       "joint-statement-on-defence-cooperation-against-disease-outbreaks", None)]),
    ("the regional military medical forces; military medics of Việt Nam treated seven patients",
     [("military medical forces", "military-medicine", None), ("military medics", "military-medicine", None)]),
    ("Bệnh viện Quân y 110 và Bệnh viện Quân y 175 cử kíp phẫu thuật; Military Hospital 268 and Military Hospital 103",
     [("Bệnh viện Quân y 110", "military-hospital", 110), ("Bệnh viện Quân y 175", "military-hospital-175", None),
      ("Military Hospital 268", "military-hospital", 268), ("Military Hospital 103", "military-hospital-103", None)]),
    # The ASEAN disaster bodies and Viet Nam's focal point
    ("the ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management (AHA Centre) deployed the "
     "ASEAN Emergency Response and Assessment Team (ASEAN-ERAT)",
     [("ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management", "aha-centre", None),
      ("AHA Centre", "aha-centre", None),
      ("ASEAN Emergency Response and Assessment Team", "asean-emergency-response-and-assessment-team", None),
      ("ASEAN-ERAT", "asean-emergency-response-and-assessment-team", None)]),
    ("Trung tâm Điều phối ASEAN về Hỗ trợ Nhân đạo trong thiên tai đã huy động Đội Đánh giá và Ứng phó khẩn cấp ASEAN",
     [("Trung tâm Điều phối ASEAN về Hỗ trợ Nhân đạo trong thiên tai", "aha-centre", None),
      ("Đội Đánh giá và Ứng phó khẩn cấp ASEAN", "asean-emergency-response-and-assessment-team", None)]),
    ("Cục Quản lý đê điều và Phòng chống thiên tai cử ba thành viên; the Department of Dyke Management and Disaster Prevention",
     [("Cục Quản lý đê điều và Phòng chống thiên tai", "vietnam-disaster-and-dyke-management-authority", None),
      ("Department of Dyke Management and Disaster Prevention", "vietnam-disaster-and-dyke-management-authority", None)]),
    # Former names of the national bodies (2010s articles)
    ("the National Committee for Search and Rescue and the Vietnam Disaster Management Authority",
     [("National Committee for Search and Rescue", NATIONAL_COMMITTEE, None),
      ("Vietnam Disaster Management Authority", "vietnam-disaster-management-authority", None)]),
    ("hosted by Vietnam's National Committee for Incident, Disaster Response, and Search and Rescue (VINASARCOM)",
     [("VINASARCOM", NATIONAL_COMMITTEE, None)]),
    ("Trưởng Ban Chỉ huy phòng, chống lụt, bão và tìm kiếm, cứu nạn tỉnh ký quyết định; theo kế hoạch chung của "
     "Ban Chỉ đạo Trung ương về phòng chống thiên tai",
     [("Ban Chỉ huy phòng, chống lụt, bão và tìm kiếm, cứu nạn",
       "commanding-committee-for-natural-disaster-prevention-and-search-and-rescue", None),
      ("Ban Chỉ đạo Trung ương về phòng chống thiên tai",
       "national-steering-committee-for-natural-disaster-prevention-and-control", None)]),
    ("Tổng cục trưởng Tổng cục Phòng, chống thiên tai Trần Quang Hoài; Luật Phòng, chống thiên tai năm 2013",
     [("Tổng cục Phòng, chống thiên tai", "vietnam-disaster-management-authority", None),
      ("Luật Phòng, chống thiên tai", "law-on-natural-disaster-prevention-and-control", None)]),
    ("Pham Duc Luan, Director of the Vietnam Disaster and Dyke Management Authority (VDDMA)",
     [("Vietnam Disaster and Dyke Management Authority", "vietnam-disaster-and-dyke-management-authority", None),
      ("VDDMA", "vietnam-disaster-and-dyke-management-authority", None)]),
    # The Central Military Commission's resolution and the ADMM-Plus exercise
    ("Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 689-NQ/QUTW ngày 10/10/2014 của Quân ủy Trung ương",
     [("Nghị quyết số 689-NQ/QUTW", "resolution-689-on-natural-disaster-prevention-and-rescue", None),
      ("Quân ủy Trung ương", "central-military-commission", None)]),
    ("implementing Resolution No. 689-NQ/QUTW of the Central Military Commission",
     [("Resolution No. 689-NQ/QUTW", "resolution-689-on-natural-disaster-prevention-and-rescue", None)]),
    ("Diễn tập ADMM+ về hỗ trợ nhân đạo và cứu trợ thảm họa kết hợp quân y (viết tắt là ADMM+ HADR/MM) tại Brunei",
     [("Diễn tập ADMM+ về hỗ trợ nhân đạo và cứu trợ thảm họa kết hợp quân y", "admm-plus-hadr-military-medicine-exercise", None),
      ("ADMM+ HADR/MM", "admm-plus-hadr-military-medicine-exercise", None)]),
    ("the ADMM-Plus Military Medicine and Humanitarian Assistance and Disaster Relief Exercise (AM-HEx) in Chonburi",
     [("ADMM-Plus Military Medicine and Humanitarian Assistance and Disaster Relief Exercise",
       "admm-plus-hadr-military-medicine-exercise", None),
      ("AM-HEx", "admm-plus-hadr-military-medicine-exercise", None)]),
    # ASEAN disaster management
    ("The 11th ASEAN Ministerial Meeting on Disaster Management (AMMDM) and the 43rd Meeting of the ASEAN Committee on "
     "Disaster Management (ACDM) under the ASEAN Agreement on Disaster Management and Emergency Response",
     [("11th ASEAN Ministerial Meeting on Disaster Management", "asean-ministerial-meeting-on-disaster-management", 11),
      ("ASEAN Committee on Disaster Management", "asean-committee-on-disaster-management", None),
      ("ACDM", "asean-committee-on-disaster-management", None),
      ("ASEAN Agreement on Disaster Management and Emergency Response", "aadmer", None)]),
    ("Hội nghị Bộ trưởng ASEAN về quản lý thiên tai lần thứ 10 và Hiệp định ASEAN về quản lý thảm họa và ứng phó khẩn cấp",
     [("Hội nghị Bộ trưởng ASEAN về quản lý thiên tai lần thứ 10", "asean-ministerial-meeting-on-disaster-management", 10),
      ("Hiệp định ASEAN về quản lý thảm họa và ứng phó khẩn cấp", "aadmer", None)]),
    # Military medicine at home: the civil-military programme, its stations, the helicopter corps
    ("Chương trình kết hợp quân dân y (KHQDY) củng cố y tế cơ sở; trạm xá quân dân y kết hợp ở bản Rào Tre",
     [("kết hợp quân dân y", "military-civilian-medical-cooperation", None),
      ("KHQDY", "military-civilian-medical-cooperation", None),
      ("trạm xá quân dân y kết hợp", "military-civilian-medical-station", None)]),
    ("the fifth conference on military-civil medical service integration; Bai Dinh military-civilian medical station",
     [("military-civil medical service integration", "military-civilian-medical-cooperation", None),
      ("military-civilian medical station", "military-civilian-medical-station", None)]),
    ("Military Regions 1, 2, and 3, the Naval Service and Corps 18; trực thăng của Công ty Trực thăng miền Bắc, Binh đoàn 18",
     [("Corps 18", "army-corps-18", None), ("Binh đoàn 18", "army-corps-18", None),
      ("Công ty Trực thăng miền Bắc", "northern-helicopter-company", None)]),
    ("the army's disaster response capability and disaster relief efforts; hoạt động ứng phó thảm họa và cứu trợ thảm họa",
     [("disaster response", "disaster-response", None), ("disaster relief", "disaster-relief", None),
      ("ứng phó thảm họa", "disaster-response", None), ("cứu trợ thảm họa", "disaster-relief", None)]),
    # Search and rescue at sea, named storms, recovery
    ("the Vietnam Maritime Search and Rescue Coordination Centre (Vietnam MRCC); Trung tâm Phối hợp tìm kiếm, cứu nạn "
     "hàng hải Việt Nam",
     [("Vietnam Maritime Search and Rescue Coordination Centre", "vietnam-maritime-search-and-rescue-coordination-centre", None),
      ("Vietnam MRCC", "vietnam-maritime-search-and-rescue-coordination-centre", None),
      ("Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam", "vietnam-maritime-search-and-rescue-coordination-centre", None)]),
    ("Storm Molave and Typhoon Damrey; bão Noru và siêu bão Hải Yến; Typhoon Haiyan",
     [("Storm Molave", "typhoon-molave", None), ("Typhoon Damrey", "typhoon-damrey", None),
      ("bão Noru", "typhoon-noru", None), ("siêu bão Hải Yến", "typhoon-haiyan", None), ("Typhoon Haiyan", "typhoon-haiyan", None)]),
    ("Quân khu 4 điều động cán bộ, chiến sĩ giúp dân khắc phục hậu quả mưa lũ; more than 55,000 troops in flood recovery",
     [("khắc phục hậu quả mưa lũ", "overcoming-natural-disaster-consequences", None),
      ("flood recovery", "overcoming-natural-disaster-consequences", None)]),
    ("Viện Quân y 109 và Bệnh viện Quân y 268; Viện Quân y 4",
     [("Viện Quân y 109", "military-hospital", 109), ("Bệnh viện Quân y 268", "military-hospital", 268),
      ("Viện Quân y 4", "military-hospital-4", None)]),
    ("Colonel Nguyen Minh Khanh, Deputy Commander-Chief of Staff of Coast Guard Region 3 Command",
     [("Deputy Commander-Chief of Staff", "title-deputy-commander-and-chief-of-staff", None),
      ("Coast Guard Region 3 Command", "coast-guard-region-3", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_rescue_entries(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert_resolves(bundled_matcher, text, expected)


NEAR_MISSES = [
    # "bão số 3" is a different storm every year: it is not Typhoon Yagi
    ("Bão số 3 (tên quốc tế Wipha) gây mưa lớn ở Nghệ An.", "typhoon-yagi"),
    # "tại chỗ" alone is "on the spot", not the motto
    ("Lực lượng tại chỗ đã kịp thời sơ tán người dân.", "four-on-the-spot-motto"),
    # the generic search-and-rescue words are not the national committee
    ("Các lực lượng tìm kiếm cứu nạn đã có mặt tại hiện trường.", NATIONAL_COMMITTEE),
    # "cứu hộ" alone (a tow truck, a lifeguard) is not rescue and relief
    ("Xe cứu hộ đã kéo chiếc ô tô ra khỏi hiện trường.", "rescue-and-relief"),
    # the police rescue team is not the army's
    ("Đoàn công tác cứu hộ của Bộ Công an gồm 25 người.", "vpa-rescue-team"),
    # an unnumbered hospital word in a name is not a numbered military hospital
    ("Bệnh viện Quân y đóng trên địa bàn tỉnh tổ chức khám bệnh.", "military-hospital-175"),
    # "oil spill" alone is the incident, not the response
    ("The oil spill affected the ecosystem and environment.", "oil-spill-response"),
    # HADR written out is HADR, not its two halves
    ("hỗ trợ nhân đạo và cứu trợ thảm họa", "disaster-relief"),
    ("humanitarian assistance and disaster relief", "disaster-relief"),
    # ASEAN's regional exercise (ARDEX) is not a bare disaster response
    ("Diễn tập ứng phó thảm họa khẩn cấp ASEAN", "disaster-response"),
    # a person named Hải Yến is not the typhoon
    ("Chị Nguyễn Thị Hải Yến, cán bộ Hội Phụ nữ xã, tham gia cứu trợ.", "typhoon-haiyan"),
    # a numbered resolution of another body is not the CMC's 689 when the number differs
    ("Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân", "resolution-689-on-natural-disaster-prevention-and-rescue"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES, ids=[text[:40] for text, _ in NEAR_MISSES])
def test_near_misses_do_not_fire(bundled_matcher: Matcher, text: str, absent: str) -> None:
    assert absent not in _ids(bundled_matcher, text), sorted(_found(bundled_matcher, text))


def test_the_office_wins_over_the_committee_inside_it(bundled_matcher: Matcher) -> None:
    text = "Office of the National Committee for Incident, Disaster Response, and Search and Rescue"
    matched = _ids(bundled_matcher, text)
    assert COMMITTEE_OFFICE in matched and NATIONAL_COMMITTEE not in matched, sorted(_found(bundled_matcher, text))


def test_the_former_committee_name_is_marked_deprecated(bundled_termbase: TermBase) -> None:
    term = bundled_termbase.get(NATIONAL_COMMITTEE)
    assert term.status("Ủy ban Quốc gia Tìm kiếm cứu nạn") == "deprecated"
    assert term.status(term.vi) == "preferred"


LOOKUPS = [
    ("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", NATIONAL_COMMITTEE),
    ("Ban Chỉ đạo Phòng thủ dân sự quốc gia", "national-civil-defence-steering-committee"),
    ("ACMM", "asean-centre-of-military-medicine"),
    ("AHA Centre", "aha-centre"),
    ("Typhoon Yagi", "typhoon-yagi"),
    ("cứu hộ, cứu nạn", "rescue-and-relief"),
    ("4 tại chỗ", "four-on-the-spot-motto"),
]


@pytest.mark.parametrize(("query", "expected"), LOOKUPS, ids=[query for query, _ in LOOKUPS])
def test_lookups_put_the_rescue_entry_first(bundled_termbase: TermBase, query: str, expected: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected)


FAMILY = [
    NATIONAL_COMMITTEE, COMMITTEE_OFFICE, "national-steering-committee-for-natural-disaster-prevention-and-control",
    "national-civil-defence-steering-committee", "commanding-committee-for-natural-disaster-prevention-and-search-and-rescue",
    "incident-and-disaster-response", "rescue-and-relief", "vpa-rescue-team",
    "police-department-of-fire-prevention-fire-fighting-and-rescue", "vietnam-disaster-and-dyke-management-authority",
    "typhoon-yagi", "four-on-the-spot-motto", "oil-spill-response", "asean-centre-of-military-medicine", "aha-centre",
    "asean-emergency-response-and-assessment-team", "military-hospital", "vietnam-disaster-management-authority",
    "law-on-natural-disaster-prevention-and-control", "resolution-689-on-natural-disaster-prevention-and-rescue",
    "disaster-relief", "disaster-response", "admm-plus-hadr-military-medicine-exercise", "asean-committee-on-disaster-management",
    "asean-ministerial-meeting-on-disaster-management", "aadmer", "military-civilian-medical-cooperation",
    "military-civilian-medical-station", "army-corps-18", "northern-helicopter-company",
    "civil-defence-command-committee", "engineer-brigade", "joint-statement-on-defence-cooperation-against-disease-outbreaks",
    "combat-mission-in-peacetime", "air-division", "air-force-regiment", "vietnamese-doctors-day",
    "vietnam-maritime-search-and-rescue-coordination-centre", "typhoon-damrey", "typhoon-molave",
    "typhoon-noru", "typhoon-haiyan",
]


@pytest.mark.parametrize("term_id", FAMILY)
def test_family_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
