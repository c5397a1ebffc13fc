"""Where a chapter's note bodies are: '[Footnote 1: ...]' blocks set in the text, a notes section after the chapter,
or one notes section at the end of the book that serves every chapter."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from producer.model import SCENE_BREAK, Diagnostic
from producer.read.footnotes import footnote_block
from producer.read.notes import MARKER, NoteBody, body_label, marker_label, notes_section, numbered_body, read_bodies, take_author
from producer.read.paragraphs import Para
from producer.read.structure import Heading, is_notes_heading

Range = tuple[str | None, int | None, str | None, int, int]  # number, ordinal, title, first paragraph, end
_RULE = re.compile(r"[_\-=*~ ]{3,}")  # "__________" drawn above a notes section


def own_notes(paras: list[Para]) -> tuple[list[Para], list[NoteBody]]:
    """A chapter's text without its notes, and the notes it carries itself: footnote blocks, then its notes section."""
    paras, lifted = lift_footnotes(paras)
    labels = {marker_label(m) for p in paras for m in MARKER.finditer(p.text)}
    section, bodies = notes_section(paras, 0, len(paras), labels)
    return paras[:section], lifted + bodies


def lift_footnotes(paras: list[Para], in_section: bool = False) -> tuple[list[Para], list[NoteBody]]:
    """The paragraphs without their '[Footnote 1: ...]' blocks, and those blocks as note bodies, in order (`in_section`:
    the paragraphs of a notes section, where a block left open runs on to the next, see footnotes.footnote_block, and a
    paragraph after a block's close goes on with it)."""
    paras = list(paras)
    texts = [p.text for p in paras]
    remarks = sum(len(_REMARK_NOTE.findall(text)) for text in texts) >= _REMARKS
    pattern = _INLINE_OR_REMARK if remarks else _INLINE_NOTE
    numbered = [int(m["label"]) for text in texts for m in _NUMBERED_INLINE.finditer(text)]
    if len(numbered) >= _REMARKS and numbered[0] == 1 and 5 * sum(b == a + 1 for a, b in itertools.pairwise(numbered)) >= 4 * len(numbered):
        pattern = re.compile(f"{pattern.pattern}|{_NUMBERED_INLINE.pattern}")
    kept: list[Para] = []
    bodies: list[NoteBody] = []
    i = 0
    while i < len(paras):
        section = _notes_between(paras, i, kept)
        if section:  # "Footnotes:" and numbered notes after a letter, the text going on after them
            bodies += section[0]
            i += section[1]
            continue
        block = footnote_block(texts, i, in_section)
        found = block or _set_in_after(texts, i, kept)
        if found is None and in_section and not any(c.isalnum() for c in texts[i]):
            i += 1  # a bracket or a rule left alone on its line
            continue
        if found is None and in_section and bodies and not body_label(texts[i]):
            # '... inque Deo omnia noscas.]' and the note's translation under it, closing it again
            bodies[-1].paragraphs.append(texts[i].rstrip().removesuffix("]"))
            i += 1
            continue
        if found is None:
            para, inline = _inline_notes(paras[i], pattern)
            kept.append(para)
            bodies += inline
            i += 1
            continue
        label, text, used, goes_on = found
        if block and set(label) == {"*"} and kept:  # a note set in under its paragraph ('--[...]--', '[* ...]')
            kept[-1] = _star_marked(kept[-1], label)
        elif set(label) <= {"*"} and (k := _bare_starred(kept, label)) is not None:  # '     * Or Elvod, ...' under 'Elbotus,*'
            kept[k] = _star_marked(kept[k], label)
        body = take_author(NoteBody(label, text.split("\n\n"), paras[i].line, 1, "footnote"))
        if goes_on is None and not block:
            used += _signed_under(paras, i + used, body)
        bodies.append(body)
        i += used
        if goes_on is not None:  # '... an elective body.] A twofold tendency ...': the text after it is read again
            i -= 1
            paras[i] = _after(paras[i], goes_on)
            texts[i] = paras[i].text
    return kept, bodies


_SIGNER_COLUMN = 20  # a line set this far right under a note is its author's signature ('                I. L. B.')
_NOTE_DATE = re.compile(r"\([^()]{4,120}\)")  # '(Author's note to the third edition, January 16, 1880.)'


def _signed_under(paras: list[Para], j: int, body: NoteBody) -> int:
    """Paragraphs under a note set in that are its own: a name or initials set far right (its author) and the
    parenthesised line under that; how many."""
    if body.author or j >= len(paras) or len(paras[j].text.split()) > 4 or not paras[j].starts \
            or paras[j].starts[0][2] <= _SIGNER_COLUMN or not paras[j].text[:1].isupper():
        return 0
    body.author = paras[j].text.strip()
    if j + 1 < len(paras) and _NOTE_DATE.fullmatch(paras[j + 1].text.strip()):
        body.paragraphs.append(paras[j + 1].text.strip())
        return 2
    return 1


def _bare_starred(kept: list[Para], stars: str) -> int | None:
    """The last of the twelve paragraphs above with the bare star ('Elbotus,*') that a note set in answers, unless a
    marker of its label stands after it."""
    for k in range(len(kept) - 1, max(len(kept) - 13, -1), -1):
        if any(marker_label(m) == stars for m in MARKER.finditer(kept[k].text)):
            return None
        if any(m.group() == stars for m in _BARE_STAR.finditer(kept[k].text)):
            return k
    return None


def _after(para: Para, offset: int) -> Para:
    """What of the paragraph stands after `offset`, with its own line positions."""
    cut = offset + len(para.text[offset:]) - len(para.text[offset:].lstrip())
    line, column = para.position(cut)
    starts = [(0, line, column)] + [(o - cut, ln, c) for o, ln, c in para.starts if o > cut]
    return Para(para.text[cut:], line, starts)


# "... at almost any other place."* (* Ibid pages 1046 to 1048.) Discomfort ...": a footnote printed in parentheses
# right after its star, in the paragraph (a Gutenberg convention); one level of parentheses may stand inside it.
# '... to be at work again." [Footnote: Official Records, vol. xxiii.] The ...', '... the drunken P., [Translator's Note:
# Probably Palmin, a minor poet.] listening ...': a note without a number, where its marker would be; one level of
# brackets inside it. '... survivors.--[Henry had returned once ...]--He had nothing on ...': the same between dashes
# (David Widger's transcriptions)
# '[Erman, p. 242.]', '[Forster, i. 114]', '[... Toland (London, 1705), p. 322.]', '[... 2 vols. 12mo ...]', '[... Ibid.
# Epist. 76*.]': a reference to a page, a volume or a work cited before, in brackets in the running text, is the book's
# note (Carlyle's Friedrich prints all its notes so)
_PAGE_REFERENCE = r"(?:\b(?:pp?|vols?|tom|chap)\.\s*[\divxlc]+|\b\d+\s+vols\.|\b[ivxl]{1,5}\.\s+\d{1,4}\b|\b(?:Ibid|ibid|op\. cit|loc\. cit)\.)"
_BRACKETED = r"(?:[^\[\]]|\[[^\[\]]*\])+?"
# '... with Remenyi [A celebrated Hungarian violinist.] are ...': an editor's sentence of four words or more in
# brackets in the running text (a whole sentence, closed by its stop), where a book prints its notes so; not a bearing
# ('[W. 20 degrees to 40 degrees N.]')
_REMARK = r"(?![A-Z]{1,2}\.\s)[A-Z“\"](?:[^\[\]\s]*\s){3,}[^\[\]]*?[.!?][”\"’]?"
_INLINE_NOTE = re.compile(r"(?<=\S)\*\s+\(\*\s+(?P<body>(?:[^()]|\([^()]*\))+?)\)"
                          rf"|(?<=\w)\*\s+\[(?P<starred>[A-Z]{_BRACKETED})\]"  # 'The Earl of Auckland* [It is with ...]' 
                          r"|(?<=\S)\s*\[(?:Footnote|FOOTNOTE|(?:Translator|Editor|Author)[’']?s [Nn]ote|Note|NOTE):"
                          rf"\s*(?P<bracketed>{_BRACKETED})\]"
                          rf"|(?<=\S)--\[(?P<dashed>{_BRACKETED})\]\s*--(?=\S)"
                          rf"|(?<=\S)\s*\[(?P<cited>[^\[\]]*?{_PAGE_REFERENCE}[^\[\]]*)\]")
_REMARK_NOTE = re.compile(rf"(?<=\S)\s*\[(?P<remark>{_REMARK})\]")
_INLINE_OR_REMARK = re.compile(rf"{_INLINE_NOTE.pattern}|{_REMARK_NOTE.pattern}")
_REMARKS = 3  # a chapter's own convention when it prints this many: one alone may be the author's ('[Here he wept.]')
# '... Rolle, etc. (1.  As the works of the first-named authors are so well known, ... 'Ueber die Bildung.')  Here...':
# a note numbered in parentheses where its marker would be (Sue Asscher's Darwin), counted 1, 2, 3 in each chapter
_NUMBERED_INLINE = re.compile(r"(?<=\S)\s*\((?P<label>\d{1,3})\.\s+(?P<numbered>[A-Z'‘“\"](?:[^()]|\([^()]*\))+?)\)")


# 'cavalry;* but', 'St. Elbotus,* to all', and a star set apart after a stop or a closing mark: 'pour rire,” * he said'
_BARE_STAR = re.compile(r"(?:(?<=[\w.,;:!?’”'\")])|(?<=[.,;:!?’”'\"] ))\*+(?![\w\]])")


def _star_marked(para: Para, stars: str) -> Para:
    """The paragraph with its bare star ('cavalry;* but') as the marker '[*]', or the marker added at its end when
    it prints none ('--[...]--' notes have no marker)."""
    bare = [m for m in _BARE_STAR.finditer(para.text) if m.group() == stars]
    if not bare:
        return replace(para, text=para.text + f"[{stars}]")
    m = bare[0]
    starts = [(o if o <= m.start() else o + 2, ln, c) for o, ln, c in para.starts]  # '*' -> '[*]': two more before
    return replace(para, text=f"{para.text[: m.start()]}[{stars}]{para.text[m.end():]}", starts=starts)


def _inline_notes(para: Para, pattern: re.Pattern[str]) -> tuple[Para, list[NoteBody]]:
    """The paragraph with each note printed inline where its marker would be left as the marker '[*]', and those notes
    (`pattern`: _INLINE_NOTE, or _INLINE_OR_REMARK in a chapter that prints its notes as bracketed sentences)."""
    if "(*" not in para.text and "[" not in para.text and ("numbered" not in pattern.groupindex or "(" not in para.text) \
            or (body_label(para.text) or ("",))[0] == "return":
        return para, []  # a note's own brackets ('6 (return) [ As to ... Havercamp, p. 63, ...]') are no note
    bodies: list[NoteBody] = []
    text, starts = para.text, list(para.starts)
    for m in reversed(list(pattern.finditer(para.text))):
        body = next(name for name, value in m.groupdict().items() if value is not None and name != "label")
        label = m.groupdict().get("label") or "*"
        line, column = para.position(m.start(body))
        bodies.insert(0, take_author(NoteBody(label, [" ".join(m.group(body).split())], line, column, "inline")))
        marker = f"[{label}] " if body == "dashed" else f"[{label}]"  # the dashes set the words apart: a space keeps them so
        text = text[: m.start()] + marker + text[m.end():]
        cut = m.end() - m.start() - len(marker)  # what the marker no longer takes: later offsets move back by it
        # a line that began inside the note begins nothing now; the lines after it move back
        starts = [(o if o <= m.start() else o - cut, ln, c) for o, ln, c in starts if not m.start() < o < m.end()]
    return replace(para, text=text, starts=starts), bodies


def _notes_between(paras: list[Para], i: int, kept: list[Para]) -> tuple[list[NoteBody], int] | None:
    """(bodies, paragraphs used) for a 'Footnotes:' heading at paragraph `i` with labelled notes under it, set in the
    middle of a chapter (after each letter of a correspondence). The notes run while paragraphs are labelled, and
    unlabelled ones belong to them only before the next number within fifteen paragraphs. The first label must answer
    a marker above."""
    if not is_notes_heading(paras[i].text):
        return None
    end, last = i + 1, None
    while end < len(paras):
        found = body_label(paras[end].text)
        if found:
            last = found[1]
        elif last is None or not last.isdigit() or paras[end].text == SCENE_BREAK \
                or not numbered_body(paras[end + 1: end + 16], int(last) + 1):
            break  # a note of several paragraphs (a letter quoted in it) runs on only up to the note numbered next, and
            # never over a scene break: the text going on (the next letter); a note may mark another ('... safe.[5]')
        end += 1
    bodies = read_bodies(paras[i:end]) if end > i + 1 else None
    labels = {marker_label(m) for p in kept for m in MARKER.finditer(p.text)}
    return (bodies, end - i) if bodies and bodies[0].label in labels else None


_SET_IN_RUN = 3  # notes set in together under one paragraph, at most, unless they are numbered one after another


def _set_in_after(texts: list[str], i: int, kept: list[Para]) -> tuple[str, str, int, None] | None:
    """'[23] Afterwards Louis XVIII.' or '* In the case of Isis ...' set in right after the paragraph with the marker
    [23] or [*] (or one of the eleven paragraphs before it, a signed document between them): a footnote printed where
    it falls, as (label, text, paragraphs used). More than three together are set-in notes only when they are one
    page's stars ('*' to '****', each answering a marker in the twelve paragraphs above), or numbered one after another,
    every one answers a marker above in the chapter, and the text after them marks the next number before any note
    follows: '[2]' to '[5]' printed after the last paragraph of a section, the section after it marking '[6]'."""
    found = body_label(texts[i])
    if found is None or found[0] not in ("bracket", "star") or not found[2]:
        return None
    start, end = i, i  # the run of bodies it is in: '[*] By this word ...' / '[**] It is happy ...' under one paragraph
    while start > 0 and _set_in_body(texts[start - 1]):
        start -= 1
    while end + 1 < len(texts) and _set_in_body(texts[end + 1]):
        end += 1
    labels = [b[1] for t in texts[start: end + 1] if (b := _set_in_body(t))]
    if i == start == end == 0 and len(texts) > 1:
        return found[1], found[2], 1, None  # opening the chapter, under 'CHAPTER XVIII[*] -- ...': the heading's note
    if end + 1 >= len(texts) or not _between_text(texts[max(start - 3, 0): start], labels[0]) \
            or not _between_text(texts[end + 1: end + 4], None):
        return None  # at the chapter's end, or among other bodies' paragraphs: a notes section
    if _last_marked(kept, labels):
        return found[1], found[2], 1, None
    if end - start < _SET_IN_RUN or _star_run(labels):
        above = kept[-12:]
    elif _in_sequence(labels) and _text_goes_on(texts[end + 1:], str(int(labels[-1]) + 1)):
        above = kept
    else:
        return None
    marked = {marker_label(m) for p in above for m in MARKER.finditer(p.text)} | {m.group() for p in above for m in _BARE_STAR.finditer(p.text)}
    return (found[1], found[2], 1, None) if set(labels) <= marked else None


def _set_in_body(text: str) -> tuple[str, str, str] | None:
    """body_label's answer for a note that may be set in under its paragraph: '[23] ...', '* ...'; not '8. Three
    considerable islands ...', a book's numbered section as often as a note."""
    found = body_label(text)
    return found if found and found[0] in ("bracket", "star") else None


def _last_marked(kept: list[Para], labels: list[str]) -> bool:
    """The run's numbers are the last markers of the text above, in order: notes printed after the letter or passage
    that marks them, however long it is ('(153)' to '(156)' after a letter of two pages)."""
    marked = list(dict.fromkeys(marker_label(m) for p in kept for m in MARKER.finditer(p.text)))
    return all(label.isdigit() for label in labels) and marked[-len(labels):] == labels


def _between_text(texts: list[str], label: str | None) -> bool:
    """No note body among `texts` (the paragraphs just before a run of bodies, or just after), or only such that the
    paragraphs between it and the run are text: they carry the marker of the note after them (`label`, the run's
    first; None: the body's own)."""
    at = next((k for k in range(len(texts) - 1, -1, -1) if _set_in_body(texts[k])), None) if label else \
        next((k for k, t in enumerate(texts) if _set_in_body(t)), None)
    if at is None:
        return True
    if label:
        return _text_goes_on(texts[at + 1:], label)
    found = _set_in_body(texts[at])
    return found is not None and _text_goes_on(texts[:at], found[1])


def _star_run(labels: list[str]) -> bool:
    """Labels '*', '**', '***', '****': the notes of one printed page, set in together under its last paragraph."""
    return [label.count("*") for label in labels] == list(range(1, len(labels) + 1)) and all(set(label) == {"*"} for label in labels)


def _in_sequence(labels: list[str]) -> bool:
    """Labels '4', '5', '6': numbers, one after another."""
    return all(label.isdigit() for label in labels) and [int(n) for n in labels] == list(range(int(labels[0]), int(labels[0]) + len(labels)))


def _text_goes_on(texts: list[str], label: str) -> bool:
    """The marker [label] stands in `texts` before any note body: the text went on after a run of notes."""
    for text in texts:
        if _set_in_body(text):
            return False
        if any(marker_label(m) == label for m in MARKER.finditer(text)):
            return True
    return False


def without_note_groups(paras: list[Para], headings: list[Heading]) -> list[Heading]:
    """The headings without those inside the book's closing notes section, where they group the notes by the chapter
    they belong to ('FOOTNOTES' / 'PREFACE' / 'I--THE LAND' / '[Footnote 11: ...]', Rawlinson's Phoenicia): every
    numbered heading after the section's heading repeats a chapter's number from before it (a 'PREFACE' among them
    groups the preface's notes), and nothing after that heading is not a note or such a heading."""
    notes = next((i for i in range(len(paras) - 1, -1, -1) if is_notes_heading(paras[i].text)), None)
    after = [h for h in headings if notes is not None and h.index > notes]
    before = {h.ordinal for h in headings if notes is not None and h.index < notes and h.number}
    numbered = [h for h in after if h.number]
    if not numbered or any(h.ordinal not in before for h in numbered) or notes is None or not _section_bodies(paras[notes + 1:]):
        return headings  # chapters numbered again in each book, or text after the notes: not the notes' groups
    return [h for h in headings if h not in after]


Noted = tuple[list[Para], list[NoteBody]]  # a chapter's text without its notes, and its note bodies


def chapter_notes(paras: list[Para], ranges: list[Range], diagnostics: list[Diagnostic]) -> list[Noted]:
    """Each chapter's text and note bodies: its own (see own_notes), and its share of a notes section that closes the
    book, or closes one of the works a book collects ('FOOTNOTES TO THE LETTERS OF PLINY' after the letters, then the
    correspondence with Trajan and its own notes): each such section serves the chapters since the one before it."""
    out: list[Noted] = []
    first = 0
    for k in range(len(ranges)):
        if k == len(ranges) - 1 or _closes_a_work(paras, ranges[k]):
            out += _closing_notes(paras, ranges[first: k + 1], diagnostics)
            first = k + 1
    return out


# over one chapter's notes: 'I--THE LAND', 'CHAPTER III.', 'Chapter 3', 'PREFACE'
_GROUP_HEADING = re.compile(r"(?:(?:CHAPTER|Chapter|CHAP\.|Chap\.|BOOK|Book|PART|Part)\s+)?(?:[IVXLC]+|\d+)(?:\.|--|[—–-])?"
                            r"(?:\s*[A-Z][^a-z]*)?|PREFACE|INTRODUCTION|APPENDIX(?: [IVX]+)?|CONCLUSION|DEDICATION")
_GROUP_WORDS = 12  # words a heading over a chapter's notes has at most


def _group_heading(text: str) -> bool:
    """A notes section's heading over one chapter's notes (see _GROUP_HEADING)."""
    return len(text.split()) <= _GROUP_WORDS and bool(_GROUP_HEADING.fullmatch(text.strip()))


def _closes_a_work(paras: list[Para], chapter: Range) -> bool:
    """A chapter that ends in a notes section: a notes heading with nothing but note bodies under it."""
    start, end = chapter[3:]
    heading = next((i for i in range(end - 1, start - 1, -1) if is_notes_heading(paras[i].text)), None)
    return heading is not None and bool(_section_bodies(paras[heading + 1:end]))


def _closing_notes(paras: list[Para], ranges: list[Range], diagnostics: list[Diagnostic]) -> list[Noted]:
    """Chapters and notes of a run of chapters whose last may end in the run's notes section (see chapter_notes).

    The section serves the run when it holds nothing but note bodies and answers markers in
    other chapters that have no bodies of their own; it is then cut from the last chapter's text.
    Each marker takes the first body with its label not yet taken, in reading order, so notes
    numbered through the book and notes numbered again in each chapter both land where they
    belong; bodies no marker takes stay with the last chapter (and are warned of there).
    """
    own = [own_notes(paras[first:last]) for _, _, _, first, last in ranges[:-1]]
    start, end = ranges[-1][3:]
    heading = next((i for i in range(end - 1, start - 1, -1) if is_notes_heading(paras[i].text)), None)
    if not own or heading is None or not (pool := _section_bodies(paras[heading + 1:end])):
        return [*own, own_notes(paras[start:end])]
    stop = heading - 1 if heading > start and _RULE.fullmatch(paras[heading - 1].text) else heading
    noted = [*own, own_notes(paras[start:stop])]
    taken: set[int] = set()
    shares: list[list[NoteBody]] = [[] for _ in noted]
    for share, (body, bodies) in zip(shares, noted, strict=True):
        labels = {b.label for b in bodies}
        for m in (m for p in body for m in MARKER.finditer(p.text)):
            label = marker_label(m)
            j = next((j for j, b in enumerate(pool) if b.label == label and j not in taken), None)
            if label not in labels and j is not None:
                taken.add(j)
                share.append(pool[j])
    if not any(shares[:-1]):
        return [*own, own_notes(paras[start:end])]  # the section answers the last chapter only: its own notes section
    shares[-1] += [b for j, b in enumerate(pool) if j not in taken]
    diagnostics.append(Diagnostic("end-notes", "info", f"gave the {len(taken)} note(s) of the notes section here to the "
                                  f"chapters that refer to them", paras[heading].line, 1))
    return [(body, bodies + share) for (body, bodies), share in zip(noted, shares, strict=True)]


def _section_bodies(paras: list[Para]) -> list[NoteBody]:
    """The note bodies of a notes section, or none when anything in it is not a note or the heading of the chapter its
    notes below belong to ('PREFACE', 'I--THE LAND', 'CHAPTER III.': Rawlinson's Phoenicia)."""
    paras, lifted = lift_footnotes(paras, in_section=True)
    bodies = read_bodies([p for p in paras if not _group_heading(p.text)])
    return [] if bodies is None else lifted + bodies
