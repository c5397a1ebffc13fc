"""Each spoken sentence of a paragraph as its own element, for read-aloud: a `<span id>` a Media Overlay can point at.

Where a sentence lies is given in *compact* offsets: counts of non-space characters from the start of the
block's printed text (or a note's text). Pages and speech space text differently (a quotation mark split off
with a space, a piece of a paragraph stripped), but never differ in what they print, so these offsets hold on
both sides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from producer.epub.xhtml import Element, IdMaker, Phrases, add_words, el


@dataclass(frozen=True, slots=True)
class Mark:
    """Sentence `uid` (an utterance id) covers the compact offsets [start, end) of its block or note."""

    uid: str
    start: int
    end: int


def author_key(note_id: str) -> str:
    """Where the marks of a note's author tag are kept (it is printed in words of its own: '— Translator')."""
    return f"{note_id}/author"


def compact_len(text: str) -> int:
    """How many non-space characters `text` has."""
    return sum(not c.isspace() for c in text)


def _advance(text: str, i: int, n: int) -> int:
    """The index in `text` just after `n` more non-space characters from `i` (the end, if there are fewer)."""
    while i < len(text) and n > 0:
        n -= not text[i].isspace()
        i += 1
    return i


@dataclass
class SentenceSpans:
    """Writes text into a page, wrapping each marked sentence; `spoken` collects uid -> element id of those written."""

    marks: Mapping[str, Sequence[Mark]]
    ids: IdMaker
    spoken: dict[str, str] = field(default_factory=dict)
    _queue: list[Mark] = field(default_factory=list)
    _pos: int = 0
    _span: Element | None = None
    _span_parent: Element | None = None

    def begin(self, key: str) -> None:
        """Start the text of block or note `key`."""
        self._queue = list(self.marks.get(key, ()))
        self._pos, self._span, self._span_parent = 0, None, None

    def skip(self, text: str) -> None:
        """Text of the block that the page does not show here (it still counts)."""
        self._pos += compact_len(text)

    def write(self, parent: Element, text: str, emphasis: bool = False, phrases: Phrases | None = None) -> None:
        """Append `text` to `parent`, inside the span of the sentence it belongs to, if any (`phrases`: see add_words)."""
        i = 0
        while i < len(text):
            if self._span is not None and self._span_parent is not parent:
                self._span = None  # the sentence crossed into another element: the rest of it is left unwrapped
            while self._queue and self._pos >= self._queue[0].end:
                self._queue.pop(0)
                self._span = None
            mark = self._queue[0] if self._queue else None
            if mark is None:
                j = len(text)
            elif self._pos < mark.start:
                j = _advance(text, i, mark.start - self._pos)
            else:
                if mark.uid not in self.spoken:
                    lead = len(text[i:]) - len(text[i:].lstrip())
                    self._put(parent, text[i: i + lead], emphasis, phrases)
                    i += lead
                    if i == len(text):
                        return
                    self._open(parent, mark)
                j = _advance(text, i, mark.end - self._pos)
            self._put(self._span if self._span is not None else parent, text[i:j], emphasis, phrases)
            self._pos += compact_len(text[i:j])
            i = j

    def _open(self, parent: Element, mark: Mark) -> None:
        element_id = self.ids.fresh(mark.uid)
        self._span = el(parent, "span", {"id": element_id, "class": "sentence"})
        self._span_parent = parent
        self.spoken[mark.uid] = element_id

    @staticmethod
    def _put(target: Element, text: str, emphasis: bool, phrases: Phrases | None) -> None:
        if text:
            add_words(el(target, "em") if emphasis else target, text, phrases)
