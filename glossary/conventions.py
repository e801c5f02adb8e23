"""Conventions a term-base entry must follow beyond what the schema checks.

docs/termbase.md ("Sources" and "Preferred forms") explains them; the lists here are the
single place they are kept, and tests/test_termbase_quality.py applies them to the
bundled term base.

* **Sources**: every entry cites at least one URL on a domain that is not a weak source
  (a wiki, blog, document-sharing site, aggregator or mirror: those copy or rewrite the
  outlet that used the name, and are no evidence of usage); no source may be on such a
  domain. Legal databases (lawnet, luatvietnam, thuvienphapluat) reproduce official legal
  texts faithfully, so they are accepted beside an official or state-media source, never
  as the only one.
* **Preferred English** (`en`): British spelling, Title Case for the names of bodies,
  meetings, mechanisms, titles and ranks, and ASCII apostrophes. Proper names of foreign
  bodies keep their own spelling ("US Department of Defense"): the phrases are listed in
  :data:`FOREIGN_PROPER_NAME_PHRASES`, and other such entries, with the reason, in
  :data:`SPELLING_EXCEPTIONS`.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .model import Term

# Domains whose pages are never evidence of usage. A host matches a domain if it is the
# domain or a subdomain of it; "wiki." matches any host that starts with "wiki.".
WEAK_SOURCE_DOMAINS: dict[str, str] = {
    "wikipedia.org": "wiki",
    "wikimedia.org": "wiki",
    "wikisource.org": "wiki",
    "wikiwand.com": "wiki mirror",
    "wiki.": "wiki mirror (wiki.av1.space and the like)",
    "kampuspedia.com": "wiki mirror",
    "blogspot.com": "blog",
    "wordpress.com": "blog",
    "medium.com": "blog",
    "scribd.com": "document-sharing site",
    "vdocuments.us": "document-sharing site",
    "123docz.net": "document-sharing site",
    "baomoi.com": "news aggregator",
    "baomoi.net.vn": "news aggregator",
    "baomoi.zadn.vn": "news aggregator mirror",
    "talkvietnam.org": "aggregator (copies en.qdnd.vn and VNS)",
    "vietmaz.com": "aggregator (copies VNS)",
    "einpresswire.com": "press-release mirror (copies VNS)",
    "comparemela.com": "aggregator",
    "aseanall.com": "mirror of ASEAN documents",
    "laopdrnewsgazette.com": "aggregator (copies Lao News Agency)",
    "mgronline.com": "foreign commercial news site, not the outlet that uses the name",
    "tothethao.com": "sports site mirroring news",
    "vietexplorer.com": "travel site mirroring news",
    "lawfirm.vn": "law-firm site reproducing legal texts",
    "dndph.org": "unofficial site (the Philippine DND is dnd.gov.ph)",
}

# Accepted only beside a source that is neither weak nor on this list.
WEAK_IF_SOLE_SOURCE: dict[str, str] = {
    "lawnet.vn": "legal database",
    "luatvietnam.vn": "legal database",
    "thuvienphapluat.vn": "legal database",
}

# American spellings that British-spelled preferred English names must not use.
AMERICAN_SPELLINGS = re.compile(
    r"\b(?:Defense|Defenses|Center|Centers|Organization|Organizations|Program|Programs|Armor|Armored"
    r"|Harbor|Labor|Counseling|Militarization|Mobilization|Modernization|Organizational)\b",
    re.IGNORECASE,
)

# Entries whose preferred English keeps an American spelling because it is the proper name
# of a foreign body or event, written as its owner writes it.
SPELLING_EXCEPTIONS: dict[str, str] = {
    "japan-asean-defence-vice-ministerial-forum": (
        "Japan's Ministry of Defense names its own forum the Japan-ASEAN Defense Vice-Ministerial Forum"
    ),
    "nato": "NATO's own name is the North Atlantic Treaty Organization",
    "us-department-of-defense": "the US Department of Defense's own name",
    "us-department-of-war": "the US Department of War's own name",
    "who": "the World Health Organization's own name",
}

# Proper names of foreign bodies and posts that their owners spell the American way. An
# American spelling inside one of these phrases is the body's own name, not a slip.
FOREIGN_PROPER_NAME_PHRASES: tuple[str, ...] = (
    "Department of Defense",  # United States
    "Secretary of Defense",  # United States
    "Defense Security Cooperation Agency",  # United States
    "Defense POW/MIA Accounting Agency",  # United States (DPAA)
    "Department of National Defense",  # the Philippines
    "Secretary of National Defense",  # the Philippines
    "Undersecretary of National Defense",  # the Philippines
    "Ministry of Defense",  # Japan, Brazil and others that write it so
    "Minister of Defense",  # Japan's "State Minister of Defense", "Parliamentary Vice-Minister of Defense"
    "Self-Defense Forces",  # Japan
    "Defense Vice-Ministerial Forum",  # Japan's Ministry of Defense names its forum so
    "Treaty Organization",  # North Atlantic Treaty Organization
    "World Health Organization",
    "World Trade Organization",
    "Organization for Security and Co-operation in Europe",
    "International Criminal Police Organization",  # INTERPOL
    "Center for Strategic and International Studies",  # Washington think tank
)

# Categories whose preferred English is a proper name or title, written in Title Case.
TITLE_CASE_CATEGORIES = frozenset({"mechanism", "meeting", "institution", "organisation", "title", "rank", "initiative"})

# Words that stay lower-case inside a Title Case name (unless first).
MINOR_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
     "de", "du", "des", "la", "le", "cum", "per", "via", "vs"}
)

_NON_ASCII_APOSTROPHES = re.compile("[\u2018\u2019\u02bc\u00b4\u0060]")


def source_host(source: str) -> str | None:
    """The host of a URL source, lower-case without "www."; None for a citation."""
    if not re.match(r"https?://", source):
        return None
    host = (urlsplit(source).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _listed(host: str, domains: dict[str, str]) -> str | None:
    for domain in domains:
        if domain.endswith(".") and host.startswith(domain):
            return domain
        if host == domain or host.endswith("." + domain):
            return domain
    return None


def source_problems(term: Term) -> list[str]:
    """What is wrong with an entry's sources, one line each (empty: fine)."""
    problems = []
    strong = 0
    for source in term.sources:
        host = source_host(source)
        if host is None:
            continue
        weak = _listed(host, WEAK_SOURCE_DOMAINS)
        if weak:
            problems.append(f"source on a weak domain ({WEAK_SOURCE_DOMAINS[weak]}): {source}")
        elif not _listed(host, WEAK_IF_SOLE_SOURCE):
            strong += 1
    if not strong:
        problems.append("no source URL on an official, state-media or other outlet's own page")
    return problems


def _title_case_problems(name: str) -> list[str]:
    words = [word for word in re.split(r"[\s/]+", name) if word]
    bad = []
    for index, word in enumerate(words):
        # A hyphenated word is judged by its first part ("Non-commissioned", "Meeting-Plus").
        letters = word.split("-")[0].lstrip("(\"'[")
        if not letters or not letters[0].isalpha():
            continue
        if letters[0].islower() and (index == 0 or letters.lower() not in MINOR_WORDS):
            bad.append(word)
    return bad


def name_problems(term: Term) -> list[str]:
    """What is wrong with an entry's preferred English name under the conventions."""
    problems = []
    outside_names = term.en
    for phrase in FOREIGN_PROPER_NAME_PHRASES:
        outside_names = outside_names.replace(phrase, "")
    american = AMERICAN_SPELLINGS.findall(outside_names)
    if american and term.id not in SPELLING_EXCEPTIONS:
        problems.append(f"American spelling in preferred English: {', '.join(american)}")
    if term.category in TITLE_CASE_CATEGORIES:
        lower = _title_case_problems(term.en)
        if lower:
            problems.append(f"not in Title Case: {', '.join(lower)}")
    for form in (term.en, *term.variants.get("en", ())):
        if _NON_ASCII_APOSTROPHES.search(form):
            problems.append(f"typographic apostrophe (write ASCII '): {form}")
    return problems
