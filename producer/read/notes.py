"""Note markers in the body and the notes section after it."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from producer.read.paragraphs import Para
from producer.read.structure import is_notes_heading

# [1], [12], [*], [**], [†], [A] (not '[T]he', an editor's capital), and (*1) as some Gutenberg texts number their
# notes: glued to words or punctuation, or after a space. The label is marker_label(m). ('{1}' and '(1)' become '[1]'
# first, where a book's notes show they are markers: markers.bracket_markers.)
MARKER = re.compile(r"\[(\d{1,3}[a-z]?|\*{1,4}|†|‡|[A-Za-z](?=\](?![a-z])))\]|\(\*(\d{1,3})\)")


def marker_label(m: re.Match[str]) -> str:
    """The label of a MARKER match: '1' for '[1]' and '(*1)', '*' for '[*]'."""
    return m.group(1) or m.group(2)


_BODY_FORMS = (
    # "[414]" alone: the note follows; "[A] A complete friend." (a letter label only with a space after it: "[T]he")
    ("bracket", re.compile(r"^\[(\d{1,3}[a-z]?|\*{1,4}|†|‡|[A-Z](?=\]\s))\]\s*(.*)$", re.DOTALL)),
    ("paren", re.compile(r"^\(\*(\d{1,3})\)\s*(.*)$", re.DOTALL)),  # "(*27)" alone: the note follows
    ("note", re.compile(r"^(?:Note|NOTE|Footnote|FOOTNOTE)\s+(\d{1,3}|\*{1,4})\s*[:.]\s*(\S.*)$", re.DOTALL)),
    # "11 (return) [ A pleader and historian ...]": a note as David Widger's texts made from HTML print it
    ("return", re.compile(r"^(\d{1,3})\s+\(return\)\s*\[\s*(\S.*?)\s*\]?$", re.DOTALL)),
    ("star", re.compile(r"^(\*{1,4}|†|‡)\s+(\S.*)$", re.DOTALL)),
    ("number", re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$", re.DOTALL)),
)

# An author tag closing a note: "– L.T.", "— Trans.", "- Ed.", "– THE PUBLISHERS.", "(Trans.)"
_TAG_WORDS = r"Trans\.|Transl\.|Tr\.|Translator|Translators|Ed\.|Eds\.|Editor|Editors|Author|Publisher|Publishers|Auth\."
_AUTHOR_TAG = re.compile(
    r"\s*(?:[–—]|--?)\s*(?P<tag>(?:[A-Z][a-z]?\.\s?){1,4}|(?:" + _TAG_WORDS + r")|(?:THE\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3}\.?)\s*$"
    r"|\s*[(\[](?P<tag2>" + _TAG_WORDS + r"|(?:[A-Z]\.\s?){1,4})[)\]]\s*$"
    # "... may be discovered. BOSWELL.": an editor's edition signs each note with a name in capitals after its last sentence
    r"|(?<=[.!?_'’”])\s+(?P<tag3>(?![IVXLCDM]+\.)[A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]{2,})?\.)\s*$"
    # "... before he pronounced sentence. M.": a translator's initial after the note's last sentence (Melmoth's Pliny)
    r"|(?<=[a-z][.!?])\s+(?P<tag4>[A-Z]\.)\s*$"
)


_TAG_LINE = re.compile(r"^\s*(?:[–—]|--?)?\s*(?![IVXLCDM]+\.)[A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]{2,})?\.\s*$")


@dataclass(slots=True)
class NoteBody:
    """A note's text as found in the notes section."""

    label: str
    paragraphs: list[str]
    line: int
    column: int
    form: str
    author: str | None = None
    used: bool = False
    refs: list[str] = field(default_factory=list)


def body_label(text: str) -> tuple[str, str, str] | None:
    """(form, label, rest) when a paragraph starts like a note body."""
    for form, pattern in _BODY_FORMS:
        m = pattern.match(text)
        if m:
            return form, m.group(1), m.group(2)
    return None


def split_author(text: str) -> tuple[str, str | None]:
    """Remove a closing author tag from a note's text: ('... importance.', 'L.T.')."""
    m = _AUTHOR_TAG.search(text)
    if not m or m.start() == 0:
        return text, None
    tag = (m.group("tag") or m.group("tag2") or m.group("tag3") or m.group("tag4")).strip()
    if re.fullmatch(r"(?:THE\s+)?[A-Z][A-Z'’\-]{3,}(?:\s+[A-Z][A-Z'’\-]+)*\.", tag) or tag in ("Translator.", "Editor.", "Author."):
        tag = tag[:-1]  # a full word's period ends the note's sentence, not an abbreviation ('ED.' keeps it)
    return text[: m.start()].rstrip(), tag


def notes_section(paras: list[Para], start: int, end: int, markers: set[str]) -> tuple[int, list[NoteBody]]:
    """Find the trailing notes section in paras[start:end]; returns (first index of the section, bodies).

    Walks back from the end: each labelled paragraph joins the section while its label is
    new (a repeated label means numbered clauses of the body, unless it repeats the label just read); up to three unlabelled
    paragraphs may stand between labelled ones as a note's continuation, but not one marking a note found below; a
    plain 'N.' paragraph counts only when a marker [N] exists or numbered notes were already found.
    """
    section = end
    labels: set[str] = set()
    pending, last = 0, None
    i = end - 1
    while i >= start:
        text = paras[i].text
        if is_notes_heading(text):
            section = i
            break
        found = body_label(text)
        if found:
            form, label, _ = found
            key = label
            if key in labels and not key.startswith("*") and key != last:  # '[46]' twice in a row: a misprint
                break
            if label not in markers and (form == "number" and not any(k.isdigit() for k in labels)
                                         or label.isalpha() and not labels):
                break  # '6. It has been a custom ...' above a '[*]' note: the chapter's sixth section
            labels.add(key)
            section, pending, last = i, 0, key
        elif any(marker_label(m) in labels for m in MARKER.finditer(text)):
            break  # text marking notes found below: the notes above it were set in after their paragraphs
        else:
            pending += 1
            if pending > 3 and not _numbered_on(paras, i, start, labels):
                break
        i -= 1
    bodies = read_bodies(paras[section:end])
    if bodies and section == start and all(b.form == "number" for b in bodies):
        return end, []  # '1. In the beginning ...' to '4. ...': the chapter's numbered sections, not its notes
    return (section, bodies) if bodies else (end, [])  # no text is dropped that is not read as a note


def _numbered_on(paras: list[Para], i: int, start: int, labels: set[str]) -> bool:
    """A long note (verse, letters quoted in it) in a numbered run: the body numbered one less than the lowest found
    so far is within 20 paragraphs above paragraph `i`."""
    numbers = [int(label) for label in labels if label.isdigit()]
    return bool(numbers) and numbered_body(paras[max(start, i - 20): i + 1], min(numbers) - 1)


def numbered_body(paras: list[Para], number: int) -> bool:
    """A note body labelled `number` among `paras` ("[413]", "6.")."""
    return any((found := body_label(p.text)) and found[1] == str(number) for p in paras)


# 'A TREATISE ON THE SITUATION, MANNERS AND INHABITANTS OF GERMANY.' under 'FOOTNOTES': capitals, no more than 15 words
_CAPS_TITLE = re.compile(r"(?=[^a-z]*$)(?:\S+\s+){0,14}\S+")


def read_bodies(paras: list[Para]) -> list[NoteBody] | None:
    """The note bodies in a notes section: a labelled paragraph opens one, the paragraphs after it continue it, a
    closing author tag becomes its author. A paragraph before the first body other than a 'NOTES' heading, or a
    title in capitals under it (the part whose notes follow), means the paragraphs are not a notes section: None."""
    bodies: list[NoteBody] = []
    headed = False
    for p in paras:
        found = body_label(p.text)
        if found:
            form, label, rest = found
            bodies.append(NoteBody(label, [rest] if rest else [], p.line, 1, form))
        elif bodies:
            bodies[-1].paragraphs.append(p.text)
        elif is_notes_heading(p.text):
            headed = True
        elif not (headed and _CAPS_TITLE.fullmatch(p.text.strip())):
            return None
    for body in bodies:
        take_author(body)
    _signed_alike(bodies)
    return bodies


# '... is a matter of doubt.—White.': a name after a dash closing a note, an editor's signature when it closes another
_DASH_NAME = re.compile(r"(?<=[.!?”’)])\s*(?:[–—]|--)\s*([A-Z][a-z]+)\.\s*$")


def _signed_alike(bodies: list[NoteBody]) -> None:
    """Give the notes of a section that close with the same name after a dash ('—White.') that name as author; one such
    note alone may close with a source cited ('—Gibbon.'), so it keeps its text."""
    ends = [(b, m) for b in bodies if b.author is None and b.paragraphs and (m := _DASH_NAME.search(b.paragraphs[-1]))]
    names = Counter(m.group(1) for _, m in ends)
    for body, m in ends:
        if names[m.group(1)] >= 2:
            body.paragraphs[-1], body.author = body.paragraphs[-1][:m.start()].rstrip(), m.group(1)


def take_author(body: NoteBody) -> NoteBody:
    """Move a closing author tag ('-- PUBLISHERS.') from the body's last paragraph to its author."""
    if len(body.paragraphs) > 1 and _TAG_LINE.match(body.paragraphs[-1]):  # the tag on a line of its own, under verse
        body.author = body.paragraphs.pop().strip().rstrip(".")
    elif body.paragraphs:
        body.paragraphs[-1], body.author = split_author(body.paragraphs[-1])
    return body


def label_key(label: str) -> str:
    """A label usable in an XML id: '1' -> '1', '262a' -> '262a', '*' -> 'star', '**' -> 'star2'."""
    if label.isascii() and label.isalnum():
        return label
    if set(label) == {"*"}:
        return "star" if len(label) == 1 else f"star{len(label)}"
    return {"†": "dagger", "‡": "ddagger"}.get(label, "x")


def _star_floors(body: list[Para], bodies: list[NoteBody]) -> dict[int, int]:
    """For each star's note (by id), the line its star must stand on or below: a page's star note is printed under its
    star's paragraph, after the text that follows the note of the star before (notes set in together share a floor)."""
    lines = sorted(p.line for p in body)
    floors: dict[int, int] = {}
    for label in {b.label for b in bodies if set(b.label) == {"*"}}:
        floor, last = 0, None
        for b in sorted((b for b in bodies if b.label == label), key=lambda n: n.line):
            if last is not None and bisect.bisect_right(lines, last) < bisect.bisect_left(lines, b.line):
                floor = last  # text stands between the note before and this one
            floors[id(b)] = floor
            last = b.line
    return floors


def pair_markers(body: list[Para], bodies: list[NoteBody]) -> dict[tuple[int, int], NoteBody]:
    """Each marker ((paragraph, start)) its note: from the last note back, each takes the last marker of its label above
    it not yet taken (a note set in under its paragraph, or inline, takes its own marker; the notes after a chapter,
    numbered again on every page, take their markers in order); a note with no marker of its label above it takes the
    first one left, in reading order. A star's note takes a star in the text after the note of the star before (notes
    set in together under one paragraph share it), or none: one star missed does not hand a note the star before."""
    markers = [((pi, m.start()), marker_label(m), p.position(m.start())[0]) for pi, p in enumerate(body) for m in MARKER.finditer(p.text)]
    paired: dict[tuple[int, int], NoteBody] = {}
    left: list[NoteBody] = []
    floors = _star_floors(body, bodies)
    for b in reversed(bodies):
        floor = floors.get(id(b), 0)
        mine = next((where for where, label, line in reversed(markers) if label == b.label and floor <= line <= b.line
                     and where not in paired), None)
        if mine is None:
            left.insert(0, b)
        else:
            paired[mine] = b
    for where, label, _ in markers:
        if where not in paired and set(label) != {"*"} and (note := next((n for n in left if n.label == label), None)):
            paired[where] = note
            left.remove(note)
    return paired
