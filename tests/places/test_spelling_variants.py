from gazetteer.normalize import normalize, skeleton
from gazetteer.translit import russian, ukrainian


def test_case_diacritics_apostrophes_possessives_fold_to_one_key():
    forms = ["Kyiv", "KYIV", "Kyïv", "Kyiv's", "Kyiv’s", " kyiv ", "Kyiv`s"]
    assert {normalize(f) for f in forms} == {"kyiv"}


def test_apostrophe_inside_a_name_is_dropped_not_split():
    assert normalize("Kam'yanske") == normalize("Kam’yanske") == "kamyanske"
    assert normalize("Bila-Tserkva") == "bila tserkva"


def test_cyrillic_is_kept_and_yo_folded():
    assert normalize("Суми") == "суми"
    assert normalize("Сумы") == "сумы"
    assert normalize("Ёлкино") == "елкино"


def test_skeleton_merges_transliteration_variants():
    assert skeleton(normalize("Kupiansk")) == skeleton(normalize("Kupyansk")) == skeleton(normalize("Kupjansk"))
    assert skeleton(normalize("Zaporizhzhia")) == skeleton(normalize("Zaporizhzhya"))
    assert skeleton(normalize("Kharkiv")) != skeleton(normalize("Kherson"))


def test_transliteration_schemes():
    assert ukrainian("харків") == "kharkiv"
    assert russian("харьков") == "kharkov"
    assert russian("запорожье") == "zaporozhye"
    assert ukrainian("андріївка") == "andriivka"
    assert russian("андреевка") == "andreyevka"
    assert ukrainian("єнакієве") == "yenakiieve"


def test_russian_and_ukrainian_twins_fold_alike():
    from gazetteer.priors import vowel_fold

    def twin(a: str, b: str) -> bool:
        return vowel_fold(skeleton(normalize(a))) == vowel_fold(skeleton(normalize(b)))

    assert twin("Krasnogorovka", "Krasnohorivka")
    assert twin("Antonovka", "Antonivka")
    assert twin("Semenovka", "Semenivka")
    assert not twin("Antonovka", "Andriivka")
