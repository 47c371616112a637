"""The page's "Live sources" panel: each followed feed or page with its last poll, new items and
last error. Only widgets here; the rows come from :func:`source_rows`, the data from
:mod:`incidents.fetch.sources`. Web text is shown as table cells and escaped markdown, never HTML."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from incidents.fetch.sources import list_sources
from incidents.storage import open_store

from .page import md_escape

MAX_ERROR_CHARS = 300


def source_rows(sources: Iterable[dict]) -> list[dict]:
    """Table rows for the panel (plain text cells, in the store's order)."""
    rows = []
    for s in sources:
        error = s.get("last_error") or ""
        rows.append({"source": s["url"], "kind": s.get("kind") or "", "saved": bool(s.get("saved")),
                     "last poll": s.get("last_poll") or "never", "status": s.get("last_status") or "",
                     "new items": s.get("new_items"),
                     "last error": error if len(error) <= MAX_ERROR_CHARS else error[:MAX_ERROR_CHARS] + "…"})
    return rows


def panel_label(rows: list[dict]) -> str:
    failing = sum(r["status"] in ("failed", "partly read") for r in rows)
    return f"Live sources: {len(rows)}" + (f", {failing} failing" if failing else "")


@st.cache_resource
def _user_store(path):
    """The user's store (the page may be showing the built-in defaults), once per server process."""
    return open_store(path)


def render(store_path) -> None:
    """An expander with the sources table (nothing when no source was ever read or saved)."""
    rows = source_rows(list_sources(_user_store(store_path)))
    if not rows:
        return
    with st.expander(md_escape(panel_label(rows))):
        st.caption("Polled by `incident-map ingest --saved --every 15m`; add sources with `incident-map sources add`.")
        st.dataframe(rows, width="stretch", hide_index=True, key="live_sources")
