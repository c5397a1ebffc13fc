"""Project Gutenberg plain text as downloaded: the header and licence left out, its title and author kept.

Also the conventions of Gutenberg transcriptions that the rest of the reader relies on being
settled first: a scene break (a line of spaced asterisks) becomes one asterism paragraph
("⁂"), underscores marking italics are taken out (and kept aside as emphasis), and note markers are brought to one form
('[12]', see markers.bracket_markers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from producer.model import SCENE_BREAK, Diagnostic
from producer.read.markers import bracket_markers
from producer.read.notes import MARKER

_START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$|^\*END\*?\s*THE SMALL PRINT!.*$",
                    re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$|^End of (?:the )?Project Gutenberg.*$",
                  re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"^(Title|Author|Language):\s*(.+?)\s*$", re.MULTILINE)
_BREAK_LINE = re.compile(r"^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:-[ \t]*){3,}$", re.MULTILINE)
_ITALICS = re.compile(r"(?<![\w_])_(?=[^\s_])((?:[^_\n]|\n(?!\s*\n|⁂\n)){1,300}?)(?<=[^\s_])_(?![\w_])")


@dataclass(frozen=True, slots=True)
class Header:
    """What a Gutenberg header says of the book (None where it says nothing)."""

    title: str | None = None
    author: str | None = None
    language: str | None = None


_LANGUAGES = {"english": "en", "french": "fr", "german": "de", "italian": "it", "spanish": "es", "russian": "ru"}


def strip_gutenberg(text: str) -> tuple[str, Header, list[Diagnostic]]:
    """The book's own text between the START and END lines, the header's fields, and an info diagnostic."""
    start = _START.search(text)
    if start is None:
        return text, Header(), []
    if "SMALL PRINT" in start.group(0).upper() and len(text) - start.end() < len(text) // 10:
        first, last = _small_print_last(text, start.start())
    else:
        end = _END.search(text, start.end())
        first, last = start.end(), end.start() if end else len(text)
    fields = {k.lower(): v for k, v in _FIELD.findall(text[:first])}
    language = fields.get("language", "").strip().lower()
    header = Header(fields.get("title"), fields.get("author"), _LANGUAGES.get(language))
    head_lines = text[:first].count("\n") + 1
    note = Diagnostic("gutenberg", "info", f"left out the Project Gutenberg header ({head_lines} lines) and licence "
                      f"({text[last:].count(chr(10))} lines)", 1, 1)
    # Blank lines keep the book's own line numbers right in later diagnostics.
    return "\n" * (head_lines - 1) + text[first:last], header, [note]


# The etexts of 2002-04 that put the licence at the end: the header's last paragraph says so ('The "legal small print"
# ... may now be found at the end of this file. ...'), and the licence opens with the etext's name line again.
_SAYS_AT_END = re.compile(r"at the end of this file\.(?:.*\S.*\n)*", re.IGNORECASE)
_NAME_AGAIN = re.compile(r"^(?:\*{10,}[ \t]*\n)?The Project Gutenberg E-?text of.*$", re.IGNORECASE | re.MULTILINE)


def _small_print_last(text: str, small_print: int) -> tuple[int, int]:
    """(where the book starts, where it ends) in an etext whose small print closes the file, not opens it."""
    said = _SAYS_AT_END.search(text, 0, min(small_print, 20_000))  # in the header, not in the book
    first = said.end() if said else 0
    again = [m.start() for m in _NAME_AGAIN.finditer(text, first, small_print)]
    return first, again[-1] if again else text.rfind("\n", 0, small_print) + 1


# 'with the money raised  9': a section number printed in the right margin of a line of prose (Dakyns' Xenophon), a
# line of the paragraph above or below it plain prose; a book's convention when it comes back on many lines. Not a
# contents line or a table row: their neighbours end in numbers too, or they hold other runs of spaces.
_MARGIN_NUMBER = re.compile(r"^(?P<prose>(?=(?:\S+ ){7})(?:\S| (?! ))[^\n]{48,}?[^\s\d])[ \t]{2,}\d{1,3}[ \t]*$", re.MULTILINE)
_MARGIN_CONVENTION = 5
_NUMBER_AT_END = re.compile(r"  +\d{1,3}[ \t]*$", re.MULTILINE)


def _margin_numbers(text: str) -> list[re.Match[str]]:
    """The section numbers in the right margin of prose lines, as matches (group 'prose' is the line without it)."""
    found: list[re.Match[str]] = []
    if len(_NUMBER_AT_END.findall(text)) < _MARGIN_CONVENTION:
        return found  # not the book's convention (a quick look first: the full pattern is slow on a long book)
    for m in _MARGIN_NUMBER.finditer(text):
        above = text[text.rfind("\n", 0, m.start() - 1) + 1: m.start() - 1]
        below = text[m.end() + 1: text.find("\n", m.end() + 1) % (len(text) + 1)]
        if (above.strip() or below.strip()) and not any(re.search(r"\s{2,}\d{1,3}\s*$", line) for line in (above, below)):
            found.append(m)
    return found


def conventions(text: str, diagnostics: list[Diagnostic]) -> tuple[str, list[tuple[int, str]]]:
    """The text out of the transcription's conventions: section numbers in the margin left out, scene-break lines as
    breaks, note markers in one form, italics taken out (returned with their lines), illustration marks as captions."""
    margin = _margin_numbers(text)
    if len(margin) >= _MARGIN_CONVENTION:
        for m in reversed(margin):
            text = text[: m.end("prose")] + text[m.end():]
        diagnostics.append(Diagnostic("margin-numbers", "info", f"left out {len(margin)} section numbers printed in the right "
                                      "margin of the text", 1, 1))
    text, italics = take_italics(bracket_markers(mark_scene_breaks(text)))
    text, bare = illustrations(text)
    if bare:
        diagnostics.append(Diagnostic("illustration", "info", f"left out {bare} [Illustration] mark(s) without a caption", 1, 1))
    return text, italics


def mark_scene_breaks(text: str) -> str:
    """Each line of spaced asterisks or hyphens ('*       *       *') becomes the line '⁂', a paragraph of its own (see
    paragraphs.paragraphs); the line stays where it was, so lines keep their numbers in diagnostics."""
    return _BREAK_LINE.sub(SCENE_BREAK, text)


_ILLUSTRATION = re.compile(r"^[ \t]*\[(?P<word>Illustrations?|Picture)(?::\s*(?P<caption>[^\]]*?))?\s*\][ \t]*$", re.MULTILINE)


def illustrations(text: str) -> tuple[str, int]:
    """'[Illustration: The Mad Tea-Party]' -> 'Illustration: The Mad Tea-Party' (a caption to read; '[Picture: ...]' the
    same); a bare
    '[Illustration]' says nothing to a reader or a listener and is left out. Returns the text and how many were left out."""
    dropped = 0

    def one(m: re.Match[str]) -> str:
        nonlocal dropped
        caption = " ".join((m.group("caption") or "").split())
        dropped += not caption
        return f"{m.group('word').rstrip('s')}: {caption}" if caption else ""

    return _without_repeated_captions(_ILLUSTRATION.sub(one, text)), dropped


def words_of(text: str) -> str:
    """The text's words in lower case, one space apart: 'MARS.' and '   Mars' are the same words."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _without_repeated_captions(text: str) -> str:
    """An illustrated edition prints the caption again under the picture ('[Illustration: MARS.]' / '   MARS.'): that
    line goes (blank, so lines keep their numbers), or it reads twice, and 'MARS.' under a speech signs it."""
    if "Illustration: " not in text and "Picture: " not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        head = line.strip()
        if not head.startswith(("Illustration: ", "Picture: ")):
            continue
        caption = words_of(head.partition(": ")[2])
        below = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
        if caption and below is not None and words_of(lines[below]) == caption:
            lines[below] = "\r" if lines[below].endswith("\r") else ""
    return "\n".join(lines)


def take_italics(text: str) -> tuple[str, list[tuple[int, str]]]:
    """'_the_ word' -> 'the word', with ('the' and its 1-based line) kept for `emphasis.emphasize`: Gutenberg's
    underscores for italics are not text. 'Minden;~[2]' -> 'Minden;[2]': the tilde some transcribers set before a
    note marker is not text either."""
    spans: list[tuple[int, str]] = []
    line, counted = 1, 0

    def one(m: re.Match[str]) -> str:
        nonlocal line, counted
        line += text.count("\n", counted, m.start())
        counted = m.start()
        spans.append((line, m.group(1)))
        return m.group(1)

    return _TILDE_MARKER.sub("", _ITALICS.sub(one, text)), spans


_TILDE_MARKER = re.compile(rf"~(?={MARKER.pattern})")
