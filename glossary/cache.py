"""An on-disk cache of loaded term bases and compiled matchers, so that only the first run pays.

Loading a 100k-entry term base (YAML parsing and validation) and compiling it
take tens of seconds; every later command against the same file reads one
cache file instead. Each file is written by :mod:`glossary.packed`: the terms and
the large lists and dicts are pickled piece by piece and the file is mapped, not
read, so that a command reads back only what it uses (one line annotated against
100k entries touches a few hundred terms, not all of them). An entry is keyed by
the SHA-256 of the term base's bytes, the package version, the Python version
and the matcher's options, so an edited term base or an upgraded glossary never
sees a stale entry. A cache
file that cannot be read (truncated, corrupt, from another version) is
ignored and rebuilt; a cache directory that cannot be written is not an
error: the command just runs without a cache.

Where: ``$GLOSSARY_CACHE_DIR``, else the user's cache directory
(``$XDG_CACHE_HOME/glossary``, ``~/.cache/glossary``; ``~/Library/Caches/glossary``
on macOS; ``%LOCALAPPDATA%\\glossary\\Cache`` on Windows). ``GLOSSARY_NO_CACHE=1``
(or ``cache=False``) turns it off. Cache files are pickles: like any cache in
your home directory, they are trusted, so do not point ``GLOSSARY_CACHE_DIR`` at
a directory others can write to.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .loader import load_termbase, resolve_termbase_path
from .model import TermBase

if TYPE_CHECKING:
    from .matcher import Matcher
    from .packed import Packer

__all__ = ["CACHE_DIRECTORY_VARIABLE", "NO_CACHE_VARIABLE", "cache_directory", "cached_matcher", "cached_termbase"]

CACHE_DIRECTORY_VARIABLE = "GLOSSARY_CACHE_DIR"
NO_CACHE_VARIABLE = "GLOSSARY_NO_CACHE"
# Bump when what is pickled changes shape without a package version change.
_FORMAT = 6  # 4: Term.default_for, Matcher._default_keys; 5: matchers packed (glossary.packed); 6: Term.numbered_body
# Term bases smaller than this are not cached (0: every term base is; even the bundled one loads 30x faster).
_MIN_CACHED_BYTES = 0


def cache_directory() -> Path:
    """Where cache files go (see the module doc)."""
    configured = os.environ.get(CACHE_DIRECTORY_VARIABLE)
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "glossary" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "glossary"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "glossary"


def _enabled(cache: bool | None) -> bool:
    if cache is not None:
        return cache
    return os.environ.get(NO_CACHE_VARIABLE, "").strip().lower() in ("", "0", "false", "no")


@functools.cache
def _code_fingerprint() -> str:
    """A short hash of the package's source files' names, sizes and modification times (microseconds to compute)."""
    package = Path(__file__).parent
    state = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        try:
            status = source.stat()
        except OSError:
            continue
        state.update(f"{source.relative_to(package)}:{status.st_size}:{status.st_mtime_ns};".encode())
    return state.hexdigest()[:12]


def _cache_file(content: bytes, kind: str) -> Path:
    from . import __version__

    digest = hashlib.sha256(content).hexdigest()
    python = "".join(map(str, sys.version_info[:2]))
    return cache_directory() / f"{kind}-{digest[:32]}-v{__version__}-c{_code_fingerprint()}-f{_FORMAT}-py{python}.pickle"


@contextmanager
def _long_lived_objects() -> Iterator[None]:
    """Build a large, long-lived object graph (a term base, a matcher) without the cyclic GC.

    Loading, compiling and unpickling make millions of objects and no garbage
    cycles worth collecting; with the collector on, a third of a 100k-entry
    load went to scanning them again and again. Afterwards the survivors are
    frozen (``gc.freeze``): later collections in this process skip them too.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    except BaseException:
        if enabled:
            gc.enable()
        raise
    if enabled:
        gc.freeze()
        gc.enable()


def _read(path: Path, expected: type) -> Any | None:
    """The cached value, or None when there is none or it cannot be read (a miss, never an error)."""
    from .packed import load

    try:
        with _long_lived_objects():
            value = load(path)
    except Exception:  # a missing, corrupt or foreign cache file is only a miss
        return None
    return value if isinstance(value, expected) else None


def _write(path: Path, termbase: TermBase, pack: Callable[[Packer], Any]) -> None:
    """Write ``pack(packer)`` to the cache file ``path`` atomically; an unwritable cache is only no cache.

    The packer holds ``termbase``'s terms: ``pack`` returns what to write with them and with its large
    parts packed (:mod:`glossary.packed`), so that a run reads back only what it uses.
    """
    from .packed import Packer

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as handle:
            temporary = Path(handle.name)
            packer = Packer(termbase)
            packer.dump(pack(packer), handle)
        os.replace(temporary, path)  # atomic: readers see the old file or the whole new one
    except OSError:
        try:
            temporary.unlink()
        except (OSError, UnboundLocalError):
            pass


def _content(terms: str | os.PathLike[str] | None) -> tuple[Path, bytes | None]:
    path = resolve_termbase_path(terms)
    try:
        return path, path.read_bytes()
    except OSError:
        return path, None  # let the loader report it


def cached_termbase(
    terms: str | os.PathLike[str] | None = None, *, cache: bool | None = None, for_lookup: bool = False
) -> TermBase:
    """:func:`load_termbase`, read from the cache when this exact file was loaded before.

    ``for_lookup=True`` also caches the index :func:`glossary.lookup.lookup`
    searches (it takes longer to build than the term base takes to unpickle).
    """
    path, content = _content(terms)
    if not _enabled(cache) or content is None or len(content) < _MIN_CACHED_BYTES:
        return load_termbase(path)
    if for_lookup:
        return _cached_termbase_with_lookup_index(path, content)
    cache_file = _cache_file(content, "termbase")
    termbase = _read(cache_file, TermBase)
    if termbase is None:
        with _long_lived_objects():
            termbase = load_termbase(path)
        _write(cache_file, termbase, lambda packer: packer.termbase())
    return termbase


def _cached_termbase_with_lookup_index(path: Path, content: bytes) -> TermBase:
    from .lookup import adopt_lookup_index, lookup_index

    cache_file = _cache_file(content, "termbase-lookup")
    pair = _read(cache_file, tuple)
    if pair is not None and len(pair) == 2 and isinstance(pair[0], TermBase):
        termbase, index = pair
        try:
            adopt_lookup_index(termbase, index)
            return termbase
        except ValueError:
            pass  # a foreign or damaged entry is only a miss
    with _long_lived_objects():
        termbase = load_termbase(path)
        index = lookup_index(termbase)
    _write(cache_file, termbase, lambda packer: (packer.termbase(), index.packed(packer)))
    return termbase


def cached_matcher(
    terms: str | os.PathLike[str] | None = None, *, folded: bool = True, fuzzy: bool = True, cache: bool | None = None
) -> Matcher:
    """``compile_matcher(load_termbase(terms), ...)``, read from the cache when compiled before.

    The matcher's ``termbase`` attribute holds the loaded term base.
    """
    from .matcher import Matcher, compile_matcher  # not needed by commands that only look terms up

    path, content = _content(terms)
    if not _enabled(cache) or content is None or len(content) < _MIN_CACHED_BYTES:
        return compile_matcher(load_termbase(path), folded=folded, fuzzy=fuzzy)
    cache_file = _cache_file(content, f"matcher-{'f' if folded else 'n'}{'z' if fuzzy else 'n'}")
    matcher = _read(cache_file, Matcher)
    if matcher is None:
        with _long_lived_objects():
            matcher = compile_matcher(load_termbase(path), folded=folded, fuzzy=fuzzy)
        _write(cache_file, matcher.termbase, matcher.packed)
    return matcher
