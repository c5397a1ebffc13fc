"""Sentence splitting that loses nothing: the spans, joined with single spaces, are the text again."""

from __future__ import annotations

import re

# Words ending in a full stop that do not end a sentence.
_NOT_ENDINGS = frozenset(
    ["Gen", "Col", "Lieut", "Capt", "Maj", "Sgt", "Adm", "Gov", "Prof", "Dr", "Mr", "Mrs", "Ms", "St", "Mt", "Comr", "Trans", "Ed", "Vol", "vol", "pp", "p", "cf", "i.e", "e.g", "viz", "ca", "No", "Co", "Jr", "Sr", "vs", "Nos", "Art", "Fig"]
)
_BOUNDARY = re.compile(r"([.!?…]+[”’\"')\]]*)(\s+)(?=[“‘\"'(\[—A-Z0-9])")
MAX_CHARS = 1500  # far below the ~14 KB at which pyttsx3's eSpeak driver crashes; keeps clips short


def _is_real_end(text: str, end: int) -> bool:
    """Whether the punctuation ending at `end` closes a sentence (not 'Gen.' or an initial 'L.')."""
    before = text[:end].rstrip("”’\"')]")
    if not before.endswith("."):
        return True
    word = re.search(r"([\w.]+)\.$", before)
    if not word:
        return True
    token = word.group(1)
    if token in _NOT_ENDINGS:
        return False
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
        if _is_real_end(text, m.end(1)):
            spans.append(text[start : m.end(1)])
            start = m.end(2)
    spans.append(text[start:])
    out: list[str] = []
    for span in spans:
        span = span.strip()
        if span:
            out.extend(_split_long(span))
    return out
