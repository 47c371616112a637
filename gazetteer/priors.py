"""Context-free ranking weights: feature type, population and country preference."""

from __future__ import annotations

import math

FCODE_PRIOR = {
    "PPLC": 3.0, "PPLA": 2.5, "PPLA2": 1.6, "PPLA3": 0.9, "PPLA4": 0.6, "PPL": 0.5, "PPLS": 0.3,
    "PPLL": 0.2, "PPLF": 0.0, "PPLX": -0.3, "PPLH": -1.0, "PPLQ": -1.5, "PPLW": -1.5,
    "ADM1": 1.8, "ADM2": 0.2, "ADM3": -0.4, "ADMD": -0.6,
}
FCLASS_PRIOR = {"P": 0.4, "A": -0.4, "S": 0.2, "H": -0.6, "T": -0.4, "L": -0.6}
LANDMARK_PRIOR = 2.2
UNKNOWN_VILLAGE_POP = 250
TOWN_POPULATION = 10_000  # a town: meant by its exact name, never a typo of a village nor a common word
CITY_POPULATION = 100_000  # a city: a text names it anywhere, whatever oblast it is about
# A query equal to a place's own name (not one of its aliases) is more likely that place.
W_PRIMARY = 1.5
W_PRIMARY_LOOSE = 1.3


def vowel_fold(skel: str) -> str:
    """A skeleton with g folded into h and o, e into i: a Russian spelling and its Ukrainian twin
    ("Krasnogorovka"/"Krasnohorivka", "Antonovka"/"Antonivka") fold alike."""
    return skel.replace("g", "h").replace("o", "i").replace("e", "i")


def primary_bonus(key: str, skel: str, pkey: str, pskel: str) -> float:
    """Bonus when the query spells the place's own name: exactly, or up to transliteration."""
    if pkey == key:
        return W_PRIMARY
    return W_PRIMARY_LOOSE if pskel == skel else 0.0

# Default country preference: Ukraine, then Russian and Belarusian regions on Ukraine's border,
# then the rest of Russia and Belarus, then the world.
DEFAULT_PREFERENCE = {"UA": 1.5, "border": 0.9, "RU": 0.4, "BY": 0.4}


def base_prior(fclass: str, fcode: str, pop: int, source: str) -> float:
    """Prior of a place before country preference and context."""
    if source == "landmark":
        base = LANDMARK_PRIOR
    else:
        base = FCODE_PRIOR.get(fcode, FCLASS_PRIOR.get(fclass, -0.8))
    if fclass == "A":  # an area's population says nothing about how often it is meant
        return base
    if fclass == "P":  # GeoNames gives 0 when a village's population is unknown, not when it is empty
        pop = max(pop, UNKNOWN_VILLAGE_POP)
    return base + 0.4 * math.log10(1 + max(pop, 0))


def country_bonus(cc: str, admin1: str, border_regions: set[str], preference: dict[str, float]) -> float:
    """Bonus from the country preference; ``border`` applies to regions on Ukraine's border."""
    if cc != "UA" and admin1 in border_regions and "border" in preference:
        return max(preference["border"], preference.get(cc, 0.0))
    return preference.get(cc, 0.0)


def border_prior(km_to_russia: float) -> float:
    """War reporting names border and frontline villages far more often than quiet ones."""
    return 1.0 * math.exp(-km_to_russia / 30.0) if km_to_russia < 150 else 0.0


W_FRONT = 0.5
FRONT_KM = 20.0


def front_prior(km_to_front: float, weight: float | None = None, scale: float | None = None) -> float:
    """War reporting names villages on the front lines far more often than quiet ones."""
    weight = W_FRONT if weight is None else weight
    scale = FRONT_KM if scale is None else scale
    return weight * math.exp(-km_to_front / scale) if km_to_front < 8 * scale else 0.0


def place_prior(fclass: str, fcode: str, pop: int, source: str, cc: str, admin1: str, km_to_russia: float,
                border_regions: set[str], preference: dict[str, float]) -> float:
    """The whole context-free prior of a place: type and population, country preference, border."""
    return (base_prior(fclass, fcode, pop, source) + country_bonus(cc, admin1, border_regions, preference)
            + border_prior(km_to_russia))


def _fitted() -> None:
    from .weights import fitted

    global W_FRONT, FRONT_KM
    weights = fitted()
    W_FRONT = weights.get("W_FRONT", W_FRONT)
    FRONT_KM = weights.get("FRONT_KM", FRONT_KM)


_fitted()
