"""Issue 10, fifth round: war legacies and humanitarian defence cooperation.

How the press reports the work on the consequences of war, a core topic of Viet Nam's defence relations
with the US, Laos and Cambodia: the search for and repatriation of martyrs' remains (Steering Committee
515, the numbered K teams, memorial and burial services, the Lao Special Working Committees); US
servicemen missing in action (DPAA, VNOSMP, the US MIA Office, the numbered Joint Field Activities and
repatriation ceremonies); unexploded ordnance and mine action (VNMAC, KOICA, UNDP, their projects, mine
risk education, Mine Awareness Day); Agent Orange/dioxin (VAVA, victims, the AO/dioxin disaster, dioxin
remediation at Biên Hòa and Đà Nẵng airports); Steering Committee 701's standing agency and office; and
the 2025 Viet Nam-US memorandum. Each sentence is worded as VNA, VOV, QĐND, Nhân Dân, Việt Nam News, MOFA
or the provincial press write it (the sources are in each entry); the look-alikes pin what must NOT be
resolved: the Vietnamese martyrs' ceremonies are not the US servicemen's, a number-only form needs its
number, and a short phrase does not fire inside an unrelated longer one.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from glossary.conventions import name_problems, source_problems
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import ids as _ids


SENTENCES = [
    # Martyrs' remains: committees, teams, ceremonies (Laos and Cambodia)
    ("Attending the ceremony were representatives from the National Steering Committee on Search and "
     "Repatriation of Remains of Fallen Soldiers (Steering Committee 515), Military Zone 2 along with the "
     "Special Working Committees of Laos and six northern Lao provinces.",
     [("National Steering Committee on Search and Repatriation of Remains of Fallen Soldiers",
       "steering-committee-515", None),
      ("Steering Committee 515", "steering-committee-515", None),
      ("Special Working Committees", "special-working-committee", None)]),
    ("Colonel Nguyễn Đức Thuận, who heads Team K71, said search units had been deployed following an October "
     "directive under the provincial 515 Steering Committee.",
     [("Team K71", "team-k71", None), ("515 Steering Committee", "steering-committee-515", None)]),
    ("Teams K70, K71 and K73 were welcomed back; Team K70 found 16 and Team K73 located 24.",
     [("Team K70", "team-k70", None), ("Team K73", "team-k73", None)]),
    ("The remains were found and repatriated by Team K52 of the Gia Lai Military Command.",
     [("Team K52", "team-k52", None)]),
    ("Hôm nay, tại cửa khẩu quốc tế Hoa Lư, Đội tìm kiếm và quy tập hài cốt liệt sỹ (Đội K72, Bộ Chỉ huy Quân "
     "sự tỉnh Bình Phước) tổ chức đưa các hài cốt liệt sỹ quân tình nguyện và chuyên gia Việt Nam về nước.",
     [("Đội tìm kiếm và quy tập hài cốt liệt sỹ", "martyrs-remains-search-team", None),
      ("Đội K72", "team-k72", None),
      ("quân tình nguyện và chuyên gia Việt Nam", "vietnamese-volunteer-soldiers-and-experts", None)]),
    ("Đội K90 (Quân khu 9) đã tìm kiếm, cất bốc, quy tập được 35 hài cốt liệt sĩ; Đội K92, Đội K93 (Bộ Chỉ huy "
     "Quân sự tỉnh An Giang) và Đội K91 cũng lên đường.",
     [("Đội K90", "team-k90", None), ("Đội K92", "team-k92", None), ("Đội K93", "team-k93", None),
      ("Đội K91", "team-k91", None)]),
    ("Over 100 sets of remains were founded by the repatriation team of Nghe An province's Military Command.",
     [("repatriation team", "martyrs-remains-search-team", None)]),
    ("Sáng 25/5, tỉnh Nghệ An tổ chức Lễ truy điệu và an táng 103 hài cốt liệt sỹ quân tình nguyện, chuyên gia "
     "Việt Nam.",
     [("Lễ truy điệu và an táng", "memorial-and-burial-service", None),
      ("quân tình nguyện, chuyên gia Việt Nam", "vietnamese-volunteer-soldiers-and-experts", None)]),
    ("Memorial and burial services for the remains of 24 Vietnamese volunteer soldiers and experts were held "
     "at the Road 9 National Martyr Cemetery.",
     [("Memorial and burial services", "memorial-and-burial-service", None),
      ("Vietnamese volunteer soldiers and experts", "vietnamese-volunteer-soldiers-and-experts", None),
      ("Road 9 National Martyr Cemetery", "road-9-national-martyrs-cemetery", None)]),
    ("a ceremony to rebury the remains was held at Tong Khao Martyr Cemetery",
     [("Martyr Cemetery", "martyrs-cemetery", None)]),
    ("Số hài cốt trên do Ban Công tác đặc biệt hai tỉnh Viêng Chăn và Xiêng Khoảng (Lào) phối hợp tìm kiếm.",
     [("Ban Công tác đặc biệt", "special-working-committee", None)]),
    ("Công tác xác định danh tính hài cốt liệt sĩ còn thiếu thông tin gặp nhiều khó khăn.",
     [("xác định danh tính hài cốt liệt sĩ còn thiếu thông tin", "identification-of-martyrs-remains", None)]),
    ("Leaders thanked Laos for favourable conditions for the search and repatriation of fallen soldiers' remains.",
     [("search and repatriation of fallen soldiers' remains", "search-and-repatriation-of-martyrs-remains", None)]),
    # US servicemen missing in action
    ("Director of the US Defense POW/MIA Accounting Agency (DPAA) Kelly McKeague highlighted the humanitarian "
     "effort to search for US military personnel missing from the war.",
     [("US Defense POW/MIA Accounting Agency", "defense-pow-mia-accounting-agency", None),
      ("DPAA", "defense-pow-mia-accounting-agency", None),
      ("US military personnel missing from the war", "us-servicemen-missing-in-action", None)]),
    ("Director of the US Defence POW/MIA Accounting Agency (DPAA) Kelly McKeague",
     [("Defence POW/MIA Accounting Agency", "defense-pow-mia-accounting-agency", None)]),
    ("Lễ trao trả hài cốt quân nhân Hoa Kỳ mất tích trong chiến tranh ở Việt Nam (MIA) lần thứ 170 đã diễn ra; "
     "đây là kết quả của đợt tìm kiếm hỗn hợp lần thứ 159.",
     [("Lễ trao trả hài cốt quân nhân Hoa Kỳ mất tích trong chiến tranh ở Việt Nam",
       "us-mia-remains-repatriation-ceremony", None),
      ("MIA", "us-servicemen-missing-in-action", None),
      ("đợt tìm kiếm hỗn hợp lần thứ 159", "joint-field-activity", 159)]),
    ("Lễ trao trả hài cốt quân nhân Hoa Kỳ lần thứ 170",
     [("Lễ trao trả hài cốt quân nhân Hoa Kỳ lần thứ 170", "us-mia-remains-repatriation-ceremony", 170)]),
    ("Đại diện phía Việt Nam đã bàn giao 03 bộ hài cốt trong Đợt tìm kiếm chung lần thứ 130 (tháng 2 - 4/2018). "
     "Đây là đợt trao trả hài cốt lần thứ 144 kể từ năm 1973.",
     [("Đợt tìm kiếm chung lần thứ 130", "joint-field-activity", 130),
      ("đợt trao trả hài cốt lần thứ 144", "us-mia-remains-repatriation-ceremony", 144)]),
    ("The set of remains was found by joint search teams during the 143rd Joint Field Activities from April to "
     "July 2021.",
     [("143rd Joint Field Activities", "joint-field-activity", 143)]),
    ("Tham dự có Ban Giám đốc Cơ quan Việt Nam tìm kiếm người mất tích (VNOSMP) và Văn phòng MIA Hoa Kỳ tại Hà "
     "Nội (DET2).",
     [("Cơ quan Việt Nam tìm kiếm người mất tích", "vietnam-office-for-seeking-missing-persons", None),
      ("VNOSMP", "vietnam-office-for-seeking-missing-persons", None),
      ("Văn phòng MIA Hoa Kỳ tại Hà Nội", "us-mia-office-in-hanoi", None)]),
    ("representatives from the Board of Directors of Vietnam Office for Seeking Missing Personnel (VNOSMP) and "
     "the US MIA Office in Hanoi",
     [("Vietnam Office for Seeking Missing Personnel", "vietnam-office-for-seeking-missing-persons", None),
      ("US MIA Office in Hanoi", "us-mia-office-in-hanoi", None)]),
    ("Giám đốc Cơ quan Kiểm kê tù binh và người mất tích (DPAA) Kelly McKeague dự lễ.",
     [("Cơ quan Kiểm kê tù binh và người mất tích", "defense-pow-mia-accounting-agency", None)]),
    ("Việt Nam và Mỹ sẽ hợp tác trong tìm kiếm quân nhân Mỹ mất tích trong chiến tranh ở Việt Nam.",
     [("quân nhân Mỹ mất tích trong chiến tranh ở Việt Nam", "us-servicemen-missing-in-action", None)]),
    # The memorandum and war legacies
    ("Sáng 31/10, Bộ Quốc phòng Việt Nam và Bộ Chiến tranh, Bộ Ngoại giao Hoa Kỳ ký Bản ghi nhớ về tăng cường "
     "hợp tác khắc phục hậu quả chiến tranh.",
     [("Bản ghi nhớ về tăng cường hợp tác khắc phục hậu quả chiến tranh", "mou-war-legacies-vietnam-us", None)]),
    ("Việt Nam and the US signed a memorandum of understanding on enhancing cooperation in addressing the "
     "legacies of war in Hà Nội on Friday.",
     [("memorandum of understanding on enhancing cooperation in addressing the legacies of war",
       "mou-war-legacies-vietnam-us", None)]),
    ("MIA cooperation is one of the pillars that seeks to settle the war legacies between the two countries.",
     [("MIA", "us-servicemen-missing-in-action", None), ("war legacies", "overcoming-war-consequences", None)]),
    # Steering Committee 701, its standing agency and office
    ("Vinh, who is also Chief of the Standing Agency of the National Steering Committee on the Settlement of "
     "Post-war Unexploded Ordnance and Toxic Chemical Consequences (Office 701), met USAID.",
     [("Standing Agency of the National Steering Committee on the Settlement of Post-war Unexploded Ordnance "
       "and Toxic Chemical Consequences", "standing-agency-of-steering-committee-701", None),
      ("Office 701", "office-701", None), ("USAID", "united-states-agency-for-international-development", None)]),
    ("Đại tá Cấn Anh Tuấn, Chánh Văn phòng Cơ quan Thường trực Ban Chỉ đạo quốc gia khắc phục hậu quả bom mìn và "
     "chất độc hóa học sau chiến tranh ở Việt Nam (Văn phòng 701), báo cáo; Ban Chỉ đạo Quốc gia 701 chỉ đạo.",
     [("Văn phòng Cơ quan Thường trực Ban Chỉ đạo quốc gia khắc phục hậu quả bom mìn và chất độc hóa học sau "
       "chiến tranh ở Việt Nam", "office-701", None),
      ("Văn phòng 701", "office-701", None), ("Ban Chỉ đạo Quốc gia 701", "steering-committee-701", None)]),
    ("Colonel Cấn Anh Tuấn, Chief of the Office of Steering Committee 701, said the MoU covers five areas.",
     [("Office of Steering Committee 701", "office-701", None)]),
    # Agent Orange/dioxin
    ("the Central Committee of the Vietnam Association of Agent Orange/Dioxin Victims (VAVA) and the Standing "
     "Office of the National Steering Committee on the Settlement of Post-war Unexploded Ordnance and Toxic "
     "Chemical Consequences held an art exchange for AO/dioxin victims.",
     [("Vietnam Association of Agent Orange/Dioxin Victims", "vietnam-association-of-victims-of-agent-orange", None),
      ("VAVA", "vietnam-association-of-victims-of-agent-orange", None),
      ("Standing Office of the National Steering Committee on the Settlement of Post-war Unexploded Ordnance and "
       "Toxic Chemical Consequences", "office-701", None),
      ("AO/dioxin victims", "agent-orange-victims", None)]),
    ("Hội Nạn nhân chất độc da cam/dioxin Việt Nam đã tổ chức lễ kỷ niệm 55 năm thảm họa da cam ở Việt Nam.",
     [("Hội Nạn nhân chất độc da cam/dioxin Việt Nam", "vietnam-association-of-victims-of-agent-orange", None),
      ("thảm họa da cam", "agent-orange-disaster", None)]),
    ("a conference to discuss activities marking the 59th anniversary of Vietnam AO/Dioxin disaster",
     [("AO/Dioxin disaster", "agent-orange-disaster", None)]),
    ("Ngày 10/8 hằng năm là Ngày Vì nạn nhân chất độc da cam/dioxin Việt Nam; các nạn nhân chất độc da cam luôn "
     "được quan tâm.",
     [("Ngày Vì nạn nhân chất độc da cam/dioxin Việt Nam", "day-for-agent-orange-victims", None),
      ("nạn nhân chất độc da cam", "agent-orange-victims", None)]),
    ("the 55th anniversary of the Day for Agent Orange/Dioxin Victims (August 10, 1961-2016)",
     [("Day for Agent Orange/Dioxin Victims", "day-for-agent-orange-victims", None)]),
    ("Vinh suggested the agency partner with Vietnam's Air Defence - Air Force Service, the investor of the "
     "project on dioxin contamination remediation at Bien Hoa Airport.",
     [("dioxin contamination remediation at Bien Hoa Airport", "bien-hoa-airport-dioxin-remediation", None)]),
    ("USAID và Quân chủng Phòng không - Không quân đã chính thức khởi động dự án xử lý dioxin tại sân bay Biên "
     "Hòa - một điểm nóng ô nhiễm dioxin lớn nhất tại Việt Nam.",
     [("dự án xử lý dioxin tại sân bay Biên Hòa", "bien-hoa-airport-dioxin-remediation", None),
      ("điểm nóng ô nhiễm dioxin", "dioxin-hotspot", None)]),
    ("He highlighted the successful implementation of the dioxin detoxification project at Da Nang Airport "
     "(completed in 2018).",
     [("dioxin detoxification project at Da Nang Airport", "da-nang-airport-dioxin-remediation", None)]),
    ("Phía Hoa Kỳ đã hoàn thành dự án xử lý chất độc dioxin tại sân bay Đà Nẵng.",
     [("dự án xử lý chất độc dioxin tại sân bay Đà Nẵng", "da-nang-airport-dioxin-remediation", None)]),
    ("Vinh asked USAID and Office 701, and the National Action Centre for Toxic Chemicals and Environmental "
     "Treatment, to enhance coordination.",
     [("National Action Centre for Toxic Chemicals and Environmental Treatment",
       "national-action-centre-for-toxic-chemicals-and-environmental-treatment", None)]),
    ("Bộ Quốc phòng và Trung tâm Hành động quốc gia khắc phục hậu quả chất độc hóa học và môi trường (NACCET) "
     "đã tổ chức lễ động thổ.",
     [("Trung tâm Hành động quốc gia khắc phục hậu quả chất độc hóa học và môi trường",
       "national-action-centre-for-toxic-chemicals-and-environmental-treatment", None),
      ("NACCET", "national-action-centre-for-toxic-chemicals-and-environmental-treatment", None)]),
    ("Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID) công bố một dự án xử lý dioxin mới.",
     [("Cơ quan Phát triển Quốc tế Hoa Kỳ", "united-states-agency-for-international-development", None),
      ("xử lý dioxin", "dioxin-remediation", None)]),
    # Unexploded ordnance and mine action
    ("The Korea International Cooperation Agency (KOICA) signed an agreement on the Korea - Vietnam Peace Village "
     "Project (KVPVP) to protect people from unexploded ordnance (UXO); the UNDP will cooperate with VNMAC.",
     [("Korea International Cooperation Agency", "korea-international-cooperation-agency", None),
      ("KOICA", "korea-international-cooperation-agency", None),
      ("Korea - Vietnam Peace Village Project", "korea-vietnam-peace-village-project", None),
      ("KVPVP", "korea-vietnam-peace-village-project", None),
      ("unexploded ordnance", "post-war-uxo", None),
      ("UNDP", "united-nations-development-programme", None)]),
    ("The Peace Village project is built on the Korea-Vietnam Mine Action project (KVMAP) and provides services "
     "for the UXO victims.",
     [("Korea-Vietnam Mine Action project", "korea-vietnam-mine-action-project", None),
      ("KVMAP", "korea-vietnam-mine-action-project", None), ("UXO victims", "uxo-victims", None)]),
    ("Khởi công dự án Hành động bom mìn vì làng hòa bình Việt Nam - Hàn Quốc tại Bình Định.",
     [("Hành động bom mìn vì làng hòa bình Việt Nam - Hàn Quốc", "korea-vietnam-peace-village-project", None)]),
    ("Trung tâm Hành động bom mìn quốc gia Việt Nam phối hợp với Chương trình phát triển Liên hợp quốc tổ chức "
     "Hội thảo triển khai giáo dục phòng, tránh tai nạn bom, mìn năm 2019.",
     [("Chương trình phát triển Liên hợp quốc", "united-nations-development-programme", None),
      ("giáo dục phòng, tránh tai nạn bom, mìn", "mine-risk-education", None)]),
    ("Binh Dinh has worked with domestic and foreign organizations to conduct mine risk education programs.",
     [("mine risk education", "mine-risk-education", None)]),
    ("A ceremony was held in Dong Ha city to mark the International Day for Mine Awareness and Assistance in "
     "Mine Action; organisers presented gifts to the victims of bombs and mines.",
     [("International Day for Mine Awareness and Assistance in Mine Action", "international-mine-awareness-day",
       None),
      ("victims of bombs and mines", "uxo-victims", None)]),
    ("Chương trình nhằm nâng cao nhận thức nhân ngày Thế giới phòng, chống bom mìn 4-4 hằng năm; hỗ trợ nạn nhân "
     "bom mìn.",
     [("ngày Thế giới phòng, chống bom mìn", "international-mine-awareness-day", None),
      ("nạn nhân bom mìn", "uxo-victims", None)]),
    ("Việt Nam còn hơn 18% diện tích bị ô nhiễm; đã có hơn 40 nghìn người chết do bom mìn và vật liệu nổ.",
     [("bom mìn và vật liệu nổ", "post-war-uxo", None)]),
    ("The NPA/RENEW project: Norwegian People's Aid and the Mines Advisory Group (MAG) clear cluster bombs.",
     [("RENEW project", "project-renew", None), ("Norwegian People's Aid", "norwegian-peoples-aid", None),
      ("Mines Advisory Group", "mines-advisory-group", None), ("MAG", "mines-advisory-group", None)]),
    ("Trong năm 2020, Dự án RENEW/Tổ chức Viện trợ Nhân dân Na Uy đã khảo sát; Nhóm tư vấn bom mìn rà phá.",
     [("Dự án RENEW", "project-renew", None), ("Tổ chức Viện trợ Nhân dân Na Uy", "norwegian-peoples-aid", None),
      ("Nhóm tư vấn bom mìn", "mines-advisory-group", None)]),
    ("In 2018, Vietnam requested support; the Vietnamese Wartime Accounting Initiative (VWAI) followed.",
     [("Vietnamese Wartime Accounting Initiative", "vietnamese-wartime-accounting-initiative", None),
      ("VWAI", "vietnamese-wartime-accounting-initiative", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_legacies_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # The Vietnamese martyrs' repatriation is not the US servicemen's ceremony.
        ("Lễ hồi hương hài cốt liệt sỹ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Campuchia.",
         "us-mia-remains-repatriation-ceremony"),
        # "Đợt trao trả hài cốt" is read only with its number.
        ("Đây là đợt trao trả hài cốt đầu tiên trong năm.", "us-mia-remains-repatriation-ceremony"),
        # A team number is read whole: K720 is not K72, K5 is not K52.
        ("Đội K720 tham gia diễn tập.", "team-k72"),
        ("Đội K5 lên đường.", "team-k52"),
        # Identifying a suspect is not identifying martyrs' remains.
        ("Công an đã xác định danh tính nghi phạm.", "identification-of-martyrs-remains"),
        # Another "special" team is not the Lao Special Working Committee.
        ("Tổ công tác đặc biệt của tỉnh đã làm việc.", "special-working-committee"),
        # A "repatriation" of citizens is not a remains-search team.
        ("Vietnam organised repatriation flights for citizens.", "martyrs-remains-search-team"),
        # The Steering Committee 701 itself is not its standing agency or office.
        ("Ban Chỉ đạo Quốc gia khắc phục hậu quả bom mìn và chất độc hóa học sau chiến tranh ở Việt Nam họp.",
         "standing-agency-of-steering-committee-701"),
        ("Ban Chỉ đạo Quốc gia khắc phục hậu quả bom mìn và chất độc hóa học sau chiến tranh ở Việt Nam họp.",
         "office-701"),
        # The association's name is not its victims or the chemical.
        ("Hội Nạn nhân chất độc da cam/dioxin Việt Nam (VAVA) họp.", "agent-orange-victims"),
        # Agent Orange alone is the chemical, not the disaster or the victims.
        ("the US army sprayed Agent Orange over the south", "agent-orange-disaster"),
        ("the US army sprayed Agent Orange over the south", "agent-orange-victims"),
        # Dioxin remediation at one airport is not the other's.
        ("dự án xử lý dioxin tại sân bay Biên Hòa", "da-nang-airport-dioxin-remediation"),
        ("dự án xử lý chất độc dioxin tại sân bay Đà Nẵng", "bien-hoa-airport-dioxin-remediation"),
        # Each KOICA project is itself, not the other.
        ("the Korea-Vietnam Mine Action project (KVMAP)", "korea-vietnam-peace-village-project"),
        ("the Korea - Vietnam Peace Village Project (KVPVP)", "korea-vietnam-mine-action-project"),
        # The Philippines' NPA (New People's Army) is not Norwegian People's Aid.
        ("Clashes with the NPA continued in Mindanao.", "norwegian-peoples-aid"),
        # "MIA" is an acronym: "Mia" the name is not it.
        ("Actress Mia Farrow visited Hanoi.", "us-servicemen-missing-in-action"),
    ],
)
def test_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("DPAA", "defense-pow-mia-accounting-agency"),
        ("VNOSMP", "vietnam-office-for-seeking-missing-persons"),
        ("Co quan Viet Nam tim kiem nguoi mat tich", "vietnam-office-for-seeking-missing-persons"),
        ("Team K71", "team-k71"),
        ("Doi K52", "team-k52"),
        ("VAVA", "vietnam-association-of-victims-of-agent-orange"),
        ("Hoi Nan nhan chat doc da cam/dioxin Viet Nam", "vietnam-association-of-victims-of-agent-orange"),
        ("Office 701", "office-701"),
        ("Van phong 701", "office-701"),
        ("KOICA", "korea-international-cooperation-agency"),
        ("USAID", "united-states-agency-for-international-development"),
        ("Joint Field Activity", "joint-field-activity"),
        ("MIA", "us-servicemen-missing-in-action"),
        ("xu ly dioxin tai san bay Bien Hoa", "bien-hoa-airport-dioxin-remediation"),
        ("mine risk education", "mine-risk-education"),
        ("thảm họa da cam", "agent-orange-disaster"),
        ("lễ truy điệu, an táng", "memorial-and-burial-service"),
        ("war legacies", "overcoming-war-consequences"),
    ],
)
def test_lookup_puts_the_legacies_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected_id)


NEW_IDS = [
    "martyrs-remains-search-team", "team-k52", "team-k53", "team-k70", "team-k71", "team-k73", "team-k90",
    "team-k93", "memorial-and-burial-service", "special-working-committee", "identification-of-martyrs-remains",
    "us-servicemen-missing-in-action", "us-mia-remains-repatriation-ceremony", "joint-field-activity",
    "vietnam-office-for-seeking-missing-persons", "defense-pow-mia-accounting-agency", "us-mia-office-in-hanoi",
    "united-states-agency-for-international-development", "mou-war-legacies-vietnam-us",
    "standing-agency-of-steering-committee-701", "office-701",
    "national-action-centre-for-toxic-chemicals-and-environmental-treatment",
    "vietnam-association-of-victims-of-agent-orange", "agent-orange-victims", "agent-orange-disaster",
    "day-for-agent-orange-victims", "dioxin-remediation", "bien-hoa-airport-dioxin-remediation",
    "da-nang-airport-dioxin-remediation", "dioxin-hotspot", "uxo-victims", "international-mine-awareness-day",
    "korea-international-cooperation-agency", "united-nations-development-programme",
    "korea-vietnam-mine-action-project", "korea-vietnam-peace-village-project", "mine-risk-education",
    "vietnamese-wartime-accounting-initiative", "project-renew", "norwegian-peoples-aid", "mines-advisory-group",
]
# Search teams named on one page each (the team's number is its name in both languages).
ONE_PAGE_IDS = ["team-k51", "team-k72", "team-k91", "team-k92"]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))


@pytest.mark.parametrize("term_id", ONE_PAGE_IDS)
def test_search_teams_cite_a_strong_page(bundled_termbase: TermBase, term_id: str) -> None:
    term = bundled_termbase.get(term_id)
    assert not source_problems(term)
    assert not name_problems(term)
    assert term.vi == "Đội " + term.en.removeprefix("Team ")


@pytest.mark.parametrize("term_id", ["joint-field-activity", "us-mia-remains-repatriation-ceremony"])
def test_numbered_us_mia_events_take_ordinals(bundled_termbase: TermBase, term_id: str) -> None:
    assert bundled_termbase.get(term_id).series


def test_extended_entries_no_longer_cite_weak_or_unrelated_pages(bundled_termbase: TermBase) -> None:
    for term_id in ("post-war-uxo", "agent-orange-dioxin"):
        sources = " ".join(bundled_termbase.get(term_id).sources)
        assert "counteriedreport.com" not in sources and "everycrsreport.com" not in sources
