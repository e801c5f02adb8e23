"""Issue 10, sixth round: the Party in the army, cadre work, military justice and discipline.

How the press reports the Party's leadership of the army: the Military Party Organisation and its
numbered congresses, the Central Military Commission's bodies (its Standing Board, its Inspection
Commission and their heads, its conferences), its standing resolutions, rank promotion, and the military
courts and procuracies. Each sentence is worded as VNA, Việt Nam News, QĐND, the National Defence
Journal, SGGP or a provincial paper writes it (the sources are in each entry); the look-alike cases pin
what must NOT be resolved: the CMC's Inspection Commission is not the Party Central Committee's, a
provincial Military Party Committee is not the army's Party organisation, and a short common word does
not fire inside an unrelated phrase.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import ids as _ids


SENTENCES = [
    # The Military Party Organisation and its congresses, with their numbers
    ("Sáng 2/10, Đại hội đại biểu Đảng bộ Quân đội lần thứ XII, nhiệm kỳ 2025-2030 đã tiến hành phiên bế mạc.",
     [("Đại hội đại biểu Đảng bộ Quân đội lần thứ XII", "military-party-congress", 12)]),
    ("Thành công của Đại hội Đảng bộ Quân đội lần thứ XII sẽ góp phần vào thành công Đại hội XIV của Đảng.",
     [("Đại hội Đảng bộ Quân đội lần thứ XII", "military-party-congress", 12),
      ("Đại hội XIV", "national-party-congress", 14)]),
    ("Thường vụ Quân ủy Trung ương cho ý kiến vào dự thảo Văn kiện Đại hội đại biểu Đảng bộ Quân đội lần thứ XI.",
     [("Thường vụ Quân ủy Trung ương", "standing-board-of-the-central-military-commission", None),
      ("Đại hội đại biểu Đảng bộ Quân đội lần thứ XI", "military-party-congress", 11)]),
    ("bầu Đoàn đại biểu Đảng bộ Quân đội dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
     [("Đảng bộ Quân đội", "military-party-organisation", None),
      ("Đại hội đại biểu toàn quốc lần thứ XIV", "national-party-congress", 14)]),
    ("The 12th Party Congress of the Việt Nam People's Army, the 2025-2030 tenure, opened in Hà Nội.",
     [("12th Party Congress of the Việt Nam People's Army", "military-party-congress", 12)]),
    ("the congress will review the implementation of the resolution of the 11th Party Congress of the army",
     [("11th Party Congress of the army", "military-party-congress", 11)]),
    ("the closing ceremony of the 12th VPA Party Congress in Hanoi on October 2, 2025",
     [("12th VPA Party Congress", "military-party-congress", 12)]),
    ("the Resolution of the 13th National Party Congress and the Resolution of the 11th Military Party Congress",
     [("13th National Party Congress", "national-party-congress", 13),
      ("11th Military Party Congress", "military-party-congress", 11)]),
    ("draft documents to be submitted to the 12th Congress of the Party Organisation of the Việt Nam People's Army",
     [("12th Congress of the Party Organisation of the Việt Nam People's Army", "military-party-congress", 12)]),
    ("building a clean, strong, exemplary Military Party Organisation",
     [("Military Party Organisation", "military-party-organisation", None)]),
    ("the VPA Party Organization has guided the armed forces to achieve significant accomplishments",
     [("VPA Party Organization", "military-party-organisation", None)]),
    ("the army's Party organisation has seriously grasped and carried out the resolution",
     [("army's Party organisation", "military-party-organisation", None)]),
    ("the work of building the Army Party Committee in 2023",
     [("Army Party Committee", "military-party-organisation", None)]),
    # The Central Military Commission's bodies and titles
    ("the CMC's Standing Committee and the GDP have directed military units",
     [("CMC's Standing Committee", "standing-board-of-the-central-military-commission", None)]),
    ("The Central Military Commission Standing Committee reported the results of handling work contents",
     [("Central Military Commission Standing Committee", "standing-board-of-the-central-military-commission", None)]),
    ("General Secretary Nguyen Phu Trong chaired the Central Military Commission Conference.",
     [("Central Military Commission Conference", "central-military-commission-conference", None)]),
    ("Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Quân ủy Trung ương đánh giá kết quả lãnh đạo 6 tháng đầu năm.",
     [("Hội nghị Quân ủy Trung ương", "central-military-commission-conference", None)]),
    ("Ngày 7/9, Ủy ban Kiểm tra Quân ủy Trung ương đã tiến hành họp để xem xét báo cáo đề nghị thi hành kỷ luật.",
     [("Ủy ban Kiểm tra Quân ủy Trung ương", "cmc-inspection-commission", None)]),
    ("Thượng tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị, Chủ nhiệm Ủy ban Kiểm tra Quân ủy Trung ương chủ trì.",
     [("Chủ nhiệm Tổng cục Chính trị", "title-director-of-the-general-department-of-politics", None),
      ("Chủ nhiệm Ủy ban Kiểm tra Quân ủy Trung ương", "title-chairman-of-the-cmc-inspection-commission", None)]),
    ("Tại kỳ họp, UBKT Quân ủy Trung ương đã xem xét, đề nghị thi hành kỷ luật theo thẩm quyền.",
     [("UBKT Quân ủy Trung ương", "cmc-inspection-commission", None)]),
    ("The Central Military Commission's Inspection Commission for the 2020-2025 term has just held its 13th session.",
     [("Central Military Commission's Inspection Commission", "cmc-inspection-commission", None)]),
    ("Senior Lieutenant General Luong Cuong, Chairman of the ICCMC, chaired the meeting.",
     [("Chairman of the ICCMC", "title-chairman-of-the-cmc-inspection-commission", None)]),
    ("the ICCMC's Standing Board and Office actively prepared for the meeting",
     [("ICCMC", "cmc-inspection-commission", None)]),
    ("Major General Dang Van Long, Deputy Head of the Central Military Commission's Inspection Commission",
     [("Deputy Head of the Central Military Commission's Inspection Commission",
       "title-deputy-chairman-of-the-cmc-inspection-commission", None)]),
    ("General Luong Cuong, Secretary of the CPV Central Committee and Director of the General Department of Politics",
     [("Secretary of the CPV Central Committee", "title-secretary-of-the-party-central-committee", None)]),
    ("Pham Minh Chinh, Politburo member and Head of the CPV Central Committee's Organization Commission",
     [("Head of the CPV Central Committee's Organization Commission",
       "title-head-of-the-central-organisation-commission", None)]),
    ("Trung tướng Phạm Đức Duyên, Bí thư Đảng ủy, Chính ủy Quân khu 2 chủ trì hội nghị.",
     [("Bí thư Đảng ủy", "title-secretary-of-the-party-committee", None),
      ("Chính ủy", "title-political-commissar", None), ("Quân khu 2", "military-region-2", None)]),
    ("Trung tướng Vũ Trung Kiên, Phó Bí thư Đảng ủy, Tư lệnh Bộ đội Biên phòng.",
     [("Phó Bí thư Đảng ủy", "title-deputy-secretary-of-the-party-committee", None)]),
    ("Lt. Gen. Le Duc Thai, Deputy Secretary of Party Committee and Commander of the Vietnam Border Guard Command",
     [("Deputy Secretary of Party Committee", "title-deputy-secretary-of-the-party-committee", None)]),
    ("Bộ Chính trị ban hành Quy định số 332-QĐ/TW về tổ chức đảng trong Quân đội nhân dân Việt Nam.",
     [("Quy định số 332-QĐ/TW", "regulation-332-on-party-organisation-in-the-army", None)]),
    ("Hien was charged in accordance with Clause 3, Article 360 of the 2015 Penal Code.",
     [("Penal Code", "penal-code", None)]),
    # The standing resolutions on the army
    ("the Central Military Commission's Resolution No.847 on promoting virtues of Uncle Ho's soldiers",
     [("Resolution No.847", "resolution-847-on-the-qualities-of-uncle-hos-soldiers", None),
      ("Uncle Ho's soldiers", "uncle-hos-soldiers", None)]),
    ("Quân ủy Trung ương ban hành Nghị quyết số 847-NQ/QUTW ngày 28/12/2021 về phát huy phẩm chất Bộ đội Cụ Hồ.",
     [("Nghị quyết số 847-NQ/QUTW", "resolution-847-on-the-qualities-of-uncle-hos-soldiers", None),
      ("Bộ đội Cụ Hồ", "uncle-hos-soldiers", None)]),
    ("Các cấp ủy, tổ chức Đảng tiến hành quán triệt, học tập Nghị quyết 847 nghiêm túc.",
     [("cấp ủy", "party-committee", None),
      ("Nghị quyết 847", "resolution-847-on-the-qualities-of-uncle-hos-soldiers", None)]),
    ("Resolution No. 05-NQ/TW dated 17 January 2022, of the Political Bureau (13th tenure); and Resolution No. "
     "230-NQ/QUTW dated 2 April 2022, of the Central Military Commission",
     [("Resolution No. 05-NQ/TW", "resolution-05-on-the-organisation-of-the-peoples-army", None),
      ("Resolution No. 230-NQ/QUTW", "resolution-230-on-the-organisation-of-the-peoples-army", None)]),
    ("promote the beautiful images of Uncle Ho soldiers in the current context",
     [("Uncle Ho soldiers", "uncle-hos-soldiers", None)]),
    ("The PAN Editor-in-Chief stressed the importance of the resolution.",
     [("PAN", "peoples-army-newspaper", None)]),
    # Party and military discipline
    ("Ủy ban Kiểm tra Quân ủy T.Ư đã bỏ phiếu đề nghị thi hành kỷ luật đối với 4 tổ chức Đảng (gồm 2 tổ chức kỷ luật "
     "bằng hình thức khiển trách, 2 tổ chức kỷ luật bằng hình thức cảnh cáo) và khai trừ khỏi Đảng 2 người.",
     [("Ủy ban Kiểm tra Quân ủy T.Ư", "cmc-inspection-commission", None),
      ("kỷ luật bằng hình thức khiển trách", "party-disciplinary-reprimand", None),
      ("kỷ luật bằng hình thức cảnh cáo", "party-disciplinary-warning", None),
      ("khai trừ khỏi Đảng", "party-expulsion", None)]),
    ("đề nghị thi hành kỷ luật Quân đội bằng hình thức tước danh hiệu quân nhân đối với 14 trường hợp; khai trừ khỏi "
     "Đảng và giáng cấp bậc quân hàm đối với 2 trường hợp.",
     [("tước danh hiệu quân nhân", "stripping-of-military-title", None),
      ("giáng cấp bậc quân hàm", "demotion-in-military-rank", None)]),
    ("Nguyễn Bật Khách and Lê Ngọc Sỡi were expelled from the Party.",
     [("expelled from the Party", "party-expulsion", None)]),
    ("Party General Secretary Nguyen Phu Trong chaired the meeting of the Central Steering Committee on "
     "Anti-Corruption and Negativity in Hanoi.",
     [("Central Steering Committee on Anti-Corruption and Negativity", "central-steering-committee-on-anti-corruption",
       None)]),
    ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 25.",
     [("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "central-steering-committee-on-anti-corruption",
       None)]),
    ("Over the past time, Steering Committee 35 followed resolutions and directives of the higher levels.",
     [("Steering Committee 35", "steering-committee-35", None)]),
    # The CMC's office, and the press abbreviation of "Trung ương"
    ("General Phan Van Giang works with the MND's Office.", [("MND's Office", "office-of-the-ministry-of-national-defence", None)]),
    ("Văn phòng Quân ủy Trung ương - Bộ Quốc phòng kỷ niệm Ngày truyền thống.",
     [("Văn phòng Quân ủy Trung ương - Bộ Quốc phòng", "office-of-the-ministry-of-national-defence", None)]),
    ("Tổng bí thư, Chủ tịch nước Nguyễn Phú Trọng, Bí thư Quân ủy T.Ư, trao quyết định cho Ủy viên Quân ủy T.Ư.",
     [("Bí thư Quân ủy T.Ư", "title-secretary-of-the-central-military-commission", None),
      ("Ủy viên Quân ủy T.Ư", "title-member-of-the-central-military-commission", None)]),
    # Rank promotion
    ("Lễ trao quyết định thăng quân hàm từ Trung tướng lên Thượng tướng cho các đồng chí lãnh đạo Bộ Quốc phòng.",
     [("thăng quân hàm", "military-rank-promotion", None), ("Trung tướng", "rank-lieutenant-general", None),
      ("Thượng tướng", "rank-senior-lieutenant-general", None)]),
    # Military justice
    ("Tòa án Quân sự Trung ương tổ chức tập huấn cho các tòa án quân sự toàn quân.",
     [("Tòa án Quân sự Trung ương", "central-military-court", None), ("tòa án quân sự", "military-court", None)]),
    ("Các Viện kiểm sát quân sự thuộc hệ thống Viện kiểm sát nhân dân được tổ chức trong Quân đội.",
     [("Viện kiểm sát quân sự", "military-procuracy", None)]),
    ("According to the verdict of the Central Military Procuracy, Hien signed the documents.",
     [("Central Military Procuracy", "central-military-procuracy", None)]),
    ("The Military Court of the Vietnam People's Navy opened a trial on May 18.",
     [("Military Court", "military-court", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_partyarmy_entries(
    bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert_resolves(bundled_matcher, text, expected)


@pytest.mark.parametrize(
    ("text", "wrong_id"),
    [
        # The Party Central Committee's Inspection Commission and its head are not the CMC's.
        ("Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Cẩm Tú dự hội nghị.", "title-chairman-of-the-cmc-inspection-commission"),
        ("Ủy ban Kiểm tra Trung ương kết luận vi phạm.", "cmc-inspection-commission"),
        # The deputy is not the chairman whose title he carries.
        ("Phó Chủ nhiệm Ủy ban Kiểm tra Quân ủy Trung ương", "title-chairman-of-the-cmc-inspection-commission"),
        # A provincial Military Party Committee is not the army's Party organisation.
        ("Kien Giang's Provincial Military Party Committee", "military-party-organisation"),
        ("Đảng ủy Quân sự tỉnh lãnh đạo nhiệm vụ quốc phòng", "military-party-organisation"),
        # The Central Military Commission and the army-wide Military-Political Conference are not its conference.
        ("Quân ủy Trung ương, Bộ Quốc phòng tổ chức Hội nghị Quân chính toàn quân.", "central-military-commission-conference"),
        ("the Central Military Commission held a meeting", "central-military-commission-conference"),
        # The National Party Congress is not the army's, nor is a provincial congress.
        ("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "military-party-congress"),
        ("Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII", "military-party-congress"),
        # Other resolutions of the CMC keep their own numbers.
        ("Nghị quyết số 806-NQ/QUTW về hội nhập quốc tế và đối ngoại quốc phòng", "resolution-847-on-the-qualities-of-uncle-hos-soldiers"),
        # Short common words do not fire inside longer unrelated phrases.
        ("the pan of the kitchen", "peoples-army-newspaper"),
        ("Ông được thăng chức và quân hàm mới.", "military-rank-promotion"),
        ("Tòa án nhân dân tối cao xét xử phúc thẩm.", "military-court"),
        # "cảnh cáo" alone is any warning, and an English warning is not a Party sanction.
        ("Tàu Cảnh sát biển phát loa cảnh cáo tàu lạ.", "party-disciplinary-warning"),
        ("The centre issued a typhoon warning.", "party-disciplinary-warning"),
        # Demotion is not promotion, and a provincial anti-corruption committee is not the Central one.
        ("giáng cấp bậc quân hàm từ Thượng tá xuống Trung tá", "military-rank-promotion"),
        ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nghệ An", "central-steering-committee-on-anti-corruption"),
        # The deputy is not the secretary; the named committees keep their own titles.
        ("Phó Bí thư Đảng ủy, Tư lệnh Quân khu 7", "title-secretary-of-the-party-committee"),
        ("Bí thư Đảng ủy Công an Trung ương", "title-secretary-of-the-party-committee"),
        ("Phó Bí thư Thường trực Đảng ủy Chính phủ", "title-deputy-secretary-of-the-party-committee"),
        # The Criminal Procedure Code is not the Penal Code.
        ("Bộ luật Tố tụng hình sự năm 2015", "penal-code"),
    ],
)
def test_longer_names_and_look_alikes_are_not_misread(bundled_matcher: Matcher, text: str, wrong_id: str) -> None:
    assert wrong_id not in _ids(bundled_matcher, text)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Đảng bộ Quân đội", "military-party-organisation"),
        ("Đại hội đại biểu Đảng bộ Quân đội lần thứ XII", "military-party-congress"),
        ("12th VPA Party Congress", "military-party-congress"),
        ("Ủy ban Kiểm tra Quân ủy Trung ương", "cmc-inspection-commission"),
        ("Chủ nhiệm Ủy ban Kiểm tra Quân ủy Trung ương", "title-chairman-of-the-cmc-inspection-commission"),
        ("tòa án quân sự", "military-court"),
        ("thang quan ham", "military-rank-promotion"),
        ("Resolution No.847", "resolution-847-on-the-qualities-of-uncle-hos-soldiers"),
        ("Military Party Organisation", "military-party-organisation"),
    ],
)
def test_lookup_puts_the_partyarmy_entry_first(bundled_termbase: TermBase, query: str, expected_id: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected_id)


NEW_IDS = [
    "military-party-organisation", "military-party-congress", "cmc-inspection-commission",
    "title-chairman-of-the-cmc-inspection-commission", "central-military-commission-conference",
    "resolution-847-on-the-qualities-of-uncle-hos-soldiers", "resolution-05-on-the-organisation-of-the-peoples-army",
    "military-court", "military-procuracy", "military-rank-promotion", "central-steering-committee-on-anti-corruption",
    "steering-committee-35", "party-expulsion", "party-disciplinary-warning", "party-disciplinary-reprimand",
    "stripping-of-military-title", "demotion-in-military-rank", "regulation-332-on-party-organisation-in-the-army",
    "penal-code", "title-secretary-of-the-party-committee", "title-deputy-secretary-of-the-party-committee",
]


@pytest.mark.parametrize("term_id", NEW_IDS)
def test_new_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
