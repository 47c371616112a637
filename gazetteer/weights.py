"""Ranking weights of the resolver: how much each kind of evidence adds to a candidate's score.

Hand-set defaults here; those fitted on real data (``ranking_weights.json`` among the gazetteer's
tables, written by ``benchmarks/fit_weights.py``) replace them.
"""

from __future__ import annotations

import json

from .paths import project_data_dir

WEIGHTS_FILE = "ranking_weights.json"


def fitted() -> dict[str, float]:
    """The fitted weights by name ({} when the file is missing or unreadable)."""
    try:
        with open(project_data_dir() / WEIGHTS_FILE, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    return {k: float(v) for k, v in data.get("weights", {}).items()}


_FITTED = fitted()


def _weight(name: str, default: float) -> float:
    return _FITTED.get(name, default)


W_REGION = _weight("W_REGION", 4.0)
W_DISTRICT = _weight("W_DISTRICT", 3.0)
W_ANCHOR = _weight("W_ANCHOR", 2.5)
ANCHOR_KM = _weight("ANCHOR_KM", 35.0)
W_BORDER = _weight("W_BORDER", 3.0)
BORDER_KM = _weight("BORDER_KM", 25.0)
W_HINT = _weight("W_HINT", 2.0)
W_POINT = _weight("W_POINT", 6.0)  # per qualifier known by a point: the nearest namesake to an old raion's point wins
W_FUZZY = _weight("W_FUZZY", 2.0)  # a typo-tolerant match scores lower than an exact one
W_CTX_AREA = _weight("W_CTX_AREA", 6.0)  # a place inside a raion (of any age) the context names, nearest its point best
