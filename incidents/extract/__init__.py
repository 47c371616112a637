"""Incident extraction from article text: a pure function of (text, published date, resolver)."""

from .languages import extract_incidents
from .places import Resolver

__all__ = ["Resolver", "extract_incidents"]
