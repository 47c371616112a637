"""Words of Ukrainian and Russian reports, by lemma or stem: numbers, people, the dead and wounded."""

from __future__ import annotations

import re
from functools import lru_cache

from gazetteer.morphology import lemmas, parses

# cardinal and collective numerals by lemma (pymorphy3 gives "двох" -> "два", "восьми" -> "вісім")
NUMBERS = {
    "один": 1, "одна": 1, "одне": 1, "одно": 1, "два": 2, "дві": 2, "две": 2, "три": 3, "чотири": 4, "четыре": 4,
    "п'ять": 5, "пять": 5, "шість": 6, "шесть": 6, "сім": 7, "семь": 7, "вісім": 8, "восемь": 8,
    "дев'ять": 9, "девять": 9, "десять": 10, "одинадцять": 11, "одиннадцать": 11, "дванадцять": 12,
    "двенадцать": 12, "тринадцять": 13, "тринадцать": 13, "чотирнадцять": 14, "четырнадцать": 14,
    "п'ятнадцять": 15, "пятнадцать": 15, "двадцять": 20, "двадцать": 20, "тридцять": 30, "тридцать": 30,
    "сорок": 40, "п'ятдесят": 50, "пятьдесят": 50, "сто": 100,
    # collective numerals
    "двоє": 2, "двое": 2, "обоє": 2, "оба": 2, "обидва": 2, "обидві": 2, "троє": 3, "трое": 3, "четверо": 4,
    "п'ятеро": 5, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8, "дев'ятеро": 9, "девятеро": 9,
    "десятеро": 10,
}
_COLLECTIVE_FORMS = {"двох": 2, "двоих": 2, "трьох": 3, "троих": 3, "чотирьох": 4, "четверых": 4, "п'ятьох": 5,
                     "пятерых": 5, "шістьох": 6, "шестерых": 6, "обох": 2, "обоих": 2}
PEOPLE = {
    "людина", "люди", "чоловік", "жінка", "дитина", "діти", "хлопець", "хлопчик", "дівчина", "дівчинка", "підліток",
    "пенсіонер", "пенсіонерка", "житель", "жителька", "мешканець", "мешканка", "водій", "цивільний", "військовий",
    "боєць", "рятувальник", "поліцейський", "медик", "немовля", "людей", "особа", "громадянин",
    "человек", "мужчина", "женщина", "ребёнок", "ребенок", "дети", "подросток", "мальчик", "девочка", "девушка",
    "пенсионер", "пенсионерка", "жительница", "водитель", "мирный", "военный", "боец", "спасатель", "полицейский",
    "младенец", "гражданин", "мирний",
    # family ("жінка та її син", "мать и двое детей")
    "син", "донька", "дочка", "мати", "батько", "дружина", "брат", "сестра", "онук", "онука", "бабуся", "дідусь",
    "сын", "дочь", "мать", "отец", "жена", "муж", "внук", "внучка", "бабушка", "дедушка",
    "пасажир", "пасажирка", "пассажир", "пассажирка", "волонтер", "волонтёр", "журналіст", "журналист",
    # a watchman ("Травмовано сторожа": the analyser reads "сторожа" first as a watch, not a person)
    "сторож", "сторожа", "вахтер", "вахтёр",
}
# animals, whose dead are no casualties ("загинуло 40 птахів", "погиб жеребец", "две овчарки погибли")
ANIMALS = {"собака", "собаки", "кіт", "кішка", "кошка", "кот", "тварина", "животное", "худоба", "корова", "птах",
           "птахи", "птица", "пес", "пёс", "вівчарка", "овчарка", "цуценя", "щенок", "кінь", "коні", "конь", "кони",
           "жеребець", "жеребец", "кобила", "лоша", "жеребёнок", "голуб", "голуби", "курка", "кури", "курица",
           "куры", "свиня", "свинья", "коза", "вівця", "овца", "бик", "бык", "теля", "теленок", "телёнок", "кролик",
           "качка", "утка", "гуска", "гусь", "бджола", "пчела", "бджоли", "пчелы"}
# plants, whose dying is no casualty either ("часть саженцев погибла", "загинули всі троянди")
PLANTS = {"саджанець", "саженец", "дерево", "рослина", "растение", "розсада", "рассада", "квітка", "цветок", "троянда",
          "роза", "туя", "урожай", "посів", "посев", "яблуня", "яблоня", "виноград", "кущ", "куст"}
# animate nouns that are not casualties
NOT_PEOPLE = ANIMALS | {"ворог", "враг", "окупант", "оккупант", "противник", "супротивник", "росіянин", "россиянин"}
# stems of the words that report the dead and the wounded
# ("убило", "вбило": killed, told by an impersonal verb)
KILLED_STEMS = ("загин", "загибл", "загибел", "гибел", "погиб", "убит", "вбит", "вбив", "убив", "убил", "вбил", "помер",
                "умер", "скончал", "жертв", "смерт", "тіло", "тіла", "тела", "розстріля", "расстреля", "застрели",
                # "вытащили уже мертвым", "знайшли мертвою"
                "мертвым", "мёртвым", "мертвой", "мёртвой", "мертвим", "мертвою")
# the stems of a death told after the harm ("помер у лікарні", "скончался в больнице")
DIED_STEMS = ("помер", "умер", "скончал")
# and of one not saved ("одного з поранених лікарі не врятували", "спасти не удалось")
NOT_SAVED_STEMS = ("врятува", "спасти", "не спас")
INJURED_STEMS = ("поранен", "поранил", "поранив", "ранен", "ранил", "травм", "постражд", "пострада", "постраждал",
                 "госпіталізов", "госпитализ", "контуз", "контуж", "баротравм",
                 # burns ("дістали опіки", "получили ожоги")
                 "опіки", "опіків", "опіками", "ожог")
_WORD = re.compile(r"\d+(?:[.,]\d+)?(?:-[^\W\d_]+)?|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


def words_of(text: str) -> list[str]:
    """The words and numbers of a lower-case ``text`` (apostrophes folded to ')."""
    return [w.replace("’", "'").replace("ʼ", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=100_000)
def number(word: str, lang: str) -> int | None:
    """The value of a number in digits or words, in any case ("двох", "трьох", "восьмеро"), or None."""
    if word.isdigit():
        return int(word)
    if word in _COLLECTIVE_FORMS:
        return _COLLECTIVE_FORMS[word]
    if word in NUMBERS:
        return NUMBERS[word]
    if len(word) < 3:
        return None
    for form in lemmas(word, lang)[1:]:
        if form in NUMBERS:
            return NUMBERS[form]
    return None


@lru_cache(maxsize=100_000)
def is_person(word: str, lang: str) -> bool:
    """A noun for people ("чоловіка", "дитину", "жителей")."""
    if word in PEOPLE:
        return True
    if any(form in PEOPLE for form in lemmas(word, lang)[1:3]):
        return True
    # any other animate noun the analyser is sure of ("тракторист", "сторож", "військовослужбовець")
    found = parses(word, lang)
    return bool(found) and {"NOUN", "anim"} <= set(found[0].tag.grammemes) and found[0].score >= 0.5 \
        and found[0].normal_form not in NOT_PEOPLE


_NO_VICTIMS = ANIMALS | PLANTS


@lru_cache(maxsize=100_000)
def is_animal(word: str, lang: str) -> bool:
    """A noun for animals or plants ("птахів", "жеребец", "овчарки", "саженцев"): none is a casualty."""
    return word in _NO_VICTIMS or any(form in _NO_VICTIMS for form in lemmas(word, lang)[1:3])


@lru_cache(maxsize=100_000)
def singular(word: str, lang: str) -> bool:
    """Does the analyser read ``word`` first as a singular form?"""
    found = parses(word, lang)
    return bool(found) and found[0].tag.number != "plur"  # the Ukrainian dictionary marks only plurals
