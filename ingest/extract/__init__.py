"""Extraction of contacts from article text (Ukrainian, Russian, English).

>>> from ingest.extract import extract_article   # doctest: +SKIP
"""

from .pipeline import MAX_CHARS, Extraction, Unresolved, extract_article

__all__ = ["MAX_CHARS", "Extraction", "Unresolved", "extract_article"]
