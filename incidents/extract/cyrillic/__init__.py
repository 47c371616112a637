"""Extraction rules for reports in Ukrainian and Russian (casualties, dates, events and actors) and
the Cyrillic path of :func:`incidents.extract.extract_incidents`."""

from .pipeline import extract_cyrillic

__all__ = ["extract_cyrillic"]
