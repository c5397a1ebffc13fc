"""Italics put back as emphasis once the reader is done: the reader works on text without Gutenberg's `_..._` marks
(a salutation or a heading in italics must read as one), so `gutenberg.take_italics` keeps each italic phrase with its
line, and here each is found again in the block that holds that line and its run of text split around it.

A phrase that can no longer be found (the text was corrected, or the phrase crossed a note marker or a quotation's
edge) stays plain: its words are kept either way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from producer.model import Block, Chapter, Inline, Text
from producer.read.paragraphs import Para

_SAME = str.maketrans("‘’“”", "''\"\"")  # quotation marks may have been curled or repaired after the italics were taken


def by_paragraph(spans: list[tuple[int, str]], paras: list[Para]) -> list[tuple[int, str]]:
    """Each (line, phrase) as (the first line of the paragraph holding that line, phrase); a line outside every
    paragraph (a heading's, a list's that was left out) is dropped."""
    first: dict[int, int] = {}
    for p in paras:
        for ln in range(p.line, p.last_line + 1):
            first.setdefault(ln, p.line)
    return [(first[line], phrase) for line, phrase in spans if line in first]


def emphasize(chapters: list[Chapter], spans: list[tuple[int, str]]) -> list[Chapter]:
    """`chapters` with each italic phrase of `spans` ((paragraph's first line, phrase), in text order) as an
    emphasised run, in a block read from that paragraph. A paragraph that became a note has no block: its italics
    are not looked for elsewhere."""
    at_line: dict[int, list[str]] = defaultdict(list)
    for ch in chapters:
        for b in ch.blocks:
            if b.line is not None:
                at_line[b.line].append(b.id)
    changed: dict[str, Block] = {b.id: b for ch in chapters for b in ch.blocks if b.line in at_line}
    touched: set[str] = set()
    cursor: dict[str, tuple[int, int]] = {}  # where the last phrase found in a block ended: (inline, offset)
    for line, phrase in spans:
        pattern = re.compile(r"\s+".join(re.escape(w.translate(_SAME)) for w in phrase.split()))
        for bid in at_line.get(line, ()):
            found = _split(changed[bid], pattern, cursor.get(bid, (0, 0)))
            if found is not None:
                changed[bid], cursor[bid] = found
                touched.add(bid)
                break
    if not touched:
        return chapters
    return [replace(ch, blocks=tuple(changed[b.id] if b.id in touched else b for b in ch.blocks)) for ch in chapters]


def _split(block: Block, pattern: re.Pattern[str], start: tuple[int, int]) -> tuple[Block, tuple[int, int]] | None:
    """The block with the first match of `pattern` at or after `start` emphasised, and where the match ended."""
    first, offset = start
    for i in range(first, len(block.inlines)):
        run = block.inlines[i]
        if not isinstance(run, Text) or run.emphasis:
            continue
        m = pattern.search(run.text.translate(_SAME), offset if i == first else 0)
        if m is None:
            continue
        before, inside, after = run.text[: m.start()], run.text[m.start(): m.end()], run.text[m.end():]
        parts: list[Inline] = [p for p in (Text(before), Text(inside, emphasis=True), Text(after)) if p.text]
        inlines = block.inlines[:i] + tuple(parts) + block.inlines[i + 1:]
        end = (i + len(parts) - 1, 0) if after else (i + len(parts), 0)
        return replace(block, inlines=inlines), end
    return None
