"""The plain-text reader: a chapter in the style of the sample (plus optional sidecar) to a Document."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from producer.errors import ContentError
from producer.model import (
    Block,
    Chapter,
    Diagnostic,
    DocEnd,
    DocStart,
    Document,
    Meta,
    Note,
    QuotedDocument,
    Signature,
    Text,
    printed,
)
from producer.read.contents import chapter_runs, contents_list
from producer.read.emphasis import by_paragraph, emphasize
from producer.read.endnotes import Range, chapter_notes, without_note_groups
from producer.read.front import front_matter, listed_divisions, place_front, without_front_lists
from producer.read.gutenberg import Header, conventions, strip_gutenberg
from producer.read.headline import paper_heading
from producer.read.hygiene import apply_corrections, curl_single_quotes, normalize, repair_quotes, suspect_stops
from producer.read.letters import (
    as_letter,
    as_paper,
    collection_writer,
    letter_heading,
    signed_by_collection,
    signed_or_addressed,
)
from producer.read.narrator import surname, unnamed_narrator
from producer.read.notes import MARKER, NoteBody, label_key, marker_label, pair_markers
from producer.read.numerals import number_value
from producer.read.paragraphs import Para, paragraphs
from producer.read.partlines import part_before
from producer.read.segment import ChapterSegmenter
from producer.read.setoff import line_role
from producer.read.structure import (
    Heading,
    find_headings,
    named_division,
    numbering_warnings,
    sections_as_breaks,
)
from producer.read.titles import title_case
from producer.read.typography import typeset_model
from producer.read.vocabulary import Vocabulary, without_common_words


@dataclass(frozen=True, slots=True)
class Sidecar:
    """Values from NAME.toml that override what the reader infers."""

    path: str
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    language: str | None = None
    complete: bool | None = None
    year: int | None = None
    foreign: tuple[tuple[str, str], ...] = ()
    chapters: tuple[tuple[str | None, str | None], ...] = ()
    corrections: dict[str, str] = field(default_factory=dict)
    correction_lines: dict[str, int] = field(default_factory=dict)


def _key_line(raw: str, key: str) -> int:
    for i, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith((f"{key} ", f"{key}=", f'"{key}"', f"'{key}'")):
            return i
    return 1


def parse_sidecar(data: dict[str, Any], path: Path, raw: str) -> Sidecar:
    """Typed sidecar values; raises ContentError naming file:line for a value of the wrong type."""

    def bad(key: str, what: str) -> ContentError:
        return ContentError(f"{path}:{_key_line(raw, key)}: {key} must be {what}; fix the value in the sidecar")

    def opt_str(key: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise bad(key, "a string in quotes")
        return value.strip() if value else None

    known = {"title", "subtitle", "author", "language", "complete", "year", "foreign", "chapters", "corrections"}
    for key in data:
        if key not in known:
            raise ContentError(f"{path}:{_key_line(raw, key)}: unknown key {key!r}; known keys: {', '.join(sorted(known))}")
    complete = data.get("complete")
    if complete is not None and not isinstance(complete, bool):
        raise bad("complete", "true or false")
    year = data.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= 9999):
        raise bad("year", "the year of publication, a number such as 1930")
    chapters = []
    raw_chapters = data.get("chapters", [])
    if not isinstance(raw_chapters, list):
        raise bad("chapters", "an array of tables ([[chapters]])")
    for item in raw_chapters:
        if not isinstance(item, dict):
            raise bad("chapters", "an array of tables ([[chapters]])")
        number, title = item.get("number"), item.get("title")
        if isinstance(number, int) and not isinstance(number, bool):
            number = str(number)
        if number is not None and not isinstance(number, str):
            raise bad("number", "a string such as \"XXXVI\" or a number")
        if title is not None and not isinstance(title, str):
            raise bad("title", "a string in quotes")
        chapters.append((number, title))
    corrections = data.get("corrections", {})
    if not isinstance(corrections, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in corrections.items()):
        raise bad("corrections", 'a table of "wrong" = "right" strings')
    if any(k == "" for k in corrections):
        raise bad("corrections", "free of empty keys")
    lines = {k: _key_line(raw, k) for k in corrections}
    foreign = data.get("foreign", {})
    if not isinstance(foreign, dict) or not all(isinstance(k, str) and k.strip() and isinstance(v, str)
                                                 and re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", v)
                                                 for k, v in foreign.items()):
        raise bad("foreign", 'a table of "phrase" = "language" (a BCP 47 tag such as "fr" or "ru-Latn")')
    return Sidecar(str(path), opt_str("title"), opt_str("subtitle"), opt_str("author"), opt_str("language"), complete,
                   year, tuple(foreign.items()), tuple(chapters), dict(corrections), lines)


def _chapter_ranges(paras: list[Para], headings: list[Heading]) -> tuple[list[Range], int, dict[int, str], dict[int, str],
                                                                        list[Diagnostic]]:
    """(number, ordinal, title, first body paragraph, end) per chapter, the front-matter end, the parts, the words
    other than 'Chapter' that number them, numbering warnings.

    A part line ('Book the First--Recalled to Life', 'PART TWO') just before a chapter's heading
    opens a part: `parts` maps the chapter's position to the part's title, and the line (with a subtitle
    under it, if any) belongs to no chapter's text.
    """
    if not headings:
        return [], len(paras), {}, {}, []
    opened = {k: found for k, h in enumerate(headings) if (found := part_before(paras, h.index))}
    ranges: list[Range] = []
    for k, h in enumerate(headings):
        end = headings[k + 1].index - (opened[k + 1][1] if k + 1 in opened else 0) if k + 1 < len(headings) else len(paras)
        ranges.append((h.number, h.ordinal, h.title, h.index + h.consumed, end))
    parts = {k: title for k, (title, _) in opened.items()}
    parts |= {k: f"Volume {h.volume}" for k, h in enumerate(headings)  # 'CHAPTER 2.1.' opens volume 2
              if h.volume and k not in parts and (k == 0 or headings[k - 1].volume != h.volume)}
    labels = {k: h.label for k, h in enumerate(headings) if h.label != "Chapter"}
    front_end = headings[0].index - (opened[0][1] if 0 in opened else 0)
    return ranges, front_end, parts, labels, numbering_warnings(paras, headings, parts)


def read_text(text: str, name: str, sidecar: Sidecar | None = None) -> Document:
    """Segment a chapter's (or a book's) text; raises ContentError when nothing readable is left."""
    diagnostics: list[Diagnostic] = []
    line_role.cache_clear()  # its memo serves one book's reading (each line is asked about four times), not the next
    text, header, italics = _prepared(text, sidecar, diagnostics)
    diagnostics += suspect_stops(text)
    paras = paragraphs(text)
    if not paras:
        raise ContentError(f"{name}: no text left after removing control characters; give a chapter's text")
    italics = by_paragraph(italics, paras)
    paras, found, listed, titles, entries = without_front_lists(paras, header)
    diagnostics += found
    headings = without_note_groups(paras, find_headings(paras, contents_list(paras) | chapter_runs(paras)))
    headings = listed_divisions(paras, headings, entries)
    if (broken := sections_as_breaks(paras, headings)) is not paras:
        paras, headings = broken, without_note_groups(broken, find_headings(broken, contents_list(broken) | chapter_runs(broken)))
    index = next((h.index for h in headings if h.title == "Index" and not h.number), len(paras))  # the book's index:
    headings = [h for h in headings if h.index <= index or not h.number]  # its 'I' and 'V' are letters, not chapters
    ranges, front_end, parts, labels, found = _chapter_ranges(paras, headings)
    diagnostics += found
    # a chapter whose text gives no title has the one its contents entry gives
    ranges = [(n, o, titles.get(o) if t is None and n and o is not None else t, a, b) for n, o, t, a, b in ranges]
    author, title, used = front_matter(paras, front_end)
    paras, ranges, (parts, labels) = place_front(paras, ranges, (parts, labels), front_end, used, listed if header.title else None)
    side = sidecar or Sidecar(path="")
    if side.chapters and len(side.chapters) != len(ranges):
        diagnostics.append(Diagnostic(
            "sidecar-chapters", "warning",
            f"the sidecar lists {len(side.chapters)} chapter(s) but the text has {len(ranges)}; matching them in order",
        ))
    stem_title = title_case(re.sub(r"[-_]+", " ", Path(name).stem).strip()).title() or "Untitled"
    meta = Meta(
        title=side.title or header.title or title or stem_title,
        author=side.author or header.author or author,
        subtitle=side.subtitle,
        language=side.language or header.language or "en",
        source=name,
        complete=side.complete if side.complete is not None else _looks_complete(ranges),
        year=side.year,
        foreign=side.foreign,
    )
    segmenter = ChapterSegmenter(surname(meta.author), meta.author)
    # what an untitled, unnumbered chapter is called: a whole download with no headings (Daddy-Long-Legs) is its book
    named = stem_title if (side.title or title or len(ranges) > 1) and not (header.title and len(ranges) <= 1) else meta.title
    read = _read_chapters(segmenter, paras, ranges, (parts, labels), side, named, diagnostics)
    vocabulary = Vocabulary(text)
    chapters, notes, documents = _with_letters(segmenter, read, vocabulary)
    chapters = emphasize(chapters, italics)
    chapters, notes, documents = typeset_model(chapters, notes, documents)
    if not any(ch.blocks for ch in chapters):
        raise ContentError(f"{name}: found title lines but no paragraphs; separate paragraphs with blank lines")
    documents = without_common_words(documents, vocabulary)
    documents = unnamed_narrator(documents, chapters, meta.author, whole_book=bool(header.title))
    documents = signed_by_collection(documents, collection_writer(meta.title))
    return Document(meta, tuple(chapters), tuple(notes), tuple(documents), tuple(diagnostics))


def _prepared(text: str, sidecar: Sidecar | None, diagnostics: list[Diagnostic]) -> tuple[str, Header, list[tuple[int, str]]]:
    """The text normalized, out of its Gutenberg wrapping and conventions, corrected, quotation marks repaired; and
    its italic phrases with their lines."""
    text, found = normalize(text)
    diagnostics += found
    text, header, found = strip_gutenberg(text)
    diagnostics += found
    text, italics = conventions(text, diagnostics)
    if sidecar and sidecar.corrections:
        text, found = apply_corrections(text, sidecar.corrections, sidecar.correction_lines)
        diagnostics += found
    text, found = repair_quotes(curl_single_quotes(text))
    diagnostics += found
    return text, header, italics


Read = list[tuple[Chapter, list[Note], list[QuotedDocument]]]


def _read_chapters(segmenter: ChapterSegmenter, paras: list[Para], ranges: list[Range],
                   keyed: tuple[dict[int, str], dict[int, str]], side: Sidecar, named: str, diagnostics: list[Diagnostic]) -> Read:
    """Each chapter segmented, with the sidecar's numbers and titles applied and unique ids; `keyed`: the parts the
    chapters open and the words that number them, by position."""
    parts, labels = keyed
    used_ids: set[str] = set()
    read: Read = []
    noted = chapter_notes(paras, ranges, diagnostics)
    numbered_by = {labels.get(k, "Chapter") for k, r in enumerate(ranges) if r[0]}  # 'Letter 1' to '4', then 'Chapter 1'
    for k, ((number, ordinal, ctitle, first, _), (body, bodies)) in enumerate(zip(ranges, noted, strict=True)):
        division = number == ""  # a preface or appendix: named, not numbered, not counted
        number = number or None
        if k < len(side.chapters):
            s_number, s_title = side.chapters[k]
            number = s_number or number
            ordinal = _ordinal(number) if s_number else ordinal
            ctitle = s_title or ctitle
        if ctitle and MARKER.search(ctitle):  # 'SOME COLLEGE MEMORIES {15}': the note's marker is no part of the title
            ctitle = re.sub(r"\s{2,}", " ", MARKER.sub("", ctitle)).strip() or None
        if ctitle is None and number is None:
            ctitle = named
        if ordinal is None and number is None and not division:
            ordinal = k + 1  # an unnumbered chapter counts by position
        prefix = labels[k].lower() if len(numbered_by) > 1 and labels.get(k, "Chapter") != "Chapter" else "ch"
        base = f"{prefix}{ordinal}" if ordinal is not None else f"ch{k + 1}"
        if division:  # "preface", "appendix-to-chapter-i"
            base = re.sub(r"[^a-z0-9]+", "-", (ctitle or "").lower()).strip("-") or base
        cid = _unique(base, used_ids)
        heading = paras[ranges[k - 1][4] if k else max(0, first - 2): first]  # its heading's lines (and a part's above)
        on_heading = {marker_label(m) for p in heading for m in MARKER.finditer(p.text)}
        blocks, ch_notes, ch_docs = _chapter(segmenter, body, bodies, cid, diagnostics, on_heading)
        read.append((Chapter(cid, number, ordinal, ctitle, blocks, parts.get(k), labels.get(k, "Chapter")), ch_notes, ch_docs))
    return read


def _with_letters(segmenter: ChapterSegmenter, read: Read, vocabulary: Vocabulary) -> tuple[list[Chapter], list[Note], list[QuotedDocument]]:
    """Chapters, notes and documents; divisions headed 'TO X', or that the book calls letters ('LETTER III'), are
    letters when the text has several and at least one is signed or addressed like one, or two of them head letters
    from one sender ('KING THEODORIC TO THEON.'; a travel book's 'LONDON TO PARIS.' and 'PARIS TO ROME.' do not)."""
    chapters: list[Chapter] = []
    notes: list[Note] = []
    documents: list[QuotedDocument] = []
    headed = [(ch, None if named_division(ch.title) else  # 'Appendix to the Memoir' heads no letter to 'the Memoir'
               letter_heading(ch.title) or ((None, None, None, None) if ch.label == "Letter" else None)) for ch, _, _ in read]
    senders = Counter(h[0].lower() for _, h in headed if h and h[0] and len(h[0].split()) >= 2)  # a person: 'MRS. JOHNSON'
    count = sum(h is not None for _, h in headed)
    # one sender heads most of them ('1. KING THEODORIC TO ...', '2. KING THEODORIC TO ...')
    repeated = senders.most_common(1)[0][0] if senders and senders.most_common(1)[0][1] >= max(2, count / 2) else None
    a_place = vocabulary.named_as_place
    letters = count >= 2 and (
        any(h and signed_or_addressed(ch.blocks) for ch, h in headed) or repeated is not None and not a_place(repeated)
        or sum(ch.label == "Letter" and h is not None and h[1] is not None for ch, h in headed) >= 2)  # 'LETTER II' / 'A TO B'

    papers = [paper_heading(ch.blocks[0].text) if ch.blocks and not ch.title else None for ch, _ in headed]
    for (chapter, ch_notes, ch_docs), (_, heading), paper in zip(read, headed, papers, strict=True):
        dateline = partial(segmenter._dateline, when=segmenter.opening.get(chapter.id, (None, None)))  # when it opens
        if paper and sum(p is not None for p in papers) >= 2:  # 'EXHIBIT 3.' / 'Telegram of ... to ...': one paper each
            blocks, doc = as_paper(_without_documents(chapter.blocks), f"{chapter.id}-paper", chapter.id, paper,
                                   dateline, segmenter._signer)
            chapter, ch_docs = replace(chapter, blocks=blocks), [doc]
        elif letters and heading and chapter.blocks:
            if heading[2] and not a_place(heading[2]):
                heading = (heading[0], heading[1], None, heading[3])  # 'TO FAUSTUS, PRAEPOSITUS.': a title, where the text is never in
            blocks, letter = as_letter(_without_documents(chapter.blocks), f"{chapter.id}-letter", chapter.id, heading,
                                       documents[-1] if documents and documents[-1].kind == "letter" else None,
                                       dateline, segmenter._signer)
            chapter, ch_docs = replace(chapter, blocks=blocks), [letter]
        chapters.append(chapter)
        notes += ch_notes
        documents += ch_docs
    return chapters, notes, documents


def _ordinal(number: str | None) -> int | None:
    return number_value(number) if number else None


def _looks_complete(ranges: list[Range]) -> bool:
    ordinals = [r[1] for r in ranges if r[0]]  # the numbered chapters, prefaces and appendices aside
    return len(ordinals) > 1 and ordinals == list(range(1, len(ordinals) + 1))


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _chapter(segmenter: ChapterSegmenter, body: list[Para], bodies: list[NoteBody], cid: str, diagnostics: list[Diagnostic],
             on_heading: set[str]) -> tuple[tuple[Block, ...], list[Note], list[QuotedDocument]]:
    """One chapter: its markers matched to its note bodies (see chapter_notes), quotations found; `on_heading` are the
    labels of markers on its heading line, which a title cannot link from."""
    note_ids: dict[tuple[int, int], str] = {}  # (paragraph, marker start) -> note id
    used: set[str] = set()
    paired = pair_markers(body, bodies)
    for pi, p in enumerate(body):
        for m in MARKER.finditer(p.text):
            label = marker_label(m)
            line, col = p.position(m.start())
            # a marker with no note of its own refers again to one of its number, the next below it or else the last
            # one used ('see note 5'); not a star: stars start again on every page, a page's star with no note is a note lost
            same = [] if label[0] in "*†‡" else [b for b in bodies if b.label == label]
            again = next((b for b in same if b.line >= line), next((b for b in reversed(same) if b.used), None))
            match = paired.get((pi, m.start()), again)
            if match is None:
                diagnostics.append(Diagnostic("note-without-body", "warning",
                                              f"note marker [{label}] has no note text after the chapter; add '{label}. text' at the end or remove the marker", line, col))
                continue
            if not match.used:
                match.used = True
                match.refs.append(_unique(f"{cid}-note-{label_key(label)}", used))
            note_ids[(pi, m.start())] = match.refs[0]
    for b in bodies:
        if not b.used and b.label in on_heading:
            diagnostics.append(Diagnostic("marker-on-heading", "info", f"note {b.label}'s marker is on the chapter's heading, "
                                          "which cannot link to it; the note is kept at the chapter's end", b.line, b.column))
        elif not b.used:
            diagnostics.append(Diagnostic("body-without-marker", "warning",
                                          f"note {b.label} has no marker [{b.label}] in the text; add the marker or remove the note", b.line, b.column))
        if not b.used:
            b.refs.append(_unique(f"{cid}-note-{label_key(b.label)}", used))
    blocks, docs = segmenter.segment(body, cid, note_ids)
    refs_by_note: dict[str, list[str]] = {}
    for block in blocks:
        for inline in block.inlines:
            note = getattr(inline, "note", None)
            if note and block.id not in refs_by_note.setdefault(note, []):
                refs_by_note[note].append(block.id)
    notes = [_note(b, cid, refs_by_note) for b in bodies]
    return blocks, notes, docs


def _without_documents(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The blocks with no document points: a letter that is a whole division is one document, nothing inside it."""
    return tuple(Block(b.id, "paragraph", b.text,
                       tuple(Text(printed(i)) if isinstance(i, (DocStart, DocEnd)) else i for i in b.inlines if not isinstance(i, Signature)),
                       b.line) for b in blocks)


def _note(body: NoteBody, cid: str, refs: dict[str, list[str]]) -> Note:
    nid = body.refs[0]
    return Note(nid, body.label, "\n\n".join(body.paragraphs), body.author, tuple(refs.get(nid, [])), cid, body.line)
