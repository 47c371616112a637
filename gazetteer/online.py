"""Optional online fallback: ask Nominatim (through geopy, rate limited, cached on disk) only for
names the offline index does not know. Off by default; nothing in the resolver calls it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from geopy.location import Location

from .paths import cache_dir


class DiskCache:
    """A tiny SQLite key/value store for geocoding answers (None answers are cached too)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / "online-geocode.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, value TEXT)")

    def get(self, query: str) -> tuple[bool, dict | None]:
        row = self._db.execute("SELECT value FROM answers WHERE query = ?", (query,)).fetchone()
        return (False, None) if row is None else (True, json.loads(row[0]))

    def put(self, query: str, value: dict | None) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (query, json.dumps(value)))


class FallbackGeocoder:
    """``geocode`` from ``primary`` first; on a miss, from ``online`` (cached, rate limited).

    >>> from geopy.geocoders import Nominatim                         # doctest: +SKIP
    >>> geo = FallbackGeocoder(GazetteerGeocoder(), Nominatim(user_agent="my-newsroom"))  # doctest: +SKIP
    """

    def __init__(self, primary, online, *, min_delay_seconds: float = 1.0, cache: DiskCache | None = None):
        from geopy.extra.rate_limiter import RateLimiter

        self.primary = primary
        self.online = RateLimiter(online.geocode, min_delay_seconds=min_delay_seconds)
        self.cache = cache or DiskCache()

    def geocode(self, query: str, **kwargs) -> Location | None:
        found = self.primary.geocode(query, **kwargs)
        if found is not None:
            return found
        hit, value = self.cache.get(query)
        if not hit:
            answer = self.online(query)
            value = None if answer is None else {"address": answer.address, "lat": answer.latitude,
                                                 "lon": answer.longitude}
            self.cache.put(query, value)
        if value is None:
            return None
        return Location(value["address"], (value["lat"], value["lon"]), value)
