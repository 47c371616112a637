"""Offline place-name resolver for Ukraine and its borderlands.

>>> from gazetteer import Gazetteer
>>> Gazetteer().resolve("Andriivka", context="in the Sumy region")[0].geonameid  # doctest: +SKIP
713416
>>> Gazetteer().resolve("Poltavka, Novoazovsky district")[0].geonameid  # doctest: +SKIP
696639
>>> [m.to_dict()["name"] for m in Gazetteer().geoparse("Shells hit Kupiansk.")]  # doctest: +SKIP
['Kupyansk']
"""

from __future__ import annotations

from .errors import DownloadError, GazetteerError, IndexMissingError, IndexOutdatedError, QueryError, SourceError
from .resolver import Candidate, Gazetteer

__all__ = [
    "Candidate",
    "DownloadError",
    "Gazetteer",
    "GazetteerError",
    "GazetteerGeocoder",
    "IndexMissingError",
    "IndexOutdatedError",
    "Mention",
    "QueryError",
    "SourceError",
]


def __getattr__(name: str):
    # geopy is imported only by those who use the geopy-compatible geocoder
    if name == "GazetteerGeocoder":
        from .geocoder import GazetteerGeocoder

        return GazetteerGeocoder
    if name == "Mention":
        from .geoparse import Mention

        return Mention
    raise AttributeError(name)
