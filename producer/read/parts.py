"""A quoted document's own parts in the blocks: its quotation marks and where a trailing signature begins.

The reader settles them once, here, so the EPUB's markup, the speech script and the
read-aloud overlays read the same facts instead of each guessing them from the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from producer.model import Block, DocEnd, DocStart, Inline, QuotedDocument, Signature, Text

_OPENING = "“‘\"'«„"
_CLOSING = "”’\"'»"


def attach_parts(blocks: Iterable[Block], documents: Iterable[QuotedDocument]) -> tuple[Block, ...]:
    """`blocks` with each document's quotation marks moved onto its start and end, and inline signatures marked."""
    signatures = {d.id: d.signature.strip() for d in documents if d.signature and d.signature.strip()}
    return tuple(_attach(block, signatures) for block in blocks)


def _attach(block: Block, signatures: dict[str, str]) -> Block:
    items: list[Inline] = list(block.inlines)
    out: list[Inline] = []
    for i, inline in enumerate(items):
        if isinstance(inline, DocStart) and not inline.mark and out and isinstance(out[-1], Text):
            before = out[-1].text
            kept = before.rstrip(_OPENING)
            inline = DocStart(inline.document, before[len(kept):])
            out[-1] = replace(out[-1], text=kept)
        elif isinstance(inline, DocEnd) and not inline.mark and i + 1 < len(items) and isinstance(nxt := items[i + 1], Text):
            rest = nxt.text.lstrip(_CLOSING)
            inline = DocEnd(inline.document, nxt.text[: len(nxt.text) - len(rest)])
            items[i + 1] = replace(nxt, text=rest)
        if isinstance(inline, DocEnd) and inline.document in signatures and out and isinstance(out[-1], Text) \
                and block.kind != "signature":  # a signature line of its own is a block of that kind already
            _split_signature(out, inline.document, signatures[inline.document])
        out.append(inline)
    inlines = tuple(x for x in out if not (isinstance(x, Text) and not x.text))
    return Block(block.id, block.kind, block.text, inlines, block.line) if inlines != block.inlines else block


def _split_signature(out: list[Inline], document: str, signature: str) -> None:
    """Put a Signature point before the signature that ends the last text run ("... enterprise. TROTSKY.")."""
    text = out[-1].text  # type: ignore[union-attr]
    body = text.rstrip()
    if body.endswith(signature) and body[: -len(signature)].strip():
        cut = len(body) - len(signature)
        out[-1:] = [Text(text[:cut]), Signature(document), Text(text[cut:])]
