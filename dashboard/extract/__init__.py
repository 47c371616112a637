"""Incident extraction from article text: a pure function of (text, published date, resolver)."""

from .pipeline import extract_incidents

__all__ = ["extract_incidents"]
