"""Sentence splitting that loses nothing: the spans, joined with single spaces, are the text again."""

from __future__ import annotations

import re

from producer.speech.abbreviations import BEFORE_NAME, BEFORE_NUMBER, BEFORE_NUMERAL, MONTH_ABBREVIATIONS, TITLES


def _last_words(table: dict[str, str]) -> set[str]:
    """'Lt.-Col.' -> 'Col': the word before the full stop, as `_is_real_end` sees it."""
    return {re.split(r"[^\w.]", key)[-1].removesuffix(".") for key in table}


# Words ending in a full stop that do not end a sentence: titles before a name, references before a number.
_NOT_ENDINGS = frozenset(
    _last_words(TITLES) | _last_words(BEFORE_NAME) | _last_words(BEFORE_NUMERAL)
    | {"Ms", "Messrs", "Jr", "Sr", "Trans", "Ed", "cf", "i.e", "e.g", "viz", "vs", "v", "ca", "Art"}
)
# Not an ending before a number: "On Nov. 7", "No. 5", "£3 10s. 6d."; "No. I will not." ends at "No.".
_NOT_BEFORE_DIGIT = frozenset(_last_words(MONTH_ABBREVIATIONS) | _last_words(BEFORE_NUMBER))
_BOUNDARY = re.compile(r"([.!?…]+[”’\"')\]]*)(\s+)(?=[“‘\"'(\[—A-Z0-9])")
MAX_CHARS = 1500  # far below the ~14 KB at which pyttsx3's eSpeak driver crashes; keeps clips short


def _is_real_end(text: str, end: int, following: str) -> bool:
    """Whether the punctuation ending at `end` closes a sentence (not 'Gen.' or an initial 'L.').

    `following` is the text after the space: a digit keeps "Nov." and "10s." in the sentence.
    """
    before = text[:end].rstrip("”’\"')]")
    if not before.endswith(".") or len(before) < end:
        return True  # a quotation or bracket closing after the full stop ends the sentence ("Dobrev, Capt.” What")
    word = re.search(r"([\w.]+)\.$", before)
    if not word:
        return True
    token = word.group(1)
    if token in _NOT_ENDINGS:
        return False
    if token in _NOT_BEFORE_DIGIT or re.fullmatch(r"\d+s", token):
        return not following[:1].isdigit()
    if token == "Co":  # "in Co. Cork" is a county; "Smith and Co." may end a sentence
        return not re.search(r"\b(?!and\b)[a-z]+\s+Co\.$", before)
    # Single capital letters ("A. B. Smith", "L.T.") are initials.
    return not re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token)


def _split_long(span: str) -> list[str]:
    """Split an over-long span at '; ' or ', ' so each part stays under MAX_CHARS."""
    parts: list[str] = []
    while len(span) > MAX_CHARS:
        window = span[:MAX_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(": "))
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = MAX_CHARS - 1
        parts.append(span[: cut + 1].strip())
        span = span[cut + 1 :].strip()
    parts.append(span)
    return [p for p in parts if p]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` as stripped spans; ' '.join(spans) equals `text` up to whitespace."""
    spans: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _is_real_end(text, m.end(1), text[m.end(2) : m.end(2) + 1]):
            spans.append(text[start : m.end(1)])
            start = m.end(2)
    spans.append(text[start:])
    out: list[str] = []
    for span in spans:
        span = span.strip()
        if span:
            out.extend(_split_long(span))
    return out
