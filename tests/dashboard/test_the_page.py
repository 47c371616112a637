"""The Streamlit page on the built-in default incidents, and escaping of untrusted text."""


import pytest
from streamlit.testing.v1 import AppTest

from dashboard.layers import incidents_layer
from dashboard.mapview import base_map
from dashboard.popups import popup_html, safe_text
from incidents.defaults import load_default_incidents
from tests.paths import APP, SEEDS


def rendered_map(incidents: list[dict]) -> str:
    """The whole page of a map with these incidents drawn, as the browser gets it."""
    fmap = base_map()
    incidents_layer(incidents).add_to(fmap)
    return fmap.get_root().render()


def test_default_incidents_are_the_seed_facts():
    rows = {r["location"]: r for r in load_default_incidents()}
    assert rows["Sumy"]["fatalities"] == 4 and rows["Sumy"]["injured"] == 20
    assert rows["Kharkiv Oblast"]["fatalities"] == 3 and rows["Kharkiv Oblast"]["injured"] is None
    assert rows["Andriivka"]["geonameid"] == 713416 and rows["Andriivka"]["fatalities"] is None
    assert rows["Crimean Bridge"]["geonameid"] == 11876420


def test_page_renders_default_incidents_when_store_is_empty(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "empty.sqlite"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert "4 of 4 incidents (built-in default data)" in at.caption[0].value
    assert len(at.dataframe) == 1
    assert [m.value for m in at.metric] == ["4", "7", "20"]


def test_page_shows_the_store_when_it_has_incidents(tmp_path, monkeypatch):
    from incidents.storage import Store

    db = tmp_path / "s.sqlite"
    Store(db).add([{"event_id": "E1", "event_date": "2025-01-01", "event_type": "Battles", "location": "Lyman",
                    "latitude": 48.98, "longitude": 37.8}])
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert at.caption[0].value.startswith("1 of 1 incidents (store")


def test_untrusted_text_cannot_break_out_of_popups():
    evil = {"location": "<script>alert(1)</script>", "notes": "`${alert(2)}` <img src=x onerror=alert(3)> \"'",
            "event_date": "2025-06-03", "latitude": 50.0, "longitude": 30.0, "event_type": "Battles"}
    body = popup_html(evil)
    assert "<script>" not in body and "<img" not in body and "`" not in body and "${" not in body
    html = rendered_map([evil])
    assert "<script>alert(1)" not in html and "${alert(2)}" not in html
    assert safe_text("a`b$c\\d") == "a&#96;b&#36;c&#92;d"


def test_template_syntax_in_the_data_is_text_on_the_map():
    from streamlit_folium import _get_feature_group_string

    odd = {"location": "{{ 7*7 }} {{ x' }} {% if %}", "notes": "{# not a comment #}", "event_date": "2025-06-03",
           "latitude": 50.0, "longitude": 30.0, "event_type": "Battles", "event_id": "T"}
    sent = _get_feature_group_string(incidents_layer([odd]), map=base_map())  # what the page sends
    assert "{{ 7*7 }} {{ x\\u0026#x27; }} {% if %}" in sent and "{# not a comment #}" in sent and "49" not in sent
    assert "{{ 7*7 }}" in rendered_map([odd])


def test_filters_come_from_the_url_and_go_back_to_it(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "empty.sqlite"))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["region"] = ["Sumy"]
    at.run()
    assert not at.exception
    assert at.caption[0].value.startswith("2 of 4 incidents")
    assert [m.value for m in at.metric] == ["2", "4", "20"]
    at.sidebar.multiselect[1].select("Battles").run()
    assert at.caption[0].value.startswith("1 of 4 incidents")
    assert at.query_params["type"] in ("Battles", ["Battles"]) and at.query_params["region"] in ("Sumy", ["Sumy"])


def test_filter_params_round_trip_and_ignore_garbage():
    from dashboard.page import filter_from_params, params_from_filter

    flt, notices = filter_from_params({"region": ["Sumy", "Kharkiv"], "since": ["2025-06-01"],
                                       "until": ["nonsense"], "type": ["Battles", "<script>"], "min_killed": ["3"],
                                       "q": ["bridge"]})
    assert flt.regions == ["Sumy", "Kharkiv"] and flt.since == "2025-06-01" and flt.until is None
    assert flt.types == ["Battles"] and flt.min_fatalities == 3 and flt.text == "bridge"
    assert [n.split("=")[0] for n in notices] == ["Link parameter type", "Link parameter until"]
    assert filter_from_params({k: v if isinstance(v, list) else [v]
                               for k, v in params_from_filter(flt).items()}) == (flt, [])


def test_links_only_http_and_everything_escaped_in_every_layer():
    evil = {"location": "<b>x</b>`${1}`", "admin1": "Sumy", "notes": "ok", "event_date": "2025-06-03",
            "latitude": 50.9, "longitude": 34.8, "event_type": "Battles", "source_url": "javascript:alert(1)",
            "source_quote": "</table><script>alert(4)</script>"}
    assert "javascript:" not in popup_html(evil) and "<script>" not in popup_html(evil)
    good = {**evil, "source_url": "https://example.org/a?b=1&c=<2>"}
    assert "href='https://example.org/a?b=1&amp;c=&lt;2&gt;'" in popup_html(good)
    page = rendered_map([evil])
    assert "<b>x</b>" not in page and "${1}" not in page and "<script>alert(4)" not in page


def test_add_by_hand_then_edit_then_delete(tmp_path, monkeypatch, index_path):
    from incidents.storage import Store

    db = tmp_path / "s.sqlite"
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    monkeypatch.setenv("INCIDENT_MAP_INDEX", str(index_path))
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    assert "Editing is on" in " ".join(c.value for c in at.caption)
    at.text_input(key="manual_place").input("Andriivka").run()
    at.text_input(key="manual_context").input("in the Sumy region").run()
    assert at.selectbox(key="manual_choice").value.geonameid == 713416
    form_numbers = [n for n in at.number_input if n.label.startswith("Killed")]
    form_numbers[-1].set_value(2)
    next(b for b in at.button if b.label == "Add incident").click().run()
    assert not at.exception
    assert any("Saved 1" in s.value for s in at.success)
    rows = list(Store(db).db.execute("SELECT * FROM incidents"))
    assert len(rows) == 1 and rows[0]["geonameid"] == 713416 and rows[0]["fatalities"] == 2
    assert rows[0]["injured"] is None and rows[0]["status"] == "reviewed"

    at = AppTest.from_file(str(APP), default_timeout=120).run()
    assert at.caption[0].value.startswith("1 of 1 incidents (store")
    killed = next(n for n in at.number_input if n.label.startswith("Killed") and n.value == 2)
    killed.set_value(5)
    next(b for b in at.button if b.label == "Apply").click().run()
    assert Store(db).get(rows[0]["event_id"])["fatalities"] == 5
    next(c for c in at.checkbox if c.label == "Delete this incident").check()
    next(b for b in at.button if b.label == "Apply").click().run()
    assert Store(db).count() == 0


def test_beyond_loopback_without_password_is_read_only(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "s.sqlite"))
    monkeypatch.setenv("INCIDENT_MAP_HOST", "0.0.0.0")
    monkeypatch.delenv("INCIDENT_MAP_PASSWORD", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert any("Read-only" in c.value for c in at.caption)
    assert not [b for b in at.button if b.label in ("Add incident", "Extract incidents")]
    monkeypatch.setenv("INCIDENT_MAP_PASSWORD", "s3cret")
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert any("enter the password" in c.value for c in at.caption)
    assert not [b for b in at.button if b.label == "Add incident"]
    at.text_input(key="edit_password").input("wrong").run()
    assert any("Wrong password" in e.value for e in at.error)
    at.text_input(key="edit_password").input("s3cret").run()
    assert [b for b in at.button if b.label == "Add incident"]


def test_editing_mode_rules():
    from dashboard.editing import check_article, editing_mode, validate

    assert editing_mode("127.0.0.1", "")[0] == "edit"
    assert editing_mode("::1", "")[0] == "edit"
    assert editing_mode("0.0.0.0", "")[0] == "read-only"
    assert editing_mode("192.0.2.5", "pw")[0] == "password"
    assert check_article("  ") and check_article("x" * 300_000) and check_article("ok") is None
    assert "latitude" in validate({"event_date": "2025-01-01", "event_type": "Battles", "location": "x",
                                   "latitude": 99, "longitude": 30})


@pytest.mark.shared_data
def test_world_outlines_decode_from_topojson():
    from dashboard.basemap import world_outlines

    world = world_outlines(download=False)
    assert world is not None, "expected $INCIDENT_MAP_DATA/basemap/world_110m.topo.json.gz"
    names = {f["properties"]["name"] for f in world["features"]}
    assert {"Ukraine", "Russia", "Belarus"} <= names
    ukraine = next(f for f in world["features"] if f["properties"]["name"] == "Ukraine")
    ring = ukraine["geometry"]["coordinates"][0][0] if ukraine["geometry"]["type"] == "MultiPolygon" \
        else ukraine["geometry"]["coordinates"][0]
    lons, lats = zip(*ring, strict=True)
    assert 22 < min(lons) < 25 and 39 < max(lons) < 41 and 44 < min(lats) < 46 and 51 < max(lats) < 53


def test_paste_an_article_review_and_save(tmp_path, monkeypatch, index_path):
    from incidents.storage import Store

    db = tmp_path / "s.sqlite"
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    monkeypatch.setenv("INCIDENT_MAP_INDEX", str(index_path))
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.text_area(key="article_text").input(text)
    import datetime as dt

    at.date_input(key="article_date").set_value(dt.date(2025, 6, 3))
    at.button(key="extract").click().run()
    assert not at.exception
    places = [s.value.name for s in at.selectbox if s.key and s.key.startswith("place")]
    assert len(places) == 4
    at.checkbox(key="keep3").uncheck()  # the reviewer drops one
    next(n for n in at.number_input if n.key == "k0").set_value(5)  # and corrects a number
    at.button(key="save_review").click().run()
    assert any("Saved 3" in s.value for s in at.success)
    rows = {r["location"]: dict(r) for r in Store(db).db.execute("SELECT * FROM incidents")}
    assert len(rows) == 3 and rows["Sumy"]["fatalities"] == 5 and rows["Sumy"]["status"] == "reviewed"


def test_paste_a_ukrainian_article_and_save(tmp_path, monkeypatch, index_path):
    import datetime as dt

    from incidents.storage import Store

    db = tmp_path / "s.sqlite"
    monkeypatch.setenv("INCIDENT_MAP_DB", str(db))
    monkeypatch.setenv("INCIDENT_MAP_INDEX", str(index_path))
    text = "Вчора окупанти обстріляли Куп'янськ з артилерії. Поранено двох жінок, пошкоджено будинки."
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.text_area(key="article_text").input(text)
    at.date_input(key="article_date").set_value(dt.date(2024, 3, 14))
    at.button(key="extract").click().run()
    assert not at.exception
    places = [s.value.name for s in at.selectbox if s.key and s.key.startswith("place")]
    assert len(places) == 1 and places[0].startswith("Kup")  # GeoNames' English name
    at.button(key="save_review").click().run()
    assert any("Saved 1" in s.value for s in at.success)
    [row] = [dict(r) for r in Store(db).db.execute("SELECT * FROM incidents")]
    assert (row["injured"], row["event_date"]) == (2, "2024-03-13")
    assert row["source_quote"].startswith("Вчора окупанти обстріляли Куп'янськ")


def test_the_map_layer_box_holds_still_for_small_pans_and_follows_zoom():
    from dashboard.page import cell_degrees, data_box

    view = (50.80, 34.60, 51.00, 35.00)
    box, zoom = data_box(view, 12, None)
    step = cell_degrees(12)
    assert zoom == 12 and box[0] < view[0] and box[3] > view[3]
    assert all(abs(v / step - round(v / step)) < 1e-9 for v in box)  # on the cell grid
    nudged = (50.82, 34.63, 51.02, 35.03)  # Leaflet panning a little to show a popup
    assert data_box(nudged, 12, (box, 12)) == (box, 12)
    assert data_box(nudged, 13, (box, 12))[0] != box  # zoomed: a new box
    far = (49.9, 36.1, 50.1, 36.5)
    moved, _ = data_box(far, 12, (box, 12))
    assert moved[0] <= far[0] and moved[3] >= far[3]
    assert data_box(None, None, None) == (None, None)


def test_csv_download_can_start_with_a_byte_order_mark(tmp_path, monkeypatch):
    from dashboard.page import csv_bytes

    rows = [{"event_id": "E1", "event_date": "2025-01-01", "event_type": "Battles", "location": "Лиман",
             "latitude": 48.98, "longitude": 37.8}]
    plain, marked = csv_bytes(rows), csv_bytes(rows, bom=True)
    assert not plain.startswith(b"\xef\xbb\xbf") and marked == b"\xef\xbb\xbf" + plain
    assert "Лиман" in marked.decode("utf-8-sig")
    monkeypatch.setenv("INCIDENT_MAP_DB", str(tmp_path / "empty.sqlite"))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    box = next(c for c in at.checkbox if c.key == "csv_bom")
    box.check().run()
    assert not at.exception and box.value is True
