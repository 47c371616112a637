"""Accuracy on the hand-assembled dev set (real GeoNames dump)."""

import pytest

from benchmarks.accuracy import evaluate, load_devset, summarise

pytestmark = [pytest.mark.accuracy]


def test_devset_is_big_and_varied():
    rows = load_devset()
    assert len(rows) >= 200
    assert sum(r["kind"] == "namesake" for r in rows) >= 50
    assert len({r["gold_admin1"] for r in rows if r["gold_admin1"].startswith("UA.")}) >= 27


def test_devset_accuracy(gaz):
    summary = summarise(evaluate(gaz, load_devset()))
    _n, _within10, within25 = summary["all"]
    print({k: (n, round(a, 3), round(b, 3)) for k, (n, a, b) in summary.items()})
    assert within25 >= 0.95, summary
    assert summary["namesake"][2] >= 0.90, summary
