"""Quick "cannot match" tests for the rule patterns, read off the patterns themselves.

Most rule patterns are ``\\b(word|other words...)``: a match starts where a word starts, and the
first letters of that word are fixed by the pattern ("captur", "took", "seiz"...). :func:`first_words`
reads those beginnings (their first :data:`KEY` characters) off the compiled pattern, and
:func:`word_starts` lists the first :data:`KEY` characters of every word of a text in one regex
pass. A pattern none of whose beginnings occurs there cannot match the text, so its search can be
skipped: the gate never changes what a pattern finds, only whether it is run.
"""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

# the regex parser's internals (their names changed in Python 3.11)
_NEW = sys.version_info >= (3, 11)
_c: Any = importlib.import_module("re._constants" if _NEW else "sre_constants")
_p: Any = importlib.import_module("re._parser" if _NEW else "sre_parse")

KEY = 3  # characters of a word's beginning that are compared
_WORD_STARTS = re.compile(rf"\b\w{{1,{KEY}}}")
_WORD_CHAR = re.compile(r"\w")
_LOOKAROUND = (_c.ASSERT, _c.ASSERT_NOT)
# repeats, and atomic groups (possessive repeats and atomic groups are new in Python 3.11)
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))
_ATOMIC_GROUP = getattr(_c, "ATOMIC_GROUP", None)
_NON_WORD_CATEGORIES = (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD)


def fold(text: str) -> str:
    """``text`` in lower case letter for letter (same length, same offsets): a lower-case pattern
    matches it where the pattern would match ``text`` case-insensitively."""
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:  # "İ" lowers to two characters; "ı", "ſ" match i, s
        low = "".join(ch.lower()[0] for ch in text).replace("ı", "i").replace("ſ", "s")
    return low


def _is_word_char(code: int) -> bool:
    return _WORD_CHAR.match(chr(code)) is not None


def _ends_word(op, av) -> bool:
    """Does this item, right after a word's letters, mean the word ends there?"""
    if op is _c.LITERAL:
        return not _is_word_char(av)
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_END, _c.AT_END_STRING)
    if op is _c.IN:
        return bool(av) and all((o is _c.LITERAL and not _is_word_char(v)) or
                                (o is _c.CATEGORY and v in _NON_WORD_CATEGORIES) for o, v in av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        lo, _, sub = av
        return lo >= 1 and len(sub) == 1 and _ends_word(*sub[0])
    return False


def _keys(items: list, acc: str) -> set[str] | None:
    """Beginnings (:data:`KEY` characters, or the whole word when shorter) of the word that a match
    of ``items`` starts, when the match starts a word whose first letters are ``acc``; None if unknown."""
    while items and len(acc) < KEY:
        op, av = items[0]
        rest = items[1:]
        if op is _c.LITERAL and _is_word_char(av):
            acc, items = acc + chr(av), rest
        elif _ends_word(op, av):
            return {acc} if acc else None  # the whole word: "a fire", "s-300"
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            items = list(av[3]) + rest
        elif op in _LOOKAROUND:  # takes no characters: "(?<!salt-)mines?" begins as "mines?" does
            items = rest
        elif op is _c.BRANCH:
            return _union([_keys(list(alt) + rest, acc) for alt in av[1]])
        elif op is _c.IN and av and all(o is _c.LITERAL and _is_word_char(v) for o, v in av):
            return _union([_keys(rest, acc + chr(v)) for _, v in av])
        else:
            break
    return {acc[:KEY]} if len(acc) >= KEY else None


def _union(found: list[set[str] | None]) -> set[str] | None:
    if not found or any(f is None for f in found):
        return None
    return set().union(*found)  # type: ignore[arg-type]


def _starts(items: list) -> set[str] | None:
    """Word beginnings for a pattern whose matches must start at a word start; None otherwise."""
    while items and items[0][0] in _LOOKAROUND:
        items = items[1:]  # lookarounds only narrow the matches
    if not items:
        return None
    op, av = items[0]
    if op is _c.AT and av is _c.AT_BOUNDARY:
        return _keys(items[1:], "")
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return _starts(list(av[3]) + items[1:])
    if op is _c.BRANCH:
        return _union([_starts(list(alt) + items[1:]) for alt in av[1]])
    return None


def first_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Word beginnings (see :func:`word_starts`) one of which the text must have for the
    case-sensitive ``pattern`` to match it; None when the pattern is not of that form."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE):
        return None
    found = _starts(list(_p.parse(pattern.pattern, pattern.flags)))
    return frozenset(found) if found else None


def word_starts(text: str) -> frozenset[str]:
    """The first :data:`KEY` characters of every word of ``text`` (whole words when shorter)."""
    return frozenset(_WORD_STARTS.findall(text))


def has_any(text: str, stems: tuple[str, ...]) -> bool:
    """Does any of ``stems`` occur in ``text``? The same as ``any(s in text for s in stems)``, as a
    plain loop (no generator to make: a third quicker on these short gates)."""
    for stem in stems:
        if stem in text:
            return True
    return False


def _lower_only(items) -> bool:
    """Are all the letters of these parsed pattern items lower case, with no case-sensitive part?"""
    def lower(code: int) -> bool:
        return chr(code).lower() == chr(code)

    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            if not lower(av):
                return False
        elif op is _c.IN:
            for o, v in av:
                if (o is _c.LITERAL and not lower(v)) or \
                        (o is _c.RANGE and not all(lower(x) for x in range(v[0], v[1] + 1))):
                    return False
        elif op is _c.SUBPATTERN:
            if (av[1] | av[2]) & _c.SRE_FLAG_IGNORECASE or not _lower_only(av[3]):
                return False
        elif op is _c.BRANCH:
            if not all(_lower_only(alt) for alt in av[1]):
                return False
        elif op in _REPEATS:
            if not _lower_only(av[2]):
                return False
        elif op in _LOOKAROUND:
            if not _lower_only(av[1]):
                return False
        elif _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
            if not _lower_only(av):
                return False
        elif op not in (_c.AT, _c.ANY, _c.CATEGORY):
            return False  # back-references, conditionals...: not worth reading
    return True


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-insensitive ``pattern`` without IGNORECASE, for a text :func:`fold`-ed once:
    it finds the same matches at the same offsets there as ``pattern`` in the text, quicker (the
    regex engine compares folded characters one by one under IGNORECASE). Only for patterns whose
    letters are all lower case and that never switch IGNORECASE off ("(?-i:[A-Z])")."""
    if not pattern.flags & re.IGNORECASE or not _lower_only(_p.parse(pattern.pattern, pattern.flags)):
        raise ValueError(f"not a lower-case, case-insensitive pattern: {pattern.pattern[:60]}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
