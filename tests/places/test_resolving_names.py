"""The issue's acceptance cases, on the real GeoNames Ukraine dump."""

import pytest

from gazetteer.borders import haversine_km


def top(gaz, name, context=None):
    found = gaz.resolve(name, context=context)
    assert found, f"nothing found for {name!r}"
    return found[0]


@pytest.mark.parametrize("name,gid", [
    ("Sumy", 692194), ("Kharkiv", 706483), ("Kharkov", 706483), ("Суми", 692194), ("Сумы", 692194),
    ("Харків", 706483), ("Харьков", 706483), ("Kyiv's", 703448), ("the city of Sumy", 692194),
])
def test_cities(gaz, name, gid):
    assert top(gaz, name).geonameid == gid


def test_andriivka_in_sumy_region_is_the_border_village(gaz):
    best = top(gaz, "Andriivka", "Sumy region")
    assert best.geonameid == 713416
    assert abs(best.lat - 51.126) < 0.01 and abs(best.lon - 34.825) < 0.01
    assert top(gaz, "village of Andriivka", "in the Sumy region").geonameid == 713416


def test_andriivka_without_context_is_ambiguous_but_answers(gaz):
    found = gaz.resolve("Andriivka", limit=10)
    assert len(found) == 10
    assert len({c.admin1_code for c in found}) > 3


@pytest.mark.parametrize("name", ["Crimean Bridge", "Kerch Strait Bridge", "the Crimean bridge", "Кримський міст"])
def test_crimean_bridge(gaz, name):
    best = top(gaz, name)
    assert haversine_km(best.lat, best.lon, 45.284, 36.532) < 3
    assert best.precision == "landmark"


@pytest.mark.parametrize("variant,canonical", [
    ("Zaporozhye", "Zaporizhzhia"), ("Artemovsk", "Bakhmut"), ("Kupjansk", "Kupiansk"),
    ("Kupyansk", "Kupiansk"), ("Nikolaev", "Mykolaiv"), ("Lugansk", "Luhansk"),
    ("Dnipropetrovsk", "Dnipro"), ("Kirovohrad", "Kropyvnytskyi"), ("Krasnoarmeysk", "Pokrovsk"),
])
def test_variants_and_renames(gaz, variant, canonical):
    a, b = top(gaz, variant), top(gaz, canonical)
    assert a.geonameid == b.geonameid, (a, b)
    assert a.country_code == "UA"


def test_pokrovsk_alone_is_the_donetsk_town(gaz):
    best = top(gaz, "Pokrovsk")
    assert best.admin1_code == "UA.05" and best.feature_class == "P"
    assert haversine_km(best.lat, best.lon, 48.28, 37.18) < 5


@pytest.mark.parametrize("query,code", [
    ("Kharkiv region", "UA.07"), ("Kharkiv Oblast", "UA.07"), ("Kharkov region", "UA.07"),
    ("Sumy oblast", "UA.21"), ("Zaporizhzhia region", "UA.26"),
])
def test_regions(gaz, query, code):
    best = top(gaz, query)
    assert best.precision == "region"
    assert best.admin1_code == code
    assert best.feature_code == "ADM1"


def test_russian_border_region(gaz):
    best = top(gaz, "Kursk region")
    assert best.precision == "region" and best.country_code == "RU"
    assert haversine_km(best.lat, best.lon, 51.7, 36.2) < 150


def test_context_from_a_whole_document(gaz):
    doc = ("Russia's military claimed it had taken Andriivka in the Sumy region, some five kilometres "
           "from the border. Separately, three people died in the Kharkiv region.")
    assert top(gaz, "Andriivka", doc).geonameid == 713416


def test_near_a_town_decides(gaz):
    best = top(gaz, "Petropavlivka", "near Kupiansk")
    kup = top(gaz, "Kupiansk")
    assert haversine_km(best.lat, best.lon, kup.lat, kup.lon) < 25


def test_feature_type_from_wording(gaz):
    assert top(gaz, "Antonivskyi Bridge").precision == "landmark"
    assert top(gaz, "village of Bakhmut").feature_class == "P"


def test_unknown_and_invalid_queries(gaz):
    from gazetteer import QueryError

    assert gaz.resolve("Xqzzyplonk") == []
    with pytest.raises(QueryError):
        gaz.resolve("   ")
    with pytest.raises(ValueError):  # QueryError is also a ValueError
        gaz.resolve("x" * 10_000)


@pytest.mark.parametrize("query,lat,lon", [
    ("Krasnogorovka", 48.005, 37.507),  # the Donetsk town, not villages whose GeoNames name is that spelling
    ("Krasnogorovka, Donetsk region", 48.005, 37.507),
    ("Antonovka, Kherson region", 46.677, 32.731),  # the town beside Kherson, not a village downriver
])
def test_a_russian_spelling_of_a_town_is_the_town(gaz, query, lat, lon):
    best = top(gaz, query)
    assert haversine_km(best.lat, best.lon, lat, lon) < 5, best


@pytest.mark.parametrize("name,context,admin1", [
    ("Khotin", "Khotin, the settlement just north of Sumy (not Khotyn in Chernivtsi oblast): a drone hit the grocery.",
     "Sumy"),
    ("Prymorske", "A bomb hit Zaporizhzhia. A drone hit a minibus on the road into Prymorske, the village on the "
     "reservoir south of the city, not the Prymorske villages of Kherson or Donetsk oblasts.", "Zaporizhzhia"),
])
def test_the_region_of_a_namesake_the_text_rules_out_is_no_context(gaz, name, context, admin1):
    assert top(gaz, name, context).admin1 == admin1


@pytest.mark.parametrize("name,city", [
    ("Kholodnohirskyi district", 706483), ("Kholodnogorsky district", 706483), ("Nemyshlianskyi district", 706483),
    ("Peresypskyi district", 698740), ("Bohunskyi district", 686967),
])
def test_a_big_citys_district_that_geonames_lacks_is_at_its_city(gaz, name, city):
    best = top(gaz, name)
    town = next(c for c in gaz.resolve("Kharkiv" if city == 706483 else "Odesa" if city == 698740 else "Zhytomyr")
                if c.geonameid == city)
    assert haversine_km(best.lat, best.lon, town.lat, town.lon) < 1


def test_a_place_named_after_toward_is_read_beside_the_towns_the_text_names(gaz):
    # Kostiantynivka and Yablunivka are neighbours both in Donetsk oblast (a town and a village) and in Sumy oblast
    # (two villages); the town named twice decides which Yablunivka "toward" means, and the Yablunivka the town
    text = ("Motorcycle assaults, Kostiantynivka. On Wednesday troops tried to break into Oleksandro-Shultyne while a "
            "buggy team drove toward Yablunivka, further west. Kostiantynivka was shelled that day as well.")
    assert gaz.resolve("Kostiantynivka", context=text)[0].admin1_code == "UA.05"
    assert gaz.resolve("Yablunivka", context=text)[0].admin1_code == "UA.05"


def test_a_name_asked_again_in_the_same_text_is_worked_out_once(gaz, monkeypatch):
    """resolve_in keeps what it found for a name in a text's context: asked again with the same or a shorter
    limit, the first part of the same ranking; with a longer one, worked out again. The caller's list is its own."""
    text = "A drone hit a farm in Andriivka in the Sumy region; shelling also hit Novoselivka near the border."
    ctx = gaz.context(text)
    worked = []
    real = type(gaz)._resolve_in
    monkeypatch.setattr(type(gaz), "_resolve_in", lambda self, *a: worked.append(a[0]) or real(self, *a))
    two = gaz.resolve_in("Andriivka", ctx, 2)
    five = gaz.resolve_in("Andriivka", ctx, 5)
    assert len(two) == 2 and len(five) > 2 and five[:2] == two
    again = gaz.resolve_in("Andriivka", ctx, 3)
    assert again == five[:3] and worked == ["Andriivka", "Andriivka"]  # the third answer from the second
    again.clear()
    assert gaz.resolve_in("Andriivka", ctx, 3) == five[:3]
    assert five[0].admin1_code == "UA.21"  # Sumy oblast, as the text says
    other = gaz.context(text + " Nobody was hurt.")
    assert gaz.resolve_in("Andriivka", other, 5) == five and len(worked) == 3  # another text: its own
