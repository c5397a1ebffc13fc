"""Quotation spans across paragraphs: where each double-quoted passage opens and closes.

Conventions handled: a quotation running over several paragraphs opens each one with a
mark and closes only the last; a closing mark lost at a paragraph end (the next
paragraph is narrative); a quotation that closes in the middle of a later paragraph;
continuation paragraphs that lost their opening mark (they read as the quoted text, in
the present tense and the second person, not as past-tense narrative).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from producer.read import cues
from producer.read.cues import CLOSING_LINE, HOUR_LINE, NAME_UNDER_CLOSING

OPEN = "“"
CLOSE = "”"
_MARKS = re.compile(r"[“”\"]")
_MAX_BARE_CONTINUATION = 4  # paragraphs without any mark that may continue an unclosed quotation

_PRESENT = re.compile(
    r"\b(?:is|are|am|will|shall|has|have|hope|hopes|think|thinks|consider|considers|request|requests|ask|must|can|cannot|"
    r"please|you|your|yours|agree|agrees|desire|desires|propose|demand|insist|beg|trust|believe|know|need)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|wrote|replied|answered|came|went|took|became|got|knew|saw|told|gave|began|met|"
    r"thought|felt|sent|left|found|made|asked|telegraphed|called|learned|seemed)\b|\b(?:I|he|she|we|they)\s+\w+ed\b"
)


@dataclass(slots=True)
class Span:
    """A quotation: from just after its opening mark to just before its closing mark."""

    start_para: int
    start: int
    end_para: int
    end: int
    closed: bool = True


def direction(text: str, i: int) -> str:
    """The direction of the mark at i; straight quotes by context."""
    ch = text[i]
    if ch != '"':
        return ch
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([—–-" or i == 0:
        return OPEN if not after.isspace() else CLOSE
    return CLOSE


# Texts that quote with single marks only (‘…’, common in British editions): ’ closes only
# before a non-letter, so apostrophes inside words (don’t, Stalin’s) are not quotation marks.
_SINGLE_MARKS = re.compile(r"‘|’(?![\w])")


def _marks(text: str, single: bool = False) -> list[tuple[int, str]]:
    if single:
        return [(m.start(), OPEN if m.group() == "‘" else CLOSE) for m in _SINGLE_MARKS.finditer(text)]
    return [(m.start(), direction(text, m.start())) for m in _MARKS.finditer(text)]


def single_quoted(texts: list[str]) -> bool:
    """True when a text quotes with single marks: at least two, and double marks (quotations inside them) rare."""
    singles = sum(t.count("‘") for t in texts)
    return singles >= 2 and 4 * sum(len(_MARKS.findall(t)) for t in texts) < singles


_COLON_END = re.compile(r"(?::|:--|:—|,--|,—)\s*(?:\[(?:\d{1,3}[a-z]?|\*{1,4}|†|‡)\]\s*)*$")  # "reported from Nashville,--"


# "MY DEAR MISS DUNSTABLE,--", "Sir,—": a letter's salutation, which the letter's body follows, not a document
_SALUTATION_DASH = re.compile(r"(?:^|[.!?]\s+)(?:My\s+dear|MY\s+DEAR|Dear|DEAR|Dearest|Sir|SIR|Madam|MADAM|Gentlemen|GENTLEMEN)\b[^.!?]{0,50}[,:](?:--|—)\s*$")


def ends_with_colon(text: str) -> bool:
    """A sentence that introduces what follows ("...in full:", "...in full: [5]", "...reported from Nashville,--")."""
    return bool(_COLON_END.search(text)) and not _SALUTATION_DASH.search(text)


_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "de", "for", "in", "of", "on", "or", "the", "to", "with"})


def a_title(quoted: str) -> bool:
    """A work's title quoted in a sentence ('He wrote "The Court of Love" in 1345', '"The Romaunt of the Rose,"'): a few
    words, each capitalized but the small ones, in mixed case, no sentence ending in it."""
    words = quoted.strip().rstrip(",;").split()
    return 2 <= len(words) <= 10 and not quoted.isupper() and not re.search(r"[.!?]$", quoted.strip().rstrip(",;")) \
        and words[0][:1].isupper() and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)


def reads_as_quoted(text: str) -> bool:
    """A paragraph without marks that reads as the continuation of a letter, not as narrative."""
    if ends_with_colon(text):
        return False
    starts_mid = text.lstrip()[:1].islower() or text.lstrip().startswith(("...", "…", ". . ."))
    present = len(_PRESENT.findall(text))
    past = len(_PAST.findall(text))
    return starts_mid or present > max(2, 2 * past)


def _closes_above(above: str, line: str) -> bool:
    """A letter's last lines, the one under the other in one printed paragraph: the name under the closing ('"Yours,
    &c.' / 'H. M. Wheeler.'), the hour under the date ('"14th June.' / 'Quarter-past 8, P.M.')."""
    closing = above.strip().strip("“”‘’\" ")
    return bool(HOUR_LINE.match(line.strip())
                or len(closing.split()) <= 8 and CLOSING_LINE.match(closing) and NAME_UNDER_CLOSING.match(line.strip()))


def find_spans(texts: list[str], joined: frozenset[int] = frozenset()) -> list[Span]:
    """Every top-level double-quoted span in a run of body paragraphs. `joined` are the paragraphs with no blank line
    above them (a line of the same printed paragraph, set apart): an open quotation goes on over a letter's last lines
    there though they open with no mark."""
    spans: list[Span] = []
    current: Span | None = None
    bare = 0
    single = single_quoted(texts)
    for pi, text in enumerate(texts):
        marks = _marks(text, single)
        if current is not None:  # a quotation left open at the end of the previous paragraph
            first = marks[0] if marks else None
            if first and first[0] == len(text) - len(text.lstrip()) and first[1] == OPEN:
                marks = marks[1:]  # the usual reopening mark of a continued quotation
                bare = 0
            elif first and first[1] == CLOSE:
                bare = 0  # it closes in this paragraph
            elif first is None and pi in joined and _closes_above(texts[pi - 1], text):
                current.end_para, current.end = pi, len(text)  # a letter's last lines, with no mark of their own
                continue
            elif first is None and bare < _MAX_BARE_CONTINUATION and reads_as_quoted(text):
                bare += 1
                current.end_para, current.end = pi, len(text)
                continue
            else:  # the closing mark was lost: end at the previous paragraph's end
                current.closed = False
                spans.append(current)
                current = None
        depth = 1 if current is not None else 0
        for offset, direction in marks:
            if direction == OPEN:
                if depth == 0:
                    current = Span(pi, offset + 1, pi, len(text))
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0 and current is not None:
                    current.end_para, current.end = pi, offset
                    spans.append(current)
                    current = None
        if current is not None:
            current.end_para, current.end = pi, len(text)
            bare = 0
    if current is not None:
        current.closed = False
        spans.append(current)
    return spans


# ---- sentences around a quotation ---------------------------------------------------------

_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Dr", "St", "Gen", "Col", "Capt", "Lt", "No", "vs", "Co", "i.e", "e.g", "cf", "ibid", "Messrs", "Prof", "Rev", "Mt"})
_CANDIDATE_END = re.compile(r"[.!?…]+[”’\")]*\s+(?=[“\"‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(?:^|[\s(“\"‘])([\w.]+)$")


def _is_abbreviation(text: str, at: int) -> bool:
    """A full stop at `at` that ends an abbreviation or an initial ("Gen.", "A."), not a sentence."""
    if text[at] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, at - 8), at)
    word = m.group(1) if m else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _ends(text: str) -> list[int]:
    return [m.end() for m in _CANDIDATE_END.finditer(text) if not _is_abbreviation(text, m.start())]




class SentenceIndex:
    """Sentence boundaries of one paragraph, found once, so lookups stay linear on long paragraphs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = _ends(text)

    def start(self, offset: int) -> int:
        """Offset where the sentence holding `offset` begins."""
        i = bisect.bisect_right(self.ends, offset) - 1
        return self.ends[i] if i >= 0 else 0

    def end(self, offset: int) -> int:
        """Offset just after the sentence holding `offset` (or the next opening mark)."""
        i = bisect.bisect_right(self.ends, offset)
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        nxt = self.text.find(OPEN, offset, end)
        return nxt if nxt != -1 else end

    def before(self, offset: int, limit: int = 6) -> list[str]:
        """Up to `limit` whole sentences ending at or before `offset`, in reading order."""
        i = bisect.bisect_right(self.ends, offset)
        j = max(0, i - limit - 1)
        bounds = ([0] if j == 0 else []) + self.ends[j:i]
        if offset > bounds[-1]:
            bounds.append(offset)
        chosen = list(itertools.pairwise(bounds))[-limit:]
        return [self.text[a:b].strip() for a, b in chosen if self.text[a:b].strip()]


def talk_closes(narrative: str, answering: bool = False) -> bool:
    """Whether the words before a quotation end in a verb or manner of talking, with nothing written or wired in its
    clause: "the Gryphon interrupted:", "confirmed this statement, but muttered:" (talk, though a statement is named);
    `answering`: an answer ("he replied:") counts as talk too, unless the answer was written ("she wrote the next day
    ...; and then, taking breath, she added,")."""
    talk = [m for m in (*cues.ORAL.finditer(narrative), *(cues.ANSWERED.finditer(narrative) if answering else ()))
            if len(narrative[m.start():].split()) <= 8]
    if not talk or cues.WIRE_CONTEXT.search(narrative):
        return False
    last = max(talk, key=lambda m: m.start())
    clause = narrative[max(narrative.rfind(c, 0, last.start()) for c in ",;:") + 1:]  # "..., when the Rabbit interrupted:"
    if cues.ANSWERED.fullmatch(last.group()):
        clause = narrative
    return not cues.WRITTEN.search(clause) and not cues.POINTS_BACK_AT_DOCUMENT.search(clause)  # "That of October 27 said:"
