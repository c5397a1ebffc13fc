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
# States and territories that follow a town in American datelines ("ALLATOONA, GEORGIA", "Knoxville, Tenn."):
# the town is where the writer was.
US_STATES = frozenset({
    "alabama", "ala.", "arkansas", "ark.", "california", "cal.", "connecticut", "conn.", "delaware", "del.", "florida", "fla.",
    "georgia", "ga.", "illinois", "ill.", "indiana", "ind.", "iowa", "kansas", "kan.", "kentucky", "ky.", "louisiana", "la.",
    "maine", "maryland", "md.", "massachusetts", "mass.", "michigan", "mich.", "minnesota", "minn.", "mississippi", "miss.",
    "missouri", "mo.", "nebraska", "neb.", "nevada", "new hampshire", "n.h.", "new jersey", "n.j.", "new york", "n.y.",
    "north carolina", "n.c.", "ohio", "oregon", "pennsylvania", "pa.", "rhode island", "r.i.", "south carolina", "s.c.",
    "tennessee", "tenn.", "texas", "tex.", "vermont", "vt.", "virginia", "va.", "west virginia", "w. va.", "wisconsin", "wis.",
    "d.c.", "dakota", "colorado", "col.", "arizona", "new mexico", "utah", "washington territory",
})
