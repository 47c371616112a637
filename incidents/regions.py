"""Region names as users type them (Kharkov, Kharkiv Oblast, Харківська область) -> the names the
store uses (admin1 as written by the resolver)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from gazetteer.normalize import normalize


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Normalised name form -> region name, read once from data/gazetteer/regions.csv (oblasts first)."""
    from gazetteer.sources import read_table

    table: dict[str, str] = {}
    for row in sorted(read_table("regions.csv"), key=lambda r: r.get("kind") == "city"):
        for form in [row["name"], *row["alternate_names"].split("|")]:
            table.setdefault(normalize(form), row["name"])
    return table


def canonical_regions(names: Iterable[str]) -> list[str]:
    """Each name as the store spells it; names the regions table does not know stay as given."""
    names = [n for n in names if n and n.strip()]
    table = _aliases() if names else {}
    out = []
    for name in names:
        key = normalize(name)
        for suffix in (" region", " oblast", " province", " область"):
            if key.endswith(suffix):
                key = key[: -len(suffix)]
        out.append(table.get(key, name.strip()))
    return out
