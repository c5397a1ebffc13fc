"""What the tests share: the sample's path, the golden cases, and hand-built Documents for the writers.

`sample_document` is shaped like the sample for the speech script; `hand_built` has every shape the
EPUB writer must handle; `small_doc` and `small_script` are a two-chapter book and its utterances,
written by hand, for the audio writer. Quotation marks are written in the text, as a person
would; each Document gets them onto its documents as the reader does (`attach_parts`).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import replace
from pathlib import Path

from producer.model import Block, Chapter, DocEnd, DocStart, Document, Meta, Note, NoteRef, QuotedDocument, Text
from producer.read.parts import attach_parts
from producer.speech.script import Utterance

ROOT = Path(__file__).resolve().parent.parent
GUTENBERG = ROOT / "tests" / "corpus" / "gutenberg"


def download(name: str, folder: Path) -> Path:
    """A Gutenberg file of tests/corpus/gutenberg as downloaded: one kept gzipped (`NAME.gz`, the files over 1 MB) is
    written out byte for byte into `folder` under its own name; the others are used where they are."""
    if (GUTENBERG / name).is_file():
        return GUTENBERG / name
    target = folder / name
    target.write_bytes(gzip.decompress((GUTENBERG / f"{name}.gz").read_bytes()))
    return target
SAMPLE = ROOT / "texts" / "my-life-ch36.txt"
CASES = sorted((ROOT / "tests" / "cases").glob("*/input.txt"))
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
          "XVIII", "XIX", "XX")


def sample_times(n: int, folder: Path, distinct: bool = False) -> Path:
    """The sample's chapter (with its notes) n times (at most 20), as chapters I..n with distinct titles, plus its
    sidecar without the chapter table: a long book for the scaling benchmark and the memory test.

    With `distinct`, chapter k speaks other sentences than every other chapter, as a real book's chapters do: each
    word is replaced by the word k places after it in the sample's own sorted vocabulary (capitals kept; figures,
    punctuation and paragraphs as they were). The speech cache keeps one clip per sentence and the audio cache one
    encoded section per run of clips, however many chapters hold them, so chapters that repeat the sample's
    sentences would time one chapter's synthesis and encoding, not ten."""
    raw = SAMPLE.read_text(encoding="utf-8")
    front, body = raw.split("\n\n\n", 1)
    notes_at = body.index("\n\n\n1. ")
    chapter, notes = body[:notes_at].strip(), body[notes_at:].strip()
    vocabulary = sorted({w.lower() for w in re.findall(r"[A-Za-z]+", chapter + notes)})
    place = {w: i for i, w in enumerate(vocabulary)}

    def shifted(text: str, k: int) -> str:
        def one(m: re.Match[str]) -> str:
            word = m.group()
            other = vocabulary[(place[word.lower()] + k) % len(vocabulary)]
            return other.upper() if word.isupper() and len(word) > 1 else other.capitalize() if word[0].isupper() else other
        return re.sub(r"[A-Za-z]+", one, text) if k else text

    parts = [front.strip()]
    for k in range(n):
        shift = k if distinct else 0
        parts += [f"CHAPTER {_ROMAN[k]}", f"The Military Opposition, Part {_ROMAN[k]}", shifted(chapter, shift),
                  shifted(notes, shift)]
    target = folder / f"sample-x{n}.txt"
    target.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    sidecar = re.sub(r"\[\[chapters\]\][^\[]*", "", SAMPLE.with_suffix(".toml").read_text(encoding="utf-8"))
    target.with_suffix(".toml").write_text(sidecar, encoding="utf-8")
    return target


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


def small_doc() -> Document:
    """Two short chapters: an inline telegram, a block letter (title with ';' and '='), an end-of-chapter note."""
    p1 = Block("c1-p1", "paragraph", "He wired: Send bread at once. Then he waited.",
               (Text("He wired: "), DocStart("d1"), Text("Send bread at once."), DocEnd("d1"), Text(" Then he waited.")))
    p2 = Block("c1-p2", "paragraph", "Nothing came that week.", (Text("Nothing came that week."), NoteRef("n1")))
    p3 = Block("c2-p1", "paragraph", "The reply was short.", (Text("The reply was short."),))
    p4 = Block("c2-p2", "document", "We have none to send.", (DocStart("d2"), Text("We have none to send."), DocEnd("d2")))
    p5 = Block("c2-p3", "paragraph", "So it ended.", (Text("So it ended."),))
    return Document(
        meta=Meta(title="A Test Book", author="Ann Author", subtitle="Sound Checks", source="test.txt"),
        chapters=(
            Chapter("c1", "I", 1, "Bread; or = Hunger", (p1, p2)),
            Chapter("c2", "II", 2, "The Reply", (p3, p4, p5)),
        ),
        notes=(Note("n1", "1", "Bread was scarce.", "L.T.", ("c1-p2",), "c1"),),
        documents=(
            QuotedDocument("d1", "telegram", "Send bread at once.", ("Trotsky",), ("Lenin",), "1918-12-14", "Kursk",
                           None, None, "inline", ("c1-p1",), "c1"),
            QuotedDocument("d2", "letter", "We have none to send.", ("Lenin",), ("Trotsky",), "1918-10-23", None,
                           None, None, "block", ("c2-p2",), "c2"),
        ),
    )


def _u(i: int, section: str, block: str | None, text: str, role: str = "narration", document: str | None = None,
       note: str | None = None, pause: int = 500) -> Utterance:
    chapter = section if section.startswith("c") else None
    return Utterance(f"u{i:03d}", section, chapter, block, document, note, role, text, text, pause)


def small_script() -> tuple[Utterance, ...]:
    """The utterances a build of `small_doc` speaks (notes at the end of the chapter), written by hand."""
    rows = [
        ("opening", None, "A Test Book. Sound Checks. By Ann Author.", "announcement", None, None),
        ("opening", None, "Read by the eSpeak NG synthetic voice.", "announcement", None, None),
        ("c1", None, "Chapter one. Bread; or = Hunger.", "announcement", None, None),
        ("c1", "c1-p1", "He wired:", "narration", None, None),
        ("c1", "c1-p1", "Send bread at once.", "document", "d1", None),
        ("c1", "c1-p1", "Then he waited.", "narration", None, None),
        ("c1", "c1-p2", "Nothing came that week.", "narration", None, None),
        ("c1", None, "Note 1.", "note", None, "n1"),
        ("c1", None, "Bread was scarce.", "note", None, "n1"),
        ("c2", None, "Chapter two. The Reply.", "announcement", None, None),
        ("c2", "c2-p1", "The reply was short.", "narration", None, None),
        ("c2", "c2-p2", "Letter from Lenin to Trotsky.", "announcement", "d2", None),
        ("c2", "c2-p2", "We have none to send.", "document", "d2", None),
        ("c2", "c2-p2", "End of letter.", "announcement", "d2", None),
        ("c2", "c2-p3", "So it ended.", "narration", None, None),
        ("closing", None, "End of chapter two of A Test Book.", "announcement", None, None),
    ]
    return tuple(_u(i, s, b, t, r, d, n, 400 + 100 * (i % 3)) for i, (s, b, t, r, d, n) in enumerate(rows, start=1))
