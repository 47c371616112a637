"""Ranking weights fitted on real data (data/ranking_weights.json, written by benchmarks/fit_weights.py).

The resolver's hand-set defaults apply to any weight the file does not hold.
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
