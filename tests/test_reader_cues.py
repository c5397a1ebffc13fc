"""The reader's cue words (producer/read/cues.py), each with what it must and must not match."""

from __future__ import annotations

import re

from producer.read.cues import MONTH_ABBREVIATION, MONTH_NUMBERS, MONTH_WORD, MONTHS, NAME_ABBREVIATIONS, NAME_WORD, TITLE_WORDS


def test_months_and_their_numbers() -> None:
    assert len(MONTHS) == 12 and MONTHS[9] == "October"
    assert MONTH_NUMBERS["october"] == 10 and MONTH_NUMBERS["oct"] == 10 and MONTH_NUMBERS["may"] == 5
    assert re.fullmatch(MONTH_WORD, "December") and not re.fullmatch(MONTH_WORD, "Decembrist")
    assert all(re.fullmatch(MONTH_ABBREVIATION, a) for a in ("Jan.", "Sept.", "Sep.", "Dec."))
    assert not re.fullmatch(MONTH_ABBREVIATION, "May.")  # May is never abbreviated


def test_a_name_word_is_capitalized_or_an_abbreviated_title() -> None:
    assert all(re.fullmatch(NAME_WORD, w) for w in ("Tsaritsin", "O’Brien", "Kamenev-Rozenfeld", "Gen.", "St.", "Mrs."))
    assert not any(re.fullmatch(NAME_WORD, w) for w in ("army", "A", "Foo.", "1918"))
    assert {"Mr", "Gen", "St", "Capt"} <= set(NAME_ABBREVIATIONS)


def test_title_words_stand_before_a_name() -> None:
    assert {"Comrade", "General", "Sir", "Mrs."} <= TITLE_WORDS and "Lenin" not in TITLE_WORDS


def test_us_states_follow_a_town_in_datelines() -> None:
    from producer.read.cues import US_STATES

    assert {"georgia", "tenn.", "va.", "new york"} <= US_STATES and "allatoona" not in US_STATES
