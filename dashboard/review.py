"""Plain functions behind the review queue: the source sentence with its place and numbers
highlighted (escaped), an incident's sources as HTML, and the resolver's alternative places."""

from __future__ import annotations

import re
from typing import Any

from dashboard.popups import safe_text, safe_url
from incidents.record import STATUS_LABELS

QUEUE_PAGE = 20  # incidents shown at once in the queue


def highlight(text: str | None, terms: list[str]) -> str:
    """``text`` as escaped HTML with every occurrence of ``terms`` (any case) in ``<mark>``."""
    text = text or ""
    words = sorted({t for t in terms if t and t.strip()}, key=len, reverse=True)
    if not words:
        return safe_text(text)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(safe_text(text[last:m.start()]) + "<mark>" + safe_text(m.group(0)) + "</mark>")
        last = m.end()
    out.append(safe_text(text[last:]))
    return "".join(out)


def highlight_terms(rec: dict) -> list[str]:
    """What the reviewer checks in the sentence: the place (its first word too, "Sumy Oblast" ->
    "Sumy") and the counts of killed and injured."""
    location = str(rec.get("location") or "")
    terms = [location, location.split(" ")[0]] if location else []
    terms += [str(rec[k]) for k in ("fatalities", "injured") if rec.get(k) is not None]
    return [t for t in terms if len(t) > 1 or t.isdigit()]


def _count(rec: dict, key: str) -> str:
    best, low, high = rec.get(key), rec.get(f"{key}_low"), rec.get(f"{key}_high")
    text = "unknown" if best is None else str(best)
    if low is not None or high is not None:
        text += f" (range {'?' if low is None else low}–{'?' if high is None else high})"
    return text


def sources_html(sources: list[dict]) -> str:
    """An incident's sources as an escaped list (http(s) links only)."""
    if not sources:
        return "<p>No source recorded.</p>"
    items = []
    for s in sources:
        link = safe_url(s.get("source_url"))
        name = safe_text(s.get("source") or (s.get("source_url") if link else None) or "unnamed source")
        label = f"<a href='{link}' target='_blank' rel='noopener noreferrer'>{name}</a>" if link else name
        date = f" ({safe_text(s['published'])})" if s.get("published") else ""
        quote = f": <q>{safe_text(s['source_quote'][:300])}</q>" if s.get("source_quote") else ""
        items.append(f"<li>{label}{date}{quote}</li>")
    return f"<p>{len(sources)} source{'s' if len(sources) != 1 else ''}:</p><ul>{''.join(items)}</ul>"


def card_html(rec: dict, sources: list[dict]) -> str:
    """One incident in the review queue: what was extracted, the sentence it came from with the
    place and numbers highlighted, and every source with its link. All data escaped."""
    head = (f"<b>{safe_text(rec.get('event_date'))}</b> · {safe_text(rec.get('event_type'))} · "
            f"{safe_text(rec.get('location'))}"
            + (f" ({safe_text(rec.get('admin1'))})" if rec.get("admin1") else "")
            + f" · killed {safe_text(_count(rec, 'fatalities'))} · injured {safe_text(_count(rec, 'injured'))}"
            + f" · <i>{safe_text(STATUS_LABELS.get(rec.get('status') or '', rec.get('status')))}</i>")
    quote = rec.get("source_quote")
    body = (f"<blockquote class='review-quote'>{highlight(quote, highlight_terms(rec))}</blockquote>"
            if quote else "<p><i>No source sentence stored.</i></p>")
    return f"<div class='review-card'><p>{head}</p>{body}{sources_html(sources)}</div>"


def alternatives(resolver: Any, rec: dict, limit: int = 5) -> list:
    """The resolver's ranked places for the incident's place name, read in its source sentence:
    the stored place first (as a candidate when the resolver still finds it)."""
    name = str(rec.get("location") or "").strip()
    if not name:
        return []
    found = list(resolver.resolve(name, context=rec.get("source_quote") or None, limit=limit))
    stored = [c for c in found if c.geonameid is not None and c.geonameid == rec.get("geonameid")]
    return stored + [c for c in found if c not in stored]
