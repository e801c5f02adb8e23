"""Party, State and Government bodies and titles as the press writes them (issue 10, third round).

Each sub-family (ministers, provincial leaders, Party titles, the National Assembly) is pinned with
real-style sentences in both languages, asserting the entry a surface resolves to; near-misses (a
short Vietnamese title inside a longer one, a provincial People's Council session) are pinned too.
Legislatures and Party bodies are numbered by term: "Quốc hội khóa XV" is the 15th National Assembly,
glossed back as "khóa XV", not "lần thứ 15".
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup


def _found(matcher: Matcher, text: str) -> list[tuple[str, str, int | None]]:
    return [(m.text, m.term.id, m.ordinal) for m in matcher.annotate(text)]


def _ids(matcher: Matcher, text: str) -> list[str]:
    return [m.term.id for m in matcher.annotate(text)]


@pytest.fixture(scope="module")
def matcher(bundled_strict_matcher: Matcher) -> Matcher:
    return bundled_strict_matcher


# (id, Vietnamese sentence, English sentence): each sentence must resolve to the id.
MINISTERS = [
    ("title-minister-of-home-affairs", "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà phát biểu.", "Home Affairs Minister Pham Thi Thanh Tra spoke."),
    ("title-minister-of-finance", "Bộ trưởng Tài chính Nguyễn Văn Thắng dự họp.", "Minister of Finance Nguyen Van Thang attended."),
    ("title-minister-of-justice", "Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh.", "Justice Minister Nguyen Hai Ninh."),
    ("title-minister-of-industry-and-trade", "Nguyễn Hồng Diên, Bộ trưởng Công thương.", "Minister of Industry and Trade Nguyen Hong Dien."),
    ("title-minister-of-agriculture-and-environment", "Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy.", "Agriculture and Environment Minister Do Duc Duy."),
    ("title-minister-of-construction", "Bộ trưởng Bộ Xây dựng Trần Hồng Minh.", "Minister of Construction Tran Hong Minh."),
    ("title-minister-of-culture-sports-and-tourism", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.", "Minister of Culture, Sports and Tourism."),
    ("title-minister-of-science-and-technology", "Bộ trưởng Khoa học và Công nghệ Nguyễn Mạnh Hùng.", "Minister of Science and Technology Nguyen Manh Hung."),
    ("title-minister-of-education-and-training", "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn.", "Education and Training Minister Nguyen Kim Son."),
    ("title-minister-of-health", "Bộ trưởng Y tế Đào Hồng Lan.", "Health Minister Dao Hong Lan."),
    ("title-minister-of-ethnic-and-religious-affairs", "Bộ trưởng Bộ Dân tộc và Tôn giáo Đào Ngọc Dung.", "Minister of Ethnic Minorities and Religions Dao Ngoc Dung."),
    ("title-governor-of-the-state-bank-of-vietnam", "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng.", "Governor of the State Bank of Viet Nam Nguyen Thi Hong."),
    ("title-inspector-general-of-the-government-inspectorate", "Tổng Thanh tra Chính phủ Đoàn Hồng Phong.", "Government Inspector General Doan Hong Phong."),
    ("title-minister-of-planning-and-investment", "Nguyễn Chí Dũng, Bộ trưởng Kế hoạch và Đầu tư.", "Minister of Planning and Investment Nguyen Chi Dung."),
    ("title-minister-of-natural-resources-and-environment", "Đặng Quốc Khánh, Bộ trưởng Tài nguyên và Môi trường.", "Minister of Natural Resources and Environment."),
    ("title-minister-of-transport", "Bộ trưởng Bộ Giao thông vận tải.", "Transport Minister Tran Hong Minh."),
    ("title-minister-of-labour-invalids-and-social-affairs", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội.", "Minister of Labour, Invalids and Social Affairs."),
    ("title-minister-chairman-of-the-committee-for-ethnic-minority-affairs", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh.", "Minister and Chairman of the Committee for Ethnic Minority Affairs Hau A Lenh."),
    ("title-deputy-minister-of-home-affairs", "Thứ trưởng Bộ Nội vụ Triệu Văn Cường.", "Deputy Minister of Home Affairs Trieu Van Cuong."),
    ("title-minister-of-foreign-affairs", "Bộ trưởng Ngoại giao Bùi Thanh Sơn.", "FM Bui Thanh Son met his counterpart."),
    ("title-prime-minister", "Thủ tướng Phạm Minh Chính.", "PM Pham Minh Chinh chaired the meeting."),
]

PROVINCIAL = [
    ("title-secretary-of-the-provincial-party-committee", "Ngô Đông Hải, Bí thư Tỉnh ủy Thái Bình.", "Doan Minh Huan, Secretary of provincial party committee."),
    ("title-standing-deputy-secretary-of-the-provincial-party-committee", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.", "Permanent Deputy Secretary of Provincial Party Committee Nguyen Hoang Thao."),
    ("title-chairman-of-the-provincial-peoples-committee", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hồ Văn Mười.", "Chairman of the provincial People's Committee Le Tuan Phong."),
    ("title-vice-chairman-of-the-provincial-peoples-committee", "Phó Chủ tịch UBND tỉnh Nguyễn Thanh Trúc.", "Vice Chairman of Provincial People's Committee Nguyen Thanh Truc."),
    ("title-chairman-of-the-provincial-peoples-council", "Chủ tịch HĐND tỉnh Nguyễn Tiến Thành.", "Chairman of the Provincial People's Council."),
    ("title-member-of-the-standing-board-of-the-provincial-party-committee", "Đại tá Phan Đại Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy.", "member of the Standing Board of the provincial Party Committee"),
    ("provincial-party-committee", "Tỉnh ủy Thanh Hóa làm việc.", "the Quang Ninh provincial Party Committee"),
    ("standing-board-of-the-provincial-party-committee", "Ban Thường vụ Tỉnh ủy Thanh Hóa làm việc.", "15 to the Standing Board of the provincial Party Committee"),
    ("title-vice-chairman-of-the-provincial-peoples-council", "Phó Chủ tịch HĐND tỉnh Bình Dương.", "Vice Chairman of Provincial People's Council"),
    ("provincial-party-organisation", "Đảng bộ tỉnh Quảng Ninh lãnh đạo thực hiện nhiệm vụ.", "the provincial Party Organization and people"),
    ("provincial-public-security-department", "Công an tỉnh Quảng Ninh.", "the provincial Public Security Department"),
    ("provincial-party-congress", "Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII.", "the provincial Party Congress elected 49 members"),
    ("title-head-of-the-na-deputies-delegation", "Trưởng Đoàn đại biểu Quốc hội tỉnh Nam Định.", "head of the NA deputies' delegation of Nam Dinh"),
]

PARTY = [
    ("title-secretary-of-the-party-committee-of-central-party-agencies", "Bí thư Đảng ủy các cơ quan Đảng Trung ương Trần Cẩm Tú.", "Secretary of the Party Committee of Central Party Agencies."),
    ("title-secretary-of-the-party-committee-of-the-vff-and-central-mass-organisations", "Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương.", "Secretary of the Party Committee of the Việt Nam Fatherland Front and Central Mass Organisations."),
    ("title-head-of-the-central-commission-for-information-and-education", "Trưởng Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa.", "Chairman of the Party Central Committee's Commission for Information and Education."),
    ("title-head-of-the-central-commission-for-mass-mobilisation", "Trưởng Ban Dân vận Trung ương Bùi Thị Minh Hoài.", "Chairwoman of the Party Central Committee's Commission for Mass Mobilisation."),
    ("title-permanent-deputy-secretary-of-the-government-party-committee", "Phó Bí thư Thường trực Đảng ủy Chính phủ.", "Permanent Deputy Secretary of the Government Party Committee."),
    ("title-secretary-of-the-party-delegation-of-the-vff", "Bí thư Đảng đoàn MTTQ Việt Nam Đỗ Văn Chiến.", "Secretary of the Party Delegation of the Vietnam Fatherland Front."),
    ("title-member-of-the-party-central-committee", "Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy.", "Vo Thi Anh Xuan, Party Central Committee member and Vice State President."),
    ("vietnam-womens-union", "Hội Liên hiệp Phụ nữ Việt Nam tổ chức chương trình.", "the Vietnam Women's Union (VWU)"),
    ("vietnam-farmers-union", "Hội Nông dân Việt Nam.", "the Vietnam Farmers' Union"),
    ("vietnam-general-confederation-of-labour", "Tổng Liên đoàn Lao động Việt Nam.", "the Vietnam General Confederation of Labour (VGCL)"),
]

NATIONAL_ASSEMBLY = [
    ("title-member-of-the-na-standing-committee", "Ủy viên Ủy ban Thường vụ Quốc hội Hoàng Thanh Tùng trình bày.", "Member of the National Assembly Standing Committee."),
    ("national-assembly-house", "tại Nhà Quốc hội, Thủ đô Hà Nội", "at the National Assembly House in Hanoi"),
    ("title-vice-chairman-of-the-national-defence-and-security-council", "Phó Chủ tịch Hội đồng Quốc phòng và An ninh.", "Vice Chairman of the National Defense and Security Council."),
    ("title-vice-chairman-of-the-national-assembly", "Phó Chủ tịch Quốc hội Đỗ Bá Tỵ.", "NA Vice Chairman Do Ba Ty concluded."),
    ("na-standing-committee", "Ủy ban Thường vụ Quốc hội cho ý kiến.", "The NASC opened its 13th session."),
    ("title-national-assembly-deputy", "463 đại biểu tán thành (bằng 96,86% tổng số ĐBQH)", "NA deputies voted."),
    ("law-on-the-organisation-of-the-government", "Luật Tổ chức Chính phủ (sửa đổi).", "the Law on Government Organisation"),
    ("law-on-the-organisation-of-the-national-assembly", "Luật Tổ chức Quốc hội.", "the Law on the Organisation of the NA"),
    ("constitution", "Hiến pháp năm 2013.", "the 2013 Constitution"),
    ("na-committee-for-peoples-aspirations-and-supervision", "Chủ nhiệm Ủy ban Dân nguyện và Giám sát của Quốc hội Dương Thanh Bình.", "Chairman of the People's Aspirations and Supervision Committee Duong Thanh Binh."),
    ("na-board-for-peoples-aspirations", "Trưởng Ban Dân nguyện Dương Thanh Bình.", "Chairman of the N.A. Ombudsman Committee Duong Thanh Binh."),
    ("title-chairman-of-the-na-office", "Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Lê Quang Mạnh.", "NA Secretary General and Chairman of the NA Office."),
    ("national-election-council", "Chủ tịch Hội đồng Bầu cử quốc gia.", "Chairman of the National Election Council (NEC)."),
    ("title-state-auditor-general", "Tổng Kiểm toán Nhà nước Ngô Văn Tuấn.", "State Auditor General Ngo Van Tuan."),
    ("ministerial-level-agency", "Thủ trưởng các cơ quan ngang bộ.", "14 ministries and three ministerial-level agencies"),
    ("ministry-of-industry-and-trade", "Bộ Công Thương cho biết.", "according to the Ministry of Industry and Trade (MOIT)"),
]

ALL = MINISTERS + PROVINCIAL + PARTY + NATIONAL_ASSEMBLY


@pytest.mark.parametrize(("term_id", "vi", "en"), ALL, ids=[row[0] for row in ALL])
def test_sentence_resolves_in_both_languages(matcher: Matcher, term_id: str, vi: str, en: str) -> None:
    assert term_id in _ids(matcher, vi), _found(matcher, vi)
    assert term_id in _ids(matcher, en), _found(matcher, en)


@pytest.mark.parametrize(
    ("text", "term_id", "ordinal"),
    [
        pytest.param("Quốc hội khóa XV", "national-assembly", 15, id="na-roman"),
        pytest.param("Quốc hội khoá 15", "national-assembly", 15, id="na-digits-old-tone-mark"),
        pytest.param("the 15th National Assembly", "national-assembly", 15, id="na-english"),
        pytest.param("Bộ Chính trị khóa XIII", "politburo", 13, id="politburo-roman"),
        pytest.param("the 14th-tenure Politburo", "politburo", 14, id="politburo-tenure"),
        pytest.param("Ban Chấp hành Trung ương Đảng khóa XIV", "party-central-committee", 14, id="central-committee"),
        pytest.param("the 13th Party Central Committee's Secretariat", "party-secretariat", 13, id="secretariat"),
        pytest.param("Kỳ họp thứ 10, Quốc hội khóa XV", "national-assembly-session", 10, id="session"),
        pytest.param("Khai mạc kỳ họp thứ 9 Quốc hội", "national-assembly-session", 9, id="session-lower-case"),
        pytest.param("Kỳ họp thứ nhất, Quốc hội khóa XV", "national-assembly-session", 1, id="first-session"),
    ],
)
def test_bodies_and_sessions_take_their_number(matcher: Matcher, text: str, term_id: str, ordinal: int) -> None:
    assert (term_id, ordinal) in [(m.term.id, m.ordinal) for m in matcher.annotate(text)], _found(matcher, text)


def test_weekday_after_a_bare_thu_is_not_an_ordinal(matcher: Matcher) -> None:
    """Words after a bare "thứ" name weekdays ("thứ Hai" is Monday); only "thứ nhất" is read as the first."""
    assert [m.ordinal for m in matcher.annotate("Quốc hội họp thứ Hai tới.") if m.term.id == "national-assembly"] == [None]
    assert [m.ordinal for m in matcher.annotate("ADMM thứ nhất") if m.term.id == "admm"] == [1]


def test_legislature_is_glossed_by_term_not_by_occurrence(matcher: Matcher) -> None:
    (match,) = [m for m in matcher.annotate("the 15th National Assembly") if m.term.id == "national-assembly"]
    assert match.gloss("vi") == "Quốc hội khóa XV"
    assert match.gloss("en") == "15th National Assembly"
    (session,) = [m for m in matcher.annotate("Kỳ họp thứ 10") if m.term.id == "national-assembly-session"]
    assert session.gloss("vi") == "Kỳ họp Quốc hội lần thứ 10"


@pytest.mark.parametrize(
    ("query", "term_id", "ordinal"),
    [
        ("Quốc hội khóa XV", "national-assembly", 15),
        ("Đại hội XIII", "national-party-congress", 13),
        ("Đại hội lần thứ XIV", "national-party-congress", 14),
        ("Kỳ họp thứ 10", "national-assembly-session", 10),
        ("Ban Bí thư khóa XIII", "party-secretariat", 13),
        ("Kỳ họp thứ nhất", "national-assembly-session", 1),
    ],
)
def test_lookup_reads_terms_and_roman_numerals(bundled_termbase: TermBase, query: str, term_id: str, ordinal: int) -> None:
    best = lookup(bundled_termbase, query)[0]
    assert (best.term.id, best.ordinal) == (term_id, ordinal)


@pytest.mark.parametrize(
    ("text", "term_id", "absent"),
    [
        # The specific minister, not the generic "Bộ trưởng" plus a ministry.
        pytest.param("Bộ trưởng Bộ Tài chính", "title-minister-of-finance", "title-minister", id="minister-not-generic"),
        # The Deputy Secretary is not read as the Secretary inside it.
        pytest.param("Phó Bí thư Tỉnh ủy Lê Văn Dũng", "title-deputy-secretary-of-the-provincial-party-committee",
                     "title-secretary-of-the-provincial-party-committee", id="deputy-secretary"),
        # The Member of the NA Standing Committee is not the committee itself.
        pytest.param("Ủy viên Ủy ban Thường vụ Quốc hội", "title-member-of-the-na-standing-committee",
                     "na-standing-committee", id="member-not-body"),
        # A provincial chairman is not the generic People's Committee.
        pytest.param("Chủ tịch UBND tỉnh", "title-chairman-of-the-provincial-peoples-committee", "peoples-committee",
                     id="chairman-not-body"),
        # The alternate member is not the member inside it.
        pytest.param("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "title-alternate-member-of-the-party-central-committee",
                     "title-member-of-the-party-central-committee", id="alternate-member"),
    ],
)
def test_longer_title_wins(matcher: Matcher, text: str, term_id: str, absent: str) -> None:
    ids = _ids(matcher, text)
    assert term_id in ids and absent not in ids, _found(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hội nghị Kỳ họp thường lệ", id="session-without-number"),
        pytest.param("kỳ họp này đã thông qua", id="session-without-number-lower"),
        pytest.param("at 3pm the PMs of both countries", id="pm-inside-word"),
        pytest.param("Education and Technology", id="committee-fragments"),
    ],
)
def test_near_misses_do_not_fire(matcher: Matcher, text: str) -> None:
    assert not [m for m in matcher.annotate(text) if m.term.category in ("meeting", "title", "institution")], _found(matcher, text)


def test_another_countrys_constitution_is_glossed_as_a_constitution(matcher: Matcher) -> None:
    (match,) = [m for m in matcher.annotate("Hiến pháp Hoa Kỳ") if m.term.id == "constitution"]
    assert match.gloss("en") == "Constitution"
