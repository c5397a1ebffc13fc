"""One chapter as an XHTML content document: heading, paragraphs, quoted documents, endnotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from producer.describe import CORRESPONDENCE, chapter_heading, date_in, date_text, document_header, kind_label, stated
from producer.epub.sentences import SentenceSpans, author_key
from producer.epub.xhtml import Element, IdMaker, PageStyle, Phrases, add_text, add_words, el, page, serialize
from producer.model import Block, Chapter, DocEnd, DocStart, Document, Inline, Note, NoteRef, QuotedDocument, Signature, Text

# Author tags as the notes print them, spelled out for the reader ("— Translator").
_AUTHOR_NAMES = {"trans.": "Translator", "tr.": "Translator", "transl.": "Translator", "ed.": "Editor"}


def author_label(tag: str) -> str:
    """'L.T.' -> 'L.T.', 'Trans.' -> 'Translator'."""
    return _AUTHOR_NAMES.get(tag.strip().lower(), tag.strip())


@dataclass
class BookIds:
    """Ids and file names shared by every page of one book, so cross-links agree."""

    ids: IdMaker = field(default_factory=IdMaker)
    files: dict[str, str] = field(default_factory=dict)  # chapter id -> file name
    anchors: dict[str, tuple[str, str]] = field(default_factory=dict)  # document id -> (file, element id)
    notes_anchor: dict[str, str] = field(default_factory=dict)  # chapter id -> where its notes begin (an id)
    notes_file: str | None = None  # the endnotes' own document; None: each chapter's notes at its end
    noterefs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # note id -> (file, id) of its references
    # read-aloud only: each spoken sentence wrapped in its own element, and where the printed words of announcements
    # are ((cue, chapter/document/note id) -> element id: a heading, a document's header line, a note's label)
    sentences: SentenceSpans | None = None
    phrases: Phrases | None = None  # marked wherever they stand: the sidecar's foreign phrases
    cues: dict[tuple[str, str], str] = field(default_factory=dict)


_ROMAN = re.compile(r"[IVXLCDM]+")


@dataclass
class _Quote:
    """A block document being written: its blockquote, and the header and footer made when its lines need them."""

    doc: str
    quote: Element
    header: Element | None = None
    footer: Element | None = None
    body: bool = False  # its body has begun: a heading or date line after it is the body's, not the header's

    def part_for(self, kind: str) -> Element:
        """Where a line of `kind` goes: the header (heading, date line, address before the body), the footer (closing
        and signature), or the quotation itself."""
        if kind in ("heading", "dateline", "address") and not self.body:
            if self.header is None:
                self.header = el(self.quote, "header", {"role": "none"})  # a letter's own header, not the page's banner
            return self.header
        if kind in ("closing", "signature"):
            if self.footer is None:
                self.footer = el(self.quote, "footer", {"role": "none"})  # nor its footer the page's contentinfo
            return self.footer
        self.body = True
        self.footer = None  # the quotation goes on after a closing line: a later one starts a footer of its own
        return self.quote


@dataclass
class Piece:
    """A block, or the part of a block on one side of a block document's start or end marker."""

    block: Block
    inlines: list[Inline]
    doc: str | None  # the block-shaped document this piece belongs to
    first: bool  # the block's first piece (carries the block's id)


def _text_of(inlines: list[Inline]) -> str:
    return "".join(i.text for i in inlines if isinstance(i, Text))


def _split_pieces(blocks: tuple[Block, ...], block_docs: dict[str, QuotedDocument]) -> list[Piece]:
    """Cut blocks at block-document markers, each document's quotation marks inside it; blocks listed in a
    document without markers join it whole."""
    member = {b: d.id for d in block_docs.values() for b in d.blocks}
    pieces: list[Piece] = []
    open_doc: str | None = None
    for block in blocks:
        markers = {i.document for i in block.inlines if isinstance(i, (DocStart, DocEnd)) and i.document in block_docs}
        if open_doc and block.id not in block_docs[open_doc].blocks and open_doc not in markers:
            open_doc = None  # the document ended without an end marker
        if open_doc is None and block.id in member and member[block.id] not in markers:
            open_doc = member[block.id]  # listed in the document but without a start marker
        current: list[Inline] = []
        first = True
        for inline in block.inlines:
            if not (isinstance(inline, (DocStart, DocEnd)) and inline.document in block_docs):
                if not current and not first and isinstance(inline, Text):
                    inline = replace(inline, text=inline.text.lstrip())  # a paragraph of its own now: no space before its first word
                current.append(inline)
                continue
            if isinstance(inline, DocEnd):
                current.append(Text(inline.mark))
            if current:
                pieces.append(Piece(block, current, open_doc, first))
                first, current = False, []
            open_doc = inline.document if isinstance(inline, DocStart) else None
            if isinstance(inline, DocStart):
                current.append(Text(inline.mark))
        if current or first:
            pieces.append(Piece(block, current, open_doc, first))
    return _without_empty(pieces)


def _without_empty(pieces: list[Piece]) -> list[Piece]:
    """Drop pieces with nothing to show; a block's id moves to its first piece that has something."""
    kept: list[Piece] = []
    for i, piece in enumerate(pieces):
        later = [p for p in pieces[i + 1:] if p.block is piece.block]
        if _text_of(piece.inlines).strip() or any(isinstance(x, NoteRef) for x in piece.inlines):
            kept.append(piece)
        elif piece.first and later:
            later[0].first = True
        elif piece.first:
            kept.append(piece)
    return kept


class ChapterPage:
    """Renders one chapter; inline documents may stay open from one paragraph to the next."""

    def __init__(self, doc: Document, chapter: Chapter, book: BookIds, style: PageStyle) -> None:
        self.doc, self.chapter, self.book, self.style = doc, chapter, book, style
        self.file = book.files[chapter.id]
        self.known_docs = {d.id: d for d in doc.documents}
        self.block_docs = {d.id: d for d in doc.documents if d.shape == "block"}
        self.open_inline: list[str] = []  # inline documents still open at the end of the last piece
        self._phrases = book.phrases  # what add_words marks in the text being written

    def render(self) -> bytes:
        """The chapter's XHTML."""
        title = chapter_heading(self.chapter)
        html, body = page(title, self.doc.meta.language, self.style, "bodymatter")
        heading_id = self.book.ids.fresh(f"{self.book.ids.get('ch', self.chapter.id)}-title")
        section = el(body, "section", {
            "id": self.book.ids.get("ch", self.chapter.id), "epub:type": "chapter", "role": "doc-chapter",
            "aria-labelledby": heading_id,
        })
        if self.chapter.part:  # the part this chapter opens, shown above its heading
            el(section, "p", {"class": "part-title"}, self.chapter.part)
        h1 = el(section, "h1", {"id": heading_id})
        self.book.cues[("heading", self.chapter.id)] = heading_id
        number, ordinal = self.chapter.number, self.chapter.ordinal
        if number and _ROMAN.fullmatch(number) and ordinal:
            # read as "Chapter 36: The Military Opposition", with a pause, not "Chapter X X X V I The ..."
            word = self.chapter.label
            h1.set("aria-label", f"{word} {ordinal}: {self.chapter.title}" if self.chapter.title else f"{word} {ordinal}")
        if number and self.chapter.title:
            label = el(h1, "span", {"class": "chapter-number"}, f"{self.chapter.label} ")
            self._numeral(label, number)
            add_text(h1, " ")
            el(h1, "span", {"class": "chapter-title"}, self.chapter.title)
        elif number:
            h1.text = f"{self.chapter.label} "
            self._numeral(h1, number)
        else:
            h1.text = title
        self._body(section)
        notes = [n for n in self.doc.notes if self._note_chapter(n) == self.chapter.id]
        if notes and self.book.notes_file is None:
            self._endnotes(section, notes)
        return serialize(html, self.style)

    @staticmethod
    def _numeral(parent: Element, number: str) -> None:
        if _ROMAN.fullmatch(number):
            el(parent, "span", {"epub:type": "z3998:roman"}, number)
        else:
            add_text(parent, number)

    def _note_chapter(self, note: Note) -> str:
        return note.chapter if note.chapter in self.book.files else self.doc.chapters[0].id

    def _body(self, section: Element) -> None:
        pieces = _split_pieces(self.chapter.blocks, self.block_docs)
        after_quote = False
        quote: _Quote | None = None
        for piece in pieces:
            if piece.doc is None:
                quote = None
                p = self._paragraph(section, piece)
                if after_quote and not piece.first:
                    p.set("class", (p.get("class", "") + " continuation").strip())
                after_quote = False
                continue
            if quote is None or piece.doc != quote.doc:
                quote = self._blockquote(section, self.block_docs[piece.doc])
            self._paragraph(quote.part_for(piece.block.kind), piece)
            after_quote = True
        self.open_inline = []

    def _blockquote(self, parent: Element, qd: QuotedDocument) -> _Quote:
        """A block document: the editorial header line (the reader's, not the text's: a caption, not read again as the
        quotation's label), then the quotation, a letter's with its header, salutation and footer marked."""
        xml_id = self.book.ids.get("doc", qd.id)
        label_id = self.book.ids.fresh(f"{xml_id}-label")
        wrapper = el(parent, "div", {"class": f"document document-{_css_word(qd.kind)}"})
        caption = el(wrapper, "p", {"class": "document-header", "id": label_id})
        header, date = document_header(qd), stated(qd).date
        when = date_text(date)
        if date and when and header.endswith(when):
            add_text(caption, header[: -len(when)])
            el(caption, "time", {"datetime": date}, when)
        else:
            add_text(caption, header)
        self.book.cues[("document", qd.id)] = label_id
        resumed = qd.id in self.book.anchors  # narration interrupted it (", cries Jones, "): the id is on the first part
        attrs = {**({} if resumed else {"id": xml_id}), **({"epub:type": "z3998:letter"} if qd.kind in CORRESPONDENCE else {})}
        quote = el(wrapper, "blockquote", attrs)
        self.book.anchors.setdefault(qd.id, (self.file, xml_id))
        return _Quote(qd.id, quote)

    def _paragraph(self, parent: Element, piece: Piece) -> Element:
        kind = piece.block.kind
        attrs: dict[str, str] = {}
        if piece.first:
            attrs["id"] = self.book.ids.get("", piece.block.id)
            if self.book.sentences:
                self.book.sentences.begin(piece.block.id)
        if kind == "break":  # a scene break: a thematic break, not the asterism as text
            return el(parent, "hr", {**attrs, "class": "scene-break"})
        classes = [] if kind in ("paragraph", "document") else [kind]
        if classes:
            attrs["class"] = " ".join(classes)
        if kind in ("salutation", "signature"):
            attrs["epub:type"] = f"z3998:{kind}"
        p = el(parent, "p", attrs)
        if piece.doc is not None and kind in ("dateline", "signature"):
            self._phrases = (self.book.phrases or Phrases()).adding(_letter_marks(self.block_docs[piece.doc], kind,
                                                                                  piece.block.text))
        self._inlines(p, piece.inlines)
        self._phrases = self.book.phrases
        return p

    def _inlines(self, p: Element, inlines: list[Inline]) -> None:
        stack: list[tuple[str | None, Element]] = [(None, p)]  # open inline documents (and a signature inside one)
        for doc_id in self.open_inline:  # a quotation continued from the previous paragraph
            stack.append((doc_id, self._inline_doc(stack[-1][1], self.known_docs[doc_id], continued=True)))
        for inline in inlines:
            parent = stack[-1][1]
            if isinstance(inline, Text):
                self._write(parent, inline.text, inline.emphasis)
            elif isinstance(inline, NoteRef):
                self._noteref(parent, inline.note)
            elif isinstance(inline, Signature):
                stack.append((None, el(parent, "span", {"class": "signature", "epub:type": "z3998:signature"})))
            elif isinstance(inline, DocStart) and self.known_docs[inline.document].shape != "block":
                # a later part, after the narration inside it ('“...,” he wrote, “cannot ...”'): no second cue
                later = inline.document in self.book.anchors
                stack.append((inline.document, self._inline_doc(parent, self.known_docs[inline.document], continued=later)))
                self._write(stack[-1][1], inline.mark)
            elif isinstance(inline, DocEnd) and any(d == inline.document for d, _ in stack):
                while stack[-1][0] != inline.document:
                    stack.pop()
                self._write(stack.pop()[1], inline.mark)
            elif isinstance(inline, (DocStart, DocEnd)) and self.book.sentences:
                self.book.sentences.skip(inline.mark)
        self.open_inline = [d for d, _ in stack[1:] if d is not None]

    def _write(self, parent: Element, text: str, emphasis: bool = False) -> None:
        if self.book.sentences:
            self.book.sentences.write(parent, text, emphasis, self._phrases)
        else:
            add_words(el(parent, "em") if emphasis else parent, text, self._phrases)

    def _inline_doc(self, parent: Element, qd: QuotedDocument, continued: bool) -> Element:
        """A document quoted inside a sentence: a plain span (no role: a screen reader would say "group" in the middle
        of the sentence), its id for the documents list, and a small visible cue of its kind that is not read."""
        attrs = {"class": f"document-inline document-{_css_word(qd.kind)}"}
        if not continued and qd.id not in self.book.anchors:
            attrs["id"] = self.book.ids.get("doc", qd.id)
            self.book.anchors[qd.id] = (self.file, attrs["id"])
        span = el(parent, "span", attrs)
        if not continued:
            el(span, "span", {"class": "document-cue", "aria-hidden": "true"}, kind_label(qd.kind))
        return span

    def _noteref(self, parent: Element, note_id: str) -> None:
        note = self.doc.note(note_id)
        refs = self.book.noterefs.setdefault(note.id, [])
        ref_id = self.book.ids.fresh(f"ref-{self.book.ids.safe(note.id)}-{len(refs) + 1}")
        refs.append((self.file, ref_id))
        note_file = self.book.notes_file or self.book.files[self._note_chapter(note)]
        href = f"#{self.book.ids.get('note', note.id)}"
        if note_file != self.file:
            href = note_file + href
        el(parent, "a", {"id": ref_id, "href": href, "class": "noteref", "epub:type": "noteref", "role": "doc-noteref",
                         "aria-label": f"Note {note.label}"}, note.label)

    def _endnotes(self, section: Element, notes: list[Note]) -> None:
        notes_id = self.book.ids.fresh(f"notes-{self.book.ids.get('ch', self.chapter.id)}")
        heading_id = self.book.ids.fresh(f"{notes_id}-title")
        self.book.notes_anchor[self.chapter.id] = notes_id
        aside = el(section, "section", {
            "id": notes_id, "class": "endnotes", "epub:type": "endnotes", "role": "doc-endnotes",
            "aria-labelledby": heading_id,
        })
        el(aside, "h2", {"id": heading_id}, "Notes")
        self._note_items(aside, notes)

    def _note_items(self, parent: Element, notes: list[Note]) -> None:
        """The notes as a numbered list (the DPUB-ARIA list pattern: no deprecated endnote role or type on items)."""
        ol = el(parent, "ol")
        for note in notes:
            li = el(ol, "li", {"id": self.book.ids.get("note", note.id)})
            paragraphs = [t.strip() for t in note.text.split("\n\n") if t.strip()] or [""]
            if self.book.sentences:
                self.book.sentences.begin(note.id)
            for i, text in enumerate(paragraphs):
                p = el(li, "p")
                if i == 0:
                    label = el(p, "span", {"class": "note-label"}, f"{note.label}.")
                    if self.book.sentences:
                        label.set("id", self.book.cues.setdefault(("note", note.id), self.book.ids.fresh(f"{li.get('id')}-label")))
                    add_text(p, " ")
                self._write(p, text)
            last = li[-1]
            if note.author:
                add_text(last, " ")
                tag = el(last, "span", {"class": "note-author"}, "— ")
                if self.book.sentences:
                    self.book.sentences.begin(author_key(note.id))
                self._write(tag, author_label(note.author))
            self._backlinks(last, note)

    def _backlinks(self, p: Element, note: Note) -> None:
        refs = self.book.noterefs.get(note.id, [])
        for n, (ref_file, ref_id) in enumerate(refs, start=1):
            add_text(p, "\u00a0")  # keep the arrow on the line it belongs to
            href = f"#{ref_id}" if ref_file == self.file else f"{ref_file}#{ref_id}"
            visible = "↩" if len(refs) == 1 else f"↩{n}"
            label = f"Back to reference {note.label}" + (f", occurrence {n}" if len(refs) > 1 else "")
            el(p, "a", {"href": href, "class": "backlink", "epub:type": "backlink", "role": "doc-backlink",
                        "aria-label": label}, visible)


class NotesPage(ChapterPage):
    """The book's endnotes in a document of their own (`BookIds.notes_file`), as Standard Ebooks sets them, grouped
    under each chapter's heading when more than one chapter has notes. Rendered after the chapters, so every
    reference has its back-link."""

    def __init__(self, doc: Document, book: BookIds, style: PageStyle) -> None:
        super().__init__(doc, doc.chapters[0], book, style)
        self.file = book.notes_file or ""

    def render(self) -> bytes:
        html, body = page("Notes", self.doc.meta.language, self.style, "backmatter")
        section_id, heading_id = self.book.ids.fresh("endnotes"), self.book.ids.fresh("endnotes-title")
        section = el(body, "section", {"id": section_id, "class": "endnotes", "epub:type": "endnotes",
                                       "role": "doc-endnotes", "aria-labelledby": heading_id})
        el(section, "h1", {"id": heading_id}, "Notes")
        groups = [(ch, [n for n in self.doc.notes if self._note_chapter(n) == ch.id]) for ch in self.doc.chapters]
        groups = [(ch, notes) for ch, notes in groups if notes]
        for ch, notes in groups:
            anchor = section_id
            if len(groups) > 1:
                anchor = self.book.ids.fresh(f"notes-{self.book.ids.get('ch', ch.id)}")
                el(section, "h2", {"id": anchor}, chapter_heading(ch))
            self.book.notes_anchor[ch.id] = anchor
            self._note_items(section, notes)
        return serialize(html, self.style)


def _letter_marks(qd: QuotedDocument, kind: str, text: str) -> dict[str, tuple[str, dict[str, str]]]:
    """In a letter's own date line, its date as `<time datetime>`; in its signature, its sender's name as
    `z3998:sender` (the fields the text states)."""
    qd = stated(qd)
    if kind == "signature":
        return {name: ("span", {"epub:type": "z3998:sender"}) for name in qd.senders if name in text}
    found = date_in(text, qd.date) if qd.date else None
    return {found: ("time", {"datetime": qd.date or ""})} if found else {}


def _css_word(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "other"
