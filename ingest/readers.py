"""Readers for what comes in: article texts with their header, and structured event files.

An event file is YAML or JSON: a list of events, or a mapping with `events` (and optionally
`source`, applied to every event's evidence that does not name its own). Events in a file may
carry a local `ref` name, and `about` may point at such a name instead of an event id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidData
from graph.model import Event

_HEADER = re.compile(r"^\s?date (\d{4}-\d{2}-\d{2})[ \t]*(.*)$")
EVENT_FILE_SUFFIXES = {".yaml", ".yml", ".json"}
ARTICLE_SUFFIXES = {".txt"}


@dataclass(frozen=True)
class ArticleHeader:
    """What the first line ` date YYYY-MM-DD title` of an article says, if it is there."""

    published: dt.date | None
    title: str | None


def read_header(text: str) -> ArticleHeader:
    """Parse the optional ` date YYYY-MM-DD ...` first line of an article.

    >>> read_header(" date 2025-08-10 Касим-Жомарт Токаєв (Фото: EPA)\\n...").published
    datetime.date(2025, 8, 10)
    """
    first = text.split("\n", 1)[0]
    match = _HEADER.match(first)
    if not match:
        return ArticleHeader(None, None)
    try:
        published = dt.date.fromisoformat(match.group(1))
    except ValueError as exc:
        raise InvalidData(f"line 1: bad publication date {match.group(1)!r}: {exc}") from exc
    return ArticleHeader(published, match.group(2).strip() or None)


def article_source_id(text: str) -> str:
    """A stable source id for an article: the same text always gets the same id."""
    return "src-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_event_records(path: Path) -> list[dict[str, Any]]:
    """The raw event records of a YAML/JSON event file, with local `ref`s resolved.

    Records are not validated here (graph.model does that); the file's shared `source` is
    copied into each record's evidence that lacks a `source_id`.
    """
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        raise InvalidData(f"{path}: cannot be read as an event file: {exc}") from exc
    shared: dict[str, Any] = {}
    if isinstance(data, dict):
        shared = data.get("source") or {}
        data = data.get("events")
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InvalidData(f"{path}: expected a list of events (or a mapping with 'events')")
    return resolve_refs([_with_source(dict(r), shared) for r in data])


def _with_source(record: dict[str, Any], shared: dict[str, Any]) -> dict[str, Any]:
    if shared and isinstance(record.get("sources"), list):
        record["sources"] = [{**shared, **s} if isinstance(s, dict) else s for s in record["sources"]]
    return record


def resolve_refs(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace local `ref` names in `about` by the ids the referenced events will get."""
    refs: dict[str, str] = {}
    for record in records:
        ref = record.pop("ref", None)
        if ref is not None and not record.get("id"):
            try:
                record["id"] = Event.model_validate({**record, "about": []}).id
            except ValueError:
                continue  # the record is invalid: the model reports it when it is validated
        if ref is not None:
            refs[str(ref)] = record["id"]
    for record in records:
        if isinstance(record.get("about"), list):
            record["about"] = [refs.get(str(a), a) for a in record["about"]]
    return records
