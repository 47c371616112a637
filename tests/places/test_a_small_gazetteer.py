"""A newcomer's gazetteer, built from a few hand-written places (no dump, no world towns): namesakes
decided by context, spelling variants, renamed towns, landmarks, regions, the geocode command and
the geopy geocoder. The quick tier's place tests; the same stories on the real dump are in
test_resolving_names.py."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cli import main


@pytest.mark.parametrize(("context", "gid", "admin1"), [
    ("Russia says it took the village in the Sumy region", 713416, "Sumy"),
    ("fighting near the village in Kharkiv oblast", 713421, "Kharkiv"),
    ("shelling in the Donetsk region", 713457, "Donetsk"),
])
def test_a_namesake_village_is_decided_by_the_region_in_its_context(mini_gaz, context, gid, admin1):
    best = mini_gaz.resolve("Andriivka", context=context)[0]
    assert (best.geonameid, best.admin1) == (gid, admin1)


@pytest.mark.parametrize(("query", "gid"), [
    ("Kharkov", 706483), ("Zaporozhye", 687700), ("Zaporizhzhia", 687700), ("Kiev", 703448),
    ("Artemovsk", 713174), ("Krasnoarmeysk", 704422), ("Запоріжжя", 687700), ("Харків", 706483),
    ("Николаев", 700569), ("Izium", 707292), ("the city of Sumy", 692194), ("Sumy's", 692194),
])
def test_spelling_variants_and_former_names_find_the_same_place(mini_gaz, query, gid):
    assert mini_gaz.resolve(query)[0].geonameid == gid


def test_a_landmark_resolves_to_the_structure_not_a_town(mini_gaz):
    best = mini_gaz.resolve("Crimean Bridge")[0]
    assert best.geonameid == 11876420 and best.precision == "landmark"
    assert (round(best.lat, 3), round(best.lon, 3)) == (45.284, 36.532)


@pytest.mark.parametrize(("query", "admin1"), [("Kharkiv region", "Kharkiv"), ("Sumy Oblast", "Sumy"),
                                               ("Kursk Oblast", "Kursk")])
def test_a_region_resolves_as_a_region(mini_gaz, query, admin1):
    best = mini_gaz.resolve(query)[0]
    assert best.precision == "region" and best.admin1 == admin1


def test_a_name_that_is_nowhere_gives_nothing(mini_gaz):
    assert mini_gaz.resolve("Qwertyuiopville") == []


def _geocode(mini_index, *args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["geocode", "--index", str(mini_index), *args], input=stdin)


def test_geocode_prints_one_json_line_per_input_line_in_order(mini_index):
    lines = ["Sumy", "", "x" * 5000, '{"query": "Andriivka", "context": "in the Sumy region"}', '{"query": ',
             "Qwertyuiopville", "Kharkov"]
    result = _geocode(mini_index, stdin="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["geonameid"] == 692194 and out[3]["geonameid"] == 713416 and out[6]["geonameid"] == 706483
    assert all("error" in out[i] and "lat" not in out[i] for i in (1, 2, 4, 5))
    assert "Traceback" not in result.output


def test_geocode_names_on_the_command_line_and_as_a_table(mini_index):
    result = _geocode(mini_index, "Sumy", "Crimean Bridge", "--format", "table")
    assert result.exit_code == 0
    assert "Sumy" in result.stdout and "Crimean Bridge" in result.stdout


def test_gazetteer_info_names_the_missing_coverage(mini_index):
    result = CliRunner().invoke(main, ["gazetteer", "info", "--index", str(mini_index)])
    assert result.exit_code == 0
    assert "MISSING" in result.stdout


def test_the_geopy_geocoder_answers_like_nominatim(mini_gaz):
    from geopy.location import Location

    from gazetteer import GazetteerGeocoder

    geolocator = GazetteerGeocoder(mini_gaz)
    found = geolocator.geocode("Zaporozhye")
    assert isinstance(found, Location) and found.raw["geonameid"] == 687700
    several = geolocator.geocode("Andriivka", exactly_one=False)
    assert {loc.raw["geonameid"] for loc in several} == {713416, 713421, 713457}
    assert geolocator.geocode("Andriivka", context="in the Kharkiv region").raw["geonameid"] == 713421
    near = geolocator.reverse((50.917, 34.799))
    assert near is not None and near.raw["geonameid"] == 692194


def test_geoparse_lists_every_mention_with_its_span_as_json_lines(mini_index):
    text = "Overnight a drone hit a barn in Andriivka in the Sumy region. Later shells fell on Kharkov."
    result = CliRunner().invoke(main, ["geoparse", "-", "--index", str(mini_index)], input=text)
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["text"] for m in found] == ["Andriivka", "Sumy region", "Kharkov"]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in found)
    assert found[0]["geonameid"] == 713416 and found[2]["geonameid"] == 706483
    assert found[1]["precision"] == "region"
    empty = CliRunner().invoke(main, ["geoparse", "-", "--index", str(mini_index)], input="Nothing here.")
    assert empty.exit_code == 0 and empty.stdout == ""
    binary = CliRunner().invoke(main, ["geoparse", "-", "--index", str(mini_index)], input=b"Sumy\x00")
    assert binary.exit_code == 1 and "NUL" in binary.stderr
