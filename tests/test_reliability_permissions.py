"""Files that cannot be read or written, and directory walks that would leave their directory (issue 13).

Each case gives one clear line naming the file, the other inputs are still
processed, the exit code says something failed, and nothing is written
half-way. Root reads and writes anything, and the suite may run as root, so
every case runs twice: with real permissions (``chmod``; skipped as root) and
with the kernel's answer simulated (``os.open``, ``open`` and ``os.scandir``
raise ``PermissionError`` for the denied paths, as the kernel would).
"""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from glossary import find_sources, load_termbase
from glossary.cli import app

from .conftest import SEED_TERMS
from .test_extract import HNTLPK

EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_BAD_TERMBASE = 4


def _permissions_are_enforced() -> bool:
    """False for root (os.geteuid() == 0) unless it runs without CAP_DAC_OVERRIDE: then chmod binds it too."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_bytes(b"x")
        probe.chmod(0)
        try:
            probe.read_bytes()
        except PermissionError:
            return True
        finally:
            probe.chmod(0o600)
    return False


# As root, the real cases are skipped: run them with `setpriv --bounding-set=-dac_override,-dac_read_search
# --inh-caps=-all -- python -m pytest ...` (docs/reliability.md), or as any other user.
PERMISSIONS_ENFORCED = _permissions_are_enforced()

runner = CliRunner()


def invoke(*arguments: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(arguments))


def error_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


# -- denying access: really (not as root) or simulated ---------------------------------------


class _Denial:
    """Which paths the simulated kernel refuses: files not to open, files not to write, folders not to change or list."""

    def __init__(self) -> None:
        self.unreadable: set[str] = set()
        self.read_only: set[str] = set()
        self.read_only_folders: set[str] = set()

    @staticmethod
    def _key(path: object) -> str | None:
        if isinstance(path, int):
            return None  # an already open descriptor
        return os.path.abspath(os.fsdecode(path))  # type: ignore[arg-type]

    def refuses_open(self, path: object, writing: bool, creating: bool) -> bool:
        key = self._key(path)
        if key is None:
            return False
        if key in self.unreadable or (writing and key in self.read_only):
            return True
        return creating and not os.path.exists(key) and os.path.dirname(key) in self.read_only_folders

    def refuses_change_in(self, path: object) -> bool:
        key = self._key(path)
        return key is not None and os.path.dirname(key) in self.read_only_folders

    def refuses_listing(self, path: object) -> bool:
        key = self._key(path)
        return key is not None and key in self.unreadable


def _denied(path: object) -> PermissionError:
    return PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]


@contextmanager
def simulated(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Denial]:
    """Patch the calls that reach the file system so that the denial's paths fail as the kernel would make them fail."""
    denial = _Denial()
    real_os_open, real_open, real_scandir = os.open, builtins.open, os.scandir
    real_replace, real_unlink, real_mkdir, real_access = os.replace, os.unlink, os.mkdir, os.access

    def os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        writing = bool(flags & (os.O_WRONLY | os.O_RDWR))
        if denial.refuses_open(path, writing, bool(flags & os.O_CREAT)):
            raise _denied(path)
        return real_os_open(path, flags, *args, **kwargs)

    def open_(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        writing = any(flag in mode for flag in "wax+")
        if denial.refuses_open(file, writing, writing and "r" not in mode):
            raise _denied(file)
        return real_open(file, mode, *args, **kwargs)

    def scandir(path="."):  # type: ignore[no-untyped-def]
        if denial.refuses_listing(path):
            raise _denied(path)
        return real_scandir(path)

    def guarded(real: Callable[..., object]) -> Callable[..., object]:
        def call(path, *args, **kwargs):  # type: ignore[no-untyped-def]
            if denial.refuses_change_in(path) or (args and denial.refuses_change_in(args[0])):
                raise _denied(path)
            return real(path, *args, **kwargs)

        return call

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        key = _Denial._key(path)
        if mode & os.W_OK and key in denial.read_only:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "unlink", guarded(real_unlink))
    monkeypatch.setattr(os, "mkdir", guarded(real_mkdir))
    monkeypatch.setattr(os, "access", access)
    try:
        yield denial
    finally:  # the patches stay until the test ends; with nothing denied they pass every call through
        denial.unreadable.clear()
        denial.read_only.clear()
        denial.read_only_folders.clear()


class Permissions:
    """Deny access to paths, really (chmod) or through :func:`simulated`."""

    def __init__(self, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.how = how
        self._monkeypatch = monkeypatch
        self._denial: _Denial | None = None
        self._restore: list[tuple[Path, int]] = []

    def _simulation(self) -> _Denial:
        if self._denial is None:
            self._context = simulated(self._monkeypatch)
            self._denial = self._context.__enter__()
        return self._denial

    def _chmod(self, path: Path, mode: int) -> None:
        self._restore.append((path, stat.S_IMODE(path.stat().st_mode)))
        path.chmod(mode)

    def unreadable(self, path: Path) -> None:
        if self.how == "real":
            self._chmod(path, 0)
        else:
            self._simulation().unreadable.add(str(path.resolve()))

    def read_only(self, path: Path) -> None:
        if self.how == "real":
            self._chmod(path, 0o444)
        else:
            self._simulation().read_only.add(str(path.resolve()))

    def read_only_folder(self, folder: Path) -> None:
        if self.how == "real":
            self._chmod(folder, 0o555)
        else:
            self._simulation().read_only_folders.add(str(folder.resolve()))

    def close(self) -> None:
        if self._denial is not None:
            self._context.__exit__(None, None, None)
        for path, mode in reversed(self._restore):
            path.chmod(mode)


@pytest.fixture(
    params=[
        pytest.param(
            "real",
            marks=pytest.mark.skipif(
                not PERMISSIONS_ENFORCED, reason="root (os.geteuid() == 0) reads and writes anything: see the simulated case"
            ),
        ),
        "simulated",
    ]
)
def deny(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Permissions]:
    permissions = Permissions(request.param, monkeypatch)
    yield permissions
    permissions.close()


def test_the_simulation_refuses_as_the_kernel_would(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The simulated cases are worth something only if the simulation refuses what chmod would."""
    secret, frozen, folder = tmp_path / "secret.txt", tmp_path / "frozen.txt", tmp_path / "folder"
    secret.write_text("x", encoding="utf-8")
    frozen.write_text("x", encoding="utf-8")
    folder.mkdir()
    (folder / "inside.txt").write_text("x", encoding="utf-8")
    with simulated(monkeypatch) as denial:
        denial.unreadable.update({str(secret), str(folder)})
        denial.read_only.add(str(frozen))
        denial.read_only_folders.add(str(tmp_path))
        with pytest.raises(PermissionError):
            secret.read_bytes()
        with pytest.raises(PermissionError):
            os.scandir(folder)
        assert frozen.read_text(encoding="utf-8") == "x"
        with pytest.raises(PermissionError):
            frozen.write_text("y", encoding="utf-8")
        with pytest.raises(PermissionError):
            (tmp_path / "new.txt").write_text("y", encoding="utf-8")
        with pytest.raises(PermissionError):
            os.replace(frozen, tmp_path / "moved.txt")
        assert not os.access(frozen, os.W_OK)
    assert secret.read_text(encoding="utf-8") == "x"


# -- reading: inputs and the term base --------------------------------------------------------


def test_unreadable_input_is_one_line_and_the_others_are_annotated(tmp_path: Path, deny: Permissions) -> None:
    good, secret = tmp_path / "good.txt", tmp_path / "secret.txt"
    good.write_text("Thượng tướng dự ADMM.\n", encoding="utf-8")
    secret.write_text("ADMM\n", encoding="utf-8")
    deny.unreadable(secret)
    result = invoke("annotate", "--format", "jsonl", "--terms", str(SEED_TERMS), str(secret), str(good))
    assert error_lines(result) == [f"Error: {secret}: cannot read: Permission denied"]
    assert result.exit_code == EXIT_BAD_INPUT
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(record["path"], record.get("error")) for record in records] == [
        (str(secret), f"{secret}: cannot read: Permission denied"),
        (str(good), None),
    ]
    assert [match["term"]["id"] for match in records[1]["matches"]] == ["rank-senior-lieutenant-general", "admm"]


def test_unreadable_folder_in_a_directory_walk_is_named_not_skipped(tmp_path: Path, deny: Permissions) -> None:
    """Path.rglob skips a folder it cannot list without a word: its files would be lost silently."""
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "open.txt").write_text("ADMM\n", encoding="utf-8")
    (corpus / "locked" / "hidden.txt").write_text("ADMM\n", encoding="utf-8")
    deny.unreadable(corpus / "locked")
    result = invoke("annotate", "--format", "jsonl", "--terms", str(SEED_TERMS), str(corpus))
    locked = corpus / "locked"
    assert error_lines(result) == [
        f"Error: {locked}: cannot list this folder (Permission denied); its files are not annotated"
    ]
    assert result.exit_code == EXIT_BAD_INPUT
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == [str(locked), str(corpus / "open.txt")]


def unreadable_term_base_error(result, terms: Path) -> None:  # type: ignore[no-untyped-def]
    """One line naming the file: click's own check when the process may not read it (``os.access``), else the loader's."""
    refused_by_click = f"path {str(terms)!r} is not readable"
    [line] = error_lines(result)
    if refused_by_click in line:
        assert result.exit_code == EXIT_USAGE
    else:
        assert line == f"Error: {terms}: cannot read the term base: Permission denied"
        assert result.exit_code == EXIT_BAD_TERMBASE


def test_unreadable_term_base_is_one_line_for_every_command(tmp_path: Path, deny: Permissions) -> None:
    terms = tmp_path / "terms.yaml"
    terms.write_bytes(SEED_TERMS.read_bytes())
    deny.unreadable(terms)
    for arguments in (["annotate", "--terms", str(terms), "-"], ["lookup", "--terms", str(terms), "ADMM"]):
        result = runner.invoke(app, arguments, input="ADMM\n", env={"GLOSSARY_NO_CACHE": "1"})
        unreadable_term_base_error(result, terms)
    validated = invoke("validate", str(terms))  # its report is its output: the problem on stdout, the count on stderr
    if validated.exit_code == EXIT_USAGE:
        unreadable_term_base_error(validated, terms)
    else:
        assert validated.stdout == f"{terms}: cannot read the term base: Permission denied\n"
        assert validated.stderr == f"{terms}: 1 problem\n" and validated.exit_code == EXIT_BAD_TERMBASE


# -- writing: exports, slots and the term base ---------------------------------------------------


def test_unwritable_export_output_is_one_line_and_left_unchanged(tmp_path: Path, deny: Permissions) -> None:
    output = tmp_path / "terms.tbx"
    output.write_text("old export\n", encoding="utf-8")
    deny.read_only(output)
    result = invoke("export", "--format", "tbx", "--terms", str(SEED_TERMS), "-o", str(output))
    assert error_lines(result) == [
        f"Error: {output}: cannot write: Permission denied (the file is read-only); the file is unchanged"
    ]
    assert result.exit_code == EXIT_BAD_INPUT
    assert output.read_text(encoding="utf-8") == "old export\n"


def test_export_into_a_read_only_folder_is_one_line_and_leaves_nothing(tmp_path: Path, deny: Permissions) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    deny.read_only_folder(folder)
    result = invoke("export", "--format", "csv", "--terms", str(SEED_TERMS), "-o", str(folder / "terms.csv"))
    assert error_lines(result) == [f"Error: {folder / 'terms.csv'}: cannot write: Permission denied; the file is unchanged"]
    assert result.exit_code == EXIT_BAD_INPUT
    assert list(folder.iterdir()) == []


def test_unwritable_slots_file_of_protect_is_one_line(tmp_path: Path, deny: Permissions) -> None:
    """protect --slots wrote with Path.write_text: a traceback, and a half-written file on a full disk."""
    slots = tmp_path / "slots.json"
    slots.write_text("{}\n", encoding="utf-8")
    deny.read_only(slots)
    result = runner.invoke(app, ["protect", "--terms", str(SEED_TERMS), "--slots", str(slots), "-"], input="ADMM họp.\n")
    assert error_lines(result) == [
        f"Error: {slots}: cannot write: Permission denied (the file is read-only); the file is unchanged"
    ]
    assert result.exit_code == EXIT_BAD_INPUT
    assert slots.read_text(encoding="utf-8") == "{}\n"


def _edits(terms: Path, tmp_path: Path) -> dict[str, list[str]]:
    """One command line per command that writes the term base."""
    exported = tmp_path / "new.csv"
    exported.write_text("id,category,vi,en,sources\nnew-entry,concept,Mục mới,New entry,https://example.org\n", encoding="utf-8")
    article = tmp_path / "tin.txt"
    article.write_text(HNTLPK, encoding="utf-8")
    return {
        "add": ["add", "--terms", str(terms), "--id", "new-entry", "--category", "concept", "--vi", "Mục mới",
                "--en", "New entry", "--source", "https://example.org"],
        "add --to": ["add", "--terms", str(terms), "--to", "admm", "--variant-en", "ASEAN Defence Ministers Meeting Plus One"],
        "import": ["import", str(exported), "--terms", str(terms)],
        "extract --append": ["extract", str(article), "--append", "HNTLPK", "--name", "ASEAN Air Defence Commanders' Conference",
                             "--source", "https://en.qdnd.vn/example", "--id", "asean-air-defence-commanders", "--terms", str(terms)],
    }  # fmt: skip


EDITS = ["add", "add --to", "import", "extract --append"]


@pytest.mark.parametrize("command", EDITS)
def test_read_only_term_base_is_not_edited(tmp_path: Path, deny: Permissions, command: str) -> None:
    """Renaming a new file over terms.yaml needs only the folder's permission: the file's own is honoured too."""
    terms = tmp_path / "terms.yaml"
    terms.write_bytes(SEED_TERMS.read_bytes())
    before = terms.read_bytes()
    deny.read_only(terms)
    result = invoke(*_edits(terms, tmp_path)[command])
    assert error_lines(result) == [
        f"Error: {terms}: cannot write: Permission denied (the file is read-only); the file is unchanged"
    ]
    assert result.exit_code == EXIT_BAD_INPUT
    assert terms.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".terms.yaml")) == []


@pytest.mark.parametrize("command", EDITS)
def test_term_base_in_a_read_only_folder_is_not_edited(tmp_path: Path, deny: Permissions, command: str) -> None:
    folder = tmp_path / "base"
    folder.mkdir()
    terms = folder / "terms.yaml"
    terms.write_bytes(SEED_TERMS.read_bytes())
    before = terms.read_bytes()
    deny.read_only_folder(folder)
    result = invoke(*_edits(terms, tmp_path)[command])
    assert error_lines(result) == [f"Error: {terms}: cannot create the lock file {terms}.lock: Permission denied"]
    assert result.exit_code == EXIT_BAD_INPUT
    assert terms.read_bytes() == before
    assert sorted(path.name for path in folder.iterdir()) == ["terms.yaml"]


@pytest.mark.parametrize("command", EDITS)
def test_unreadable_term_base_is_not_edited(tmp_path: Path, deny: Permissions, command: str) -> None:
    terms = tmp_path / "terms.yaml"
    terms.write_bytes(SEED_TERMS.read_bytes())
    deny.unreadable(terms)
    result = invoke(*_edits(terms, tmp_path)[command])
    [line] = error_lines(result)
    if f"path {str(terms)!r} is not readable" in line:  # click's check, as with real permissions
        assert result.exit_code == EXIT_USAGE
    else:
        assert line.startswith(f"Error: {terms}: cannot read") and line.endswith("Permission denied")
        assert result.exit_code in (EXIT_BAD_INPUT, EXIT_BAD_TERMBASE)
    deny.close()
    assert terms.read_bytes() == SEED_TERMS.read_bytes()


def test_edits_still_work_once_allowed(tmp_path: Path) -> None:
    """The commands above fail for the denial alone: unhindered, each one edits."""
    for command in EDITS:
        terms = tmp_path / command.replace(" ", "_") / "terms.yaml"
        terms.parent.mkdir()
        terms.write_bytes(SEED_TERMS.read_bytes())
        result = invoke(*_edits(terms, terms.parent)[command])
        assert result.exit_code == 0, (command, result.output)
        assert terms.read_bytes() != SEED_TERMS.read_bytes()
        load_termbase(terms)


# -- the cache: an optimisation, never a failure ---------------------------------------------------


def test_unwritable_cache_folder_annotates_the_same(tmp_path: Path, deny: Permissions) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    environment = {"GLOSSARY_CACHE_DIR": str(cache), "GLOSSARY_NO_CACHE": ""}
    uncached = runner.invoke(app, ["annotate", "--format", "json", "--terms", str(SEED_TERMS), "-"], input="ADMM, Thượng tướng\n", env={"GLOSSARY_NO_CACHE": "1"})
    deny.read_only_folder(cache)
    result = runner.invoke(app, ["annotate", "--format", "json", "--terms", str(SEED_TERMS), "-"], input="ADMM, Thượng tướng\n", env=environment)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == uncached.stdout
    assert list(cache.iterdir()) == []


def test_unreadable_cache_file_is_a_miss(tmp_path: Path, deny: Permissions) -> None:
    cache = tmp_path / "cache"
    environment = {"GLOSSARY_CACHE_DIR": str(cache), "GLOSSARY_NO_CACHE": ""}
    first = runner.invoke(app, ["lookup", "--terms", str(SEED_TERMS), "ADMM"], env=environment)
    assert first.exit_code == 0
    cached = sorted(cache.iterdir())
    assert cached
    for path in cached:
        deny.unreadable(path)
    again = runner.invoke(app, ["lookup", "--terms", str(SEED_TERMS), "ADMM"], env=environment)
    assert again.exit_code == 0 and again.stdout == first.stdout and "Error" not in again.stderr


# -- directory walks stay inside the directory ------------------------------------------------------


@pytest.fixture
def walked(tmp_path: Path) -> Path:
    """A corpus folder with a link out (a file), a link out (a folder) and a link that stays inside."""
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (corpus / "a.txt").write_text("Thượng tướng dự ADMM.\n", encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("ADMM\n", encoding="utf-8")
    (outside / "secret.txt").write_text("ADMM secret\n", encoding="utf-8")
    (corpus / "leak.txt").symlink_to(outside / "secret.txt")
    (corpus / "linked-folder").symlink_to(outside, target_is_directory=True)
    (corpus / "same.txt").symlink_to(Path("sub") / "b.txt")
    return corpus


def test_issue13_glob_symlink_out_of_the_directory_is_not_read(walked: Path) -> None:
    outside = walked.parent / "outside"
    result = invoke("annotate", "--format", "jsonl", "--terms", str(SEED_TERMS), str(walked))
    leak = walked / "leak.txt"
    assert error_lines(result) == [
        f"Error: {leak}: reached through a symbolic link, it is {outside / 'secret.txt'}, outside {walked}; "
        "not read (name that file itself to annotate it)"
    ]
    assert result.exit_code == EXIT_BAD_INPUT
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["path"] for record in records] == [str(walked / name) for name in ("a.txt", "leak.txt", "same.txt", "sub/b.txt")]
    assert "secret" not in result.stdout.replace(str(outside / "secret.txt"), "")


def test_issue13_glob_through_a_symlinked_folder_is_not_read(walked: Path) -> None:
    """`*/*.txt` descends into a linked folder (rglob's `**` does not): what it reaches outside is refused."""
    sources = find_sources([str(walked)], glob="*/*.txt")
    assert [(source.name, source.refused is not None) for source in sources] == [
        (str(walked / "linked-folder" / "secret.txt"), True),
        (str(walked / "sub" / "b.txt"), False),
    ]
    result = invoke("annotate", "--format", "jsonl", "--terms", str(SEED_TERMS), "--glob", "*/*.txt", str(walked))
    assert len(error_lines(result)) == 1 and result.exit_code == EXIT_BAD_INPUT
    assert "ADMM secret" not in result.stdout


def test_a_file_named_on_the_command_line_is_read_through_its_link(walked: Path) -> None:
    """Only walks are confined: a path the user names is read wherever it leads."""
    result = invoke("annotate", "--format", "jsonl", "--terms", str(SEED_TERMS), str(walked / "leak.txt"))
    assert result.exit_code == 0 and error_lines(result) == []
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert [match["term"]["id"] for match in record["matches"]] == ["admm"]


def test_a_directory_named_through_a_link_is_walked(walked: Path) -> None:
    """The directory itself may be a link: what counts is where its files are, relative to where it leads."""
    alias = walked.parent / "alias"
    alias.symlink_to(walked, target_is_directory=True)
    names = [(Path(source.name).relative_to(alias).as_posix(), source.refused is None) for source in find_sources([str(alias)], glob="*.txt")]
    assert names == [("a.txt", True), ("leak.txt", False), ("same.txt", True), ("sub/b.txt", True)]


def test_a_walk_lists_files_in_path_order(tmp_path: Path) -> None:
    """By path parts, as Path sorts: a folder's files come before a sibling name that extends the folder's."""
    (tmp_path / "a").mkdir()
    for name in ("a/b.txt", "a-c.txt", "A.txt"):
        (tmp_path / name).write_text("ADMM\n", encoding="utf-8")
    names = [Path(source.name).relative_to(tmp_path).as_posix() for source in find_sources([str(tmp_path)], glob="*.txt")]
    assert names == ["A.txt", "a/b.txt", "a-c.txt"]
