"""Issue 10, fourth round: border defence friendship exchanges, border cooperation and defence diplomacy reviews.

The ministers' border exchanges with China, Laos and Cambodia (numbered, "lần thứ N" / "seventh"), what the
border forces do together (joint patrols, twinning, numbered border markers, named border gates, Lao border
companies), the land-border documents they enforce, the Chinese side's territorial names, and the
resolutions the reviews of defence diplomacy cite. Each sentence is worded as QĐND, VNA, VOV, Việt Nam News,
Tuổi Trẻ or the provincial papers write it (the sources are in each entry); the near-miss cases pin what
must NOT be resolved.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase
from tests.termbase_checks import assert_follows_conventions, assert_looked_up_first, assert_resolves
from tests.termbase_checks import found as _found
from tests.termbase_checks import ids as _ids

SENTENCES = [
    # The ministers' border defence friendship exchanges, with their numbers
    ("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia lần thứ 2 được tổ chức tại Tây Ninh và Svay Rieng.",
     [("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia lần thứ 2",
       "vietnam-cambodia-border-defence-friendship-exchange", 2)]),
    ("the first Vietnam-Cambodia Border Defense Friendship Exchange; the second Việt Nam-Cambodia Border Defence Friendship Exchange",
     [("first Vietnam-Cambodia Border Defense Friendship Exchange", "vietnam-cambodia-border-defence-friendship-exchange", 1),
      ("second Việt Nam-Cambodia Border Defence Friendship Exchange", "vietnam-cambodia-border-defence-friendship-exchange", 2)]),
    ("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất tại tỉnh Kon Tum.",
     [("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào - Campuchia lần thứ nhất",
       "vietnam-laos-cambodia-border-defence-friendship-exchange", 1)]),
    ("The first Vietnam-Laos-Cambodia border friendship exchange is slated for mid-December in the tri-border area.",
     [("first Vietnam-Laos-Cambodia border friendship exchange", "vietnam-laos-cambodia-border-defence-friendship-exchange", 1),
      ("tri-border area", "tri-border-area", None)]),
    ("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Trung Quốc lần thứ 7 tại tỉnh Quảng Tây và tỉnh Cao Bằng.",
     [("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Trung Quốc lần thứ 7", "vietnam-china-border-defence-friendship-exchange", 7),
      ("Quảng Tây", "guangxi-zhuang-autonomous-region", None)]),
    ("the seventh Vietnam-China Border Defense Friendship Exchange in Cao Bang and China's Guangxi Zhuang Autonomous Region",
     [("seventh Vietnam-China Border Defense Friendship Exchange", "vietnam-china-border-defence-friendship-exchange", 7),
      ("Guangxi Zhuang Autonomous Region", "guangxi-zhuang-autonomous-region", None)]),
    # Border forces, joint patrols, markers with their numbers, twinning
    ("The border defence forces of Vietnam's Dien Bien province and China's Yunnan province meet on the borderline.",
     [("border defence forces", "border-protection-forces", None), ("Yunnan province", "yunnan-province", None)]),
    ("thúc đẩy hợp tác thực chất giữa lực lượng bảo vệ biên giới ba nước tại tỉnh Vân Nam",
     [("lực lượng bảo vệ biên giới", "border-protection-forces", None), ("tỉnh Vân Nam", "yunnan-province", None)]),
    ("As scheduled, the two sides patrolled from border marker 98 to border marker 99 along the Red River.",
     [("border marker 98", "border-marker", 98), ("border marker 99", "border-marker", 99)]),
    ("The Vietnamese, Lao, and Cambodian defence ministers will be painting sovereignty markers.",
     [("sovereignty markers", "border-marker", None)]),
    ("ba bộ trưởng đã chào và tô son cột mốc chủ quyền tại khu vực cột mốc ngã ba biên giới",
     [("cột mốc chủ quyền", "border-marker", None), ("ngã ba biên giới", "tri-border-area", None)]),
    ("3 đồn biên phòng ký kết nghĩa với Đại đội Bảo vệ biên giới 311 (Bộ Chỉ huy Quân sự tỉnh Khăm Muồn).",
     [("Đại đội Bảo vệ biên giới 311", "border-company", 311),
      ("Bộ Chỉ huy Quân sự tỉnh", "provincial-military-command", None)]),
    ("Đồn BP cửa khẩu quốc tế Nậm Cắn và Đại đội Biên phòng 221 thuộc Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng",
     [("Đại đội Biên phòng 221", "border-company", 221)]),
    ("A Xan Border Post presents gifts to Border Company 534 under the Sekong provincial Military Command.",
     [("Border Company 534", "border-company", 534)]),
    ("năm 2016 Đồn Biên phòng Bát Mọt đã tổ chức kết nghĩa với Đại đội 216, tỉnh đội Hủa Phăn.",
     [("Đại đội 216", "unit-company", 216), ("tỉnh đội", "provincial-military-command", None)]),
    ("Mô hình kết nghĩa bản - bản được nhân rộng; they promote village twinning programs along the shared borderline.",
     [("kết nghĩa bản - bản", "twinning-of-border-residential-clusters", None),
      ("village twinning", "twinning-of-border-residential-clusters", None)]),
    ("the border representatives of Border Section No.5; Cơ chế của Ủy ban liên hợp biên giới trên đất liền và Đại diện biên giới",
     [("border representatives", "border-representative", None),
      ("Ủy ban liên hợp biên giới trên đất liền", "vietnam-china-land-border-joint-committee", None),
      ("Đại diện biên giới", "border-representative", None)]),
    ("the three countries' border guards have actively organized many border external defense activities",
     [("border external defense", "border-diplomacy", None)]),
    ("góp phần xây dựng tuyến biên giới Việt Nam - Lào hòa bình, hữu nghị, hợp tác và phát triển",
     [("biên giới Việt Nam - Lào hòa bình, hữu nghị, hợp tác và phát triển", "border-of-peace-friendship-cooperation-development", None)]),
    # Named border gates, both languages
    ("Hai Bộ trưởng tại khu vực Cửa khẩu Quốc tế Hữu Nghị; đoàn được đón tại Cửa khẩu Hữu Nghị Quan.",
     [("Cửa khẩu Quốc tế Hữu Nghị", "huu-nghi-international-border-gate", None),
      ("Cửa khẩu Hữu Nghị Quan", "youyi-guan-border-gate", None)]),
    ("at the international border gate pair of Huu Nghi (Vietnam) - Youyi Guan (China); the Huu Nghi International Border Gate",
     [("Youyi Guan", "youyi-guan-border-gate", None),
      ("Huu Nghi International Border Gate", "huu-nghi-international-border-gate", None)]),
    ("a ceremony at Mong Cai International Border Gate; the Lao Cai International Border Gate; the Moc Bai International Border Gate",
     [("Mong Cai International Border Gate", "mong-cai-international-border-gate", None),
      ("Lao Cai International Border Gate", "lao-cai-international-border-gate", None),
      ("Moc Bai International Border Gate", "moc-bai-international-border-gate", None)]),
    ("Lễ kết nghĩa giữa các đồn biên phòng: Cửa khẩu quốc tế Tây Trang, Thanh Luông; lễ đón tại Cửa khẩu quốc tế Mộc Bài",
     [("Cửa khẩu quốc tế Tây Trang", "tay-trang-international-border-gate", None),
      ("Cửa khẩu quốc tế Mộc Bài", "moc-bai-international-border-gate", None)]),
    ("Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo quản lý; At the Lao Bao border gate in Quang Tri",
     [("Cửa khẩu Quốc tế Lao Bảo", "lao-bao-international-border-gate", None),
      ("Lao Bao border gate", "lao-bao-international-border-gate", None)]),
    ("cặp cửa khẩu quốc tế Tà Lùng - Thủy Khẩu; entry-exit activities at Ta Lung border gate",
     [("cửa khẩu quốc tế Tà Lùng", "ta-lung-international-border-gate", None),
      ("Ta Lung border gate", "ta-lung-international-border-gate", None)]),
    # The dialogue held beside the Cambodian exchange, and the navies' numbered patrol in the Gulf of Tonkin
    ("Hội nghị Đối thoại chính sách quốc phòng Việt Nam - Campuchia lần thứ 8; the fifth Vietnam-Cambodia Defence Policy Dialogue",
     [("Đối thoại chính sách quốc phòng Việt Nam - Campuchia lần thứ 8", "vietnam-cambodia-defence-policy-dialogue", 8),
      ("fifth Vietnam-Cambodia Defence Policy Dialogue", "vietnam-cambodia-defence-policy-dialogue", 5)]),
    ("Ships 09 and 17 completed the 39th joint patrol in the Gulf of Tonkin between the Vietnamese and Chinese navies.",
     [("39th joint patrol in the Gulf of Tonkin", "joint-naval-patrol-in-the-gulf-of-tonkin", 39)]),
    ("Hải quân Việt Nam và Trung Quốc tổ chức tuần tra liên hợp lần thứ 38 trên Vịnh Bắc Bộ; the waters of Tonkin Gulf",
     [("Vịnh Bắc Bộ", "gulf-of-tonkin", None), ("Tonkin Gulf", "gulf-of-tonkin", None)]),
    # Land-border documents and bodies
    ("Hiệp ước biên giới trên đất liền Việt Nam - Trung Quốc năm 1999; the 20th anniversary of the Vietnam-China Land Border Treaty",
     [("Hiệp ước biên giới trên đất liền Việt Nam - Trung Quốc", "vietnam-china-land-border-treaty", None),
      ("Vietnam-China Land Border Treaty", "vietnam-china-land-border-treaty", None)]),
    ("Nghị định thư phân giới, cắm mốc; Hiệp định về quy chế quản lý biên giới và Hiệp định về cửa khẩu và quy chế quản lý cửa khẩu biên giới trên đất liền Việt Nam - Trung Quốc",
     [("Nghị định thư phân giới, cắm mốc", "protocol-on-border-demarcation-and-marker-planting", None),
      ("Hiệp định về quy chế quản lý biên giới", "agreement-on-border-management-regulations", None),
      ("Hiệp định về cửa khẩu và quy chế quản lý cửa khẩu biên giới trên đất liền Việt Nam - Trung Quốc",
       "agreement-on-border-gates-and-border-gate-management-regulations", None)]),
    ("the protocol on border demarcation and marker planting, the agreement on border management regulations, and the agreement on border gates and land border gate management regulations",
     [("protocol on border demarcation and marker planting", "protocol-on-border-demarcation-and-marker-planting", None),
      ("agreement on border management regulations", "agreement-on-border-management-regulations", None),
      ("agreement on border gates and land border gate management regulations",
       "agreement-on-border-gates-and-border-gate-management-regulations", None)]),
    ("chấp hành nghiêm các nội dung Hiệp định về quy chế quản lý biên giới và cửa khẩu đất liền giữa 2 nước",
     [("Hiệp định về quy chế quản lý biên giới và cửa khẩu đất liền",
       "vietnam-laos-agreement-on-land-border-and-border-gate-management-regulations", None)]),
    ("an agreement on land border and border gate management regulations, which became effective since September 5, 2017",
     [("agreement on land border and border gate management regulations",
       "vietnam-laos-agreement-on-land-border-and-border-gate-management-regulations", None)]),
    ("The fourth session of the Viet Nam-China Land Border Joint Committee; Deputy Chairman of the Foreign Ministry's National Boundary Commission",
     [("Viet Nam-China Land Border Joint Committee", "vietnam-china-land-border-joint-committee", None),
      ("National Boundary Commission", "national-boundary-commission", None)]),
    ("Phó Chủ nhiệm Ủy ban Biên giới quốc gia, Bộ Ngoại giao",
     [("Ủy ban Biên giới quốc gia", "national-boundary-commission", None)]),
    # Reviews of defence diplomacy: the resolutions and the wording they use
    ("Tổng kết 10 năm thực hiện Nghị quyết số 806-NQ/QUTW ngày 31/12/2013 của Quân ủy Trung ương; Nghị quyết số 22-NQ/TW ngày 10/4/2013",
     [("Nghị quyết số 806-NQ/QUTW", "resolution-806-on-international-integration-and-defence-diplomacy", None),
      ("Nghị quyết số 22-NQ/TW", "resolution-22-on-international-integration", None)]),
    ("the Central Military Commission promulgated Resolution 806-NQ/QUTW; the Politburo's Resolution 22-NQ/TW on international integration",
     [("Resolution 806-NQ/QUTW", "resolution-806-on-international-integration-and-defence-diplomacy", None),
      ("Resolution 22-NQ/TW on international integration", "resolution-22-on-international-integration", None)]),
    ("A conference reviewing external defence relations and the resolution on international integration and external defence relations until 2020.",
     [("external defence relations", "defence-diplomacy", None),
      ("international integration and external defence relations", "international-integration-defence-diplomacy", None)]),
    ("hội nghị Giao ban công tác Đối ngoại quân sự - quốc phòng năm 2010",
     [("Đối ngoại quân sự", "defence-diplomacy", None)]),
    ("participation of the Defence Ministry in multilateral defence cooperation mechanisms; ADMM+ là hình mẫu hợp tác quốc phòng đa phương",
     [("multilateral defence cooperation", "multilateral-defence-cooperation", None),
      ("hợp tác quốc phòng đa phương", "multilateral-defence-cooperation", None)]),
    ("fostering relations with countries sharing strategic partnerships and comprehensive partnerships with Vietnam",
     [("strategic partnerships", "strategic-partnership", None), ("comprehensive partnerships", "comprehensive-partnership", None)]),
    ("the 19th ASEAN Chiefs of Defense Force Meeting (ACDFM-19)",
     [("19th ASEAN Chiefs of Defense Force Meeting", "acdfm", 19)]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[text[:40] for text, _ in SENTENCES])
def test_press_sentences_resolve_the_border_entries(bundled_matcher: Matcher, text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert_resolves(bundled_matcher, text, expected)


NEAR_MISSES = [
    # "Hữu Nghị" alone is the word "friendship"; "cột mốc" alone is a milestone
    ("tăng cường tình hữu nghị Việt - Trung, Nhà Văn hóa hữu nghị biên giới", "huu-nghi-international-border-gate"),
    ("đây là cột mốc quan trọng trong quan hệ hai nước", "border-marker"),
    ("a milestone in bilateral relations and a landmark agreement", "border-marker"),
    # a government resolution 22 is not the Politburo's Resolution 22-NQ/TW
    ("Nghị quyết số 22/NQ-CP của Chính phủ về phát triển kinh tế", "resolution-22-on-international-integration"),
    # bare defence relations stay defence relations; "Company 534" without "Border" is a company
    ("to effectively handle defense relations with other countries", "defence-diplomacy"),
    ("Company 534 of Battalion 2 took part", "border-company"),
    # the border guards' own friendship exchange is not the ministers' trilateral one
    ("Giao lưu hữu nghị biên giới Việt Nam - Lào - Campuchia do Bộ Tư lệnh BĐBP tổ chức",
     "vietnam-laos-cambodia-border-defence-friendship-exchange"),
]


@pytest.mark.parametrize(("text", "absent"), NEAR_MISSES, ids=[text[:40] for text, _ in NEAR_MISSES])
def test_near_misses_do_not_fire(bundled_matcher: Matcher, text: str, absent: str) -> None:
    assert absent not in _ids(bundled_matcher, text), sorted(_found(bundled_matcher, text))


def test_the_vietnam_laos_agreement_is_not_read_as_the_shorter_china_agreement(bundled_matcher: Matcher) -> None:
    text = "Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền giữa Việt Nam và Lào"
    got = _ids(bundled_matcher, text)
    assert "vietnam-laos-agreement-on-land-border-and-border-gate-management-regulations" in got
    assert "agreement-on-border-management-regulations" not in got


def test_a_marker_keeps_its_number_in_the_gloss(bundled_matcher: Matcher) -> None:
    (match,) = [m for m in bundled_matcher.annotate("the two sides patrolled to border marker 424") if m.term.id == "border-marker"]
    assert match.ordinal == 424
    assert "424" in match.gloss("en") and "424" in match.gloss("vi")


@pytest.mark.parametrize(("query", "expected"), [
    ("Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia", "vietnam-cambodia-border-defence-friendship-exchange"),
    ("Vietnam-Laos-Cambodia Border Defence Friendship Exchange", "vietnam-laos-cambodia-border-defence-friendship-exchange"),
    ("lực lượng bảo vệ biên giới", "border-protection-forces"),
    ("Cửa khẩu quốc tế Hữu Nghị", "huu-nghi-international-border-gate"),
    ("Khu tự trị dân tộc Choang Quảng Tây", "guangxi-zhuang-autonomous-region"),
    ("Nghị quyết 806", "resolution-806-on-international-integration-and-defence-diplomacy"),
    ("Land Border Treaty", "vietnam-china-land-border-treaty"),
    ("Ủy ban Biên giới quốc gia", "national-boundary-commission"),
])
def test_a_translator_s_lookup_finds_the_entry_first(bundled_termbase: TermBase, query: str, expected: str) -> None:
    assert_looked_up_first(bundled_termbase, query, expected)


FAMILY = [
    "vietnam-cambodia-border-defence-friendship-exchange", "vietnam-laos-cambodia-border-defence-friendship-exchange",
    "multilateral-defence-cooperation", "guangxi-zhuang-autonomous-region", "yunnan-province", "border-protection-forces",
    "border-company", "tri-border-area", "vietnam-china-land-border-treaty", "protocol-on-border-demarcation-and-marker-planting",
    "agreement-on-border-management-regulations", "agreement-on-border-gates-and-border-gate-management-regulations",
    "vietnam-laos-agreement-on-land-border-and-border-gate-management-regulations", "vietnam-china-land-border-joint-committee",
    "national-boundary-commission", "resolution-806-on-international-integration-and-defence-diplomacy",
    "resolution-22-on-international-integration", "huu-nghi-international-border-gate", "youyi-guan-border-gate",
    "mong-cai-international-border-gate", "lao-cai-international-border-gate", "tay-trang-international-border-gate",
    "ta-lung-international-border-gate", "border-representative", "moc-bai-international-border-gate",
    "vietnam-cambodia-defence-policy-dialogue", "gulf-of-tonkin", "joint-naval-patrol-in-the-gulf-of-tonkin",
    "lao-bao-international-border-gate",
]


@pytest.mark.parametrize("term_id", FAMILY)
def test_family_entries_follow_the_conventions(bundled_termbase: TermBase, term_id: str) -> None:
    assert_follows_conventions(bundled_termbase.get(term_id))
