"""What extraction asks of a place resolver (:class:`gazetteer.Gazetteer` fits it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from gazetteer import Candidate


class PlaceMention(Protocol):
    """A place named in a text, as the geoparser reports it."""

    text: str
    start: int
    end: int
    candidate: Candidate | None
    alternatives: list[Candidate]


class Resolver(Protocol):
    """Ranked places for a name (with a text as context), every place of a text resolved together,
    and a quick "is this a place name" test."""

    def resolve(self, name: str, context: str | None = None, limit: int = 5) -> list[Candidate]: ...

    def geoparse(self, text: str, limit: int = 1,
                 within: Sequence[tuple[int, int]] | None = None) -> Sequence[PlaceMention]: ...

    def knows(self, name: str) -> bool: ...
