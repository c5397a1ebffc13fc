"""Project Gutenberg plain text as downloaded: the header and licence left out, its title and author kept.

Also the conventions of Gutenberg transcriptions that the rest of the reader relies on being
settled first: a scene break (a line of spaced asterisks) becomes one asterism paragraph
("⁂"), underscores marking italics are taken out (and kept aside as emphasis), and a footnote printed after its paragraph
as `[Footnote 1: ...]` (over one or more paragraphs) is lifted out of the text as a note body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from producer.model import SCENE_BREAK, Diagnostic
from producer.read.notes import MARKER

_START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$|^\*END\*THE SMALL PRINT!.*$",
                    re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$|^End of (?:the )?Project Gutenberg.*$",
                  re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"^(Title|Author|Language):\s*(.+?)\s*$", re.MULTILINE)
_BREAK_LINE = re.compile(r"^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:-[ \t]*){3,}$", re.MULTILINE)
_ITALICS = re.compile(r"(?<![\w_])_(?=[^\s_])((?:[^_\n]|\n(?!\s*\n)){1,300}?)(?<=[^\s_])_(?![\w_])")
_FOOTNOTE = re.compile(r"^\[(?:Footnote|FOOTNOTE|Note)\s+(\d{1,3}|\*{1,3}|[A-Z]):\s*", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Header:
    """What a Gutenberg header says of the book (None where it says nothing)."""

    title: str | None = None
    author: str | None = None
    language: str | None = None


_LANGUAGES = {"english": "en", "french": "fr", "german": "de", "italian": "it", "spanish": "es", "russian": "ru"}


def strip_gutenberg(text: str) -> tuple[str, Header, list[Diagnostic]]:
    """The book's own text between the START and END lines, the header's fields, and an info diagnostic."""
    start, end = _START.search(text), None
    if start is None:
        return text, Header(), []
    end = _END.search(text, start.end())
    fields = {k.lower(): v for k, v in _FIELD.findall(text[: start.start()])}
    body = text[start.end(): end.start() if end else len(text)]
    language = fields.get("language", "").strip().lower()
    header = Header(fields.get("title"), fields.get("author"), _LANGUAGES.get(language))
    head_lines = text[: start.end()].count("\n") + 1
    tail_lines = text[end.start():].count("\n") if end else 0
    note = Diagnostic("gutenberg", "info",
                      f"left out the Project Gutenberg header ({head_lines} lines) and licence ({tail_lines} lines)", 1, 1)
    # Blank lines keep the book's own line numbers right in later diagnostics.
    return "\n" * (head_lines - 1) + body, header, [note]


def mark_scene_breaks(text: str) -> str:
    """Each line of spaced asterisks or hyphens ('*       *       *') becomes a paragraph '⁂' of its own."""
    return _BREAK_LINE.sub(f"\n{SCENE_BREAK}\n", text)


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

    return _ILLUSTRATION.sub(one, text), dropped


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
_BRACE_BODY = re.compile(r"^\{(\d{1,3})\}[ \t]+(?=\S)", re.MULTILINE)
_BRACE = re.compile(r"\{(\d{1,3})\}")
_PAREN_SECTION = re.compile(r"^(?:ENDNOTES|Endnotes|NOTES|Notes|FOOTNOTES|Footnotes)[.:]?[ \t]*\n(?:[ \t]*\n)*"
                            r"((?:\(\d{1,3}\)[ \t]+\S.*\n(?:[ \t]*\S.*\n|[ \t]*\n(?=\(\d))*)+)", re.MULTILINE)
_PAREN_BODY = re.compile(r"^\((\d{1,3})\)(?=[ \t])", re.MULTILINE)
_PAREN = re.compile(r"\((\d{1,3})\)")


def _bracketed(labels: set[str]) -> Callable[[re.Match[str]], str]:
    """A replacement giving '[N]' for a marker whose label N is among `labels`, the marker unchanged otherwise."""
    return lambda m: f"[{m.group(1)}]" if m.group(1) in labels else m.group(0)


def bracket_markers(text: str) -> str:
    """Note markers in the forms the rest of the reader reads ('[24]'), where a book's own notes show they are markers.

    '{24}' (David Price's transcriptions) when some paragraph opens with that label as a note body: every '{N}' of
    a label with a body. '(1)' is common in prose ("(1) the army, (2) ..."), so only a notes section of '(N)  text'
    lines under a NOTES/ENDNOTES heading makes it one: then each '(N)' between the previous such section and this one
    whose label this section holds, and the section's '(N)  text' lines become '[N]  text' notes.
    """
    braced = set(_BRACE_BODY.findall(text))
    if braced:
        text = _BRACE.sub(_bracketed(braced), text)
    out, done = [], 0
    for section in _PAREN_SECTION.finditer(text):
        out.append(_PAREN.sub(_bracketed(set(_PAREN_BODY.findall(section.group(1)))), text[done: section.start(1)]))
        out.append(_PAREN_BODY.sub(lambda m: f"[{m.group(1)}]", section.group(1)))
        done = section.end(1)
    return "".join(out) + text[done:]


_INSET_NOTE = re.compile(r"^--\[")  # "--[Bonaparte himself, at St. Helena, says ...]--": a note set in after its paragraph


def footnote_block(texts: list[str], i: int) -> tuple[str, str, int] | None:
    """(label, text, paragraphs used) when paragraph i opens a '[Footnote 1: ...]' block, which may run on over several.

    A note set in as '--[...]--' (the form of many Gutenberg memoirs) has no label and no marker: its label is '*'.
    """
    if _INSET_NOTE.match(texts[i]):
        parts, j = [texts[i][3:]], i
        while not parts[-1].rstrip().endswith("]--") and j + 1 < len(texts) and j - i < 12:
            j += 1
            parts.append(texts[j])
        if not parts[-1].rstrip().endswith("]--"):
            return None
        parts[-1] = parts[-1].rstrip()[:-3]
        return "*", "\n\n".join(p.strip() for p in parts), j - i + 1
    m = _FOOTNOTE.match(texts[i])
    if m is None:
        return None
    parts, j = [texts[i][m.end():]], i
    while not parts[-1].rstrip().endswith("]") and j + 1 < len(texts) and j - i < 12:
        j += 1
        parts.append(texts[j])
    parts[-1] = parts[-1].rstrip()[:-1] if parts[-1].rstrip().endswith("]") else parts[-1]
    return m.group(1), "\n\n".join(p.strip() for p in parts), j - i + 1
