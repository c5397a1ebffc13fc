"""The reader's cue words, as data in one place: every reader step takes them from here.

Months (and their abbreviations), titles and ranks, and the shape of a name word. A cue
changed here changes it for the whole reader; `tests/test_reader_cues.py` tests each.
"""

from __future__ import annotations

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_NUMBERS = {**{m.lower(): i + 1 for i, m in enumerate(MONTHS)}, **{m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}}
MONTH_WORD = "|".join(MONTHS)  # a regex alternation: January|February|...
MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
# Abbreviated titles and ranks that stand before a name ("Gen. Smith", "St. Petersburg").
NAME_ABBREVIATIONS = ("Mr", "Mrs", "Dr", "St", "Mt", "Ft", "Gen", "Col", "Capt", "Lt", "Prof", "Rev", "Hon")
# One word of a name or a place: an abbreviated title, or a capitalized word ("Tsaritsin", "O’Brien", "Kamenev-Rozenfeld").
NAME_WORD = rf"(?:(?:{'|'.join(NAME_ABBREVIATIONS)})\.|[A-Z][\w’'\-]+)"
# Title words written out before a name.
TITLE_WORDS = frozenset({"Sir", "Lord", "Lady", "Mr.", "Mrs.", "Dr.", "General", "Colonel", "Captain", "Major", "Comrade", "Prince",
                         "Count"})
