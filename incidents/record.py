"""The incident record: ACLED's column names plus our own, ACLED's vocabulary (event types, sub-types,
their map colours), plausible bounds, and validation of one record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gazetteer import Candidate

ACLED_FIELDS = ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                "civilian_targeting", "country", "admin1", "admin2", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities")
# the casualty range beside the best estimate (UCDP's low / best / high): None where unknown
RANGE_FIELDS = ("fatalities_low", "fatalities_high", "injured_low", "injured_high")
EXTRA_FIELDS = ("injured", *RANGE_FIELDS, "geonameid", "source_url", "published", "source_quote", "confidence",
                "status", "created", "updated")
FIELDS = ACLED_FIELDS + EXTRA_FIELDS
INT_FIELDS = {"time_precision", "geo_precision", "fatalities", "injured", "geonameid", *RANGE_FIELDS}
FLOAT_FIELDS = {"latitude", "longitude", "confidence"}
# ACLED's vocabulary (codebook): event types, their sub-types, and the colour each type has on the map
BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
EVENT_TYPES = (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC)
SUB_EVENT_TYPES = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
                 "Suicide bomb", "Chemical weapon", "Grenade"),
    VAC: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Disrupted weapons use", "Looting/property destruction", "Arrests", "Agreement",
                "Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory",
                "Other"),
}
TYPE_COLOURS = {EXPLOSIONS: "#d62728", BATTLES: "#1f77b4", VAC: "#9467bd", STRATEGIC: "#7f7f7f",
                PROTESTS: "#2ca02c", RIOTS: "#ff7f0e"}
# extracted: found in a text, waiting for review (shown, marked unreviewed); reviewed: accepted or edited by a
# person (or imported from a reviewed dataset); rejected: a person said it is wrong (kept, hidden by default)
STATUSES = ("extracted", "reviewed", "rejected")
SHOWN_STATUSES = ("extracted", "reviewed")  # what the map and exports select unless asked otherwise
STATUS_LABELS = {"extracted": "unreviewed", "reviewed": "reviewed", "rejected": "rejected"}
# plausible bounds: a value outside them is a typo or garbage, not an event (README, "Schema")
DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
MAX_PEOPLE = 100_000  # killed or injured in one incident


COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus"}
# ACLED's geo_precision: 1 the place itself, 2 near it or part of a raion, 3 only the region
GEO_PRECISION = {"region": 3, "district": 2, "approximate": 2}


def place_fields(place: Candidate, geo_precision: int | None = None) -> dict:
    """The record's location fields for a resolved place (``geo_precision`` from the place's own
    precision unless given)."""
    return {"location": place.name, "latitude": place.lat, "longitude": place.lon, "admin1": place.admin1,
            "admin2": place.admin2, "geonameid": place.geonameid,
            "geo_precision": geo_precision or GEO_PRECISION.get(place.precision, 1),
            "country": COUNTRY_NAMES.get(place.country_code, place.country_code)}


def fit_ranges(rec: dict, counts: tuple[str, ...] = ("fatalities", "injured")) -> dict:
    """``rec`` with every range bound that contradicts its best estimate dropped (unknown): a count a
    reviewer corrects replaces the text's range rather than clashing with it."""
    for key in counts:
        best, low, high = rec.get(key), rec.get(f"{key}_low"), rec.get(f"{key}_high")
        if best is None or (low is not None and low > best):
            rec[f"{key}_low"] = None
        if best is None or (high is not None and high < best):
            rec[f"{key}_high"] = None
    return rec


class RecordError(ValueError):
    """A record field is invalid; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def parse_date(value: str, field: str = "event_date") -> str:
    """ISO date from "2025-06-03", "03 June 2025" or "June 3, 2025"."""
    text = str(value).strip()
    day = None
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            day = dt.datetime.strptime(text, fmt).date()
            break
        except ValueError:
            continue
    if day is None:
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            raise RecordError(field, f"not a date: {text[:40]!r}") from None
    if not DATE_MIN <= day <= DATE_MAX:
        raise RecordError(field, f"{day.isoformat()} is outside {DATE_MIN.isoformat()}..{DATE_MAX.isoformat()}")
    return day.isoformat()


def _float(value, field: str) -> float | None:
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise RecordError(field, f"not a number: {str(value)[:40]!r}") from None
    if not math.isfinite(number):
        raise RecordError(field, f"not a finite number: {value!r}")
    return number


def _int(value, field: str) -> int | None:
    try:
        number = _float(value, field)
    except RecordError:
        raise RecordError(field, f"not a whole number: {str(value)[:40]!r}") from None
    if number is None:
        return None
    if number != int(number) or number < 0:
        raise RecordError(field, f"not a whole number >= 0: {str(value)[:40]!r}")
    return int(number)


def _text(value, field: str, trim: bool) -> str | None:
    if value is None:
        return None
    text = str(value)
    if "\x00" in text:
        raise RecordError(field, "contains NUL characters (binary data, not text)")
    if trim:
        text = text.strip()
    return text or None


def clean_record(raw: dict, trim: bool = True) -> dict:
    """A validated copy of ``raw`` with typed values; raises :class:`RecordError` naming the field.

    Text is trimmed at its two edges unless ``trim`` is false (our own export read back: exact)."""
    rec: dict = {}
    for field in FIELDS:
        value = raw.get(field)
        if field in INT_FIELDS:
            rec[field] = _int(value, field)
        elif field in FLOAT_FIELDS:
            rec[field] = _float(value, field)
        else:
            rec[field] = _text(value, field, trim)
    if not rec["event_date"]:
        raise RecordError("event_date", "missing")
    rec["event_date"] = parse_date(rec["event_date"])
    if rec["published"]:
        rec["published"] = parse_date(rec["published"], "published")
    if rec["latitude"] is None or not -90 <= rec["latitude"] <= 90:
        raise RecordError("latitude", f"missing or outside -90..90: {raw.get('latitude')!r}")
    if rec["longitude"] is None or not -180 <= rec["longitude"] <= 180:
        raise RecordError("longitude", f"missing or outside -180..180: {raw.get('longitude')!r}")
    if not rec["event_type"]:
        raise RecordError("event_type", "missing")
    if rec["event_type"] not in EVENT_TYPES:
        raise RecordError("event_type", f"unknown type {rec['event_type'][:40]!r} (one of {', '.join(EVENT_TYPES)})")
    if rec["status"] in (None, ""):
        rec["status"] = "extracted"
    if rec["status"] not in STATUSES:
        raise RecordError("status", f"must be one of {', '.join(STATUSES)}")
    if rec["confidence"] is not None and not 0 <= rec["confidence"] <= 1:
        raise RecordError("confidence", "must be between 0 and 1")
    for field in ("fatalities", "injured", *RANGE_FIELDS):
        if rec[field] is not None and rec[field] > MAX_PEOPLE:
            raise RecordError(field, f"{rec[field]} is more than {MAX_PEOPLE:,} people in one incident")
    for best in ("fatalities", "injured"):
        low, high = rec[f"{best}_low"], rec[f"{best}_high"]
        if low is not None and high is not None and low > high:
            raise RecordError(f"{best}_low", f"{low} is more than {best}_high {high}")
        if rec[best] is not None and low is not None and rec[best] < low:
            raise RecordError(best, f"{rec[best]} is less than {best}_low {low}")
        if rec[best] is not None and high is not None and rec[best] > high:
            raise RecordError(best, f"{rec[best]} is more than {best}_high {high}")
    for field in ("time_precision", "geo_precision"):
        if rec[field] is not None and rec[field] not in (1, 2, 3):
            raise RecordError(field, "must be 1, 2 or 3")
    if not rec["location"]:
        raise RecordError("location", "missing")
    return rec


_FIELD_NAMES: dict[type, frozenset[str]] = {}  # Incident.from_dict's field names, by class


@dataclass
class Incident:
    """An incident as extraction reports it: the record that is stored (ACLED's columns and ours,
    :data:`FIELDS`, the casualty range included) and what the text said beyond it: the place as
    written, the resolver's ranked places for it (the first is the one chosen), civilians killed."""

    event_date: str
    event_type: str
    location: str
    latitude: float
    longitude: float
    event_id: str | None = None
    time_precision: int | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    civilian_targeting: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geo_precision: int | None = None
    source: str | None = None
    notes: str | None = None
    fatalities: int | None = None  # the best estimate; 0 when the text says nobody, None when unknown
    injured: int | None = None
    fatalities_low: int | None = None  # the range the text gives ("at least 5": low 5, high unknown)
    fatalities_high: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    geonameid: int | None = None
    source_url: str | None = None
    published: str | None = None
    source_quote: str | None = None
    confidence: float | None = None
    status: str = "extracted"
    created: str | None = None
    updated: str | None = None
    # beyond the stored record
    mention: str | None = None  # the place as the text wrote it
    places: list[Candidate] = dataclasses.field(default_factory=list, repr=False)  # ranked; places[0] was chosen
    civilians_killed: int | None = None

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Incident:
        """An incident from a dict with (some of) its field names; other keys are ignored."""
        names = _FIELD_NAMES.get(cls)
        if names is None:  # fields() is slow: read once per class
            names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))
        return cls(**{k: v for k, v in values.items() if k in names})

    def as_record(self) -> dict[str, Any]:
        """The fields that are stored, exported and imported (:data:`FIELDS`)."""
        return {name: getattr(self, name) for name in FIELDS}

    def to_dict(self) -> dict[str, Any]:
        """Every field, ready for JSON; the ranked places as their names and coordinates."""
        out = asdict(self)
        out["places"] = [{"name": c.name, "admin1": c.admin1, "lat": c.lat, "lon": c.lon, "geonameid": c.geonameid,
                          "score": c.score} for c in self.places]
        return out
