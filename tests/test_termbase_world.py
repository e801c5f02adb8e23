"""Countries and international organisations (issue 10, "world" family).

Each new country resolves from its Vietnamese and its English form, in sentences worded as
VNA, VOV, QĐND and Việt Nam News write them; look-alikes that are ordinary Vietnamese words or
parts of personal names must not be taken for a country.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, load_termbase

MATCHER = Matcher(load_termbase())


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.term.id) for m in MATCHER.annotate(text)}


def _ids(text: str) -> set[str]:
    return {m.term.id for m in MATCHER.annotate(text)}


COUNTRIES = [
    # (id, Vietnamese sentence, Vietnamese form, English sentence, English form)
    # (the dialogue and the Undersecretary's title are entries of their own: the country is tested alone)
    ("country-italy", "Đoàn đại biểu Bộ Quốc phòng Việt Nam đã có chuyến thăm làm việc tại Italy từ ngày 2 đến 4-7.", "Italy",
     "Vietnam and Italy have agreed to strengthen defence cooperation.", "Italy"),
    ("country-spain", "Đại tướng Nguyễn Tân Cương tiếp Đại sứ Tây Ban Nha tại Việt Nam.", "Tây Ban Nha",
     "Upper Minister Nguyen Chi Vinh said Vietnam attaches great importance to relations with Spain.", "Spain"),
    ("country-poland", "Kể từ năm 2010, quan hệ quốc phòng Việt Nam-Ba Lan đã có nhiều bước phát triển.", "Ba Lan",
     "Vietnam, Poland boost defence cooperation.", "Poland"),
    ("country-netherlands", "Thủ tướng Phạm Minh Chính thăm chính thức Vương quốc Hà Lan.", "Vương quốc Hà Lan",
     "Vietnam, the Netherlands foster defense alliance.", "Netherlands"),
    ("country-turkiye", "Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Thổ Nhĩ Kỳ Yasar Guler.", "Thổ Nhĩ Kỳ",
     "General Giang hosted his Turkish counterpart under the Việt Nam–Türkiye Joint Statement.", "Türkiye"),
    ("country-united-arab-emirates", "Thượng tướng Hoàng Xuân Chiến thăm Các Tiểu vương quốc Arab Thống nhất (UAE).",
     "Các Tiểu vương quốc Arab Thống nhất", "Viet Nam and the United Arab Emirates signed a Letter of Intent.", "United Arab Emirates"),
    ("country-mongolia", "Đại tướng Phan Văn Giang chủ trì lễ đón Bộ trưởng Quốc phòng Mông Cổ; hợp tác quốc phòng Việt Nam và Mông Cổ.", "Mông Cổ",
     "Vietnamese, Mongolian Defence Ministers hold talks; Vietnam and Mongolia boost defence ties.", "Mongolia"),
    ("country-chile", "Đại sứ Việt Nam tại Chile Nguyễn Việt Cường thăm lực lượng Hiến binh.", "Chile",
     "Vietnam treasures comprehensive partnership with Chile.", "Chile"),
    ("country-egypt", "Việt Nam và Ai Cập nhất trí đẩy mạnh hợp tác quốc phòng.", "Ai Cập",
     "Egypt is one of Vietnam's active partners in Africa.", "Egypt"),
    ("country-saudi-arabia", "Thủ tướng thăm làm việc Vương quốc Saudi Arabia.", "Vương quốc Saudi Arabia",
     "It is the first-ever visit to Saudi Arabia since the two countries established diplomatic relations in 1999.", "Saudi Arabia"),
    ("country-qatar", "Thủ tướng thăm chính thức Các Tiểu vương quốc Arab thống nhất (UAE) và Nhà nước Qatar.", "Nhà nước Qatar",
     "Prime Minister Pham Minh Chinh began a three-day official visit to Qatar.", "Qatar"),
    ("country-iran", "Việt Nam và Iran chính thức thiết lập quan hệ ngoại giao vào ngày 4-8-1973.", "Iran",
     "Strong connections form foundation for Vietnam-Iran ties to grow.", "Iran"),
    ("country-brazil", "Thủ tướng lên đường thăm chính thức Cộng hòa Liên bang Brazil.", "Cộng hòa Liên bang Brazil",
     "Việt Nam is one of the most important partners of Brazil in Southeast Asia.", "Brazil"),
    ("country-argentina", "Ngày 25/10/1973, Argentina thiết lập quan hệ ngoại giao với Việt Nam.", "Argentina",
     "Vietnam Day marks Vietnam-Argentina diplomatic ties.", "Argentina"),
    ("country-bulgaria", "Việt Nam - Bulgaria ký bản ghi nhớ hợp tác quốc phòng.", "Bulgaria",
     "Viet Nam, Bulgaria seek closer military ties.", "Bulgaria"),
]


@pytest.mark.parametrize(("term_id", "vi_text", "vi_form", "en_text", "en_form"), COUNTRIES, ids=[c[0] for c in COUNTRIES])
def test_country_resolves_in_both_languages(term_id: str, vi_text: str, vi_form: str, en_text: str, en_form: str) -> None:
    assert (vi_form, term_id) in _found(vi_text)
    assert (en_form, term_id) in _found(en_text)


def test_turkey_is_an_admitted_variant_of_turkiye() -> None:
    text = "Vietnamese delegation attends International Defense Industry Fair in Turkey."
    assert ("Turkey", "country-turkiye") in _found(text)
    term = next(t for t in load_termbase() if t.id == "country-turkiye")
    assert term.en == "Türkiye"


def test_uae_acronym() -> None:
    assert ("UAE", "country-united-arab-emirates") in _found("Thứ trưởng Bộ Quốc phòng UAE Ibrahim Nasser Al-Alawi.")


ORGANISATIONS = [
    ("itlos", "Việt Nam giới thiệu ứng viên thẩm phán Tòa án Quốc tế về Luật Biển (ITLOS) nhiệm kỳ 2026 - 2035.",
     ["Tòa án Quốc tế về Luật Biển", "ITLOS"]),
    ("itlos", "Nguyen Thi Lan Anh was nominated as a candidate for judge at the International Tribunal for the Law of the Sea.",
     ["International Tribunal for the Law of the Sea"]),
    ("aipa", "Tổ chức Liên nghị viện quyết định đổi tên thành Hội đồng Liên nghị viện Hiệp hội các nước Đông Nam Á (AIPA).",
     ["Hội đồng Liên nghị viện Hiệp hội các nước Đông Nam Á", "AIPA"]),
    ("aipa", "Vai nét về Hội đồng Liên minh nghị viện Hiệp hội các nước Đông Nam Á.",
     ["Hội đồng Liên minh nghị viện Hiệp hội các nước Đông Nam Á"]),
    ("aipa", "The ASEAN Inter-Parliamentary Assembly (AIPA) is a regional parliamentary organisation.",
     ["ASEAN Inter-Parliamentary Assembly", "AIPA"]),
    ("interpol", "Việt Nam gia nhập Tổ chức Cảnh sát hình sự quốc tế (Interpol) năm 1991.",
     ["Tổ chức Cảnh sát hình sự quốc tế", "Interpol"]),
    ("interpol", "Vietnam ready to further promote cooperation between Interpol and regional countries.", ["Interpol"]),
    ("mekong-river-commission", "Bộ trưởng Việt Nam giữ chức Chủ tịch Hội đồng Ủy hội sông Mê Công quốc tế (MRC).",
     ["Ủy hội sông Mê Công quốc tế", "MRC"]),
    ("mekong-river-commission", "The Minister is Member of the International Mekong River Commission.",
     ["International Mekong River Commission"]),
]


@pytest.mark.parametrize(("term_id", "text", "forms"), ORGANISATIONS)
def test_organisation_resolves(term_id: str, text: str, forms: list[str]) -> None:
    found = _found(text)
    for form in forms:
        assert (form, term_id) in found


def test_aipa_is_not_taken_for_asean() -> None:
    ids = _ids("Hội đồng Liên nghị viện Hiệp hội các nước Đông Nam Á (AIPA) họp tại Jakarta.")
    assert "aipa" in ids
    assert "asean" not in ids  # "Hiệp hội các nước Đông Nam Á" is nested in the longer name


@pytest.mark.parametrize(
    "text",
    [
        "Ý kiến của Bộ trưởng được các đại biểu đánh giá cao.",  # "Ý" (Italy) is not listed
        "Ý nghĩa của chuyến thăm rất quan trọng.",
        "Ông Hoàng Anh Tuấn phát biểu; ông Anh cho biết.",  # "Anh" in a name is not the UK
        "Mọi người đều có ý chí quyết tâm cao.",
    ],
)
def test_no_country_in_ordinary_words_or_names(text: str) -> None:
    assert not {i for i in _ids(text) if i.startswith("country-")}


def test_italy_needs_its_capital_letter() -> None:
    assert "country-italy" not in _ids("từ italy trong câu viết thường lẫn với Hà Nội")
    assert "country-italy" in _ids("Đoàn đại biểu Bộ Quốc phòng Việt Nam thăm làm việc tại Italy.")


def test_national_mekong_committee_is_not_the_commission() -> None:
    assert "mekong-river-commission" not in _ids("Ủy ban sông Mê Công Việt Nam tổ chức Hội nghị toàn thể.")
