"""Footnotes set in the text as blocks: '[Footnote 1: ...]' over one or more paragraphs (closed at the end of the first
that ends with ']', or sooner by the bracket that balances its opening one when text goes on after it), '--[...]--'
and '[* ...]' under the paragraph they annotate."""

from __future__ import annotations

import re

from producer.read.markers import FOOTNOTE

_UNLABELLED = re.compile(r"^\[(?:Footnote|FOOTNOTE):\s*")  # a paragraph of its own, the paragraph above's
_INSET_NOTE = re.compile(r"^--\[")  # "--[Bonaparte himself, at St. Helena, says ...]--": a note set in after its paragraph
_STAR_NOTE = re.compile(r"^\[(?P<stars>\*{1,4})\s+")  # "[* Napoleon says 100,000 men ...]" under 'cavalry;*': its star's note


def footnote_block(texts: list[str], i: int, in_section: bool = False) -> tuple[str, str, int, int | None] | None:
    """(label, text, paragraphs used, where the text goes on) when paragraph i opens a '[Footnote 1: ...]' block, which
    may run on over several; the last offset is where the text goes on in the last paragraph used, after the bracket
    that closes the note ('... an elective body.] A twofold tendency ...'), or None.

    A note set in as '--[...]--' (the form of many Gutenberg memoirs), or as '[Footnote: ...]' with no number, has no
    label and no marker: its label is '*'; one set in as '[* ...]' is its star's, the marker after a word above.
    """
    inset = _INSET_NOTE.match(texts[i]) or _STAR_NOTE.match(texts[i])
    if inset:
        close = "]--" if inset.re is _INSET_NOTE else "]"
        parts, j = [texts[i][inset.end():]], i
        while not parts[-1].rstrip().endswith(close) and j + 1 < len(texts) and j - i < 12:
            j += 1
            parts.append(texts[j])
        if not parts[-1].rstrip().endswith(close):
            return None
        parts[-1] = parts[-1].rstrip()[: -len(close)]
        return inset.groupdict().get("stars") or "*", "\n\n".join(p.strip() for p in parts), j - i + 1, None
    m = FOOTNOTE.match(texts[i]) or _UNLABELLED.match(texts[i])
    if m is None:
        return None
    label = m.group(1) if m.re is FOOTNOTE else "*"
    nxt = next((j for j in range(i + 1, len(texts)) if FOOTNOTE.match(texts[j])), len(texts))  # the next block
    limit = nxt if in_section else min(nxt, i + _VERSE_REACH)
    ends = next((j for j in range(i, limit) if texts[j].rstrip().endswith("]")), None)
    closed = _closing_bracket(texts, i, m.end(), limit)
    # '[Footnote I.1: _Me:_] _i.e., me_ who am ...]' ends with its paragraph, not at its lemma's bracket; but '... an
    # elective body.] A twofold tendency ...' ends at the bracket (the text goes on), and '[Footnote x: [This chapter
    # ...]' goes on past a bracket inside it that closes a paragraph
    if closed is not None and (ends is None or closed[0] != ends):
        j, at = closed
        parts = [texts[i][m.end(): at if j == i else None], *texts[i + 1: j]] + ([texts[j][:at]] if j > i else [])
        goes_on = at + 1 if texts[j][at + 1:].strip() else None
        return label, "\n\n".join(p.strip() for p in parts), j - i + 1, goes_on
    # a bracket the transcriber left open: in a notes section, where nothing but notes stands, the note runs on to the
    # next; in the text, at most to the twelfth paragraph on
    j = ends if ends is not None else nxt - 1 if in_section else min(nxt - 1, i + 12)
    parts = [texts[i][m.end():], *texts[i + 1: j + 1]]
    parts[-1] = parts[-1].rstrip().removesuffix("]")
    return label, "\n\n".join(p.strip() for p in parts), j - i + 1, None


_VERSE_REACH = 80  # paragraphs: a note quoting two sonnets has a paragraph for every line
_BRACKET = re.compile(r"[\[\]]")


def _closing_bracket(texts: list[str], i: int, start: int, limit: int) -> tuple[int, int] | None:
    """(paragraph, offset) of the ']' that closes the block opened at paragraph i (brackets inside it counted), in the
    paragraphs before `limit`; None when there is none."""
    depth = 1
    for j in range(i, limit):
        for b in _BRACKET.finditer(texts[j], start if j == i else 0):
            depth += 1 if b.group() == "[" else -1
            if depth == 0:
                return j, b.start()
    return None
