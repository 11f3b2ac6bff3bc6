"""Errors raised by the graph layer; the API turns each into one problem+json response."""

from __future__ import annotations


class DipgraphError(Exception):
    """Base of every error dipgraph raises on purpose."""


class UnknownActor(DipgraphError):
    def __init__(self, actor_id: str) -> None:
        super().__init__(f"unknown actor {actor_id!r}")
        self.actor_id = actor_id


class UnknownEvent(DipgraphError):
    def __init__(self, event_id: str) -> None:
        super().__init__(f"unknown event {event_id!r}")
        self.event_id = event_id


class InvalidQuery(DipgraphError):
    """A query parameter that is well-formed but makes no sense (since after until, ...)."""

    def __init__(self, parameter: str, reason: str) -> None:
        super().__init__(f"{parameter}: {reason}")
        self.parameter = parameter
        self.reason = reason


class InvalidData(DipgraphError):
    """A data file (registry, event file) that cannot be read; says which file and where."""


class StoreUnavailable(DipgraphError):
    """The store cannot be reached right now; retrying later may help."""
