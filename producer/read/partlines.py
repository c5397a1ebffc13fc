"""Parts above chapters: the line that opens a book, part, volume or epilogue ('BOOK I.', 'Book the First--Recalled to
Life', 'FIRST EPILOGUE: 1813 - 20'), with the subtitle under it and the volume over it."""

from __future__ import annotations

import re

from producer.read.paragraphs import Para
from producer.read.titles import title_case

_PART_SUBTITLE_WORDS = 60  # "CONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING AS IS NECESSARY ...": a part's subtitle
_PART_LINE_WORDS = 15  # a part's subtitle in ordinary case, on one line
_ORDINALS = "FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH"
_PART = re.compile(  # 'BOOK THE FIRST', 'Part 2', and 'FIRST EPILOGUE: 1813 - 20' (War and Peace's two epilogues over their chapters)
    r"^(?:(?P<kind>BOOK|Book|PART|Part|VOLUME|Volume)\s+(?:(?:the|THE)\s+)?(?:\d{1,2}\.(?=[IVXLC]+\.))?"  # 'BOOK 1.I.': volume 1's book I
    r"(?P<num>[IVXLC]+|\d+|[A-Z][a-z]+|[A-Z]+)\.?"
    rf"|(?:THE\s+|The\s+)?(?P<ordinal>{_ORDINALS}|{_ORDINALS.title()})\s+"  # 'THE SECOND EPOCH' (The Woman in White)
    r"(?P<word>EPILOGUE|Epilogue|PERIOD|Period|NARRATIVE|Narrative|EPOCH|Epoch))"
    r"(?:\s*(?:--|[.:—–-])\s*(?P<title>\S.*?))?\.?$"
)


def part_title(text: str) -> str | None:
    """'Book the First--Recalled to Life' -> 'Book the First: Recalled to Life'; None unless the line names a part."""
    m = _PART.match(text.strip())
    if m is None or len(text.split()) > (_PART_SUBTITLE_WORDS if m.group("title") else 12):
        return None
    head = text.strip()[: m.end("num") if m["num"] else m.end("word")]
    head = title_case(re.sub(r"\s\d{1,2}\.(?=[IVXLC])", " ", head))  # 'BOOK 1.II.' is book II (of volume 1)
    return f"{head}: {title_case(m.group('title'))}" if m.group("title") else head


def part_before(paras: list[Para], index: int) -> tuple[str, int] | None:
    """(title, paragraphs) of a part opened just above the heading at `index` (see _part_line); with the volume it
    opens, when a volume's line stands over it ('VOLUME II.' / 'THE CONSTITUTION' / 'BOOK 2.I.' / 'THE FEAST OF PIKES')."""
    part = _part_line(paras, index)
    if part is None or part[0].startswith("Volume"):
        return part
    volume = _part_line(paras, index - part[1])
    if volume is None or not volume[0].startswith("Volume"):
        return part
    return f"{volume[0]}. {part[0]}", part[1] + volume[1]


def _part_line(paras: list[Para], index: int) -> tuple[str, int] | None:
    """(title, paragraphs) of a part's line just above paragraph `index` ('BOOK I.'), or its line and a subtitle in
    capitals under it ('CONTAINING SCENES OF MATRIMONIAL FELICITY ...')."""
    title = part_title(paras[index - 1].text) if index >= 1 else None
    if title:
        return title, 1
    title = part_title(paras[index - 2].text) if index >= 2 else None
    subtitle = paras[index - 1].text
    # or a line of its own in ordinary case: 'SECOND NARRATIVE.' / 'Contributed by Mathew Bruff, Solicitor, of Gray's
    # Inn Square.' (The Moonstone)
    under = subtitle.isupper() and len(subtitle.split()) <= _PART_SUBTITLE_WORDS \
        or len(subtitle.split()) <= _PART_LINE_WORDS and len(paras[index - 1].starts) <= 1
    if title and ":" not in title and under:
        return f"{title}: {title_case(subtitle.rstrip('.'))}", 2
    return None


def numbered_part(text: str) -> tuple[str, str, str | None] | None:
    """('Book', 'IV', title or None) for a book's or part's own numbered line ('BOOK IV.', 'Part 2--The Return')."""
    m = _PART.match(text.strip())
    if m is None or not m["num"] or m["kind"].upper() not in ("BOOK", "PART") or len(text.split()) > 12:
        return None
    return m["kind"].capitalize(), m["num"], title_case(m["title"].rstrip(".")) if m["title"] else None
