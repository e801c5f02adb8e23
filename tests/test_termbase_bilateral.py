"""Issue 10, fourth round: bilateral defence meetings, official visits and talks.

The commonest story of the Vietnamese defence press: a minister, deputy minister or chief of the
general staff receives or visits a counterpart, holds talks, signs a protocol or a cooperation plan,
often on the sidelines of a multilateral meeting. Each case is worded as VNA, VOV, QĐND, QPVN, Tiền
Phong or Việt Nam News write it (the sources are in each entry); the look-alike cases pin what must
NOT be resolved: a counterpart's title is never Viet Nam's own, a trilateral event is not the
bilateral one inside its name, and a short common phrase does not fire inside a longer one.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup
from tests.termbase_checks import assert_follows_conventions, assert_resolves
from tests.termbase_checks import ids as _ids


SENTENCES = [
    # Visit and meeting vocabulary
    ("Ngay sau lễ đón, hai Bộ trưởng đã tiến hành hội đàm.", [("hội đàm", "talks", None)]),
    ("The same day, Sen. Lieut. Gen Phan Van Giang held talks with his Lao counterpart.",
     [("talks", "talks", None)]),
    ("Bộ trưởng Quốc phòng Việt Nam và người đồng cấp Trung Quốc có cuộc điện đàm trực tiếp.",
     [("điện đàm", "phone-talks", None)]),
    ("Defence Minister General Ngo Xuan Lich held phone talks with his Lao counterpart.",
     [("phone talks", "phone-talks", None)]),
    ("Đại tướng Ngô Xuân Lịch đã đến chào xã giao Thủ tướng Vương quốc Campuchia Samdech Techo Hun Sen.",
     [("chào xã giao", "courtesy-call", None),
      ("Thủ tướng Vương quốc Campuchia", "title-cambodian-prime-minister", None)]),
    ("Deputy Minister Vu Minh Luong paid a courtesy call to Cambodian Deputy Prime Minister and Minister of "
     "National Defence Gen. Tea Banh.",
     [("courtesy call", "courtesy-call", None),
      ("Cambodian Deputy Prime Minister and Minister of National Defence",
       "title-cambodian-deputy-prime-minister-and-minister-of-national-defence", None)]),
    ("Đoàn cán bộ cấp cao Bộ Quốc phòng Campuchia sang thăm và làm việc tại Việt Nam.",
     [("thăm và làm việc", "working-visit", None)]),
    ("a meeting with Turkish Minister of National Defence Yasar Guler, as part of his working visit",
     [("working visit", "working-visit", None)]),
    ("Đoàn đại biểu Quân sự cấp cao nước Cộng hòa Dân chủ Nhân dân Lào sang thăm hữu nghị chính thức Việt Nam.",
     [("Đoàn đại biểu Quân sự cấp cao", "high-level-military-delegation", None),
      ("thăm hữu nghị chính thức", "official-visit", None)]),
    ("Sen. Lieut. Gen. Phan Van Giang chaired a ceremony to welcome the high-ranking military delegation of Laos.",
     [("high-ranking military delegation", "high-level-military-delegation", None)]),
    ("Bên lề Đối thoại Shangri-La tại Singapore, Bộ trưởng Quốc phòng Việt Nam đã gặp song phương.",
     [("Bên lề", "on-the-sidelines", None), ("Đối thoại Shangri-La", "shangri-la-dialogue", None)]),
    ("bilateral meetings on the sidelines of the 17th ASEAN Defence Ministers' Meeting",
     [("on the sidelines", "on-the-sidelines", None), ("17th ASEAN Defence Ministers' Meeting", "admm", 17)]),
    # Documents the two ministries sign
    ("Sau hội kiến, hai Bộ trưởng đã ký Nghị định thư và Kế hoạch hợp tác giữa hai Bộ Quốc phòng năm 2015.",
     [("Nghị định thư", "protocol", None),
      ("Kế hoạch hợp tác giữa hai Bộ Quốc phòng", "cooperation-plan", None)]),
    ("the 2022 cooperation plan and contents in the Protocol for the 2020-2024 period",
     [("cooperation plan", "cooperation-plan", None), ("Protocol", "protocol", None)]),
    ("implement a defence cooperation plan for 2025 and a defence cooperation protocol for 2025-2029",
     [("defence cooperation plan", "cooperation-plan", None),
      ("defence cooperation protocol", "protocol", None)]),
    ("Thủ tướng đánh giá cao việc hai bên ký Kế hoạch Hợp tác Quốc phòng năm 2019.",
     [("Kế hoạch Hợp tác Quốc phòng", "cooperation-plan", None)]),
    ("both leaders reviewed the outcomes of the 7th meeting of the joint working group on defense cooperation",
     [("joint working group", "joint-working-group", None)]),
    ("Thượng tướng Hoàng Xuân Chiến nhất trí với báo cáo của nhóm làm việc chung về hợp tác quốc phòng.",
     [("nhóm làm việc chung", "joint-working-group", None)]),
    # Attaché offices
    ("Đại sứ quán Việt Nam tại Thái Lan, Văn phòng Tùy viên Quốc phòng Việt Nam tại Thái Lan tổ chức lễ kỷ niệm.",
     [("Văn phòng Tùy viên Quốc phòng", "defence-attache-office", None)]),
    ("Vietnam opened its Military Attache Office in the UK on September 30.",
     [("Military Attache Office", "military-attache-office", None)]),
    # Laos and Cambodia: combined titles, deputies, the Party, prime ministers
    ("Đại tướng Tea Banh - Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng Campuchia.",
     [("Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng Campuchia",
       "title-cambodian-deputy-prime-minister-and-minister-of-national-defence", None)]),
    ("Đại tướng Tea Seiha, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia.",
     [("Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Vương quốc Campuchia",
       "title-cambodian-deputy-prime-minister-and-minister-of-national-defence", None)]),
    ("In a meeting with Cambodian Deputy Prime Minister and Defence Minister Gen. Tea Banh in Phnom Penh",
     [("Cambodian Deputy Prime Minister and Defence Minister",
       "title-cambodian-deputy-prime-minister-and-minister-of-national-defence", None)]),
    ("bilateral meetings with Lao Deputy Prime Minister and Minister of National Defence Gen. Chansamone Chanyalath",
     [("Lao Deputy Prime Minister and Minister of National Defence",
       "title-lao-deputy-prime-minister-and-minister-of-national-defence", None)]),
    ("Đại tướng Chansamone Chanyalath, Phó Thủ tướng, Bộ trưởng Quốc phòng Lào.",
     [("Phó Thủ tướng, Bộ trưởng Quốc phòng Lào",
       "title-lao-deputy-prime-minister-and-minister-of-national-defence", None)]),
    # The longer wording is read as two titles, both right (the entry's note says why it is not listed).
    ("Đại tướng Chansamone Chanyalath - Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng Lào.",
     [("Phó Thủ tướng Chính phủ", "title-deputy-prime-minister", None),
      ("Bộ trưởng Bộ Quốc phòng Lào", "title-lao-minister-of-national-defence", None)]),
    ("the Lao delegation was headed by its Deputy Defense Minister, the Lao Deputy Defence Minister Vongkham",
     [("Lao Deputy Defence Minister", "title-lao-deputy-minister-of-national-defence", None)]),
    ("Thứ trưởng Bộ Quốc phòng Lào Vongkham Phommakone đồng chủ trì đối thoại.",
     [("Thứ trưởng Bộ Quốc phòng Lào", "title-lao-deputy-minister-of-national-defence", None)]),
    ("Deputy Minister of National Defence and Chief of the General Staff of the Laos People's Army "
     "Sen. Lieut. Gen. Suvon Luongbunmi",
     [("Chief of the General Staff of the Laos People's Army",
       "title-chief-of-the-general-staff-of-the-lao-peoples-army", None)]),
    ("Chief of General Staff of Lao People's Army visits Vietnam",
     [("Chief of General Staff of Lao People's Army", "title-chief-of-the-general-staff-of-the-lao-peoples-army",
       None)]),
    ("Đại tướng Chansamone Chanyalath - Uỷ viên Bộ Chính trị Đảng nhân dân cách mạng Lào.",
     [("Đảng nhân dân cách mạng Lào", "lao-peoples-revolutionary-party", None)]),
    ("General Secretary of the Lao People's Revolutionary Party (LPRP) and President of Laos Thongloun Sisoulith",
     [("General Secretary of the Lao People's Revolutionary Party", "title-general-secretary-of-the-lprp", None),
      ("LPRP", "lao-peoples-revolutionary-party", None), ("President of Laos", "title-president-of-laos", None)]),
    ("Lao Prime Minister Sonexay Siphandone will pay an official visit to Vietnam.",
     [("Lao Prime Minister", "title-lao-prime-minister", None), ("official visit", "official-visit", None)]),
    ("Thủ tướng Phạm Minh Chính và Thủ tướng Lào chứng kiến lễ ký kết.",
     [("Thủ tướng Lào", "title-lao-prime-minister", None)]),
    ("the 45th anniversary of Cambodian Prime Minister Hun Sen's path to topple the Pol Pot genocidal regime",
     [("Cambodian Prime Minister", "title-cambodian-prime-minister", None)]),
    ("Tại thủ đô Viêng Chăn, cuộc gặp giữa ba Bộ trưởng Bộ Quốc phòng ba nước Việt Nam - Lào - Campuchia "
     "được tổ chức chiều nay.",
     [("cuộc gặp giữa ba Bộ trưởng Bộ Quốc phòng ba nước Việt Nam - Lào - Campuchia",
       "vietnam-laos-cambodia-defence-ministers-meeting", None)]),
    ("The annual meeting of the defence ministers of Việt Nam, Laos and Cambodia took place in Vientiane.",
     [("annual meeting of the defence ministers of Việt Nam, Laos and Cambodia",
       "vietnam-laos-cambodia-defence-ministers-meeting", None)]),
    # Counterparts' titles: the partner's own, never Viet Nam's
    ("Philippine Undersecretary of National Defense Irineo Cruz Espino, head of the Philippine delegation.",
     [("Philippine Undersecretary of National Defense", "title-philippine-undersecretary-of-national-defense",
       None)]),
    ("Đại tướng Phan Văn Giang tiếp Thứ trưởng Bộ Quốc phòng Philippines, Irineo Cruz Espino.",
     [("Thứ trưởng Bộ Quốc phòng Philippines", "title-philippine-undersecretary-of-national-defense", None)]),
    ("Addressing the opening, Philippine Defence Secretary Delfin Lorenzana said",
     [("Philippine Defence Secretary", "title-philippine-secretary-of-national-defense", None)]),
    ("Bộ trưởng Quốc phòng Philippines Gilberto Teodoro hội đàm với Đại tướng Phan Văn Giang.",
     [("Bộ trưởng Quốc phòng Philippines", "title-philippine-secretary-of-national-defense", None),
      ("hội đàm", "talks", None)]),
    ("under the chair of Vietnamese Deputy Defence Minister Nguyen Chi Vinh and Japanese Deputy Defence "
     "Minister Ro Manabe",
     [("Japanese Deputy Defence Minister", "title-japanese-deputy-minister-of-defence", None)]),
    ("Japanese Vice Minister of Defence Masami Oka co-chaired the ninth dialogue.",
     [("Japanese Vice Minister of Defence", "title-japanese-deputy-minister-of-defence", None)]),
    ("RoK Deputy Minister of National Defence Shin Beom-chul chaired the ASEAN-RoK Deputy Defense Ministers' Meeting.",
     [("RoK Deputy Minister of National Defence", "title-rok-deputy-minister-of-national-defence", None)]),
    ("Thượng tướng Nguyễn Chí Vịnh và Ngài Park Jae-Min, Thứ trưởng Bộ Quốc phòng Hàn Quốc đồng chủ trì.",
     [("Thứ trưởng Bộ Quốc phòng Hàn Quốc", "title-rok-deputy-minister-of-national-defence", None)]),
    ("Ngài Andrew Bridgman, Tổng Thư ký quốc phòng New Zealand, đồng chủ trì đối thoại.",
     [("Tổng Thư ký quốc phòng New Zealand", "title-new-zealand-secretary-of-defence", None)]),
    ("Vietnamese Minister of Defence Gen. Phan Văn Giang and French Minister of the Armed Forces Sébastien "
     "Lecornu held talks",
     [("French Minister of the Armed Forces", "title-french-minister-of-the-armed-forces", None)]),
    ("Bộ trưởng Quân đội Pháp dự lễ kỷ niệm 70 năm chiến thắng Điện Biên Phủ.",
     [("Bộ trưởng Quân đội Pháp", "title-french-minister-of-the-armed-forces", None)]),
    ("Minister Giang hosted an official welcome ceremony for Australian Deputy Prime Minister and Defence Minister "
     "Richard Donald Marles.",
     [("Australian Deputy Prime Minister and Defence Minister",
       "title-australian-deputy-prime-minister-and-minister-for-defence", None),
      ("official welcome ceremony", "official-welcome-ceremony", None)]),
    ("Phó Thủ tướng, Bộ trưởng Quốc phòng Australia Richard Marles chúc mừng Việt Nam.",
     [("Phó Thủ tướng, Bộ trưởng Quốc phòng Australia",
       "title-australian-deputy-prime-minister-and-minister-for-defence", None)]),
    ("General Tan Sri Datuk Seri Mohammad bin Ab Rahman, Chief of Malaysia's Defence Force, is paying an official "
     "visit to Vietnam.",
     [("Chief of Malaysia's Defence Force", "title-chief-of-defence-forces-of-malaysia", None)]),
    ("Thượng tướng Nguyễn Tân Cương hội đàm với Tư lệnh Lực lượng Quốc phòng Malaysia.",
     [("Tư lệnh Lực lượng Quốc phòng Malaysia", "title-chief-of-defence-forces-of-malaysia", None)]),
    ("Đại tướng Phan Văn Giang chủ trì Lễ đón Bộ trưởng Bộ Quốc phòng Ấn Độ Rajnath Singh.",
     [("Bộ trưởng Bộ Quốc phòng Ấn Độ", "title-indian-minister-of-defence", None)]),
    ("Vinh suggested Cambodia's Ministry of Defence direct its military units to implement annual protocols.",
     [("Cambodia's Ministry of Defence", "cambodian-ministry-of-national-defence", None)]),
    # Per-country dialogues and exchanges, with their numbers
    ("Earlier, the 4th Vietnam-Cambodia Defence Policy Dialogue at the deputy ministerial level took place.",
     [("4th Vietnam-Cambodia Defence Policy Dialogue", "vietnam-cambodia-defence-policy-dialogue", 4)]),
    ("Hội nghị Đối thoại chính sách quốc phòng Việt Nam - Campuchia lần thứ 8 do thượng tướng Hoàng Xuân Chiến "
     "đồng chủ trì.",
     [("Đối thoại chính sách quốc phòng Việt Nam - Campuchia lần thứ 8",
       "vietnam-cambodia-defence-policy-dialogue", 8)]),
    ("The two leaders signing the minutes of the 6th Vietnam - Philippines Defense Policy Dialogue",
     [("6th Vietnam - Philippines Defense Policy Dialogue", "vietnam-philippines-defence-policy-dialogue", 6)]),
    ("Cũng trong chiều qua đã diễn ra Đối thoại chính sách quốc phòng Việt Nam-Philippines lần thứ 5.",
     [("Đối thoại chính sách quốc phòng Việt Nam-Philippines lần thứ 5",
       "vietnam-philippines-defence-policy-dialogue", 5)]),
    ("The agreement was made at the third Vietnam-New Zealand defence policy dialogue held via video conference.",
     [("third Vietnam-New Zealand defence policy dialogue", "vietnam-new-zealand-defence-policy-dialogue", 3)]),
    ("Ngày 11/3, tại Wellington đã diễn ra Đối thoại chính sách Quốc phòng Việt Nam – New Zealand lần thứ 4.",
     [("Đối thoại chính sách Quốc phòng Việt Nam – New Zealand lần thứ 4",
       "vietnam-new-zealand-defence-policy-dialogue", 4)]),
    ("Sáng 13/11 đã diễn ra Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 2.",
     [("Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 2",
       "vietnam-cambodia-border-defence-friendship-exchange", 2)]),
    ("The 2nd Vietnam-Cambodia Border Defense Friendship Exchange program is set to take place in Tay Ninh.",
     [("2nd Vietnam-Cambodia Border Defense Friendship Exchange",
       "vietnam-cambodia-border-defence-friendship-exchange", 2)]),
    ("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất diễn ra tại Kon Tum.",
     [("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất",
       "vietnam-laos-cambodia-border-defence-friendship-exchange", 1)]),
    ("Đối thoại Chính sách Quốc phòng cấp Thứ trưởng Việt Nam-Hàn Quốc",
     [("Đối thoại Chính sách Quốc phòng cấp Thứ trưởng", "defence-policy-dialogue", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_bilateral_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # A counterpart's title is not Viet Nam's own title.
        ("Bộ trưởng Quốc phòng Philippines Gilberto Teodoro", "title-defence-minister"),
        ("Thứ trưởng Bộ Quốc phòng Lào Vongkham Phommakone", "title-deputy-minister-of-national-defence"),
        ("Thứ trưởng Bộ Quốc phòng Hàn Quốc Park Jae-Min", "title-deputy-minister-of-national-defence"),
        ("Japanese Deputy Defence Minister Ro Manabe", "title-deputy-minister-of-national-defence"),
        ("Lao Deputy Prime Minister and Minister of National Defence Gen. Chansamone",
         "title-minister-of-national-defence"),
        ("Cambodian Deputy Prime Minister and Minister of National Defence Gen. Tea Banh",
         "title-deputy-prime-minister"),
        ("Thủ tướng Vương quốc Campuchia Hun Sen", "title-prime-minister"),
        ("Thủ tướng Lào Sonexay Siphandone", "title-prime-minister"),
        ("Tổng Thư ký quốc phòng New Zealand Andrew Bridgman", "new-zealand-ministry-of-defence"),
        ("Tư lệnh Lực lượng Quốc phòng Malaysia Mohammad bin Ab Rahman", "title-malaysian-minister-of-defence"),
        ("Phó Thủ tướng, Bộ trưởng Quốc phòng Australia Richard Marles", "title-deputy-prime-minister"),
        # A Cambodian minister's title without the country is not the Lao combined title (a long name
        # with two typos would take "dẫn" for "Lào").
        ("Đại tướng Tia Banh, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng dẫn đầu.",
         "title-lao-deputy-prime-minister-and-minister-of-national-defence"),
        ("Đại tướng Tia Banh, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc phòng dẫn đầu.",
         "title-cambodian-deputy-prime-minister-and-minister-of-national-defence"),
        # The trilateral exchange is not the bilateral one whose name it contains.
        ("Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất",
         "vietnam-laos-border-defence-friendship-exchange"),
        ("Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất",
         "vietnam-cambodia-border-defence-friendship-exchange"),
        # Offices are not the titles inside them.
        ("Văn phòng Tùy viên Quốc phòng Việt Nam tại Thái Lan", "title-defence-attache"),
        ("Văn phòng Tùy viên Quân sự của Đại sứ quán Mỹ", "title-military-attache"),
        # Phone talks are not talks; a dialogue's country is not lost to the generic dialogue.
        ("Defence Minister General Ngo Xuan Lich held phone talks with his Lao counterpart", "talks"),
        ("the 4th Vietnam-Cambodia Defence Policy Dialogue at the deputy ministerial level",
         "defence-policy-dialogue"),
        # Short common phrases do not fire inside longer unrelated ones.
        ("Hai bên duy trì mối quan hệ xã giao thân thiện.", "courtesy-call"),
        ("Bộ trưởng làm việc với Bộ Tư lệnh Quân khu 7.", "working-visit"),
        ("Hai bên tiến hành đàm phán về phân giới cắm mốc.", "talks"),
        ("Lễ đón nhận Huân chương Lao động hạng Nhất.", "official-welcome-ceremony"),
        ("Ban Tuyên giáo in lại nghị định của Chính phủ và thư mời.", "protocol"),
        ("the State Protocol Department of the Ministry of Foreign Affairs", "protocol"),
        ("Đoàn đại biểu cấp cao Bộ Quốc phòng Ấn Độ thăm Việt Nam.", "high-level-military-delegation"),
    ],
)
def test_longer_names_and_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


# --- lookups a translator would type -------------------------------------------------

@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("chao xa giao", "courtesy-call"),
        ("courtesy call", "courtesy-call"),
        ("hoi dam", "talks"),
        ("dien dam", "phone-talks"),
        ("tham va lam viec", "working-visit"),
        ("working visit", "working-visit"),
        ("Nghi dinh thu", "protocol"),
        ("Joint Working Group", "joint-working-group"),
        ("Doan dai bieu quan su cap cao", "high-level-military-delegation"),
        ("Defence Attache Office", "defence-attache-office"),
        ("Cambodian Deputy Prime Minister and Defence Minister",
         "title-cambodian-deputy-prime-minister-and-minister-of-national-defence"),
        ("Lao Deputy Prime Minister and Minister of National Defence",
         "title-lao-deputy-prime-minister-and-minister-of-national-defence"),
        ("Thu truong Bo Quoc phong Lao", "title-lao-deputy-minister-of-national-defence"),
        ("Philippine Undersecretary of National Defence", "title-philippine-undersecretary-of-national-defense"),
        ("Philippine Secretary of National Defense", "title-philippine-secretary-of-national-defense"),
        ("Doi thoai Chinh sach quoc phong Viet Nam - Campuchia", "vietnam-cambodia-defence-policy-dialogue"),
        ("Vietnam-Philippines Defence Policy Dialogue", "vietnam-philippines-defence-policy-dialogue"),
        ("Vietnam-New Zealand Defence Policy Dialogue", "vietnam-new-zealand-defence-policy-dialogue"),
        ("Vietnam-Cambodia Border Defence Friendship Exchange", "vietnam-cambodia-border-defence-friendship-exchange"),
        ("LPRP", "lao-peoples-revolutionary-party"),
        ("Dang Nhan dan Cach mang Lao", "lao-peoples-revolutionary-party"),
        ("Thu tuong Campuchia", "title-cambodian-prime-minister"),
        ("French Minister of the Armed Forces", "title-french-minister-of-the-armed-forces"),
        ("on the sidelines", "on-the-sidelines"),
    ],
)
def test_lookup_puts_the_bilateral_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert lookup(bundled_termbase, query)[0].term.id == expected_id


NEW_IDS = [
    "talks", "phone-talks", "courtesy-call", "working-visit", "high-level-military-delegation", "protocol",
    "joint-working-group", "defence-attache-office", "military-attache-office",
    "title-cambodian-deputy-prime-minister-and-minister-of-national-defence",
    "title-lao-deputy-prime-minister-and-minister-of-national-defence",
    "title-lao-deputy-minister-of-national-defence", "title-philippine-undersecretary-of-national-defense",
    "title-philippine-secretary-of-national-defense", "vietnam-cambodia-defence-policy-dialogue",
    "vietnam-philippines-defence-policy-dialogue", "vietnam-laos-cambodia-defence-ministers-meeting",
    "lao-peoples-revolutionary-party", "title-cambodian-prime-minister", "title-lao-prime-minister",
    "on-the-sidelines", "vietnam-cambodia-border-defence-friendship-exchange",
    "vietnam-laos-cambodia-border-defence-friendship-exchange", "vietnam-new-zealand-defence-policy-dialogue",
    "title-new-zealand-secretary-of-defence", "title-rok-deputy-minister-of-national-defence",
    "title-french-minister-of-the-armed-forces", "title-australian-deputy-prime-minister-and-minister-for-defence",
    "title-chief-of-defence-forces-of-malaysia",
]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))


@pytest.mark.parametrize(
    "term_id",
    ["vietnam-cambodia-defence-policy-dialogue", "vietnam-philippines-defence-policy-dialogue",
     "vietnam-new-zealand-defence-policy-dialogue", "vietnam-cambodia-border-defence-friendship-exchange",
     "vietnam-laos-cambodia-border-defence-friendship-exchange"],
)
def test_recurring_bilateral_events_take_ordinals(bundled_termbase: TermBase, term_id: str) -> None:
    assert bundled_termbase.get(term_id).series
