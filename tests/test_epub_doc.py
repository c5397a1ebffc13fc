"""A hand-built Document with every shape the EPUB writer must handle, shared by the EPUB and check tests."""

from __future__ import annotations

from dataclasses import replace

from producer.model import Block, Chapter, DocEnd, DocStart, Document, Meta, Note, NoteRef, QuotedDocument, Text
from producer.read.parts import attach_parts


def _p(bid: str, *inlines: object, kind: str = "paragraph") -> Block:
    runs = tuple(Text(i) if isinstance(i, str) else i for i in inlines)
    return Block(bid, kind, "".join(r.text for r in runs if isinstance(r, Text)), runs)  # type: ignore[arg-type]


def _qd(did: str, kind: str, shape: str, blocks: tuple[str, ...], chapter: str, **kw: object) -> QuotedDocument:
    fields: dict[str, object] = {"text": "…", "senders": ("Trotsky",), "recipients": ("Lenin",), "date": "1918-10-04",
                                     "place": "Tambov", "destination": None, "signature": None}
    fields.update(kw)
    return QuotedDocument(did, kind, shape=shape, blocks=blocks, chapter=chapter, **fields)  # type: ignore[arg-type]


def hand_built(title: str = "My Life", two_chapters: bool = False) -> Document:
    """Paragraphs, dialogue, block and inline documents (spanning, closing mid-paragraph), shared notes."""
    ch1 = Chapter("ch36", "XXXVI", 36, "The Military Opposition", (
        _p("p1", "The foundation was the relationship with the peasantry.", NoteRef("n1"), " So I shall confine myself."),
        _p("p2", "On March 22, 1919, I demanded that the Central Committee “", DocStart("d1"),
           "decide the question of an official inquiry", DocEnd("d1"), ".” It is interesting to note this."),
        _p("p3", "On October 4, 1918, I said to Lenin over a direct wire from Tambov:"),
        _p("p4", "“", DocStart("d2"), "I insist categorically on Stalin’s recall.", NoteRef("n2"), kind="document"),
        _p("p5", "There is no time for diplomatic negotiations.", DocEnd("d2"), "”", kind="document"),
        _p("p5s", "Trotsky", kind="signature"),
        _p("p6", "On October 23 he wrote to me at Balashov:"),
        _p("p7", "“", DocStart("d3"), "Today, Stalin returned bringing news of three victories.", NoteRef("n1"), kind="document"),
        _p("p8", "As for me, I think it necessary to work with Stalin.", DocEnd("d3"), "” I replied stating my accord."),
        _p("p9", "I telegraphed Lenin from Kursk: “", DocStart("d4"), "It is impossible to leave Voroshilov at his post."),
        _p("p10", "It is necessary to transfer Voroshilov to the Ukraine.", DocEnd("d4"), "” This was accepted."),
        _p("p11", "“What!” I said in sheer bewilderment.", kind="dialogue"),
        _p("p12", "“Trifles,” replied Lenin.", NoteRef("n3"), kind="dialogue"),
    ))
    chapters = [ch1]
    notes = [
        Note("n1", "1", "The ’victories’ actually had merely episodic importance.", "L.T.", ("p1", "p7"), "ch36"),
        Note("n2", "2", "This army of irregulars crumbled away.\n\nA second paragraph of the note.", "L.T.", ("p4",), "ch36"),
        Note("n3", "3", "The “Chrezvychaynaya Komissia”, known in short as the Che-Ka.", "Trans.", ("p12",), "ch36"),
    ]
    documents = [
        _qd("d1", "direct-wire", "inline", ("p2",), "ch36", recipients=("Central Committee",), date="1919-03-22", place=None),
        _qd("d2", "direct-wire", "block", ("p4", "p5", "p5s"), "ch36", recipients=("Lenin", "Svyerdlov"), signature="Trotsky"),
        _qd("d3", "letter", "block", ("p7", "p8"), "ch36", senders=("Lenin",), recipients=("Trotsky",), date="1918-10-23",
            place=None, destination="Balashov"),
        _qd("d4", "telegram", "inline", ("p9", "p10"), "ch36", date="1918-12-14", place="Kursk"),
    ]
    if two_chapters:
        chapters.append(Chapter("ch37", "XXXVII", 37, "Another Chapter", (
            _p("q1", "A second chapter with a note.", NoteRef("n4")),
            _p("q2", "He wired: “", DocStart("d5"), "Hold the line.", DocEnd("d5"), "”"),
        )))
        notes.append(Note("n4", "1", "A note in the second chapter.", None, ("q1",), "ch37"))
        documents.append(_qd("d5", "telegram", "inline", ("q2",), "ch37"))
    meta = Meta(title=title, author="Leon Trotsky", subtitle="An Attempt at an Autobiography", language="en")
    # written with the quotation marks in the text, as a person would; the reader's last step gives them to the documents
    chapters = [replace(ch, blocks=attach_parts(ch.blocks, documents)) for ch in chapters]
    return Document(meta, tuple(chapters), tuple(notes), tuple(documents))


def test_hand_built_references_resolve() -> None:
    doc = hand_built(two_chapters=True)
    block_ids = {b.id for ch in doc.chapters for b in ch.blocks}
    assert all(ref in block_ids for n in doc.notes for ref in n.refs)
    assert all(b in block_ids for d in doc.documents for b in d.blocks)
