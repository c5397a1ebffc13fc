"""Who "I" is: the author of a memoir, or nobody the reader can name (a novel's narrator, an unknown author)."""

from __future__ import annotations

import re

from producer.model import Chapter, QuotedDocument
from producer.read.vocabulary import narrowed

UNKNOWN_AUTHOR = "the author"  # the first person of a text whose author is not known; never reaches a document
# A text of which more than this share of paragraphs open with a quotation mark is taken for fiction: its "I" is a
# character, not the author. Measured: novels 0.59-0.91 (Dickens, Collins, Trollope, Carroll, Twain), memoirs and
# histories 0.00-0.33 (the real and written-for-purpose ones in tests/); texts under 40 paragraphs are not judged.
FICTION_DIALOGUE_SHARE = 0.45


def surname(author: str | None) -> str:
    """The name "I" goes by in documents: the author's last word."""
    return author.split()[-1] if author else UNKNOWN_AUTHOR


def unnamed_narrator(documents: list[QuotedDocument], chapters: list[Chapter], author: str | None,
                     whole_book: bool) -> list[QuotedDocument]:
    """The documents without the author as sender or recipient where "I" cannot be the author: the author is not
    known; the text is a novel; or a whole book never names its author (a memoirist is named somewhere in his book: in
    the letters he quotes, their signatures, what others said of him; a novel's author is not in the story, and "I" is
    its narrator, as in Frankenstein). A chapter alone may well not name him, and keeps him."""
    me = surname(author)
    if author is not None and not _is_fiction(chapters) and (not whole_book or _names(chapters, me)):
        return documents  # "I" is the author
    return [narrowed(d, senders=tuple(n for n in d.senders if n != me), recipients=tuple(n for n in d.recipients if n != me))
            for d in documents]


def _is_fiction(chapters: list[Chapter]) -> bool:
    """Whether more than FICTION_DIALOGUE_SHARE of the narrative paragraphs open with a quotation mark."""
    narrative = [b for ch in chapters for b in ch.blocks if b.kind in ("paragraph", "dialogue")]
    talk = sum(b.text[:1] in "“‘\"'" for b in narrative)
    return len(narrative) >= 40 and talk > FICTION_DIALOGUE_SHARE * len(narrative)


def _names(chapters: list[Chapter], name: str) -> bool:
    """Whether the book's text names `name` anywhere, in any case."""
    named = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return any(named.search(b.text) for ch in chapters for b in ch.blocks)
