"""Safe edits of terms.yaml: lossless, validated before writing, atomic, serialised.

* Lossless: every byte the edit does not touch stays (checked over every entry of the bundled
  terms.yaml, whose entries mix block and [flow] lists, quoted and folded notes, comments).
* Validated: an edit that would make the file invalid is refused with the problems; nothing written.
* Atomic: a writer killed (SIGKILL) at every step of a write, and after random delays, leaves the
  old file or the new one, whole.
* Serialised: writers in several processes at once all land.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from glossary import TermBaseError, load_termbase
from glossary.editing import EditError, EditRefused, _insert_forms, _Layout, _layout, add_entries, add_forms, render_entry
from glossary.loader import default_termbase_path, load_termbase_text
from glossary.model import FormUsage, Term

BUNDLED = default_termbase_path()
ROOT = Path(__file__).resolve().parent.parent

NEW = Term(
    id="test-editing-informal-meeting",
    category="meeting",
    vi="Cuộc gặp thử nghiệm không chính thức của Bộ trưởng Quốc phòng",
    en="Test Defence Ministers' Informal Trial Meeting",
    variants={"en": ("Informal Trial Meeting of Test Defence Ministers",)},
    series=True,
    note='A made-up entry: "Test" meetings\n\tdo not exist.',
    sources=("https://example.org/test-editing",),
)


@pytest.fixture()
def terms_copy(tmp_path: Path) -> Path:
    target = tmp_path / "terms.yaml"
    shutil.copy(BUNDLED, target)
    return target


def _removed_lines(old: str, new: str) -> list[str]:
    """The lines ``new`` adds to ``old``, asserting that ``old`` is ``new`` without them (order kept)."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    added, index = [], 0
    for line in new_lines:
        if index < len(old_lines) and line == old_lines[index]:
            index += 1
        else:
            added.append(line)
    assert index == len(old_lines), "an old line was changed or dropped"
    return added


# --- lossless ---------------------------------------------------------------------------------


def test_a_no_op_edit_leaves_the_bundled_file_identical(terms_copy: Path) -> None:
    before = terms_copy.read_bytes()
    result = add_entries([], path=terms_copy)
    assert not result.changed and not result.written
    assert terms_copy.read_bytes() == before
    # Adding forms an entry already has (in another case) changes nothing either.
    result = add_forms("admm", path=terms_copy, acronyms=["admm"], variants={"en": ["asean defence ministers meeting"]})
    assert result.forms_added == [] and terms_copy.read_bytes() == before


@pytest.mark.parametrize("key_path", [("acronyms",), ("variants", "en"), ("variants", "vi")], ids=".".join)
def test_a_form_added_to_every_entry_of_the_bundled_file_changes_only_that(key_path: tuple[str, ...]) -> None:
    """Every layout in the real file (block and [flow] lists, missing keys, folded notes) takes a new form."""
    old = BUNDLED.read_text(encoding="utf-8")
    layout = _layout(old, "terms.yaml")
    text = old
    added: dict[str, str] = {}
    # From the last entry to the first, so that the positions of earlier entries stay valid.
    for number, (term_id, _node) in enumerate(reversed(list(layout.entries.items()))):
        form = f"Zq{number}x" if key_path == ("acronyms",) else f"Dạng thêm số {number}"
        current = _Layout(text, layout.terms_node, layout.entries, layout.newline)
        text = _insert_forms(current, term_id, key_path, [form], path="terms.yaml")
        added[term_id] = form
    termbase = load_termbase_text(text)
    for term in termbase:
        forms = term.acronyms if key_path == ("acronyms",) else term.variants[key_path[1]]
        assert forms[-1] == added[term.id], term.id
    before = {term.id: term for term in load_termbase(BUNDLED)}
    for term in termbase:
        if key_path == ("acronyms",):
            assert replace(term, acronyms=term.acronyms[:-1]) == before[term.id]
        else:
            trimmed = dict(term.variants)
            trimmed[key_path[1]] = trimmed[key_path[1]][:-1]
            trimmed = {language: forms for language, forms in trimmed.items() if forms}
            assert replace(term, variants=trimmed) == before[term.id]
    # Only inserted lines (the form, and the keys it needed) or in-line [flow] additions.
    restored = text
    for form in added.values():
        restored = restored.replace(f", {form}]", "]").replace(f"[{form}]", "[]")
    forms = "|".join(re.escape(form) for form in added.values())
    allowed = re.compile(rf"\s*(- ({forms})|acronyms:|variants:|en:|vi:)\n")
    inserted = _removed_lines(old, restored)
    assert inserted and all(allowed.fullmatch(line) for line in inserted), [l for l in inserted if not allowed.fullmatch(l)][:3]


def test_add_entry_appends_and_keeps_every_byte(terms_copy: Path) -> None:
    before = terms_copy.read_text(encoding="utf-8")
    result = add_entries([NEW], path=terms_copy)
    assert result.added == [NEW.id] and result.written
    after = terms_copy.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert after[len(before) :] == render_entry(NEW)
    assert load_termbase(terms_copy).get(NEW.id) == NEW


def test_add_entry_after_an_entry_keeps_the_following_comment(terms_copy: Path) -> None:
    before = terms_copy.read_text(encoding="utf-8")
    add_entries([NEW], path=terms_copy, after="adsom-plus")
    after = terms_copy.read_text(encoding="utf-8")
    assert _removed_lines(before, after) == render_entry(NEW).splitlines(keepends=True)
    ids = [term.id for term in load_termbase(terms_copy)]
    assert ids[ids.index("adsom-plus") + 1] == NEW.id


def test_add_forms_inserts_one_line_per_form(terms_copy: Path) -> None:
    before = terms_copy.read_text(encoding="utf-8")
    # an entry whose English variants are a flow list ([...]): the form is added inside it
    add_forms("rank-lieutenant-general", path=terms_copy, variants={"en": ["Lieutenant General of the VPA"]})
    add_forms("admm", path=terms_copy, acronyms=["ADMM-VN"], variants={"vi": ["Hội nghị ADMM"]})
    after = terms_copy.read_text(encoding="utf-8")
    assert "en: [Lieut. Gen., Lt. Gen., Lieutenant General of the VPA]" in after
    restored = after.replace(", Lieutenant General of the VPA]", "]", 1)
    assert _removed_lines(before, restored) == ["    - ADMM-VN\n", "      - Hội nghị ADMM\n"]
    term = load_termbase(terms_copy).get("admm")
    assert term.acronyms[-1] == "ADMM-VN" and term.variants["vi"][-1] == "Hội nghị ADMM"


def test_comments_quoting_and_crlf_line_endings_are_kept(tmp_path: Path) -> None:
    source = textwrap.dedent(
        """\
        # header comment
        terms:
          # a comment before the entry
          - id: 'quoted-id'      # trailing comment
            category: "rank"
            vi: Đại tá
            en: Senior Colonel
            acronyms: []
            note: >-
              Folded
              note.
            sources: [ "https://example.org/a" ]   # flow
        # a comment at the end
        """
    ).replace("\n", "\r\n")
    target = tmp_path / "terms.yaml"
    target.write_bytes(source.encode())
    add_forms("quoted-id", path=target, acronyms=["ST"], variants={"en": ["Col."]})
    add_entries([replace(NEW, id="second")], path=target)
    data = target.read_bytes().decode()
    assert "\n" not in data.replace("\r\n", "")  # no bare LF was introduced
    assert data.startswith(source.replace("acronyms: []", "acronyms: [ST]").split("    note:")[0])
    assert "    en: Senior Colonel\r\n    acronyms: [ST]\r\n    variants:\r\n      en:\r\n      - Col.\r\n    note: >-\r\n" in data
    assert "# a comment at the end\r\n  - id: second\r\n" in data
    term = load_termbase(target).get("quoted-id")
    assert term.acronyms == ("ST",) and term.variants == {"en": ("Col.",)} and term.note == "Folded note."


def test_a_new_term_base_is_created(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "terms.yaml"
    target.parent.mkdir()
    result = add_entries([NEW], path=target)
    assert result.created and result.written
    assert target.read_text(encoding="utf-8") == "terms:\n" + render_entry(NEW)
    assert list(load_termbase(target)) == [NEW]


def test_an_empty_flow_terms_list_becomes_a_block_list(tmp_path: Path) -> None:
    target = tmp_path / "terms.yaml"
    target.write_text("# mine\nterms: []\n", encoding="utf-8")
    add_entries([NEW], path=target)
    assert target.read_text(encoding="utf-8") == "# mine\nterms:\n" + render_entry(NEW)


@pytest.mark.parametrize(
    "text",
    ["Plain text", "a: colon", "# hash", "- dash", "'quote", '"double', "yes", "123", "null", "tab\there", "x #y", "[x]", "{x}", "@at", "`tick", "%p", "!bang", "&amp", "*star", "Tòa \u00a0 x", "a\u2028b"],
)
def test_rendered_scalars_read_back_as_the_same_text(text: str) -> None:
    term = replace(NEW, id="x", vi=text, en="E", note=text + "\n" + text, variants={"en": (text,)}, form_usage={text: FormUsage("deprecated", text)})
    loaded = yaml.safe_load("terms:\n" + render_entry(term))["terms"][0]
    assert loaded["vi"] == text and loaded["note"] == text + "\n" + text
    assert loaded["variants"]["en"] == [{"form": text, "status": "deprecated", "usage": text}]


# --- validated before writing -----------------------------------------------------------------


def test_an_edit_that_would_break_the_file_is_refused_with_its_problems(terms_copy: Path) -> None:
    before = terms_copy.read_bytes()
    with pytest.raises(EditRefused) as caught:
        add_forms("admm", path=terms_copy, acronyms=["ADSOM"])  # ADSOM is another entry's acronym
    assert str(caught.value).startswith(f"edit refused, {terms_copy} left unchanged: {terms_copy}:")
    assert "form 'ADSOM' is also in entry 'admm'" in str(caught.value)
    broken = replace(NEW, category="ministry", vi="Bộ Quốc phòng\u0301")
    with pytest.raises(TermBaseError) as caught:
        add_entries([broken], path=terms_copy)
    messages = [problem.message for problem in caught.value.problems]
    assert any("unknown category 'ministry'" in message for message in messages)
    assert any("not NFC-normalised" in message for message in messages)
    assert terms_copy.read_bytes() == before
    assert not list(terms_copy.parent.glob(".terms.yaml.*.tmp"))


def test_conflicts_are_reported_not_written(terms_copy: Path) -> None:
    before = terms_copy.read_bytes()
    result = add_entries([replace(NEW, id="admm"), replace(NEW, acronyms=("ADMM",))], path=terms_copy)
    assert result.conflicts == [
        ("admm", "id 'admm' is already in the term base"),
        (NEW.id, "form 'ADMM' is also in entry 'admm'"),
    ]
    assert terms_copy.read_bytes() == before


def test_unknown_entry_and_unsafe_layouts_are_clear_errors(tmp_path: Path, terms_copy: Path) -> None:
    with pytest.raises(EditError, match="no entry with id 'nope'"):
        add_forms("nope", path=terms_copy, acronyms=["X"])
    with pytest.raises(EditError, match="nothing to add"):
        add_forms("admm", path=terms_copy)
    target = tmp_path / "flow.yaml"
    target.write_text("terms: [{id: a, category: rank, vi: A, en: A, sources: [s]}]\n", encoding="utf-8")
    with pytest.raises(EditError, match=r"written as a \[flow\] list"):
        add_entries([NEW], path=target)


def test_dry_run_writes_nothing(terms_copy: Path) -> None:
    before = terms_copy.read_bytes()
    result = add_entries([NEW], path=terms_copy, dry_run=True)
    assert result.changed and not result.written and result.new_text.endswith(render_entry(NEW))
    assert terms_copy.read_bytes() == before


def test_file_mode_is_kept(terms_copy: Path) -> None:
    terms_copy.chmod(0o640)
    add_entries([NEW], path=terms_copy)
    assert terms_copy.stat().st_mode & 0o777 == 0o640


# --- atomic: a killed writer leaves the old or the new file -----------------------------------

_WRITER = textwrap.dedent(
    """\
    import sys
    from glossary.editing import add_entries
    from glossary.model import Term
    term = Term(id=sys.argv[2], category="concept", vi="Khái niệm " + sys.argv[2], en="Concept " + sys.argv[2],
                sources=("https://example.org/" + sys.argv[2],))
    add_entries([term], path=sys.argv[1])
    """
)


def _start_writer(path: Path, entry_id: str, pause: str | None) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("GLOSSARY_TEST_WRITE_PAUSE", None)
    if pause:
        environment["GLOSSARY_TEST_WRITE_PAUSE"] = pause
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), entry_id], stderr=subprocess.PIPE, env=environment
    )


def _steps(path: Path) -> list[str]:
    """The write steps, as the writer announces them."""
    process = _start_writer(path, "probe", "0.001")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return [line.split()[1] for line in err.decode().splitlines() if line.startswith("write-step ")]


def test_the_writer_is_killed_at_every_step_and_the_file_is_old_or_new(terms_copy: Path, tmp_path: Path) -> None:
    original = terms_copy.read_bytes()
    steps = _steps(terms_copy)
    # locked, temp-created, 4 chunks of the 226 KB file, temp-synced, replaced, done
    assert steps[:2] == ["locked", "temp-created"] and steps[-3:] == ["temp-synced", "replaced", "done"]
    assert sum(step.startswith("chunk-") for step in steps) >= 3
    expected_new = terms_copy.read_bytes()
    assert expected_new != original
    outcomes = []
    for step in steps:
        terms_copy.write_bytes(original)
        process = _start_writer(terms_copy, "probe", f"{step}:60")
        assert process.stderr is not None
        while True:
            line = process.stderr.readline().decode()
            assert line, f"writer ended before step {step}"
            if line.strip() == f"write-step {step}":
                break
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        content = terms_copy.read_bytes()
        assert content in (original, expected_new), f"killed at {step}: the file is neither old nor new"
        outcomes.append((step, "new" if content == expected_new else "old"))
        load_termbase(terms_copy)  # whole and valid
        # The lock died with the writer: the next writer gets it.
        for leftover in terms_copy.parent.glob(".terms.yaml.*.tmp"):
            leftover.unlink()
    assert dict(outcomes)["temp-synced"] == "old" and dict(outcomes)["replaced"] == "new"
    terms_copy.write_bytes(original)
    add_entries([NEW], path=terms_copy)
    assert load_termbase(terms_copy).get(NEW.id) == NEW


def test_writers_killed_after_random_delays_leave_the_old_or_new_file(terms_copy: Path) -> None:
    rng = random.Random(8)
    original = terms_copy.read_bytes()
    seen = set()
    for attempt in range(12):
        terms_copy.write_bytes(original)
        process = _start_writer(terms_copy, "random", None)
        try:
            process.wait(timeout=rng.uniform(0.05, 1.5))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        content = terms_copy.read_bytes()
        assert content == original or content.startswith(original) and load_termbase(terms_copy).get("random")
        seen.add("new" if content != original else "old")
        load_termbase(terms_copy)
    assert seen  # both outcomes are usual; either is whole


def test_concurrent_writers_all_land(terms_copy: Path) -> None:
    processes = [_start_writer(terms_copy, f"concurrent-{number}", None) for number in range(6)]
    for process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    ids = {term.id for term in load_termbase(terms_copy)}
    assert {f"concurrent-{number}" for number in range(6)} <= ids
    assert terms_copy.read_bytes().startswith(BUNDLED.read_bytes())


# --- glossary add -----------------------------------------------------------------------------


def _cli(*arguments: str):  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from glossary.cli import app

    return CliRunner().invoke(app, list(arguments))


def test_cli_add_entry_then_form(terms_copy: Path) -> None:
    before = terms_copy.read_text(encoding="utf-8")
    result = _cli(
        "add", "--terms", str(terms_copy), "--id", "rank-test", "--category", "rank", "--vi", "Cấp thử",
        "--en", "Test Rank", "--acronym", "TR", "--variant-en", "Trial Rank", "--source", "https://example.org/a",
        "--source", "https://example.org/b", "--note", 'Says "test".',
    )
    assert result.exit_code == 0, result.output
    assert f"Changed {terms_copy}: added rank-test" in result.stderr
    term = load_termbase(terms_copy).get("rank-test")
    assert term == Term(
        id="rank-test", category="rank", vi="Cấp thử", en="Test Rank", acronyms=("TR",),
        variants={"en": ("Trial Rank",)}, note='Says "test".', sources=("https://example.org/a", "https://example.org/b"),
    )
    result = _cli("add", "--terms", str(terms_copy), "--to", "rank-test", "--variant-vi", "Hạng thử")
    assert result.exit_code == 0, result.output
    assert load_termbase(terms_copy).get("rank-test").variants["vi"] == ("Hạng thử",)
    assert terms_copy.read_text(encoding="utf-8").startswith(before)


def test_cli_add_refuses_conflicts_and_bad_options(terms_copy: Path) -> None:
    before = terms_copy.read_bytes()
    clash = _cli("add", "--terms", str(terms_copy), "--id", "x", "--category", "rank", "--vi", "X", "--en", "Colonel", "--source", "s")
    assert clash.exit_code == 3  # a refused edit is a library error: exit code 3 (docs/cli.md)
    assert clash.stderr == "Error: [x] form 'Colonel' is also in entry 'rank-senior-colonel'; nothing written\n"
    missing = _cli("add", "--terms", str(terms_copy), "--id", "x", "--vi", "X")
    assert missing.exit_code == 2 and "a new entry needs --category, --en, --source" in missing.stderr
    mixed = _cli("add", "--terms", str(terms_copy), "--to", "admm", "--id", "x", "--acronym", "Y")
    assert mixed.exit_code == 2 and "--to adds forms only; --id cannot be used with it" in mixed.stderr
    unknown = _cli("add", "--terms", str(terms_copy), "--to", "nope", "--acronym", "Y")
    assert unknown.exit_code == 3 and "no entry with id 'nope'" in unknown.stderr
    refused = _cli("add", "--terms", str(terms_copy), "--to", "admm", "--acronym", "ADSOM")
    assert refused.exit_code == 4 and refused.stderr.startswith(f"Error: edit refused, {terms_copy} left unchanged:")
    assert terms_copy.read_bytes() == before


def test_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    with pytest.raises(EditError, match="does not exist"):
        add_entries([NEW], path=tmp_path / "missing" / "terms.yaml")
    assert not (tmp_path / "missing").exists()
