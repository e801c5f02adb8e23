"""Viet Nam's forces, units and schools (issue 10, third round): real-style sentences per sub-family.

Each sub-family (officer schools and military region schools, the provincial Border Guard, unit head
titles, border concepts, press variants of existing entries) is pinned in both languages with the id
it must resolve to, and each has its near misses: a deputy is not read as the head, the provincial
Border Guard is not read as the national one, "an ninh biên giới" is not "an ninh biển", and a unit
level followed by "trưởng" is a title, not the unit.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase, lookup


def _found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.term.id) for m in matcher.annotate(text)]


def _ids(matcher: Matcher, text: str) -> list[str]:
    return [term_id for _, term_id in _found(matcher, text)]


@pytest.fixture(scope="module")
def strict(bundled_strict_matcher: Matcher) -> Matcher:
    return bundled_strict_matcher


# (id, a Vietnamese sentence, the surface in it, an English sentence, the surface in it)
SCHOOLS = [
    (
        "air-force-officers-school",
        "Đại tướng đến thăm Trường Sĩ quan Không quân nhân kỷ niệm 50 năm ngày truyền thống.",
        "Trường Sĩ quan Không quân",
        "The Air Force Officer Training School discussed airport security with the US mission.",
        "Air Force Officer Training School",
    ),
    (
        "military-school-of-military-region-4",
        "Trường Quân sự Quân khu 4 tổ chức lễ bế giảng khóa đào tạo sỹ quan dự bị.",
        "Trường Quân sự Quân khu 4",
        "The Military School of Military Region 4 fosters defence and security education.",
        "Military School of Military Region 4",
    ),
    (
        "military-school-of-military-region-9",
        "Trường Quân sự Quân khu 9 gặp mặt kỷ niệm 77 năm ngày truyền thống.",
        "Trường Quân sự Quân khu 9",
        "Cadets of the Military School of Military Region 9 graduated.",
        "Military School of Military Region 9",
    ),
    (
        "military-school-of-hanoi-capital-command",
        "Trường Quân sự Bộ tư lệnh Thủ đô Hà Nội khai giảng đào tạo cán bộ quân sự.",
        "Trường Quân sự Bộ tư lệnh Thủ đô Hà Nội",
        "The Military School of Hanoi Capital Command renews defence and security education.",
        "Military School of Hanoi Capital Command",
    ),
    (
        "army-corps-11",
        "Binh đoàn 11 đón nhận Huân chương Quân công hạng Nhất.",
        "Binh đoàn 11",
        "President hails strong performance of Army Corps 11.",
        "Army Corps 11",
    ),
]


@pytest.mark.parametrize(("term_id", "vi", "vi_surface", "en", "en_surface"), SCHOOLS, ids=[row[0] for row in SCHOOLS])
def test_schools_and_corps_resolve_in_both_languages(term_id: str, vi: str, vi_surface: str, en: str, en_surface: str, strict: Matcher) -> None:
    assert (vi_surface, term_id) in _found(strict, vi)
    assert (en_surface, term_id) in _found(strict, en)


def test_air_force_school_is_not_a_rank_group_and_keeps_its_press_variant(strict: Matcher) -> None:
    # Before the entry, "Sĩ quan" inside the school's name was read as the rank group "Officer".
    assert _ids(strict, "học viên Trường sĩ quan Không quân") == ["air-force-officers-school"]
    assert _ids(strict, "the Air Force Officer College") == ["air-force-officers-school"]


def test_military_region_school_keeps_the_region_number(strict: Matcher) -> None:
    # The school of Military Region 4 is not the school of Military Region 9, and the region itself
    # after "Trường Quân sự" is still the region when the school has no entry.
    assert _ids(strict, "Trường Quân sự Quân khu 4 và Trường Quân sự Quân khu 9") == [
        "military-school-of-military-region-4",
        "military-school-of-military-region-9",
    ]
    assert "military-region-7" in _ids(strict, "Trường Quân sự Quân khu 7")


def test_school_press_variants_resolve_to_existing_entries(bundled_matcher: Matcher) -> None:
    # QĐND writes "No.2" without a space: the default (fuzzy) matcher reads it as the listed "No. 2".
    text = (
        "Major General Ngo Minh Tien, Deputy Chief of the VPA's General Staff at the Army Officer Training "
        "School No.2; the Military Academy of Logistics and the Commando Training School."
    )
    assert _ids(bundled_matcher, text) == [
        "rank-major-general",
        "title-deputy-chief-of-the-general-staff",
        "army-officer-school-2",
        "military-logistics-academy",
        "commando-officers-school",
    ]


# Unit head titles: (id, Vietnamese title, English title)
HEAD_TITLES = [
    ("title-division-commander", "Sư đoàn trưởng", "Division Commander"),
    ("title-deputy-division-commander", "Phó Sư đoàn trưởng", "Deputy Division Commander"),
    ("title-brigade-commander", "Lữ đoàn trưởng", "Brigade Commander"),
    ("title-deputy-brigade-commander", "Phó Lữ đoàn trưởng", "Deputy Brigade Commander"),
    ("title-regiment-commander", "Trung đoàn trưởng", "Regiment Commander"),
    ("title-deputy-regiment-commander", "Phó Trung đoàn trưởng", "Deputy Regiment Commander"),
    ("title-battalion-commander", "Tiểu đoàn trưởng", "Battalion Commander"),
    ("title-deputy-battalion-commander", "Phó Tiểu đoàn trưởng", "Deputy Battalion Commander"),
    ("title-company-commander", "Đại đội trưởng", "Company Commander"),
    ("title-deputy-company-commander", "Phó Đại đội trưởng", "Deputy Company Commander"),
    ("title-platoon-leader", "Trung đội trưởng", "Platoon Leader"),
    ("title-deputy-platoon-leader", "Phó Trung đội trưởng", "Deputy Platoon Leader"),
    ("title-deputy-political-officer", "Chính trị viên phó", "Deputy Political Officer"),
]


@pytest.mark.parametrize(("term_id", "vi", "en"), HEAD_TITLES, ids=[row[0] for row in HEAD_TITLES])
def test_unit_head_titles_resolve_in_both_languages(term_id: str, vi: str, en: str, bundled_termbase: TermBase, strict: Matcher) -> None:
    term = bundled_termbase.get(term_id)
    assert (term.vi, term.en, term.category) == (vi, en, "title")
    assert _ids(strict, f"Trung tá Nguyễn Văn A, {vi}, phát biểu tại hội nghị.") == ["rank-lieutenant-colonel", term_id]
    assert _ids(strict, f"Lieutenant Colonel Nguyen Van A, {en}, spoke at the meeting.") == ["rank-lieutenant-colonel", term_id]


def test_head_title_is_not_the_unit_and_the_unit_keeps_its_place(strict: Matcher) -> None:
    # "Sư đoàn trưởng Sư đoàn 5": the title, then the division itself.
    assert _found(strict, "Đại tá Lê Xuân Bình, Sư đoàn trưởng Sư đoàn 5, báo cáo.") == [
        ("Đại tá", "rank-senior-colonel"),
        ("Sư đoàn trưởng", "title-division-commander"),
        ("Sư đoàn 5", "division-5"),
    ]
    found = _found(strict, "Hội thi cán bộ Trung đoàn trưởng, Chính ủy Trung đoàn bộ binh năm 2018.")
    assert found[:2] == [("Trung đoàn trưởng", "title-regiment-commander"), ("Chính ủy", "title-political-commissar")]
    assert ("Trung đoàn", "unit-regiment") in found
    # A unit level without "trưởng" is still the unit.
    assert _ids(strict, "Tiểu đội 11, Trung đội 3, Đại đội 1") == ["unit-squad", "unit-platoon", "unit-company"]


def test_deputy_is_never_read_as_the_head(strict: Matcher) -> None:
    text = "Phó Sư đoàn trưởng, Tham mưu trưởng Sư đoàn; Phó Tiểu đoàn trưởng và Chính trị viên phó đại đội."
    ids = _ids(strict, text)
    assert "title-division-commander" not in ids
    assert "title-battalion-commander" not in ids
    assert "title-political-officer" not in ids
    assert ids[:2] == ["title-deputy-division-commander", "title-chief-of-staff"]
    assert "title-deputy-battalion-commander" in ids and "title-deputy-political-officer" in ids


def test_squad_leader_is_not_the_battalion_commander(strict: Matcher) -> None:
    assert _ids(strict, "Tiểu đội trưởng và Tiểu đoàn trưởng") == ["title-squad-leader", "title-battalion-commander"]


def test_provincial_border_guard_is_not_the_national_border_guard(strict: Matcher) -> None:
    vi = "Theo Đại tá Bùi Minh Soái, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Bình Phước, Bộ đội Biên phòng tỉnh đã bắt giữ 270 vụ."
    assert _found(strict, vi) == [
        ("Đại tá", "rank-senior-colonel"),
        ("Chỉ huy trưởng Bộ đội Biên phòng tỉnh", "title-commander-of-the-provincial-border-guard"),
        ("Bộ đội Biên phòng tỉnh", "provincial-border-guard"),
    ]
    en = "As the core force, the Provincial Border Guard (PBG) of Dien Bien builds robust all-people border defence."
    assert _ids(strict, en) == ["provincial-border-guard", "provincial-border-guard", "all-people-border-defence"]
    # The headquarters keeps its own entry, and the national Border Guard stays national.
    assert _ids(strict, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lâm Đồng") == ["provincial-border-guard-command"]
    assert _ids(strict, "Bộ Chỉ huy BĐBP tỉnh") == ["provincial-border-guard-command"]
    assert _ids(strict, "Bộ đội Biên phòng Việt Nam") == ["vietnam-border-guard"]
    assert _ids(strict, "Bộ Tư lệnh Bộ đội Biên phòng") == ["vietnam-border-guard-command"]


def test_border_security_is_not_maritime_security(strict: Matcher) -> None:
    # "an ninh biên" (without its diacritics right) used to be read as "an ninh biển".
    assert _found(strict, "giữ vững chủ quyền lãnh thổ, an ninh biên giới") == [("an ninh biên giới", "border-security")]
    assert _ids(strict, "bảo đảm an ninh biển") == ["maritime-security"]
    assert _ids(strict, "protecting sovereignty and border security") == ["border-security"]
    assert _ids(strict, "xây dựng nền biên phòng toàn dân vững mạnh") == ["all-people-border-defence"]


def test_commune_and_ward_military_commands_are_one_body(strict: Matcher) -> None:
    for text in ("Ban Chỉ huy Quân sự phường", "Ban Chỉ huy Quân sự cấp xã", "Ban CHQS phường"):
        assert _ids(strict, text) == ["commune-military-command"], text


def test_former_names_resolve_with_their_status(bundled_termbase: TermBase, strict: Matcher) -> None:
    assert _found(strict, "Phó Bí thư Đảng uỷ Quân sự Trung ương") == [("Đảng uỷ Quân sự Trung ương", "central-military-commission")]
    assert _ids(strict, "It was renamed Army Medical Institute 108 in 1956.") == ["military-central-hospital-108"]
    cmc = bundled_termbase.get("central-military-commission")
    hospital = bundled_termbase.get("military-central-hospital-108")
    assert cmc.form_usage["Đảng ủy Quân sự Trung ương"].status == "deprecated"
    assert hospital.form_usage["Army Medical Institute 108"].status == "deprecated"


@pytest.mark.parametrize(
    ("query", "term_id"),
    [
        ("Trường Sĩ quan Không quân", "air-force-officers-school"),
        ("Air Force Officer College", "air-force-officers-school"),
        ("Sư đoàn trưởng", "title-division-commander"),
        ("Phó Trung đoàn trưởng", "title-deputy-regiment-commander"),
        ("Provincial Border Guard", "provincial-border-guard"),
        ("Bộ đội Biên phòng tỉnh", "provincial-border-guard"),
        ("an ninh biên giới", "border-security"),
        ("Binh đoàn 11", "army-corps-11"),
    ],
)
def test_lookups_answer_first(query: str, term_id: str, bundled_termbase: TermBase) -> None:
    results = lookup(bundled_termbase, query, limit=3)
    assert results and results[0].term.id == term_id


def test_border_gate_posts_read_as_post_and_gate(strict: Matcher) -> None:
    assert _found(strict, "Chiến sĩ Đồn Biên phòng Cửa khẩu quốc tế Vĩnh Xương tuần tra trên sông.") == [
        ("Đồn Biên phòng", "border-guard-post"),
        ("Cửa khẩu quốc tế", "international-border-gate"),
    ]
    # A gate with an entry of its own (tb-border) is read as that gate, one without as the generic kind.
    assert _found(strict, "Troops of the Border Station of Huu Nghi International Border Gate") == [
        ("Border Station", "border-guard-post"),
        ("Huu Nghi International Border Gate", "huu-nghi-international-border-gate"),
    ]
    # A border gate is not a border post, and "cửa khẩu" alone (any crossing) is not read.
    assert _ids(strict, "lưu lượng hàng hóa qua cửa khẩu tăng") == []


def test_flotilla_militia_and_border_strategy(strict: Matcher) -> None:
    assert _found(strict, "Thiếu tá Trịnh Minh Hiển, Phó Chính ủy Hải đoàn 42 cho biết") == [
        ("Thiếu tá", "rank-major"),
        ("Phó Chính ủy", "title-deputy-political-commissar"),
        ("Hải đoàn 42", "unit-flotilla"),
    ]
    # A flotilla and an infantry division take the number after them, as the other unit levels do.
    assert [(m.text, m.ordinal) for m in strict.annotate("Hải đoàn 42 và Sư đoàn bộ binh 308")] == [
        ("Hải đoàn 42", 42),
        ("Sư đoàn bộ binh 308", 308),
    ]
    # The Border Guard's numbered flotilla keeps its own entry; a flotilla's head is a title.
    assert _ids(strict, "Hải đoàn Biên phòng 28") == ["border-guard-flotilla-28"]
    assert _ids(strict, "Hải đoàn trưởng và Phó Hải đoàn trưởng") == ["title-flotilla-commander", "title-deputy-flotilla-commander"]
    # "dân quân" is the militia, but not inside the Militia and Self-Defence Force or its department,
    # and "nhân dân Quân khu 7" is the people of Military Region 7.
    assert _ids(strict, "có sự tham gia của lực lượng dân quân") == ["militia"]
    assert _ids(strict, "Dân quân tự vệ và Cục Dân quân tự vệ") == ["militia-and-self-defence-force", "department-of-militia-and-self-defence"]
    assert _ids(strict, "thăm hỏi nhân dân Quân khu 7") == ["military-region-7"]
    assert _ids(strict, "Nghị quyết số 33-NQ/TW về Chiến lược bảo vệ biên giới quốc gia") == ["strategy-for-national-border-protection"]
    assert _ids(strict, "the Strategy for National Border Protection and the Strategy for Fatherland Protection") == [
        "strategy-for-national-border-protection",
        "strategy-fatherland-protection",
    ]
