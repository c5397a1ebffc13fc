"""Tables of contents: the lists of chapters a book prints before its text (or before each volume's)."""

from __future__ import annotations

import re

from producer.read.numerals import ROMAN as _ROMAN
from producer.read.numerals import number_value
from producer.read.paragraphs import Para
from producer.read.partlines import part_title
from producer.read.structure import (
    _BARE_ARABIC,
    _BARE_ROMAN,
    _CHAPTER,
    _CONTENTS,
    _DIVISION,
    _ROMAN_TITLED,
    ENTRY_LENGTH,
    TITLE_CAPITALS,
)
from producer.read.titles import title_case


def contents_list(paras: list[Para]) -> set[int]:
    """The paragraphs of the tables of contents ('CONTENTS' and its entries), which the book repeats as headings.

    A list at the front ends just before its first entry appears again in the text; lists of chapter
    headings with titles are found anywhere (see _chapter_lists). Without the repetition nothing is
    taken for a contents list.
    """
    found = _chapter_lists(paras)
    start = next((i for i, p in enumerate(paras[:400]) if _CONTENTS.match(p.text)), None)
    if start is None or start + 1 >= len(paras) or start in found:
        return found
    top = _under(paras, start)
    named = re.sub(r"\s+\d{1,4}$", "", paras[top].text)  # 'INTRODUCTION   1': a division and its page
    first = _entry(named if _DIVISION.match(named) else paras[top].text)
    again = next((j for j in range(top + 1, len(paras)) if _entry(paras[j].text) == first), None)
    if again is None or again - start >= 300 and any(len(p.text) > 2 * ENTRY_LENGTH for p in paras[start + 1: again]):
        again = _numbered_list_end(paras, start)  # far below, past prose: not the list's own end
    # (a long list, every paragraph of it short, ends there however far: Roberts's 68 chapters with synopses set
    # one phrase to a line, 450 paragraphs)
    while again is not None and again - 1 > start + 1 and (len(paras[again - 1].text) > ENTRY_LENGTH or paras[again - 1].text.endswith(":")):
        again -= 1  # 'Original Transcriber's Notes:' and its paragraph between the list and the text are not entries
    if again is not None and again - 1 > start + 1 and part_title(paras[again - 1].text):
        again -= 1  # 'PART ONE--The Old Buccaneer' over '1', where a list of numbered entries ends: the first part
    return found | (set(range(start, again)) if again is not None else set())


# A contents entry's number: "I. Hiram's Hospital", "CHAPTER I", "XII.   The Battle of the Atbara", "Chapter 3: Title"
# ... or a number in words: "          ONE  PLAYING PILGRIMS", "FORTY-SEVEN  HARVEST TIME"
_ENTRY_NUMBER = re.compile(rf"^(?:(?:CHAPTER|Chapter|CHAP\.|Chap\.)\s+)?(?P<num>{_ROMAN}|\d+|[A-Z]+(?:-[A-Z]+)?|[A-Z][a-z]+(?:-[a-z]+)?)\b\.?(?:$|[\s:—–-])")


def _numbered_list_end(paras: list[Para], start: int) -> int | None:
    """Where a contents list of numbered entries after paras[start] ('CONTENTS') ends: at the first heading whose
    number an entry already had ('Chapter I' after 'I. Hiram's Hospital'), or at the first line of prose. None
    unless the list numbers at least three entries and its first number comes again as a heading after it."""
    numbers: list[int] = []
    j = start + 1
    # an entry's title in capitals may run long ('IN WHICH IS CONCLUDED AND FINISHED THE TERRIFIC BATTLE ...')
    while j < len(paras) and j - start < 400 and len(text := paras[j].text) <= (TITLE_CAPITALS if text.isupper() else ENTRY_LENGTH):
        heading = _CHAPTER.match(text) or _BARE_ROMAN.match(text) or _BARE_ARABIC.match(text)  # '1' over its title
        if heading and number_value(heading.group("num")) in numbers:
            break
        if (m := _ENTRY_NUMBER.match(text)) and (value := number_value(m.group("num"))) is not None:
            numbers.append(value)
        j += 1
    if len(numbers) < 3:
        return None
    repeated = any((m := _CHAPTER.match(p.text) or _BARE_ROMAN.match(p.text) or _BARE_ARABIC.match(p.text))
                   and number_value(m.group("num")) == numbers[0]
                   for p in paras[j:])
    return j if repeated else None


def chapter_runs(paras: list[Para]) -> set[int]:
    """Every run of three or more chapter headings with no text between them, contents list or not: a list, never
    headings. A book's plan quoted in a letter ('Chap. I. The Mussulman Bayaderes of India.' ... 'Chap. VIII.') is
    kept as its text (contents_list, which the front matter leaves out, holds only lists whose entries come again)."""
    return _chapter_lists(paras, again=False)


def _chapter_lists(paras: list[Para], again: bool = True) -> set[int]:
    """Contents lists anywhere in the book (one per volume): runs of paragraphs that are each a chapter heading with
    its title ('CHAPTER XXI. GENERAL HALLECK IN COMMAND--...', '   I. A Scandal in Bohemia'), a named division, a part
    line or 'CONTENTS', holding at least three chapters, whose first chapter's title or heading comes again after the
    run. A part line just before the run's 'CONTENTS' goes with it: the volume's contents, not its text, follow it."""
    found: set[int] = set()
    i = 0
    while i < len(paras):
        j = i
        entries: list[tuple[str, str]] = []
        while j < len(paras):
            # 'CHAPTER I' / 'OF THE INTERVIEW THE CURATE AND THE BARBER HAD ...': an entry of two paragraphs
            untitled = _untitled_entry(paras, j, entries[-1][0] if entries else None)
            if not (_listed(paras[j].text) or untitled or j > i and (_CONTENTS.match(paras[j].text) or part_title(paras[j].text)
                                                                      or _part_subtitle(paras, j))):
                break
            if entry := _titled_entry(paras[j].text):
                entries.append(entry)
            elif untitled:
                entries.append((untitled, paras[j + 1].text))
            j += 2 if untitled else 1
        if len(entries) >= 3 and (not again or _comes_again(entries[0], paras[j:])):
            head = i - 1 if i and part_title(paras[i - 1].text) and _CONTENTS.match(paras[i].text) else i
            found |= set(range(head, j))
        i = max(j, i + 1)
    return found


def _part_subtitle(paras: list[Para], j: int) -> bool:
    """'BOOK 1.II.' / 'THE PAPER AGE': a part's title in capitals on the line under it."""
    return part_title(paras[j - 1].text) is not None and paras[j].text.isupper() and len(paras[j].text) <= ENTRY_LENGTH


def _titled_entry(text: str) -> tuple[str, str] | None:
    """(number, title) of a contents line that gives both: 'CHAPTER XXI. GENERAL HALLECK ...', 'I. A Scandal in Bohemia'."""
    m = _CHAPTER.match(text) or _ROMAN_TITLED.match(text)
    return (m.group("num"), m.group("title")) if m and m.group("title") else None


def _comes_again(entry: tuple[str, str], after: list[Para]) -> bool:
    """Whether a heading after the list repeats the entry: its chapter line, or a short line ending in its title
    ('ADVENTURE I. A SCANDAL IN BOHEMIA' for 'I. A Scandal in Bohemia')."""
    number, title = entry
    words = _entry(title)
    return any(((m := _CHAPTER.match(p.text)) and m.group("num") == number)
               or (len(p.text) <= ENTRY_LENGTH and words and _entry(p.text).endswith(words)) for p in after)


def listed_before_chapters(paras: list[Para], contents: set[int]) -> tuple[list[str], frozenset[str]]:
    """What a contents list gives before its first chapter or part: the named divisions ('DEDICATION', 'PREFACE'),
    title-cased, and every entry in capitals without its page number or full stop ('LETTER FROM WENDELL PHILLIPS,
    ESQ' and 'FREDERICK DOUGLASS' in Douglass's Narrative; see front.listed_divisions)."""
    names, entries = [], set()
    for i in sorted(contents):
        text = paras[i].text
        if _CHAPTER.match(text) or part_title(text):
            break
        if m := _DIVISION.match(text):
            names.append(title_case(m.group("title")))
        if not _CONTENTS.match(text):
            entries.add(re.sub(r"\s+\d{1,4}$", "", text).upper().rstrip(". "))
    return names, frozenset(entries)


def _untitled_entry(paras: list[Para], j: int, before: str | None = None) -> str | None:
    """The number of 'Chapter iv.' when its title follows as a paragraph of its own, inside a list of entries that goes
    on after them, or as the list's last, numbered one more than the entry `before` it; None otherwise."""
    m = _CHAPTER.match(paras[j].text)
    if m is None or m.group("title") or j + 2 >= len(paras) or len(paras[j + 1].text) > 2 * ENTRY_LENGTH:
        return None
    if _listed(paras[j + 2].text):
        return m["num"]
    # a title in capitals over the next entry ('CHAPTER II'), or over what follows the list when it is the last
    last = before is not None and number_value(m["num"]) == (number_value(before) or -1) + 1
    title = paras[j + 1].text
    capitals = title.isupper() and not part_title(title) and not _CHAPTER.match(title)
    return m["num"] if capitals and (last or _CHAPTER.match(paras[j + 2].text)) else None


def _listed(text: str) -> bool:
    """A line a contents list is made of: a chapter heading with its title, a named division, or 'CONTENTS'."""
    return _titled_entry(text) is not None or bool(_DIVISION.match(text) or _CONTENTS.match(text) or text in ("CONCLUSION", "APPENDIX"))


def _under(paras: list[Para], i: int) -> int:
    """The paragraph under paragraph `i` of a contents list, past the page column's head ('PAGE') if it has one."""
    k = i + 1
    return k + 1 if k + 1 < len(paras) and paras[k].text.strip(". ") in ("Page", "PAGE") else k


def _entry(text: str) -> str:
    """A contents entry or heading reduced to its words ('Chapter I      The Period' -> 'chapter i the period')."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def listed_titles(paras: list[Para], contents: set[int]) -> dict[int, str]:
    """The chapter titles the contents lists give, by chapter number ('CHAPTER V' / 'Letters--Lucy and Mina  51'); none
    when a number comes twice (a list per volume, each counting from I: which is meant cannot be told)."""
    titles: dict[int, str] = {}
    listed: set[int | None] = set()  # every chapter number listed, with a title or without ('CHAPTER I' under 'BOOK TWO')
    for i in sorted(contents):
        text = paras[i].text
        if entry := _titled_entry(text):
            num, title = entry
        elif m := _CHAPTER.match(text):
            k = _under(paras, i)
            untitled = m.group("title") or k not in contents or _CHAPTER.match(paras[k].text) or part_title(paras[k].text) \
                or _DIVISION.match(paras[k].text)
            num, title = m.group("num"), "" if untitled else paras[k].text
        else:
            continue
        value = number_value(num.upper() if re.fullmatch(_ROMAN.lower(), num) else num)
        if value in listed:
            return {}
        listed.add(value)
        if value is None or not title or len(title) > TITLE_CAPITALS:
            continue  # a synopsis of the chapter ('Prospects of a disputed succession--Various claimants--...'), no title
        titles[value] = title_case(re.sub(r"\s+\d{1,4}$", "", title).strip().rstrip("."))  # without its page number
    return titles
