"""Terms, and the large lists that refer to them, pickled one item at a time and read back on first use.

A compiled matcher for a 100k-entry term base holds 100k terms and about 600k patterns and forms that
refer to them; unpickling them all takes over a second, while annotating one line needs a few dozen.
The on-disk cache (:mod:`glossary.cache`) therefore writes them packed: the terms and the items of
such a list are pickled a few at a time (a chunk) inside one ``bytes`` object, with an array of where
each chunk starts, and a chunk is unpickled when one of its values is first asked for (small chunks:
cheap to read one item; chunks rather than single items: reading them all costs about what one pickle
of the whole list would). Items refer to terms by their position in a shared :class:`TermTable`
(a pickle "persistent id"), so every item that names a term gets the same :class:`~glossary.model.Term`
object, as in the matcher that was written.

Packed objects stand for what they pack: :class:`TermTable` for a term base's tuple of terms,
:class:`PackedItems` for a list, :class:`PackedMapping` and :class:`PackedBuckets` for a dict.
Pickled again by ordinary means (a process pool sending a matcher to its workers), each becomes the
plain object it stands for.

Reading an item from two threads at once may unpickle it twice; both copies are equal, and one is kept.
"""

from __future__ import annotations

import io
import mmap
import os
import pickle
import struct
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, BinaryIO, Generic, TypeVar, overload

from .model import Term, TermBase

__all__ = ["PackedBuckets", "PackedItems", "PackedMapping", "Packer", "TermTable", "load"]

_Item = TypeVar("_Item")
_MISSING: Any = object()
# The persistent id of the term table itself (terms are their integer positions).
_TABLE = "table"
_MAGIC = b"GLOSPAK1"
# Magic, total size of the file, sizes of the two pickles, number of packed buffers; then each one's size.
_HEADER = "<8sQQQQ"


def _pack(values: Iterable[Any], persistent_id: Callable[[Any], Any], chunk: int) -> tuple[bytes, array[int], int]:
    """The values pickled ``chunk`` at a time (a list per chunk), end to end; where each chunk starts (and
    where the last ends); how many values."""
    buffer = io.BytesIO()
    offsets = array("q", [0])
    pickler = _Pickler(buffer, persistent_id)
    pending: list[Any] = []
    count = 0

    def flush() -> None:
        pickler.dump(pending)
        pickler.clear_memo()  # each chunk must read back alone
        offsets.append(buffer.tell())
        pending.clear()

    for value in values:
        pending.append(value)
        count += 1
        if len(pending) == chunk:
            flush()
    if pending:
        flush()
    return buffer.getvalue(), offsets, count


class _Chunks:
    """Values read back a chunk at a time, each chunk the first time one of its values is asked for."""

    def __init__(
        self, blob: bytes | memoryview, offsets: array[int] | memoryview, count: int, chunk: int, unpickle: Callable[[Any], list[Any]]
    ) -> None:
        self.blob = blob
        self.offsets = offsets
        self.count = count
        self.chunk = chunk
        self._unpickle = unpickle
        self._values: list[Any] = [_MISSING] * count
        self._chunks_read = bytearray(len(offsets) - 1)
        self._unread = len(offsets) - 1

    def get(self, position: int) -> Any:
        value = self._values[position]
        if value is _MISSING:
            if position < 0:
                position += self.count
            self._read(position // self.chunk)
            value = self._values[position]
        return value

    def _read(self, chunk_index: int) -> None:
        start, end = self.offsets[chunk_index], self.offsets[chunk_index + 1]
        first = chunk_index * self.chunk
        for position, value in enumerate(self._unpickle(self.blob[start:end]), first):
            if self._values[position] is _MISSING:  # a value another thread read first stays the one
                self._values[position] = value
        if not self._chunks_read[chunk_index]:
            self._chunks_read[chunk_index] = 1
            self._unread -= 1

    @property
    def complete(self) -> bool:
        """Has every value been read?"""
        return self._unread <= 0

    def value_at(self) -> Callable[[int], Any]:
        """The values' own ``__getitem__`` (a C call): for when every value has been read."""
        return self._values.__getitem__

    def all(self) -> list[Any]:
        for chunk_index, read in enumerate(self._chunks_read):
            if not read:
                self._read(chunk_index)
        return list(self._values)

    def read_count(self) -> int:
        return sum(value is not _MISSING for value in self._values)


class _Pickler(pickle.Pickler):
    def __init__(
        self, file: Any, persistent_id: Callable[[Any], Any], buffer_callback: Callable[[Any], Any] | None = None
    ) -> None:
        super().__init__(file, protocol=5, buffer_callback=buffer_callback)
        self._persistent_id = persistent_id

    def persistent_id(self, value: Any) -> Any:
        return self._persistent_id(value)


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: Any, table: TermTable, buffers: Iterable[Any] | None = None) -> None:
        super().__init__(file, buffers=buffers)
        self._table = table
        self._term = table._chunks.get  # one call per term referred to: unpacking a list makes many

    def persistent_load(self, persistent_id: Any) -> Any:
        return self._term(persistent_id) if persistent_id.__class__ is int else self._table


class TermTable(Sequence[Term]):
    """The terms of a term base, read back a chunk at a time on first use; ``ids`` are read at once."""

    CHUNK = 8  # terms are large: a short text reads few, each from a small chunk

    def __init__(self, blob: bytes | memoryview, offsets: array[int] | memoryview, ids: tuple[str, ...]) -> None:
        self._chunks = _Chunks(blob, offsets, len(ids), self.CHUNK, pickle.loads)
        self.ids = ids

    def __len__(self) -> int:
        return self._chunks.count

    @overload
    def __getitem__(self, position: int) -> Term: ...
    @overload
    def __getitem__(self, position: slice) -> tuple[Term, ...]: ...
    def __getitem__(self, position: int | slice) -> Term | tuple[Term, ...]:
        if isinstance(position, slice):
            return tuple(self[index] for index in range(*position.indices(len(self))))
        return self._chunks.get(position)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[Term]:
        return iter(self._chunks.all())

    def unpacked_count(self) -> int:
        """How many terms have been read back so far."""
        return self._chunks.read_count()

    def unpickle(self, data: bytes | memoryview) -> Any:
        """Unpickle ``data``, written by a :class:`Packer`, with its terms taken from this table."""
        if self._chunks.complete:
            # Every term read: each one referred to is a C call, not a Python one (unpacking whole lists).
            # Items refer to terms only (integer ids), never to the table itself.
            unpickler = pickle.Unpickler(io.BytesIO(data))
            unpickler.persistent_load = self._chunks.value_at()  # type: ignore[assignment]
            return unpickler.load()
        return _Unpickler(io.BytesIO(data), self).load()

    def read_all(self) -> None:
        """Read every term back now (before unpacking lists that refer to most of them)."""
        self._chunks.all()

    def __reduce__(self) -> Any:
        return tuple, (tuple(self),)


class PackedItems(Sequence[_Item]):
    """A list whose items are read back a chunk at a time, on first access."""

    CHUNK = 32  # small items (patterns, forms); a list of large ones (lookup's buckets) is packed one by one

    def __init__(
        self,
        table: TermTable,
        blob: bytes | memoryview,
        offsets: array[int] | memoryview,
        count: int,
        refers_to_terms: bool,
        chunk: int = CHUNK,
    ) -> None:
        self._table = table
        self._chunks = _Chunks(blob, offsets, count, chunk, table.unpickle)
        self.refers_to_terms = refers_to_terms
        #: Reads counted by the user, to decide when to unpack them all (the matcher's hot loops).
        self.reads = 0

    def __len__(self) -> int:
        return self._chunks.count

    @overload
    def __getitem__(self, position: int) -> _Item: ...
    @overload
    def __getitem__(self, position: slice) -> list[_Item]: ...
    def __getitem__(self, position: int | slice) -> _Item | list[_Item]:
        if isinstance(position, slice):
            return [self[index] for index in range(*position.indices(len(self)))]
        return self._chunks.get(position)  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[_Item]:
        return iter(self._chunks.all())

    def unpacked(self) -> list[_Item]:
        """Every item, as a list (for code that reads many of them: no call per item)."""
        if self.refers_to_terms:
            self._table.read_all()
        return self._chunks.all()

    def __reduce__(self) -> Any:
        return list, (self.unpacked(),)


class PackedMapping(Mapping[str, _Item], Generic[_Item]):
    """A dict whose keys are read back at once and whose values on first access."""

    def __init__(self, positions: dict[str, int], values: PackedItems[_Item]) -> None:
        self._positions = positions
        self._values = values

    def __getitem__(self, key: str) -> _Item:
        return self._values[self._positions[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __reduce__(self) -> Any:
        return dict, (dict(self.items()),)


class PackedBuckets(Mapping[Any, _Item]):
    """A dict cut into buckets by a hash of the key that does not change between runs; each bucket is
    unpickled when a key in it is first looked up. For large dicts read by key (lookup's indexes)."""

    def __init__(self, size: int, buckets: PackedItems[dict[Any, _Item]]) -> None:
        self._size = size
        self._buckets = buckets

    def __getitem__(self, key: Any) -> _Item:
        return self._buckets[_bucket(key, len(self._buckets))][key]

    def __contains__(self, key: object) -> bool:
        return key in self._buckets[_bucket(key, len(self._buckets))]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._buckets[_bucket(key, len(self._buckets))].get(key, default)

    def __iter__(self) -> Iterator[Any]:
        return (key for bucket in self._buckets for key in bucket)

    def __len__(self) -> int:
        return self._size

    def __reduce__(self) -> Any:
        return dict, (dict(self.items()),)


def _bucket(key: object, count: int) -> int:
    """The bucket of a key (a string or a tuple of strings): CRC-32 of its text, unlike hash() the same in every run."""
    text = key if isinstance(key, str) else "\x1f".join(key) if isinstance(key, tuple) else repr(key)
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % count


class Packer:
    """Writes a value with its terms and chosen lists packed (see the module doc).

    ``packer = Packer(termbase)``; replace large lists in the value with ``packer.items(values)`` and
    dicts with ``packer.mapping(values)``, the term base with ``packer.termbase()``; then
    ``packer.dump(value, file)``. :func:`load` reads it back.
    """

    def __init__(self, termbase: TermBase) -> None:
        self._termbase = termbase
        self._positions = {id(term): position for position, term in enumerate(termbase.terms)}
        blob, offsets, _count = _pack(termbase.terms, lambda value: None, TermTable.CHUNK)
        self.table = TermTable(blob, offsets, tuple(term.id for term in termbase.terms))

    def _persistent_id(self, value: Any) -> Any:
        if value is self.table:
            return _TABLE
        if type(value) is Term:
            position = self._positions.get(id(value))
            if position is None:
                raise ValueError(f"term {value.id!r} is not in the term base being packed")
            return position
        return None

    def items(self, values: Iterable[_Item], *, chunk: int = PackedItems.CHUNK) -> PackedItems[_Item]:
        referred = False

        def persistent_id(value: Any) -> Any:
            nonlocal referred
            found = self._persistent_id(value)
            referred = referred or found is not None
            return found

        blob, offsets, count = _pack(values, persistent_id, chunk)
        return PackedItems(self.table, blob, offsets, count, referred, chunk)

    def mapping(self, values: Mapping[str, _Item]) -> PackedMapping[_Item]:
        return PackedMapping({key: position for position, key in enumerate(values)}, self.items(values.values()))

    def termbase(self) -> TermBase:
        """The term base, its terms in the table (read back one by one)."""
        return TermBase(path=self._termbase.path, terms=self.table)

    def buckets(self, values: Mapping[Any, _Item], *, bucket_size: int = 2000) -> PackedBuckets[_Item]:
        count = max(1, len(values) // bucket_size)
        buckets: list[dict[Any, _Item]] = [{} for _ in range(count)]
        for key, value in values.items():
            buckets[_bucket(key, count)][key] = value
        return PackedBuckets(len(values), self.items(buckets, chunk=1))  # a bucket is already a chunk

    def dump(self, value: Any, file: BinaryIO) -> None:
        """Write the term table, then ``value`` with its terms and packed objects referring to it.

        The packed bytes go after the two pickles, each on an 8-byte boundary, so that :func:`load` can
        map the file and hand them to the objects as they lie on disk.
        """
        buffers: list[pickle.PickleBuffer] = []
        table = io.BytesIO()
        _PackingPickler(table, lambda item: None, buffers).dump(self.table)
        main = io.BytesIO()
        _PackingPickler(main, self._persistent_id, buffers).dump(value)
        raws = [buffer.raw() for buffer in buffers]
        table_size, main_size = len(table.getbuffer()), len(main.getbuffer())
        header_size = struct.calcsize(_HEADER) + 8 * len(raws)
        total = header_size + table_size + main_size
        for raw in raws:
            total += -total % 8 + len(raw)
        file.write(struct.pack(f"{_HEADER}{len(raws)}Q", _MAGIC, total, table_size, main_size, len(raws), *map(len, raws)))
        file.write(table.getbuffer())
        file.write(main.getbuffer())
        written = header_size + table_size + main_size
        for raw in raws:
            file.write(b"\0" * (-written % 8))
            written += -written % 8 + len(raw)
            file.write(raw)


class _PackingPickler(_Pickler):
    def __init__(self, file: Any, persistent_id: Callable[[Any], Any], buffers: list[pickle.PickleBuffer]) -> None:
        super().__init__(file, persistent_id, buffers.append)

    def reducer_override(self, value: Any) -> Any:
        # Packed objects are written as they are, their bytes out of band (their ordinary pickling unpacks them).
        if type(value) is TermTable:
            chunks = value._chunks
            return _table, (pickle.PickleBuffer(chunks.blob), pickle.PickleBuffer(chunks.offsets), value.ids)
        if type(value) is PackedItems:
            chunks = value._chunks
            return _items, (
                value._table,
                pickle.PickleBuffer(chunks.blob),
                pickle.PickleBuffer(chunks.offsets),
                chunks.count,
                value.refers_to_terms,
                chunks.chunk,
            )
        if type(value) is PackedMapping:
            return PackedMapping, (value._positions, value._values)
        if type(value) is PackedBuckets:
            return PackedBuckets, (value._size, value._buckets)
        if type(value) is TermBase and type(value.terms) is TermTable:
            return TermBase, (value.path, value.terms)
        return NotImplemented


def _offsets(buffer: Any) -> memoryview:
    return memoryview(buffer).cast("B").cast("q")


def _table(blob: Any, offsets: Any, ids: tuple[str, ...]) -> TermTable:
    return TermTable(blob, _offsets(offsets), ids)


def _items(table: TermTable, blob: Any, offsets: Any, count: int, refers_to_terms: bool, chunk: int) -> PackedItems[Any]:
    return PackedItems(table, blob, _offsets(offsets), count, refers_to_terms, chunk)


def load(path: str | os.PathLike[str]) -> Any:
    """Read back what :meth:`Packer.dump` wrote to ``path``, mapping the file rather than reading it.

    Only the two pickles are read at once; the packed bytes are paged in as items are asked for. The
    file must not be changed in place while the result is in use (the cache replaces files, never
    rewrites them: a mapping keeps the old file's contents).
    """
    with open(path, "rb") as file:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapped)
    fixed = struct.calcsize(_HEADER)
    magic, total, table_size, main_size, count = struct.unpack_from(_HEADER, view)
    if magic != _MAGIC or total != len(view):  # another kind of file, or truncated, or added to
        raise pickle.UnpicklingError("not a packed pickle, or not a whole one")
    sizes = struct.unpack_from(f"<{count}Q", view, fixed)
    position = fixed + 8 * count
    table_pickle = view[position : position + table_size]
    main_pickle = view[position + table_size : position + table_size + main_size]
    position += table_size + main_size
    buffers = []
    for size in sizes:
        position += -position % 8
        if position + size > len(view):
            raise pickle.UnpicklingError("a packed pickle is truncated")
        buffers.append(view[position : position + size])
        position += size
    remaining = iter(buffers)
    table = pickle.loads(table_pickle, buffers=remaining)
    if not isinstance(table, TermTable):
        raise pickle.UnpicklingError("not a packed pickle: no term table first")
    return _Unpickler(io.BytesIO(main_pickle), table, remaining).load()
