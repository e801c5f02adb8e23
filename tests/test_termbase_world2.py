"""Issue 10, the rest of the international family (third pass).

Foreign bodies and posts whose names contain a Vietnamese body's, title's or rank's name, more
partner countries with their English demonyms, UN peacekeeping bodies, exercises and defence laws.
Each sentence is worded as VNA, VOV, QĐND, Việt Nam News or the Vietnamese state press write it
(the sources are in each entry); the look-alike cases pin what must NOT be resolved.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup
from tests.termbase_checks import assert_follows_conventions, assert_resolves, ids


SENTENCES = [
    # foreign bodies and posts that contain a Vietnamese name
    ("Thay mặt Bộ Quốc phòng Việt Nam ký Thỏa thuận với Bộ Quốc phòng liên bang Cộng hòa Liên bang Đức về hợp tác quốc phòng.",
     [("Bộ Quốc phòng liên bang Cộng hòa Liên bang Đức", "german-federal-ministry-of-defence", None)]),
    ("The agreement was signed with Germany's Federal Ministry of Defence.",
     [("Germany's Federal Ministry of Defence", "german-federal-ministry-of-defence", None)]),
    ("Director General of the General Department of Vietnam Customs Nguyen Van Can; Tổng cục trưởng Nguyễn Văn Cẩn.",
     [("Director General", "title-director-general", None), ("Tổng cục trưởng", "title-director-general", None)]),
    ("Đại tướng Phan Văn Giang đã tới thăm theo lời mời của Bộ trưởng Bộ Quốc phòng Mông Cổ.",
     [("Bộ trưởng Bộ Quốc phòng Mông Cổ", "title-mongolian-minister-of-defence", None)]),
    ("He thanked the Mongolian Ministry of Defence for inviting Vietnam to workshops of Khaan Quest 2016.",
     [("Mongolian Ministry of Defence", "mongolian-ministry-of-defence", None), ("Khaan Quest", "khaan-quest", None)]),
    ("talks with Mongolian Minister of Defence Gursediin Saikhanbayar; Mongolian Defence Minister Nyamaa Enkhbold",
     [("Mongolian Minister of Defence", "title-mongolian-minister-of-defence", None),
      ("Mongolian Defence Minister", "title-mongolian-minister-of-defence", None)]),
    ("Minister Giang received Director General of the Israeli Ministry of Defence Maj. Gen. Amir Eshel.",
     [("Director General of the Israeli Ministry of Defence", "title-director-general-of-the-israeli-ministry-of-defence", None)]),
    ("Đại tướng Phùng Quang Thanh tiếp ông Dan Harel, Tổng vụ trưởng Bộ Quốc phòng Ixraen; đoàn đại biểu Bộ Quốc phòng Israel.",
     [("Tổng vụ trưởng Bộ Quốc phòng Ixraen", "title-director-general-of-the-israeli-ministry-of-defence", None),
      ("Bộ Quốc phòng Israel", "israeli-ministry-of-defence", None)]),
    # countries and demonyms
    ("Vo Van Tuan hopes the incoming Pakistani Defence Attaché will boost cooperation between Vietnam and Pakistan.",
     [("Pakistani", "country-pakistan", None), ("Pakistan", "country-pakistan", None)]),
    ("Phó Thủ tướng tiếp bà Samina Naz, Đại sứ Cộng hòa Nhân dân Bangladesh; the Bangladeshi diplomat.",
     [("Cộng hòa Nhân dân Bangladesh", "country-bangladesh", None), ("Bangladeshi", "country-bangladesh", None)]),
    ("Vinh held talks with Sri Lankan Defence Secretary Gotabaya Rajapaksa; thúc đẩy hợp tác với Sri Lanka.",
     [("Sri Lankan", "country-sri-lanka", None), ("Sri Lanka", "country-sri-lanka", None)]),
    ("Tùy viên Quốc phòng Ucraina tại Việt Nam; Ukraine's newly-appointed defense attaché.",
     [("Ucraina", "country-ukraine", None), ("Ukraine", "country-ukraine", None)]),
    ("Thụy Điển, Phần Lan, Na Uy cam kết tăng cường hợp tác quốc phòng; Vương quốc Đan Mạch.",
     [("Thụy Điển", "country-sweden", None), ("Phần Lan", "country-finland", None), ("Na Uy", "country-norway", None),
      ("Vương quốc Đan Mạch", "country-denmark", None)]),
    ("Danish Ambassador Nicolai Prytz; the Finnish President; the Swedish Ambassador; Norwegian State Secretary.",
     [("Danish", "country-denmark", None), ("Finnish", "country-finland", None), ("Swedish", "country-sweden", None),
      ("Norwegian", "country-norway", None)]),
    ("Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Vương quốc Bỉ tại Việt Nam.",
     [("Vương quốc Bỉ", "country-belgium", None)]),
    ("Thủ tướng thăm chính thức Nhà nước Kuwait và Cộng hòa Algeria Dân chủ Nhân dân; the Kuwaiti Prime Minister; the Algerian Defence Ministry.",
     [("Nhà nước Kuwait", "country-kuwait", None), ("Cộng hòa Algeria Dân chủ Nhân dân", "country-algeria", None),
      ("Kuwaiti", "country-kuwait", None), ("Algerian", "country-algeria", None)]),
    ("Đại sứ Việt Nam tại Liên bang Mexico; Venezuelan military staff learn Vietnamese; the Mexican Ministry of Defence.",
     [("Liên bang Mexico", "country-mexico", None), ("Venezuelan", "country-venezuela", None), ("Mexican", "country-mexico", None)]),
    ("Tài liệu cơ bản về Vương quốc Ô-man (Sultanate of Oman) và Vương quốc Ba-ranh (Kingdom of Bahrain).",
     [("Vương quốc Ô-man", "country-oman", None), ("Sultanate of Oman", "country-oman", None),
      ("Vương quốc Ba-ranh", "country-bahrain", None), ("Kingdom of Bahrain", "country-bahrain", None)]),
    ("Quan hệ Việt Nam-Mozambique qua 45 năm; President Tran Dai Quang received the outgoing Mozambican Ambassador.",
     [("Mozambique", "country-mozambique", None), ("Mozambican", "country-mozambique", None)]),
    # UN peacekeeping, exercises, organisations and laws
    ("He was recruited as a Military Affair Officer at the UN's Department of Peace Operations (DPO) in New York.",
     [("Department of Peace Operations", "un-department-of-peace-operations", None), ("DPO", "un-department-of-peace-operations", None)]),
    ("sĩ quan huấn luyện quân sự, Cục Hoạt động hòa bình tại trụ sở Liên Hiệp Quốc",
     [("Cục Hoạt động hòa bình", "un-department-of-peace-operations", None)]),
    ("Tại Hội nghị cấp Bộ trưởng Gìn giữ hòa bình Liên hợp quốc lần thứ 5 tại Accra; the 2021 Seoul UN Peacekeeping Ministerial.",
     [("Hội nghị cấp Bộ trưởng Gìn giữ hòa bình Liên hợp quốc lần thứ 5", "un-peacekeeping-ministerial", 5),
      ("UN Peacekeeping Ministerial", "un-peacekeeping-ministerial", None)]),
    ("The Vietnam - India Bilateral Army Exercise (VINBAX) 2022 wrapped up; khai mạc VINBAX-2019.",
     [("Vietnam - India Bilateral Army Exercise", "vinbax", None), ("VINBAX", "vinbax", None)]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh; the Ho Chi Minh Communist Youth Union (HCYU).",
     [("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "ho-chi-minh-communist-youth-union", None),
      ("Ho Chi Minh Communist Youth Union", "ho-chi-minh-communist-youth-union", None), ("HCYU", "ho-chi-minh-communist-youth-union", None)]),
    ("Tổng Lãnh sự quán Việt Nam tại Vladivostok; Kuwait opened an embassy and a Consulate General in HCM City.",
     [("Tổng Lãnh sự quán", "consulate-general", None), ("Consulate General", "consulate-general", None)]),
    ("Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh; the Party Central Committee's Economic Commission.",
     [("Ban Kinh tế Trung ương", "central-economic-commission", None),
      ("Party Central Committee's Economic Commission", "central-economic-commission", None)]),
    ("Đoàn tham dự Triển lãm Thiết bị Quốc phòng và An ninh Quốc tế 2025 (DSEI UK 2025); DSEI Japan 2023.",
     [("Triển lãm Thiết bị Quốc phòng và An ninh Quốc tế", "dsei", None), ("DSEI UK", "dsei", None), ("DSEI Japan", "dsei", None)]),
    ("Quốc hội thảo luận dự án Luật Lực lượng dự bị động viên; the Law on Military Reserve Force 2019.",
     [("Luật Lực lượng dự bị động viên", "law-on-the-military-reserve-force", None),
      ("Law on Military Reserve Force", "law-on-the-military-reserve-force", None)]),
    ("Dự án Luật Giáo dục Quốc phòng - An ninh; the Law on National Defense and Security Education.",
     [("Luật Giáo dục Quốc phòng - An ninh", "law-on-national-defence-and-security-education", None),
      ("Law on National Defense and Security Education", "law-on-national-defence-and-security-education", None)]),
    ("Quốc hội thông qua Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự.",
     [("Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự",
       "law-on-management-and-protection-of-defence-works-and-military-zones", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_new_entries(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert_resolves(bundled_matcher, text, expected)


# --- regressions: a foreign name is not the Vietnamese body, title or rank it contains ---------

NOT_THESE = [
    ("Germany's Federal Ministry of Defence signed the agreement.", "ministry-of-national-defence"),
    ("Bộ Quốc phòng Cộng hòa Liên bang Đức cử Tùy viên Quốc phòng.", "ministry-of-national-defence"),
    ("Director-General of the Israeli Ministry of Defence Dan Harel.", "rank-general"),
    ("Director General Nguyen Van Can met the CBP's Commissioner.", "rank-general"),
    ("Director-General of the Department of Foreign Affairs.", "rank-general"),
    ("Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Cẩn.", "title-department-director"),  # "cục trưởng" inside it
    ("Tổng Lãnh sự quán Việt Nam tại Vladivostok.", "title-consul-general"),  # "Tổng Lãnh sự" inside it
    ("Israeli Ministry of Defence and Mongolian Ministry of Defence.", "ministry-of-national-defence"),
    ("Bộ Quốc phòng Mông Cổ và Bộ Quốc phòng Israel.", "ministry-of-national-defence"),
    ("Bộ trưởng Quốc phòng Mông Cổ thăm Việt Nam.", "title-defence-minister"),
    ("Mongolian Minister of Defence Gursediin Saikhanbayar.", "title-minister-of-national-defence"),
]


@pytest.mark.parametrize(("text", "wrong_id"), NOT_THESE, ids=[text[:40] for text, _ in NOT_THESE])
def test_longer_foreign_names_are_not_read_as_what_they_contain(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in ids(bundled_matcher, text)


def test_wrong_ids_in_the_regressions_exist(bundled_termbase: TermBase) -> None:
    # a regression that names an id nobody has would pass for the wrong reason
    for _, wrong_id in NOT_THESE:
        bundled_termbase.get(wrong_id)


@pytest.mark.parametrize("text", ["Hành vi bỉ ổi, thô bỉ.", "một con người bỉ ổi"])
def test_belgium_is_not_read_in_ordinary_words(bundled_matcher: Matcher, text: str) -> None:
    assert "country-belgium" not in ids(bundled_matcher, text)


# --- lookups a translator would type ----------------------------------------------------------

@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Federal Ministry of Defence", "german-federal-ministry-of-defence"),
        ("Bo Quoc phong Duc", "german-federal-ministry-of-defence"),
        ("Director-General", "title-director-general"),
        ("Tong cuc truong", "title-director-general"),
        ("Bo Quoc phong Mong Co", "mongolian-ministry-of-defence"),
        ("Israeli Ministry of Defence", "israeli-ministry-of-defence"),
        ("Pakistani", "country-pakistan"),
        ("Thuy Dien", "country-sweden"),
        ("Department of Peace Operations", "un-department-of-peace-operations"),
        ("VINBAX", "vinbax"),
        ("Doan Thanh nien Cong san Ho Chi Minh", "ho-chi-minh-communist-youth-union"),
        ("Luat Luc luong du bi dong vien", "law-on-the-military-reserve-force"),
        ("Law on National Defense and Security Education", "law-on-national-defence-and-security-education"),
    ],
)
def test_lookup_puts_the_new_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert lookup(bundled_termbase, query)[0].term.id == expected_id


NEW_IDS = sorted({term_id for _, expected in SENTENCES for _, term_id, _ in expected})


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
