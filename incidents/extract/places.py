"""What extraction asks of a place resolver (:class:`gazetteer.Gazetteer` fits it)."""

from __future__ import annotations

from typing import Protocol

from gazetteer import Candidate


class Resolver(Protocol):
    """Ranked places for a name, with a text as context, and a quick "is this a place name" test."""

    def resolve(self, name: str, context: str | None = None, limit: int = 5) -> list[Candidate]: ...

    def knows(self, name: str) -> bool: ...
