"""Project Gutenberg plain text as downloaded: the header and licence left out, its title and author kept.

Also the conventions of Gutenberg transcriptions that the rest of the reader relies on being
settled first: a scene break (a line of spaced asterisks) becomes one asterism paragraph
("⁂"), underscores marking italics are taken out (and kept aside as emphasis), and note markers are brought to one form
('[12]'). A footnote printed after its paragraph as `[Footnote 1: ...]` (FOOTNOTE here) is lifted out of the text
by footnotes.footnote_block.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from producer.model import SCENE_BREAK, Diagnostic
from producer.read.notes import MARKER

_START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$|^\*END\*?\s*THE SMALL PRINT!.*$",
                    re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$|^End of (?:the )?Project Gutenberg.*$",
                  re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"^(Title|Author|Language):\s*(.+?)\s*$", re.MULTILINE)
_BREAK_LINE = re.compile(r"^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:-[ \t]*){3,}$", re.MULTILINE)
_ITALICS = re.compile(r"(?<![\w_])_(?=[^\s_])((?:[^_\n]|\n(?!\s*\n|⁂\n)){1,300}?)(?<=[^\s_])_(?![\w_])")
# '[Footnote I.1: _Me:_] i.e., me ...' (a play's act before the number: the scene's markers count from [1] again)
FOOTNOTE = re.compile(r"^\[(?:Footnote|FOOTNOTE|Note)\s+(?:[IVX]{1,4}\.)?(\d{1,3}|\*{1,4}|[A-Za-z]):\s*", re.MULTILINE)


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
_BRACE_BODY = re.compile(r"^\{(\d{1,3}[a-z]?)\}[ \t]+(?=\S)", re.MULTILINE)
_BRACE = re.compile(r"\{(\d{1,3}[a-z]?)\}")  # '{262a}': a note labelled by its page and its place on the page
_NOTES_WORD = r"(?:ENDNOTES|Endnotes|NOTES|Notes|FOOTNOTES|Footnotes)[.:]?[ \t]*"
_NOTES_LINE = rf"^{_NOTES_WORD}"  # a notes section's heading line
# '   ENDNOTES: (1) The war-ships were called ...': the heading may be run in with the first note, and set in
_PAREN_SECTION = re.compile(rf"^[ \t]*(?P<head>{_NOTES_WORD})(?:\n(?:[ \t]*\n)*|(?=\(\d))"
                            r"(?P<notes>(?:\(\d{1,3}\)[ \t]+\S.*\n(?:[ \t]*\S.*\n|[ \t]*\n(?=\(\d))*)+)", re.MULTILINE)
_PAREN_BODY = re.compile(r"^\((\d{1,3})\)(?=[ \t])", re.MULTILINE)
_PAREN = re.compile(r"\((\d{1,3})\)")
_CARET = re.compile(r"(?:[ \t]|^)\^(\d{1,3}|\*{1,4})(?=[\s.,;:!?)\]]|$)", re.MULTILINE)
_CARET_OPENING = re.compile(r"\n\^(\d{1,3}|\*{1,4}) (?=\S)")  # '^9 The western isle' opening a line of a paragraph


def _bracketed(labels: set[str]) -> Callable[[re.Match[str]], str]:
    """A replacement giving '[N]' for a marker whose label N is among `labels`, the marker unchanged otherwise."""
    def one(m: re.Match[str]) -> str:
        label = m["label"] if "label" in m.re.groupindex else m[1]
        return f"[{label}]" if label in labels else m[0]
    return one


def bracket_markers(text: str) -> str:
    """Note markers in the forms the rest of the reader reads ('[24]'), where a book's own notes show they are markers.

    '{24}' (David Price's transcriptions) when some paragraph opens with that label as a note body: every '{N}' of
    a label with a body. '^6' (superscripts in David Widger's) where a '[Footnote 6: ...]' block exists: the space
    before it goes, so that the line keeps its length; one opening a line goes to the end of the line above (a line
    opening '[9] ' would open a note). '(1)' is common in prose ("(1) the army, (2) ..."), so only a note of its
    label makes it one: a notes section of '(N)  text' lines under a NOTES/ENDNOTES heading (each '(N)' between the
    previous such section and this one whose label this section holds, and those lines become '[N]  text' notes), a
    '1. text' paragraph after a glued 'impera(1)', a ' (1) text' paragraph set in below, a NOTES/FOOTNOTES section of
    '  201 text' notes counting up (see _bare_numbered) for the glued 'world’;(201)' above it; and 'Milady*' only with a
    '*...' paragraph below (see _paired).
    """
    text = _spelled_footnotes(_lettered_stars(_superscripts(text)))
    braced = set(_BRACE_BODY.findall(text))
    if braced:
        text = _BRACE.sub(_bracketed(braced), text)
    if "^" in text and (footnoted := set(FOOTNOTE.findall(text))):
        text = _CARET_OPENING.sub(lambda m: f"[{m.group(1)}]\n" if m.group(1) in footnoted else m.group(0), text)
        text = _CARET.sub(_bracketed(footnoted), text)
    out, done = [], 0
    for section in _PAREN_SECTION.finditer(text):
        out.append(_PAREN.sub(_bracketed(set(_PAREN_BODY.findall(section["notes"]))), text[done: section.start("head")]))
        run_in = "\n" not in text[section.start("head"): section.start("notes")]
        out.append(" " * len(section["head"]) if run_in else section["head"])  # a run-in heading goes: the note opens the line
        out.append(text[section.end("head"): section.start("notes")])
        out.append(_PAREN_BODY.sub(lambda m: f"[{m.group(1)}]", section["notes"]))
        done = section.end("notes")
    text = _bare_numbered("".join(out) + text[done:])
    text = _paired(text, _GLUED_PAREN, _NUMBERED_BODY, "[{}]", None, 30_000)
    text = _paired(text, _PAREN_AFTER, _PAREN_SET_IN, "[{}]", "[{}]", 3000)
    return _paired(text, _GLUED_STAR, _STAR_BODY, "[*]", "[*] ", 3000)


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_BODY = re.compile(r"^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]+(?=\S)", re.MULTILINE)
_SUPERSCRIPT = re.compile(r"(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")


def _superscripts(text: str) -> str:
    """'Frankish King.³³' with a note opening '   ³³ “Non aliter ...' on a line of its own: '[33]' and '[33] '. Only the
    labels of such notes: a superscript in 'm²' stays as printed."""
    labels = set(_SUPERSCRIPT_BODY.findall(text))
    if not labels:
        return text
    text = _SUPERSCRIPT_BODY.sub(lambda m: f"[{m.group(1).translate(_SUPERSCRIPT_DIGITS)}] ", text)
    return _SUPERSCRIPT.sub(lambda m: f"[{m.group(1).translate(_SUPERSCRIPT_DIGITS)}]" if m.group(1) in labels
                            else m.group(0), text)


# Hume's Treatise (Col Choat's etexts): the marker '[Footnote 2.]' (or '[Footnote' / '10]' over two lines) in the text,
# the note '     [Footnote 2. It is evident, ...]' or '[Footnote 10  If the reader ...]' under the paragraph; Wollstonecraft's
# '(*Footnote.  A lively writer ... in the world.)' under the paragraph whose word it stars ('over*,'); Otté's Humboldt's
# '[Footnote] *The absence of palms ...' under the paragraph that stars 'Garhwal.*'
_SPELLED_MARKER = re.compile(r"\[Footnote\s+(\d{1,3})\.?\]")
_SPELLED_BODY = re.compile(r"^([ \t]*)\[Footnote[ \t]+(\d{1,3})(?:\.[ \t]*|[ \t]{2,})(?=[^\s\]])", re.MULTILINE)
_WORD_THEN_STAR = re.compile(r"^\[(?:Footnote|footnote|FOOTNOTE)\][ \t]*(?=\*[A-Z])", re.MULTILINE)
_PAREN_STAR_NOTE = re.compile(r"^\(\*Footnote\.[ \t]+(?=[A-Z])((?:[^()\n]|\n(?![ \t]*\n)|\([^()]*\))*)\)[ \t]*$", re.MULTILINE)


def _spelled_footnotes(text: str) -> str:
    """Notes whose marker spells 'Footnote': '[Footnote 2.]' -> '[2]' (the lines it spans kept), its note
    '[Footnote 2. text]' -> '[Footnote 2: text]'; '(*Footnote.  text)' and '[Footnote] *text' -> '*text', a star's note
    (see _paired)."""
    text = _WORD_THEN_STAR.sub("", text)
    text = _SPELLED_MARKER.sub(lambda m: f"[{m.group(1)}]" + "\n" * m.group(0).count("\n"), text)
    text = _SPELLED_BODY.sub(lambda m: f"{m.group(1)}[Footnote {m.group(2)}: ", text)
    return _PAREN_STAR_NOTE.sub(lambda m: f"*{m.group(1)}", text)


_STAR_LETTER = re.compile(r"(?:(?<=[\w.,;:!?’”'\"] )|(?<=[\w.,;:!?’”'\"])|(?<=\n))\*(?P<label>[a-z])\b")


def _lettered_stars(text: str) -> str:
    """'... in 1650. *s The Code ...' with '[Footnote s: Code of 1650, p. 48.]' below (Reeve's Tocqueville): '[s]'.
    Only letters that label such a note: '*a' is no marker elsewhere."""
    lettered = {label for label in FOOTNOTE.findall(text) if label.islower()}
    return _STAR_LETTER.sub(_bracketed(lettered), text) if lettered else text


_NOTES_HEAD = re.compile(rf"{_NOTES_LINE}\r?$", re.MULTILINE)
_BARE_BODY = re.compile(r"^(_?)[ \t]*(\d{1,3})[ \t]+(?=\S)")  # '  201 St. Matt., xxviii, 20.', '_  202 I.e._, ...'


def _bare_numbered(text: str) -> str:
    """A FOOTNOTES section whose notes open with their number alone, counting up ('  201 St. Matt., ...', Sellar's
    Bede): the numbers become '[201] ' note labels, and the '(201)' glued to a word above the section its markers. Three
    such notes in a row at least; a line that is neither a note, nor indented, nor straight under one ends it."""
    for head in reversed(list(_NOTES_HEAD.finditer(text))):
        start = head.end() + 1
        kept, labels, expected, blank, end = [], set(), None, False, start
        for line in text[start:].split("\n"):
            m = _BARE_BODY.match(line)
            if m and (expected is None or int(m.group(2)) == expected):
                labels.add(m.group(2))
                expected = int(m.group(2)) + 1
                kept.append(f"[{m.group(2)}] {m.group(1)}{line[m.end():]}")
            elif line.strip() and not (labels and (line[:1] in " \t" or not blank)):
                break
            else:
                kept.append(line)
            blank = not line.strip()
            end += len(line) + 1
        if len(labels) >= 3:
            above = _GLUED_PAREN.sub(_bracketed(labels), text[:head.start()])  # 'the world’;(201)'
            text = above + text[head.start(): start] + "\n".join(kept) + "\n" + text[end:]
    return text


# '(1)' glued to its word ('Divide et impera(1) must be') with '1. Divide and command.' opening a paragraph below it;
# 'Milady*' with a paragraph opening '*' (or '_*' in italics) a few lines below (Dumas' translators). Not '*word*':
# emphasis; not '*where he knew' in the lines of verse it glosses.
_GLUED_PAREN = re.compile(r"(?<=[a-z.,;:!?’”'\"])(?P<mark>\((?P<label>\d{1,3})\))")
_NUMBERED_BODY = re.compile(r"(?<=\n\n)(?P<label>\d{1,3})(?=\.[ \t]+\S)")
# 'the Parrhasian (1).' with ' (1) Parrhasia, a district ...' set in as a paragraph of its own a few lines below (Dakyns)
_PAREN_AFTER = re.compile(r"(?:(?<=[\w.,;:!?’”'\"] )|(?<=[a-z.,;:!?’”'\"]))(?P<mark>\((?P<label>\d{1,3})\))")
_PAREN_SET_IN = re.compile(r"(?<=\n\n)[ \t]*(?P<mark>\((?P<label>\d{1,3})\))(?=[ \t]+\S)")
_GLUED_STAR = re.compile(r"^(?:[^*\n]|\*\s)*?[^\W\d_][\w’'-]*[.,;:!?’”'\"]?(?P<mark>(?P<label>\*))(?=[\s.,;:!?’”)]|$)",
                         re.MULTILINE)  # no '*' opening emphasis before it on its line
_STAR_BODY = re.compile(r"(?<=\n\n)[ \t]*_?(?P<mark>(?P<label>\*))(?=[A-Z][^*\n]*$)", re.MULTILINE)


def _paired(text: str, marker: re.Pattern[str], body: re.Pattern[str], as_marker: str, as_body: str | None, within: int) -> str:
    """`text` with each `body` and the closest `marker` of its label before it (at most `within` characters before:
    the notes after a chapter of a long essay, some forty lines for a note set in after its paragraph; after the
    marker of the note before; not one opening a paragraph, a clause's number) rewritten: the marker as `as_marker`,
    the body's mark as `as_body` (None: kept). A run of bodies printed after a long letter reaches further: _run_paired."""
    bodies = [(b.start("label"), 1, b) for b in body.finditer(text)]
    if not bodies:
        return text  # no note of this form: no marker to look for
    cuts: list[tuple[int, int, str]] = []
    paired: dict[int, int] = {}  # body start -> its marker's start
    free: list[re.Match[str]] = []  # markers above, not yet given a note
    markers = [m for m in marker.finditer(text) if not _OPENS_PARAGRAPH.search(text, max(0, m.start("mark") - 12), m.start("mark"))]
    events = sorted([(m.start("label"), 0, m) for m in markers] + bodies, key=lambda e: (e[0], e[1]))
    for at, is_body, m in events:
        if not is_body:
            free.append(m)
            continue
        mine = [k for k, f in enumerate(free) if f["label"] == m["label"] and at - f.start() <= within]
        if not mine:
            continue
        f = free[mine[-1]]
        cuts.append((f.start("mark"), f.end("mark"), as_marker.format(m["label"])))
        if as_body is not None:
            cuts.append((m.start("mark"), m.end("mark"), as_body.format(m["label"])))
        free = free[mine[-1] + 1:]
        paired[m.start()] = f.start()
    cuts += _run_paired(markers, [b for _, _, b in bodies], paired, as_marker, as_body)
    for start, end, new in sorted(cuts, reverse=True):
        text = text[:start] + new + text[end:]
    return text


_RUN_REACH = 9000  # characters: a letter of two or three pages, its notes printed after it
_OPENS_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*['‘\"“]?$")  # "'(6) It is alleged ...": a clause's number, not a marker


def _run_paired(markers: list[re.Match[str]], bodies: list[re.Match[str]], paired: dict[int, int], as_marker: str,
                as_body: str | None) -> list[tuple[int, int, str]]:
    """Cuts for the bodies _paired left, in a run printed after a long letter: '(146) Page 314.' over '(147) Dr. John
    Warner ...', whose marker is too far above for the window but stands before the marker of the note after it in
    the run (numbered one more, the next body), within _RUN_REACH of it. The last such marker of its label is taken,
    from the run's end back."""
    cuts: list[tuple[int, int, str]] = []
    taken = set(paired.values())
    for b, nxt in reversed(list(itertools.pairwise(bodies))):
        label = b["label"]
        if b.start() in paired or nxt.start() not in paired or not label.isdigit() or nxt["label"] != str(int(label) + 1):
            continue
        end = paired[nxt.start()]
        before = [f for f in markers if end - _RUN_REACH <= f.start() < end and f["label"] == label and f.start() not in taken]
        if before:
            f = before[-1]
            paired[b.start()] = f.start()
            taken.add(f.start())
            cuts.append((f.start("mark"), f.end("mark"), as_marker.format(label)))
            if as_body is not None:
                cuts.append((b.start("mark"), b.end("mark"), as_body.format(label)))
    return cuts
