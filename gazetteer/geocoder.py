"""A geopy-compatible geocoder backed by the offline gazetteer.

Existing geopy code switches by replacing ``Nominatim(user_agent=...)`` with
``GazetteerGeocoder()``: ``geocode`` and ``reverse`` return :class:`geopy.location.Location`.
"""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .resolver import Candidate, Gazetteer


def _location(c: Candidate) -> Location:
    parts = [c.name, c.admin2, c.admin1, c.country_code]
    address = ", ".join(p for p in parts if p)
    return Location(address, (c.lat, c.lon), c.to_dict())


class GazetteerGeocoder(Geocoder):
    """geopy geocoder answering from the local index; no network, no rate limit needed."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, context: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or Gazetteer()
        self.context = context

    def geocode(self, query: str, *, exactly_one: bool = True, context: str | None = None,
                limit: int = 5, timeout=None) -> Location | list[Location] | None:
        """Resolve ``query``; ``context`` (or the geocoder's default context) disambiguates namesakes."""
        found = self.gazetteer.resolve(query, context=context or self.context, limit=1 if exactly_one else limit)
        return self._parse(found, exactly_one)

    def reverse(self, query, *, exactly_one: bool = True, limit: int = 5,
                timeout=None) -> Location | list[Location] | None:
        """Nearest populated place(s) to ``(lat, lon)`` (a tuple, a geopy Point or "lat, lon")."""
        lat, lon = (float(v) for v in self._coerce_point_to_string(query).split(","))
        found = self.gazetteer.reverse(lat, lon, limit=1 if exactly_one else limit)
        return self._parse(found, exactly_one)

    @staticmethod
    def _parse(found: list[Candidate], exactly_one: bool) -> Location | list[Location] | None:
        if not found:
            return None
        locations = [_location(c) for c in found]
        return locations[0] if exactly_one else locations
