"""When a contact took place, from the dates said around it."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.model import DatePrecision
from graph.registry import Registry
from ingest.extract import extract_article

DAY = dt.date(2025, 8, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Цього року Путін зустрівся з Токаєвим у липні.",
        "В этом году Путин встретился с Токаевым в июле.",
        "This year Putin met Tokayev in July.",
    ],
)
def test_a_finer_date_in_the_clause_narrows_a_coarser_one(text: str, registry: Registry) -> None:
    [event] = extract_article(text, registry, published=DAY).events
    assert (event.date, event.date_precision) == (dt.date(2025, 7, 1), DatePrecision.MONTH)
