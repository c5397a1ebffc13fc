"""The typography pass: the finished model's text set as a book is, before every writer, so speech and pages agree.

Runs after the reader, which relies on the source's own conventions ('--' before a quotation, '--[' around a note).
SmartyPants turns '...' and '. . .' into '…' (set after a word with a hair space, as Standard Ebooks does) and
Gutenberg's '--' into an em dash; then a dash set with spaces
(' – ', ' — ') becomes an em dash without them, so no line of a page starts with a dash, except between numbers,
where it is a range ('1918–1921'); and a signature in capitals ('TROTSKY.') is set in normal case ('Trotsky.'), which
the stylesheet shows in small capitals and speech reads as a name. Words are never changed: spelling is the source's,
corrected only by the sidecar's corrections. Quotation marks are settled earlier (`hygiene.repair_quotes`); straight
double marks are curled here, each opening or closing as the reader took it (`quotes.direction`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import smartypants

from producer.model import Block, Chapter, DocEnd, DocStart, Inline, Note, QuotedDocument, Signature, Text, printed
from producer.read.cues import ELIDED
from producer.read.quotes import direction

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


def curled(text: str) -> str:
    """Straight quotation marks as a book sets them: a double one opening or closing as the reader took it; a single
    one is an apostrophe (won’t, the boys’, ’tis) unless it opens a quotation after a space."""
    if '"' not in text and "'" not in text:
        return text
    return _STRAIGHT.sub(lambda m: direction(text, m.start()) if m.group() == '"' else _single(text, m.start()), text)


_STRAIGHT = re.compile("[\"']")


_ELIDED = re.compile(rf"{ELIDED}|\d\d", re.IGNORECASE)  # ’tis, ’em, ’98


def _single(text: str, i: int) -> str:
    opens = (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-“\"") and i + 1 < len(text) and not text[i + 1].isspace()
    return "‘" if opens and not _ELIDED.match(text, i + 1) else "’"


def _curled_inlines(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The block's straight marks curled, each judged in the whole paragraph, not its run alone."""
    whole = "".join(printed(i) for i in inlines)
    if '"' not in whole and "'" not in whole:
        return inlines
    marks, out, at = curled(whole), [], 0
    for inline in inlines:
        size = len(printed(inline))
        if isinstance(inline, Text):
            inline = replace(inline, text=marks[at: at + size])
        elif isinstance(inline, (DocStart, DocEnd)):
            inline = replace(inline, mark=marks[at: at + size])
        out.append(inline)
        at += size
    return tuple(out)


def _block(block: Block) -> Block:
    inlines = _inlines(_curled_inlines(block.inlines), block.kind == "signature")
    if inlines == block.inlines:
        return block
    return replace(block, inlines=inlines, text="".join(printed(i) for i in inlines))


def typeset_model(chapters: list[Chapter], notes: list[Note], documents: list[QuotedDocument]
                  ) -> tuple[list[Chapter], list[Note], list[QuotedDocument]]:
    """Every text of the model typeset; signatures in normal case."""
    chapters = [replace(ch, blocks=tuple(_block(b) for b in ch.blocks), title=ch.title and typeset(curled(ch.title)),
                        part=ch.part and typeset(curled(ch.part))) for ch in chapters]
    notes = [replace(n, text=typeset(curled(n.text))) for n in notes]
    documents = [replace(d, text=curled(d.text), signature=name_case(typeset(d.signature)) if d.signature else None)
                 for d in documents]
    return chapters, notes, documents
