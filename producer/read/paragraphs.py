"""Source lines into paragraphs: wrapped prose joined, short lines (verse, addresses, tables) kept apart, each
paragraph with the source line and column of every piece of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from producer.model import SCENE_BREAK

_WRAPPED_MIN = 50  # a line this long followed by more text is taken as hard-wrapped prose


@dataclass(slots=True)
class Para:
    """A source paragraph: its joined text and where each piece of it came from."""

    text: str
    line: int
    # (offset in text, line, column) for the start of each joined source line
    starts: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def last_line(self) -> int:
        """The source line the paragraph ends on."""
        return self.starts[-1][1] if self.starts else self.line

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a text offset."""
        line, col, base = self.line, 1, 0
        for start, ln, c in self.starts:
            if start > offset:
                break
            line, col, base = ln, c, start
        return line, col + (offset - base)


def _join(lines: list[tuple[int, int, str]]) -> Para:
    """Join hard-wrapped lines into one paragraph, keeping positions."""
    text = ""
    starts: list[tuple[int, int, int]] = []
    for lineno, col, content in lines:
        if text:
            if text.endswith("-") and not text.endswith(" -") and content[:1].islower():
                pass  # a word broken at a hyphen: keep the hyphen, no space
            else:
                text += " "
        starts.append((len(text), lineno, col))
        text += content
    return Para(text, lines[0][0], starts)


def _continues(previous: str, line: str) -> bool:
    """In a group with short lines, whether `line` goes on the wrapped prose of `previous`: an address line, then
    the body wrapped at 60-odd columns, then a signature ("...his army?" / "U. S. GRANT, Lieutenant-General.")."""
    if len(previous) < _WRAPPED_MIN:
        return False
    return len(line) >= _WRAPPED_MIN or not previous.endswith((".", "!", "?", ":", ";")) or line[:1].islower()


_LABEL = r"\[(?:\d{1,3}|\*{1,4}|[A-Z])\]"
_NOTE_LINE = re.compile(rf"^{_LABEL}\s")
_SENTENCE_ENDS = (".", "!", "?", "”", '"', "’", "'", ")", "]")


_NARROW_MIN = 35  # the narrowest column taken for wrapped prose (a letter set in ten spaces and wrapped at 50)
_RAGGED = 16  # how much shorter than the column's widest line a wrapped line may end (a long word goes to the next)


def under_the_line_above(paras: list[Para]) -> frozenset[int]:
    """The paragraphs right under the one above them, with no blank line between: lines of one printed paragraph that
    were kept apart (a closing and the name under it, a date and the hour under it)."""
    return frozenset(i for i in range(1, len(paras))
                     if paras[i].line == max([paras[i - 1].line, *(ln for _, ln, _ in paras[i - 1].starts)]) + 1)


def _narrow_prose(lines: list[str]) -> bool:
    """Prose wrapped in a narrower column than the page: every line but the last fills it to within a word, and at
    least half the lines go on in lower case, mid-sentence. Verse, a table or an address keeps its breaks: its lines
    are of any length, or open with capitals."""
    if len(lines) < 3:
        return False
    width = max(len(line) for line in lines)
    if width < _NARROW_MIN or any(len(line) < width - _RAGGED for line in lines[:-1]):
        return False
    return sum(line[:1].islower() for line in lines[1:]) * 2 >= len(lines) - 1


_NOTE_OPENING = re.compile(rf"^(?:{_LABEL}|\*{{1,4}}|†|‡)\s")


def _set_in_note(group: list[tuple[int, int, str]]) -> bool:
    """A note set in as a block ('     *  Maspero, _Études de Mythologie_' over '     Égyptiennes, vol. ii. p. 273.'):
    its label opens the first line, indented, and every line is indented as far; one paragraph, however short its lines."""
    column = group[0][1]
    return column > 1 and bool(_NOTE_OPENING.match(group[0][2])) and all(col == column for _, col, _ in group)


def paragraphs(text: str) -> list[Para]:
    """Split on blank lines; wrapped prose is joined, a group of short lines becomes one paragraph each."""
    result: list[Para] = []
    group: list[tuple[int, int, str]] = []

    def flush() -> None:
        if not group:
            return
        wrapped = all(len(content) >= _WRAPPED_MIN for _, _, content in group[:-1]) or _narrow_prose([c for _, _, c in group]) \
            or _set_in_note(group)
        if len(group) == 1 or wrapped:
            result.append(_join(group))
        else:  # short lines keep their breaks; a run of wrapped prose among them is one paragraph
            run = [group[0]]
            for line in group[1:]:
                if _continues(run[-1][2], line[2]):
                    run.append(line)
                else:
                    result.append(_join(run))
                    run = [line]
            result.append(_join(run))
        group.clear()

    for lineno, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped or (group and _NOTE_LINE.match(stripped) and group[-1][2].endswith(_SENTENCE_ENDS)):
            flush()  # a blank line; or a note's body set on the line after the last one's ("[2] A province...")
        if not stripped:
            continue
        if stripped == SCENE_BREAK:  # a break line (gutenberg.mark_scene_breaks) stands alone, blank lines or not
            flush()
        col = len(raw) - len(raw.lstrip()) + 1
        group.append((lineno, col, re.sub(r" {2,}", " ", stripped)))
        if stripped == SCENE_BREAK:
            flush()
    flush()
    return result
