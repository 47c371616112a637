"""Where the tests find the project, their data and the shared seed article."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEEDS = ROOT.parent / "shared" / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"
APP = ROOT / "dashboard" / "app.py"
MINI_GEONAMES = DATA / "geonames_mini"
