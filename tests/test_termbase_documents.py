"""Defence-cooperation documents and defence-diplomacy concepts of the bundled term base.

Real-style sentences from the Vietnamese state press (QĐND, VNA, VGP, CAND) in both languages must
resolve to the right entry, numbered joint patrols with their number, and the common words these
names are made of ("kế hoạch", "hợp tác", "đối tác", "an ninh", "plan", "policy") must not fire alone.
VNA's unaccented "Quan doi Nhan dan" is the newspaper, never the army.
"""

from __future__ import annotations

import pytest

from glossary import Matcher, TermBase


def _found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.term.id) for m in matcher.annotate(text)]


@pytest.fixture(scope="module")
def strict(bundled_termbase: TermBase) -> Matcher:
    return Matcher(bundled_termbase, fuzzy=False)


@pytest.fixture(scope="module")
def default(bundled_termbase: TermBase) -> Matcher:
    return Matcher(bundled_termbase)


# (sentence, surface form, entry id): each sentence is written the way the press writes it.
CASES = [
    # documents
    ("Hai bên ký Ý định thư về hợp tác quốc phòng.", "Ý định thư", "letter-of-intent"),
    ("Viet Nam and the UAE signed a Letter of Intent on defense cooperation.", "Letter of Intent", "letter-of-intent"),
    (
        "Hai Bộ trưởng đã ký Nghị định thư và Kế hoạch hợp tác giữa hai Bộ Quốc phòng năm 2015.",
        "Kế hoạch hợp tác giữa hai Bộ Quốc phòng",
        "cooperation-plan",
    ),
    ("Hai bên thống nhất kế hoạch hợp tác năm 2024.", "kế hoạch hợp tác", "cooperation-plan"),
    ("They signed the cooperation plan for 2023 - 2025 in November.", "cooperation plan", "cooperation-plan"),
    # cooperation activities and relations
    ("Hai bên tăng cường trao đổi đoàn các cấp.", "trao đổi đoàn", "delegation-exchange"),
    ("The guest hailed delegation exchanges at various levels.", "delegation exchanges", "delegation-exchange"),
    ("Hai bên nhất trí phát triển quan hệ quốc phòng.", "quan hệ quốc phòng", "defence-relations"),
    ("The 2015 Joint Vision Statement on Defence Relations guides them.", "Joint Vision Statement", "joint-vision-statement"),
    ("The two sides pledged to promote defense ties.", "defense ties", "defence-relations"),
    ("Hai bên đánh giá kết quả hợp tác quốc phòng song phương.", "hợp tác quốc phòng song phương", "bilateral-defence-cooperation"),
    ("Bilateral defence cooperation has been carried out effectively.", "Bilateral defence cooperation", "bilateral-defence-cooperation"),
    # policy and principles
    ("Việt Nam công khai chính sách quốc phòng trong Sách trắng.", "chính sách quốc phòng", "defence-policy"),
    ("The paper clarifies the country's national defence policy.", "national defence policy", "defence-policy"),
    ("Việt Nam kiên định đường lối đối ngoại độc lập, tự chủ.", "độc lập, tự chủ", "independence-self-reliance"),
    ("He emphasised the foreign policy of independence, self-reliance, peace and friendship.", "independence, self-reliance", "independence-self-reliance"),
    ("Việt Nam luôn thượng tôn luật pháp quốc tế.", "luật pháp quốc tế", "international-law"),
    ("Yêu sách này trái với pháp luật quốc tế.", "pháp luật quốc tế", "international-law"),
    ("Disputes must be resolved on the basis of international law.", "international law", "international-law"),
    ("Kiên quyết đấu tranh làm thất bại âm mưu diễn biến hòa bình.", "diễn biến hòa bình", "peaceful-evolution"),
    ("They fight the \"peaceful evolution\" strategy of hostile forces.", "peaceful evolution", "peaceful-evolution"),
    ("Hậu quả của chiến lược DBHB.", "DBHB", "peaceful-evolution"),
    ("Ngăn chặn biểu hiện tự diễn biến, tự chuyển hóa trong nội bộ.", "tự diễn biến, tự chuyển hóa", "self-evolution-self-transformation"),
    ("to prevent self-evolution and self-transformation", "self-evolution and self-transformation", "self-evolution-self-transformation"),
    # non-traditional security
    ("Hợp tác phòng, chống tội phạm xuyên quốc gia.", "tội phạm xuyên quốc gia", "transnational-crime"),
    ("epidemics, natural disasters and transnational crime", "transnational crime", "transnational-crime"),
    ("Các vụ khủng bố đe dọa an ninh khu vực.", "khủng bố", "terrorism"),
    ("threats such as terrorism and drug trafficking", "terrorism", "terrorism"),
    ("Tác động của biến đổi khí hậu ngày càng rõ.", "biến đổi khí hậu", "climate-change"),
    ("Climate change is a security challenge.", "Climate change", "climate-change"),
    ("Hợp tác về an ninh hàng hải và cướp biển.", "an ninh hàng hải", "maritime-security"),
    ("Ký Hiệp định khung về Tham gia Hoạt động quản lý khủng hoảng của EU.", "Hiệp định khung về Tham gia Hoạt động quản lý khủng hoảng của EU", "eu-vietnam-framework-participation-agreement"),
    ("Vietnam signed the Framework Participation Agreement (FPA) with the EU.", "Framework Participation Agreement", "eu-vietnam-framework-participation-agreement"),
    ("Vietnam signed the Framework Participation Agreement (FPA) with the EU.", "FPA", "eu-vietnam-framework-participation-agreement"),
    # principles
    ("Các bên cần giải quyết các tranh chấp bằng biện pháp hòa bình.", "giải quyết các tranh chấp bằng biện pháp hòa bình", "settlement-of-disputes-by-peaceful-means"),
    ("The country will persistently settle all disputes via peaceful means.", "settle all disputes via peaceful means", "settlement-of-disputes-by-peaceful-means"),
    ("It wants peace and has the policy of settling disputes by peaceful means.", "settling disputes by peaceful means", "settlement-of-disputes-by-peaceful-means"),
    ("Bảo vệ độc lập, chủ quyền, thống nhất và toàn vẹn lãnh thổ.", "toàn vẹn lãnh thổ", "territorial-integrity"),
    ("Vietnam respects independence, sovereignty, unity and territorial integrity.", "territorial integrity", "territorial-integrity"),
    ("Không sử dụng hoặc đe dọa sử dụng vũ lực trong quan hệ quốc tế.", "đe dọa sử dụng vũ lực", "threat-of-force"),
    ("no use of force or threat to use force in international relations", "threat to use force", "threat-of-force"),
    # more non-traditional security
    # "khắc phục hậu quả thiên tai" as a whole is overcoming-natural-disaster-consequences (test_termbase_concepts.py)
    ("Quân đội giúp dân ứng phó với thiên tai, dịch bệnh.", "thiên tai", "natural-disaster"),
    ("epidemics, natural disasters and transnational crime", "natural disasters", "natural-disaster"),
    ("Phòng, chống buôn bán ma túy và mua bán người.", "buôn bán ma túy", "drug-trafficking"),
    ("Phòng, chống buôn bán ma túy và mua bán người.", "mua bán người", "human-trafficking"),
    ("terrorism, drug trafficking, human trafficking and cybercrime", "drug trafficking", "drug-trafficking"),
    ("terrorism, drug trafficking, human trafficking and cybercrime", "human trafficking", "human-trafficking"),
    ("An ninh hàng hải và cướp biển, cướp có vũ trang.", "cướp biển", "piracy"),
    ("the alarming recent increase in sea piracy in the waters of Southeast Asia", "sea piracy", "piracy"),
    ("Các tàu cá vi phạm quy định về khai thác IUU.", "khai thác IUU", "iuu-fishing"),
    ("Hợp tác chống IUU trên biển.", "IUU", "iuu-fishing"),
    ("Efforts against IUU fishing continue.", "IUU fishing", "iuu-fishing"),
    ("Ứng phó với thiên tai, bệnh truyền nhiễm.", "bệnh truyền nhiễm", "infectious-diseases"),
    ("infectious diseases like pandemics", "infectious diseases", "infectious-diseases"),
    # sovereignty and law
    ("Việt Nam kiên quyết bảo vệ chủ quyền, quyền chủ quyền và quyền tài phán như được xác lập tại UNCLOS.", "chủ quyền, quyền chủ quyền và quyền tài phán", "sovereignty-sovereign-rights-jurisdiction"),
    ("ensuring the country's sovereignty, sovereign rights and jurisdiction", "sovereignty, sovereign rights and jurisdiction", "sovereignty-sovereign-rights-jurisdiction"),
    ("Yêu cầu tôn trọng quyền chủ quyền, quyền tài phán của Việt Nam.", "quyền chủ quyền, quyền tài phán", "sovereign-rights-and-jurisdiction"),
    ("its sovereign rights and jurisdiction over the archipelagos", "sovereign rights and jurisdiction", "sovereign-rights-and-jurisdiction"),
    ("Việt Nam đề cao thượng tôn pháp luật ở Biển Đông.", "thượng tôn pháp luật", "rule-of-law"),
    ("respecting sovereignty and the rule of law", "rule of law", "rule-of-law"),
    ("Bảo vệ cao nhất lợi ích quốc gia – dân tộc.", "lợi ích quốc gia – dân tộc", "national-interests"),
    ("putting national interests first", "national interests", "national-interests"),
    ("Hai bên ra Thông cáo chung Việt Nam - Trung Quốc.", "Thông cáo chung", "joint-communique"),
    ("Vietnam and China issued a joint communiqué on September 14.", "joint communiqué", "joint-communique"),
    ("including the exchange of delegations and training", "exchange of delegations", "delegation-exchange"),
    ("They practised the Code for Unplanned Encounters at Sea (CUES).", "Code for Unplanned Encounters at Sea", "code-for-unplanned-encounters-at-sea"),
    ("Hai bên luyện tập thực hiện CUES trên biển.", "CUES", "code-for-unplanned-encounters-at-sea"),
    ("Tuyên bố Chủ tịch ASEAN không nhắc đến phán quyết.", "Tuyên bố Chủ tịch ASEAN", "chairmans-statement"),
    ("the Chairman's Statement on the Fourth ADMM-Plus", "Chairman's Statement", "chairmans-statement"),
    ("Chủ tịch ASEAN 2020 là Việt Nam.", "Chủ tịch ASEAN", "asean-chair"),
    # the newspaper
    (
        "Hanoi (VNA) - The navies held a joint patrol, according to Quan doi Nhan dan (People's Army) newspaper.",
        "Quan doi Nhan dan",
        "peoples-army-newspaper",
    ),
    ("Theo Báo Quân đội nhân dân, cuộc tuần tra thành công.", "Báo Quân đội nhân dân", "peoples-army-newspaper"),
]


@pytest.mark.parametrize(("sentence", "form", "term_id"), CASES, ids=[f"{c[2]}:{c[1]}" for c in CASES])
def test_sentence_resolves_the_form_to_its_entry(strict: Matcher, sentence: str, form: str, term_id: str) -> None:
    assert (form, term_id) in _found(strict, sentence)


@pytest.mark.parametrize(
    ("sentence", "form", "ordinal"),
    [
        ("Hải quân Việt Nam - Thái Lan tuần tra chung lần thứ 51.", "tuần tra chung lần thứ 51", 51),
        ("The Vietnamese and Thai navies conducted their 44th joint patrol.", "44th joint patrol", 44),
        ("The 75th joint patrol between the two navies was a success.", "75th joint patrol", 75),
        ("the 75th joint maritime patrol on June 14-15", "75th joint maritime patrol", 75),
    ],
)
def test_joint_patrols_keep_their_number(strict: Matcher, sentence: str, form: str, ordinal: int) -> None:
    matches = [m for m in strict.annotate(sentence) if m.term.id == "joint-patrol"]
    assert [(m.text, m.ordinal) for m in matches] == [(form, ordinal)]


def test_joint_patrol_gloss_carries_the_number(strict: Matcher) -> None:
    (match,) = [m for m in strict.annotate("tuần tra chung lần thứ 51") if m.term.id == "joint-patrol"]
    assert match.gloss("en") == "51st joint patrol"
    (match,) = [m for m in strict.annotate("their 44th joint patrol") if m.term.id == "joint-patrol"]
    assert match.gloss("vi") == "tuần tra chung lần thứ 44"


@pytest.mark.parametrize(
    "sentence",
    [
        # the common words of these names, alone
        "Bộ đã xây dựng kế hoạch năm 2025 và triển khai kế hoạch công tác.",
        "Hai bên hợp tác chặt chẽ, là đối tác tin cậy, cùng bảo đảm an ninh.",
        "Ban hành chính sách mới về nhà ở; thực hiện chính sách xã hội.",
        "Nhiều đoàn đến thăm; hai bên trao đổi ý kiến.",
        "The plan was adopted; the policy and the law were discussed by the partners.",
        "Theo kế hoạch, hai bên tiến hành tuần tra trên biển.",
        "Quân đội nhân dân anh hùng luôn trung thành.",
        "QUAN DOI NHAN DAN",
        "He called for independence.",
        "Giải pháp cho vấn đề biển; thiên nhiên tươi đẹp; người mua bán hàng hóa.",
        "Anh ta đe dọa bạn; lực lượng vũ trang; tranh chấp lao động được giải quyết.",
        "Lợi ích của người dân; quyền lợi hợp pháp; thông cáo báo chí; tôn trọng pháp luật.",
    ],
)
def test_common_words_alone_do_not_fire(default: Matcher, sentence: str) -> None:
    ids = {term_id for _form, term_id in _found(default, sentence)}
    new = {
        "cooperation-plan", "letter-of-intent", "joint-patrol", "delegation-exchange", "defence-relations",
        "bilateral-defence-cooperation", "defence-policy", "independence-self-reliance", "international-law",
        "peaceful-evolution", "self-evolution-self-transformation", "transnational-crime", "terrorism",
        "climate-change", "peoples-army-newspaper", "vietnam-peoples-army", "settlement-of-disputes-by-peaceful-means",
        "territorial-integrity", "threat-of-force", "natural-disaster", "drug-trafficking", "human-trafficking",
        "piracy", "iuu-fishing", "eu-vietnam-framework-participation-agreement", "sovereign-rights-and-jurisdiction",
        "sovereignty-sovereign-rights-jurisdiction", "rule-of-law", "national-interests", "joint-communique",
        "code-for-unplanned-encounters-at-sea", "infectious-diseases", "chairmans-statement",
    }
    assert not ids & new, ids & new


@pytest.mark.parametrize(
    ("sentence", "form", "term_id"),
    [
        # a longer name that contains one of the new forms stays that longer name
        ("Đối thoại Chính sách quốc phòng Việt - Mỹ lần thứ 6.", "Đối thoại Chính sách quốc phòng Việt - Mỹ lần thứ 6", "vietnam-us-defence-policy-dialogue"),
        ("Việt Nam thực hiện chính sách quốc phòng 4 không.", "chính sách quốc phòng 4 không", "four-nos-defence-policy"),
        ("Hợp tác chống khủng bố được đẩy mạnh.", "chống khủng bố", "counter-terrorism"),
        ("Quân đội nhân dân Lào và Quân đội nhân dân Việt Nam.", "Quân đội nhân dân Việt Nam", "vietnam-peoples-army"),
        ("Quan doi nhan dan Viet Nam", "Quan doi nhan dan Viet Nam", "vietnam-peoples-army"),
    ],
)
def test_longer_names_win_over_the_new_forms(strict: Matcher, sentence: str, form: str, term_id: str) -> None:
    found = _found(strict, sentence)
    assert (form, term_id) in found
    inner = {"defence-policy", "terrorism", "peoples-army-newspaper"}
    assert not {term for text, term in found if term in inner and text in form}


def test_lao_army_is_not_the_newspaper(strict: Matcher) -> None:
    found = _found(strict, "Quân đội nhân dân Lào")
    assert found == [("Quân đội nhân dân Lào", "lao-peoples-army")]


def test_unaccented_newspaper_name_is_admitted_with_a_usage_note(bundled_termbase: TermBase) -> None:
    term = bundled_termbase.get("peoples-army-newspaper")
    assert "Quan doi Nhan dan" in term.acronyms
    assert term.vi == "Báo Quân đội nhân dân"
    assert term.en == "People's Army Newspaper"
