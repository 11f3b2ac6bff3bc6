from __future__ import annotations

from ingest.extract.sentences import split_sentences


def test_spans_index_the_full_text() -> None:
    text = " date 2025-08-10 Title\n\nFirst sentence here. Second one follows.\nThird."
    sentences = split_sentences(text, text.index("\n") + 1)
    assert [s.text for s in sentences] == ["First sentence here.", "Second one follows.", "Third."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "President Joseph R. Biden, Jr. spoke with the U.S. envoy on Oct. 3 in Kyiv. Then he left."
    assert len(split_sentences(text)) == 2


def test_a_quotation_stays_in_the_sentence_that_reports_it() -> None:
    text = '"Історія не раз демонструвала. Це не завершується", – наголосив Зеленський. Далі.'
    first = split_sentences(text)[0]
    assert first.text.endswith("наголосив Зеленський.")


def test_colon_quote_ending_with_quote_and_period_is_one_sentence() -> None:
    text = 'Він поінформував Токаєва: "Напередодні відбулася зустріч радників, є позиція". Також додав.'
    assert len(split_sentences(text)) == 2
