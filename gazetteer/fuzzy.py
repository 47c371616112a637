"""Typo tolerance: edit-distance search (rapidfuzz) over folded name keys, with a budget scaled by length.

Keys are compared as skeletons with Russian "g" folded into Ukrainian "h" (Bilogorivka/Bilohorivka),
so a typo is counted once, not once per transliteration difference.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .normalize import skeleton

if TYPE_CHECKING:
    import numpy.typing as npt

# (shortest length, edits allowed): "Melitopl" (8) may lose one letter, "Huliaipiole" (11) two
EDIT_BUDGET = ((14, 3), (8, 2), (5, 1))
# Russian and Ukrainian spellings of the same ending: "-skoye"/"-ske", "-oye"/"-e", "-aya"/"-a"
# (and the o or e Ukrainian turns to i before "-vske": "Novotoshkovskoye"/"Novotoshkivske", tried after "-ske")
ENDINGS = (("skoye", "ske"), ("skoe", "ske"), ("ovskoye", "ivske"), ("ovskoe", "ivske"), ("evskoye", "ivske"),
           ("evskoe", "ivske"), ("skaya", "ska"), ("skiy", "skyi"), ("skii", "skyi"),
           ("ovo", "ove"), ("evo", "eve"), ("ino", "yne"), ("oye", "e"), ("oe", "e"), ("aya", "a"),
           ("yy", "yi"), ("iy", "yi"), ("ye", "e"), ("ka", "ka"))


# the deletion index's hashes are bucketed by their top 18 bits (runs of about seven hashes)
_SHIFT = 46
_HALF = 1 << 17
_FOLDS: dict[str, str] = {}  # recent keys' folds: a typo is folded by each step of its search
_FOLDS_MAX = 50_000


def fold(key: str) -> str:
    """The key fuzzy search compares: the skeleton with g folded into h."""
    found = _FOLDS.get(key)
    if found is None:
        if len(_FOLDS) >= _FOLDS_MAX:
            _FOLDS.clear()
        found = _FOLDS[key] = skeleton(key).replace("g", "h")
    return found


def budget(key: str) -> int:
    """Edits allowed for a query of this length (0 below five letters: too many short names)."""
    n = len(key.replace(" ", ""))
    for length, edits in EDIT_BUDGET:
        if n >= length:
            return edits
    return 0


def ending_variants(key: str) -> list[str]:
    """Other spellings of the ending ("Novoselovskoye" -> "novoselovske")."""
    out = []
    for old, new in ENDINGS:
        if old != new and key.endswith(old) and len(key) - len(old) >= 3:
            out.append(key[: -len(old)] + new)
    return out


def bucket_keys(keys: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """Folded keys grouped by first letter and length, so a search reads only the plausible ones."""
    out: dict[tuple[str, int], list[str]] = {}
    get = out.get
    for k in keys:
        bucket = (k[:1], len(k))
        found = get(bucket)
        if found is None:
            out[bucket] = [k]
        else:
            found.append(k)
    return out


def _swaps(key: str) -> Iterator[str]:
    """The key with two neighbouring letters swapped, at each place they differ."""
    for i in range(len(key) - 1):
        if key[i] != key[i + 1]:
            yield key[:i] + key[i + 1] + key[i] + key[i + 2:]


def _deletions(key: str) -> Iterator[str]:
    """The key and every spelling of it with one letter left out."""
    yield key
    for i in range(len(key)):
        yield key[:i] + key[i + 1:]


class NearKeys:
    """Every key within one edit of a query, found by a deletion index (SymSpell's idea with one
    letter left out on each side: a dropped, added, changed or swapped letter leaves a common
    spelling). The deletions are kept as hashes in one sorted array, so a lookup is a dozen binary
    searches (each over the few hashes that share its top bits) instead of a scan of every key of
    the same length. (numpy is imported here, on the first typo, not with the gazetteer: it is a
    third of a fresh process's load time.)"""

    def __init__(self, keys: Iterable[str]) -> None:
        import numpy as np

        self.keys = list(keys)
        hashes = np.fromiter((hash(d) for k in self.keys for d in _deletions(k)), dtype=np.int64)
        owners: npt.NDArray[np.int32] = np.repeat(np.arange(len(self.keys), dtype=np.int32),
                           np.fromiter((len(k) + 1 for k in self.keys), dtype=np.int64, count=len(self.keys)))
        order = np.argsort(hashes, kind="stable")
        hashes = hashes[order]
        # memoryviews: bisect reads single items from them faster than numpy calls over a dozen probes
        self._hashes, self._owners = memoryview(hashes), memoryview(owners[order])
        # where each run of hashes with the same top bits starts: a probe bisects a few entries, not them all
        starts: npt.NDArray[np.intp] = np.searchsorted(hashes >> _SHIFT, np.arange(-_HALF, _HALF + 1))
        self._starts = memoryview(starts)
        # membership: the table itself when it is one (the typo table, half a million keys), else a set
        self._known = keys if isinstance(keys, Mapping | AbstractSet) else frozenset(self.keys)

    def __contains__(self, key: object) -> bool:
        return key in self._known

    def within_one(self, f: str) -> list[str]:
        """Keys at most one edit (optimal string alignment) from the folded query, in table order."""
        hashes, owners, starts = self._hashes, self._owners, self._starts
        ids: set[int] = set()
        for h in set(map(hash, _deletions(f))):
            t = (h >> _SHIFT) + _HALF
            end = starts[t + 1]
            a = bisect_left(hashes, h, starts[t], end)
            b = bisect_right(hashes, h, a, end)
            if a < b:
                ids.update(owners[a:b])
        keys = self.keys
        return [keys[i] for i in sorted(ids) if OSA.distance(f, keys[i], score_cutoff=1) <= 1]


class PoolSpellings:
    """Every folded spelling of each place of the first ``size`` rows as numbers (each place's spellings
    from the typo table in its order, or the fold of its own name when the table lacks it), so that the
    spellings of a pool of places that begin with one letter come out of a few numpy calls, each once and
    in the order the places give them (a pass in Python over an oblast's thousands of places takes
    milliseconds, and most pools are searched once or twice)."""

    def __init__(self, table: Mapping[str, int | tuple[int, ...]], size: int, own: Callable[[int], str]) -> None:
        import numpy as np

        self.size = size
        self.keys = list(table)  # a spelling's number: its place in the table, then the folds the table lacks
        owners: list[int] = []
        spelt: list[int] = []
        for i, rows in enumerate(table.values()):
            if isinstance(rows, int):
                owners.append(rows)
                spelt.append(i)
            else:
                owners += rows
                spelt += [i] * len(rows)
        row = np.array(owners, dtype=np.int64)
        num = np.array(spelt, dtype=np.int64)
        kept = row < size
        row, num = row[kept], num[kept]
        # the places the table lacks: their own fold, numbered after the table's keys unless the table has it
        unlisted = np.flatnonzero(np.bincount(row, minlength=size) == 0)
        numbers = {k: i for i, k in enumerate(self.keys)}
        extra = [numbers.setdefault(own(r), len(numbers)) for r in unlisted.tolist()]
        self.keys += list(numbers)[len(self.keys):]
        row = np.concatenate((row, unlisted))
        num = np.concatenate((num, np.array(extra, dtype=np.int64)))
        order = np.argsort(row, kind="stable")  # by place, each place's spellings in table order
        self._ids = num[order]
        self._starts: npt.NDArray[np.intp] = np.searchsorted(row[order], np.arange(size + 1))
        self._first = np.array([ord(k[0]) if k else -1 for k in self.keys], dtype=np.int64)
        self._lengths = np.array([len(k) for k in self.keys], dtype=np.int64)
        self._unlisted: npt.NDArray[np.bool_] = np.zeros(size, dtype=bool)
        self._unlisted[unlisted] = True

    def buckets(self, pool: Sequence[int], letter: str | None) -> tuple[dict[tuple[str, int], tuple[str, ...]],
                                                                        dict[str, list[int]]] | None:
        """The spellings of the places of ``pool`` (only those that begin with ``letter``, unless it is
        None) by first letter and length (each bucket in the order the places give them, each spelling
        once), and the spellings of the places the typo table lacks with their rows; None when a row of
        the pool is beyond the table."""
        import numpy as np

        rows = np.fromiter(pool, dtype=np.int64, count=len(pool))
        if len(rows) and (int(rows.min()) < 0 or int(rows.max()) >= self.size):
            return None
        keys = self.keys
        unlisted: dict[str, list[int]] = {}
        for r in rows[self._unlisted[rows]].tolist():
            unlisted.setdefault(keys[self._ids[self._starts[r]]], []).append(r)
        if letter is not None and len(letter) != 1:
            return {}, unlisted
        starts = self._starts[rows]
        counts = self._starts[rows + 1] - starts
        # where each spelling of the pool's places lies in the flat table, the places in pool order
        at = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(int(counts.sum()))
        ids = self._ids[at]
        if letter is not None:
            ids = ids[self._first[ids] == ord(letter)]
        ids = ids[np.sort(np.unique(ids, return_index=True)[1])]  # each spelling where it first comes
        bucket = (self._first[ids] << 20) + self._lengths[ids]
        order = np.argsort(bucket, kind="stable")
        cuts = (np.flatnonzero(np.diff(bucket[order])) + 1).tolist()
        ordered = ids[order].tolist()
        out: dict[tuple[str, int], tuple[str, ...]] = {}
        if not ordered:
            return out, unlisted
        for a, b in zip([0, *cuts], [*cuts, len(ordered)], strict=True):
            spellings = tuple(map(keys.__getitem__, ordered[a:b]))
            out[(spellings[0][:1], len(spellings[0]))] = spellings
        return out, unlisted


def closest(key: str, near: NearKeys, keep: Callable[[str], bool],
            one_edit: Callable[[str], Iterable[str]] | None = None) -> list[str]:
    """The kept keys one edit or less from ``key`` with the same first letter (all those at the
    smallest distance): the common typo, answered from the deletion index without a scan.
    ``one_edit`` stands in for :meth:`NearKeys.within_one` when it finds every kept key of the
    same first letter one edit or less from the folded key (more keys do no harm)."""
    if budget(key) <= 0:
        return []
    f = fold(key)
    close = [k for k in (one_edit or near.within_one)(f) if k[:1] == f[:1] and keep(k)]
    if not close and budget(key) == 1:
        # two letters swapped across a folded spelling ("Toretks": "toretsk" folds to "toreck", two edits
        # from "toretks"): swap back, fold, and look the result up (longer names: the two-edit search)
        close = [k for k in dict.fromkeys(fold(s) for s in _swaps(key)) if k in near and k[:1] == f[:1] and keep(k)]
    if len(close) < 2:
        return close
    dists = [OSA.distance(f, k) for k in close]
    least = min(dists)
    return [k for k, d in zip(close, dists, strict=True) if d == least]


def within_one(f: str, buckets: Mapping[tuple[str, int], Sequence[str]]) -> list[str]:
    """The keys of the buckets (by first letter and length) one edit or less from the folded key
    ``f`` with its first letter: a scan of three buckets, for a few thousand keys cheaper than the
    deletion index."""
    out: list[str] = []
    for n in (len(f) - 1, len(f), len(f) + 1):
        choices = buckets.get((f[:1], n))
        if choices:
            out += [c for c, _, _ in process.extract(f, choices, scorer=OSA.distance, score_cutoff=1, limit=None)]
    return out


def search(key: str, buckets: Mapping[tuple[str, int], Sequence[str]]) -> tuple[list[str], int]:
    """:func:`best_matches` over the buckets that can hold a match (same first letter, length
    within the edit budget: a typo in the first letter is rare enough to miss)."""
    limit = budget(key)
    if limit <= 0:
        return [], 0
    f = fold(key)
    best: list[str] = []
    least = limit + 1
    for n in range(len(f) - limit, len(f) + limit + 1):
        choices = buckets.get((f[:1], n))
        if not choices:
            continue
        for choice, dist, _ in process.extract(f, choices, scorer=OSA.distance, score_cutoff=min(limit, least),
                                               limit=12):
            if dist < least:
                best, least = [choice], dist
            elif dist == least:
                best.append(choice)
    return best, (least if best else 0)


def best_matches(key: str, choices: Sequence[str], edits: int | None = None) -> tuple[list[str], int]:
    """The closest folded choices within the edit budget (all those at the smallest distance; a
    swap of two letters counts as one edit), and that distance."""
    limit = budget(key) if edits is None else edits
    if limit <= 0 or not choices:
        return [], 0
    found = process.extract(fold(key), choices, scorer=OSA.distance, score_cutoff=limit, limit=12)
    if not found:
        return [], 0
    least = min(f[1] for f in found)
    return [f[0] for f in found if f[1] == least], int(least)
