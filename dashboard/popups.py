"""Incident text as it reaches HTML and JavaScript: every string from data is escaped here."""

from __future__ import annotations

import html

PRECISION_TEXT = {1: "exact place", 2: "near the place / part of a raion", 3: "region only"}


def safe_text(value: object) -> str:
    """Escape for HTML *and* for the JavaScript template literals folium wraps popups in."""
    text = "" if value is None else str(value)
    return html.escape(text, quote=True).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def safe_url(url: object) -> str | None:
    """An http(s) link, escaped; anything else (javascript:, data:) is dropped."""
    text = str(url or "").strip()
    return safe_text(text) if text.lower().startswith(("http://", "https://")) else None


def popup_html(inc: dict) -> str:
    """Popup body for one incident."""
    def num(v: object) -> str:
        return "unknown" if v is None else str(v)

    def spread(key: str) -> str:  # the best estimate, and the range sources or the text gave
        low, high = inc.get(f"{key}_low"), inc.get(f"{key}_high")
        if low is None and high is None:
            return num(inc.get(key))
        return f"{num(inc.get(key))} ({'?' if low is None else low}–{'?' if high is None else high})"

    rows = [
        ("Date", inc.get("event_date")), ("Place", inc.get("location")), ("Region", inc.get("admin1")),
        ("Type", " / ".join(t for t in (inc.get("event_type"), inc.get("sub_event_type")) if t)),
        ("Killed", spread("fatalities")), ("Injured", spread("injured")),
        ("Actors", " / ".join(a for a in (inc.get("actor1"), inc.get("actor2")) if a)),
        ("Location", PRECISION_TEXT.get(inc.get("geo_precision") or 0, "unknown precision")),
        ("Source", inc.get("source")), ("Notes", inc.get("notes")),
        ("Sources", str(inc["source_count"]) if inc.get("source_count") else None),
        ("Review", {"extracted": "unreviewed", "rejected": "rejected"}.get(inc.get("status") or "")),
    ]
    body = "".join(f"<tr><th>{safe_text(k)}</th><td>{safe_text(v)}</td></tr>" for k, v in rows if v)
    quote = inc.get("source_quote")
    if quote:
        body += f"<tr><td colspan='2'><q>{safe_text(quote[:600])}</q></td></tr>"
    link = safe_url(inc.get("source_url"))
    if link:
        body += f"<tr><td colspan='2'><a href='{link}' target='_blank' rel='noopener noreferrer'>source</a></td></tr>"
    return f"<table class='incident'>{body}</table>"
