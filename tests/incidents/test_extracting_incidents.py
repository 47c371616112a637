"""Extraction on the seed article (acceptance) and on our own test articles."""


import pytest

from benchmarks.extraction_accuracy import load_articles, score
from incidents.extract import extract_incidents
from incidents.extract.casualties import find_casualties
from incidents.extract.dates import find_date
from incidents.extract.numbers import read_count
from tests.incidents.extracting import extract
from tests.paths import SEEDS


@pytest.fixture(scope="module")
def seed_text() -> str:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.fail(f"seed article missing: expected ../shared/seeds/*.txt at {SEEDS}")
    return files[0].read_text(encoding="utf-8")


def test_seed_article_gives_exactly_the_four_incidents(gaz, seed_text):
    incidents = extract(seed_text, "2025-06-03", gaz)
    by_place = {i["location"]: i for i in incidents}
    assert len(incidents) == 4, [i["location"] for i in incidents]
    sumy = by_place["Sumy"]
    assert (sumy["geonameid"], sumy["event_date"], sumy["fatalities"], sumy["injured"]) == (692194, "2025-06-03", 4, 20)
    assert sumy["event_type"] == "Explosions/Remote violence" and sumy["civilian_targeting"] == "Civilian targeting"
    assert "missile" in sumy["sub_event_type"]
    kharkiv = next(i for i in incidents if i["admin1"] == "Kharkiv")
    assert kharkiv["geo_precision"] == 3 and kharkiv["fatalities"] == 3 and kharkiv["injured"] is None
    andriivka = by_place["Andriivka"]
    assert andriivka["geonameid"] == 713416 and andriivka["admin1"] == "Sumy"
    assert andriivka["event_type"] == "Battles" and andriivka["actor1"] == "Military Forces of Russia"
    assert andriivka["fatalities"] is None
    bridge = by_place["Crimean Bridge"]
    assert bridge["sub_event_type"] == "Remote explosive/landmine/IED"
    assert bridge["fatalities"] is None and bridge["injured"] is None
    assert not any(i["location"] in ("Istanbul", "Washington") for i in incidents)
    for inc in incidents:
        assert (inc["source_quote"] and inc["source_quote"] in seed_text.replace("\n", " ")) or \
            inc["source_quote"].split(". ")[0] in seed_text


def test_an_incident_is_a_typed_record_with_what_the_text_said_beside_it(gaz, seed_text):
    from incidents.record import FIELDS, Incident

    incidents = extract_incidents(seed_text, "2025-06-03", gaz)
    assert all(isinstance(inc, Incident) for inc in incidents)
    andriivka = next(inc for inc in incidents if inc.location == "Andriivka")
    assert andriivka.mention == "Andriivka" and andriivka.places[0].geonameid == andriivka.geonameid == 713416
    assert len({c.geonameid for c in andriivka.places}) > 1  # the other namesakes, for a reviewer to pick from
    assert list(andriivka.as_record()) == list(FIELDS)


def test_extraction_is_pure_and_deterministic(gaz, seed_text):
    a = extract(seed_text, "2025-06-03", gaz)
    b = extract(seed_text, "2025-06-03", gaz)
    assert a == b
    assert extract("Talks in Istanbul ended without a deal.", "2025-06-03", gaz) == []


@pytest.mark.parametrize("text,expected", [
    ("a missile strike killed four people", {"killed": 4}),
    ("Among the 20 injured was a seven-year-old girl", {"injured": 20}),
    ("killing two civilians and wounding five more", {"killed": 2, "injured": 5}),
    ("At least 5 people were killed and up to 7 wounded", {"killed": 5, "injured": 7}),
    ("twenty-one people died", {"killed": 21}),
    ("a dozen residents were injured", {"injured": 12}),
    ("dozens were killed", {"killed": 12}),
    ("Air defences shot down 20 drones overnight", {}),
    ("50,000 troops massed roughly five kilometers from the border", {}),
    ("three soldiers went missing and two were captured", {}),
    ("The driver died at the scene", {"killed": 1}),
])
def test_casualty_counts(text, expected):
    assert find_casualties(text) == expected


def test_number_words():
    assert read_count(["twenty-one"], 0) == (21, 1)
    assert read_count(["at", "least", "5"], 0) == (5, 3)
    assert read_count(["a", "dozen"], 0) == (12, 2)
    assert read_count(["house"], 0) is None


def test_dates():
    import datetime as dt

    pub = dt.date(2025, 6, 3)  # a Tuesday
    assert find_date("on June 2", pub) == (dt.date(2025, 6, 2), 1)
    assert find_date("on 2 June 2025", pub) == (dt.date(2025, 6, 2), 1)
    assert find_date("yesterday", pub) == (dt.date(2025, 6, 2), 1)
    assert find_date("on Sunday", pub) == (dt.date(2025, 6, 1), 1)
    assert find_date("overnight", pub) == (pub, 1)
    assert find_date("last week", pub) == (dt.date(2025, 5, 26), 2)
    assert find_date("on December 30", dt.date(2025, 1, 2)) == (dt.date(2024, 12, 30), 1)
    assert find_date("nothing here", pub) is None


def test_accuracy_on_our_articles(gaz):
    articles = load_articles()
    assert len(articles) >= 30
    t = score(articles, gaz)["totals"]
    recall = t["matched"] / t["expected"]
    precision = t["matched"] / t["extracted"]
    print(dict(t))
    assert recall >= 0.85 and precision >= 0.85
    assert t["location<=10km"] / t["matched"] >= 0.95
    assert t["event_date"] / t["matched"] >= 0.9
    assert t["event_type"] / t["matched"] >= 0.85


def test_the_accuracy_scorer_pairs_rows_at_one_place_as_told_whatever_their_order():
    from benchmarks.extraction_accuracy import matched_pairs

    village = {"lat": 47.84, "lon": 36.84, "geonameid": 1}
    expected = [{**village, "event_date": "2026-02-06", "sub_event_type": "Air/drone strike", "fatalities": None,
                 "injured": None},
                {**village, "event_date": "2026-02-06", "sub_event_type": "Armed clash", "fatalities": None,
                 "injured": None},
                {"lat": 47.98, "lon": 36.75, "geonameid": 2, "event_date": "2026-02-06",
                 "sub_event_type": "Air/drone strike", "fatalities": 1, "injured": None}]
    got = [{"latitude": 47.84, "longitude": 36.84, "geonameid": 1, "event_date": "2026-02-06",
            "sub_event_type": "Armed clash", "fatalities": None, "injured": None},
           {"latitude": 47.98, "longitude": 36.75, "geonameid": 2, "event_date": "2026-02-06",
            "sub_event_type": "Air/drone strike", "fatalities": 1, "injured": None}]
    # the clash with the clash, the village 17 km off with its own row, the strike with none
    assert matched_pairs(expected, got) == {1: 0, 2: 1}
