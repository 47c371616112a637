"""Language of a report, per document, from its script and frequent words (no model, no network).

Ukrainian has і ї є ґ and words such as "та", "що", "від"; Russian has ы э ъ ё and "что", "от", "это".
Returns "en", "uk", "ru", "mixed" (English with a Cyrillic part of a fifth or more, either way) or
"und" (undetermined) for text in another script, a long Latin-script text with almost no frequent
English words (German, Polish...), or text with no letters.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_UK_LETTERS = frozenset("іїєґІЇЄҐ")
_RU_LETTERS = frozenset("ыэъёЫЭЪЁ")
_UK_WORDS = frozenset({"та", "що", "від", "як", "це", "також", "його", "її", "вони", "було", "був", "була", "із",
                       "під", "після", "через", "внаслідок", "загинули", "поранено", "області", "ворог", "окупанти"})
_RU_WORDS = frozenset({"что", "от", "это", "также", "его", "ее", "они", "было", "был", "была", "из", "под", "после",
                       "в результате", "погибли", "ранены", "области", "как", "и"})
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """"en", "uk", "ru", "mixed" or "und" for ``text`` (see the module's rules)."""
    if text.isascii():  # the common case, decided without counting letters
        return "en" if _LATIN.search(text) and _english(text) else "und"
    latin = len(_LATIN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    letters = len(_LETTER.findall(text))
    if letters == 0 or (latin + cyrillic) < letters / 2:
        return "und"
    if cyrillic == 0:
        return "en" if _english(text) else "und"
    if latin and min(latin, cyrillic) >= (latin + cyrillic) / 5:
        return "mixed"
    if cyrillic < latin:
        return "en"
    return cyrillic_language(text)


_EN_WORDS = frozenset({"the", "of", "and", "in", "to", "a", "was", "were", "is", "are", "on", "at", "by", "for",
                       "with", "from", "that", "said", "has", "have", "had", "been", "after", "killed", "people"})
_EN_WORDS_ASCII = frozenset(w.encode() for w in _EN_WORDS)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# ASCII letters lower-cased, every other byte a space: an ASCII text's [A-Za-z]+ words by bytes.split()
_LETTERS_LOWER = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha() else 0x20 for c in range(256))
_URL = re.compile(r"\S+://\S+|www\.\S+")


def _english(text: str) -> bool:
    """A Latin-script text is English unless it is long (20 words or more) and almost none of its
    words are frequent English ones (German, Polish, Romanian... reports)."""
    if "://" in text or "www." in text:
        text = _URL.sub(" ", text)
    words: list[str] | list[bytes]
    frequent: frozenset[str] | frozenset[bytes]
    if text.isascii():  # its words lower-cased by one translation (a quarter of the time of the regex)
        words, frequent = text.encode("ascii").translate(_LETTERS_LOWER).split(), _EN_WORDS_ASCII
    else:
        words, frequent = [w.lower() for w in _LATIN_WORD.findall(text)], _EN_WORDS
    if len(words) < 20:
        return True
    need, found = len(words) / 25, 0
    for word in words:  # stop as soon as enough frequent words are seen
        if word in frequent:
            found += 1
            if found >= need:
                return True
    return False


def cyrillic_language(text: str) -> str:
    """"uk" or "ru" for a Cyrillic text: distinctive letters, then frequent words."""
    uk = sum(ch in _UK_LETTERS for ch in text)
    ru = sum(ch in _RU_LETTERS for ch in text)
    words = [w.lower() for w in _WORD.findall(text)]
    uk += 2 * sum(w in _UK_WORDS for w in words)
    ru += 2 * sum(w in _RU_WORDS for w in words)
    return "ru" if ru > uk else "uk"
