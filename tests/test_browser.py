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

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is not installed (apt-get install chromium); the browser test cannot run")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dashboard.cli", "serve", "--port", str(port), "--db", str(db)],
                            cwd=ROOT, env=os.environ.copy(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
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
    from dashboard.store import Store

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
