"""A chapter's paragraphs as blocks: text cut at note markers and at the points where quoted documents start and end."""

from __future__ import annotations

from producer.model import SCENE_BREAK, Block, BlockKind, DocEnd, DocStart, Inline, NoteRef, Text
from producer.read.notes import MARKER
from producer.read.paragraphs import Para


def paragraph_block(p: Para, bid: str, pi: int, events: list[tuple[int, int, Inline]], note_ids: dict[tuple[int, int], str],
                    dialogue: set[int]) -> Block:
    """One paragraph as a block: its text cut at note markers and at the document points found in it."""
    text = p.text
    cuts: list[tuple[int, int, Inline | None]] = []
    for m in MARKER.finditer(text):
        start = m.start()
        if start and text[start - 1] == " " and (m.end() == len(text) or not text[m.end()].isalnum()):
            start -= 1  # "Tsaritsin. [1] Stalin": drop the space before the marker too
        note = note_ids.get((pi, m.start()))
        cuts.append((start, m.end(), NoteRef(note) if note else None))
    inlines: list[Inline] = []
    pos = 0
    points = sorted([(o, order, item) for o, order, item in events], key=lambda e: (e[0], e[1]))
    items: list[tuple[int, int, int, Inline | None]] = [(a, b, 2, item) for a, b, item in cuts]
    items += [(o, o, order, item) for o, order, item in points]
    for a, b, _, item in sorted(items, key=lambda x: (x[0], x[2])):
        if a > pos:
            inlines.append(Text(text[pos:a]))
        if item is not None:
            inlines.append(item)
        pos = max(pos, b)
    if pos < len(text):
        inlines.append(Text(text[pos:]))
    merged: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + inline.text)
        elif not (isinstance(inline, Text) and not inline.text):
            merged.append(inline)
    plain = "".join(i.text for i in merged if isinstance(i, Text))
    kind: BlockKind = "break" if plain == SCENE_BREAK else "dialogue" if pi in dialogue else "paragraph"
    return Block(bid, kind, plain, tuple(merged), p.line)


def doc_offsets(block: Block) -> dict[tuple[str, str], int]:
    """Where each DocStart/DocEnd of a block falls in its plain text: {("start"|"end", doc id): offset}."""
    offsets: dict[tuple[str, str], int] = {}
    pos = 0
    for inline in block.inlines:
        if isinstance(inline, Text):
            pos += len(inline.text)
        elif isinstance(inline, DocStart):
            offsets.setdefault(("start", inline.document), pos)  # after narration inside it, it starts again: the first counts
        elif isinstance(inline, DocEnd):
            offsets.setdefault(("end", inline.document), pos)
    return offsets


def between(block: Block, did: str) -> str:
    """The text of a block inside document `did`: from each DocStart (or the block's start) to the DocEnd after it (or
    the block's end), the parts joined by a space where narration between them is left out."""
    marks = [isinstance(i, DocStart) for i in block.inlines if isinstance(i, (DocStart, DocEnd)) and i.document == did]
    inside, parts, part = not marks or not marks[0], [], ""
    for inline in block.inlines:
        if isinstance(inline, Text) and inside:
            part += inline.text
        elif isinstance(inline, (DocStart, DocEnd)) and inline.document == did:
            inside = isinstance(inline, DocStart)
            if not inside:
                parts.append(part.strip())
                part = ""
    return " ".join(p for p in [*parts, part.strip()] if p)


def at_start(block: Block, offsets: dict[tuple[str, str], int], did: str) -> bool:
    at = offsets.get(("start", did))
    return at is not None and not block.text[:at].strip(" “\"‘")


def at_end(block: Block, offsets: dict[tuple[str, str], int], did: str) -> bool:
    at = offsets.get(("end", did))
    return at is not None and not block.text[at:].strip(" ”\"’.,")
