"""The document model every writer reads: frozen dataclasses, tuples, no behaviour.

A `Document` holds chapters of blocks; each block's `inlines` are the ordered runs that
make it up (plain text, a note reference, the start or end of an inline or block quoted
document), so positions survive hand edits of the JSON form without character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["info", "warning", "error"]

# Block kinds. "paragraph" and "dialogue" are narrative; "document" is a paragraph wholly
# inside a block-shaped quoted document; the others are the set-off lines of such a
# document (heading, dateline, address, salutation, closing, signature).
BLOCK_KINDS = (
    "paragraph",
    "dialogue",
    "document",
    "heading",
    "dateline",
    "address",
    "salutation",
    "closing",
    "signature",
)
DOCUMENT_LINE_KINDS = frozenset(BLOCK_KINDS[2:])



@dataclass(frozen=True, slots=True)
class Text:
    """A run of plain text."""

    text: str


@dataclass(frozen=True, slots=True)
class NoteRef:
    """Where a note marker stood; `note` is the note's id."""

    note: str


@dataclass(frozen=True, slots=True)
class DocStart:
    """Where a quoted document's own text begins (after its opening quotation mark)."""

    document: str


@dataclass(frozen=True, slots=True)
class DocEnd:
    """Where a quoted document's own text ends (before its closing quotation mark)."""

    document: str


Inline = Text | NoteRef | DocStart | DocEnd


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit. `text` is the joined text runs (markers excluded)."""

    id: str
    kind: str
    text: str
    inlines: tuple[Inline, ...]
    line: int | None = None  # 1-based line in the source text, when known


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter: `number` as written ("XXXVI"), `ordinal` as an integer (36)."""

    id: str
    number: str | None
    ordinal: int | None
    title: str | None
    blocks: tuple[Block, ...]


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
    introducing sentence, the quotation marks or a split-off signature.
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
    """Book metadata. `complete` is true when the source is a whole book, not an excerpt."""

    title: str
    author: str | None = None
    subtitle: str | None = None
    language: str = "en"
    source: str | None = None  # the source file's name
    complete: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """The whole segmented text."""

    meta: Meta
    chapters: tuple[Chapter, ...]
    notes: tuple[Note, ...] = ()
    documents: tuple[QuotedDocument, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def note(self, note_id: str) -> Note:
        """The note with this id; raises KeyError."""
        for note in self.notes:
            if note.id == note_id:
                return note
        raise KeyError(note_id)

    def document(self, document_id: str) -> QuotedDocument:
        """The quoted document with this id; raises KeyError."""
        for doc in self.documents:
            if doc.id == document_id:
                return doc
        raise KeyError(document_id)
