"""Hostile and careless term bases (issue 13): each is rejected with a clear message, in bounded time and memory.

The hostile files live in tests/data/hostile/; the big ones are generated here.
A regression (an alias expanded, a recursive descent) would take minutes and
gigabytes, so the dangerous cases run in a child process with a memory limit
and a timeout: a regression fails the test instead of taking the machine down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary import TermBaseError, compile_matcher, load_termbase, validate_termbase
from glossary.model import CATEGORIES
from glossary.loader import MAX_NAME_CHARACTERS, MAX_NESTING_DEPTH, MAX_SCALAR_CHARACTERS

from .conftest import DATA

HOSTILE = DATA / "hostile"
# Limits of the child process: a safety net, not a measurement (speed is measured in benchmarks).
CHILD_MEMORY_BYTES = 1024 * 1024 * 1024
CHILD_TIMEOUT_SECONDS = 120
# Examples per fuzz target; GLOSSARY_FUZZ_EXAMPLES=N runs them longer (docs/reliability.md).
FUZZ_EXAMPLES = int(os.environ.get("GLOSSARY_FUZZ_EXAMPLES", "200"))

ENTRY = """  - id: {id}
    category: concept
    vi: {vi}
    en: {en}
    sources: [https://example.org]
"""


def validate_in_child(path: Path) -> list[dict[str, object]]:
    """``glossary validate --format json`` under a memory limit; the problems it reports."""
    script = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({CHILD_MEMORY_BYTES}, {CHILD_MEMORY_BYTES}))\n"
        "from glossary.cli import app\n"
        "sys.argv = ['glossary', 'validate', '--format', 'json', sys.argv[1]]\n"
        "app()\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=CHILD_TIMEOUT_SECONDS
    )
    assert "Traceback" not in completed.stderr, completed.stderr[-2000:]
    payload = json.loads(completed.stdout)
    assert completed.returncode == (0 if payload["valid"] else 4)  # 4: a broken term base (docs/cli.md)
    return payload["problems"]


def messages(problems: list[dict[str, object]]) -> list[str]:
    return [f"{problem['line']}: {problem['message']}" for problem in problems]


def test_issue13_billion_laughs_key_is_refused_without_expanding() -> None:
    problems = validate_in_child(HOSTILE / "billion-laughs-key.yaml")
    assert messages(problems) == [
        "4: alias *a is not allowed (aliases and merge keys can expand without bound); write the value out"
    ]


def test_issue13_billion_laughs_value_is_refused() -> None:
    problems = validate_in_child(HOSTILE / "billion-laughs-value.yaml")
    assert len(problems) == 1 and "alias *a is not allowed" in str(problems[0]["message"])


def test_issue13_merge_key_with_alias_is_refused() -> None:
    problems = validate_in_child(HOSTILE / "merge-key.yaml")
    assert messages(problems) == [
        "6: alias *base is not allowed (aliases and merge keys can expand without bound); write the value out"
    ]


def test_issue13_duplicate_keys_inside_variants_are_reported_with_both_lines() -> None:
    problems = validate_termbase(HOSTILE / "duplicate-variant-keys.yaml")
    assert [str(problem) for problem in problems] == [
        f"{HOSTILE / 'duplicate-variant-keys.yaml'}:9: [dup] key 'en' appears twice (first on line 7)"
    ]


def test_issue13_duplicate_keys_at_any_depth(tmp_path: Path) -> None:
    path = tmp_path / "deep-duplicates.yaml"
    path.write_text(
        "terms:\n"
        "  - id: dup\n"
        "    category: concept\n"
        "    vi: Trùng lặp\n"
        "    en: Duplicate\n"
        "    variants:\n"
        "      en:\n"
        "        - {form: Duplicated, status: deprecated, status: admitted}\n"
        "    sources: [https://example.org]\n"
        "    vi: Trùng\n"
        "terms: []\n",
        encoding="utf-8",
    )
    rendered = [(problem.line, problem.entry_id, problem.message) for problem in validate_termbase(path)]
    assert rendered == [
        (8, "dup", "key 'status' appears twice (first on line 8)"),
        (10, "dup", "key 'vi' appears twice (first on line 4)"),
        (11, None, "key 'terms' appears twice (first on line 1)"),
    ]


def test_issue13_non_string_values_and_keys_are_named() -> None:
    rendered = [(problem.line, problem.entry_id, problem.message) for problem in validate_termbase(HOSTILE / "non-string-values.yaml")]
    assert (2, "entry #1", "id must be text, not a number") in rendered
    assert (5, "entry #1", "en must be text, not true/false") in rendered
    assert (6, "entry #1", "acronyms must be text, not nothing") in rendered
    assert (9, "merged", "merge keys ('<<') are not allowed; write the keys out") in rendered
    assert (18, "listkey", "a key must be text, not a list or a mapping") in rendered


def test_issue13_fuzz_invalid_date_and_huge_number_are_problems_not_tracebacks(tmp_path: Path) -> None:
    """Found by atheris: "2020-01-00" made PyYAML's timestamp constructor raise ValueError."""
    rendered = [(p.line, p.message) for p in validate_termbase(HOSTILE / "fuzz-invalid-date.yaml")]
    assert (4, "unknown category 'concezt'; use one of: " + ", ".join(CATEGORIES)) in rendered
    assert not any(message.startswith("vi ") for _line, message in rendered), "a date-like name is text (YAML 1.2 core schema)"
    path = tmp_path / "huge-number.yaml"
    path.write_text("terms:\n" + ENTRY.format(id="9" * 5000, vi="2020-02-31", en="Huge number"), encoding="utf-8")
    [problem, *_rest] = validate_termbase(path)
    assert problem.line == 2 and problem.message.startswith("cannot read the value of 'id': Exceeds the limit")


def test_date_like_names_are_text(tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text("terms:\n" + ENTRY.format(id="dates", vi="Hiệp định 2020-01-01", en="2020-01-01"), encoding="utf-8")
    assert load_termbase(path).get("dates").en == "2020-01-01"


def test_issue13_object_construction_tags_are_refused() -> None:
    rendered = [(problem.line, problem.message) for problem in validate_termbase(HOSTILE / "python-tags.yaml")]
    assert rendered == [
        (4, "the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; "
            "a term base holds only text, lists and mappings"),
        (5, "the YAML tag 'tag:yaml.org,2002:binary' is not allowed; a term base holds only text, lists and mappings"),
    ]


def test_issue13_names_that_normalise_to_nothing_fail_validate_not_annotate() -> None:
    rendered = [(problem.line, problem.message) for problem in validate_termbase(HOSTILE / "empty-names.yaml")]
    assert [line for line, _message in rendered] == [4, 5, 6]
    assert all("has no letter or digit once normalised" in message for _line, message in rendered)
    assert rendered[0][1].startswith("vi '-' ")


def test_issue13_control_characters_in_term_strings_are_refused() -> None:
    """They validated, then reached every output (escape sequences are what terminal attacks are made of)."""
    rendered = [(problem.line, problem.message) for problem in validate_termbase(HOSTILE / "control-characters.yaml")]
    assert [line for line, _message in rendered] == [5, 6, 7, 8, 9]
    assert [message.partition(" holds the control character ")[2][:6] for _line, message in rendered] == [
        "U+001B", "U+0007", "U+0085", "U+000B", "U+0000",
    ]
    assert all(message.endswith("; remove it (it cannot be seen or matched)") for _line, message in rendered)
    with pytest.raises(TermBaseError):
        load_termbase(HOSTILE / "control-characters.yaml")


@pytest.mark.parametrize(
    "nesting",
    [
        pytest.param(lambda depth: "[" * depth + "]" * depth, id="flow-sequences"),
        pytest.param(lambda depth: "{a: " * depth + "1" + "}" * depth, id="flow-mappings"),
        pytest.param(
            lambda depth: "\n" + "".join("      " + "  " * level + "- \n" for level in range(depth)) + "      x",
            id="block-sequences",
        ),
    ],
)
def test_issue13_deep_nesting_is_refused(tmp_path: Path, nesting) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("terms:\n" + ENTRY.format(id="deep", vi="Sâu", en="Deep") + "    note: " + nesting(5000) + "\n", encoding="utf-8")
    problems = validate_in_child(path)
    assert len(problems) == 1, problems
    message = str(problems[0]["message"])
    # Flow nesting meets our bound; libyaml's own bound (1000 levels) may speak first in block style.
    assert f"nested more than {MAX_NESTING_DEPTH} levels deep" in message or "nesting depth" in message, message


def test_issue13_nesting_just_within_the_bound_is_a_clean_type_error(tmp_path: Path) -> None:
    path = tmp_path / "nested.yaml"
    depth = MAX_NESTING_DEPTH - 3  # root mapping, terms list, entry mapping
    path.write_text("terms:\n" + ENTRY.format(id="n", vi="Lồng", en="Nested") + "    note: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    assert [problem.message for problem in validate_termbase(path)] == ["note must be text, not a list"]


def test_issue13_huge_scalar_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("terms:\n" + ENTRY.format(id="huge", vi="Lớn", en="Huge") + "    note: " + "x" * 5_000_000 + "\n", encoding="utf-8")
    problems = validate_in_child(path)
    assert messages(problems) == [f"7: a text of 5,000,000 characters; the limit is {MAX_SCALAR_CHARACTERS:,}"]


def test_issue13_long_repetitive_name_is_refused_before_compiling(tmp_path: Path) -> None:
    path = tmp_path / "long-name.yaml"
    name = ("Hội nghị " * 4500).strip()  # 40,499 characters: compiling it took 10.8 s
    path.write_text("terms:\n" + ENTRY.format(id="long", vi="Dài", en="Long") + f"    variants: {{vi: [{name[:9000]}]}}\n", encoding="utf-8")
    problems = validate_in_child(path)
    assert len(problems) == 1
    assert problems[0]["message"].endswith(f"is 8,999 characters long; a name has at most {MAX_NAME_CHARACTERS}")


def test_issue13_longest_allowed_repetitive_names_compile_and_annotate(tmp_path: Path) -> None:
    name = ("Hội nghị " * 40)[: MAX_NAME_CHARACTERS].strip()
    path = tmp_path / "at-limit.yaml"
    path.write_text("terms:\n" + ENTRY.format(id="limit", vi=name, en="Meeting " * 30), encoding="utf-8")
    matcher = compile_matcher(load_termbase(path))
    [match] = matcher.annotate(f"Trước {name}.")
    assert match.term.id == "limit" and match.text == name


def test_issue13_second_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text("terms: []\n---\nterms: []\n", encoding="utf-8")
    assert [(p.line, p.message) for p in validate_termbase(path)] == [
        (2, "a term base is one YAML document; remove the second '---' document")
    ]


def test_issue13_oversized_term_base_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("glossary.loader.MAX_TERMBASE_BYTES", 1024)
    path = tmp_path / "big.yaml"
    path.write_text("terms:\n" + ENTRY.format(id="a", vi="A b", en="A b") * 20, encoding="utf-8")
    assert [p.message for p in validate_termbase(path)] == [
        "the term base is larger than 0 MB; split it or remove what is not terms"
    ]


# -- fuzzing: what validate accepts, every command can run ---------------------

# Characters that stress names: separators, invisible characters, apostrophes, markup, Vietnamese.
_NAME_ALPHABET = st.sampled_from(
    list("aAđĐôƠ ư1-–’'.[]/*&|<>\\\"") + ["\u200b", "\u00ad", "\ufeff", "\u0301", "\u2028", "\t", "ổ", "ệ"]
)
_NAMES = st.text(_NAME_ALPHABET, min_size=1, max_size=30)


def _quoted(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid double-quoted YAML scalar


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(vi=_NAMES, en=_NAMES, acronym=_NAMES, cue=_NAMES)
def test_fuzz_loader_accepted_term_bases_compile_and_annotate(tmp_path: Path, vi: str, en: str, acronym: str, cue: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(
        "terms:\n"
        + ENTRY.format(id="fuzz", vi=_quoted(vi), en=_quoted(en))
        + f"    acronyms: [{_quoted(acronym)}]\n    ambiguous_forms: [{_quoted(vi)}]\n    context_cues: [{_quoted(cue)}]\n",
        encoding="utf-8",
    )
    try:
        termbase = load_termbase(path)
    except TermBaseError as error:
        assert error.problems and all(problem.message for problem in error.problems)
        return
    matcher = compile_matcher(termbase)
    text = f"{vi} và {en} ({acronym}), {cue}."
    for match in matcher.annotate(text, overlaps=True):
        assert text[match.start : match.end] == match.text


_YAML_TOKENS = [
    "terms:", "\n", "  ", "- ", "id: ", "vi: ", "en: ", "category: concept", "sources: [s]", "variants: ",
    "{", "}", "[", "]", ", ", ": ", "&a ", "*a", "<<: ", "!!str ", "!!python/name:os.system ", "? ", "---\n",
    "'", '"', "#", "|", ">", "\t", "ab", "Bộ", "\u200b", "-", "~", "1", "2020-01-01", "true",
]


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(st.sampled_from(_YAML_TOKENS), max_size=40).map("".join))
def test_fuzz_loader_random_yaml_is_a_termbase_error_or_a_termbase(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "random.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_termbase(path)
    except TermBaseError as error:
        assert error.problems


# -- what validate accepts, every command can run ------------------------------------------------

# Strings that are valid but hostile to some output: rich markup, HTML, Markdown, CSV formula
# prefixes, separators of the tabular formats, backslashes, invisible characters, astral letters.
_ODD_BUT_VALID = """terms:
  - id: odd-markup
    category: concept
    vi: "Khái niệm [/] [link=https://evil]lạ[/link]"
    en: "Odd <script>alert(1)</script> **concept** | pipe"
    acronyms: ["=HYPERLINK", "+CMD", "@SUM", "-X1"]
    variants:
      en: [{form: "Odd\\tconcept \\\\ back", status: deprecated, usage: "<b>VNA</b> [bold]2020[/bold], \\"quoted\\""}]
      vi: ["Khái\\u200bniệm\\u00adlạ", "𝐊𝐡á𝐢 niệm"]
    note: "Row1\\nRow2; a,b;\\"c\\"\\t| *x* _y_ `z` # h"
    sources: ["https://example.org/?a=1&b=<2>"]
  - id: odd-second
    category: concept
    vi: Khái niệm thứ hai
    en: Second concept
    acronyms: [KNTH]
    sources: [https://example.org]
"""


def test_what_validate_accepts_every_command_can_run(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from glossary.cli import app
    from glossary.formats import EXPORT_FORMATS

    terms = tmp_path / "terms.yaml"
    terms.write_text(_ODD_BUT_VALID, encoding="utf-8")
    assert validate_termbase(terms) == []
    text = "Khái niệm [/] lạ và KNTH, =HYPERLINK; Odd concept \\ back.\n"
    commands = [
        ["validate", str(terms)], ["list"], ["stats"], ["lookup", "=HYPERLINK"], ["lookup", "Khái niệm lạ"],
        ["show", "odd-markup"], ["constraints", "-"], ["constraints", "--format", "tsv", "-"], ["protect", "-"],
        *(["annotate", "--format", name, "-"] for name in ("terminal", "inline", "json", "jsonl", "markdown", "html")),
        *(["export", "--format", name, "-o", str(tmp_path / f"out.{name}")] for name in EXPORT_FORMATS),
    ]
    runner = CliRunner()
    for arguments in commands:
        options = [] if arguments[0] == "validate" else ["--terms", str(terms)]
        result = runner.invoke(app, [*arguments, *options], input=text, env={"GLOSSARY_NO_CACHE": "1", "COLUMNS": "120"})
        assert result.exception is None or isinstance(result.exception, SystemExit), (arguments, result.exception)
        assert result.exit_code == 0, (arguments, result.output)
        assert "Traceback" not in result.output
