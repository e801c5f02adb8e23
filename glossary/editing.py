"""Safe, lossless, atomic edits of ``terms.yaml``: the one module every command that writes it uses.

Edits are textual. The file is parsed (PyYAML nodes, for their line and column marks) only to find
*where* to write: a new entry's YAML is appended at the end of the ``terms:`` list (or after a given
entry), and a new form is inserted as one line in the right list of its entry. Every byte the edit
does not touch stays as it was: comments, blank lines, ordering, quoting, line endings.

An edit is applied in four steps, under a lock file (``terms.yaml.lock``, the filelock package) so
that concurrent writers are serialised and none of them loses another's change:

1. read the current file (inside the lock, so that the edit applies to the latest version);
2. compute the new text and validate it with the loader (:func:`load_termbase_text`); an edit that
   would make the file invalid is refused with every problem listed, and nothing is written;
3. write the new text to a temporary file in the same folder and fsync it;
4. rename it over the old file (``os.replace``, atomic on POSIX) and fsync the folder.

A crash at any point leaves the old file or the new one, whole (tests/test_editing.py kills the
writer at every step).
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import GlossaryError, TermBaseError
from .loader import load_termbase_text, resolve_termbase_path
from .model import LANGUAGES, FormUsage, Term, TermBase
from .normalize import name_key

__all__ = [
    "EditError",
    "EditRefused",
    "EditResult",
    "add_entries",
    "add_forms",
    "render_entry",
    "write_atomically",
]

#: How long a writer waits for another one to finish before giving up, in seconds.
LOCK_TIMEOUT = 60.0
#: Test hook: when set to "SECONDS" or "STEP:SECONDS", each write step is announced on stderr, and
#: followed by a pause of SECONDS (after every step, or after STEP only). Unset, it costs one lookup.
_PAUSE_ENVIRONMENT_VARIABLE = "GLOSSARY_TEST_WRITE_PAUSE"
# The temporary file is written in chunks of this size (several steps, so that a test can stop a writer mid-file).
_WRITE_CHUNK = 64 * 1024
_NEW_FILE_HEADER = "terms:\n"
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class EditError(GlossaryError):
    """An edit that cannot be made: unknown entry, a layout the editor cannot change safely, a lock timeout."""


class EditRefused(TermBaseError):
    """The edit would make the term base invalid: refused, nothing written. ``problems`` lists why."""

    def __str__(self) -> str:
        path = self.problems[0].path if self.problems else "the term base"
        return f"edit refused, {path} left unchanged: {super().__str__()}"


@dataclass
class EditResult:
    """What an edit did (or, with ``dry_run``, would do)."""

    path: str
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    forms_added: list[str] = field(default_factory=list)
    # (entry id, reason) for entries left alone.
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    created: bool = False
    written: bool = False
    old_text: str = ""
    new_text: str = ""

    @property
    def changed(self) -> bool:
        return self.old_text != self.new_text

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "added": self.added,
            "replaced": self.replaced,
            "forms_added": self.forms_added,
            "conflicts": [{"id": entry_id, "reason": reason} for entry_id, reason in self.conflicts],
            "created": self.created,
            "written": self.written,
        }


# --- rendering entries as YAML text -----------------------------------------------------------


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar on one line: plain when that reads back as the same text, else double-quoted."""
    # Plain only for printable text (no tabs, no-break or odd spaces, controls): both YAML parsers agree on it.
    if value and value.isprintable() and value == value.strip() and not value.startswith(("'", '"')):
        try:
            plain_ok = yaml.load(f"- {value}\n", Loader=_SafeLoader) == [value] and yaml.load(
                f"k: {value}\n", Loader=_SafeLoader
            ) == {"k": value}
        except yaml.YAMLError:
            plain_ok = False
        if plain_ok:
            return value
    # JSON strings are YAML double-quoted scalars (\uXXXX escapes for control characters).
    return json.dumps(value, ensure_ascii=False)


def _form_lines(text: str, usage: FormUsage | None, indent: str) -> list[str]:
    if usage is None or (usage.status == "admitted" and usage.usage is None):
        return [f"{indent}- {_scalar(text)}"]
    lines = [f"{indent}- form: {_scalar(text)}", f"{indent}  status: {usage.status}"]
    if usage.usage is not None:
        lines.append(f"{indent}  usage: {_scalar(usage.usage)}")
    return lines


def render_entry(term: Term, *, indent: str = "  ") -> str:
    """The YAML text of one entry, laid out as the bundled ``terms.yaml`` lays out its entries.

    ``indent`` is the indentation of the entry's ``- `` (the other lines follow it). Forms with a
    declared status or usage note are written as ``{form, status, usage}`` mappings.
    """
    key = indent + "  "
    lines = [f"{indent}- id: {_scalar(term.id)}", f"{key}category: {_scalar(term.category)}"]
    lines += [f"{key}vi: {_scalar(term.vi)}", f"{key}en: {_scalar(term.en)}"]
    if term.acronyms:
        lines.append(f"{key}acronyms:")
        for text in term.acronyms:
            lines += _form_lines(text, term.form_usage.get(text), key)
    variants = {language: term.variants[language] for language in LANGUAGES if term.variants.get(language)}
    if variants:
        lines.append(f"{key}variants:")
        for language, forms in variants.items():
            lines.append(f"{key}  {language}:")
            for text in forms:
                lines += _form_lines(text, term.form_usage.get(text), key + "  ")
    if term.series and not term.numbered_forms:
        lines.append(f"{key}series: true")
    if term.takes_number:
        lines.append(f"{key}takes_number: true")
    if term.domestic:
        lines.append(f"{key}domestic: true")
    if term.provincial:
        lines.append(f"{key}provincial: {term.provincial}")
    for name, values in (
        ("numbered_forms", term.numbered_forms),
        ("modifier_forms", term.modifier_forms),
        ("ambiguous_forms", term.ambiguous_forms),
        ("context_cues", term.context_cues),
        ("default_for", term.default_for),
    ):
        if values:
            lines.append(f"{key}{name}:")
            lines += [f"{key}- {_scalar(value)}" for value in values]
    if term.note is not None:
        lines.append(f"{key}note: {_scalar(term.note)}")
    lines.append(f"{key}sources:")
    lines += [f"{key}- {_scalar(source)}" for source in term.sources]
    return "\n".join(lines) + "\n"


# --- locating things in the text -------------------------------------------------------------


@dataclass
class _Layout:
    """Where the entries are in a term base's text."""

    text: str
    terms_node: yaml.Node | None
    entries: dict[str, yaml.MappingNode]
    newline: str

    def entry_indent(self) -> str:
        """The indentation of an entry's ``- `` (that of the first entry, else two spaces)."""
        if self.terms_node is not None and isinstance(self.terms_node, yaml.SequenceNode) and self.terms_node.value:
            first = self.terms_node.value[0]
            return _line_prefix(self.text, first.start_mark.index)
        return "  "


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_prefix(text: str, index: int) -> str:
    """The whitespace before the ``-`` of the sequence item that starts at ``index``."""
    start = _line_start(text, index)
    prefix = text[start:index]
    dash = prefix.rfind("-")
    return prefix[:dash] if dash >= 0 and not prefix[:dash].strip() else " " * (index - start - 2 if index - start >= 2 else 0)


def _content_end(node: yaml.Node) -> int:
    """The index just after the last character of ``node``'s content (not the following comments or blank lines)."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    if isinstance(node, yaml.MappingNode) and node.value:
        return _content_end(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and node.value:
        return _content_end(node.value[-1])
    return int(node.end_mark.index)


def _after_line(text: str, index: int) -> int:
    """The start of the line after the one that holds the character before ``index``."""
    if index > 0 and text[index - 1] == "\n":
        return index
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def _layout(text: str, path: str) -> _Layout:
    newline = "\r\n" if "\r\n" in text else "\n"
    if not text.strip():
        return _Layout(text, None, {}, newline)
    loader = _SafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError as error:
        raise EditError(f"{path}: malformed YAML, not edited: {error}") from None
    finally:
        loader.dispose()
    terms_node = None
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == "terms":
                terms_node = value_node
    if not isinstance(terms_node, yaml.SequenceNode):
        raise EditError(f"{path}: no 'terms:' list to edit (run glossary validate {path})")
    entries: dict[str, yaml.MappingNode] = {}
    for entry in terms_node.value:
        if isinstance(entry, yaml.MappingNode):
            for key_node, value_node in entry.value:
                if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode):
                    entries.setdefault(value_node.value, entry)
    return _Layout(text, terms_node, entries, newline)


def _child(node: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


# --- text edits --------------------------------------------------------------------------------


def _append_entries(layout: _Layout, rendered: str, *, after: str | None, path: str) -> str:
    text = layout.text
    nl = layout.newline
    rendered = rendered.replace("\n", nl)
    if layout.terms_node is None:
        return (text + nl if text and not text.endswith("\n") else text) + _NEW_FILE_HEADER.replace("\n", nl) + rendered
    terms = layout.terms_node
    if getattr(terms, "flow_style", False):
        if terms.value:
            raise EditError(f"{path}: 'terms' is written as a [flow] list; write it as a block list to add entries")
        start, end = terms.start_mark.index, terms.end_mark.index
        return text[:start].rstrip(" ") + nl + rendered + text[end:].lstrip(" ").removeprefix("\n").removeprefix("\r\n")
    if after is not None:
        entry = layout.entries.get(after)
        if entry is None:
            raise EditError(f"{path}: no entry with id {after!r} to add after")
        position = _after_line(text, _content_end(entry))
        if position == len(text) and not text.endswith("\n"):
            return text + nl + rendered
        return text[:position] + rendered + text[position:]
    if not text.endswith("\n"):
        text += nl
    return text + rendered


def _insert_forms(layout: _Layout, term_id: str, key_path: Sequence[str], forms: Sequence[str], *, path: str) -> str:
    """Add ``forms`` to the list at ``key_path`` (``("acronyms",)`` or ``("variants", "en")``) of an entry."""
    text, nl = layout.text, layout.newline
    entry = layout.entries.get(term_id)
    if entry is None:
        raise EditError(f"{path}: no entry with id {term_id!r}")
    items_text = [_scalar(form) for form in forms]
    node: yaml.MappingNode = entry
    key_indent = _indent_of_keys(text, entry)
    for depth, key in enumerate(key_path):
        found = _child(node, key)
        remaining = key_path[depth:]
        if found is None:
            # Write the missing keys, nested, after the last value of ``node``, in block style.
            lines = []
            for level, name in enumerate(remaining):
                lines.append(f"{key_indent}{'  ' * level}{name}:")
            item_indent = key_indent + "  " * (len(remaining) - 1)
            lines += [f"{item_indent}- {item}" for item in items_text]
            block = nl.join(lines) + nl
            if node is entry:
                position = _entry_insert_position(text, entry, key_path[0])
            else:
                position = _after_line(text, _content_end(node))
            return _insert_at(text, position, block, nl)
        key_node, value_node = found
        if depth == len(key_path) - 1:
            if not isinstance(value_node, yaml.SequenceNode):
                raise EditError(f"{path}: [{term_id}] {'.'.join(key_path)} is not a list; fix it first")
            if getattr(value_node, "flow_style", False):
                close = value_node.end_mark.index - 1  # the "]"
                separator = ", " if value_node.value else ""
                return text[:close] + separator + ", ".join(items_text) + text[close:]
            item_indent = _line_prefix(text, value_node.value[0].start_mark.index)
            block = nl.join(f"{item_indent}- {item}" for item in items_text) + nl
            return _insert_at(text, _after_line(text, _content_end(value_node)), block, nl)
        if not isinstance(value_node, yaml.MappingNode) or getattr(value_node, "flow_style", False):
            raise EditError(f"{path}: [{term_id}] {key} is not a block mapping; cannot add to it safely")
        node = value_node
        key_indent = _indent_of_keys(text, value_node)
    raise AssertionError("unreachable")


def _indent_of_keys(text: str, mapping: yaml.MappingNode) -> str:
    first_key = mapping.value[0][0]
    return " " * (first_key.start_mark.index - _line_start(text, first_key.start_mark.index))


# Where a new key goes in an entry: after the last of these keys that the entry has.
_KEYS_BEFORE = {"acronyms": ("id", "category", "vi", "en"), "variants": ("id", "category", "vi", "en", "acronyms")}


def _entry_insert_position(text: str, entry: yaml.MappingNode, key: str) -> int:
    last = None
    for key_node, value_node in entry.value:
        if key_node.value in _KEYS_BEFORE.get(key, ()):
            last = value_node
    target = last if last is not None else entry
    return _after_line(text, _content_end(target))


def _insert_at(text: str, position: int, block: str, nl: str) -> str:
    if position == len(text) and text and not text.endswith("\n"):
        return text + nl + block
    return text[:position] + block + text[position:]


# --- atomic writing ----------------------------------------------------------------------------


def _pause(step: str) -> None:
    """Test hook (see tests/test_editing.py): announce a write step, then pause, when the variable is set."""
    setting = os.environ.get(_PAUSE_ENVIRONMENT_VARIABLE)
    if setting:
        only, _, seconds = setting.rpartition(":")
        os.write(2, f"write-step {step}\n".encode())
        if not only or only == step:
            time.sleep(float(seconds))


def write_atomically(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Replace ``path`` with ``text`` (str as UTF-8, or bytes): temporary file in the same folder, fsync, rename, fsync the folder.

    Readers and a crash at any point see the old file or the new one, never a mixture. The file
    keeps its mode (a new file gets the umask's). The edits below call it under the term base's
    lock; :class:`EditError` says what failed (a full disk, a read-only folder).
    """
    target = Path(path)
    try:
        _write_atomically(target, text.encode("utf-8") if isinstance(text, str) else text)
    except OSError as error:
        raise EditError(f"{target}: cannot write: {error.strerror or error}; the file is unchanged") from None


def _write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    else:
        # The rename below needs only the folder's permission: honour the file's own, as an in-place write would.
        if not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, "Permission denied (the file is read-only)", str(target))
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        _pause("temp-created")
        with os.fdopen(descriptor, "wb") as handle:
            for start in range(0, len(data), _WRITE_CHUNK):
                handle.write(data[start : start + _WRITE_CHUNK])
                handle.flush()
                _pause(f"chunk-{start // _WRITE_CHUNK}")
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        _pause("temp-synced")
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    _pause("replaced")
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    _pause("done")


def _umask() -> int:
    """The process umask, read without changing it (os.umask would, for a moment, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _edit(
    path: str | os.PathLike[str] | None,
    change: Callable[[str, str, EditResult], str],
    *,
    dry_run: bool,
) -> EditResult:
    """Read, change, validate and (unless ``dry_run``) write the term base, all under its lock.

    A dry run takes no lock (and so works in a read-only folder).
    """
    target = resolve_termbase_path(path)
    label = str(target)
    if not target.parent.is_dir():  # filelock would create the folder: refuse a mistyped path instead
        raise EditError(f"{label}: the folder {target.parent} does not exist")
    from filelock import FileLock, Timeout  # here, not at import: it takes longer to import than lookup takes to run

    lock = FileLock(f"{target}.lock", timeout=LOCK_TIMEOUT)
    try:
        if not dry_run:
            lock.acquire()
    except Timeout:
        raise EditError(f"{label}: another process has held {label}.lock for {LOCK_TIMEOUT:g} s; try again") from None
    except OSError as error:
        raise EditError(f"{label}: cannot create the lock file {label}.lock: {error.strerror or error}") from None
    try:
        _pause("locked")
        try:
            old_text = target.read_bytes().decode("utf-8")
            created = False
        except FileNotFoundError:
            old_text, created = "", True
        except UnicodeDecodeError:
            raise EditError(f"{label}: not valid UTF-8; not edited") from None
        except OSError as error:
            raise EditError(f"{label}: cannot read: {error.strerror or error}") from None
        result = EditResult(label, created=created, old_text=old_text)
        new_text = change(old_text, label, result)
        result.new_text = new_text
        if new_text != old_text:
            try:
                load_termbase_text(new_text, path=label)
            except TermBaseError as error:
                raise EditRefused(error.problems) from None
            if not dry_run:
                write_atomically(target, new_text)
                result.written = True
        return result
    finally:
        if lock.is_locked:
            lock.release()


def _existing(text: str, label: str) -> TermBase | None:
    if not text.strip():
        return None
    return load_termbase_text(text, path=label)


# --- the edits ---------------------------------------------------------------------------------


def _term_keys(term: Term) -> dict[str, str]:
    """The normalised keys of a term's written forms, each with one form that has it."""
    forms = (term.vi, term.en, *term.acronyms, *(form for forms in term.variants.values() for form in forms))
    return {name_key(form): form for form in forms}


def add_entries(
    terms: Iterable[Term],
    *,
    path: str | os.PathLike[str] | None = None,
    replace: bool = False,
    after: str | None = None,
    dry_run: bool = False,
) -> EditResult:
    """Add entries to a term base (created when it does not exist), keeping every other byte.

    An entry whose id is already used, or one of whose forms is a form of another entry (and not
    declared ambiguous in both), is a conflict: reported in :attr:`EditResult.conflicts` and left
    alone. With ``replace``, an entry with the same id is replaced instead (its text, comments
    inside it included, gives way to the new entry's). New entries go at the end of the ``terms:``
    list, or after the entry ``after``. The result is validated before it is written; an invalid
    result raises :class:`TermBaseError` and writes nothing.
    """
    new_terms = list(terms)

    def change(text: str, label: str, result: EditResult) -> str:
        existing = _existing(text, label)
        layout = _layout(text, label)
        by_id = {term.id: term for term in existing} if existing else {}
        holders: dict[str, Term] = {}
        for term in existing or ():
            for key in _term_keys(term):
                holders.setdefault(key, term)
        replacements: dict[str, Term] = {}
        additions: list[Term] = []
        for term in new_terms:
            if term.id in by_id and not replace:
                result.conflicts.append((term.id, f"id {term.id!r} is already in the term base"))
                continue
            clash = None
            for key, form in _term_keys(term).items():
                holder = holders.get(key)
                if holder is None or (holder.id == term.id and replace):
                    continue
                if key in {name_key(f) for f in term.ambiguous_forms} and key in {
                    name_key(f) for f in holder.ambiguous_forms
                }:
                    continue
                clash = f"form {form!r} is also in entry {holder.id!r}"
                break
            if clash:
                result.conflicts.append((term.id, clash))
                continue
            for key in _term_keys(term):
                holders.setdefault(key, term)
            if term.id in by_id:
                replacements[term.id] = term
                result.replaced.append(term.id)
            else:
                by_id[term.id] = term
                additions.append(term)
                result.added.append(term.id)
        indent = layout.entry_indent()
        new_text = text
        # Replace from the end of the file backwards, so that earlier positions stay valid.
        spans = sorted(
            ((_entry_span(text, layout.entries[term_id]), term) for term_id, term in replacements.items()),
            key=lambda item: item[0][0],
            reverse=True,
        )
        for (start, end), term in spans:
            new_text = new_text[:start] + render_entry(term, indent=indent).replace("\n", layout.newline) + new_text[end:]
        if additions:
            rendered = "".join(render_entry(term, indent=indent) for term in additions)
            new_layout = _layout(new_text, label) if spans else layout
            new_text = _append_entries(new_layout, rendered, after=after, path=label)
        return new_text

    return _edit(path, change, dry_run=dry_run)


def _entry_span(text: str, entry: yaml.MappingNode) -> tuple[int, int]:
    """From the start of the entry's ``- `` line to the end of its last value's line."""
    return _line_start(text, entry.start_mark.index), _after_line(text, _content_end(entry))


def add_forms(
    term_id: str,
    *,
    path: str | os.PathLike[str] | None = None,
    acronyms: Sequence[str] = (),
    variants: Mapping[str, Sequence[str]] | None = None,
    dry_run: bool = False,
) -> EditResult:
    """Add acronyms and variants to the existing entry ``term_id``, one new line each, keeping every other byte.

    A form the entry already has (after normalisation) is skipped; a form of another entry makes
    the edit fail validation (:class:`TermBaseError`), unless both declare it ambiguous.
    """
    additions: list[tuple[tuple[str, ...], list[str]]] = []
    if acronyms:
        additions.append((("acronyms",), list(acronyms)))
    for language, forms in (variants or {}).items():
        if language not in LANGUAGES:
            raise EditError(f"unknown variants language {language!r}; use 'vi' or 'en'")
        if forms:
            additions.append((("variants", language), list(forms)))
    if not additions:
        raise EditError("nothing to add: give --acronym, --variant-vi or --variant-en")

    def change(text: str, label: str, result: EditResult) -> str:
        existing = _existing(text, label)
        term = existing.get(term_id) if existing else None
        if term is None:
            raise EditError(f"{label}: no entry with id {term_id!r}")
        own = set(_term_keys(term))
        new_text = text
        for key_path, forms in additions:
            fresh = []
            for form in forms:
                if form != form.strip() or not form.strip():
                    raise EditError(f"form {form!r} is empty or has surrounding whitespace")
                if name_key(form) in own:
                    result.conflicts.append((term_id, f"{form!r} is already a form of {term_id!r}"))
                    continue
                own.add(name_key(form))
                fresh.append(form)
            if fresh:
                new_text = _insert_forms(_layout(new_text, label), term_id, key_path, fresh, path=label)
                result.forms_added += fresh
        return new_text

    return _edit(path, change, dry_run=dry_run)
