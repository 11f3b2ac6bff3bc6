"""Scoring the extractor against the development set (tests/data/articles/).

Each `<lang>/<name>.txt` article has a `<name>.gold.yaml` with the events a careful analyst
extracts. An extracted event matches a gold one with the same participants and type (each
gold event matched at most once); date accuracy counts, among matches, those with the same
date, or both undated with the same `not_after`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidData
from graph.model import Event
from graph.registry import Registry
from ingest.extract import extract_article

_Key = tuple[tuple[str, ...], str]


@dataclass
class Score:
    """Counts for one slice (a language, a contact type, or everything)."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    dates_right: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.true_positives if self.true_positives else 1.0


@dataclass
class Mistake:
    """One false positive or false negative, for reading what went wrong."""

    article: str
    kind: str  # "false positive" | "false negative" | "wrong date"
    type: str
    participants: tuple[str, ...]
    detail: str = ""


@dataclass
class EvalReport:
    """Scores per language, per contact type and overall, and the mistakes behind them."""

    by_lang: dict[str, Score] = field(default_factory=dict)
    by_type: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    articles: int = 0
    mistakes: list[Mistake] = field(default_factory=list)


def evaluate(directory: Path, registry: Registry) -> EvalReport:
    """Extract every `*.txt` article under `directory` and score it against its gold file.

    Raises InvalidData when the directory holds no article with a gold file, or a gold file
    cannot be read.
    """
    report = EvalReport()
    for article in sorted(directory.rglob("*.txt")):
        gold_path = article.with_name(article.stem + ".gold.yaml")
        if not gold_path.exists():
            continue
        lang = article.parent.name
        gold = _read_gold(gold_path)
        extraction = extract_article(article.read_text(encoding="utf-8"), registry)
        _score(report, f"{lang}/{article.name}", lang, gold, extraction.events)
        report.articles += 1
    if not report.articles:
        raise InvalidData(f"{directory}: no article with a .gold.yaml file")
    return report


def _read_gold(path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InvalidData(f"{path}: {exc}") from exc
    events = data.get("events") or []
    if not isinstance(events, list):
        raise InvalidData(f"{path}: 'events' is not a list")
    return events


def _key(participants: list[str], kind: str) -> _Key:
    return tuple(sorted(set(participants))), kind


def _same_date(gold: dict[str, Any], event: Event) -> bool:
    date, not_after = _as_date(gold.get("date")), _as_date(gold.get("not_after"))
    if date is not None:
        return event.date == date
    return event.date is None and event.not_after == not_after


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _score(report: EvalReport, name: str, lang: str, gold: list[dict[str, Any]], events: list[Event]) -> None:
    unmatched: dict[_Key, list[Event]] = {}
    for event in events:
        unmatched.setdefault(_key(event.participants, event.type.value), []).append(event)
    slices = (report.overall, report.by_lang.setdefault(lang, Score()))
    for record in gold:
        kind = str(record.get("type"))
        key = _key(list(record.get("participants") or []), kind)
        scores = (*slices, report.by_type.setdefault(kind, Score()))
        candidates = unmatched.get(key) or []
        if not candidates:
            for s in scores:
                s.false_negatives += 1
            report.mistakes.append(
                Mistake(name, "false negative", kind, key[0], str(record.get("quote", "")))
            )
            continue
        match = next((e for e in candidates if _same_date(record, e)), candidates[0])
        candidates.remove(match)
        right = _same_date(record, match)
        for s in scores:
            s.true_positives += 1
            s.dates_right += right
        if not right:
            wanted = f"{record.get('date')} / not_after {record.get('not_after')}"
            detail = f"gold {wanted}; got {match.date} / not_after {match.not_after}"
            report.mistakes.append(Mistake(name, "wrong date", kind, key[0], detail))
    for left in unmatched.values():
        for event in left:
            for s in (*slices, report.by_type.setdefault(event.type.value, Score())):
                s.false_positives += 1
            quote = event.sources[0].quote if event.sources else ""
            report.mistakes.append(
                Mistake(name, "false positive", event.type.value, tuple(event.participants), quote)
            )


def format_report(report: EvalReport) -> str:
    """The scores as a plain-text table: one row per language, per contact type, and overall."""
    header = f"{'':<14}{'gold':>6}{'found':>7}{'P':>7}{'R':>7}{'F1':>7}{'date':>7}"
    lines = [f"{report.articles} articles", header]

    def row(label: str, s: Score) -> str:
        gold = s.true_positives + s.false_negatives
        found = s.true_positives + s.false_positives
        rates = f"{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}{s.date_accuracy:>7.2f}"
        return f"{label:<14}{gold:>6}{found:>7}{rates}"

    lines += [row(f"lang {lang}", s) for lang, s in sorted(report.by_lang.items())]
    lines += [row(kind, s) for kind, s in sorted(report.by_type.items())]
    lines.append(row("overall", report.overall))
    return "\n".join(lines)


__all__ = ["EvalReport", "Mistake", "Score", "evaluate", "format_report"]
