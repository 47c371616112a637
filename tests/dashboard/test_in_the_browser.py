"""End to end in a real browser: Debian's chromium driven by Playwright against `incident-map serve`.

Runs with no internet: the map's scripts are served locally and the basemap falls back to local
outlines. Screenshots go to artifacts/ (not in git).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from geojson_pydantic import FeatureCollection

from tests.paths import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.server]

ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path, host: str | None = None):
    """Start `incident-map serve` (on 127.0.0.1, or on ``host`` as given) and wait until it answers."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed (apt-get install chromium); the browser test cannot run")
    port = _free_port()
    command = [sys.executable, "-m", "cli", "serve", "--port", str(port), "--db", str(db)]
    if host is not None:
        command += ["--host", host]
    env = {k: v for k, v in os.environ.items() if k not in ("INCIDENT_MAP_HOST", "INCIDENT_MAP_PASSWORD")}
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://{'[::1]' if host and ':' in host else '127.0.0.1'}:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail(f"dashboard did not answer on {url}: {proc.stdout.read().decode()[-2000:]}")
    return url, proc


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url, proc = _serve(tmp_path_factory.mktemp("db") / "empty.sqlite")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)> `${alert(2)}` \"quoted\" 'single'"


@pytest.fixture(scope="module")
def evil_server(tmp_path_factory):
    from incidents.storage import Store

    db = tmp_path_factory.mktemp("evil") / "evil.sqlite"
    Store(db).add([{"event_id": "EVIL", "event_date": "2025-06-03", "event_type": "Battles",
                    "location": "Sumy " + EVIL, "admin1": EVIL, "notes": EVIL, "actor1": EVIL,
                    "source_quote": EVIL, "source_url": "javascript:alert(3)",
                    "latitude": 50.9174, "longitude": 34.7991}])
    url, proc = _serve(db)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _markers(page) -> int:
    """Incidents on the map: single circles plus the counts on cluster badges."""
    frame = page.frame_locator("iframe[title*='streamlit_folium']").first
    frame.locator("path.incident-marker, .marker-cluster").first.wait_for(timeout=60_000)
    page.wait_for_timeout(500)
    clusters = frame.locator(".marker-cluster").all_inner_texts()
    return frame.locator("path.incident-marker").count() + sum(int(t) for t in clusters)


def test_map_filters_and_downloads(server, tmp_path):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.goto(server)
        assert _markers(page) == 4
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "dashboard-all.png"), full_page=True)

        frame = page.frame_locator("iframe[title*='streamlit_folium']").first
        frame.locator("path.incident-marker").first.click(force=True)
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=20_000)
        assert "Killed" in popup.inner_text()
        page.get_by_text("Selected:").wait_for(timeout=30_000)  # the click selected the incident's row
        page.screenshot(path=str(ARTIFACTS / "dashboard-popup.png"), full_page=True)

        page.get_by_text("Heat map").click()
        frame.locator("canvas.leaflet-heatmap-layer").wait_for(timeout=30_000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(ARTIFACTS / "dashboard-heat.png"), full_page=True)
        page.get_by_text("Incidents per oblast").click()
        page.wait_for_timeout(2000)
        page.screenshot(path=str(ARTIFACTS / "dashboard-choropleth.png"), full_page=True)

        page.get_by_text("Points").click()
        region = page.get_by_role("combobox").first  # the sidebar's region filter, as a user would
        region.click()
        region.fill("Sumy")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")  # close the list, so nothing else gets picked on the way out
        page.get_by_text("2 of 4 incidents").wait_for(timeout=60_000)
        assert _markers(page) == 2
        assert "region=Sumy" in page.url  # the view is a shareable link

        page.goto(server + "/?region=Sumy")  # ... and the link opens the same view
        page.get_by_text("2 of 4 incidents").wait_for(timeout=60_000)
        assert _markers(page) == 2
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "dashboard-sumy.png"), full_page=True)

        with page.expect_download() as info:
            page.get_by_role("button", name="Download GeoJSON").click()
        path = tmp_path / "sumy.geojson"
        info.value.save_as(path)
        browser.close()
    doc = json.loads(path.read_text(encoding="utf-8"))
    FeatureCollection.model_validate(doc)
    assert sorted(f["properties"]["location"] for f in doc["features"]) == ["Andriivka", "Sumy"]


def _launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


def test_hostile_text_is_shown_not_run(evil_server):
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(evil_server)
        assert _markers(page) == 1  # a backtick or ${...} in the data did not stop the map from drawing
        frame = page.frame_locator("iframe[title*='streamlit_folium']").first
        frame.locator("path.incident-marker").first.click(force=True)
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=20_000)
        assert "<script>alert('x')</script>" in popup.inner_text()  # shown as text
        assert frame.locator(".leaflet-popup-content a").count() == 0  # javascript: link dropped
        selected = page.get_by_text("Selected:")
        selected.wait_for(timeout=30_000)
        assert "<script>alert('x')</script>" in selected.inner_text()
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "dashboard-hostile.png"), full_page=True)
        selected.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "dashboard-hostile-table.png"))
        browser.close()
    assert dialogs == []


@contextmanager
def _map_page(url: str):
    """A browser page showing the dashboard's map, and the frame that holds the Leaflet map."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        _markers(page)
        yield page, next(f for f in page.frames if f.evaluate("typeof window.map !== 'undefined'"))
        browser.close()


def test_map_keeps_its_view_when_filters_change(server):
    with _map_page(server) as (page, map_frame):
        frame = page.frame_locator("iframe[title*='streamlit_folium']").first
        start = map_frame.evaluate("window.map.getZoom()")
        frame.locator(".leaflet-control-zoom-in").click()
        page.wait_for_timeout(1500)
        zoom = map_frame.evaluate("window.map.getZoom()")
        assert zoom == start + 1
        page.get_by_text("Heat map").click()  # a rerun with another data layer
        page.wait_for_timeout(2500)
        assert map_frame.evaluate("window.map.getZoom()") == zoom


def test_picking_a_table_row_centres_the_map(server):
    with _map_page(server) as (page, map_frame):
        table = page.locator("[data-testid='stDataFrame']")
        table.scroll_into_view_if_needed()
        box = table.bounding_box()
        page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)  # the first row's selection box
        page.get_by_text("Selected:").wait_for(timeout=30_000)
        page.wait_for_timeout(2500)
        assert map_frame.evaluate("window.map.getZoom()") == 9
        lat, lng = map_frame.evaluate("[window.map.getCenter().lat, window.map.getCenter().lng]")
        assert abs(lat - 51.126) < 0.05 and abs(lng - 34.825) < 0.05  # newest first: Andriivka's row


SUMY = (50.91, 34.80)


def _scale_records(n: int = 6000, near_sumy: int = 200, seed: int = 2025) -> list[dict]:
    """``n`` incidents spread over Ukraine in 2025, ``near_sumy`` of them within 0.05 degrees of Sumy."""
    import datetime as dt
    import random

    from incidents.record import EVENT_TYPES

    rng = random.Random(seed)
    records = []
    for i in range(n):
        day = (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))).isoformat()
        if i < near_sumy:
            lat, lon = SUMY[0] + rng.uniform(-0.05, 0.05), SUMY[1] + rng.uniform(-0.05, 0.05)
            place, region = f"Sumy site {i}", "Sumy"
        else:
            lat, lon = rng.uniform(46, 52), rng.uniform(23, 40)
            place, region = f"Village {i}", None
        records.append({"event_id": f"SCALE{i:05d}", "event_date": day, "event_type": rng.choice(EVENT_TYPES),
                        "location": place, "admin1": region, "latitude": lat, "longitude": lon,
                        "fatalities": rng.choice([0, 0, 0, 1, 2, 5]), "geo_precision": 1,
                        "notes": f"Generated incident {i} for the scale test"})
    return records


def _settle(page, frames: list[float], since: int | None = None, quiet: float = 1.5, timeout: float = 30) -> None:
    """Wait until the page's websocket has been silent for ``quiet`` seconds (no rerun under way);
    with ``since`` (a length of ``frames``), first until a rerun has begun after that point."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if (since is None or len(frames) > since) and (not frames or time.time() - frames[-1] >= quiet):
            return
        page.wait_for_timeout(200)
    pytest.fail(f"no rerun, or one that never ended, within {timeout}s")


def test_large_store_draws_cells_then_points_when_zoomed_in(tmp_path):
    """6,000 incidents: grid cells over Ukraine at first; wheeling in on Sumy brings back one
    clickable circle per incident, without remounting the map or rerunning on its own."""
    from playwright.sync_api import sync_playwright

    from incidents.storage import Store

    records = _scale_records()
    total = len(records)
    Store(tmp_path / "scale.sqlite").add(records, dedupe=False)
    # the cell holding Sumy at the first view (zoom 6, see dashboard.page.cell_degrees)
    size = 32.0 / 2 ** 6
    in_sumy_cell = sum(1 for r in records if (r["latitude"] // size, r["longitude"] // size)
                       == (SUMY[0] // size, SUMY[1] // size))
    url, proc = _serve(tmp_path / "scale.sqlite")
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            frames: list[float] = []  # websocket traffic, to tell when a rerun is over
            page.on("websocket", lambda ws: (ws.on("framesent", lambda _f: frames.append(time.time())),
                                             ws.on("framereceived", lambda _f: frames.append(time.time()))))
            page.goto(url)
            frame = page.frame_locator("iframe[title*='streamlit_folium']").first
            frame.locator(".incident-cell").first.wait_for(timeout=60_000)
            page.get_by_text(f"{total:,} of {total:,} incidents").wait_for(timeout=30_000)
            _settle(page, frames)
            map_frame = next(f for f in page.frames if f.evaluate("typeof window.map !== 'undefined'"))
            assert map_frame.evaluate("window.map.getZoom()") == 6
            assert frame.locator(".incident-cell").count() > 50  # a grid over the whole country
            assert frame.locator(".incident-marker").count() == 0

            iframe = page.locator("iframe[title*='streamlit_folium']").first.bounding_box()

            def on_page(lat: float, lng: float) -> tuple[float, float]:
                x, y = map_frame.evaluate("([lat, lng]) => { const p = window.map.latLngToContainerPoint([lat, lng]);"
                                          " const r = window.map.getContainer().getBoundingClientRect();"
                                          " return [r.left + p.x, r.top + p.y]; }", [lat, lng])
                return iframe["x"] + x, iframe["y"] + y

            page.mouse.move(*on_page(*SUMY))  # hovering the cell over Sumy tells how many are in it
            tooltip = frame.locator(".leaflet-tooltip")
            tooltip.wait_for(timeout=10_000)
            assert tooltip.inner_text().strip() == f"{in_sumy_cell:,} incidents"
            page.screenshot(path=str(ARTIFACTS / "scale-cells.png"), full_page=True)

            # wheel in on Sumy as a user would, the pointer kept over it; the map must stay mounted
            map_frame.evaluate("window.map._notRemounted = true")
            steps = []  # (zoom, seconds from the wheel to points drawn, to the rerun's last message)
            while map_frame.evaluate("window.map.getZoom()") < 12:
                before, sent = map_frame.evaluate("window.map.getZoom()"), len(frames)
                page.mouse.move(*on_page(*SUMY))
                started = time.time()
                page.mouse.wheel(0, -120)
                # the zoom is over (Leaflet drops wheel zooms asked for while one is animating)
                map_frame.wait_for_function(f"window.map.getZoom() > {before} && !window.map._animatingZoom",
                                            timeout=10_000, polling=100)
                zoom, drawn = map_frame.evaluate("window.map.getZoom()"), None
                if zoom >= 8:  # few enough incidents in (and around) the view: points replace the cells
                    map_frame.wait_for_function("!document.querySelector('.incident-cell') && "
                                                "document.querySelector('path.incident-marker, .marker-cluster')",
                                                timeout=30_000, polling=100)
                    drawn = round(time.time() - started, 2)
                _settle(page, frames, since=sent)  # the new view's rerun has run
                steps.append((zoom, drawn, round(frames[-1] - started, 2)))
            print(f"zoom, wheel to points drawn (s), wheel to rerun done (s): {steps}")
            assert map_frame.evaluate("window.map._notRemounted") is True
            assert frame.locator(".incident-cell").count() == 0
            assert frame.locator("path.incident-marker").count() >= 150  # Sumy's 200, unclustered at this zoom
            page.get_by_text(f"{total:,} of {total:,} incidents").wait_for(timeout=10_000)  # the view filters nothing
            quiet = len(frames)
            page.wait_for_timeout(3000)
            assert len(frames) == quiet, "the page reran with nobody touching it"

            # drag Sumy, near the top after zooming about the pointer, to the middle of the map
            popup = frame.locator(".leaflet-popup-content")
            width, height = map_frame.evaluate("[window.map.getSize().x, window.map.getSize().y]")
            left, top = map_frame.evaluate("(r => [r.left, r.top])(window.map.getContainer().getBoundingClientRect())")
            middle = (iframe["x"] + left + width / 2, iframe["y"] + top + height / 2)
            sent = len(frames)
            page.mouse.move(*on_page(*SUMY))
            page.mouse.down()
            page.mouse.move(*middle, steps=10)
            page.mouse.up()
            _settle(page, frames, since=sent)
            assert frame.locator(".incident-cell").count() == 0
            assert frame.locator("path.incident-marker").count() >= 150
            page.screenshot(path=str(ARTIFACTS / "scale-points.png"), full_page=True)

            # click a circle near the top edge, on top of any others there, as a user would: Leaflet
            # pans the map to show the popup, and that small pan must not redraw the layer (closing it)
            target = map_frame.evaluate("""([x0, y0]) => {
                const r = window.map.getContainer().getBoundingClientRect();
                let best = null, distance = Infinity;
                for (const el of document.querySelectorAll('path.incident-marker')) {
                    const b = el.getBoundingClientRect(), x = b.x + b.width / 2, y = b.y + b.height / 2;
                    const d = Math.hypot(x - r.left - x0, y - r.top - y0);
                    if (d < distance && document.elementFromPoint(x, y) === el) [best, distance] = [[x, y], d];
                }
                return best;
            }""", [width / 2, 45])
            assert target, "no incident circle to click on screen"
            assert popup.count() == 0
            page.mouse.click(iframe["x"] + target[0], iframe["y"] + target[1])
            popup.wait_for(timeout=20_000)
            text = popup.inner_text()
            assert "Killed" in text and "for the scale test" in text
            place = next(line.split("\t", 1)[1] for line in text.splitlines() if line.startswith("Place"))
            assert place.startswith("Sumy site ")
            selected = page.get_by_text("Selected:")
            selected.wait_for(timeout=30_000)
            assert f"· {place} ·" in selected.inner_text()  # the page selected the incident that was clicked
            _settle(page, frames)
            assert popup.count() == 1  # the reruns after the click and the pan kept the popup open
            page.screenshot(path=str(ARTIFACTS / "scale-popup.png"), full_page=True)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.parametrize(("host", "editing"), [("", False), ("0.0.0.0", False), ("::", False), ("localhost", True)])
def test_edit_controls_only_when_the_server_listens_on_loopback(tmp_path, host, editing):
    from playwright.sync_api import sync_playwright

    url, proc = _serve(tmp_path / "s.sqlite", host)
    try:
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            page.get_by_text("Add and edit incidents").wait_for(timeout=60_000)
            page.wait_for_timeout(1000)
            tabs = page.get_by_role("tab", name="Add by hand").count()
            text = page.inner_text("body")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    if editing:
        assert tabs == 1 and "Editing is on" in text
    else:
        assert tabs == 0 and "Read-only" in text and "Editing is on" not in text


def test_hostile_links_show_a_notice_not_a_traceback(server):
    from playwright.sync_api import sync_playwright

    links = ["min_killed=%C2%B2", "min_killed=" + "9" * 30, "min_killed=" + "9" * 5000, "since=2025-02-30",
             "until=abc", "region=Atlantis", "type=Picnic"]
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        for query in links:
            page.goto(f"{server}/?{query}")
            key = query.split("=")[0]
            page.get_by_text(f"Link parameter {key}=").wait_for(timeout=60_000)
            page.get_by_text("4 of 4 incidents").wait_for(timeout=60_000)  # the link shows everything, and says why
            page.wait_for_timeout(2500)  # the map reports its view and the page runs again: the notice stays
            assert page.get_by_text(f"Link parameter {key}=").count() == 1, query
            assert page.locator("[data-testid='stException']").count() == 0, query
            assert "Traceback" not in page.inner_text("body"), query
        page.screenshot(path=str(ARTIFACTS / "dashboard-bad-link.png"), full_page=True)
        browser.close()


def _weekly_records() -> list[dict]:
    """Week n of June 2025 (n = 1, 2, 3) holds n incidents; the first of each week waits for review
    (the one of week 2 in Sumy, so the resolver has places to offer)."""
    records = []
    for week, monday in enumerate(("2025-06-02", "2025-06-09", "2025-06-16"), start=1):
        for i in range(week):
            records.append({"event_id": f"W{week}{i}", "event_date": monday, "event_type": "Battles",
                            "location": f"Place {week}.{i}", "latitude": 48.0 + week * 0.5, "longitude": 31.0 + i,
                            "fatalities": week, "status": "extracted" if i == 0 else "reviewed",
                            "source_quote": f"Fighting at Place {week}.{i} killed {week}."})
    records[1].update(location="Sumy", latitude=50.9174, longitude=34.7991, admin1="Sumy",
                      source_quote="Fighting at Sumy killed 2.", source="Paper <b>", source_url="https://example.org/w")
    return records


def test_review_queue_accept_edit_and_reject_in_the_browser(tmp_path, index_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    from incidents.storage import Store

    monkeypatch.setenv("INCIDENT_MAP_INDEX", str(index_path))  # the resolver's alternatives
    db = tmp_path / "review.sqlite"
    Store(db).add(_weekly_records(), dedupe=False)
    url, proc = _serve(db)
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            assert _markers(page) == 6  # pending incidents are on the map
            page.get_by_text("3 incidents wait for review").wait_for(timeout=30_000)
            page.get_by_text("Review queue (3 waiting)").scroll_into_view_if_needed()
            cards = page.locator(".review-card")
            assert [c.split(" · ")[2] for c in cards.all_inner_texts()] == ["Place 3.0", "Sumy (Sumy)", "Place 1.0"]
            sumy = cards.nth(1)
            assert sumy.locator("mark").first.inner_text() == "Sumy" and "Paper <b>" in sumy.inner_text()
            assert sumy.locator("a").get_attribute("href") == "https://example.org/w"
            page.wait_for_timeout(1000)
            page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)

            page.get_by_role("button", name="Accept").first.click()  # the newest: W30
            page.get_by_text("Review queue (2 waiting)").wait_for(timeout=30_000)
            page.get_by_role("button", name="Edit").first.click()  # now W20, in Sumy
            place = page.get_by_text("Place (the resolver's ranking)")
            place.wait_for(timeout=60_000)
            form = page.locator("[data-testid='stForm']").filter(has_text="Save as reviewed")
            form.get_by_label("Killed (empty = unknown)").fill("7")
            page.screenshot(path=str(ARTIFACTS / "review-edit.png"), full_page=True)
            form.get_by_role("button", name="Save as reviewed").click()
            page.get_by_text("Review queue (1 waiting)").wait_for(timeout=30_000)
            page.get_by_text("1 incident waits for review").wait_for(timeout=30_000)
            page.get_by_role("button", name="Reject").first.click()  # then W10
            page.get_by_text("Nothing waits for review.").wait_for(timeout=30_000)
            page.get_by_text("5 of 6 incidents").wait_for(timeout=30_000)
            assert _markers(page) == 5  # the rejected one left the map
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    store = Store(db)
    assert store.get("W30")["status"] == "reviewed" and store.get("W10")["status"] == "rejected"
    assert store.get("W20")["status"] == "reviewed" and store.get("W20")["fatalities"] == 7
    assert store.get("W20")["geonameid"] is not None  # the place taken from the resolver's ranking
    assert store.count() == 6


def test_playback_steps_week_by_week_and_keeps_the_view(tmp_path):
    from playwright.sync_api import sync_playwright

    from incidents.storage import Store

    db = tmp_path / "weeks.sqlite"
    Store(db).add(_weekly_records(), dedupe=False)
    url, proc = _serve(db)
    try:
        with sync_playwright() as p:
            browser = _launch(p)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            assert _markers(page) == 6
            frame = page.frame_locator("iframe[title*='streamlit_folium']").first
            map_frame = next(f for f in page.frames if f.evaluate("typeof window.map !== 'undefined'"))
            frame.locator(".leaflet-control-zoom-in").click()
            page.wait_for_timeout(2000)
            view = map_frame.evaluate("[window.map.getZoom(), window.map.getCenter().lat, window.map.getCenter().lng]")
            map_frame.evaluate("window.map._notRemounted = true")
            page.get_by_text("Time playback").click()
            page.get_by_text("Showing 2025-06-02 to 2025-06-08: 1 incidents").wait_for(timeout=30_000)
            assert _markers(page) == 1
            # the markers on the map, watched from inside the map's own page (a step a second; the
            # watcher survives only if the map is never remounted)
            map_frame.evaluate("""() => { window._seen = []; setInterval(() => {
                let n = document.querySelectorAll('path.incident-marker').length;
                document.querySelectorAll('.marker-cluster').forEach(c => { n += parseInt(c.innerText) || 0; });
                const s = window._seen;
                if (n && (!s.length || s[s.length - 1] !== n)) s.push(n);
            }, 25); }""")
            page.get_by_role("button", name="▶ Play").click()
            page.get_by_role("button", name="⏸ Pause").wait_for(timeout=30_000)
            page.get_by_text("Showing 2025-06-16 to 2025-06-22: 3 incidents").wait_for(timeout=30_000)
            assert "at=2025-06-16" in page.url  # the link keeps the frame
            page.get_by_role("button", name="▶ Play").wait_for(timeout=30_000)  # stopped at the last week
            page.screenshot(path=str(ARTIFACTS / "playback.png"), full_page=True)
            seen = map_frame.evaluate("window._seen")
            assert seen == [1, 2, 3], seen  # week by week: 1, 2, then 3 incidents
            assert map_frame.evaluate("window.map._notRemounted") is True  # the same Leaflet map all along
            after = map_frame.evaluate("[window.map.getZoom(), window.map.getCenter().lat, window.map.getCenter().lng]")
            assert after[0] == view[0] and abs(after[1] - view[1]) < 1e-6 and abs(after[2] - view[2]) < 1e-6
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
