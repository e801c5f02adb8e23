"""Issue 10, fifth round: national defence at home.

The domestic side of defence that the press reports beside diplomatic news: military service and the
recruits' send-off, demobilisation, the reserve force (reservists, reserve units and equipment, the
yearly readiness checks), the militia and self-defence force, defence and security education (the
councils and the refresher courses), defensive zones and the all-people defence posture, and the
army's political and policy work. Each sentence is worded as VNA, QĐND, the National Defence Journal,
VietNamNet or a provincial paper writes it (the sources are in each entry); the look-alike cases pin
what must NOT be resolved: a body's central council is not the local one, a unit's send-off is not the
recruits', and a short common word does not fire inside an unrelated phrase.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import ids as _ids


SENTENCES = [
    # Military service: the send-off, the recruits, the councils
    ("Sáng 14/2/2017, các địa phương trên cả nước đã đồng loạt tổ chức lễ giao nhận quân năm 2017.",
     [("lễ giao nhận quân", "recruit-handover-ceremony", None)]),
    ("New recruits from Ninh Binh province at the send-off ceremony held on February 25.",
     [("New recruits", "recruit", None), ("send-off ceremony", "recruit-handover-ceremony", None)]),
    ("The conscription ceremony was conducted in a solemn, efficient, safe manner.",
     [("conscription ceremony", "recruit-handover-ceremony", None)]),
    ("The remaining 33 localities will carry out the handover of recruits to the military in the next two days.",
     [("handover of recruits", "recruit-handover-ceremony", None)]),
    ("Young people wave at their families at a see-off ceremony in Phu Tho province on February 20.",
     [("see-off ceremony", "recruit-handover-ceremony", None)]),
    ("At similar ceremonies in other districts of Hanoi, newly conscripted soldiers said they are eager to serve.",
     [("newly conscripted soldiers", "recruit", None)]),
    ("military agencies actively consulted with the Military Service Council to improve the conscription process",
     [("Military Service Council", "military-service-council", None), ("conscription", "military-recruitment", None)]),
    ("General Luong Cuong, Chairman of the General Political Department of the Vietnam People's Army (VPA)",
     [("Chairman of the General Political Department of the Vietnam People's Army",
       "title-director-of-the-general-department-of-politics", None)]),
    # Demobilisation
    ("Sau khi hoàn thành nghĩa vụ quân sự, mỗi quân nhân được hưởng chế độ xuất ngũ từ 11,7 triệu đồng.",
     [("nghĩa vụ quân sự", "military-service", None), ("xuất ngũ", "demobilisation", None)]),
    ("Buổi gặp mặt 31 quân nhân xuất ngũ năm 2026 diễn ra trong không khí trang trọng.",
     [("quân nhân xuất ngũ", "demobilised-soldier", None)]),
    ("Over 300 demobilized soldiers in HCMC introduced jobs.",
     [("demobilized soldiers", "demobilised-soldier", None)]),
    # The reserve force
    ("the Provincial Military Command mobilized 3,975/4,007 reserve soldiers to participate in training",
     [("Provincial Military Command", "provincial-military-command", None), ("reserve soldiers", "reservist", None)]),
    ("Nghe An organizes joint training and drills for reserve mobilization forces",
     [("reserve mobilization forces", "reserve-force", None)]),
    ("Lực lượng dự bị động viên gồm toàn thể quân nhân dự bị và phương tiện kỹ thuật dự bị.",
     [("Lực lượng dự bị động viên", "reserve-force", None), ("quân nhân dự bị", "reservist", None),
      ("phương tiện kỹ thuật dự bị", "reserve-technical-equipment", None)]),
    ("a) Tổ chức biên chế đơn vị dự bị động viên. c) Tuyển chọn, đào tạo sĩ quan dự bị.",
     [("đơn vị dự bị động viên", "reserve-unit", None), ("sĩ quan dự bị", "reserve-officer", None)]),
    ("MR1 has properly executed the work of building and managing reserve units in accord with the Ordinance on "
     "the Reserve Force; the number of trained reserve officers surged 6.8fold.",
     [("reserve units", "reserve-unit", None),
      ("Ordinance on the Reserve Force", "ordinance-on-the-reserve-force", None),
      ("reserve officers", "reserve-officer", None)]),
    ("mobilized and inspected 44 technical vehicles for mobilization readiness, in accordance with the Law on "
     "Mobilization Reserves",
     [("mobilization readiness", "mobilisation-readiness-check", None),
      ("Law on Mobilization Reserves", "law-on-the-military-reserve-force", None)]),
    ("Nội dung huấn luyện gồm diễn tập, kiểm tra sẵn sàng động viên, sẵn sàng chiến đấu.",
     [("kiểm tra sẵn sàng động viên", "mobilisation-readiness-check", None)]),
    # The militia and self-defence force
    ("Under the management of the Kien Giang Military High Command, the standing militia squadron patrols the sea.",
     [("standing militia squadron", "standing-militia-squadron", None)]),
    ("Vietnam to build maritime militias in 14 coastal provinces.",
     [("maritime militias", "maritime-militia", None)]),
    ("Tỉnh đã thành lập hải đội dân quân thường trực và các đơn vị dân quân tự vệ biển.",
     [("hải đội dân quân thường trực", "standing-militia-squadron", None),
      ("dân quân tự vệ biển", "maritime-militia", None)]),
    ("Ngày 28/3 hằng năm là Ngày truyền thống Dân quân tự vệ.",
     [("Ngày truyền thống Dân quân tự vệ", "militia-and-self-defence-force-traditional-day", None)]),
    ("Lieutenant General Pham Quang Ngan, Head of the Department of Militia and Self-Defense Forces",
     [("Department of Militia and Self-Defense Forces", "department-of-militia-and-self-defence", None)]),
    # Defence and security education
    ("Hội đồng Giáo dục quốc phòng và an ninh tỉnh Thanh Hóa khai giảng lớp bồi dưỡng kiến thức quốc phòng - an "
     "ninh đối tượng 3.",
     [("Hội đồng Giáo dục quốc phòng và an ninh", "defence-and-security-education-council", None),
      ("lớp bồi dưỡng kiến thức quốc phòng - an ninh", "defence-and-security-knowledge-refresher-course", None)]),
    ("tại Trường Quân sự tỉnh, Hội đồng Giáo dục QP-AN tỉnh Tây Ninh tổ chức khai giảng",
     [("Trường Quân sự tỉnh", "provincial-military-school", None),
      ("Hội đồng Giáo dục QP-AN", "defence-and-security-education-council", None)]),
    ("Phó Thủ tướng làm Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh Trung ương.",
     [("Hội đồng Giáo dục quốc phòng và an ninh Trung ương", "central-council-for-defence-and-security-education",
       None)]),
    ("the Standing Agency of the Central Council for Defence and Security Education",
     [("Central Council for Defence and Security Education", "central-council-for-defence-and-security-education",
       None)]),
    ("Defense and Security Education Councils (DSECs) to be established",
     [("Defense and Security Education Councils", "defence-and-security-education-council", None),
      ("DSECs", "defence-and-security-education-council", None)]),
    ("The National Defense Academy concluded the 84th refresher course on defense-security knowledge.",
     [("National Defense Academy", "national-defence-academy", None),
      ("refresher course on defense-security knowledge", "defence-and-security-knowledge-refresher-course", None)]),
    ("the whole military organized nearly 6,100 defense-security courses for about 504,000 trainees",
     [("defense-security courses", "defence-and-security-knowledge-refresher-course", None)]),
    # Defensive zones and the all-people posture
    ("building the whole people's defense posture in line with the people's security posture",
     [("whole people's defense posture", "all-people-national-defence-posture", None),
      ("people's security posture", "peoples-security-posture", None)]),
    ("the Party's viewpoints on building the whole-people defense posture",
     [("whole-people defense posture", "all-people-national-defence-posture", None)]),
    ("Decree No.152 of the Government on building firm defensive areas; a strong whole-people defense",
     [("defensive areas", "defensive-zone", None), ("whole-people defense", "all-people-national-defence", None)]),
    # Political work, the army rear and policy
    ("Công tác chính sách đối với Quân đội và hậu phương Quân đội là nội dung của công tác đảng, công tác chính trị.",
     [("hậu phương Quân đội", "army-rear", None),
      ("công tác đảng, công tác chính trị", "party-and-political-work", None)]),
    ("gifts to the policy households on the occasion of the 78th anniversary of the foundation day of the Vietnam "
     "People's Army, 33rd whole people's festive day",
     [("policy households", "policy-beneficiary-family", None),
      ("foundation day of the Vietnam People's Army", "vpa-founding-anniversary", None),
      ("whole people's festive day", "all-people-national-defence-festival", None)]),
    ("At least 2,765 communes will be recognised as new-style rural areas by the end of 2017.",
     [("new-style rural areas", "new-style-rural-area", None)]),
    ("Lực lượng vũ trang huyện tham gia xây dựng nông thôn mới.",
     [("nông thôn mới", "new-style-rural-area", None)]),
    # Enlistment, commune commanders, the armed forces, postures, local work, schools, squadrons and the movement
    ("Thanh niên lên đường nhập ngũ, thực hiện nghĩa vụ quân sự.",
     [("nhập ngũ", "enlistment", None), ("nghĩa vụ quân sự", "military-service", None)]),
    ("Đồng chí Nguyễn Phi Tuấn, Chỉ huy trưởng Ban CHQS xã Lộc Hà, cho biết.",
     [("Chỉ huy trưởng Ban CHQS xã", "title-commander-of-the-commune-military-command", None)]),
    ("the working relationship of the Commander of the Commune-level Military Command",
     [("Commander of the Commune-level Military Command", "title-commander-of-the-commune-military-command", None)]),
    ("Lý do không còn chức danh Phó Chỉ huy trưởng Ban Chỉ huy Quân sự cấp xã",
     [("Phó Chỉ huy trưởng Ban Chỉ huy Quân sự cấp xã", "title-deputy-commander-of-the-commune-military-command",
       None)]),
    ("Dân quân tự vệ là thành phần của lực lượng vũ trang nhân dân.",
     [("Dân quân tự vệ", "militia-and-self-defence-force", None),
      ("lực lượng vũ trang nhân dân", "peoples-armed-forces", None)]),
    ("building the revolutionary, regular, battle-hardened and modern people's armed forces",
     [("people's armed forces", "peoples-armed-forces", None)]),
    ("The image and name of Uncle Ho's Army is a unique phenomenon.",
     [("Uncle Ho's Army", "uncle-hos-soldiers", None)]),
    ("the consolidation of the strength of the people's war posture",
     [("people's war posture", "peoples-war-posture", None)]),
    ("xây dựng nền quốc phòng toàn dân, xây dựng thế trận chiến tranh nhân dân",
     [("nền quốc phòng toàn dân", "all-people-national-defence", None),
      ("thế trận chiến tranh nhân dân", "peoples-war-posture", None)]),
    ("nâng cao nhận thức về nhiệm vụ quốc phòng, quân sự địa phương",
     [("quốc phòng, quân sự địa phương", "local-defence-and-military-work", None)]),
    ("planning and organizing the implementation of local military defense work",
     [("local military defense work", "local-defence-and-military-work", None)]),
    ("Hội đồng nghĩa vụ quân sự huyện triệu tập 355 công dân khám sức khỏe nghĩa vụ quân sự.",
     [("Hội đồng nghĩa vụ quân sự", "military-service-council", None),
      ("khám sức khỏe nghĩa vụ quân sự", "military-service-health-examination", None)]),
    ("The mission visited the school's center for defense-security education.",
     [("center for defense-security education", "defence-and-security-education-centre", None)]),
    ("Ho Chi Minh city builds and consolidates the standing militia force.",
     [("standing militia force", "standing-militia", None)]),
    ('Hưởng ứng phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới", các đơn vị làm đường.',
     [("Quân đội chung sức xây dựng nông thôn mới", "military-joins-hands-building-new-style-rural-areas", None)]),
    ('campaigns such as "The military joins hands in building new-style rural areas"',
     [("military joins hands in building new-style rural areas",
       "military-joins-hands-building-new-style-rural-areas", None)]),
    ("Bộ CHQS tỉnh công bố quyết định thành lập Hải đội Dân quân thường trực tỉnh Kiên Giang.",
     [("Hải đội Dân quân thường trực", "standing-militia-squadron", None)]),
    ("Under the management of the Kien Giang Military High Command, the standing militia squadron is entrusted "
     "with two missions.",
     [("standing militia squadron", "standing-militia-squadron", None)]),    ("Many provinces and cities across the country held ceremonies to hand over new recruits in 2024.",
     [("ceremonies to hand over new recruits", "recruit-handover-ceremony", None)]),
    ("Sáng 28.1, Bộ Tư lệnh TP.HCM tổ chức lễ tiễn 1.249 quân nhân xuất ngũ.",
     [("Bộ Tư lệnh TP.HCM", "ho-chi-minh-city-high-command", None),
      ("quân nhân xuất ngũ", "demobilised-soldier", None)]),
    # Contests of the army's political work, with their numbers
    ("Hội thi Olympic các môn khoa học Mác - Lênin, Tư tưởng Hồ Chí Minh toàn quân lần thứ VIII khai mạc.",
     [("Hội thi Olympic các môn khoa học Mác - Lênin, Tư tưởng Hồ Chí Minh toàn quân lần thứ VIII",
       "army-olympiad-on-marxism-leninism-and-ho-chi-minh-thought", 8)]),
    ("Ninth Olympiad on Marxism-Leninism and Ho Chi Minh's thought concludes",
     [("Ninth Olympiad on Marxism-Leninism and Ho Chi Minh's thought",
       "army-olympiad-on-marxism-leninism-and-ho-chi-minh-thought", 9)]),
    ("Tổng kết Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ hai trong Quân đội.",
     [("Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ hai",
       "political-essay-contest-on-protecting-the-partys-ideological-foundation", 2)]),
    ("GS launches writing contest on protecting Party's ideological foundation",
     [("writing contest on protecting Party's ideological foundation",
       "political-essay-contest-on-protecting-the-partys-ideological-foundation", None)]),
    ("contributing to the protection of the Party's ideological foundation",
     [("protection of the Party's ideological foundation", "protecting-the-partys-ideological-foundation", None)]),
    # English forms of the political work, the exercise and the education law
    ("the duty of all-level party committees, political commissars, junior political commissars, commands",
     [("junior political commissars", "title-political-officer", None)]),
    ("Party work and political work in the 80 years of establishment, struggle and growth of the VPA",
     [("Party work and political work", "party-and-political-work", None)]),
    ("Ha Giang province holds defensive exercise",
     [("defensive exercise", "defensive-area-exercise", None)]),
    ("Since the inception of the Law on Defence and Security Education, nearly 2.7 million people have been educated.",
     [("Law on Defence and Security Education", "law-on-national-defence-and-security-education", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_homeland_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # A unit's send-off for a UN mission is not the recruits' send-off, and the other way round.
        ("The send-off ceremony for Level-2 Field Hospital No. 4 to the UN peacekeeping mission was held.",
         "recruit-handover-ceremony"),
        ("New recruits hugged their families at the send-off ceremony before joining the army.",
         "send-off-ceremony"),
        ("UN peacekeeping operations, especially the see-off ceremony for the Engineering Unit Rotation 2",
         "recruit-handover-ceremony"),
        ("Newly-recruited soldiers at a see-off ceremony in Phu Tho province before their military service",
         "send-off-ceremony"),
        # The central council is not the local councils inside its name.
        ("Hội đồng Giáo dục quốc phòng và an ninh Trung ương họp phiên thứ nhất.",
         "defence-and-security-education-council"),
        # The department is not the force, the maritime militia not the militia in general.
        ("Head of the Department of Militia and Self-Defense Forces", "militia-and-self-defence-force"),
        ("các đơn vị dân quân tự vệ biển", "militia-and-self-defence-force"),
        # A military region's school is not a provincial one; a reservist is not any serviceman.
        ("Trường Quân sự Quân khu 4 khai giảng năm học mới.", "provincial-military-school"),
        ("The Law on Mobilization Reserves was passed.", "reserve-force"),
        # Short common words do not fire inside longer unrelated phrases.
        ("Lãnh đạo tỉnh động viên tinh thần các gia đình.", "mobilisation-readiness-check"),
        ("Sinh viên về nông thôn làm tình nguyện.", "new-style-rural-area"),
        ("quân nhân chuyên nghiệp và công nhân viên chức quốc phòng", "reservist"),
        ("sĩ quan cấp tướng", "reserve-officer"),
        # The national Olympiad is not the army schools' one, and the foundation is not the contest.
        ("Hội thi Olympic toàn quốc các môn khoa học Mác - Lênin và tư tưởng Hồ Chí Minh Ánh sáng soi đường",
         "army-olympiad-on-marxism-leninism-and-ho-chi-minh-thought"),
        ("góp phần bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới",
         "political-essay-contest-on-protecting-the-partys-ideological-foundation"),
        # "Mass mobilisation" alone is left to the bodies that carry it in their names.
        ("the provincial Party Committee's Commission for Mass Mobilisation", "mass-mobilisation-work"),
        # The department is not the force its name carries.
        ("the Militia and Self-Defence Department under the General Staff", "militia-and-self-defence-force"),
        # The call-up and the heroes' title are longer names around the new forms.
        ("tuyển chọn và gọi công dân nhập ngũ", "enlistment"),
        ("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "peoples-armed-forces"),
        ("Chủ tịch nước, Thống lĩnh lực lượng vũ trang nhân dân", "peoples-armed-forces"),
        # A deputy is not the commander; people's war alone is not the posture.
        ("Phó Chỉ huy trưởng Ban CHQS xã", "title-commander-of-the-commune-military-command"),
        ("chiến tranh nhân dân bảo vệ Tổ quốc", "peoples-war-posture"),
        # Military service alone is not its medical examination.
        ("Luật Nghĩa vụ quân sự quy định", "military-service-health-examination"),
    ],
)
def test_longer_names_and_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("xuất ngũ", "demobilisation"),
        ("quân nhân xuất ngũ", "demobilised-soldier"),
        ("reservists", "reservist"),
        ("dân quân thường trực", "standing-militia"),
        ("Hội đồng Giáo dục quốc phòng - an ninh", "defence-and-security-education-council"),
        ("bồi dưỡng kiến thức quốc phòng và an ninh", "defence-and-security-knowledge-refresher-course"),
        ("conscription ceremony", "recruit-handover-ceremony"),
        ("nong thon moi", "new-style-rural-area"),
    ],
)
def test_lookup_puts_the_homeland_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected_id)


NEW_IDS = [
    "demobilisation", "demobilised-soldier", "reservist", "reserve-unit", "reserve-officer",
    "reserve-technical-equipment", "mobilisation-readiness-check", "ordinance-on-the-reserve-force",
    "standing-militia", "maritime-militia", "militia-and-self-defence-force-traditional-day",
    "defence-and-security-education-council", "central-council-for-defence-and-security-education",
    "defence-and-security-knowledge-refresher-course", "provincial-military-school", "new-style-rural-area",
    "peoples-armed-forces", "enlistment", "title-commander-of-the-commune-military-command",
    "title-deputy-commander-of-the-commune-military-command", "peoples-war-posture", "local-defence-and-military-work",
    "military-service-health-examination", "defence-and-security-education-centre", "standing-militia-squadron",
    "military-joins-hands-building-new-style-rural-areas", "protecting-the-partys-ideological-foundation",
    "political-essay-contest-on-protecting-the-partys-ideological-foundation",
    "army-olympiad-on-marxism-leninism-and-ho-chi-minh-thought",
]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))


@pytest.mark.parametrize(
    ("text", "expected_id"),
    [
        # The force's full name is not cut into "militia" + "self-defence" by the shorter English forms.
        ("lực lượng dân quân tự vệ", "militia-and-self-defence-force"),
        ("the militia and self-defence forces", "militia-and-self-defence-force"),
        ("the militia force, accounting for 1.5 percent of the population", "militia"),
        ("the Department advises on and directs militia and self-defence work", "militia-and-self-defence-force"),
    ],
)
def test_militia_forms_keep_the_full_name_whole(bundled_matcher: Matcher, text: str, expected_id: str) -> None:
    assert expected_id in _ids(bundled_matcher, text)
