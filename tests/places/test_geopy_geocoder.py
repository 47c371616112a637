"""The geopy-compatible geocoder and the optional (cached, rate-limited) fallback wrapper."""

from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location
from geopy.point import Point

from gazetteer import GazetteerGeocoder
from gazetteer.online import DiskCache, FallbackGeocoder


def test_geocode_returns_geopy_location(gaz):
    geo = GazetteerGeocoder(gaz)
    loc = geo.geocode("Sumy")
    assert isinstance(loc, Location)
    assert loc.raw["geonameid"] == 692194
    assert abs(loc.latitude - 50.917) < 0.01 and "Sumy" in loc.address
    several = geo.geocode("Andriivka", exactly_one=False, limit=4)
    assert len(several) == 4 and all(isinstance(x, Location) for x in several)
    assert geo.geocode("Andriivka", context="Sumy region").raw["geonameid"] == 713416
    assert geo.geocode("Qqxzzplonk") is None


def test_reverse_finds_nearest_town(gaz):
    geo = GazetteerGeocoder(gaz)
    assert geo.reverse((50.9174, 34.7990)).raw["name"] == "Sumy"
    assert geo.reverse(Point(49.982, 36.255)).raw["geonameid"] == 706483
    assert geo.reverse("51.1264, 34.8252").raw["geonameid"] == 713416


def test_works_behind_geopy_rate_limiter(gaz):
    geocode = RateLimiter(GazetteerGeocoder(gaz).geocode, min_delay_seconds=0)
    assert geocode("Kharkov").raw["geonameid"] == 706483


def test_fallback_asks_second_geocoder_only_on_miss_and_caches(gaz, tmp_path):
    calls = []

    class Counting(GazetteerGeocoder):
        def geocode(self, query, **kwargs):
            calls.append(query)
            return super().geocode("Kyiv")

    fb = FallbackGeocoder(GazetteerGeocoder(gaz), Counting(gaz), min_delay_seconds=0,
                          cache=DiskCache(tmp_path / "c.sqlite"))
    assert fb.geocode("Sumy").raw["geonameid"] == 692194
    assert calls == []
    first = fb.geocode("Qqxzz unknown")
    second = fb.geocode("Qqxzz unknown")
    assert calls == ["Qqxzz unknown"]
    assert first.latitude == second.latitude and abs(first.latitude - 50.45) < 0.1
