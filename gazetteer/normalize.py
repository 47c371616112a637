"""Text normalisation for place names: one key per spelling, plus a looser "skeleton" key.

``normalize`` folds case, Latin diacritics, apostrophe styles, hyphens and possessives, and keeps
Cyrillic letters (so Ukrainian and Russian spellings stay distinct keys). ``skeleton`` collapses
transliteration differences (kh/h, y/i/j, doubled letters) for a second, looser lookup.
"""

from __future__ import annotations

import re
import unicodedata

from .translit import has_cyrillic

_APOSTROPHES = "'’ʼ`´‘ʹʻ\u02bc\u2032"
_DASHES = "-‐‑‒–—―_/"


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x00C0, 0x0250):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base and base != ch and base.isascii():
            table[code] = base.lower()
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("ø"): "o", ord("ł"): "l", ord("đ"): "d",
                  ord("ı"): "i", ord("ё"): "е", ord("Ё"): "е"})
    for ch in _APOSTROPHES:
        table[ord(ch)] = None
    for ch in _DASHES:
        table[ord(ch)] = " "
    for ch in ".,;:!?()[]{}\"«»“”„<>|\t\n\r":
        table[ord(ch)] = " "
    return table


_TABLE = _build_table()


def _ascii_table() -> tuple[bytes, bytes]:
    """:data:`_TABLE` for ASCII text, as a bytes.translate table and the bytes it deletes (several
    times faster than str.translate)."""
    table = bytearray(range(128)) + bytes(128)
    delete = bytearray()
    for code, to in _TABLE.items():
        if code < 128:
            if to is None:
                delete.append(code)
            else:
                assert len(to) == 1 and to.isascii()
                table[code] = ord(to)
    return bytes(table), bytes(delete)


_ASCII_TABLE, _ASCII_DELETE = _ascii_table()
_POSSESSIVE = re.compile(r"[’'ʼ`]s\b", re.IGNORECASE)


def normalize(text: str) -> str:
    """Return the lookup key for ``text``: lower case, no diacritics/apostrophes, single spaces."""
    if text.isascii():
        if text.isalpha():  # one plain word: nothing to fold but case
            return text.lower()
        if ("'" in text or "`" in text) and ("s" in text or "S" in text):
            text = _POSSESSIVE.sub("", text)
        key = text.lower().encode().translate(_ASCII_TABLE, _ASCII_DELETE).decode()
    else:
        if "s" in text or "S" in text:
            text = _POSSESSIVE.sub("", text)
        key = text.lower().translate(_TABLE)
    if "  " in key or key[:1] == " " or key[-1:] == " ":
        key = " ".join(key.split())  # runs of white space as one space, none at the ends
    return key


_SKELETON_RULES = [
    ("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
    ("tz", "c"), ("w", "v"), ("y", "i"), ("j", "i"), ("ye", "e"), ("ie", "e"), ("x", "h"),
]
_DOUBLE = re.compile(r"(.)\1+")


def _first_letter(m: re.Match[str]) -> str:
    return m.group(1)


_SKELETONS: dict[str, str] = {}  # recent keys' skeletons: a query's key is skeletonised by several lookups
_SKELETONS_MAX = 100_000


def skeleton(key: str) -> str:
    """Collapse transliteration variants of a normalised key (Kupiansk/Kupyansk/Kupjansk)."""
    found = _SKELETONS.get(key)
    if found is not None:
        return found
    loose = key
    for old, new in _SKELETON_RULES:
        if old in loose:
            loose = loose.replace(old, new)
    if _DOUBLE.search(loose) is not None:  # a function, not r"\1": a template is expanded in Python per match
        loose = _DOUBLE.sub(_first_letter, loose)
    loose = loose.replace(" ", "")
    if len(_SKELETONS) >= _SKELETONS_MAX:
        _SKELETONS.clear()
    _SKELETONS[key] = loose
    return loose


# the feminine forms an oblast takes (the masculine ones are raions: "Запорізького району")
_CYR_K_ENDINGS = ("ької", "ькій", "ькою", "ьку", "ька", "кой", "кая", "кую")
_CYR_ENDINGS = ("щини", "щині", "щину", "щина", "ської", "ській", "ською", "ську", "ська", "ський",
                "ского", "ской", "ская", "ский", "скую", "ском", "ськ", "ск")


def cyrillic_stems(key: str) -> list[str]:
    """Stems of a Cyrillic region name, so "Сумській області" and "Сумщина" both find Sumy."""
    if not has_cyrillic(key):
        return []
    word = key.split(" ")[0]
    for ending in _CYR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return [word[: -len(ending)]]
    for ending in _CYR_K_ENDINGS:  # "Донецької", "Донецкой": the "-цьк-" / "-цк-" belongs to the stem
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return [word[: -len(ending)] + ending[: ending.index("к") + 1]]
    return [word[:-1]] if len(word) > 4 and word[-1] in "аиіуяоєї" else []


_LATIN_DISTRICT_ENDINGS = ("skyi", "skyy", "skiy", "skyj", "ski", "sky", "ska", "ckyi", "zkyi")


def district_stems(base: str) -> list[str]:
    """"Pokrovskyi" -> "pokrovsk", "Bakhmutskyi" -> "bakhmut", so "Pokrovsk district" matches."""
    out = []
    for ending in _LATIN_DISTRICT_ENDINGS:
        if base.endswith(ending):
            stem = base[: -len(ending)]
            out += [stem, stem + "s", stem + "sk"]
            if stem.endswith(("yn", "in")):  # "Shostkynskyi" -> "Shostka": a town in -a takes -ynskyi
                out.append(stem[:-2] + "a")
            break
    out += cyrillic_stems(base)
    return [s for s in out if len(s) >= 3]
