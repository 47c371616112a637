"""``incident-map geocode`` driven as a user would: a real subprocess, stdin and stdout."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.server]

FIELDS = ["query", "name", "lat", "lon", "country_code", "admin1", "admin2", "feature_class", "feature_code",
          "geonameid", "population", "score"]


def run_cli(args: list[str], index_path, stdin: bytes = b"") -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "cli", *args]
    if args and args[0] == "geocode":
        cmd += ["--index", str(index_path)]
    return subprocess.run(cmd, input=stdin, capture_output=True, timeout=120, env=os.environ.copy())


def test_names_as_arguments(index_path):
    proc = run_cli(["geocode", "Sumy", "Kharkov"], index_path)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [x["geonameid"] for x in lines] == [692194, 706483]
    assert all(f in lines[0] for f in FIELDS)


def test_context_option(index_path):
    proc = run_cli(["geocode", "Andriivka", "--context", "in the Sumy region"], index_path)
    assert json.loads(proc.stdout)["geonameid"] == 713416


def test_stdin_with_bad_lines_keeps_going(index_path):
    lines = [
        b"Sumy",
        b"",
        b"x" * 10_240,
        b"\xff\xfe\x00binary",
        b'{"query": "Andriivka", "context": "Sumy region"',
        b'{"query": "Andriivka", "context": "Sumy region"}',
        b'{"context": "no query"}',
        "Суми".encode(),
        b"Nowhereville Qzx",
    ]
    proc = run_cli(["geocode"], index_path, b"\n".join(lines) + b"\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert out[0]["geonameid"] == 692194
    assert "empty" in out[1]["error"] and "line 2" in out[1]["error"]
    assert "too long" in out[2]["error"]
    assert "UTF-8" in out[3]["error"] or "NUL" in out[3]["error"]
    assert "JSON" in out[4]["error"]
    assert out[5]["geonameid"] == 713416
    assert "query" in out[6]["error"]
    assert out[7]["geonameid"] == 692194
    assert "no place found" in out[8]["error"]
    for rec in out:
        assert set(rec) >= {"query"} and ("error" in rec or "lat" in rec)


def test_table_format(index_path):
    proc = run_cli(["geocode", "--format", "table", "Sumy", "Qqqxxz"], index_path)
    text = proc.stdout.decode()
    assert proc.returncode == 0
    assert text.splitlines()[0].split()[:3] == ["query", "name", "lat"]
    assert "692194" in text and "ERROR" in text


@pytest.mark.parametrize("args", [["geocode", "--format", "xml", "Sumy"], ["geocode", "--nope"], ["frobnicate"]])
def test_bad_arguments_exit_2_with_usage(index_path, args):
    proc = run_cli(args, index_path)
    assert proc.returncode == 2
    assert b"Usage" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_country_option_changes_the_preference(index_path):
    default = json.loads(run_cli(["geocode", "Pokrovsk"], index_path).stdout)
    russian = json.loads(run_cli(["geocode", "Pokrovsk", "--country", "RU"], index_path).stdout)
    assert default["country_code"] == "UA"
    assert russian["country_code"] == "RU"
