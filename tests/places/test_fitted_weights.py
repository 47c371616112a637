"""Fitted ranking weights and the front-line prior."""

from __future__ import annotations

import json

from gazetteer import containers, priors, resolver
from gazetteer.borders import front_distance, frontlines
from gazetteer.paths import project_data_dir
from gazetteer.weights import WEIGHTS_FILE, fitted


def test_fitted_weights_are_applied():
    path = project_data_dir() / WEIGHTS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    assert 0 < data["validation_within_25km"] <= 1
    weights = fitted()
    assert weights == {k: float(v) for k, v in data["weights"].items()}
    for name, value in weights.items():
        if name.startswith("RADIUS_"):
            assert containers.RADIUS_KM[name[7:]] == value
        elif hasattr(priors, name):
            assert getattr(priors, name) == value
        else:
            assert getattr(resolver, name) == value


def test_front_lines_are_where_the_fighting_was():
    lines = frontlines()
    assert len(lines) >= 3
    assert front_distance(48.595, 37.999, lines) < 10  # Bakhmut
    assert front_distance(49.84, 24.03, lines) > 500  # Lviv
    assert priors.front_prior(0.0) > priors.front_prior(30.0) > priors.front_prior(5000.0) == 0.0


def test_front_prior_raises_villages_near_the_front(index_path):
    from gazetteer import Gazetteer

    lines = frontlines()
    with_front = {c.geonameid: c for c in Gazetteer(index_path).resolve("Pisky", limit=40)}
    plain = Gazetteer(index_path)
    plain._add_front_prior(weight=-priors.W_FRONT)  # take it away again
    without = {c.geonameid: c for c in plain.resolve("Pisky", limit=40)}
    gains = {gid: with_front[gid].score - without[gid].score for gid in with_front.keys() & without.keys()}
    near = [gid for gid in gains if front_distance(with_front[gid].lat, with_front[gid].lon, lines) < 10]
    far = [gid for gid in gains if front_distance(with_front[gid].lat, with_front[gid].lon, lines) > 300]
    assert near and far
    assert all(gains[gid] > 0.3 * priors.W_FRONT for gid in near)
    assert all(abs(gains[gid]) < 0.01 for gid in far)
