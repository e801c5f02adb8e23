"""The matcher: data-driven cases, properties, and agreement with a naive reference."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary import Matcher, TermBase, compile_matcher
from glossary.normalize import acronym_key, is_word_char, name_key, normalize
from glossary.matcher import CAPITALISED_FUNCTION_WORDS, VIETNAMESE_HONORIFICS, VIETNAMESE_SURNAMES

from .conftest import DATA

CASES: list[dict[str, Any]] = yaml.safe_load((DATA / "match_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["explanation"][:60] for case in CASES])
def test_match_case(case: dict[str, Any], seed_matcher: Matcher) -> None:
    text = case["text"]
    matches = seed_matcher.annotate(text)
    found = [[m.text, m.term.id, m.ordinal] for m in matches]
    assert found == case["expect"], case["explanation"]
    for match in matches:
        assert text[match.start : match.end] == match.text


def test_methods_and_scores_say_how_a_term_was_found(seed_matcher: Matcher) -> None:
    def method(text: str) -> tuple[str, float]:
        (match,) = seed_matcher.annotate(text)
        return match.method, match.score

    assert method("Bộ Quốc phòng") == ("exact", 100.0)
    assert method("bộ quốc phòng") == ("normalized", 98.0)
    assert method("MND") == ("acronym", 100.0)
    assert method("Bo Quoc phong") == ("folded", 90.0)
    fuzzy_method, fuzzy_score = method("Hội nghị Bộ trưởgn Quốc phòng các nước ASEAN")
    assert fuzzy_method == "fuzzy" and 80 <= fuzzy_score <= 89


def test_overlaps_keeps_nested_matches(seed_matcher: Matcher) -> None:
    text = "Thứ trưởng Bộ Quốc phòng"
    assert [m.term.id for m in seed_matcher.annotate(text)] == ["deputy-minister-of-national-defence"]
    nested = [m.term.id for m in seed_matcher.annotate(text, overlaps=True)]
    assert nested == ["deputy-minister-of-national-defence", "ministry-of-national-defence"]


def test_issue_each_pca_takes_the_sense_of_its_nearest_cues(seed_matcher: Matcher) -> None:
    text = (
        "Philippines đưa vụ việc ra PCA và phán quyết của tòa trọng tài năm 2016 bác bỏ yêu sách. "
        "Trong một diễn biến khác, hai bên đã ký kết và thúc đẩy việc thực thi hiệp định PCA với EU."
    )
    assert [m.term.id for m in seed_matcher.annotate(text)] == ["permanent-court-of-arbitration", "pca-agreement"]


def test_unresolved_sense_is_kept_with_a_low_score(seed_matcher: Matcher) -> None:
    (match,) = seed_matcher.annotate("PCA")
    assert match.term.id in {"pca-agreement", "permanent-court-of-arbitration"}
    assert match.score == 50.0


def test_min_score_drops_weaker_matches(seed_matcher: Matcher) -> None:
    text = "Bo Quoc phong va Bộ Quốc phòng"
    assert [m.method for m in seed_matcher.annotate(text, min_score=95)] == ["exact"]


def test_stages_can_be_switched_off(seed_termbase: TermBase) -> None:
    strict = compile_matcher(seed_termbase, folded=False, fuzzy=False)
    assert strict.annotate("Bo Quoc phong") == []


def test_english_gloss_of_a_numbered_meeting(seed_matcher: Matcher) -> None:
    (acronym,) = seed_matcher.annotate("ADMM-14")
    assert acronym.gloss("en") == "14th ADMM"
    assert acronym.gloss("vi") == "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 14"
    (name,) = seed_matcher.annotate("Hội nghị Cấp cao ASEAN 37")
    assert name.gloss("en") == "37th ASEAN Summit"


def test_matcher_is_shared_safely_between_threads(seed_matcher: Matcher) -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [case["text"] for case in CASES] * 20
    expected = [[(m.start, m.end, m.term.id) for m in seed_matcher.annotate(text)] for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda text: [(m.start, m.end, m.term.id) for m in seed_matcher.annotate(text)], texts))
    assert got == expected


# -- properties -----------------------------------------------------------------


def _reference_exact_matches(termbase: TermBase, text: str) -> set[tuple[int, int, str]]:
    """A plain, obviously-correct matcher: str.find for every form, then longest first.

    It knows only exact forms (names case-insensitively, acronyms as declared),
    no ordinals, no folding; compared with the real matcher with folded and
    fuzzy stages off, on texts without series terms followed by numbers.
    """
    normalized = normalize(text)
    candidates = []
    after_capitalised_words = []
    for term in termbase:
        for form in term.forms():
            if form.kind == "numbered":
                continue
            haystack = normalized.canonical if form.kind == "acronym" else normalized.lowered
            needle = acronym_key(form.text) if form.kind == "acronym" else name_key(form.text)
            position = haystack.find(needle)
            while position != -1:
                end = position + len(needle)
                before_ok = position == 0 or not (is_word_char(needle[0]) and is_word_char(haystack[position - 1]))
                after_ok = end == len(haystack) or not (is_word_char(needle[-1]) and is_word_char(haystack[end]))
                rule = _one_word_rule(form.kind, form.text, normalized, position, end, term) if before_ok and after_ok else False
                if rule is True:
                    candidates.append((position, end, term.id))
                elif rule == "after a capitalised word":
                    after_capitalised_words.append((position, end, term.id))
                position = haystack.find(needle, position + 1)
    # A one-word rank right after a title or country the text names: "Defence Minister General ..."; any
    # one-word name right after a country: "Japanese Ambassador".
    country_ends = {end for start, end, term_id in candidates if termbase.get(term_id).category == "country"}
    name_ends = country_ends | {end for start, end, term_id in candidates if " " in normalized.lowered[start:end]}
    candidates += [
        c
        for c in after_capitalised_words
        if len(normalized.lowered[: c[0]].rstrip()) in (name_ends if termbase.get(c[2]).category == "rank" else country_ends)
    ]
    chosen: list[tuple[int, int, str]] = []
    for start, end, term_id in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in chosen):
            chosen.append((start, end, term_id))
    return {(*normalized.original_span(start, end), term_id) for start, end, term_id in chosen}


def _one_word_rule(kind: str, form: str, normalized, start: int, end: int, term) -> bool | str:
    """One-word names match only as written, and not right after a capitalised word; nor do
    two-word Vietnamese country names ("Hà Lan" in "Nguyễn Thị Hà Lan"). Says "after a capitalised
    word" when that is the only reason."""
    if kind != "name":
        return True
    words = len(name_key(form).split(" "))
    given_name_like = words == 2 and term.category == "country" and (form == term.vi or form in term.variants.get("vi", ()))
    if words > 1 and not given_name_like:
        return True
    surface = normalized.canonical[start:end]
    if words == 1 and surface != acronym_key(form) and not (surface.isupper() and form != form.lower()):
        return False
    words_before = normalized.canonical[:start].split(" ")
    if len(words_before) >= 2 and words_before[-1] == "":
        previous = words_before[-2]
        gap = normalized.original[
            normalized.original_span(start - 1 - len(previous), start - 1)[1] : normalized.original_span(start, end)[0]
        ]
        before = normalized.canonical[: start - 1 - len(previous)].rstrip(" ")
        starts_sentence = (not before or before[-1] in '.!?:;\n"“([') and previous not in VIETNAMESE_SURNAMES | VIETNAMESE_HONORIFICS
        function_word = previous in CAPITALISED_FUNCTION_WORDS
        if previous.isalnum() and previous[0].isupper() and not previous.isupper() and gap.isspace() and not starts_sentence and not function_word:
            return "after a capitalised word" if words == 1 else False
    return True


def _phrases(termbase: TermBase) -> list[str]:
    phrases = []
    for term in termbase:
        if term.ambiguous_forms or term.series:
            continue  # senses and ordinals are the real matcher's extras
        phrases.extend(form.text for form in term.forms() if form.kind != "numbered")
    return phrases


_FILLER = ["và", "tại", "hội nghị", "ngày 5/3", "the", "of", "đoàn", "Việt", "ASEANX", ",", ".", "(", ")", "2020"]


@st.composite
def _texts(draw: st.DrawFn, phrases: list[str]) -> str:
    pieces = draw(st.lists(st.sampled_from(phrases + _FILLER), min_size=1, max_size=12))
    separators = draw(st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0", " - ", ", "]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(piece + separator for piece, separator in zip(pieces, separators))


@pytest.fixture(scope="module")
def strict_matcher(seed_termbase: TermBase) -> Matcher:
    return compile_matcher(seed_termbase, folded=False, fuzzy=False)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_matcher_agrees_with_naive_reference(data: st.DataObject, seed_termbase: TermBase, strict_matcher: Matcher) -> None:
    text = data.draw(_texts(_phrases(seed_termbase)))
    fast = {(m.start, m.end, m.term.id) for m in strict_matcher.annotate(text)}
    assert fast == _reference_exact_matches(seed_termbase, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_offsets_slice_the_original_and_never_overlap(data: st.DataObject, seed_termbase: TermBase, seed_matcher: Matcher) -> None:
    text = data.draw(_texts(_phrases(seed_termbase) + ["ADMM-14", "Hoi nghi Bo truong Quoc phong", "PCA"]))
    matches = seed_matcher.annotate(text)
    for match in matches:
        assert text[match.start : match.end] == match.text
    for previous, following in zip(matches, matches[1:]):
        assert previous.end <= following.start


def _old_tones(text: str) -> str:
    for new, old in (("òa", "oà"), ("óa", "oá"), ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("ùy", "uỳ"), ("úy", "uý"), ("ỏe", "oẻ")):
        text = text.replace(new, old)
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_same_terms_in_nfc_nfd_and_old_tones(data: st.DataObject, seed_termbase: TermBase, seed_matcher: Matcher) -> None:
    text = data.draw(_texts(_phrases(seed_termbase)))
    expected = [m.term.id for m in seed_matcher.annotate(text)]
    for variant in (unicodedata.normalize("NFD", text), _old_tones(text)):
        matches = seed_matcher.annotate(variant)
        assert [m.term.id for m in matches] == expected
        for match in matches:
            assert variant[match.start : match.end] == match.text


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        ("Senior Lt. Gen. Hoang Xuan Chien", "rank-senior-lieutenant-general"),
        ("Sen. Lieut. Gen Hoang Xuan Chien", "rank-senior-lieutenant-general"),  # last full stop dropped
        ("Lt Gen Vu Hai San", "rank-lieutenant-general"),  # no full stops
        ("Maj Gen Pham Manh Thang", "rank-major-general"),
        ("Sen. Lieutenant General Nguyen Tan Cuong", "rank-senior-lieutenant-general"),
        ("Lieut. Gen. Vu Hai San", "rank-lieutenant-general"),
        ("Maj. General Pham Manh Thang", "rank-major-general"),
        ("Sr. Lt. Col. Vu Thi Lien", "rank-colonel"),
        ("Col. Truong Anh Tuan", "rank-colonel"),
    ],
)
def test_rank_words_abbreviated_in_any_mix_name_the_same_rank(bundled_matcher, text: str, term_id: str) -> None:
    [match] = bundled_matcher.annotate(text)
    assert match.term.id == term_id
    assert match.start == 0 and text[match.start : match.end] == match.text


def test_rank_spellings_are_bounded_for_hostile_names() -> None:
    from glossary.model import MAX_RANK_SPELLINGS, rank_spellings

    assert set(rank_spellings("Senior Lieutenant General")) >= {"Sen. Lt. Gen.", "Senior Lt. Gen.", "Sr. Lieut. General"}
    assert "Senior Lieutenant General" not in rank_spellings("Senior Lieutenant General")
    assert rank_spellings(" ".join(["Senior Lieutenant"] * 20)) == []  # 12^20 spellings: none generated
    assert set(rank_spellings("Lieutenant General")) >= {"Lt Gen", "Lt. Gen", "Lieut Gen"}  # full stops dropped
    assert rank_spellings("Colonel") == ["Col."]  # "Col" alone is another word
    # The bound holds on the dotted spellings; dropping full stops at most triples them.
    assert len(rank_spellings("Senior Lieutenant Colonel")) <= 3 * MAX_RANK_SPELLINGS


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("He received Japanese Ambassador Ito Naoki", ["Japanese", "Ambassador"]),  # a one-word title after a country
        ("Vietnamese President Luong Cuong said", ["Vietnamese", "President"]),
        ("Cuban President Diaz-Canel said", ["Cuban"]),  # read, then Cuba's, so not Viet Nam's (domestic)
        ("Chinese President Xi said", ["Chinese President"]),  # China's post has an entry of its own
        ("He met Nguyen Van Nam and Le Thai Lan.", []),  # two-syllable place names inside person names
        ("Nguyen Van Nam spoke. Le Thai Lan spoke.", []),  # ... also at a sentence start, without diacritics
        ("Tại Vân Nam và Thái Lan", ["Vân Nam", "Thái Lan"]),
        ("góp phần lan tỏa, gop phan lan toa; Phần Lan, PHẦN LAN", ["Phần Lan", "PHẦN LAN"]),  # an everyday phrase
    ],
)
def test_one_word_names_after_a_country_and_place_names_inside_person_names(bundled_matcher, text: str, surfaces: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [match.text for match in bundled_matcher.annotate(text)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Defence Minister General Phan Van Giang", ["Defence Minister", "General"]),
        ("Thailand Colonel Prasert", ["Thailand", "Colonel"]),
        ("VOV.VN - The Politburo decided", ["Politburo"]),  # "The" ends no name
        ("Bà Nga nói. Bà Nga", []),  # an honorific: a name follows, even at a sentence start
        ("the Director General of the department", ["Director General"]),  # a title of its own
        ("the US Attorney General said", ["US"]),  # no name ends at "Attorney": "General" ends a title
        ("the Inspector General of the Army", []),
    ],
)
def test_a_rank_after_a_title_or_country_is_the_persons_rank(bundled_matcher, text: str, surfaces: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [match.text for match in bundled_matcher.annotate(text)] == surfaces


_DOMESTIC_TERMS = """\
terms:
  - {id: pm, category: title, vi: Thủ tướng Chính phủ, en: Prime Minister, variants: {vi: [Thủ tướng]}, domestic: true, sources: [x]}
  - {id: minister, category: title, vi: Bộ trưởng, en: Minister, sources: [x]}
  - {id: vn, category: country, vi: Việt Nam, en: Vietnam, domestic: true, sources: [x]}
  - {id: th, category: country, vi: Thái Lan, en: Thailand, variants: {en: [Thai]}, sources: [x]}
  - {id: cn, category: country, vi: Trung Quốc, en: China, variants: {en: [Chinese]}, sources: [x]}
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Another country qualifies Viet Nam's post: before it, with "'s", after it, after "of (the)".
        ("Thai Prime Minister Srettha", [("Thai", "th")]),
        ("China's Prime Minister Li", [("China", "cn")]),
        ("China’s Prime Minister Li", [("China", "cn")]),
        ("the Prime Minister of Thailand", [("Thailand", "th")]),
        ("Prime Minister of the Thailand delegation", [("Thailand", "th")]),
        ("Thủ tướng Thái Lan và Thủ tướng Chính phủ Trung Quốc", [("Thái Lan", "th"), ("Trung Quốc", "cn")]),
        # Viet Nam qualifies nothing away, and a generic post (not domestic) stays.
        ("Vietnam's Prime Minister; Prime Minister of Vietnam", [("Vietnam", "vn"), ("Prime Minister", "pm"), ("Prime Minister", "pm"), ("Vietnam", "vn")]),
        ("Thủ tướng Chính phủ Việt Nam", [("Thủ tướng Chính phủ", "pm"), ("Việt Nam", "vn")]),
        ("Bộ trưởng Thái Lan", [("Bộ trưởng", "minister"), ("Thái Lan", "th")]),
        # Only right next to it: a comma, a sentence or another word in between keeps Viet Nam's post.
        ("In Thailand, Prime Minister Pham Minh Chinh said", [("Thailand", "th"), ("Prime Minister", "pm")]),
        ("Thủ tướng, Thái Lan", [("Thủ tướng", "pm"), ("Thái Lan", "th")]),
        ("Thailand and Prime Minister Chinh", [("Thailand", "th"), ("Prime Minister", "pm")]),
    ],
)
def test_a_domestic_post_qualified_by_another_country_is_not_read_as_viet_nams(text: str, found: list[tuple[str, str]]) -> None:
    from glossary.loader import load_termbase_text

    matcher = compile_matcher(load_termbase_text(_DOMESTIC_TERMS))
    assert [(match.text, match.term.id) for match in matcher.annotate(text)] == found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("US President Donald Trump and President Luong Cuong", [("President", "title-state-president")]),
        ("Chủ tịch Quốc hội Lào và Chủ tịch Quốc hội Trần Thanh Mẫn", [("Chủ tịch Quốc hội", "title-chairman-of-the-national-assembly")]),
        ("Bộ trưởng Bộ Quốc phòng Lào; Bộ trưởng Bộ Quốc phòng Việt Nam", [("Bộ trưởng Bộ Quốc phòng", "title-minister-of-national-defence")]),
        ("the Foreign Ministry of Japan and the Foreign Ministry", [("Foreign Ministry", "ministry-of-foreign-affairs")]),
        # A body named with another country qualifies too.
        ("Bộ Tổng Tham mưu Quân đội nhân dân Lào và Bộ Tổng Tham mưu", [("Bộ Tổng Tham mưu", "general-staff")]),
        ("the Lao People's Army's General Staff and the General Staff", [("General Staff", "general-staff")]),
    ],
)
def test_the_bundled_posts_of_viet_nam_are_not_read_after_another_country(bundled_matcher, text: str, kept) -> None:  # type: ignore[no-untyped-def]
    domestic = [(match.text, match.term.id) for match in bundled_matcher.annotate(text) if match.term.domestic and match.term.category != "country"]
    assert domestic == kept


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A modifier form ("Lao", "Thai") is the country right before another term, and makes a domestic post
        # that country's.
        ("Lao Foreign Minister Saleumxay", [("Lao", "country-laos")]),
        ("Thai Foreign Minister Maris", [("Thai", "country-thailand")]),
        ("Thai Prime Minister Srettha", [("Thai Prime Minister", "title-thai-prime-minister")]),  # an entry of its own
        ("the Lao Deputy Minister", [("Lao", "country-laos"), ("Deputy Minister", "title-deputy-minister")]),
        # Alone, or before a word that is no term, it is other words; in lower case never.
        ("Thai Nguyen province and Thai Binh", []),
        ("the Lao Dong newspaper", []),
        ("Lao Cai Border Guard Command", [("Border Guard Command", "provincial-border-guard-command")]),
        ("lao foreign minister", [("foreign minister", "title-minister-of-foreign-affairs")]),
    ],
)
def test_a_modifier_form_is_the_country_only_before_another_term(bundled_matcher, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert [(match.text, match.term.id) for match in bundled_matcher.annotate(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A place name right before the English name, or "of ... province" after it: the province's body.
        ("the Lao Cai Border Guard Command met", [("Border Guard Command", "provincial-border-guard-command")]),
        ("Ha Tinh Border Guard Command", [("Border Guard Command", "provincial-border-guard-command")]),
        ("the Border Guard Command of the northern province of Ha Giang", [("Border Guard Command", "provincial-border-guard-command")]),
        ("the Border Guard Command of Quang Ninh province", [("Border Guard Command", "provincial-border-guard-command")]),
        # Otherwise the national one, in either language.
        ("The Border Guard Command said", [("Border Guard Command", "vietnam-border-guard-command")]),
        ("the Border Guard Command of the Ministry", [("Border Guard Command", "vietnam-border-guard-command")]),
        ("Vietnam Border Guard Command", [("Vietnam Border Guard Command", "vietnam-border-guard-command")]),
        ("the Vietnam Border Guard High Command", [("Vietnam", "country-vietnam"), ("Border Guard High Command", "vietnam-border-guard-command")]),
        ("Đoàn công tác Bộ Tư lệnh Bộ đội Biên phòng", [("Bộ Tư lệnh Bộ đội Biên phòng", "vietnam-border-guard-command")]),
    ],
)
def test_a_province_qualifies_a_national_body_into_its_provincial_one(bundled_matcher, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert [(match.text, match.term.id) for match in bundled_matcher.annotate(text)] == found


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # A two-syllable country name is also a given name: right after a capitalised name it is part of it.
        ("Chị Nguyễn Thị Hà Lan gặp Đại sứ Hà Lan.", ["Đại sứ", "Hà Lan"]),
        ("Lê Thái Lan và Việt Nam - Thái Lan.", ["Việt Nam", "Thái Lan"]),
        # A word capitalised only because it starts a sentence does not make a name; a surname does.
        ("Tại Hà Lan, ông nói. Tại Pháp cũng vậy. Nguyễn Hà Lan đến.", ["Hà Lan", "Pháp"]),
    ],
)
def test_country_names_inside_person_names(bundled_matcher, text: str, surfaces: list[str]) -> None:
    assert [match.text for match in bundled_matcher.annotate(text)] == surfaces


def test_numbered_units_are_also_written_with_so(bundled_matcher) -> None:
    text = "Quân khu số 7, Vùng số 2 Hải quân và Quân khu 7."
    assert [(match.text, match.term.id) for match in bundled_matcher.annotate(text)] == [
        ("Quân khu số 7", "military-region-7"),
        ("Vùng số 2 Hải quân", "naval-region-2"),
        ("Quân khu 7", "military-region-7"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "term_id", "number", "gloss_en", "gloss_vi"),
    [
        ("Sư đoàn 346 đã tổ chức diễn tập.", "Sư đoàn 346", "unit-division", 346, "Division 346", "Sư đoàn 346"),
        ("Lữ đoàn số 596 Hải quân", "Lữ đoàn số 596", "unit-brigade", 596, "Brigade 596", "Lữ đoàn 596"),
        ("Officers of Regiment 165 attended.", "Regiment 165", "unit-regiment", 165, "Regiment 165", "Trung đoàn 165"),
        ("the 346th Division held a drill", "346th Division", "unit-division", 346, "Division 346", "Sư đoàn 346"),
        ("Tieu doan 7 (no diacritics)", "Tieu doan 7", "unit-battalion", 7, "Battalion 7", "Tiểu đoàn 7"),
    ],
)
def test_a_numbered_unit_takes_its_number_into_the_gloss(  # type: ignore[no-untyped-def]
    bundled_matcher, text: str, surface: str, term_id: str, number: int, gloss_en: str, gloss_vi: str
) -> None:
    match = bundled_matcher.annotate(text)[0]
    assert (match.text, match.term.id, match.ordinal) == (surface, term_id, number)
    assert text[match.start : match.end] == match.text
    assert (match.gloss("en"), match.gloss("vi")) == (gloss_en, gloss_vi)


@pytest.mark.parametrize(
    ("text", "surface", "term_id"),
    [
        ("Sư đoàn 2 và", "Sư đoàn 2", "division-2"),  # its own entry wins over the generic unit with a number
        ("the 171st Brigade", "171st Brigade", "brigade-171"),  # however the number is written
        ("Tiểu đoàn 1.000 người", "Tiểu đoàn", "unit-battalion"),  # a count, not a number of the unit
        ("Đại đội 3/2 năm", "Đại đội", "unit-company"),  # a date
        ("Lữ đoàn 2025", "Lữ đoàn", "unit-brigade"),  # four digits: a year
    ],
)
def test_a_unit_number_is_only_taken_when_it_is_one(bundled_matcher, text: str, surface: str, term_id: str) -> None:  # type: ignore[no-untyped-def]
    match = bundled_matcher.annotate(text)[0]
    assert (match.text, match.term.id) == (surface, term_id)
    assert match.ordinal is None


def test_words_inside_a_web_address_are_not_terms(bundled_matcher) -> None:  # type: ignore[no-untyped-def]
    text = "Nguồn: https://www.qdnd.vn/quoc-phong/bo-doi-bien-phong-tinh-123 và www.mod.gov.vn/ADMM. ADMM (https://admm.asean.org) họp."
    matches = bundled_matcher.annotate(text)
    assert [(match.text, match.term.id) for match in matches] == [("ADMM", "admm")]
    assert text[matches[0].start : matches[0].end] == "ADMM" and matches[0].start == text.index("ADMM (")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an ninh mạgn", "cybersecurity"),  # two neighbouring letters swapped in a three-word name
        ("Hiến chươgn ASEAN", "asean-charter"),
        ("Hiens chương ASEAN", None),  # a letter added, not swapped: too near other phrases for a short name
        ("an ninh mạnh", None),  # one letter changed makes another word ("strong security")
        ("an ninhm ạng", None),  # a letter moved across the space: not a swap inside a word
    ],
)
def test_short_names_are_read_through_two_swapped_letters_only(bundled_matcher: Matcher, text: str, expected: str | None) -> None:
    """Names of three words too short for the fuzzy stage's edits are tried for the commonest typo only."""
    found = [(match.term.id, match.method) for match in bundled_matcher.annotate(text) if match.method == "fuzzy"]
    assert found == ([(expected, "fuzzy")] if expected else [])


def test_swaps_and_the_swap_check_agree() -> None:
    from glossary.matcher import _one_swap, _swaps

    variants = list(_swaps("an ninh mang"))
    assert "na ninh mang" in variants and "an ninh magn" in variants and "anninh mang" not in variants
    assert all(_one_swap(variant, "an ninh mang") for variant in variants)
    assert not _one_swap("an ninh manh", "an ninh mang") and not _one_swap("an ninh mang", "an ninh mang")
    assert not _one_swap("an ninhm ang", "an ninh mang"), "a space is not a letter"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Two Protocols were signed in 2024.", "Protocols", "protocol"),
        ("the border posts of Ha Giang", "border posts", "border-guard-post"),
        ("the Defence Ministries of the two countries", "Defence Ministries", "ministry-of-national-defence"),
        ("Deputy Ministers of National Defence attended.", "Deputy Ministers of National Defence", "title-deputy-minister-of-national-defence"),
        ("the two protocols of etiquette", None, None),  # a one-word name keeps its capitalisation rule
    ],
)
def test_english_names_are_read_in_the_plural(bundled_matcher: Matcher, text: str, surface: str | None, expected: str | None) -> None:
    found = [(match.text, match.term.id) for match in bundled_matcher.annotate(text) if match.term.category != "country"]
    assert found == ([(surface, expected)] if surface else [])


def test_plurals_are_regular_and_of_the_head_noun() -> None:
    from glossary.model import english_plural

    assert english_plural("Protocol") == "Protocols"
    assert english_plural("Ministry of National Defence") == "Ministries of National Defence"
    assert english_plural("Chairman of the National Assembly") == "Chairmen of the National Assembly"
    assert english_plural("Box") == "Boxes" and english_plural("Deputy") == "Deputies" and english_plural("Day") == "Days"
    assert english_plural("Armed Forces") is None and english_plural("National Defence") is None
    assert english_plural("ASEAN") is None and english_plural("Office 701") is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A headline ending with a country, then a blank line: the next paragraph's post is Viet Nam's.
        ("Vietnam, Singapore\n\nDeputy Minister of National Defence Hoang Xuan Chien said", ["title-deputy-minister-of-national-defence"]),
        ("Hợp tác với Thái Lan\n \nThủ tướng phát biểu", ["title-prime-minister"]),
        # A line broken inside the sentence still qualifies it.
        ("Thủ tướng\nThái Lan thăm Việt Nam", []),
    ],
)
def test_a_country_does_not_qualify_a_post_across_a_blank_line(bundled_matcher, text: str, kept: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [match.term.id for match in bundled_matcher.annotate(text) if match.term.domestic and match.term.category != "country"] == kept


@pytest.mark.parametrize(
    ("text", "term_id"),
    [
        # Missing diacritics, or diacritics a form written without them lacks, still read the name...
        ("Thu truong Bo Quoc phong du hop", "title-deputy-minister-of-national-defence"),
        ("Thu truong Bộ Quốc phòng dự họp", "title-deputy-minister-of-national-defence"),
        ("the Việt Nam People's Navy's ship", "vietnam-peoples-navy"),
        # ... other diacritics do not: the Ministry's leaders (thủ trưởng) are not a Deputy Minister (thứ trưởng).
        ("được thủ trưởng Bộ Quốc phòng đánh giá cao", "ministry-of-national-defence"),
    ],
)
def test_a_folded_name_is_not_read_through_other_diacritics(bundled_matcher, text: str, term_id: str) -> None:  # type: ignore[no-untyped-def]
    assert [match.term.id for match in bundled_matcher.annotate(text) if match.term.category != "country"][:1] == [term_id]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A lower-case one-word name is capitalised where a sentence opens...
        ("Cyberspace is a new domain.", [("Cyberspace", "cyberspace")]),
        ("The army trains. Cyberspace is next.", [("Cyberspace", "cyberspace")]),
        # ... and nowhere else: capitalised inside a sentence it is part of a name, not the concept.
        ("the Cyberspace Forum met", []),
    ],
)
def test_a_lower_case_one_word_name_opens_a_sentence(bundled_matcher, text: str, found: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    matches = [(match.text, match.term.id) for match in bundled_matcher.annotate(text) if match.term.category == "concept"]
    assert matches == found
