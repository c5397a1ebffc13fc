"""The typography pass: the finished model's text set as a book is, before every writer, so speech and pages agree.

Runs after the reader, which relies on the source's own conventions ('--' before a quotation, '--[' around a note).
SmartyPants turns '...' and '. . .' into '…' (set after a word with a hair space, as Standard Ebooks does) and
Gutenberg's '--' into an em dash; then a dash set with spaces
(' – ', ' — ') becomes an em dash without them, so no line of a page starts with a dash, except between numbers,
where it is a range ('1918–1921'); and a signature in capitals ('TROTSKY.') is set in normal case ('Trotsky.'), which
the stylesheet shows in small capitals and speech reads as a name. Words are never changed: spelling is the source's,
corrected only by the sidecar's corrections. Quotation marks are settled earlier (`hygiene.repair_quotes`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import smartypants

from producer.model import Block, Chapter, DocEnd, Inline, Note, QuotedDocument, Signature, Text, printed

_ATTRIBUTES = smartypants.Attr.e | smartypants.Attr.d  # ellipses; '--' as an em dash. Quotes are the reader's.
_ENTITIES = {"&#8230;": "…", "&#8212;": "—", "&#8211;": "–"}  # what SmartyPants writes for them (it writes HTML)
_RANGE = re.compile(r"(?<=\d)\s+[–—]\s+(?=\d)")
_SPACED_DASH = re.compile(r"(?<=\S)\s+[–—]\s+(?=\S)")
_NEEDS = re.compile(r"\.\s?\.\s?\.|--|\s[–—]\s")
_AFTER_WORD_ELLIPSIS = re.compile(r"(?<=[\w,;:’”])[ \u200a]?…")  # a hair space before it, as Standard Ebooks sets it
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z’'-]*[A-Z]\b")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def typeset(text: str) -> str:
    """Ellipses, dashes and spaced dashes of `text` as a book sets them."""
    if not _NEEDS.search(text):
        return text
    out = smartypants.smartypants(text, _ATTRIBUTES)
    for entity, char in _ENTITIES.items():
        out = out.replace(entity, char)
    out = _SPACED_DASH.sub("—", _RANGE.sub("–", out))
    return _AFTER_WORD_ELLIPSIS.sub("\u200a…", out)


def name_case(text: str) -> str:
    """'TROTSKY.' -> 'Trotsky.', 'O’NEIL' -> 'O’Neil'; initials and Roman numerals ('GEORGE III') stay as they are."""
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) <= 4 and _ROMAN.fullmatch(word):
            return word
        return re.sub(r"[A-Z]+", lambda p: p.group(0)[0] + p.group(0)[1:].lower(), word)

    return _CAPS_WORD.sub(one, text)


def _inlines(inlines: tuple[Inline, ...], signature: bool) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, Signature):
            signature = True
        elif isinstance(inline, DocEnd):
            signature = False
        elif isinstance(inline, Text):
            text = typeset(inline.text)
            inline = replace(inline, text=name_case(text) if signature else text)
        out.append(inline)
    return tuple(out)


def _block(block: Block) -> Block:
    inlines = _inlines(block.inlines, block.kind == "signature")
    if inlines == block.inlines:
        return block
    return replace(block, inlines=inlines, text="".join(printed(i) for i in inlines))


def typeset_model(chapters: list[Chapter], notes: list[Note], documents: list[QuotedDocument]
                  ) -> tuple[list[Chapter], list[Note], list[QuotedDocument]]:
    """Every text of the model typeset; signatures in normal case."""
    chapters = [replace(ch, blocks=tuple(_block(b) for b in ch.blocks)) for ch in chapters]
    notes = [replace(n, text=typeset(n.text)) for n in notes]
    documents = [replace(d, signature=name_case(typeset(d.signature))) if d.signature else d for d in documents]
    return chapters, notes, documents
