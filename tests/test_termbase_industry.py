"""Issue 10, sixth round: defence industry, military science and technology, cyberspace and digital transformation.

The industry and technology side of defence news: the General Department of Defence Industry, Viettel and
the defence enterprises, weapons and technical equipment, technology transfer and military-technical
cooperation, the defence expos at home and abroad, the Party's resolutions on the defence industry and on
science, technology, innovation and digital transformation; cyberspace beside the Cyberspace Operations
Command (Command 86) and Force 47; digital transformation in the army. Each sentence is worded as VNA,
VOV, QĐND, Nhân Dân, Việt Nam News, the National Defence Journal or a provincial paper writes it (the
sources are in each entry); the look-alike cases pin what must NOT be resolved: a command's name is not
the concept inside it, and a short term does not fire inside an unrelated longer name.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import ids as _ids


SENTENCES = [
    # The defence industry's bodies, firms and titles
    ("Major General Le Quang Tuyen, Deputy Director of the General Department of Defence Industry, said the "
     "expo will cover an area of about 100,000 sq.m.",
     [("Deputy Director of the General Department of Defence Industry",
       "title-deputy-director-of-the-general-department-of-defence-industry", None)]),
    ("Đoàn Việt Nam do Đại tá Lê Quang Tuyến, Phó chủ nhiệm Tổng cục Công nghiệp Quốc phòng, làm Trưởng đoàn.",
     [("Phó chủ nhiệm Tổng cục Công nghiệp Quốc phòng",
       "title-deputy-director-of-the-general-department-of-defence-industry", None)]),
    ("Trung tướng Nguyễn Mạnh Hùng, Chính ủy Tổng cục CNQP chủ trì hội nghị. Cùng dự có Trung tướng Hồ Quang "
     "Tuấn, Chủ nhiệm Tổng cục CNQP.",
     [("Tổng cục CNQP", "general-department-of-defence-industry", None),
      ("Chủ nhiệm Tổng cục CNQP", "title-director-of-the-general-department-of-defence-industry", None)]),
    ("16 contracts were signed primarily by the General Department of Defense Industry and Military Industry "
     "and Telecoms Group Viettel of Vietnam.",
     [("General Department of Defense Industry", "general-department-of-defence-industry", None),
      ("Military Industry and Telecoms Group Viettel", "viettel", None)]),
    ("Những chiếc máy bay không người lái quân sự của Tập đoàn Viễn thông Quân đội (Viettel) đã bay thử nghiệm.",
     [("máy bay không người lái", "unmanned-aerial-vehicle", None),
      ("Tập đoàn Viễn thông Quân đội", "viettel", None)]),
    ("Both sides will cooperate in developing satellites, unmanned aerial vehicle (UAV) and materials industry.",
     [("unmanned aerial vehicle", "unmanned-aerial-vehicle", None), ("UAV", "unmanned-aerial-vehicle", None)]),
    ("the Vietnamese stall is chaired by his department, with the participation of military-run Viettel Group "
     "and the Defence Economic Technical Industry Corporation.",
     [("Defence Economic Technical Industry Corporation", "defence-economic-technical-industry-corporation", None)]),
    # Defence industry concepts
    ("Tạo điều kiện để các doanh nghiệp quốc phòng (DNQP) chủ động tham gia hội nhập quốc tế; tăng cường hợp "
     "tác chuyển giao công nghệ.",
     [("doanh nghiệp quốc phòng", "defence-enterprise", None), ("DNQP", "defence-enterprise", None),
      ("chuyển giao công nghệ", "technology-transfer", None)]),
    ("Domestic and international defence enterprises will introduce combat vehicles and technological solutions.",
     [("defence enterprises", "defence-enterprise", None)]),
    ("Cùng với việc bảo đảm tính tự chủ của CNQP trong sản xuất, sửa chữa vũ khí, trang bị kỹ thuật.",
     [("vũ khí, trang bị kỹ thuật", "weapons-and-technical-equipment", None)]),
    ("the self-reliance of the defense industry sector in manufacturing and repairing weapons and technical "
     "equipment",
     [("weapons and technical equipment", "weapons-and-technical-equipment", None)]),
    ("producing, repairing, renovating, modernizing technical equipment; managing the quality of defense products",
     [("technical equipment", "technical-equipment", None)]),
    ("The general department mastered core technologies to design and produce new and modern equipment.",
     [("core technologies", "core-technology", None)]),
    ("Viettel tập trung vào việc làm chủ công nghệ lõi nhằm giảm phụ thuộc vào bên ngoài.",
     [("công nghệ lõi", "core-technology", None)]),
    ("phát triển công nghiệp quốc phòng theo hướng chủ động, tự lực, tự cường, hiện đại, lưỡng dụng",
     [("công nghiệp quốc phòng", "defence-industry", None), ("lưỡng dụng", "dual-use", None)]),
    ("Vnukov spoke highly of military and military technical cooperation between the two nations.",
     [("military technical cooperation", "military-technical-cooperation", None)]),
    ("Kỳ họp lần thứ 21 Ủy ban Liên chính phủ Việt Nam - LB Nga về hợp tác kỹ thuật quân sự",
     [("hợp tác kỹ thuật quân sự", "military-technical-cooperation", None)]),
    ("The briefing was co-chaired by Major General Le Quang Tuyen, Deputy Chief of the General Department of Defense "
     "Industry.",
     [("Deputy Chief of the General Department of Defense Industry",
       "title-deputy-director-of-the-general-department-of-defence-industry", None)]),
    ("Động viên công nghiệp là một nhiệm vụ của động viên quốc phòng.",
     [("Động viên công nghiệp", "industrial-mobilisation", None)]),
    ("The PM ordered continuing to rearrange key defence industry establishments toward establishing modern and "
     "effective defence industry complexes.",
     [("defence industry establishments", "defence-industry-establishment", None),
      ("defence industry complexes", "defence-industry-complex", None)]),
    ("Xây dựng, phát triển cơ sở công nghiệp quốc phòng nòng cốt tinh, gọn, mạnh.",
     [("cơ sở công nghiệp quốc phòng", "defence-industry-establishment", None)]),
    ("The Military Industrial and Telecommunication Group (Viettel) signed a cooperation agreement.",
     [("Military Industrial and Telecommunication Group", "viettel", None)]),
    ("Quân ủy Trung ương đã ban hành Nghị quyết số 1652-NQ/QUTW về lãnh đạo công tác khoa học quân sự.",
     [("khoa học quân sự", "military-science", None)]),
    ("the department conducted various research projects on military art and military science and technology",
     [("military science", "military-science", None)]),
    ("the GDDI's agencies have carried out international integration and defense foreign relations",
     [("defense foreign relations", "defence-diplomacy", None)]),
    # The Party's resolutions, the laws and the national AI strategy
    ("Hội nghị quán triệt, triển khai thực hiện Nghị quyết số 08-NQ/TW ngày 26/1/2022 của Bộ Chính trị khóa XIII.",
     [("Nghị quyết số 08-NQ/TW", "resolution-08-on-defence-industry", None)]),
    ("the implementation of the 13th Politburo's Resolution No.08-NQ/TW dated January 26, 2022",
     [("Resolution No.08-NQ/TW", "resolution-08-on-defence-industry", None)]),
    ("On 22 December 2024, the 13th Politburo issued Resolution 57-NQ/TW on breakthroughs in science, technology.",
     [("Resolution 57-NQ/TW", "resolution-57-on-science-technology-innovation-and-digital-transformation", None)]),
    ("thì Nghị quyết 57-NQ/TW khơi dậy khát vọng cho tư duy đột phá",
     [("Nghị quyết 57-NQ/TW", "resolution-57-on-science-technology-innovation-and-digital-transformation", None)]),
    ("Bộ Quốc phòng đã ban hành kế hoạch thực hiện Chiến lược Quốc gia về nghiên cứu, phát triển và ứng dụng trí "
     "tuệ nhân tạo đến năm 2030.",
     [("Chiến lược Quốc gia về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo đến năm 2030",
       "national-strategy-on-artificial-intelligence-to-2030", None)]),
    ("various laws such as the Cybersecurity Law, the Electronic Transactions Law, and the Telecommunications Law.",
     [("Cybersecurity Law", "cybersecurity-law", None),
      ("Electronic Transactions Law", "law-on-electronic-transactions", None),
      ("Telecommunications Law", "law-on-telecommunications", None)]),
    ("Quốc hội đã biểu quyết thông qua Luật Giao dịch điện tử (sửa đổi) và Luật Viễn thông (sửa đổi).",
     [("Luật Giao dịch điện tử", "law-on-electronic-transactions", None),
      ("Luật Viễn thông", "law-on-telecommunications", None)]),
    # Defence expos, with their editions
    ("Vietnam Defense Expo 2024 to take place from December 19 to 22",
     [("Vietnam Defense Expo", "vietnam-international-defence-expo", None)]),
    ("It also worked with other agencies to organise the first Vietnam International Defence Expo.",
     [("first Vietnam International Defence Expo", "vietnam-international-defence-expo", 1)]),
    ("Vietnam is showcasing its defence industry at the 8th Indonesia Defence Expo & Forum 2018 (INDODEFENCE 2018).",
     [("8th Indonesia Defence Expo & Forum", "indo-defence-expo-and-forum", 8)]),
    ("Ngày 2-11, Diễn đàn và Triển lãm quốc phòng Indonesia 2022 (Indo Defence 2022 Expo & Forum) đã khai mạc.",
     [("Diễn đàn và Triển lãm quốc phòng Indonesia", "indo-defence-expo-and-forum", None)]),
    ("Đại tướng Phan Văn Giang dẫn đầu Đoàn tham dự lễ khai mạc Diễn đàn kỹ thuật quân sự quốc tế 2023 (Army-2023).",
     [("Diễn đàn kỹ thuật quân sự quốc tế", "international-military-technical-forum-army", None)]),
    ("A Vietnamese delegation participated in the opening ceremony of the international military-technical forum "
     "(Army 2023) in Moscow.",
     [("international military-technical forum", "international-military-technical-forum-army", None)]),
    # Cyberspace
    ("the unit is responsible for firmly protecting the national sovereignty in cyberspace as well as "
     "information-technology security in the whole military, fighting against high-tech crimes",
     [("national sovereignty in cyberspace", "national-sovereignty-in-cyberspace", None),
      ("high-tech crimes", "high-tech-crime", None)]),
    ("Bộ Tư lệnh Tác chiến không gian mạng đóng vai trò nòng cốt trong bảo vệ Tổ quốc trên không gian mạng, đấu "
     "tranh phòng, chống tội phạm công nghệ cao.",
     [("Bộ Tư lệnh Tác chiến không gian mạng", "cyberspace-operations-command", None),
      ("bảo vệ Tổ quốc trên không gian mạng", "protecting-the-fatherland-in-cyberspace", None),
      ("tội phạm công nghệ cao", "high-tech-crime", None)]),
    ("giúp Bộ Quốc phòng thực hiện chức năng quản lý nhà nước về bảo vệ chủ quyền quốc gia trên không gian mạng",
     [("chủ quyền quốc gia trên không gian mạng", "national-sovereignty-in-cyberspace", None)]),
    ("As one of the key units tasked with protecting the Fatherland in cyberspace, the Party Committee of the 86th "
     "Command has effectively led the work.",
     [("protecting the Fatherland in cyberspace", "protecting-the-fatherland-in-cyberspace", None),
      ("86th Command", "cyberspace-operations-command", None)]),
    ("In modern warfare, cyberspace is considered the fifth combat environment; managing, inspecting, and "
     "evaluating information security",
     [("cyberspace", "cyberspace", None), ("information security", "information-security", None)]),
    ("Đảng ủy, BTL 86 lãnh đạo lực lượng tác chiến KGM toàn quân.",
     [("KGM", "cyberspace", None)]),
    ("Viettel provides systems for cyber warfare and simulation models for training.",
     [("cyber warfare", "cyber-warfare", None)]),
    ("Viettel cũng cung cấp những hệ thống tác chiến trên không gian mạng và các hệ thống mô hình mô phỏng.",
     [("tác chiến trên không gian mạng", "cyber-warfare", None)]),
    ("lực lượng tác chiến điện tử trong toàn quân tiếp tục được củng cố",
     [("tác chiến điện tử", "electronic-warfare", None)]),
    ("Lực lượng 47 được thành lập theo Chỉ thị số 47/CT của Tổng cục Chính trị.",
     [("Lực lượng 47", "force-47", None)]),
    ("Force 47 consists of more than 10,000 core fighters.",
     [("Force 47", "force-47", None)]),
    ("The Vietnam Computer Emergency Response Team (VNCERT) organised the 2017 ASEAN CERT Incident Drill in Hanoi.",
     [("Vietnam Computer Emergency Response Team", "vietnam-computer-emergency-response-team", None),
      ("VNCERT", "vietnam-computer-emergency-response-team", None),
      ("ASEAN CERT Incident Drill", "asean-cert-incident-drill", None)]),
    ("Năm 2023 sẽ là năm thứ 18 diễn tập an toàn thông tin mạng quốc tế ACID được tổ chức.",
     [("diễn tập an toàn thông tin mạng quốc tế ACID", "asean-cert-incident-drill", None)]),
    ("ASEAN, dialogue countries enhance cooperation in coping with cyberattacks",
     [("cyberattacks", "cyberattack", None)]),
    ("Việt Nam cùng các nước ASEAN tập dượt ứng phó tấn công mạng đa hướng",
     [("tấn công mạng", "cyberattack", None)]),
    # Digital transformation
    ("Quyết liệt thực hiện chuyển đổi số trong Bộ Quốc phòng",
     [("chuyển đổi số", "digital-transformation", None)]),
    ("He requested it boost digital transformation and build brands for products of the defence industry.",
     [("digital transformation", "digital-transformation", None)]),
    ("Continue to promote digital transformation and build e-Government in the Military",
     [("e-Government", "e-government", None)]),
    ("đẩy mạnh chuyển đổi số, xây dựng Chính phủ điện tử, tiến tới Chính phủ số",
     [("Chính phủ điện tử", "e-government", None), ("Chính phủ số", "digital-government", None)]),
    ('triển khai thực hiện Phong trào "Bình dân học vụ số" trong Bộ Quốc phòng giai đoạn 2021-2025',
     [("Bình dân học vụ số", "digital-literacy-for-all-movement", None)]),
    ("Prime Minister Pham Minh Chinh launched a platform for the Digital Literacy for All movement.",
     [("Digital Literacy for All movement", "digital-literacy-for-all-movement", None)]),
    ('Industry 4.0, or "Fourth Industrial Revolution", has offered opportunities',
     [("Industry 4.0", "fourth-industrial-revolution", None),
      ("Fourth Industrial Revolution", "fourth-industrial-revolution", None)]),
    ("chủ động, tích cực tham gia cuộc Cách mạng công nghiệp lần thứ tư",
     [("cuộc Cách mạng công nghiệp lần thứ tư", "fourth-industrial-revolution", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_industry_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # A command, a department or a law named after a concept is not the concept.
        ("Bộ Tư lệnh Tác chiến không gian mạng tổ chức hội nghị.", "cyber-warfare"),
        ("Bộ Tư lệnh Tác chiến không gian mạng tổ chức hội nghị.", "cyberspace"),
        ("Cục Tác chiến điện tử tổ chức lễ công bố quyết định thành lập Lữ đoàn 96.", "electronic-warfare"),
        ("protecting the Fatherland early and from afar in cyberspace", "protecting-the-fatherland-in-cyberspace"),
        # The whole phrase is one entry, not its last words.
        ("sản xuất, sửa chữa vũ khí, trang bị kỹ thuật", "technical-equipment"),
        ("manufacturing weapons and technical equipment for the military", "technical-equipment"),
        # The Government is not its digital or electronic stage, nor the other way round.
        ("Văn phòng Chính phủ", "digital-government"),
        ("Chính phủ số", "government-of-vietnam"),
        # Defence enterprises are not the defence industry, nor a military-owned enterprise in any trade.
        ("doanh nghiệp quốc phòng", "defence-industry"),
        ("các doanh nghiệp quân đội", "defence-enterprise"),
        # The law's name is the law, not the industrial mobilisation inside it.
        ("Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp được thông qua", "industrial-mobilisation"),
        # The academy and the department are not the science in their names.
        ("Học viện Khoa học Quân sự khai giảng năm học mới", "military-science"),
        ("Cục Khoa học quân sự Bộ Quốc phòng", "military-science"),
        # A resolution of another number is not resolution 08 or 57.
        ("Nghị quyết số 806-NQ/QUTW của Quân ủy Trung ương", "resolution-08-on-defence-industry"),
        ("Nghị quyết số 35-NQ/TW của Bộ Chính trị", "resolution-57-on-science-technology-innovation-and-digital-transformation"),
        # Short common words do not fire inside longer unrelated phrases.
        ("bảo đảm an toàn, thông tin liên lạc thông suốt", "information-security"),
        ("cơ quan chuyển giao hồ sơ công nghệ cho đối tác", "technology-transfer"),
        ("Lực lượng vũ trang tỉnh", "force-47"),
        ("Quân đoàn 4 và lực lượng 12 đơn vị", "force-47"),
    ],
)
def test_longer_names_and_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("chuyển đổi số", "digital-transformation"),
        ("chuyen doi so", "digital-transformation"),
        # The command's short name stays the command's.
        ("Tác chiến không gian mạng", "cyberspace-operations-command"),
        ("không gian mạng", "cyberspace"),
        ("UAV", "unmanned-aerial-vehicle"),
        ("DNQP", "defence-enterprise"),
        ("Nghị quyết 57-NQ/TW", "resolution-57-on-science-technology-innovation-and-digital-transformation"),
        ("Resolution 08-NQ/TW", "resolution-08-on-defence-industry"),
        ("Tổng cục CNQP", "general-department-of-defence-industry"),
        ("86th Command", "cyberspace-operations-command"),
        ("Indo Defence", "indo-defence-expo-and-forum"),
    ],
)
def test_lookup_puts_the_industry_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected_id)


NEW_IDS = [
    "defence-enterprise", "weapons-and-technical-equipment", "technical-equipment", "technology-transfer",
    "core-technology", "dual-use", "military-technical-cooperation", "resolution-08-on-defence-industry",
    "resolution-57-on-science-technology-innovation-and-digital-transformation",
    "national-strategy-on-artificial-intelligence-to-2030",
    "title-deputy-director-of-the-general-department-of-defence-industry",
    "defence-economic-technical-industry-corporation", "indo-defence-expo-and-forum",
    "international-military-technical-forum-army", "cyberspace", "national-sovereignty-in-cyberspace",
    "protecting-the-fatherland-in-cyberspace", "cyber-warfare", "high-tech-crime", "information-security",
    "digital-transformation", "e-government", "digital-government", "digital-literacy-for-all-movement",
    "fourth-industrial-revolution", "unmanned-aerial-vehicle", "law-on-electronic-transactions",
    "law-on-telecommunications", "electronic-warfare", "force-47", "industrial-mobilisation",
    "vietnam-computer-emergency-response-team", "asean-cert-incident-drill", "defence-industry-establishment",
    "defence-industry-complex", "cyberattack", "military-science",
]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))


def test_the_industry_section_holds_every_new_entry(bundled_termbase: TermBase) -> None:
    assert len(NEW_IDS) == len(set(NEW_IDS))
    assert all(bundled_termbase.get(term_id) is not None for term_id in NEW_IDS)
