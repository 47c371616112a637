"""Lemmas of Ukrainian and Russian words (pymorphy3 with its ``uk`` and ``ru`` dictionaries).

Place names in Cyrillic text are declined ("у Запоріжжі", "по Лисичанску", "Брянской области");
the index holds them in the nominative. :func:`lemmas` gives the nominative forms the analyser
proposes for a word, most likely first; the caller keeps those the index knows, so a rare village
the dictionary lacks is still found through the analyser's guess from its ending. Analysers load
once per process and language (well under a second); results are cached per word.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

LANGS = ("uk", "ru")


@cache
def analyser(lang: str) -> Any:
    """The pymorphy3 analyser for ``lang`` ("uk" or "ru"), loaded on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=20_000)  # about 2 kB a word: the callers keep their own smaller results longer
def parses(word: str, lang: str) -> tuple[Any, ...]:
    """The analyser's readings of ``word`` in ``lang`` ("uk" or "ru"), most likely first; cached per
    word, so the geoparser and the extraction rules parse each word once."""
    return tuple(analyser(lang).parse(word))


@lru_cache(maxsize=100_000)
def first_name(word: str, lang: str | None) -> bool:
    """Does the dictionary of ``lang`` read ``word`` first as a first name ("Артема", "романа"; not "Ізюм")?"""
    found = parses(word.lower(), lang) if lang in LANGS else ()
    return bool(found) and found[0].tag.POS == "NOUN" and "Name" in found[0].tag.grammemes


@lru_cache(maxsize=200_000)
def lemmas(word: str, lang: str | None = None) -> tuple[str, ...]:
    """Lower-case nominative forms of ``word``: the word itself first, then the analyser's
    normal forms (of ``lang``, or of Ukrainian then Russian), each once."""
    low = word.lower().replace("’", "'").replace("ʼ", "'")
    out = [low]
    for code in (lang,) if lang in LANGS else LANGS:
        for parse in parses(low, code):
            form = parse.normal_form
            # (a Ukrainian dictionary word's feminine adjective form names something feminine: "Садової" is
            # Садова's, never Садовий's or Садове's)
            feminine = code == "uk" and parse.is_known and "femn" in parse.tag and "ADJF" in parse.tag
            if form not in out and not feminine:
                out.append(form)
            # a plural form of a name the analyser reads as a common noun's ("Валуек", of "Валуйки"): the plural
            # nominative too, since such a town is named in the plural
            if "plur" in parse.tag and "nomn" not in parse.tag and (plural := parse.inflect({"nomn", "plur"})) \
                    and plural.word not in out:
                out.append(plural.word)
            # an adjective in a name ("Кривому", "Брянской") is given in its masculine form; the
            # place may be feminine or neuter ("Брянська", "Криве")
            if "ADJF" in parse.tag or "Surn" in parse.tag:
                for inflected in _nominatives(parse, ("femn",) if feminine else _GENDERS):
                    if inflected not in out:
                        out.append(inflected)
    # a Russian neuter place name in -ово/-ево/-ино declines like a surname ("окраину Климова", "в Климове"): the
    # analyser reads it as one, so propose the place's nominative
    if lang in ("ru", None) and len(low) > 5:
        for nominative, endings in _NEUTER_CASES:
            ending = next((e for e in endings if low.endswith(e)), None)
            if ending is not None and low[: -len(ending)] + nominative not in out:
                out.append(low[: -len(ending)] + nominative)
    # a Russian neuter name in -ское in the locative ("в Каменском"): the analyser may read only a surname's or a
    # town in -ск's forms
    if lang in ("ru", None) and len(low) > 6 and low.endswith(("ском", "цком")) and low[:-2] + "ое" not in out:
        out.append(low[:-2] + "ое")
    # the Ukrainian locative softens a final к, г, х ("у Бурлуці", "на Бузі", "у Лисі"): the analyser's
    # guess for a name it does not know misses the nominative, so propose it
    if lang in ("uk", None) and len(low) > 4 and low[-2:] in _SOFTENED:
        for ending in _SOFTENED[low[-2:]]:
            if low[:-2] + ending not in out:
                out.append(low[:-2] + ending)
    return tuple(out)


_SOFTENED = {"ці": ("к", "ка"), "зі": ("г", "га"), "сі": ("х", "ха")}
# Russian neuter names in -ово, -ево, -ино and the endings of their oblique cases (genitive, dative, instrumental,
# prepositional: "Климова", "Климову", "Климовом", "Климове")
_NEUTER_CASES = tuple((nominative, tuple(nominative[:-1] + case for case in ("а", "у", "ом", "е")))
                      for nominative in ("ово", "ево", "ино"))


_GENDERS = ("femn", "neut", "masc")


def _nominatives(parse: Any, genders: Sequence[str] = _GENDERS) -> list[str]:
    """The nominatives of a reading in ``genders`` (feminine, neuter and masculine), as
    ``parse.inflect({"nomn", gender})`` gives them, from one build of its lexeme instead of one per gender."""
    lexeme = parse.lexeme
    out: list[str] = []
    for gender in genders:
        required = {"nomn", gender}
        forms = [f for f in lexeme if required <= f.tag.grammemes]
        if forms:  # pymorphy's choice: the form closest to the reading
            wanted = parse.tag.updated_grammemes(required)
            best = max(forms, key=lambda f: len(wanted & f.tag.grammemes) - 0.1 * len(wanted ^ f.tag.grammemes))
            if best.word not in out:
                out.append(best.word)
    return out
