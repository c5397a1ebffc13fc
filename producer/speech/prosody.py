"""Punctuation for the ear: the last step before text reaches eSpeak NG.

eSpeak NG hears punctuation: a comma gives a short pause and a level tone, "..." a longer
pause with no full stop, a straight double quote a short pause (about 130 ms) without
breaking the clause. So dashes become commas, ellipses stay ellipses (an omission is heard),
and quotation marks around words inside a sentence become straight double quotes: scare
quotes and quoted words keep a short pause before and after. eSpeak NG silently drops a
phoneme string ([[...]]) that follows punctuation directly, as in "([[...]])", so every
phoneme string stands after a space; its own marks (' , for stress) are left alone.
"""

from __future__ import annotations

import re

_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)(?:\s*\.)?")
_DASH = re.compile(r"\s*[—―]\s*|\s+[–-]\s+|\s*--\s*")
_DOUBLE_QUOTES = re.compile(r"[“”„\"]")
# Single quotation marks only as a curly pair around a few words (‘victories’); any other ' or ’ standing at
# a word's edge is an apostrophe ("took 'em", "mornin'", "minutes' talk") and is dropped, never a pause.
_SINGLE_PAIR = re.compile(r"(?<!\w)‘([^‘’]{1,60}?[\w.,!?])’(?!\w)")
_APOSTROPHE = re.compile(r"(?<!\w)[‘’']|[‘’'](?!\w)")
_BLANK = re.compile(r"(?:-{3,}|[—―]{2,}|_{3,})")  # "Herr ----", "the ----shire": a name the author withheld
_PHONEMES = re.compile(r'\s*(\[\[.*?\]\])(?=([\w(\[“"])?)')


def for_the_ear(text: str) -> str:
    """What eSpeak NG is given for `text` (already normalized and with the lexicon applied)."""
    # Phoneme strings pass untouched: their ' and , are stress marks, not quotation marks or pauses.
    parts = re.split(r"(\[\[.*?\]\])", text)
    text = "".join(p if p.startswith("[[") else _punctuate(p) for p in parts)
    # A quotation mark opening the utterance would only delay its first word; one left alone at its
    # end (the quotation goes on in the next utterance) only adds silence.
    text = re.sub(r'^(?:["\s,;:]\s*)+|\s+"$', "", text.strip())
    text = _PHONEMES.sub(lambda m: f" {m.group(1)}{' ' if m.group(2) else ''}", text)
    return re.sub(r"\s+", " ", text).strip()


def _punctuate(text: str) -> str:
    """Dashes, ellipses and quotation marks in plain text (no phoneme strings) for eSpeak NG."""
    text = _ELLIPSIS.sub(" ... ", text)
    text = _BLANK.sub(" blank ", text)
    text = _DASH.sub(", ", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    text = _SINGLE_PAIR.sub(r'"\1"', text)
    text = _APOSTROPHE.sub("", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r'"\s*"', '"', text)
    text = re.sub(r",\s*([,.;:!?])", r"\1", text)  # "..., of" and ", ." keep one mark
    return re.sub(r"\.\.\.\s*[,;:]", "...", text)


def continuing(spoken: str) -> str:
    """`spoken` ending in a comma: the sentence goes on in the next utterance (no fall, a short pause)."""
    stripped = spoken.rstrip()
    if not stripped or stripped[-1] in ",;:.!?":
        return stripped
    return stripped + ","
