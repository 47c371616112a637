"""Resolving many queries from lines of text (the ``incident-map geocode`` input format).

Each line is a plain name or a JSON object ``{"query": ..., "context": ...}``. Every line gets
exactly one output object, in order: a result, or ``{"query", "error"}`` naming the line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .errors import QueryError
from .resolver import Candidate, Gazetteer

RESULT_FIELDS = ("query", "name", "lat", "lon", "country_code", "admin1", "admin2", "feature_class",
                 "feature_code", "geonameid", "population", "score", "precision", "match")
MAX_LINE_BYTES = 4096

def result_record(query: str, c: Candidate) -> dict:
    """The JSON object printed for one resolved query."""
    return {"query": query, "name": c.name, "lat": c.lat, "lon": c.lon, "country_code": c.country_code,
            "admin1": c.admin1, "admin2": c.admin2, "feature_class": c.feature_class,
            "feature_code": c.feature_code, "geonameid": c.geonameid, "population": c.population,
            "score": c.score, "precision": c.precision, "match": c.match}

def _parse_line(raw: bytes | str, lineno: int, default_context: str | None) -> tuple[str, str | None]:
    if isinstance(raw, bytes):
        if len(raw) > MAX_LINE_BYTES:
            raise QueryError(f"line {lineno}: line too long ({len(raw)} bytes, at most {MAX_LINE_BYTES})")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError(f"line {lineno}: not valid UTF-8 (byte {exc.start})") from None
    else:
        text = raw
    text = text.strip().lstrip("\ufeff")
    if "\x00" in text:
        raise QueryError(f"line {lineno}: contains a NUL byte")
    if not text:
        raise QueryError(f"line {lineno}: empty line")
    if text.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise QueryError(f"line {lineno}: broken JSON ({exc.msg} at column {exc.colno})") from None
        query = obj.get("query") if isinstance(obj, dict) else None
        if not isinstance(query, str):
            raise QueryError(f"line {lineno}: JSON object needs a \"query\" string")
        context = obj.get("context", default_context)
        if context is not None and not isinstance(context, str):
            raise QueryError(f"line {lineno}: \"context\" must be a string")
        return query, context
    return text, default_context

def _display(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    text = text.strip()
    return text if len(text) <= 80 else text[:77] + "..."

def geocode_lines(gazetteer: Gazetteer, lines: Iterable[bytes | str],
                  context: str | None = None) -> Iterator[dict]:
    """One output object per input line; a bad line yields an error object and the rest go on."""
    for lineno, raw in enumerate(lines, 1):
        try:
            query, ctx = _parse_line(raw, lineno, context)
            yield geocode_one(gazetteer, query, ctx, lineno)
        except QueryError as exc:
            yield {"query": _display(raw), "error": str(exc)}

def geocode_one(gazetteer: Gazetteer, query: str, context: str | None = None, lineno: int | None = None) -> dict:
    """Result object for one query, or an error object when nothing matches or it is invalid."""
    where = f"line {lineno}: " if lineno else ""
    try:
        found = gazetteer.resolve(query, context=context, limit=1)
    except QueryError as exc:
        return {"query": query[:80], "error": f"{where}{exc}"}
    if not found:
        return {"query": query, "error": f"{where}no place found for {query!r}"}
    return result_record(query, found[0])

def format_table(records: list[dict]) -> str:
    """Aligned text table of result and error objects."""
    cols = ("query", "name", "lat", "lon", "country_code", "admin1", "feature_code", "geonameid", "score")
    rows = [[("" if r.get(c) is None else str(r.get(c))) if "error" not in r or c == "query" else "" for c in cols]
            for r in records]
    for row, rec in zip(rows, records, strict=False):
        if "error" in rec:
            row[1] = "ERROR: " + rec["error"]
    widths = [max([len(c)] + [len(row[i]) for row in rows if not (i == 1 and row[1].startswith("ERROR"))])
              for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=False))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)).rstrip() for row in rows]
    return "\n".join(lines)
