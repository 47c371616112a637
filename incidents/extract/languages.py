"""Extraction by language: English text takes the English rules (:mod:`incidents.extract.pipeline`),
Ukrainian and Russian text the Cyrillic ones (:mod:`incidents.extract.cyrillic`), a mixed text both;
a text in another script gives no incidents. This is :func:`incidents.extract.extract_incidents`."""

from __future__ import annotations

import hashlib

from ..record import Incident, fit_ranges
from . import pipeline
from .cyrillic import extract_cyrillic
from .language import detect_language
from .places import Resolver


def extract_incidents(text: str, published, resolver: Resolver) -> list[Incident]:
    """Incidents reported in ``text``, dated relative to ``published`` (a date or ISO string).

    ``resolver`` is a :class:`gazetteer.Gazetteer` (anything that fits :class:`Resolver`).
    Each :class:`~incidents.record.Incident` holds ACLED-style fields plus injured, geonameid,
    source_quote (in the text's language) and confidence (numbers the text does not give are None),
    and the mention as written, the resolver's ranked places and the casualty ranges.
    """
    lang = detect_language(text)
    if lang == "en":
        return pipeline.extract_incidents(text, published, resolver)
    day = pipeline._as_date(published)
    english = pipeline.extract_incidents(text, day, resolver) if lang == "mixed" else []
    found = extract_cyrillic(text, day, resolver, lang)
    if not found:
        return english
    digest = hashlib.sha256(f"{day}|{text}".encode()).hexdigest()[:10]
    out = list(english)
    for inc in found:
        if any(e.location == inc["location"] and e.event_date == inc["event_date"] for e in english):
            continue  # a mixed text's English sentence already reported it
        inc["notes"] = pipeline._note(inc)
        inc["event_id"] = f"X{digest}-{len(out) + 1}"
        inc["published"] = day.isoformat()
        out.append(Incident.from_dict(fit_ranges(inc)))
    return out
