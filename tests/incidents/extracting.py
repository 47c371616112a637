"""Extraction as the incident tests read it."""

from __future__ import annotations

from incidents.extract import extract_incidents


def extract(text: str, published: str, gaz) -> list[dict]:
    """The extracted incidents as dicts of their fields (see incidents.record.Incident)."""
    return [inc.to_dict() for inc in extract_incidents(text, published, gaz)]
