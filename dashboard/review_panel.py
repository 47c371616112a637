"""The page's review queue: incidents waiting for review (status "extracted"), newest first, each
with its source sentence highlighted, its sources and links, the resolver's alternative places, and
accept / edit / reject. Only widgets here; the decisions are in dashboard.review and incidents.query."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from incidents.query import incident_sources, review_queue
from incidents.record import EVENT_TYPES, place_fields

from .edit_panel import place_label, shared_resolver, writable_store
from .editing import editing_mode, validate
from .page import md_escape
from .review import QUEUE_PAGE, alternatives, card_html


def can_edit() -> tuple[bool, str]:
    """Whether this visitor may accept, edit or reject (the page's one editing rule), and why not."""
    mode, message = editing_mode()
    if mode == "edit" or (mode == "password" and st.session_state.get("editing_unlocked")):
        return True, ""
    if mode == "password":
        return False, "Enter the password under “Add and edit incidents” to accept, edit or reject."
    return False, message


def render(store_path, store, pending: int) -> None:
    """The queue for the page's ``store`` (reads); decisions go to the user's store at ``store_path``."""
    st.header(f"Review queue ({pending:,} waiting)")
    notice = st.session_state.pop("review_notice", None)
    if notice:
        st.success(md_escape(notice))
    if not pending:
        st.caption("Nothing waits for review: every incident has been accepted, edited or rejected.")
        return
    allowed, why = can_edit()
    if why:
        st.caption(md_escape(why))
    pages = max(1, -(-pending // QUEUE_PAGE))
    page = st.number_input(f"Page (of {pages:,}, {QUEUE_PAGE} per page, newest first)", min_value=1,
                           max_value=pages, value=1, step=1, key="review_page") if pages > 1 else 1
    rows = review_queue(store, limit=QUEUE_PAGE, offset=(int(page) - 1) * QUEUE_PAGE)
    sources = incident_sources(store, [r["event_id"] for r in rows])
    for rec in rows:
        with st.container(border=True, key=f"review_{rec['event_id']}"):
            st.html(card_html(rec, sources[rec["event_id"]]))
            if allowed:
                _decide(store_path, rec)


def _decide(store_path, rec: dict) -> None:
    event_id = rec["event_id"]
    accept, reject, edit = st.columns([1, 1, 4])
    if accept.button("Accept", key=f"accept_{event_id}"):
        _save(store_path, event_id, {"status": "reviewed"}, "Accepted")
    if reject.button("Reject", key=f"reject_{event_id}"):
        _save(store_path, event_id, {"status": "rejected"}, "Rejected")
    if edit.button("Edit", key=f"edit_{event_id}"):
        st.session_state["review_editing"] = event_id
    if st.session_state.get("review_editing") == event_id:  # the resolver runs only for the one being edited
        _edit_form(store_path, rec)


def _edit_form(store_path, rec: dict) -> None:
    event_id = rec["event_id"]
    with st.form(f"review_form_{event_id}"):
        options = []
        try:
            options = alternatives(shared_resolver(), rec)
        except Exception as exc:  # no gazetteer index here: the place stays as it is
            st.caption(md_escape(f"No alternative places: {str(exc).splitlines()[0][:200]}"))
        choice = st.selectbox("Place (the resolver's ranking)", options, format_func=place_label,
                              key=f"rplace_{event_id}") if options else None
        date = st.date_input("Date", value=dt.date.fromisoformat(rec["event_date"]), key=f"rdate_{event_id}")
        etype = st.selectbox("Type", EVENT_TYPES, index=EVENT_TYPES.index(rec["event_type"]), key=f"rtype_{event_id}")
        killed = st.number_input("Killed (empty = unknown)", min_value=0, value=rec["fatalities"],
                                 key=f"rk_{event_id}")
        injured = st.number_input("Injured (empty = unknown)", min_value=0, value=rec["injured"],
                                  key=f"ri_{event_id}")
        if st.form_submit_button("Save as reviewed"):
            changes = {"event_date": date.isoformat(), "event_type": etype, "fatalities": killed,
                       "injured": injured, "status": "reviewed"}
            if choice is not None and choice.geonameid != rec.get("geonameid"):
                changes.update(place_fields(choice))
            problem = validate({**rec, **changes})
            if problem:
                st.error(md_escape(problem))
                return
            _save(store_path, event_id, changes, "Saved")


def _save(store_path, event_id: str, changes: dict, done: str) -> None:
    store = writable_store(store_path)
    if store.get(event_id) is None:
        st.error("This incident is not in your store (built-in default data cannot be changed).")
        return
    store.update(event_id, changes)
    st.session_state["review_notice"] = f"{done}: {event_id}"
    st.session_state.pop("review_editing", None)
    st.rerun()  # the map, counts and queue all change
