"""Cyrillic to Latin transliteration in the schemes war reporting uses.

``ukrainian`` follows the Ukrainian national system (KMU 2010, Kharkiv, Zaporizhzhia);
``russian`` follows BGN/PCGN for Russian (Kharkov, Zaporozh'ye -> Zaporozhye, Artemovsk).
Both take lower-case text and return lower-case ASCII; other characters pass through.
"""

from __future__ import annotations

import re

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    # Russian letters that appear in mixed spellings
    "ы": "y", "э": "e", "ъ": "", "ё": "e",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Ukrainian letters read the Russian way
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": "",
}
_VOWELS = set("аеёиоуыэюяіїєaeiouy")


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """True if ``text`` contains any Cyrillic letter."""
    return not text.isascii() and _CYRILLIC.search(text) is not None


def ukrainian(text: str) -> str:
    """Transliterate Ukrainian Cyrillic with the KMU 2010 rules (initial є/ї/й/ю/я as ye/yi/y/yu/ya)."""
    out = []
    prev = " "
    for ch in text:
        if prev in " -" and ch in _UK_INITIAL:
            out.append(_UK_INITIAL[ch])
        elif ch == "г" and prev == "з":
            out.append("gh")  # зг -> zgh, as the standard asks
        else:
            out.append(_UK.get(ch, ch))
        prev = ch
    return "".join(out)


def russian(text: str) -> str:
    """Transliterate Russian Cyrillic with BGN/PCGN rules (е as ye after a vowel, soft sign or start)."""
    out = []
    prev = " "
    for ch in text:
        if ch == "е" and (prev in _VOWELS or prev in " -ьъ"):
            out.append("ye")
        else:
            out.append(_RU.get(ch, ch))
        prev = ch
    return "".join(out)
