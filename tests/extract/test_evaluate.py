from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import InvalidData
from graph.registry import Registry
from ingest.evaluate import evaluate, format_report

ARTICLE = " date 2025-08-10\nZelensky held a phone call with Tokayev. Putin met Witkoff on Friday.\n"
GOLD = """events:
  - {type: call, participants: [volodymyr-zelensky, kassym-jomart-tokayev], date: 2025-08-10}
  - {type: meeting, participants: [vladimir-putin, steve-witkoff], date: 2025-08-07}
  - {type: visit, participants: [vladimir-putin, donald-trump], date: 2025-08-01}
"""


@pytest.fixture
def dev_set(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "en" / "001_a.gold.yaml").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_scores_matches_by_participants_and_type(dev_set: Path, registry: Registry) -> None:
    report = evaluate(dev_set, registry)
    overall = report.overall
    assert (overall.true_positives, overall.false_positives, overall.false_negatives) == (2, 0, 1)
    assert overall.precision == 1.0 and overall.recall == pytest.approx(2 / 3)


def test_date_accuracy_counts_matches_with_the_gold_date(dev_set: Path, registry: Registry) -> None:
    report = evaluate(dev_set, registry)
    assert report.overall.dates_right == 1
    assert [m.kind for m in report.mistakes] == ["wrong date", "false negative"]


def test_report_has_rows_per_language_and_type(dev_set: Path, registry: Registry) -> None:
    table = format_report(evaluate(dev_set, registry))
    for label in ("lang en", "call", "meeting", "visit", "overall"):
        assert label in table


def test_directory_without_gold_files_is_invalid_data(tmp_path: Path, registry: Registry) -> None:
    with pytest.raises(InvalidData):
        evaluate(tmp_path, registry)
