"""The page's live-sources panel: each source's last poll, new items and last error, as text."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard.sources_panel import panel_label, source_rows
from incidents.fetch.sources import Poll, add_source, record_poll
from incidents.storage import Store
from tests.paths import APP

HOSTILE = 'http://feeds.example/x: malformed feed (<img src=x onerror=alert(1)> **bold** [link](javascript:alert(2)))'


def test_the_panel_lists_each_source_with_its_last_poll(tmp_path, monkeypatch):
    db = tmp_path / "s.sqlite"
    store = Store(db)
    add_source(store, "http://feeds.example/rss")
    record_poll(store, Poll("http://feeds.example/rss", "feed", "ok", None, 3, '"e1"'))
    record_poll(store, Poll("http://feeds.example/x", "feed", "failed", HOSTILE, 0))
    add_source(store, "http://feeds.example/never")
    store.close()
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    (panel,) = [e for e in at.expander if e.label.startswith("Live sources")]
    assert panel.label == "Live sources: 3, 1 failing"
    table = panel.dataframe[0].value
    by_url = {row["source"]: row for row in table.to_dict("records")}
    assert by_url["http://feeds.example/rss"]["new items"] == 3
    assert by_url["http://feeds.example/rss"]["status"] == "ok" and by_url["http://feeds.example/rss"]["saved"]
    assert by_url["http://feeds.example/never"]["last poll"] == "never"
    assert by_url["http://feeds.example/x"]["last error"] == HOSTILE  # a table cell: shown as text, not HTML
    # nothing of the error reaches markdown or HTML elements
    rendered = [m.value for m in at.markdown] + [c.value for c in at.caption] + [e.label for e in at.expander]
    assert not any("onerror" in text or "javascript:" in text for text in rendered)


def test_no_panel_without_sources(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "empty.sqlite"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception and not [e for e in at.expander if e.label.startswith("Live sources")]


def test_rows_and_label_are_plain_text():
    rows = source_rows([{"url": "http://a/", "kind": None, "saved": 0, "last_poll": None, "last_status": "failed",
                         "last_error": "x" * 1000, "new_items": None}])
    assert rows[0]["last poll"] == "never" and len(rows[0]["last error"]) == 301
    assert panel_label(rows) == "Live sources: 1, 1 failing"
