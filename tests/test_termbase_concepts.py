"""Defence concepts, policies and the army's everyday work (issue 10, third round).

Real-style sentences from the Vietnamese state press, in both languages, for each sub-family:
doctrine and policy formulas, the army's political work, training and readiness, war consequences
and gratitude work, borders and sea. Each asserts the entry a translator needs; the near-misses
pin the short or generic forms that must not fire inside other phrases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary import Matcher, TermBase, lookup

TERMS_YAML = Path(__file__).resolve().parent.parent / "terms.yaml"


def _found(matcher: Matcher, text: str) -> list[tuple[str, str, int | None]]:
    return [(m.text, m.term.id, m.ordinal) for m in matcher.annotate(text)]


# (sentence, [(surface, entry id)]): every pair must be among the matches.
CASES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "doctrine": [
        ("Tỉnh tập trung xây dựng khu vực phòng thủ vững chắc, gắn thế trận quốc phòng toàn dân với thế trận an ninh nhân dân.",
         [("khu vực phòng thủ", "defensive-zone"),
          ("thế trận quốc phòng toàn dân", "all-people-national-defence-posture"),
          ("thế trận an ninh nhân dân", "peoples-security-posture")]),
        ("Củng cố nền quốc phòng toàn dân, nền an ninh nhân dân vững mạnh.",
         [("nền quốc phòng toàn dân", "all-people-national-defence"), ("nền an ninh nhân dân", "peoples-security")]),
        ("Giữ vững quốc phòng toàn dân trong mọi tình huống.", [("quốc phòng toàn dân", "all-people-national-defence")]),
        ("Continuing to build strong provincial, municipal defensive zones and the people's security.",
         [("defensive zones", "defensive-zone"), ("people's security", "peoples-security")]),
        ("Xây dựng Quân đội tinh, gọn, mạnh, tạo tiền đề xây dựng Quân đội nhân dân cách mạng, chính quy, tinh nhuệ, hiện đại.",
         [("tinh, gọn, mạnh", "elite-compact-strong-army"),
          ("cách mạng, chính quy, tinh nhuệ, hiện đại", "revolutionary-regular-elite-modern-army")]),
        ("Building an elite, compact and strong Army lays the ground for a revolutionary, regular, elite, and modern Army by 2030.",
         [("elite, compact and strong", "elite-compact-strong-army"),
          ("revolutionary, regular, elite, and modern", "revolutionary-regular-elite-modern-army")]),
        ("Xây dựng Quân đội cách mạng, chính quy, tinh nhuệ, từng bước hiện đại.",
         [("cách mạng, chính quy, tinh nhuệ, từng bước hiện đại", "revolutionary-regular-elite-gradually-modern-army")]),
        ("Việt Nam không tham gia liên minh quân sự, không cho nước ngoài đặt căn cứ quân sự, không sử dụng vũ lực hoặc đe dọa sử dụng vũ lực.",
         [("liên minh quân sự", "military-alliance"), ("căn cứ quân sự", "military-base"),
          ("sử dụng vũ lực", "use-of-force"), ("đe dọa sử dụng vũ lực", "threat-of-force")]),
        ("Viet Nam advocates neither joining any military alliances nor giving any other countries permission to set up military bases.",
         [("military alliances", "military-alliance"), ("military bases", "military-base")]),
        ("Bảo vệ Tổ quốc từ sớm, từ xa, giữ nước từ khi nước chưa nguy.",
         [("Bảo vệ Tổ quốc từ sớm, từ xa", "protect-fatherland-early-from-afar"),
          ("giữ nước từ khi nước chưa nguy", "defending-the-country-before-it-is-endangered")]),
        ("Đẩy mạnh hội nhập quốc tế về quốc phòng và đối ngoại quốc phòng.",
         [("hội nhập quốc tế về quốc phòng", "international-integration-in-defence"),
          ("đối ngoại quốc phòng", "defence-diplomacy")]),
        ("Enhancing the effectiveness of international integration in defence.",
         [("international integration in defence", "international-integration-in-defence")]),
        ("Bộ Chính trị ban hành Chiến lược Quân sự Việt Nam.", [("Chiến lược Quân sự Việt Nam", "vietnam-military-strategy")]),
        ("Ngăn chặn biểu hiện tự diễn biến, tự chuyển hóa trong nội bộ.",
         [("tự diễn biến, tự chuyển hóa", "self-evolution-self-transformation")]),
        ("Đấu tranh với biểu hiện tự diễn biến trong cán bộ.", [("tự diễn biến", "self-evolution")]),
        ("Nguy cơ tự chuyển hóa về chính trị.", [("tự chuyển hóa", "self-transformation")]),
    ],
    "political work": [
        ("Đại hội Thi đua Quyết thắng toàn quân lần thứ XI giai đoạn 2020-2025.",
         [("Đại hội Thi đua Quyết thắng toàn quân lần thứ XI", "determined-to-win-emulation-congress")]),
        ('Phong trào Thi đua Quyết thắng gắn với Cuộc vận động "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ".',
         [("Phong trào Thi đua Quyết thắng", "determined-to-win-emulation-movement"),
          ("Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ",
           "campaign-promoting-tradition-deserving-uncle-hos-soldiers")]),
        ('The Engineering Corps held its "Determined to win" Emulation Congress for the 2019-2024 period.',
         [('"Determined to win" Emulation Congress', "determined-to-win-emulation-congress")]),
        ("Military Region 3 steps up the Determined to Win Emulation Movement.",
         [("Determined to Win Emulation Movement", "determined-to-win-emulation-movement")]),
        ("Cấp ủy, chỉ huy các cấp tập trung lãnh đạo công tác thi đua, khen thưởng.",
         [("Cấp ủy", "party-committee"), ("công tác thi đua, khen thưởng", "emulation-and-commendation-work")]),
        ("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
         [("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "studying-and-following-ho-chi-minh")]),
        ("studying and following Ho Chi Minh's thought, ethics, and lifestyle",
         [("studying and following Ho Chi Minh's thought, ethics, and lifestyle", "studying-and-following-ho-chi-minh")]),
        ('Quân khu 7 tổng kết phong trào thi đua "Dân vận khéo".', [("Dân vận khéo", "skilful-mass-mobilisation")]),
        ("Bí thư Tỉnh ủy Điện Biên phát biểu.", [("Bí thư Tỉnh ủy", "title-secretary-of-the-provincial-party-committee")]),
        ("Secretary of the provincial Party Committee Nguyen Van Thang spoke.",
         [("Secretary of the provincial Party Committee", "title-secretary-of-the-provincial-party-committee")]),
    ],
    "training and readiness": [
        ("Sư đoàn 3 tổ chức diễn tập chỉ huy - cơ quan 1 bên 2 cấp có bắn đạn thật.",
         [("diễn tập chỉ huy - cơ quan", "command-and-staff-exercise"), ("bắn đạn thật", "live-fire")]),
        ("The National Defense Academy completes a command and staff exercise and a live-fire drill.",
         [("command and staff exercise", "command-and-staff-exercise"), ("live-fire drill", "live-fire")]),
        ("Các đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu dịp Tết.",
         [("trực sẵn sàng chiến đấu", "combat-readiness-duty")]),
        ("Gen. Tung lauds forces on combat readiness duty.", [("combat readiness duty", "combat-readiness-duty")]),
        ("Tỉnh tổ chức diễn tập phòng thủ dân sự năm 2024.", [("diễn tập phòng thủ dân sự", "civil-defence-exercise")]),
        ("Hơn 500 hạ sĩ quan, binh sĩ hoàn thành nghĩa vụ quân sự tại ngũ.", [("nghĩa vụ quân sự", "military-service")]),
        ("Chế độ đối với quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng.",
         [("công nhân và viên chức quốc phòng", "defence-workers-and-officials")]),
        ("Giáo dục quốc phòng và an ninh cho học sinh, sinh viên.",
         [("Giáo dục quốc phòng và an ninh", "defence-and-security-education")]),
        ("Hơn 300 tân binh bước vào mùa huấn luyện năm 2025.",
         [("tân binh", "recruit"), ("mùa huấn luyện", "training-season")]),
        ("Xây dựng đơn vị vững mạnh toàn diện.", [("vững mạnh toàn diện", "comprehensively-strong")]),
        ("New recruits practice hard before entering the training season; the recruits are tested in March.",
         [("New recruits", "recruit"), ("recruits", "recruit"), ("training season", "training-season")]),
    ],
    "war consequences and gratitude": [
        ("Đội quy tập đã tìm kiếm, cất bốc được 27 hài cốt liệt sĩ tại Lào.", [("hài cốt liệt sĩ", "martyrs-remains")]),
        ("Thăm gia đình liệt sĩ, thương binh và gia đình chính sách.",
         [("liệt sĩ", "martyr"), ("thương binh", "war-invalid"), ("gia đình chính sách", "policy-beneficiary-family")]),
        ("Khởi công nhà tình nghĩa và bàn giao nhà đồng đội cho quân nhân khó khăn.",
         [("nhà tình nghĩa", "gratitude-house"), ("nhà đồng đội", "comrade-house")]),
        ("Thực hiện tốt chính sách hậu phương quân đội.", [("hậu phương quân đội", "army-rear")]),
        ('Với đạo lý "Đền ơn đáp nghĩa", "Uống nước nhớ nguồn".',
         [("Đền ơn đáp nghĩa", "repaying-gratitude-movement"), ("Uống nước nhớ nguồn", "when-drinking-water-remember-its-source")]),
        ("Quân đội là lực lượng nòng cốt trong phòng, chống thiên tai và tìm kiếm cứu nạn.",
         [("phòng, chống thiên tai", "natural-disaster-prevention-and-control"), ("tìm kiếm cứu nạn", "search-and-rescue")]),
        ("Quân tình nguyện Việt Nam làm nghĩa vụ quốc tế tại Lào.", [("nghĩa vụ quốc tế", "international-mission")]),
        ("Bộ đội giúp nhân dân khắc phục hậu quả thiên tai, còn VNMAC khắc phục hậu quả chiến tranh.",
         [("khắc phục hậu quả thiên tai", "overcoming-natural-disaster-consequences"),
          ("khắc phục hậu quả chiến tranh", "overcoming-war-consequences")]),
        ("Ten Vietnamese Heroic Mothers, 17,000 martyrs and 15,000 war invalids received gifts.",
         [("Vietnamese Heroic Mothers", "vietnamese-heroic-mother"), ("martyrs", "martyr"), ("war invalids", "war-invalid")]),
        ("The delegation took part in a groundbreaking ceremony for gratitude houses and handed over comrade houses.",
         [("gratitude houses", "gratitude-house"), ("comrade houses", "comrade-house")]),
        ("The province presented gifts to support revolutionary devotees and policy beneficiary families.",
         [("revolutionary devotees", "revolution-contributors"), ("policy beneficiary families", "policy-beneficiary-family")]),
    ],
    "borders and sea": [
        ('Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2026 tại Đồn Biên phòng Cà Roòng.',
         [("Xuân Biên phòng ấm lòng dân bản", "border-guard-spring-programme")]),
        ("Góp phần xây dựng biên giới hòa bình, hữu nghị, hợp tác và phát triển.",
         [("biên giới hòa bình, hữu nghị, hợp tác và phát triển", "border-of-peace-friendship-cooperation-development")]),
        ("Bộ đội Biên phòng hai nước tổ chức tuần tra liên hợp.", [("tuần tra liên hợp", "joint-patrol")]),
        ("Thực hiện chủ trương kết nghĩa cụm dân cư hai bên biên giới.",
         [("kết nghĩa cụm dân cư hai bên biên giới", "twinning-of-border-residential-clusters")]),
        ("Hai Bộ trưởng tô son cột mốc biên giới và mốc quốc giới số 1116.",
         [("cột mốc biên giới", "border-marker"), ("mốc quốc giới", "border-marker")]),
        ("Bảo vệ vững chắc chủ quyền, an ninh biên giới quốc gia tại cửa khẩu quốc tế Cầu Treo.",
         [("an ninh biên giới quốc gia", "border-security"), ("cửa khẩu quốc tế", "international-border-gate")]),
        ("Cán bộ, chiến sĩ nhà giàn DK1 giữ vững chủ quyền biển, đảo của Tổ quốc.",
         [("nhà giàn DK1", "dk1-platforms"), ("chủ quyền biển, đảo", "sovereignty-over-seas-and-islands")]),
        ("Xây dựng nền biên phòng toàn dân và thế trận biên phòng toàn dân vững mạnh.",
         [("nền biên phòng toàn dân", "all-people-border-defence"),
          ("thế trận biên phòng toàn dân", "all-people-border-defence-posture")]),
        ("The patrol ensured the protection and integrity of the boundary markers and border security.",
         [("boundary markers", "border-marker"), ("border security", "border-security")]),
        ("Vietnam, China conduct joint border patrol at the Hekou international border gate.",
         [("joint border patrol", "joint-patrol"), ("international border gate", "international-border-gate")]),
        ("Officers and seamen on the DK1/16 platform stand firm.", [("DK1", "dk1-platforms")]),
        ("Hai bên duy trì tuần tra song phương, phối hợp quản lý, bảo vệ biên giới và đẩy mạnh đối ngoại biên phòng.",
         [("tuần tra song phương", "bilateral-patrol"), ("quản lý, bảo vệ biên giới", "border-management-and-protection"),
          ("đối ngoại biên phòng", "border-diplomacy")]),
        ("The two sides will review their bilateral patrols and promote border management and protection.",
         [("bilateral patrols", "bilateral-patrol"), ("border management and protection", "border-management-and-protection")]),
        ("Lực lượng vũ trang địa phương, Bộ đội địa phương và dân quân tự vệ chuyển trạng thái sẵn sàng chiến đấu.",
         [("Lực lượng vũ trang địa phương", "local-armed-forces"), ("Bộ đội địa phương", "local-force")]),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [pytest.param(sentence, expected, id=f"{family}-{index}")
     for family, cases in CASES.items() for index, (sentence, expected) in enumerate(cases)],
)
def test_concept_sentences_resolve(sentence: str, expected: list[tuple[str, str]], bundled_matcher: Matcher) -> None:
    found = {(text, entry_id) for text, entry_id, _ordinal in _found(bundled_matcher, sentence)}
    for pair in expected:
        assert pair in found, f"{pair} not in {sorted(found)}"


def test_the_army_wide_emulation_congress_carries_its_roman_ordinal(bundled_matcher: Matcher) -> None:
    found = _found(bundled_matcher, "Đại hội Thi đua Quyết thắng toàn quân lần thứ XI đã đề ra phương hướng.")
    assert found[0][1:] == ("determined-to-win-emulation-congress", 11)


# (sentence, entry id that must not be among the matches, why)
NEAR_MISSES = [
    ("Tăng cường an ninh biên giới quốc gia.", "maritime-security",
     "'an ninh biên' once read as 'an ninh biển' (maritime security) inside 'an ninh biên giới'"),
    ("Tiếp tục tinh gọn bộ máy các cơ quan.", "elite-compact-strong-army", "'tinh gọn' (streamline) is an ordinary word"),
    ("Đây là cột mốc lịch sử quan trọng của hai nước.", "border-marker", "'cột mốc' alone is a milestone"),
    ("Chiến lược quân sự của Mỹ tại châu Á.", "vietnam-military-strategy", "any country's military strategy"),
    ("China's military strategy in the region.", "vietnam-military-strategy", "any country's military strategy"),
    ("Học viện An ninh nhân dân khai giảng năm học mới.", "peoples-security", "the police academy's name"),
    ("Ngày Biên phòng toàn dân năm nay.", "all-people-border-defence", "the day is its own entry"),
    ("Ngày hội Quốc phòng toàn dân năm nay.", "all-people-national-defence", "the festival is its own entry"),
    ("Đối thoại Chiến lược quốc phòng Việt Nam - Trung Quốc.", "vietnam-military-strategy", "a dialogue, not a strategy"),
    ("Secretary of the provincial Party Committee", "party-committee", "a named committee, not the generic cấp ủy"),
    ("Các phong trào thi đua yêu nước được phát động rộng khắp.", "emulation-and-commendation-work",
     "'thi đua' alone (emulation) is no form of its own"),
    ("Đơn vị được khen thưởng vì thành tích xuất sắc.", "emulation-and-commendation-work",
     "'khen thưởng' alone (to commend) is no form of its own"),
    ("Sở Lao động - Thương binh và Xã hội tỉnh.", "war-invalid", "the Department of Labour, War Invalids and Social Affairs"),
    ("Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 2.", "joint-patrol", "an exchange, not a patrol"),
    ("Tăng cường quản lý, bảo vệ chủ quyền lãnh thổ.", "border-management-and-protection",
     "'quản lý' (to manage) alone is no form of its own"),
    ("Hai nước tổ chức tuần tra song phương trên biên giới.", "joint-patrol", "a bilateral patrol is not a joint one"),
]


@pytest.mark.parametrize(("sentence", "entry_id", "why"), NEAR_MISSES, ids=[entry for _s, entry, _w in NEAR_MISSES])
def test_near_misses_do_not_fire(sentence: str, entry_id: str, why: str, bundled_matcher: Matcher) -> None:
    assert entry_id not in {found_id for _text, found_id, _ordinal in _found(bundled_matcher, sentence)}, why


@pytest.mark.parametrize(
    ("query", "entry_id"),
    [
        ("khu vuc phong thu", "defensive-zone"),
        ("Determined to Win Emulation Movement", "determined-to-win-emulation-movement"),
        ("tinh, gọn, mạnh", "elite-compact-strong-army"),
        ("nha gian DK1", "dk1-platforms"),
        ("martyrs' remains", "martyrs-remains"),
        ("Border Guard Spring", "border-guard-spring-programme"),
        ("gratitude house", "gratitude-house"),
        ("cửa khẩu quốc tế", "international-border-gate"),
    ],
)
def test_lookup_finds_the_concept_first(query: str, entry_id: str, bundled_termbase: TermBase) -> None:
    results = lookup(bundled_termbase, query, limit=3)
    assert results and results[0].term.id == entry_id, [r.term.id for r in results]


# A Vietnamese name with a comma in an unquoted YAML flow list ([a, b]) is read as two forms; it
# had split the Law on Professional Servicemen's variant into "Luật Quân nhân chuyên nghiệp" and
# "công nhân viên chức quốc phòng". Items after the first that start in lower case after an
# upper-case first item are the telltale; the listed lines are genuine lists.
GENUINE_MIXED_CASE_LISTS = {"vi: [CHLB Đức, nước Đức]"}


def test_issue_10_no_vietnamese_name_is_split_by_a_comma_in_a_flow_list() -> None:
    suspicious = []
    for number, line in enumerate(TERMS_YAML.read_text(encoding="utf-8").splitlines(), 1):
        match = re.match(r"\s+vi: \[(?P<items>[^\"'\]]*)\]\s*$", line)
        if not match or line.strip() in GENUINE_MIXED_CASE_LISTS:
            continue
        items = [item.strip() for item in match["items"].split(",")]
        if len(items) > 1 and items[0][:1].isupper() and any(item[:1].islower() for item in items[1:]):
            suspicious.append(f"terms.yaml:{number}: {line.strip()}")
    assert not suspicious, "quote the item that contains a comma:\n" + "\n".join(suspicious)


# The same accident leaves the part before (or after) the comma as a form beside the whole name:
# "quản lý" next to "quản lý, bảo vệ biên giới". These pairs are genuine, both written so.
GENUINE_COMMA_PARTS = {
    ("Chủ nhiệm Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
    ("Chủ nhiệm Ủy ban Dân tộc", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
    ("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã, phường"),
    # The 2025 commune level ("xã, phường, đặc khu", Resolution 66.12/2026) and the provincial level
    # ("tỉnh, thành phố") are written whole as often as their first part.
    ("Ban Chỉ huy Quân sự xã", "Ban Chỉ huy Quân sự xã, phường, đặc khu"),
    ("Ban Chỉ huy Quân sự xã, phường", "Ban Chỉ huy Quân sự xã, phường, đặc khu"),
    ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh, thành phố"),
    ("Bộ CHQS tỉnh", "Bộ CHQS tỉnh, thành phố"),
}


def test_issue_10_no_vietnamese_form_is_the_comma_part_of_another(bundled_termbase: TermBase) -> None:
    suspicious = []
    for term in bundled_termbase:
        forms = [term.vi, *term.variants.get("vi", ())]
        for part in forms:
            for whole in forms:
                if part != whole and (whole.startswith(part + ",") or whole.endswith(", " + part)):
                    if (part, whole) not in GENUINE_COMMA_PARTS:
                        suspicious.append(f"{term.id}: {part!r} is a comma part of {whole!r}")
    assert not suspicious, "\n".join(suspicious)

