"""Chapter headings, parts, contents lists and the title lines at the top of a text."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from producer.model import SCENE_BREAK, Diagnostic
from producer.read.cues import MONTH_NUMBERS, NAME_ABBREVIATIONS
from producer.read.headline import heading_line
from producer.read.numerals import ROMAN as _ROMAN
from producer.read.numerals import number_value
from producer.read.paragraphs import Para
from producer.read.partlines import numbered_part
from producer.read.titles import title_case

# ---- chapter headings ------------------------------------------------------------------

_NUMBER_WORD = r"[A-Za-z]+(?:[- ][A-Za-z]+)?"
_CHAPTER = re.compile(  # 'CHAPTER 1.5. HARPER'S FERRY': chapter 5 of volume 1, as some Gutenberg editions number them;
    # 'Chapter 1.1.I.': chapter I of book 1.1 (volume 1, book I: Carlyle's French Revolution)
    rf"^(?:CHAPTER|Chapter|CHAP\.|Chap\.)\s+(?:(?P<volume>\d{{1,2}}(?:\.\d{{1,2}})?)\.(?=\d|{_ROMAN}\b))?(?P<num>{_ROMAN}|\d+|{_NUMBER_WORD})\.?"
    r"(?:\[(?:\d{1,3}|\*{1,4}|†|‡)\])?"  # 'CHAPTER XVIII(*) -- CONCERNING ...': a note on the heading (markers.py)
    r"(?:\s*(?:--|[.:—–-])\s*(?P<title>\S.*?))?\s*$"  # 'CHAPTER I--THE LAND'
)
_BARE_ROMAN = re.compile(rf"^(?P<num>{_ROMAN})\.?$")
_TITLE_ABBREVIATIONS = re.compile(rf"\b(?:{'|'.join(NAME_ABBREVIATIONS)})\.", re.IGNORECASE)  # "MRS. JOHNSON TO LADY SUSAN"
# "I. The Period", "XII. THE FELLOW", "XXXV.--TO JOHN TAYLOR.", "XL.--TO MESSRS. TAYLOR AND HESSEY."
_ROMAN_TITLED = re.compile(rf"^(?P<num>{_ROMAN})(?:\.\s+|\.?\s*(?:--|—)\s*)"  # 'XIV--TO FANNY KEATS.' as printed
                           r"(?P<title>[A-Z](?:(?:\b(?:MR|MRS|MESSRS|DR|ST|Mr|Mrs|Messrs|Dr|St)\.)|[^.!?])*[^.!?:\s])\.?$")  # not a list's lead-in
# Divisions named, not numbered: a preface before the chapters, an appendix after them.
_DIVISION = re.compile(
    # 'INTRODUCTION TO THE SECOND EDITION', 'PRELUDE OF THE FOUNDER OF THE DANISH HOUSE': the word, then capitals
    # 'DEDICATION OF PART II.'
    r"^(?P<title>(?:PREFACE|INTRODUCTION|PROLOGUE|PRELUDE|EPILOGUE|MEMOIR|AUTOBIOGRAPHY|DEDICATION)(?:\s+(?:TO|OF|IN|FOR)\s+[A-Z][A-Z’' -]{2,60})?|"
    r"Preface|Introduction|Dedication|Prologue|Epilogue|Memoir|Autobiography|"
    r"CONCLUSION|Conclusion|CONCLUDING NOTE|Concluding Note|POSTSCRIPT|Postscript|AFTERWORD|Afterword|FOREWORD|Foreword|ADVERTISEMENT|Advertisement|"
    r"ETYMOLOGY|Etymology|EXTRACTS|Extracts|TO THE READER|To the Reader|PREFATORY NOTE|Prefatory Note|INDEX|Index|"
    r"(?:THE |The )?(?:AUTHOR|Author|TRANSLATOR|Translator|EDITOR|Editor)[’']S (?:PREFACE|Preface|NOTE|Note)|"
    r"(?:APPENDIX|Appendix)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?(?:\s+(?:TO|to)\s+(?:CHAPTER|Chapter)\s+(?:[IVXLC]+|\d+)|\s+TO\s+THE\s+[A-Z][A-Z’' -]{2,40})?)\.?$"
)
# "ADVENTURE I. A SCANDAL IN BOHEMIA", "STAVE ONE.", "Letter 4", "FEDERALIST No. 10": a word the book numbers its
# divisions with (numbered_by); 'Letter lxxvij.': lower-case numerals, the last i printed as j (18th-century editions)
_WORD_NUMBERED = re.compile(rf"^(?P<word>[A-Z][A-Z]+|[A-Z][a-z]+)\s+(?:(?:No|NO|Number|NUMBER)\.?\s+)?"
                            rf"(?P<num>{_ROMAN}|[ivxlcdm]*ij|[ivxlcdm]+|\d+|{_NUMBER_WORD})\.?"
                            r"(?:(?:\s*(?:--|[.:—–-])\s*|\s+)(?P<title>\S.*?))?\s*$")  # 'LETTER LXV.--TO CHARLES THOMSON'
_NOT_DIVISION_WORDS = {"BOOK", "PART", "VOLUME", "CHAPTER", "CHAP", "APPENDIX"}  # parts and chapters are read apart
_HEADING_WORDS = _NOT_DIVISION_WORDS | {"LETTER", "CANTO", "SECTION", "ACT", "SCENE", "STAVE", "ADVENTURE", "NO", "NUMBER"}
_CONTENTS = re.compile(r"^(?:CONTENTS|Contents|TABLE OF CONTENTS|Table of Contents)(?: OF VOLUME [IVX]+)?[.:]?$")
_BARE_NUMBER = re.compile(r"^(?P<num>\d{1,4})\.$")  # "216." alone, heading a numbered letter or section
_BARE_ARABIC = re.compile(r"^(?P<num>\d{1,3})$")  # Treasure Island's '1' alone over 'The Old Sea-dog at the Admiral Benbow'
# "30. GUNNAR GOES A-SEA-ROVING", "16. KING THEODORIC TO JULIANUS, COMES PATRIMONII [probably 508].": capitals, the editor's
# brackets as they come; not a contents line, whose number at the end is a page ("25. RECOMMENDING THE PRINCIPES 335")
_NUMBER_TITLED = re.compile(r"^(?P<num>\d{1,3})\.\s+(?P<title>[A-Z](?:[A-Z0-9'’,;.\-()? ]|\[[^\[\]]*\])*?(?:[A-Z)]|\[[^\[\]]*\]|A\.D\.\s\d{1,4}))(?:\[\d+\])?\.?$")
# 'NOTES', 'Notes to Chapter I', 'FOOTNOTES TO THE LETTERS OF PLINY]' (a work's notes, in a book of several works)
# '************ FOOTNOTES ******************': a banner of stars around the heading
NOTES_HEADING = re.compile(r"^(?:\*+ )?(?:NOTES|Notes|FOOTNOTES|Footnotes|ENDNOTES|Endnotes|NOTES TO CHAPTER .*|Notes to Chapter .*"
                            r"|(?:NOTES|FOOTNOTES) TO (?:THE )?[A-Z][A-Z ,.'’-]*\]?"
                            r"|(?:Notes|Footnotes) (?:to|on) (?:the )?[A-Z][\w'’-]*(?: [\w'’-]+){0,7})[.:]?(?: \*+)?$")  # 'Notes to Life of Geoffrey Chaucer'


@dataclass(frozen=True, slots=True)
class Heading:
    """A chapter heading found at paragraph `index`; `consumed` paragraphs belong to it."""

    index: int
    number: str | None  # None: a chapter titled, not numbered (see _set_apart_headings)
    ordinal: int | None
    title: str | None
    consumed: int
    label: str = "Chapter"  # the word the book numbers it with: "Adventure", "Letter"
    volume: str | None = None  # 'CHAPTER 1.5.': the volume whose chapters it numbers again from one


# A title in capitals under a chapter heading may run to a few lines: "GENERAL HALLECK IN COMMAND--COMMANDING THE
# DISTRICT OF CAIRO--MOVEMENT ON FORT HENRY--CAPTURE OF FORT HENRY." (Grant's memoirs run to 230 characters)
TITLE_CAPITALS = 300


# "CHICAGO, October 1, 189-", "St. Petersburgh, Dec. 11th, 17—.": a letter's dateline under its number, not a title
_DATELINE = re.compile(rf"^(?:[A-Z][\w.’' -]*,\s+)?(?:{'|'.join(MONTH_NUMBERS)})\.?\s+\d{{1,2}}(?:st|nd|rd|th|d)?,?\s+\d{{2,4}}\S*$",
                       re.IGNORECASE)


def _is_title_line(text: str, under_heading: bool = False) -> bool:
    if _DATELINE.match(text.replace("_", "").strip()):
        return False
    if re.search(r"\[(?:\d{1,3}[a-z]?|\*+)\]|(?<!\b[A-Z])[.!?]\s+[A-Z]", _TITLE_ABBREVIATIONS.sub("", text)):
        return False  # a note marker or two sentences: body text
    return 0 < len(text) <= (TITLE_CAPITALS if text.isupper() or under_heading and _title_cased(text) else 100) and not re.search(r"[.;,:](?:[—–]|--?)?\s*$", text.rstrip(".")) and not (text.startswith(("“", '"', "[")) and not (under_heading and _QUOTED_TITLE.fullmatch(text))) \
        and (text.isupper() or not text.endswith("."))


# '27' over '“Pieces of Eight”': a title in quotation marks; not '“TOM!”', the chapter's first words
_QUOTED_TITLE = re.compile(r"“[^“”!?.,;:]{1,40}\s[^“”!?.,;:]{1,40}”|\"[^\"!?.,;:]{1,40}\s[^\"!?.,;:]{1,40}\"")


def _title_cased(text: str) -> bool:
    """Every word of four letters or more capitalized, as a long title wrapped over lines is printed in some editions:
    'Physical Aspect Of The Country--Sources Of Peruvian Civilization-- Empire Of The Incas--Royal Family--Nobility'."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 4 and all(w[0].isupper() for w in words)


_TITLE_SENTENCE_WORDS = 40
# 'Letter lxxvij.' over 'From Olivia to Mr L----.': whose letter it is, a title though it ends in a full stop
_LETTER_TITLE = re.compile(r"^(?:From\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'*—-]+){0,4}\s+to\s+[A-Z][\w.’'*—-]*(?:\s+[\w.’'*—,-]+){0,5}\.?$")
ENTRY_LENGTH = 120  # a contents entry or numbered division's line longer than this is prose


def _set_apart_title(paras: list[Para], i: int) -> bool:
    """A title in sentences under a heading that the layout sets apart from the text, with more blank lines after it
    than between paragraphs: 'Chapter i.' / 'The introduction to the work, or bill of fare to the feast.'"""
    text = paras[i].text
    if len(text.split()) > _TITLE_SENTENCE_WORDS or not text.endswith(".") or i + 1 >= len(paras):
        return False
    return paras[i + 1].line - paras[i].last_line > 2


def _title_run(paras: list[Para], i: int) -> int:
    """How many paragraphs from `i` make a title under a heading: a line in capitals; or up to three title lines in
    mixed case with a blank line after the last ('Peru At The Time Of The Conquest--Reign Of Huayna Capac-' /
    'The Inca Brothers--...'). 0 when the lines run on into text: 'II' / 'WENT he forth to find at fall of night'
    with the poem's next line under it opens the poem."""
    if paras[i].text.isupper():
        return 1
    for k in range(i, min(i + 3, len(paras) - 1)):
        if k > i and not _is_title_line(paras[k].text, under_heading=True):
            return 0
        if paras[k + 1].line - paras[k].last_line > 1:
            return k - i + 1
    return 0


def find_headings(paras: list[Para], skip: set[int]) -> list[Heading]:
    """Chapter headings: 'CHAPTER XXXVI', 'Chapter 3', 'III.', each optionally followed by a title line; `skip` holds
    the paragraphs of contents lists (contents.contents_list)."""
    headings: list[Heading] = []
    word = numbered_by(paras)
    for i, p in enumerate(paras):
        if i in skip or (headings and headings[-1].index + headings[-1].consumed > i):
            continue  # a contents list, or the title line of the heading before ("Chapter XXI", "CONCLUSION")
        m = _CHAPTER.match(p.text) or (_BARE_ROMAN.match(p.text) if i + 1 < len(paras) else None) or _numbered(p.text, word)
        if m is None and len(p.text.split()) <= 10:
            m = _ROMAN_TITLED.match(p.text)
        if m is None and len(p.text.split()) <= 18:  # in capitals: "4. KING THEODORIC TO THE SENATE OF THE CITY OF ROME."
            m = _NUMBER_TITLED.match(p.text)
        division = _DIVISION.match(p.text) if m is None else None
        if division and headings and headings[-1].number and headings[-1].index + headings[-1].consumed == i:
            division = None  # 'Chapter I: The Extent Of The Empire' / 'Introduction.': the chapter's first section
        if division:  # "PREFACE", "APPENDIX TO CHAPTER I": a division of its own, with no number
            headings.append(Heading(i, "", None, title_case(division.group("title")), 1))
            continue
        bare_number = m is None and bool(_BARE_NUMBER.match(p.text))
        if bare_number and i + 2 < len(paras) and _is_title_line(paras[i + 1].text) and paras[i + 1].text.isupper():
            m = _BARE_NUMBER.match(p.text)  # "216." then "TO STEINER & CO.": a number needs a capitals title after it
        elif m is None and i + 2 < len(paras) and _is_title_line(paras[i + 1].text, under_heading=True):
            m = _BARE_ARABIC.match(p.text)
        if not m:
            continue
        num = m.group("num")
        if re.fullmatch(r"[ivxlcdm]*ij|[ivxlcdm]+", num):  # "Chapter i.", "Letter lxxvij." as some editions print them:
            num = re.sub("J$", "I", num.upper())  # the numerals are I and LXXVII, for the eye and the ear
        ordinal = number_value(num)
        if ordinal is None and num.lower() != "the last":  # "Chapter the last." has no number to give
            continue
        title = m.groupdict().get("title")
        consumed = 1
        nxt = paras[i + 1].text if i + 1 < len(paras) else ""
        whose = "word" in m.groupdict() and bool(_LETTER_TITLE.match(nxt))  # 'Letter lxxvij.' / 'From Olivia to Mr L----.'
        run = _title_run(paras, i + 1) if title is None and i + 2 < len(paras) and _is_title_line(nxt, under_heading=True) else 0
        if title is None and i + 2 < len(paras) and (run or _set_apart_title(paras, i + 1) or whose) \
                and not _CHAPTER.match(nxt) and not _BARE_ROMAN.match(nxt) and (whose or heading_line(nxt.replace("_", "")) is None):
            # not 'Letter from Miss Mina Murray to Miss Lucy Westenra.' under 'CHAPTER V': its first document's heading
            title, consumed = " ".join(p.text for p in paras[i + 1: i + 1 + max(run, 1)]), 1 + max(run, 1)
        label = m.group("word").capitalize() if "word" in m.groupdict() else "Chapter"
        headings.append(Heading(i, num, ordinal, title_case(title.strip().rstrip(".")) if title else None, consumed, label,
                                m.groupdict().get("volume")))
    # "C." and "D." alone: lettered fragments ("A.", "B.", "C."), not chapters 100 and 500, unless chapter 99 or 499 came before
    headings = [h for k, h in enumerate(headings) if not re.fullmatch(r"[LCDM]\.?", paras[h.index].text)
                or (k and headings[k - 1].ordinal == (h.ordinal or 0) - 1)]
    headings = _without_lists(paras, headings)
    if all(not h.number for h in headings):  # named divisions count only beside numbered chapters
        books = _books_as_chapters(paras, skip)
        return _in_order(paras, sorted(headings + books, key=lambda h: h.index)) if books else _set_apart_headings(paras, skip)
    if word and not any(_CHAPTER.match(paras[h.index].text) for h in headings):
        # 'VII. THE ADVENTURE OF THE BLUE CARBUNCLE' after 'ADVENTURE VI. ...': the book has no chapters, only adventures
        headings = [replace(h, label=word.capitalize()) if h.number else h for h in headings]
    return _titles_by_habit(paras, _in_order(paras, headings))


def _without_lists(paras: list[Para], headings: list[Heading]) -> list[Heading]:
    """The headings without the items of a list in the text: 'II.  A new dormitory is being built.' with '       A. Its
    material is:' on the line under it; one "12." or "I. The Point" alone; one or two '7's alone, a poem's sections."""
    headings = [h for h in headings if not _ROMAN_TITLED.match(paras[h.index].text) or h.index + 1 >= len(paras)
                or paras[h.index + 1].line - paras[h.index].last_line > 1]
    for pattern in (_BARE_NUMBER, _ROMAN_TITLED, _NUMBER_TITLED, _BARE_ARABIC):
        odd = [h for h in headings if pattern.match(paras[h.index].text)]
        if len(odd) < (3 if pattern is _BARE_ARABIC else 2):
            headings = [h for h in headings if h not in odd]
    return headings


def _books_as_chapters(paras: list[Para], skip: set[int]) -> list[Heading]:
    """A work divided into books (or parts) and nothing under them, as an epic is (Pope's Iliad: 'BOOK I.' to 'BOOK
    XXIV.'): each is a chapter that the book numbers by its word, when three or more count 1, 2, 3 on."""
    found = []
    for i, p in enumerate(paras):
        if i not in skip and len(p.text) <= ENTRY_LENGTH and (part := numbered_part(p.text)):
            word, num, title = part
            if value := number_value(num.upper() if re.fullmatch(_ROMAN.lower(), num) else num):
                found.append(Heading(i, num, value, title, 1, word))
    return found if len(found) >= 3 and _counts_on([h.ordinal or 0 for h in found]) else []


_HABIT = 6  # numbered chapters a book needs before the habit of its titles tells
_HABIT_TITLE = re.compile(r"[A-Z][^.!?“”\"]{0,80}[.!?]")  # 'Louis the Well-Beloved.', 'O Nature!'


def _titles_by_habit(paras: list[Para], headings: list[Heading]) -> list[Heading]:
    """Whether a short line under a chapter's number is its title is the book's habit, not the line's. In War and
    Peace, 'CHAPTER II' / 'What force moves the nations?' opens the text: two such lines in 365 chapters, and no other
    chapter has a title. In Carlyle's French Revolution 'Chapter 1.1.I.' / 'Louis the Well-Beloved.' is a title, as a
    line of a few words ending in a full stop is under three chapters in four."""
    numbered = [h for h in headings if h.number and h.label == "Chapter"]
    if len(numbered) < _HABIT:
        return headings
    titled = [h for h in numbered if h.title]
    if titled and 4 * len(titled) < len(numbered) and all(h.consumed == 2 and not paras[h.index + 1].text.isupper() for h in titled):
        headings = [replace(h, title=None, consumed=1) if h in titled else h for h in headings]
        numbered, titled = [h for h in headings if h.number and h.label == "Chapter"], []

    def line_title(h: Heading) -> bool:
        k = h.index + 1
        return h.consumed == 1 and k + 1 < len(paras) and len(paras[k].starts) <= 1 and len(paras[k].text.split()) <= 10 \
            and bool(_HABIT_TITLE.fullmatch(paras[k].text))
    if not titled and 4 * sum(map(line_title, numbered)) >= 3 * len(numbered):
        return [replace(h, title=title_case(paras[h.index + 1].text.rstrip(".")), consumed=2) if h in numbered and line_title(h)
                else h for h in headings]
    return headings


_SET_APART = 3  # blank lines above a title in capitals that heads an unnumbered chapter (2 between its parts)


def _set_apart_headings(paras: list[Para], skip: set[int]) -> list[Heading]:
    """A book whose chapters have titles and no numbers (Jekyll and Hyde's 'STORY OF THE DOOR'): lines in capitals
    with at least _SET_APART blank lines above and two below, where at least three are, each over text."""
    found = [Heading(i, None, None, title_case(p.text.rstrip(".")), 1) for i, p in enumerate(paras)
             if i < len(paras) - 1 and i not in skip and p.text.isupper() and _is_title_line(p.text)
             and (i == 0 or p.line - paras[i - 1].last_line > _SET_APART) and paras[i + 1].line - p.last_line > 2
             and not paras[i + 1].text.isupper() and not heading_line(p.text)]
    return found if len(found) >= 3 else []


def _in_order(paras: list[Para], headings: list[Heading]) -> list[Heading]:
    """The headings of the numbered-list forms kept only where their numbers run in order."""
    # "I. The Period", "II. The Mail": counted in order (restarting at I in a new part; an excerpt may start at XXXV when
    # XXXVI follows); a lone "L. VAN BEETHOVEN." is a signature
    titled = [h for h in headings if _ROMAN_TITLED.match(paras[h.index].text)]
    last = 0
    for k, h in enumerate(titled):
        goes_on = k + 1 < len(titled) and titled[k + 1].ordinal == (h.ordinal or 0) + 1
        # a run may open anywhere, and go on over one number the text garbles (warned of as skipped)
        if h.ordinal in (1, last + 1) or goes_on and (not last or h.ordinal == last + 2):
            last = h.ordinal or 0
        else:
            headings.remove(h)
    # "1. OF FIDDLE MORD" ... "30. GUNNAR GOES A-SEA-ROVING": numbers only go up (an excerpt may skip some), or start
    # again at 1 (a collection's letters numbered book by book)
    last = 0
    for h in [h for h in headings if _NUMBER_TITLED.match(paras[h.index].text)]:
        if (h.ordinal or 0) > last or h.ordinal == 1:
            last = h.ordinal or 0
        else:
            headings.remove(h)
    last = 0  # '1', '2', '3' alone over their titles: one after another, or again from 1 (a new part)
    arabic = [h for h in headings if _BARE_ARABIC.match(paras[h.index].text)]
    kept = []
    for k, h in enumerate(arabic):  # a run goes on over one number the text garbles, or opens where its next follows
        if h.ordinal in (1, last + 1, last + 2) or k + 1 < len(arabic) and arabic[k + 1].ordinal == (h.ordinal or 0) + 1:
            last = h.ordinal or 0
            kept.append(h)
    if len(kept) < 2 * len(arabic) / 3:
        kept = []  # most out of order: the numbered sections of poems ('Song of Myself' 1 to 52, and the next), not chapters
    return [h for h in headings if h in kept or h not in arabic]


def numbered_by(paras: list[Para]) -> str | None:
    """The word other than 'Chapter' a book numbers its divisions with ('ADVENTURE I. ...', 'STAVE TWO'): the one that
    opens short lines whose numbers go up in the order they stand (see _counts_on)."""
    runs: dict[str, list[tuple[int, int]]] = {}
    chapters = [i for i, p in enumerate(paras) if _CHAPTER.match(p.text)]
    for i, p in enumerate(paras):
        m = _WORD_NUMBERED.match(p.text) if len(p.text) <= ENTRY_LENGTH else None
        if m and m.group("word").upper() not in _NOT_DIVISION_WORDS and (value := number_value(m.group("num"))):
            runs.setdefault(m.group("word").upper(), []).append((value, bisect.bisect(chapters, i)))
    fits = [w for w, found in runs.items() if _counts_on([v for v, _ in found]) and not _inside_one_chapter([c for _, c in found])]
    return fits[0] if len(fits) == 1 else None


def _counts_on(values: list[int]) -> bool:
    """Numbers that go up, starting 1, 2, 3; or, in an excerpt from the middle of a book, five in a row ('Letter
    lxxiv.', 'Letter lxxv.', ...)."""
    first = values[:3] == [1, 2, 3] or len(values) >= 5 and values[:5] == list(range(values[0], values[0] + 5))
    return first and all(b > a for a, b in itertools.pairwise(values))


def _inside_one_chapter(chapters: list[int]) -> bool:
    """'LETTER I.' .. 'LETTER III.' all after the same 'CHAPTER' line (`chapters`: how many came before each) are
    that chapter's documents, not divisions; before the first chapter they may be ('Letter 1' .. 'Chapter 1')."""
    return len(set(chapters)) == 1 and chapters[0] > 0


def _numbered(text: str, word: str | None) -> re.Match[str] | None:
    m = _WORD_NUMBERED.match(text) if word else None
    return m if m and m.group("word").upper() == word else None


# "Chapter I: The Extent Of The Empire In The Age Of The Antonines.--Part II.": an e-text's cut, not a chapter
_CONTINUED = re.compile(r"[.,;:]?\s*(?:--|[—–])?\s*\(?\b(?:Part|PART)\s+(?:[IVXL]+|\d+)\)?\.?$")


def sections_as_breaks(paras: list[Para], headings: list[Heading]) -> list[Para]:
    """A chapter's numbered sections as scene breaks: 'I.' right under 'ADVENTURE I. A SCANDAL IN BOHEMIA' left out
    (it only opens the text), then 'II.', 'III.' between its paragraphs, until the next heading of another form. A
    chapter's heading repeated with '--Part II.' where an edition cut it in files is left out: the chapter goes on."""
    marks: dict[int, bool] = {}  # paragraph -> whether it stays, as a break
    retitled: set[int] = set()  # the first part's heading, which loses its 'Part I.'
    for before, h in itertools.pairwise(headings):
        if h.title and before.title and h.ordinal == before.ordinal and _CONTINUED.search(h.title) \
                and _CONTINUED.sub("", h.title) == _CONTINUED.sub("", before.title):
            marks[h.index] = False
            retitled |= {before.index} - set(marks)
    for k, h in enumerate(headings[:-1]):
        first = headings[k + 1]
        if _bare(paras[h.index].text) or not _bare(paras[first.index].text) or first.index != h.index + h.consumed \
                or first.ordinal != 1 or first.consumed != 1:
            continue
        run = [first]
        for later in headings[k + 2:]:
            if not _bare(paras[later.index].text) or later.ordinal != (run[-1].ordinal or 0) + 1 or later.consumed != 1:
                break
            run.append(later)
        marks |= {r.index: r is not first for r in run}
    if not marks:
        return paras  # the same list: the caller's headings still hold
    return [replace(p, text=SCENE_BREAK) if marks.get(i) else replace(p, text=_CONTINUED.sub("", p.text)) if i in retitled else p
            for i, p in enumerate(paras) if marks.get(i) is not False]


def _bare(text: str) -> bool:
    return bool(_BARE_ROMAN.match(text) or _BARE_NUMBER.match(text))


def named_division(title: str | None) -> bool:
    """A title naming a division ('Preface', 'Appendix to the Memoir'), never a letter's heading."""
    return bool(title and _DIVISION.match(title.upper()))


def is_notes_heading(text: str) -> bool:
    """A 'NOTES' / 'Footnotes' heading line before a notes section."""
    return bool(NOTES_HEADING.match(text))


def numbering_warnings(paras: list[Para], headings: list[Heading], parts: dict[int, str]) -> list[Diagnostic]:
    """Warn (at the heading) of a chapter number given twice or skipped; a new part may start again at one."""
    found: list[Diagnostic] = []
    previous: int | None = None
    previous_number, previous_label = "", ""
    for k, h in enumerate(headings):
        if h.ordinal is None:
            continue
        if k in parts or h.ordinal == 1 or h.label != previous_label:  # 'Letter 4', then 'Chapter 1'
            previous = None
        p = paras[h.index]
        if previous is not None and h.ordinal == previous:
            found.append(Diagnostic("chapter-number", "warning",
                                    f"{h.label.lower()} {h.number} comes twice; check the heading or fix it in a sidecar", p.line, 1))
        elif previous is not None and h.ordinal > previous + 1:
            found.append(Diagnostic("chapter-number", "warning",
                                    f"{h.label.lower()} {h.number} follows {h.label.lower()} {previous_number}: one may be missing", p.line, 1))
        previous, previous_number, previous_label = h.ordinal, h.number or "", h.label
    return found
