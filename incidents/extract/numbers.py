"""Counts written in digits or words, with ACLED's conventions for vague counts."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "couple": 2, "pair": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
# a count of two to ten, or in figures, as a pattern ("one of the two wounded", "one of the four wounded")
FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# ordinal words, as days of the month ("the fifth of December") and as one more ("a third was wounded")
ORDINALS = {w: i for i, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
     "twentieth"], 1)}
ORDINALS.update({f"twenty{sep}{w}": 20 + i for sep in ("-", " ") for w, i in list(ORDINALS.items())[:9]})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
# ACLED codebook conventions for vague reports of fatalities
VAGUE = {"several": 10, "many": 10, "numerous": 10, "scores": 20, "dozens": 12, "dozen": 12, "hundreds": 100,
         "a few": 3, "few": 3, "a dozen": 12, "a number of": 10, "tens": 10}

_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def word_number(token: str) -> int | None:
    """Value of one token: "4", "1,200", "four", "twenty-one", "dozen"; None if not a number."""
    t = token.lower().strip(".,;:()")
    if _NUMBER.match(t):
        return int(t.replace(",", ""))
    if t in UNITS:
        return UNITS[t]
    if t in TENS:
        return TENS[t]
    if "-" in t:
        a, _, b = t.partition("-")
        if a in TENS and b in UNITS and UNITS[b] < 10:
            return TENS[a] + UNITS[b]
    if t in VAGUE:
        return VAGUE[t]
    return None


# qualifier -> how the stated number N bounds the count: (low, high) as multipliers of "N" or None
# (unknown). "at least N" = N..?, "up to N" = ?..N, "about N" = ?..?; the best estimate is N.
QUALIFIERS = (
    (("at", "least"), "low"), (("no", "fewer", "than"), "low"), (("no", "less", "than"), "low"),
    (("more", "than"), "low"), (("over",), "low"), (("upwards", "of"), "low"),
    (("up", "to"), "high"), (("as", "many", "as"), "high"), (("at", "most"), "high"), (("nearly",), "high"),
    (("almost",), "high"), (("fewer", "than"), "high"), (("less", "than"), "high"), (("under",), "high"),
    (("about",), "none"), (("around",), "none"), (("some",), "none"), (("roughly",), "none"),
    (("approximately",), "none"), (("an", "estimated"), "none"), (("estimated",), "none"),
    (("another",), "exact"), (("a", "further"), "exact"), (("further",), "exact"), (("more",), "exact"),
)


def _by_first_word(qualifiers: tuple) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The qualifiers that start with each word, in their order (a count's first word picks a few)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for q, kind in qualifiers:
        out.setdefault(q[0], []).append((q, kind))
    return out


_QUALIFIERS_BY_FIRST = _by_first_word(QUALIFIERS)


def read_range(tokens: list[str], i: int) -> tuple[int | None, int, int | None, int] | None:
    """Count starting at ``tokens[i]`` -> (low, best, high, tokens used); low/high None when the text
    leaves that side open. See :mod:`incidents.extract.casualties` for the rules."""
    n = len(tokens)
    j = i
    lower = [t.lower().strip(".,;:()") for t in tokens[i:i + 4]]
    bound = "exact"
    for q, kind in _QUALIFIERS_BY_FIRST.get(lower[0] if lower else "", ()):
        if tuple(lower[: len(q)]) == q and len(lower) > len(q):
            if q == ("more",) and lower[1] != "than":
                continue
            j += len(q)
            bound = kind
            break
    if j >= n:
        return None
    t = tokens[j].lower().strip(".,;:()")
    vague = False
    if t == "a" and j + 1 < n:
        nxt = tokens[j + 1].lower().strip(".,;:()")
        if nxt in ("dozen", "few", "couple", "handful"):
            vague_value = VAGUE["a dozen"] if nxt == "dozen" else 3 if nxt in ("few", "handful") else 2
            exact = vague_value if nxt == "couple" else None
            return exact, vague_value, exact, j + 2 - i
        if nxt == "number" and j + 2 < n and tokens[j + 2].lower() == "of":
            return None, VAGUE["a number of"], None, j + 3 - i
    value = word_number(t)
    if value is None:
        return None
    vague = t in VAGUE
    used = j + 1
    if t in TENS and used < n:
        unit = word_number(tokens[used])
        if unit is not None and 0 < unit < 10 and tokens[used].lower() in UNITS:
            value += unit
            used += 1
    if used < n and tokens[used].lower().strip(".,") in ("hundred", "thousand"):
        value *= 100 if tokens[used].lower().startswith("hundred") else 1000
        used += 1
    if vague:
        return None, value, None, used - i
    low = value if bound in ("exact", "low") else None
    high = value if bound in ("exact", "high") else None
    return low, value, high, used - i


def read_count(tokens: list[str], i: int) -> tuple[int, int] | None:
    """Count starting at ``tokens[i]`` -> (value, tokens used). Handles "at least 5", "up to 7",
    "more than 10", "a dozen", "dozens of", "twenty one", "hundred"."""
    found = read_range(tokens, i)
    return None if found is None else (found[1], found[3])


# words a count can start with (a cheap filter before :func:`read_count`)
COUNT_STARTS = frozenset(UNITS) | frozenset(TENS) | frozenset(VAGUE) | {
    "at", "up", "more", "over", "nearly", "almost", "about", "around", "some", "roughly", "approximately",
    "as", "another", "further", "no", "upwards", "fewer", "less", "under", "an", "estimated"}


# "the oblast daily tally of three dead", "our count for the district in August stands at eleven dead": a tally over
# many attacks, no one attack's toll and no attack of its own (lower case: the patterns that use it fold the text)
TALLY_OVER_TIME = (r"(?:daily|weekly|monthly|annual|yearly)\s+(?:tally|total|count|toll|figures?)|"
                   r"(?:tally|total|count)\s+for\s+[^.;,]{0,40}?\bin\s+(?:january|february|march|april|may|june|"
                   r"july|august|september|october|november|december)\b(?!\s+\d)")
