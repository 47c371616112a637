"""A careless or hostile user of the page: who may edit, and links that carry garbage."""

from __future__ import annotations

import pytest

from dashboard.editing import editing_mode, is_loopback
from dashboard.page import filter_from_params


# 1. editing is decided from the address the server really binds
@pytest.mark.parametrize("host", ["", " ", "0.0.0.0", "::", "[::]", "192.168.1.20", "10.0.0.7", "fd00::2",
                                  "no-such-host.invalid"])
def test_every_spelling_beyond_loopback_is_read_only_without_a_password(host):
    assert not is_loopback(host)
    mode, message = editing_mode(host, "")
    assert mode == "read-only" and "Read-only" in message
    assert editing_mode(host, "s3cret")[0] == "password"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_spellings_allow_editing(host):
    assert is_loopback(host)
    assert editing_mode(host, "")[0] == "edit"


def test_an_empty_host_is_named_as_every_interface():
    assert "every network interface" in editing_mode("", "")[1]


# 2. every URL parameter parsed in one function, with bounds and a notice per dropped value
HOSTILE_LINKS = {
    "min_killed": ["²", "9" * 30, "9" * 5000, "-1", "1e3", "３"],
    "since": ["2025-02-30", "0001-01-01", "9999-12-31"],
    "until": ["abc"],
    "region": ["Atlantis"],
    "type": ["Picnic"],
    "q": ["x" * 5000],
}


@pytest.mark.parametrize(("key", "value"), [(k, v) for k, vs in HOSTILE_LINKS.items() for v in vs])
def test_a_bad_link_value_is_dropped_with_a_notice_naming_it(key, value):
    flt, notices = filter_from_params({key: [value]}, regions=["Sumy", "Kharkiv"])
    assert len(notices) == 1 and notices[0].startswith(f"Link parameter {key}=") and len(notices[0]) < 200
    assert flt.regions == [] and flt.types == [] and flt.min_fatalities is None
    assert flt.since is None and flt.until is None and flt.text is None


def test_good_link_values_are_kept_and_regions_match_any_case():
    flt, notices = filter_from_params({"min_killed": ["100000"], "since": ["2025-06-01"], "region": ["sumy"],
                                       "type": ["Battles"]}, regions=["Sumy", "Kharkiv"])
    assert notices == []
    assert (flt.min_fatalities, flt.since, flt.regions, flt.types) == (100000, "2025-06-01", ["Sumy"], ["Battles"])
