"""The review queue and time playback: their plain functions, and the real page (Streamlit AppTest)
on a real SQLite store."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.playback import (
    Playback,
    choose_step,
    frame_filter,
    frames,
    nearest_frame,
    next_frame,
    params_from_playback,
    playback_from_params,
    tick,
)
from dashboard.review import alternatives, card_html, highlight
from incidents.query import IncidentFilter
from incidents.storage import Store
from tests.paths import APP

EVIL = "<script>alert(1)</script> `${x}` <img src=x onerror=alert(2)>"
BASE = {"event_type": "Explosions/Remote violence", "admin1": "Sumy", "latitude": 50.9174, "longitude": 34.7991}


def test_the_source_sentence_is_highlighted_and_escaped():
    assert highlight("Shelling of Sumy killed 4 people; SUMY mourns.", ["Sumy", "4"]) == (
        "Shelling of <mark>Sumy</mark> killed <mark>4</mark> people; <mark>SUMY</mark> mourns.")
    out = highlight(EVIL + " in Sumy", ["Sumy", "<script>"])
    assert "<script>" not in out and "<img" not in out and "`" not in out and "${" not in out
    assert "<mark>&lt;script&gt;</mark>" in out and "<mark>Sumy</mark>" in out
    card = card_html({"event_id": "X", "event_date": "2025-06-03", "event_type": "Battles", "location": EVIL,
                      "fatalities": 4, "fatalities_low": 4, "fatalities_high": 6, "injured": None,
                      "source_quote": EVIL, "status": "extracted"},
                     [{"source": EVIL, "source_url": "javascript:alert(3)", "published": "2025-06-03"},
                      {"source": "paper", "source_url": "https://example.org/a?b=<1>", "published": None}])
    assert "<script>" not in card and "<img" not in card and "javascript:" not in card
    assert "killed 4 (range 4–6)" in card and "2 sources" in card and "unreviewed" in card
    assert "href='https://example.org/a?b=&lt;1&gt;'" in card


def test_frames_step_by_week_or_day_and_filter_a_window_or_everything_until_then():
    weeks = frames("2025-06-04", "2025-06-20", "week")
    assert weeks == ["2025-06-02", "2025-06-09", "2025-06-16"]  # Mondays
    assert frames("2025-06-04", "2025-06-06", "day") == ["2025-06-04", "2025-06-05", "2025-06-06"]
    assert frames("2025-06-06", "2025-06-04", "day") == []
    assert choose_step("2000-01-01", "2025-01-01", "day") == "week"  # too many days for a slider
    flt = IncidentFilter(since="2025-06-04", until="2025-06-20", types=["Battles"])
    window = frame_filter(flt, "2025-06-02", "week", "window")
    assert (window.since, window.until, window.types) == ("2025-06-04", "2025-06-08", ["Battles"])
    cumulative = frame_filter(flt, "2025-06-16", "week", "cumulative")
    assert (cumulative.since, cumulative.until) == ("2025-06-04", "2025-06-20")
    assert nearest_frame(weeks, "2025-06-11") == 1 and nearest_frame(weeks, None) == 0
    assert next_frame(1, 3) == 2 and next_frame(2, 3) is None


def test_a_tick_steps_once_an_interval_and_stops_at_the_end():
    assert tick(0, 3, True, now=10.0, last_step=9.0, interval=1.0) == (1, True, 10.0)
    assert tick(1, 3, True, now=10.3, last_step=10.0, interval=1.0) == (1, True, 10.0)  # a pan between steps
    assert tick(2, 3, True, now=11.0, last_step=10.0, interval=1.0) == (2, False, 11.0)  # the end
    assert tick(0, 3, False, now=99.0, last_step=0.0) == (0, False, 0.0)  # paused


def test_playback_link_round_trip_and_bad_values():
    state = Playback(on=True, at="2025-06-09", step="day", mode="cumulative")
    params = {k: [v] for k, v in params_from_playback(state).items()}
    assert playback_from_params(params) == (state, [])
    assert params_from_playback(Playback()) == {}
    back, notices = playback_from_params({"play": ["1"], "at": ["2025-02-30"], "step": ["year"], "mode": ["<b>"]})
    assert back == Playback(on=True) and len(notices) == 3


@pytest.fixture
def queue_db(tmp_path, monkeypatch):
    db = tmp_path / "s.sqlite"
    Store(db).add([
        {**BASE, "event_id": "P1", "event_date": "2025-06-03", "location": "Sumy", "fatalities": 4,
         "source_quote": "A strike on Sumy killed 4 people. " + EVIL, "source": EVIL,
         "source_url": "https://example.org/sumy"},
        {**BASE, "event_id": "P2", "event_date": "2025-06-10", "location": "Sumy", "latitude": 51.5,
         "source_quote": "Shelling near Sumy."},
        {**BASE, "event_id": "R1", "event_date": "2025-06-17", "location": "Sumy", "latitude": 50.2,
         "status": "reviewed"},
    ], dedupe=False)
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    return db


def test_accept_and_reject_in_the_queue(queue_db):
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert "**2** incidents wait for review" in [m.value for m in at.sidebar.markdown]
    assert any(h.value == "Review queue (2 waiting)" for h in at.header)
    cards = [e.proto.body for e in at.get("html") if "review-card" in e.proto.body]
    assert len(cards) == 2 and "P2" not in cards[0]  # newest first: P2 (June 10), then P1
    assert "Shelling near <mark>Sumy</mark>" in cards[0]
    assert "<script>" not in cards[1] and "&lt;script&gt;" in cards[1] and "https://example.org/sumy" in cards[1]
    at.button(key="accept_P1").click().run()
    assert not at.exception and Store(queue_db).get("P1")["status"] == "reviewed"
    assert any("Accepted: P1" in s.value for s in at.success)
    at.button(key="reject_P2").click().run()
    assert Store(queue_db).get("P2")["status"] == "rejected" and Store(queue_db).count() == 3  # kept
    assert "Nothing waits for review." in [m.value for m in at.sidebar.markdown]
    assert at.caption[0].value.startswith("2 of 3 incidents")  # the rejected one is hidden ...
    at.sidebar.multiselect[2].set_value(["rejected"]).run()  # ... unless asked for
    assert at.caption[0].value.startswith("1 of 3 incidents")
    assert at.query_params["status"] in ("rejected", ["rejected"])


def test_a_link_can_ask_for_reviewed_only(queue_db):
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["status"] = ["reviewed"]
    at.run()
    assert at.caption[0].value.startswith("1 of 3 incidents")
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["status"] = ["maybe"]
    at.run()
    assert at.caption[0].value.startswith("3 of 3 incidents") and "status='maybe'" in at.warning[0].value


def test_read_only_visitors_see_the_queue_without_buttons(queue_db, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_HOST", "0.0.0.0")
    monkeypatch.delenv("INCIDENT_MAP_PASSWORD", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert any(h.value == "Review queue (2 waiting)" for h in at.header)
    assert not [b for b in at.button if b.key and b.key.startswith(("accept_", "reject_", "edit_"))]


def test_playback_steps_the_map_through_weeks_and_keeps_the_frame_in_the_url(queue_db):
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.toggle(key="pb_on").set_value(True).run()
    assert not at.exception
    slider = at.select_slider(key="pb_frame")
    assert slider.options == ["2025-06-02 – 2025-06-08", "2025-06-09 – 2025-06-15", "2025-06-16 – 2025-06-22"]
    assert slider.value == "2025-06-02"
    assert any("Showing 2025-06-02 to 2025-06-08: 1 incidents" in c.value for c in at.caption)
    slider.set_value("2025-06-16").run()
    assert any("Showing 2025-06-16 to 2025-06-22: 1 incidents" in c.value for c in at.caption)
    assert at.query_params["at"] in ("2025-06-16", ["2025-06-16"])
    at.radio(key="pb_mode").set_value("cumulative").run()
    assert any("Showing the start to 2025-06-22: 3 incidents" in c.value for c in at.caption)
    at.button(key="pb_play").click().run()  # play at the last frame: from the start again
    assert at.button(key="pb_play").label == "⏸ Pause" and at.select_slider(key="pb_frame").value == "2025-06-02"
    at.button(key="pb_play").click().run()
    assert at.button(key="pb_play").label == "▶ Play"

    link = AppTest.from_file(str(APP), default_timeout=60)  # the link opens the same frame
    link.query_params.update({"play": "1", "at": "2025-06-09", "step": "week", "mode": "window"})
    link.run()
    assert link.toggle(key="pb_on").value and link.select_slider(key="pb_frame").value == "2025-06-09"
    assert any("Showing 2025-06-09 to 2025-06-15: 1 incidents" in c.value for c in link.caption)


def test_alternatives_put_the_stored_place_first(gaz):
    rec = {"location": "Andriivka", "source_quote": "Shelling of Andriivka in the Sumy region.",
           "geonameid": 713416}
    places = alternatives(gaz, rec)
    assert places[0].geonameid == 713416 and len(places) > 1
    other = {**rec, "geonameid": places[1].geonameid}
    assert alternatives(gaz, other)[0].geonameid == places[1].geonameid


def test_edit_in_the_queue_offers_the_resolvers_places(queue_db, monkeypatch, index_path):
    monkeypatch.setenv("INCIDENT_MAP_INDEX", str(index_path))
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.button(key="edit_P1").click().run()
    place = at.selectbox(key="rplace_P1")
    assert place.value.name == "Sumy" and len(place.options) > 1
    at.number_input(key="rk_P1").set_value(6)
    next(b for b in at.button if b.label == "Save as reviewed").click().run()
    assert not at.exception
    rec = Store(queue_db).get("P1")
    assert rec["status"] == "reviewed" and rec["fatalities"] == 6


def test_the_popup_counts_sources_shows_the_spread_and_marks_unreviewed():
    from dashboard.popups import popup_html

    body = popup_html({"event_date": "2025-06-03", "location": "Sumy", "fatalities": 6, "fatalities_low": 4,
                       "fatalities_high": 6, "injured": 3, "status": "extracted", "source_count": 2})
    assert "<th>Killed</th><td>6 (4–6)</td>" in body and "<th>Injured</th><td>3</td>" in body
    assert "<th>Sources</th><td>2</td>" in body and "<th>Review</th><td>unreviewed</td>" in body
    assert "Review" not in popup_html({"location": "Sumy", "status": "reviewed"})


def test_the_selected_incident_lists_all_its_sources(tmp_path, monkeypatch):
    db = tmp_path / "s.sqlite"
    store = Store(db)
    for name in ("paper-a", "paper-b"):
        store.add([{**BASE, "event_id": f"M-{name}", "event_date": "2025-06-03", "location": "Sumy",
                    "source": name, "source_url": f"https://example.org/{name}", "source_quote": f"{name} says"}])
    assert store.count() == 1
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["selected"] = "M-paper-a"
    at.run()
    assert not at.exception and "Selected:" in at.info[0].value
    listing = next(e.proto.body for e in at.get("html") if "2 sources" in e.proto.body)
    assert "paper-a" in listing and "paper-b" in listing and "https://example.org/paper-b" in listing


def test_beyond_loopback_the_queue_needs_the_password(queue_db, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_HOST", "0.0.0.0")
    monkeypatch.setenv("INCIDENT_MAP_PASSWORD", "s3cret")
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert any("Enter the password" in c.value for c in at.caption)
    assert not [b for b in at.button if b.key and b.key.startswith("accept_")]
    at.text_input(key="edit_password").input("s3cret").run()
    at.button(key="reject_P1").click().run()
    assert Store(queue_db).get("P1")["status"] == "rejected"


def test_unreviewed_incidents_are_drawn_faint():
    from dashboard.layers import point_rows

    rows = point_rows([{**BASE, "event_date": "2025-06-03", "location": "Sumy", "status": status}
                       for status in ("extracted", "reviewed")])
    assert [r[8] for r in rows] == [1, 0]
