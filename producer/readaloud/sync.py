"""What was spoken where: the timeline's utterances placed in the printed text, and clips for overlays and captions.

Every utterance that speaks source text names its block (or note) and carries the text it covers. That text
is found again in the block's printed text, in order, ignoring spacing, which gives each sentence its compact
offsets (`epub.sentences.Mark`). Nothing is aligned by ear: the times are those the audio was built with.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from producer.epub.sentences import Mark, author_key
from producer.model import SCENE_BREAK, Document, printed


@dataclass(frozen=True, slots=True)
class Clip:
    """One utterance as the timeline places it: in `file` (relative to the book's folder) from `begin_ms` to `end_ms`."""

    uid: str
    chapter: str | None
    block: str | None
    document: str | None
    note: str | None
    role: str
    cue: str
    text: str
    spoken: str
    file: str
    begin_ms: int
    end_ms: int


def clips(timeline: Mapping[str, Any], credits: bool = False) -> list[Clip]:
    """The utterances of the timeline's chapter tracks, in the order heard; with `credits`, those of the opening and
    closing credits too (their `chapter` is then the section: "opening", "closing")."""
    chapter_of = {t["number"]: t["chapter"] or (t["section"] if credits else None) for t in timeline["tracks"]}
    out = []
    for u in timeline["utterances"]:
        chapter = chapter_of.get(u["track"])
        if chapter is None or not u.get("file"):
            continue
        out.append(Clip(u["id"], chapter, u["block"], u["document"], u["note"], u["role"], u.get("cue", ""), u["text"],
                        u["spoken"], u["file"], u["begin_ms"], u["end_ms"]))
    return out


def _compact(text: str) -> str:
    return "".join(text.split())  # split() breaks at exactly the characters isspace() calls space


def printed_texts(doc: Document) -> dict[str, str]:
    """Block id or note id -> the text the page prints for it (a note's paragraphs, a block's runs and marks)."""
    texts = {b.id: "".join(printed(i) for i in b.inlines) for ch in doc.chapters for b in ch.blocks}
    texts.update({n.id: n.text for n in doc.notes})
    return texts


def place(doc: Document, heard: Sequence[Clip]) -> tuple[dict[str, list[Mark]], list[Clip]]:
    """Each spoken sentence's place in its block or note, and the clips whose text the page does not print.

    A note's author tag, printed in words of its own ("— Translator" for "Trans."), is one mark over all of it,
    under the key `author_key(note id)`.
    """
    texts = {key: _compact(text) for key, text in printed_texts(doc).items()}
    authors = {n.id: n.author for n in doc.notes if n.author}
    cursor: dict[str, int] = {}
    marks: dict[str, list[Mark]] = {}
    lost: list[Clip] = []
    for clip in heard:
        key = clip.block
        words = _compact(clip.text.replace(SCENE_BREAK, ""))  # a scene break folded into the sentence before it
        if not words or key is None:
            continue
        if clip.note and clip.text == authors.get(clip.note) and author_key(clip.note) not in marks:
            marks[author_key(clip.note)] = [Mark(clip.uid, 0, sys.maxsize)]
            continue
        at = texts.get(key, "").find(words, cursor.get(key, 0))
        if at < 0:
            lost.append(clip)
            continue
        marks.setdefault(key, []).append(Mark(clip.uid, at, at + len(words)))
        cursor[key] = at + len(words)
    return marks, lost


def unspoken(doc: Document, marks: Mapping[str, Sequence[Mark]]) -> list[tuple[str, str]]:
    """(block or note id, text) for printed text with letters or digits that no sentence covers."""
    out = []
    for key, text in printed_texts(doc).items():
        compact = _compact(text)
        covered = [False] * len(compact)
        for m in marks.get(key, ()):
            covered[m.start:m.end] = [True] * (m.end - m.start)
        left = "".join(c for c, seen in zip(compact, covered, strict=True) if not seen)
        if any(c.isalnum() for c in left):
            out.append((key, left))
    return out
