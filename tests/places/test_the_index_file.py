"""An index written by an older version: the default cache is rebuilt, an explicit path says so."""

from __future__ import annotations

import pickle
import shutil

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import IndexOutdatedError, SourceError


def test_outdated_default_index_is_rebuilt(index_path, tmp_path, monkeypatch):
    stale = tmp_path / "cache" / "index.pkl"
    stale.parent.mkdir()
    stale.write_bytes(pickle.dumps((4, 0, 0, {"names": {}})))  # the header of a format-4 index
    monkeypatch.setenv("INCIDENT_MAP_INDEX", str(stale))
    built = []

    def fake_build(path, **_kwargs):  # the real build is covered by test_build; copy the session's index
        built.append(path)
        shutil.copyfile(index_path, path)

    monkeypatch.setattr("gazetteer.build.build", fake_build)
    with pytest.raises(IndexOutdatedError, match="format 4"):
        Gazetteer(stale)  # an explicit path is not a cache: the caller decides
    gaz = Gazetteer()
    assert built == [stale]
    assert gaz.best("Sumy").geonameid == 692194
    assert issubclass(IndexOutdatedError, SourceError)
