"""The front of a book: its contents lists, its title-page lines, and where the text before chapter I goes."""

from __future__ import annotations

import re

from producer.model import Diagnostic
from producer.read.contents import contents_list, listed_before_chapters, listed_titles
from producer.read.endnotes import Range
from producer.read.gutenberg import Header, words_of
from producer.read.paragraphs import Para
from producer.read.structure import _DIVISION, _HEADING_WORDS, ENTRY_LENGTH, Heading, _is_title_line, find_headings
from producer.read.titles import title_case

_BY_LINE = re.compile(r"^(?:by|By|BY)\s+\S.{0,60}$")  # "by U. S. Grant" on the title page: the header names the author
FRONT_MATTER = "Front Matter"  # the title of a download's untitled text before its first heading


def without_front_lists(paras: list[Para], header: Header) -> tuple[list[Para], list[Diagnostic], list[str], dict[int, str],
                                                                   frozenset[str]]:
    """Leave out a table of contents (the EPUB makes its own) and, in a Gutenberg download, the front lines that only
    repeat the header's title and author or credit the transcribers; also the divisions the contents names before its
    first chapter, the chapter titles it gives, and all its entries before the first chapter (see listed_divisions)."""
    drop = contents_list(paras)
    (listed, entries), titles = listed_before_chapters(paras, drop), listed_titles(paras, drop)
    found = []
    if drop:
        first = paras[min(drop)]
        found.append(Diagnostic("contents", "info", f"left out a table of contents ({len(drop)} lines); the EPUB makes its own",
                                first.line, 1))
    before = min((h.index for h in find_headings(paras, drop)), default=0)  # the first heading
    if pictures := _illustrations_list(paras, before):
        drop |= pictures
        found.append(Diagnostic("contents", "info", f"left out a list of illustrations ({len(pictures)} lines)",
                                paras[min(pictures)].line, 1))
    if header.title:
        known = {words_of(header.title), *((words_of(header.author), words_of(f"by {header.author}"), "by") if header.author else ())} - {""}
        for i, p in enumerate(paras[:before]):
            signs = i > 0 and paras[i - 1].text.endswith(",")  # 'Obedient, humble servant,' / 'HENRY FIELDING.': a signature
            if (words_of(p.text) in known or _names_author(p.text, header.author)) and not signs or _BY_LINE.match(p.text) \
                    or re.match(r"^(?:Produced|Transcribed|E-text prepared)\b.{0,80}\bby\b", p.text):
                drop.add(i)
            elif i + 1 < len(paras) and words_of(f"{p.text} {paras[i + 1].text}") in known:
                drop |= {i, i + 1}  # 'MOBY-DICK;' / 'or, THE WHALE.': the title over two lines
    return [p for i, p in enumerate(paras) if i not in drop], found, listed, titles, entries


_ILLUSTRATIONS = re.compile(r"(?:LIST OF ILLUSTRATIONS|ILLUSTRATIONS|List of Illustrations|Illustrations)[.:]?")
_LIST_LINES = 4  # a list of illustrations names at least this many


def _illustrations_list(paras: list[Para], before: int) -> set[int]:
    """An 'ILLUSTRATIONS' heading before the first chapter and the short lines under it (Tom Sawyer's 'Tom at Home',
    'Aunt Polly Beguiled', ...): a list of pictures the text does not hold, which a listener would hear read out."""
    for i in range(before):
        if _ILLUSTRATIONS.fullmatch(paras[i].text):
            end = next((j for j in range(i + 1, before) if len(paras[j].text) > ENTRY_LENGTH), before)
            return set(range(i, end)) if end - i > _LIST_LINES else set()
    return set()


def listed_divisions(paras: list[Para], headings: list[Heading], entries: frozenset[str]) -> list[Heading]:
    """The headings, and a division for each line before the first chapter that the contents lists there and the text
    sets apart (three blank lines or more above it): 'LETTER FROM WENDELL PHILLIPS, ESQ.' and 'FREDERICK DOUGLASS.'
    between the preface and chapter I of Douglass's Narrative, which were read into the preface."""
    first = next((h.index for h in headings if h.number), None)
    if not entries or first is None:
        return headings
    taken = {h.index for h in headings}
    found = [Heading(i, "", None, title_case(p.text.rstrip(". ")), 1) for i, p in enumerate(paras[:first])
             if i and i not in taken and p.text.upper().rstrip(". ") in entries and p.line - paras[i - 1].last_line > 3]
    return sorted(headings + found, key=lambda h: h.index)


def _names_author(text: str, author: str | None) -> bool:
    """'SIR ARTHUR CONAN DOYLE' on the title page of a book the header says is by Arthur Conan Doyle."""
    words, name = words_of(text).split(), words_of(author or "").split()
    return bool(name) and words[-len(name):] == name and len(words) <= len(name) + 2


def place_front(paras: list[Para], ranges: list[Range], keyed: tuple[dict[int, str], ...], front_end: int, used: int,
                listed: list[str] | None) -> tuple[list[Para], list[Range], tuple[dict[int, str], ...]]:
    """Where the text before the first heading goes. `keyed`: what is known of chapters by their position (parts,
    labels), moved along when a division is put before them; `listed` (None unless a Gutenberg download): the
    divisions its contents names before chapter I."""
    if not ranges:
        return paras, [(None, None, None, min(used, len(paras) - 1), len(paras))], keyed
    if listed is not None and front_end > 0:
        # a download's text before its first heading (title page, imprint, dedication) is a division of its own: the
        # one the contents names there ('DEDICATION'), or the front matter
        named_there = len(listed) == 1 and listed[0] not in {r[2] for r in ranges}
        return paras, [("", None, listed[0] if named_there else FRONT_MATTER, 0, front_end), *ranges], \
            tuple({k + 1: v for k, v in d.items()} for d in keyed)
    if ranges[0][3] > used and front_end > used:
        # text between the title lines and the first heading: kept at the start of the first chapter, after its heading
        number, ordinal, ctitle, first, end = ranges[0]
        paras = paras[:used] + paras[front_end:first] + paras[used:front_end] + paras[first:]
        ranges = [(number, ordinal, ctitle, used + first - front_end, end), *ranges[1:]]
    return paras, ranges, keyed


# An author's line above the book's title is a name: 'Leon Trotsky', 'Henry C. Baird', 'Clara Winthrop Abbot'; not
# 'BOOK I', a contents line, a table's border or a title in parts ('DANGER OF MALARIA--ROMAN CATHOLIC RELICS')
_BYLINE = re.compile(r"\ufeff?(?:[A-Z][\w’'-]*\.?|(?:de|da|di|du|la|le|van|von|der)\b)(?:\s+(?:[A-Z][\w’'-]*\.?|(?:de|da|di|du|la|le|"
                     r"van|von|der)\b)){1,5}")


def _byline(text: str) -> bool:
    return bool(_BYLINE.fullmatch(text)) and text.lstrip("\ufeff").split()[0].upper() not in _HEADING_WORDS \
        and not _DIVISION.match(text.upper())


def front_matter(paras: list[Para], first_body: int) -> tuple[str | None, str | None, int]:
    """(author, title, paragraphs used) from the short title lines before the body.

    The sample style is an author line then a book-title line; a line 'by NAME' is the
    author wherever it stands.
    """
    lines = [p.text for p in paras[:first_body]]
    short = []
    for text in lines[:3]:
        if not _is_title_line(text):
            break
        short.append(text)
    short = short[:2] if not any(re.match(r"^(?:by|By|BY)\s", t) for t in short) else short
    author = title = None
    rest = []
    for text in short:
        m = re.match(r"^(?:by|By|BY)\s+(.+)$", text)
        if m and author is None:
            author = m.group(1).strip()
        else:
            rest.append(text)
    if author is None and len(rest) >= 2 and _byline(rest[0]):
        author, title = rest[0], rest[1]
    elif rest:
        title = rest[0]
    used = len(short) if author or not rest else len(short) - len(rest) + 1  # lines not read as the byline stay text
    return (title_case(author) if author else None), (title_case(title) if title else None), used
