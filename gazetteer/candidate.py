"""One ranked answer for a place name: the value type the resolver, the geoparser and the geocoders share."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(slots=True)
class Candidate:
    """One ranked answer for a place name."""

    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    admin2: str
    feature_class: str
    feature_code: str
    geonameid: int | None
    population: int
    score: float
    precision: str
    admin1_code: str
    admin2_code: str
    source: str
    match: str = "exact"  # "exact", "variant" (transliteration, former name, ending) or "fuzzy" (typo)

    def to_dict(self) -> dict:
        """Plain dict, ready for JSON."""
        return asdict(self)
