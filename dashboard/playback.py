"""Time playback: the frames a selection is stepped through (weeks or days), each frame's filter
(cumulative: everything up to the frame's end; window: the frame only), and the playback state a
link keeps. Plain functions; the page's map fragment only calls them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from incidents.query import IncidentFilter

STEPS = {"week": 7, "day": 1}
MODES = ("window", "cumulative")
MAX_FRAMES = 3000  # a slider of days over about eight years; longer selections step by week
PLAY_SECONDS = 1.0  # time between frames while playing


@dataclass(frozen=True)
class Playback:
    """What a link says about playback: on or off, the frame shown (its first day), step and mode."""

    on: bool = False
    at: str | None = None
    step: str = "week"
    mode: str = "window"


def frames(first: str, last: str, step: str = "week") -> list[str]:
    """The first day (ISO) of every frame from ``first`` to ``last``; weeks start on Monday."""
    start, end = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
    if end < start:
        return []
    if step == "week":
        start -= dt.timedelta(days=start.weekday())
    days = STEPS[step]
    n = (end - start).days // days + 1
    return [(start + dt.timedelta(days=i * days)).isoformat() for i in range(n)]


def choose_step(first: str, last: str, step: str) -> str:
    """``step``, unless it gives more than MAX_FRAMES frames: then weeks."""
    if step == "day" and len(frames(first, last, "day")) > MAX_FRAMES:
        return "week"
    return step


def frame_end(start: str, step: str) -> str:
    """The last day of the frame starting on ``start``."""
    return (dt.date.fromisoformat(start) + dt.timedelta(days=STEPS[step] - 1)).isoformat()


def frame_filter(flt: IncidentFilter, start: str, step: str, mode: str) -> IncidentFilter:
    """The selection narrowed to one frame: its days (window) or everything until its end
    (cumulative), never beyond the selection's own dates."""
    end = frame_end(start, step)
    since = flt.since if mode == "cumulative" else max(start, flt.since or start)
    until = min(end, flt.until or end)
    return replace(flt, since=since, until=until)


def nearest_frame(all_frames: list[str], at: str | None) -> int:
    """Index of the frame holding the day ``at`` (the first frame when unknown or before the start)."""
    if not all_frames or not at:
        return 0
    index = 0
    for i, start in enumerate(all_frames):
        if start <= at:
            index = i
    return index


def next_frame(index: int, count: int) -> int | None:
    """The frame after ``index``, or None at the last one (playback stops there)."""
    return index + 1 if index + 1 < count else None


def tick(index: int, count: int, playing: bool, now: float, last_step: float,
         interval: float = PLAY_SECONDS) -> tuple[int, bool, float]:
    """One run of the map's part while playback may be playing: (frame index, still playing, time of
    the last step). A step happens once ``interval`` (less a tenth, for timer jitter) has passed since
    the last one, so a pan or zoom in between does not step too; at the last frame playback stops."""
    if not playing or now - last_step < interval * 0.9:
        return index, playing, last_step
    following = next_frame(index, count)
    if following is None:
        return index, False, now
    return following, True, now


def playback_from_params(params: Mapping[str, list[str]]) -> tuple[Playback, list[str]]:
    """Playback as a link describes it, and one notice per value dropped (bad values never fail)."""
    notices: list[str] = []

    def one(key: str) -> str | None:
        values = params.get(key) or []
        return values[0] if values and values[0] else None

    given, at = one("at"), None
    if given is not None:
        try:
            at = dt.date.fromisoformat(given).isoformat() if len(given) == 10 else None
        except ValueError:
            at = None
        if at is None:
            notices.append(f"Link parameter at={given[:40]!r} ignored: not a date YYYY-MM-DD.")
    step, mode = one("step") or "week", one("mode") or "window"
    if step not in STEPS:
        notices.append(f"Link parameter step={step[:40]!r} ignored: not one of {', '.join(STEPS)}.")
        step = "week"
    if mode not in MODES:
        notices.append(f"Link parameter mode={mode[:40]!r} ignored: not one of {', '.join(MODES)}.")
        mode = "window"
    return Playback(on=one("play") == "1", at=at, step=step, mode=mode), notices


def params_from_playback(state: Playback) -> dict[str, str]:
    """URL parameters for playback (none when it is off)."""
    if not state.on:
        return {}
    out = {"play": "1", "step": state.step, "mode": state.mode}
    if state.at:
        out["at"] = state.at
    return out
