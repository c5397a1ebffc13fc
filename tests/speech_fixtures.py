"""A small hand-built Document shaped like the sample, for the speech tests."""

from __future__ import annotations

from dataclasses import replace

from producer.model import Block, Chapter, DocEnd, DocStart, Document, Meta, Note, NoteRef, QuotedDocument, Text
from producer.read.parts import attach_parts


def sample_document(complete: bool = False) -> Document:
    """Two paragraphs with an inline telegram and a note, then a block direct wire with a signature."""
    b1 = Block("b1", "paragraph", "On March 22, 1919, I telegraphed to Lenin: “It is impossible to leave Voroshilov here.” That was all.",
               (Text("On March 22, 1919, I telegraphed to Lenin: “"), DocStart("d1"), Text("It is impossible to leave Voroshilov here."),
                DocEnd("d1"), Text("” That was all."), NoteRef("n1")))
    b2 = Block("b2", "paragraph", "Gen. Smith met Svyerdlov — the GPU man… then left.",
               (Text("Gen. Smith met Svyerdlov — the GPU man… then left."),))
    b3 = Block("b3", "dateline", "Tambov, October 4, 1918.", (DocStart("d2"), Text("Tambov, October 4, 1918.")))
    b4 = Block("b4", "document", "I insist categorically on the recall of Stalin. Tsaritsin is in danger.",
               (Text("I insist categorically on the recall of Stalin. Tsaritsin is in danger."), NoteRef("n2"), DocEnd("d2")))
    b5 = Block("b5", "signature", "TROTSKY", (Text("TROTSKY"),))
    b6 = Block("b6", "paragraph", "After that, L.T. wrote to A. B. SMITH in 1918–1921.", (Text("After that, L.T. wrote to A. B. SMITH in 1918–1921."),))
    chapter = Chapter("ch36", "XXXVI", 36, "The Military Opposition", (b1, b2, b3, b4, b5, b6))
    notes = (
        Note("n1", "1", "The ’victories’ actually had no effect.\n\nA second paragraph.", "L.T.", ("b1",), "ch36"),
        Note("n2", "2", "The “Chrezvychaynaya Komissia” is the Che-Ka.", "Trans.", ("b4",), "ch36"),
    )
    documents = (
        QuotedDocument("d1", "telegram", "It is impossible to leave Voroshilov here.", ("Trotsky",), ("Lenin",), "1919-03-22", None, None, None, "inline", ("b1",), "ch36"),
        QuotedDocument("d2", "direct-wire", "I insist categorically on the recall of Stalin. Tsaritsin is in danger.", ("Trotsky",), ("Lenin", "Svyerdlov"),
                       "1918-10-04", "Tambov", None, "TROTSKY", "block", ("b3", "b4", "b5"), "ch36"),
    )
    meta = Meta("My Life", "Leon Trotsky", "An Attempt at an Autobiography", complete=complete)
    chapter = replace(chapter, blocks=attach_parts(chapter.blocks, documents))  # the reader's last step: marks to documents
    return Document(meta, (chapter,), notes, documents)
