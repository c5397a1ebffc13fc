"""A small hand-made book, its utterances and eSpeak NG clips, shared by the audio tests."""

from __future__ import annotations

import array
import subprocess
import wave
from pathlib import Path

from producer.model import Block, Chapter, DocEnd, DocStart, Document, Meta, Note, NoteRef, QuotedDocument, Text
from producer.speech.script import Utterance


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


VOICES = {"narration": "en-us", "document": "en-gb+f2", "note": "en-gb+m3", "announcement": "en-us"}


def speak(utterances: tuple[Utterance, ...], folder: Path) -> list[Path]:
    """One 22,050 Hz mono WAV per utterance, made with `espeak-ng -w` (stands in for the speech helper's cache)."""
    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    for u in utterances:
        path = folder / f"{u.id}.wav"
        subprocess.run(["espeak-ng", "-v", VOICES[u.role], "-w", str(path), u.spoken], check=True, timeout=60)
        clips.append(path)
    return clips


def lead_ms(clip: Path, threshold: int = 600) -> float:
    """Milliseconds of near-silence at the start of a clip (eSpeak NG's own lead-in)."""
    with wave.open(str(clip), "rb") as w:
        data = array.array("h", w.readframes(w.getnframes()))
        rate = w.getframerate()
    first = next(i for i, v in enumerate(data) if abs(v) > threshold)
    return first * 1000 / rate


def decode(path: Path, rate: int = 22_050) -> array.array:
    """The file's audio as 16-bit mono samples at `rate`."""
    out = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a:0", "-f", "s16le", "-ac", "1",
                          "-ar", str(rate), "-"], check=True, capture_output=True, timeout=300).stdout
    return array.array("h", out)


def onset_ms(samples: array.array, from_ms: float, threshold: int = 600, rate: int = 22_050) -> float:
    """Milliseconds to the first sample louder than `threshold` at or after `from_ms`."""
    start = max(0, int(from_ms * rate / 1000))
    for i in range(start, len(samples)):
        if abs(samples[i]) > threshold:
            return i * 1000 / rate
    raise AssertionError(f"no sound after {from_ms} ms")
