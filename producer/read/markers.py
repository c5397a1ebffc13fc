"""Note markers brought to one form ('[12]') where a book's own notes show what its markers are: '{12}', '^12', '(12)',
'¹²', a star, a number glued to its word. A footnote printed after its paragraph as `[Footnote 1: ...]` (FOOTNOTE here)
is lifted out of the text by footnotes.footnote_block."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator

from producer.read.cues import COUNTING_WORDS
from producer.read.notes import MARKER, marker_label
from producer.read.structure import NOTES_HEADING

# '[Footnote I.1: _Me:_] i.e., me ...' (a play's act before the number: the scene's markers count from [1] again)
FOOTNOTE = re.compile(r"^\[(?:Footnote|FOOTNOTE|Note)\s+(?:[IVX]{1,4}\.)?(\d{1,3}|\*{1,4}|[A-Za-z]):\s*", re.MULTILINE)
_BRACE_BODY = re.compile(r"^\{(\d{1,3}[a-z]?)\}[ \t]+(?=\S)", re.MULTILINE)
_BRACE = re.compile(r"\{(\d{1,3}[a-z]?)\}")  # '{262a}': a note labelled by its page and its place on the page
_FN_BODY = re.compile(r"^\[FN#(\d{1,3})\][ \t]*(?=\S)", re.MULTILINE)  # '[FN#3] Shahryar not Shahriyar ...' (Burton's Nights)
_FN = re.compile(r"\[FN#(\d{1,3})\]")
_NOTES_WORD = r"(?:ENDNOTES|Endnotes|NOTES|Notes|FOOTNOTES|Footnotes)[.:]?[ \t]*"
_NOTES_LINE = rf"^{_NOTES_WORD}"  # a notes section's heading line
# '   ENDNOTES: (1) The war-ships were called ...': the heading may be run in with the first note, and set in
_PAREN_SECTION = re.compile(rf"^[ \t]*(?P<head>{_NOTES_WORD})(?:\n(?:[ \t]*\n)*|(?=\(\d))"
                            r"(?P<notes>(?:\(\d{1,3}\)[ \t]+\S.*\n(?:[ \t]*\S.*\n|[ \t]*\n(?=\(\d))*)+)", re.MULTILINE)
_PAREN_BODY = re.compile(r"^\((\d{1,3})\)(?=[ \t])", re.MULTILINE)
# the same notes closing the text with no heading (a chapter cut from a book whose notes close the volume): numbered
# one after another, each answering a '(N)' above in the same order (see _headless_section)
_PAREN_TAIL = re.compile(r"\n[ \t]*\n(?P<head>)(?P<notes>(?:\(\d{1,3}\)[ \t]+\S.*\n(?:[ \t]*\S.*\n|[ \t]*\n(?=\(\d))*)+)\s*\Z")
_TAIL_NOTES = 3  # bodies such a run needs at least
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
    label makes it one: a notes section of '(N)  text' lines under a NOTES/ENDNOTES heading, or closing the text with
    none (see _headless_section) (each '(N)' between the previous such section and this one whose label this section
    holds, and those lines become '[N]  text' notes), a
    '1. text' paragraph after a glued 'impera(1)', a ' (1) text' paragraph set in below, a NOTES/FOOTNOTES section of
    '  201 text' notes counting up (see _bare_numbered) for the glued 'world’;(201)' above it; 'Milady*' only with a
    '*...' paragraph below (see _paired); a number glued to its word, each the next note's in order (_glued_numbers).
    """
    text = _spelled_footnotes(_lettered_stars(_superscripts(_glued_numbers(_nth_stars(text)))))
    braced = set(_BRACE_BODY.findall(text))
    if braced:
        text = _BRACE.sub(_bracketed(braced), text)
    if fn := set(_FN_BODY.findall(text)):
        text = _FN.sub(_bracketed(fn), _FN_BODY.sub(lambda m: f"[{m.group(1)}] ", text))
    if "^" in text and (footnoted := set(FOOTNOTE.findall(text))):
        text = _CARET_OPENING.sub(lambda m: f"[{m.group(1)}]\n" if m.group(1) in footnoted else m.group(0), text)
        text = _CARET.sub(_bracketed(footnoted), text)
    out, done = [], 0
    for section in [*_PAREN_SECTION.finditer(text), *_headless_section(text)]:
        out.append(_PAREN.sub(_bracketed(set(_PAREN_BODY.findall(section["notes"]))), text[done: section.start("head")]))
        run_in = "\n" not in text[section.start("head"): section.start("notes")]
        out.append(" " * len(section["head"]) if run_in else section["head"])  # a run-in heading goes: the note opens the line
        out.append(text[section.end("head"): section.start("notes")])
        out.append(_PAREN_BODY.sub(lambda m: f"[{m.group(1)}]", section["notes"]))
        done = section.end("notes")
    text = _bare_numbered("".join(out) + text[done:])
    text = _paired(text, _GLUED_PAREN.finditer, _NUMBERED_BODY, "[{}]", None, 30_000)
    text = _paired(text, _PAREN_AFTER.finditer, _PAREN_SET_IN, "[{}]", "[{}]", 3000)
    if "(*" in text or "(+" in text:  # the search for their bodies costs 6 ms a MB, in a book that has none
        text = _paired(text, _SYMBOL_AFTER.finditer, _SYMBOL_SET_IN, "[{}]", "[{}]", 3000, _SYMBOLS.__getitem__)
    return _paired(text, _glued_stars, _STAR_BODY, "[*]", "[*] ", 3000)


# 'pas pour vous. *(2) Only a hobbledehoy' with '     * (2) “It is all very well ...' set in under the paragraph
# (Maude's War and Peace, as the UTF-8 file prints a paragraph's second star): the star printed twice, '**'
_NTH_STAR_BODY = re.compile(r"^([ \t]*)\* \(([2-4])\)[ \t]+(?=\S)", re.MULTILINE)
_NTH_STAR = re.compile(r"\*\(([2-4])\)")


def _nth_stars(text: str) -> str:
    """'*(2)' as '**' and '* (2) text' as '** text', where such a note is printed; otherwise the text as it is."""
    if not _NTH_STAR_BODY.search(text):
        return text
    return _NTH_STAR.sub(lambda m: "*" * int(m[1]), _NTH_STAR_BODY.sub(lambda m: m[1] + "*" * int(m[2]) + " ", text))


def _headless_section(text: str) -> list[re.Match[str]]:
    """The run of '(N)  text' notes closing `text` with no heading over it, when there is no headed one: at least
    _TAIL_NOTES of them, numbered one after another, each label found as '(N)' above, in the same order."""
    if _PAREN_SECTION.search(text) or not (tail := _PAREN_TAIL.search(text + "\n")):  # a last line without its newline
        return []
    labels = [int(n) for n in _PAREN_BODY.findall(tail["notes"])]
    if len(labels) < _TAIL_NOTES or labels != list(range(labels[0], labels[0] + len(labels))):
        return []
    above = [int(m.group(1)) for m in _PAREN.finditer(text, 0, tail.start())]
    order = iter(above)
    return [tail] if all(n in order for n in labels) else []


# David Widger's transcriptions from HTML: the notes '1 (return) [ This preface ...]' after each chapter or book, their
# markers the superscript's number glued to the word or stop before it ('PREFACE.1', 'a spirit and a soul.2 This man'),
# or set between words where no number belongs ('all the Greeks 2 worthy of', 'their father, 24 though', 'Hebrews. 18
# Heber begat'); not after a word that counts or cites ('the 2 men', 'sect. 4 says', 'in 24 days').
_RETURN_BODY = re.compile(r"^(\d{1,3})[ \t]+\(return\)[ \t]*\[", re.MULTILINE)
_GLUED_NUMBER = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.,;!?’”'\")]))(\d{1,3})(?=[\s.,;:!?’”'\")]|$)"
                           r"|(?<=[\w.,;:!?’”'\")\]] )(?<!\d )(\d{1,3})(?= [A-Za-z])")


def _heading_at(text: str, at: int) -> bool:
    """The line holding `at` stands alone between blank lines: a heading ('PREFACE.1'), whose note stays unmarked."""
    start, end = text.rfind("\n", 0, at), text.find("\n", at)
    before, after = text[text.rfind("\n", 0, max(start, 0)) + 1: max(start, 0)], text[end + 1: text.find("\n", end + 1)]
    return start >= 0 and end >= 0 and not before.strip() and not after.strip()


def _counting(text: str, at: int) -> bool:
    """The word before `at` takes a number ('the', 'sect.', 'in') or is a roman numeral ('ii.')."""
    word = text[max(0, at - 12): at].split()[-1:] or [""]
    return word[0].lower() in COUNTING_WORDS or bool(re.fullmatch(r"[ivxlcIVXLC]+\.?", word[0]))


def _glued_numbers(text: str) -> str:
    """'soul.2' as '[2]' where it is the marker of the note '2 (return) [ ...' below: for each such note in turn, the
    first number of its label glued to a word after the marker of the note before it and above the note, outside the
    notes ('Numbers 23:2' is no marker: a colon before it). A number no note follows in that order stays as printed."""
    bodies = list(_RETURN_BODY.finditer(text))
    if not bodies:
        return text
    notes = sorted((b.start(), end if (end := text.find("\n\n", b.start())) >= 0 else len(text)) for b in bodies)
    glued: dict[str, list[int]] = {}
    for m in _GLUED_NUMBER.finditer(text):
        k = bisect.bisect_right(notes, (m.start(), len(text))) - 1
        if (k < 0 or m.start() >= notes[k][1]) and (m.group(1) or not _counting(text, m.start())) \
                and not _heading_at(text, m.start()):
            glued.setdefault(m.group(1) or m.group(2), []).append(m.start())
    cuts: list[tuple[int, int, str]] = []
    at = 0
    for b in bodies:
        places = glued.get(b.group(1), [])
        k = bisect.bisect_left(places, at)
        if k < len(places) and places[k] < b.start():
            cuts.append((places[k], places[k] + len(b.group(1)), f"[{b.group(1)}]"))
            at = places[k] + 1
    return _spliced(text, cuts)


def _spliced(text: str, cuts: list[tuple[int, int, str]]) -> str:
    """`text` with each (start, end, new) of `cuts` (not overlapping) put in place of its span, in one pass: a whole
    book has hundreds of markers, and rebuilding its text for each one is work in the square of its size."""
    pieces, done = [], 0
    for start, end, new in sorted(cuts):
        pieces += [text[done:start], new]
        done = end
    return "".join(pieces) + text[done:]


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


# 'NOTES', and 'NOTES TO THE RELIGIO MEDICI.' as structure reads a notes heading
_NOTES_HEAD = re.compile(rf"(?:{_NOTES_LINE}|{NOTES_HEADING.pattern.removesuffix('$')}[ \t]*)\r?$", re.MULTILINE)
_BARE_BODY = re.compile(r"^(_?)[ \t]*(\d{1,3})(\.?)[ \t]+(?=\S)(?!\(return\))")  # '  201 St. Matt., xxviii, 20.', '_  202 I.e._, ...'
_ANGLED = re.compile(r"[ \t]?<(?P<label>\d{1,3})>")  # 'my profession,<1>--the natural course', 'superaret." <1> The'


def _bare_numbered(text: str) -> str:
    """A FOOTNOTES section whose notes open with their number alone, counting up ('  201 St. Matt., ...', Sellar's
    Bede; '  1.  It was a proverb, ...' line after line, Browne's editor): the numbers become '[201] ' note labels, and
    the '(201)' or '<1>' glued to a word above the section its markers. Three such notes in a row at least (numbered
    'N.' lines, like a list, only when half of them have a marker above); a line that is neither a note, nor
    indented, nor straight under one ends it. With no heading (a chapter cut from its book), such notes count only
    when they close the text, each after a blank line, and half of them have a marker above."""
    heads = [(head.start(), head.end() + 1) for head in _NOTES_HEAD.finditer(text)]
    for at, start in reversed(heads or _headless_notes(text)):
        kept, labels, end, listed, spaced = _bare_run(text, start)
        if len(labels) < 3:
            continue  # no run of notes here: the text above is not searched for their markers
        above = _ANGLED.sub(_bracketed(labels), _GLUED_PAREN.sub(_bracketed(labels), text[:at]))  # 'the world’;(201)'
        marked = {marker_label(m) for m in MARKER.finditer(above)} & labels
        half = 2 * len(marked) >= len(labels)
        sure = (not listed or half) if heads else spaced and end >= len(text.rstrip()) and half
        if sure:
            text = above + text[at: start] + "\n".join(kept) + "\n" + text[end:]
    return text


def _bare_run(text: str, start: int) -> tuple[list[str], set[str], int, bool, bool]:
    """From `start`, the lines of a run of notes numbered alone (see _bare_numbered), with their labels bracketed; the
    labels; where the run ends; whether any was numbered 'N.'; whether each note had a blank line before it."""
    kept: list[str] = []
    labels: set[str] = set()
    expected, blank, end, listed, spaced = None, True, start, False, True
    for line in text[start:].split("\n"):
        m = _BARE_BODY.match(line)
        if m and (expected is None or 0 <= int(m.group(2)) - expected <= 2):  # Pope's Iliad has no notes 108 and 109
            labels.add(m.group(2))
            expected, listed, spaced = int(m.group(2)) + 1, listed or bool(m.group(3)), spaced and blank
            kept.append(f"[{m.group(2)}] {m.group(1)}{line[m.end():]}")
        elif line.strip() and not (labels and (line[:1] in " \t" or not blank)):
            break
        else:
            kept.append(line)
        blank = not line.strip()
        end += len(line) + 1
    return kept, labels, end, listed, spaced


def _headless_notes(text: str) -> list[tuple[int, int]]:
    """Where notes numbered alone that close the text with no heading begin: the first such line, after a blank one,
    below the last line that is neither blank, nor indented, nor one of them ([] when there is none)."""
    first, pos = None, len(text.rstrip())
    while pos > 0:
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos]
        body = _BARE_BODY.match(line)
        if line.strip() and line[:1] not in " \t_" and not body:
            break
        if body and (start == 0 or not text[text.rfind("\n", 0, start - 1) + 1: start - 1].strip()):
            first = start
        pos = start - 1
    return [] if first is None else [(first, first)]


# '(1)' glued to its word ('Divide et impera(1) must be') with '1. Divide and command.' opening a paragraph below it;
# 'Milady*' with a paragraph opening '*' (or '_*' in italics) a few lines below (Dumas' translators). Not '*word*':
# emphasis; not '*where he knew' in the lines of verse it glosses.
_GLUED_PAREN = re.compile(r"(?<=[a-z.,;:!?’”'\"])(?P<mark>\((?P<label>\d{1,3})\))")
_NUMBERED_BODY = re.compile(r"(?<=\n\n)(?P<label>\d{1,3})(?=\.[ \t]+\S)")
# 'the Parrhasian (1).' with ' (1) Parrhasia, a district ...' set in as a paragraph of its own a few lines below (Dakyns)
_PAREN_AFTER = re.compile(r"(?:(?<=[\w.,;:!?’”'\"] )|(?<=[a-z.,;:!?’”'\"]))(?P<mark>\((?P<label>\d{1,3})\))")
_PAREN_SET_IN = re.compile(r"(?<=\n\n)[ \t]*(?P<mark>\((?P<label>\d{1,3})\))(?=[ \t]+\S)")
# 'contesting,(*) the one' / '(+)', each with its note set in under the paragraph: '     (*) "The present chapter ...'
_SYMBOLS = {"*": "*", "**": "**", "+": "†", "++": "‡"}  # '(+)' is the typewriter's dagger
_SYMBOL_AFTER = re.compile(r"(?<=\S)(?P<mark>\((?P<label>\*\*?|\+\+?)\))")
_SYMBOL_SET_IN = re.compile(r"(?<=\n\n)[ \t]*(?P<mark>\((?P<label>\*\*?|\+\+?)\))(?=[ \t]+\S)")
# '"A vos places!" * suddenly cried a voice.' (Maude's Tolstoy): a star set apart after a quotation's closing mark
_GLUED_STAR = re.compile(r"^(?:[^*\n]|\*\s)*?(?:[^\W\d_][\w’'-]*[.,;:!?’”'\"]?|[.,;:!?’”'\"]+ )(?P<mark>(?P<label>\*))"
                         r"(?=[\s.,;:!?’”)]|$)", re.MULTILINE)  # no '*' opening emphasis before it on its line


def _glued_stars(text: str) -> Iterator[re.Match[str]]:
    """_GLUED_STAR's matches, as its finditer gives them, tried only from the start of each line that holds a '*'
    (a match needs one): searching every line of a 1.2 MB book took 0.23 s."""
    end, star = 0, text.find("*")
    while star >= 0:
        start = text.rfind("\n", 0, star) + 1
        if start >= end and (m := _GLUED_STAR.match(text, start)):
            yield m
            end = m.end()
        line_end = text.find("\n", star)
        star = text.find("*", max(end, line_end + 1)) if line_end >= 0 else -1


# '*It is ...', or '     * Garibay, Compend., 1.17, c. 3.' (its lines after the first, if any, not set in as far: a note
# set in as a block is paragraphs._set_in_note's)
_STAR_BODY = re.compile(r"(?<=\n\n)[ \t]*_?(?P<mark>(?P<label>\*))(?=[“\"‘']?[A-Z][^*\n]*$|[ \t][“\"‘']?[A-Z][^*\n]*\n(?:\n|\S))",
                        re.MULTILINE)  # '* "To your places."': a translation, in quotation marks


def _paired(text: str, marker: Callable[[str], Iterable[re.Match[str]]], body: re.Pattern[str], as_marker: str,
            as_body: str | None, within: int, relabel: Callable[[str], str] = str) -> str:
    """`text` with each `body` and the closest `marker` of its label before it (at most `within` characters before:
    the notes after a chapter of a long essay, some forty lines for a note set in after its paragraph; after the
    marker of the note before; not one opening a paragraph, a clause's number) rewritten: the marker as `as_marker`,
    the body's mark as `as_body` (None: kept), each with its label as `relabel` gives it. A run of bodies printed
    after a long letter reaches further: _run_paired."""
    bodies = [(b.start("label"), 1, b) for b in body.finditer(text)]
    if not bodies:
        return text  # no note of this form: no marker to look for
    cuts: list[tuple[int, int, str]] = []
    paired: dict[int, int] = {}  # body start -> its marker's start
    free: list[re.Match[str]] = []  # markers above, not yet given a note
    markers = [m for m in marker(text) if not _OPENS_PARAGRAPH.search(text, max(0, m.start("mark") - 12), m.start("mark"))]
    events = sorted([(m.start("label"), 0, m) for m in markers] + bodies, key=lambda e: (e[0], e[1]))
    for at, is_body, m in events:
        if not is_body:
            free.append(m)
            continue
        mine = [k for k, f in enumerate(free) if f["label"] == m["label"] and at - f.start() <= within]
        if not mine:
            continue
        f = free[mine[-1]]
        cuts.append((f.start("mark"), f.end("mark"), as_marker.format(relabel(m["label"]))))
        if as_body is not None:
            cuts.append((m.start("mark"), m.end("mark"), as_body.format(relabel(m["label"]))))
        free = free[mine[-1] + 1:]
        paired[m.start()] = f.start()
    cuts += _run_paired(markers, [b for _, _, b in bodies], paired, as_marker, as_body)
    return _spliced(text, cuts)


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
