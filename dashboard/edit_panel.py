"""The page's "Add and edit" panel: article -> reviewed incidents, manual add, edit and delete.
Only widgets here; checks live in dashboard.editing, storage in incidents.storage."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from incidents.record import EVENT_TYPES, SUB_EVENT_TYPES, fit_ranges, place_fields
from incidents.storage import open_store

from .editing import check_article, editing_mode, password_ok, validate
from .page import md_escape

SUB_TYPES = list(dict.fromkeys(sub for subs in SUB_EVENT_TYPES.values() for sub in subs))


@st.cache_resource
def writable_store(store_path):
    """The user's store (never the built-in defaults), one connection per server process."""
    return open_store(store_path)


@st.cache_resource
def shared_resolver():
    from gazetteer import Gazetteer

    return Gazetteer()


def place_label(c) -> str:
    return f"{c.name} ({', '.join(p for p in (c.admin2, c.admin1, c.country_code) if p)}; {c.precision})"


def _saved(store_path, records: list[dict]) -> None:
    problems = [p for p in (validate(r) for r in records) if p]
    if problems:
        st.error(md_escape(problems[0]))
        return
    ids = writable_store(store_path).add(records)
    st.success(f"Saved {len(ids)} incident(s).")


def render(store_path, visible: list[dict]) -> None:
    """Draw the panel for the store at ``store_path`` (the page's filtered rows are ``visible``)."""
    mode, message = editing_mode()
    st.header("Add and edit incidents")
    st.caption(message)
    if mode == "read-only":
        return
    if mode == "password" and not st.session_state.get("editing_unlocked"):
        given = st.text_input("Password", type="password", key="edit_password")
        if given and password_ok(given):
            st.session_state["editing_unlocked"] = True
            st.rerun()
        elif given:
            st.error("Wrong password.")
        return
    from_article, manual, edit = st.tabs(["From an article", "Add by hand", "Edit or delete"])
    with from_article:
        _from_article(store_path)
    with manual:
        _manual(store_path)
    with edit:
        _edit(store_path, visible)


def _from_article(store_path) -> None:
    text = st.text_area("Article text", key="article_text", height=160)
    upload = st.file_uploader("…or upload a .txt file (5 MB at most)", type=["txt"], key="article_file")
    if upload is not None:
        try:
            text = upload.getvalue().decode("utf-8-sig")
        except UnicodeDecodeError:
            st.error(md_escape(f"{upload.name}: not UTF-8 text."))
            return
    published = st.date_input("Publication date", value=dt.date.today(), key="article_date")
    if st.button("Extract incidents", key="extract"):
        problem = check_article(text)
        if problem:
            st.error(problem)
            return
        from incidents.extract import extract_incidents

        st.session_state["review"] = {"text": text, "published": published.isoformat(),
                                      "incidents": extract_incidents(text, published, shared_resolver())}
    review = st.session_state.get("review")
    if not review:
        return
    if not review["incidents"]:
        st.info("No incidents found in this text.")
        return
    records = []
    for n, inc in enumerate(review["incidents"]):
        title = md_escape(f"{n + 1}. {inc.event_type} at {inc.location} on {inc.event_date}")
        with st.expander(title, expanded=True):
            keep = st.checkbox("Save this incident", value=True, key=f"keep{n}")
            options = inc.places  # the resolver's ranking for the place as the text wrote it
            choice = st.selectbox("Place", options, format_func=place_label, key=f"place{n}") if options else None
            date = st.date_input("Date", value=dt.date.fromisoformat(inc.event_date), key=f"date{n}")
            etype = st.selectbox("Type", EVENT_TYPES, index=EVENT_TYPES.index(inc.event_type), key=f"type{n}")
            killed = st.number_input("Killed (empty = unknown)", min_value=0, value=inc.fatalities, key=f"k{n}")
            injured = st.number_input("Injured (empty = unknown)", min_value=0, value=inc.injured, key=f"i{n}")
            if keep:
                rec = fit_ranges({**inc.as_record(), "event_date": date.isoformat(), "event_type": etype,
                                  "fatalities": killed, "injured": injured, "status": "reviewed",
                                  "source": "pasted article"})
                if choice is not None:
                    rec.update(place_fields(choice))
                records.append(rec)
    if st.button("Save reviewed incidents", key="save_review"):
        _saved(store_path, records)
        st.session_state.pop("review", None)


def _manual(store_path) -> None:
    place = st.text_input("Place name", key="manual_place")
    context = st.text_input("Context (e.g. 'in the Sumy region')", key="manual_context")
    options = shared_resolver().resolve(place, context=context or None, limit=5) if place.strip() else []
    if st.session_state.get("manual_query") != (place, context):  # new words, new ranking: drop the old pick
        st.session_state["manual_query"] = (place, context)
        st.session_state.pop("manual_choice", None)
    choice = st.selectbox("Resolved place", options, format_func=place_label, key="manual_choice") if options else None
    if place.strip() and not options:
        st.warning(md_escape(f"No place found for {place!r}."))
    with st.form("manual_add"):
        date = st.date_input("Date", value=dt.date.today())
        etype = st.selectbox("Type", EVENT_TYPES)
        sub = st.selectbox("Sub-type", SUB_TYPES)
        killed = st.number_input("Killed (empty = unknown)", min_value=0, value=None)
        injured = st.number_input("Injured (empty = unknown)", min_value=0, value=None)
        actor1 = st.text_input("Actor 1")
        notes = st.text_area("Notes")
        source = st.text_input("Source")
        url = st.text_input("Source URL")
        if st.form_submit_button("Add incident"):
            if choice is None:
                st.error("Cannot save: location: choose a place first.")
                return
            _saved(store_path, [{**place_fields(choice), "event_date": date.isoformat(), "event_type": etype,
                                 "sub_event_type": sub, "fatalities": killed, "injured": injured,
                                 "actor1": actor1, "notes": notes, "source": source, "source_url": url,
                                 "status": "reviewed"}])


def _edit(store_path, visible: list[dict]) -> None:
    if not visible:
        st.info("No incident matches the filters.")
        return
    ids = [r["event_id"] for r in visible]
    by_id = {r["event_id"]: r for r in visible}
    chosen = st.selectbox("Incident", ids, key="edit_id", format_func=lambda i: (
        f"{by_id[i]['event_date']} · {by_id[i]['location']} · {by_id[i]['event_type']}"))
    rec = by_id[chosen]
    store = writable_store(store_path)
    if store.get(chosen) is None:
        st.info("This is a built-in default incident; add incidents to your own store to edit them.")
        return
    with st.form("edit_form"):
        date = st.date_input("Date", value=dt.date.fromisoformat(rec["event_date"]))
        etype = st.selectbox("Type", EVENT_TYPES, index=EVENT_TYPES.index(rec["event_type"]))
        killed = st.number_input("Killed (empty = unknown)", min_value=0, value=rec["fatalities"])
        injured = st.number_input("Injured (empty = unknown)", min_value=0, value=rec["injured"])
        notes = st.text_area("Notes", value=rec.get("notes") or "")
        delete = st.checkbox("Delete this incident")
        if st.form_submit_button("Apply"):
            if delete:
                store.delete(chosen)
                st.cache_resource.clear()
                st.success("Deleted.")
                return
            changes = {"event_date": date.isoformat(), "event_type": etype, "fatalities": killed,
                       "injured": injured, "notes": notes}
            problem = validate({**rec, **changes})
            if problem:
                st.error(md_escape(problem))
                return
            store.update(chosen, changes)
            st.cache_resource.clear()
            st.success("Saved.")
