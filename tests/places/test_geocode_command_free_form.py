"""``incident-map geocode`` on free-form lines: one JSON line per input line, in order, never a traceback."""

from __future__ import annotations

import json

from tests.places.test_geocode_command import run_cli


def test_free_form_lines_keep_the_contract(index_path):
    lines = [
        b"Mykhailivka, Kherson region",
        b"Sumy region",
        b",,, ;",
        b"y" * 10_000,
        "Kharkiv Харків".encode(),
        b'{"query": "Pisky", "context": "shelling in Luhansk oblast"}',
        b"Melitopl",
        b"Qqzzxq village, Novoazovsky district",
        ("Andriivka, " * 30).encode(),
    ]
    proc = run_cli(["geocode"], index_path, b"\n".join(lines) + b"\n")
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert out[0]["admin1"] == "Kherson" and out[0]["match"] == "exact"
    assert out[1]["precision"] == "region" and out[1]["admin1"] == "Sumy"
    assert "error" in out[2]
    assert "too long" in out[3]["error"]
    assert out[4]["name"] == "Kharkiv"
    assert out[5]["admin1"] == "Luhansk"
    assert out[6]["name"] == "Melitopol" and out[6]["match"] == "fuzzy"
    assert out[7]["precision"] == "district" and out[7]["feature_code"] == "ADM2H"
    assert "too long" in out[8]["error"]  # 330 characters: over the query limit, an error line
    for rec in out:
        assert "error" in rec or ("lat" in rec and "lon" in rec)
