"""Text hygiene before segmentation: encoding artefacts, control characters, corrections, quote direction."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping

from producer.model import Diagnostic
from producer.read.cues import ELIDED

# C0/C1 controls except tab and newline; also zero-width and bidi marks that only confuse readers; the noncharacters
# U+FFFE/U+FFFF, lone surrogates (a hand-edited JSON form can hold them) and emoji, which no book of ours prints
# and a listener would hear as "grinning face".
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060\ufeff"
                      "\ufffe\uffff\ud800-\udfff\U0001F000-\U0001FAFF\ufe0f]")


def _kind(char: str) -> str:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return "lone surrogate"
    if code in (0xFFFE, 0xFFFF):
        return "noncharacter"
    if code >= 0x1F000 or code == 0xFE0F:
        return "emoji"
    return "control character"


class _Lines:
    """Line starts of a text, for 1-based line:column of many offsets in linear time."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def normalize(text: str) -> tuple[str, list[Diagnostic]]:
    """Strip a BOM, unify line ends, compose to NFC and drop control characters (with a warning each)."""
    diagnostics: list[Diagnostic] = []
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).replace("\t", " ")
    found = list(_CONTROL.finditer(text))
    lines = _Lines(text) if found else None
    for m in found[:20]:
        line, col = lines.position(m.start()) if lines else (1, 1)
        diagnostics.append(
            Diagnostic("control-character", "warning", f"removed {_kind(m.group())} U+{ord(m.group()):04X}", line, col)
        )
    if len(found) > 20:
        diagnostics.append(Diagnostic("control-character", "warning", f"removed {len(found) - 20} more such characters"))
    return _CONTROL.sub("", text), diagnostics


def apply_corrections(text: str, corrections: Mapping[str, str], where: Mapping[str, int]) -> tuple[str, list[Diagnostic]]:
    """Replace each exact `old` with `new`; an info per occurrence, a warning for one that matches nothing.

    `where` maps each `old` to its line in the sidecar, for the warning.
    """
    diagnostics: list[Diagnostic] = []
    for old, new in corrections.items():
        hits = [m.start() for m in re.finditer(re.escape(old), text)]
        if not hits:
            diagnostics.append(
                Diagnostic(
                    "correction-unused",
                    "warning",
                    f"correction {old!r} -> {new!r} (sidecar line {where.get(old, '?')}) matches nothing in the text; remove it or fix its spelling",
                )
            )
            continue
        lines = _Lines(text)
        for offset in hits:
            line, col = lines.position(offset)
            diagnostics.append(Diagnostic("correction", "info", f"corrected {old!r} to {new!r}", line, col))
        text = text.replace(old, new)
    return text, diagnostics


# A closing mark where an opening one belongs (start of a line or after space/bracket, before a word)
# and the reverse (after a word, before space or punctuation): OCR and typesetting slips. The
# patterns start at the mark itself so a long text is scanned quickly; the side before it is
# checked in Python.
_OPEN_WRONG = re.compile(r"”(?=[\w‘'…])")
_CLOSE_WRONG = re.compile(r"“(?=[\s.,;:!?)\]—–]|$)")
_BEFORE_OPENING = frozenset(" \t\n([—–")
# A single closing mark opening a quoted word or phrase that a closing mark ends on the same line ("The ’victories’
# actually"), unless it opens an elision ("’tis", "’em"): an opening mark typeset the wrong way round.
_SINGLE_OPEN_WRONG = re.compile(rf"’(?!{ELIDED})(?=[A-Za-z][^’\n]{{0,80}}?[\w.,!?]’(?!\w))", re.IGNORECASE)
_BEFORE_CLOSING = re.compile(r"[\w.,!?;:…’'—–-]")


_PARAGRAPH_SINGLE = re.compile(r"(?:^|\n\n)[ ]*'(?=[A-Z_])")
_PARAGRAPH_DOUBLE = re.compile(r"(?:^|\n\n)[ ]*[\"“]")
_ELISION = re.compile(rf"'(?i:{ELIDED})")
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=[^\s'])", re.MULTILINE)


def curl_single_quotes(text: str) -> str:
    """A book that quotes with straight single marks ('DEAR SIR, ... SAM. JOHNSON.'), at least three paragraphs opening
    with one and more than open with a double mark: ' opening a word becomes ‘, every other ' (apostrophes, closing
    marks) ’, so the quotation reader sees the same marks as in a British edition set with curly quotes. Elisions
    ('tis, 'em) stay apostrophes."""
    singles = len(_PARAGRAPH_SINGLE.findall(text))
    if singles < 3 or singles <= len(_PARAGRAPH_DOUBLE.findall(text)) or "‘" in text:
        return text
    elided = {m.start() for m in _ELISION.finditer(text)}
    opening = {m.start() for m in _SINGLE_OPENING.finditer(text)} - elided
    return "".join(("‘" if i in opening else "’") if ch == "'" else ch for i, ch in enumerate(text))


def repair_quotes(text: str) -> tuple[str, list[Diagnostic]]:
    """Turn quotation marks of the wrong direction round, with an info diagnostic each."""
    fixes: list[tuple[int, str]] = []
    for m in _OPEN_WRONG.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _BEFORE_OPENING:
            fixes.append((m.start(), "“"))
    for m in _SINGLE_OPEN_WRONG.finditer(text):
        if m.start() == 0 or text[m.start() - 1] in _BEFORE_OPENING or text[m.start() - 1] == "“":
            fixes.append((m.start(), "‘"))
    for m in _CLOSE_WRONG.finditer(text):
        if m.start() > 0 and _BEFORE_CLOSING.match(text, m.start() - 1):
            fixes.append((m.start(), "”"))
    if not fixes:
        return text, []
    lines = _Lines(text)
    chars = list(text)
    diagnostics = []
    for offset, new in sorted(fixes):
        line, col = lines.position(offset)
        diagnostics.append(Diagnostic("quote-direction", "info", f"turned {text[offset]} round to {new}", line, col))
        chars[offset] = new
    return "".join(chars), diagnostics


# Slips a transcription leaves that the reader cannot mend by itself: a full stop after a word that cannot end a
# sentence ("in the. Donyetzk"), and a sentence run into the next without one ("against Denikin The idea").
_STOP_AFTER_FUNCTION_WORD = re.compile(r"\b(?:the|an|a)\.[ \t]+(?=[A-Z])")  # prepositions may end a sentence
_MISSING_STOP = re.compile(r"(?<=[A-Za-z])[ \t]+(?=(?:The|It|He|She|We|They|This|These|There|But)[ \t]+[a-z])")


def suspect_stops(text: str) -> list[Diagnostic]:
    """Info diagnostics (line:col) for full stops the source seems to have misplaced or lost, so a user can add
    corrections; the text is left as it is."""
    found = [(m.start(), f"a full stop after {m.group(0)[:-1].strip('. ')!r}: a source error? correct it in the sidecar")
             for m in _STOP_AFTER_FUNCTION_WORD.finditer(text)]
    found += [(m.start(), "a sentence seems to run into the next without a full stop; correct it in the sidecar")
              for m in _MISSING_STOP.finditer(text)]
    if not found:
        return []
    lines = _Lines(text)
    return [Diagnostic("source-stop", "info", message, *lines.position(offset)) for offset, message in sorted(found)]
