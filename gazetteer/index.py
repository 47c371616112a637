"""The on-disk index: column arrays of places plus lookup tables, pickled in one file.

The file holds four pickles in a row: the core (loaded at open), the skeleton table (loaded on the
first spelling miss), the world tier (towns outside the loaded dumps that collide with no core
name, loaded on the first miss) and the typo table (folded spellings -> rows, loaded on the first
typo). It is written atomically (temporary file + rename), so an
interrupted build leaves the previous index usable, and a reader keeps its file open so a rebuild
under it does not mix two indexes.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import IndexMissingError, IndexOutdatedError, SourceError

FORMAT_VERSION = 8
NUMERIC = {"gid": "q", "lat": "d", "lon": "d", "pop": "q", "prior": "d", "border_ru": "f", "border_by": "f",
           "front": "f"}
COLUMNS = ("gid", "name", "lat", "lon", "fclass", "fcode", "cc", "admin1", "admin2", "pop", "source",
           "prior", "border_ru", "border_by", "front", "pkey", "pskel")


def as_rows(value: int | tuple[int, ...] | None) -> tuple[int, ...]:
    """Lookup tables store a single row as a bare int to save space; this undoes that."""
    if value is None:
        return ()
    return (value,) if isinstance(value, int) else value


def settle() -> None:
    """Move the objects alive now (the index's millions of tuples and dicts, which live as long as the
    process) out of the garbage collector's sight: otherwise every full collection walks them all,
    a sixth of the time of a batch of queries."""
    gc.freeze()


@dataclass
class Index:
    """Places as parallel columns (row ``i`` is one place) and the lookup tables over them."""

    gid: array = field(default_factory=lambda: array("q"))
    name: list[str] = field(default_factory=list)
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    fclass: list[str] = field(default_factory=list)
    fcode: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # "UA.21"
    admin2: list[str] = field(default_factory=list)  # "UA.21.5908"
    pop: array = field(default_factory=lambda: array("q"))
    source: list[str] = field(default_factory=list)
    prior: array = field(default_factory=lambda: array("d"))
    border_ru: array = field(default_factory=lambda: array("f"))
    border_by: array = field(default_factory=lambda: array("f"))
    front: array = field(default_factory=lambda: array("f"))  # km to the nearest front line (UA places)
    pkey: list[str] = field(default_factory=list)  # normalised primary name
    pskel: list[str] = field(default_factory=list)  # its skeleton
    names: dict = field(default_factory=dict)  # key -> row or tuple of rows, best prior first
    world_names: dict = field(default_factory=dict)  # same, for world-tier rows (lazy)
    admin1_names: dict[str, str] = field(default_factory=dict)
    admin2_names: dict[str, str] = field(default_factory=dict)
    admin1_rows: dict[str, int] = field(default_factory=dict)  # region code -> row of its area
    admin2_rows: dict[str, int] = field(default_factory=dict)
    region_keys: dict[str, str] = field(default_factory=dict)  # "kharkov" -> "UA.07"
    region_border: dict[str, str] = field(default_factory=dict)  # "UA.21" -> "ru"
    district_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    area_keys: dict[str, tuple[int, ...]] = field(default_factory=dict)  # skeleton -> raion/hromada/section rows
    sections: set[int] = field(default_factory=set)  # rows that are parts of a city
    anchor_keys: dict[str, int] = field(default_factory=dict)  # prominent places named in context
    preferred: dict[str, int] = field(default_factory=dict)  # former names -> the place news means
    meta: dict = field(default_factory=dict)
    core_size: int = 0

    def __post_init__(self) -> None:
        self._skeletons: dict | None = None
        self._world_loaded = True
        self._fh: BinaryIO | None = None
        self._offsets: tuple[int, int, int] = (0, 0, 0)
        self._fuzzy: dict | None = None

    def anchor_first_words(self) -> dict[str, frozenset[int]]:
        """First words of the prominent names, each with the lengths in words of the names it starts
        (a text's other words cannot start one)."""
        firsts = getattr(self, "_anchor_first", None)
        if firsts is None:
            sizes: dict[str, set[int]] = {}
            for k in self.anchor_keys:
                words = k.split(" ")
                sizes.setdefault(words[0], set()).add(len(words))
            firsts = self._anchor_first = {w: frozenset(n) for w, n in sizes.items()}
        return firsts

    def __len__(self) -> int:
        return len(self.gid)

    # lazy parts ------------------------------------------------------------------------------
    @property
    def skeletons(self) -> dict:
        """Looser spelling keys -> rows (loaded on first use)."""
        if self._skeletons is None:
            self._skeletons = self._read_part(self._offsets[0])
        return self._skeletons

    @property
    def fuzzy(self) -> dict:
        """Folded spellings (fuzzy.fold) of core names -> rows, best prior first (loaded on first use)."""
        if self._fuzzy is None:
            self._fuzzy = self._read_part(self._offsets[2])
        return self._fuzzy

    def ensure_world(self) -> None:
        """Append the world tier (towns outside the loaded dumps) to the columns, once."""
        if self._world_loaded:
            return
        state = self._read_part(self._offsets[1])
        for name in COLUMNS:
            getattr(self, name).extend(state[name])
        self.world_names = state["world_names"]
        self._world_loaded = True

    def _read_part(self, offset: int):
        if self._fh is None:
            return {}
        self._fh.seek(offset)
        part = pickle.load(self._fh)  # noqa: S301 - our own cache file
        settle()
        return part

    # writing ---------------------------------------------------------------------------------
    def save(self, path: Path, skeletons: dict, world: dict, fuzzy: dict | None = None) -> None:
        """Write core, skeletons, typo table and world tier atomically into one file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        parts = [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for p in (skeletons, world, fuzzy or {})]
        header_guess = pickle.dumps((FORMAT_VERSION, 0, 0, 0, state), protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                # offsets are stored in the header; re-dump until the header size is stable
                size = len(header_guess)
                while True:
                    header = pickle.dumps((FORMAT_VERSION, size, size + len(parts[0]),
                                           size + len(parts[0]) + len(parts[1]), state),
                                          protocol=pickle.HIGHEST_PROTOCOL)
                    if len(header) == size:
                        break
                    size = len(header)
                fh.write(header)
                for part in parts:
                    fh.write(part)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> Index:
        """Open an index written by :meth:`save`; the lazy parts are read from the same open file."""
        try:
            fh = open(path, "rb")
        except FileNotFoundError as exc:
            raise IndexMissingError(f"{path}: no gazetteer index; run 'incident-map gazetteer build'") from exc
        try:
            header = pickle.load(fh)  # noqa: S301 - our own cache file
            version, state = header[0], header[-1]
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError) as exc:
            fh.close()
            raise SourceError(f"{path}: unreadable gazetteer index ({exc}); rebuild it") from exc
        if version != FORMAT_VERSION:
            fh.close()
            raise IndexOutdatedError(f"{path}: index format {version}, expected {FORMAT_VERSION}; rebuild it "
                                     "(incident-map gazetteer build)")
        skel_at, world_at, fuzzy_at = header[1:4]
        index = cls.__new__(cls)
        index.__dict__.update(state)
        index._skeletons = None
        index._world_loaded = False
        index._fh = fh
        index._offsets = (skel_at, world_at, fuzzy_at)
        index._fuzzy = None
        settle()
        return index
