"""The document model every writer reads: frozen dataclasses, tuples, no behaviour.

A `Document` holds chapters of blocks; each block's `inlines` are the ordered runs that
make it up (plain text, a note reference, the start or end of an inline or block quoted
document with its quotation marks, where an inline document's signature begins), so
positions survive hand edits of the JSON form without character offsets. Every id a
Document refers to is checked when it is made, whatever it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["info", "warning", "error"]

SCENE_BREAK = "⁂"  # the text of a scene break's block; the writers show it as a rule and a pause

# Block kinds. "paragraph" and "dialogue" are narrative, "break" a scene break (its text is
# SCENE_BREAK); "document" is a paragraph wholly inside a block-shaped quoted document; the others
# are the set-off lines of such a document (heading, dateline, address, salutation, closing,
# signature).
BLOCK_KINDS = (
    "paragraph",
    "dialogue",
    "break",
    "document",
    "heading",
    "dateline",
    "address",
    "salutation",
    "closing",
    "signature",
)
DOCUMENT_LINE_KINDS = frozenset(BLOCK_KINDS[3:])
BlockKind = Literal["paragraph", "dialogue", "break", "document", "heading", "dateline", "address", "salutation", "closing", "signature"]



@dataclass(frozen=True, slots=True)
class Text:
    """A run of text; `emphasis` when the source set it in italics (Gutenberg's `_word_`)."""

    text: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class NoteRef:
    """Where a note marker stood; `note` is the note's id."""

    note: str


@dataclass(frozen=True, slots=True)
class DocStart:
    """Where a quoted document's own text begins; `mark` is the opening quotation mark before it ("“"), if any."""

    document: str
    mark: str = ""


@dataclass(frozen=True, slots=True)
class DocEnd:
    """Where a quoted document's own text ends; `mark` is the closing quotation mark after it ("”"), if any."""

    document: str
    mark: str = ""


@dataclass(frozen=True, slots=True)
class Signature:
    """Where an inline document's signature begins ("TROTSKY."); it runs to the document's end."""

    document: str


Inline = Text | NoteRef | DocStart | DocEnd | Signature


def printed(inline: Inline) -> str:
    """The characters an inline stands for in the text: a run's text, a document's quotation mark, or nothing."""
    if isinstance(inline, Text):
        return inline.text
    if isinstance(inline, (DocStart, DocEnd)):
        return inline.mark
    return ""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit. `text` is what `inlines` print, joined (note markers excluded)."""

    id: str
    kind: BlockKind
    text: str
    inlines: tuple[Inline, ...]
    line: int | None = None  # 1-based line in the source text, when known


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter: `number` as written ("XXXVI"), `ordinal` as an integer (36); `part`: the part it opens, if any;
    `label`: what the book calls it ("Letter 1", "Adventure I")."""

    id: str
    number: str | None
    ordinal: int | None
    title: str | None
    blocks: tuple[Block, ...]
    part: str | None = None  # "Book the First: Recalled to Life", on the first chapter of that part
    label: str = "Chapter"  # the word the book numbers it with: "Chapter", "Letter", "Adventure"


@dataclass(frozen=True, slots=True)
class Note:
    """An endnote. `refs` are the ids of the blocks holding its markers."""

    id: str
    label: str
    text: str  # paragraphs separated by a blank line ("\n\n"), author tag removed
    author: str | None
    refs: tuple[str, ...]
    chapter: str  # the id of the chapter whose markers refer to it
    line: int | None = None


@dataclass(frozen=True, slots=True)
class QuotedDocument:
    """A telegram, letter, order... quoted in the text.

    `kind` is an open list: telegram, direct-wire, letter, note, order, resolution, decree,
    proclamation, bulletin, article, speech, statement, message, and others a text needs.

    `shape` is "inline" (inside a narrative paragraph) or "block" (whole paragraphs).
    `text` is the quoted text itself, paragraphs separated by "\n\n", without the
    introducing sentence, the quotation marks or a split-off signature. `evidence` says where
    the text gives each field, so a person correcting the JSON sees why.
    """

    id: str
    kind: str
    text: str
    senders: tuple[str, ...]
    recipients: tuple[str, ...]
    date: str | None  # ISO 8601 at the precision the text gives
    place: str | None  # where the sender was
    destination: str | None  # where the recipient was
    signature: str | None
    shape: Literal["inline", "block"]
    blocks: tuple[str, ...]
    chapter: str
    # (field, where the text says it) for each field given: the document's own "heading" line, "header",
    # "dateline", "address", "salutation" or "signature"; the "introduction" (the sentence that brings the
    # document in, or the one before that it points back to: "Lenin was making a speech. This is what he said:") or
    # a sentence "told after" it; an "answer" (reversed from the document it answers); the book's "title" ("Letters of
    # Anton Chekhov": an unsigned letter headed 'To X' is his); the "narrative" around it
    # (a guess: the memoirist as recipient because the story has him there, the day the story has reached).
    evidence: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A message about the input: code, severity, position (1-based) and text."""

    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True, slots=True)
class Meta:
    """Book metadata. `complete` is true when the source is a whole book, not an excerpt; `year` is the year the
    book was published, when a sidecar gives it (never guessed: an audiobook tag would state it as fact)."""

    title: str
    author: str | None = None
    subtitle: str | None = None
    language: str = "en"
    source: str | None = None  # the source file's name
    complete: bool = False
    year: int | None = None
    foreign: tuple[tuple[str, str], ...] = ()  # (phrase, BCP 47 language) the sidecar marks: "Che-Ka" is "ru-Latn"


@dataclass(frozen=True, slots=True)
class Document:
    """The whole segmented text."""

    meta: Meta
    chapters: tuple[Chapter, ...]
    notes: tuple[Note, ...] = ()
    documents: tuple[QuotedDocument, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    _notes: dict[str, Note] = field(init=False, repr=False, compare=False)
    _documents: dict[str, QuotedDocument] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Index notes and documents, and check every reference; raises ContentError naming where."""
        object.__setattr__(self, "_notes", {n.id: n for n in self.notes})
        object.__setattr__(self, "_documents", {d.id: d for d in self.documents})
        problem = _reference_problem(self)
        if problem:
            from producer.errors import BadReference

            raise BadReference(self.meta.source or self.meta.title, *problem)

    def note(self, note_id: str) -> Note:
        """The note with this id; raises KeyError."""
        return self._notes[note_id]

    def document(self, document_id: str) -> QuotedDocument:
        """The quoted document with this id; raises KeyError."""
        return self._documents[document_id]


def _reference_problem(doc: Document) -> tuple[str, str] | None:
    """The first duplicate id or reference to an id that does not exist, as (where, what), or None."""
    seen: set[str] = set()
    for ci, ch in enumerate(doc.chapters):
        for where, ident in [(f"chapters[{ci}].id", ch.id), *((f"chapters[{ci}].blocks[{bi}].id", b.id) for bi, b in enumerate(ch.blocks))]:
            if ident in seen:
                return where, f"duplicate id {ident!r}"
            seen.add(ident)
    blocks = {b.id for ch in doc.chapters for b in ch.blocks}
    for i, note in enumerate(doc.notes):
        for ref in note.refs:
            if ref not in blocks:
                return f"notes[{i}].refs", f"no block has the id {ref!r}"
    for i, qd in enumerate(doc.documents):
        for ref in qd.blocks:
            if ref not in blocks:
                return f"documents[{i}].blocks", f"no block has the id {ref!r}"
    for ci, ch in enumerate(doc.chapters):
        for bi, b in enumerate(ch.blocks):
            for ii, inline in enumerate(b.inlines):
                where = f"chapters[{ci}].blocks[{bi}].inlines[{ii}]"
                if isinstance(inline, NoteRef) and inline.note not in doc._notes:
                    return where, f"no note has the id {inline.note!r}"
                if isinstance(inline, (DocStart, DocEnd, Signature)) and inline.document not in doc._documents:
                    return where, f"no document has the id {inline.document!r}"
    return None
