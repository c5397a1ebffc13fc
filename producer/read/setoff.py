"""Documents set off without quotation marks: heading, date and address lines, body, signature."""

from __future__ import annotations

import functools
import re

from producer.read.addresses import addressee_under
from producer.read.cues import (
    CLOSING_LINE,
    DATED_SALUTATION,
    GIVEN_NAME_ABBREVIATIONS,
    HOUR_LINE,
    LETTER_NUMBER,
    MONTH_WORD,
    MONTHS,
    NAME_UNDER_CLOSING,
    PLACE_AND_WEEKDAY,
    QUERY_MARK,
    RANKS,
    SIGNED_MARK,
    TITLE_WORDS,
    US_STATES,
    WEEKDAY_LINE,
    WEEKDAYS,
)
from producer.read.dates import DateContext
from producer.read.fields import is_org, names_in
from producer.read.headline import caps_heading, heading_line, person_heading
from producer.read.kinds import TOLD_AS_FOLLOWS, kind_of
from producer.read.quotes import ends_with_colon, talk_closes
from producer.read.signatures import OPENING_SALUTATION, SALUTATION_OPENING, signs_off
from producer.read.titles import title_case

_MAX_LINES = 15  # paragraphs a set-off document may span when a signature closes it
_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s*$")
_RUN_ON = re.compile(r"(?:,|\b[a-z]+)$")  # a paragraph that runs on into the name under it: the letter's close


def _is_sentence(text: str) -> bool:
    """A body sentence, not a header line: 'Robin MacRae Smiled today.', not 'Whitehall, S.W.'."""
    return len(text.split()) >= 4 and bool(_SENTENCE_END.search(text))

_SIGNED = re.compile(rf"^{SIGNED_MARK}\s+\S")
_INITIAL = rf"(?:[A-Z]|{'|'.join(a.upper() for a in GIVEN_NAME_ABBREVIATIONS)})\.\s?"  # 'J.', 'ROBT.'
_CAPS_NAME = rf"(?:{_INITIAL})*(?:Ma?c)?[A-Z][A-Z'’\-]+(?:\s+(?:{_INITIAL})*(?:Ma?c)?[A-Z][A-Z'’\-]+){{0,3}}"  # "SALLIE McBRIDE"
_SIGNATURE = re.compile(rf"^(?:(?:[A-Z]\.\s?){{1,4}}|{_CAPS_NAME}[.,]?|{_CAPS_NAME},\s+[A-Z][\w’'.\-]+(?:,?[ -][\w’'.\-]+){{0,9}}\.?|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,5}},\s+{_CAPS_NAME}\.?|[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){{0,10}}\s+(?:[A-Z]\.\s?)*[A-Z][A-Z'’\-]{{2,}}\.?)$")
_NAME_LINE = re.compile(r"^(?:[A-Z]\.\s?|[A-Z][a-z]{1,3}:\s)*(?:Ma?c[A-Z][a-z’'\-]*|[A-Z][a-z’'\-]+)(?:\s+(?:von\s+|de\s+)?(?:Ma?c)?[A-Z][a-z’'\-]+){0,2}\.$")  # "S. McB."
_NOT_NAMES = frozenset({"agreed", "approved", "yes", "no", "done", "granted", "refused", "accepted", "forward", "received",
                        "noted", "understood", "impossible", "good", "thanks", "enough", "never", "certainly"})
_PLACE_TO_PLACE = re.compile(r"^[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+to\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\.$")
# "Rowan, Commissioner of Police, Scotland Yard:": a name, an office and a place, over the body of a telegram
_NAME_OFFICE_TO = re.compile(r"^[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2},\s+[A-Z][\w’' ,\-]{3,60}:$")
_BOOK_END = re.compile(r"^(?:THE END|The End|FINIS|Finis)\.?$")
# "J. Moore, Captain,": initials, a name and a rank, signing under the closing
_NAME_AND_RANK = re.compile(rf"^(?:[A-Z]\.\s?)+[A-Z][a-z’'\-]+,\s+(?:{'|'.join(re.escape(r) for r in RANKS)})[.,]?$")
_FROM_LINE = re.compile(r"^From\s+[A-Z][\w.’'\-]*(?:,?\s+[\w.’'\-]+){0,8}\.$")  # "From Captain Moore, H.M. 32d Foot."
_BY_ORDER_ALONE = re.compile(r"^By (?:order|command)\.$")  # under a signature: he signed for his chief
_RANK_LINE = re.compile(r"^[A-Z0-9][\w’'\-]*(?:\s+[\w’'\-]+){0,7}\.$")  # "Commanding the Expedition."
_NUMBERED_ADDRESS = re.compile(rf"^{LETTER_NUMBER}(?:To|TO)\s+\S")
_ADDRESS = re.compile(rf"^(?:{LETTER_NUMBER})?(?:To|TO)\s+\S")
_SALUTATION = re.compile(rf"^(?:{DATED_SALUTATION})?(?:(?i:my\s+)?(?i:dear|dearest)|Sir|Madam|Gentlemen|Comrades?|Friends?|Citizens?|Soldiers|Workers)\b"
                         r"(?:[^.]|\b(?i:mrs|mr|dr|st)\.){0,60}[,!:]$")  # "DEAR MRS. JERVIS,"
# "Yours, for the present,", "Most cordially yours,", "Affectionately your friend,"
# "Major-General SHERMAN, Atlanta:", "General J. B. HOOD, commanding army of Tennessee.", "MAJOR-GEN. BUTTERFIELD AND
# GEN. HOOKER.": a rank and a name in capitals, or two
_RANKED = rf"(?i:{'|'.join(re.escape(r) for r in RANKS)})\s+(?:[A-Z]\.\s?)*[A-Z][A-Z'’\-]{{2,}}(?:\s+[A-Z][A-Z'’\-]{{2,}})?"
RANK_ADDRESS = re.compile(rf"^{_RANKED}(?:\s+(?:AND|and|&)\s+{_RANKED})?(?:,[^:]*)?[.:]?$")
_RANK_SIGNATURE = re.compile(rf"^{_RANKED}\.?$")  # "GEN. HOOKER" under a dispatch
# "By order of Major-General W. T. Sherman,": the order is his, whoever signs under it
BY_ORDER = re.compile(rf"^By (?:order|command|direction) of (?:the\s+)?(?:(?:{'|'.join(re.escape(r) for r in RANKS)})\s+)?(?P<name>[^,:]+)")
_WHERE_FROM = re.compile(r"^(?:HEADQUARTERS|HEAD-QUARTERS|HEAD QUARTERS|Headquarters|Head-quarters|CAMP|Camp) ")
_TO_HEADING = re.compile(r"^(?:TO|FROM)\s+(?:THE\s+)?[A-Z]")
_POSTSCRIPT = re.compile(r"^(?:P\.\s?)+S\.|^PS\b")
PLACE_AND_YEAR = re.compile(r"(?P<place>[^\d]+?),?\s+\[?(?P<year>1\d{3})\]?\.?")  # 'NEW ORLEANS, 1883.' (fullmatch)
YEAR_LINE = re.compile(r"^\[?(1\d{3})\.?\]?\.?$")  # '1886.', '[1831.]'
_QUERIED = re.compile(rf"\s*{QUERY_MARK}$")
_CLAUSE = re.compile(r"^(?:\d{1,2}|[a-z]|[IVX]+)[.)]\s+\S")


def heads_a_letter(text: str) -> bool:
    """A letter's heading that names whom it is to, or from whom: 'TO MADAME DE LAFAYETTE.', 'THE MARQUIS DE SEGUR TO
    M. DE LAFAYETTE.', 'From C. Darwin, Esq., to G. J. Romanes.'"""
    return bool(_TO_HEADING.match(text)) and text.isupper() or caps_heading(text) is not None or person_heading(text) is not None


@functools.lru_cache(maxsize=8192)  # each line is asked about four times (Jefferson's letters: 8,818 for 2,228); per book, see plaintext.read_text
def line_role(text: str, after_body: bool) -> str | None:
    """The set-off role of a paragraph: heading, dateline, address, salutation, closing, signature; None for body."""
    text = _QUERIED.sub("", text)  # 'GEN. HOOKER (?)': the editor unsure whose name it is, a signature all the same
    words = len(text.split())
    if _BOOK_END.match(text):
        return None  # "THE END": the book's, not a signature
    if not after_body and caps_heading(text):
        return "heading"  # "CHARLES DARWIN TO J.S. HENSLOW. Shrewsbury, Tuesday [August 30?, 1831]."
    if WEEKDAY_LINE.match(text) or text.isupper() and WEEKDAY_LINE.match(text.title()):
        return "dateline"  # "Tuesday.", "Thursday afternoon.", "DECEMBER": the next letter's date, never a signature
    if _SALUTATION.match(text) and words <= 10:
        return "salutation"  # "DEAR SIR,", "MY DEAREST MISS DUNSTABLE,": though in capitals, never a signature
    if after_body and heads_a_letter(text):
        return "heading"  # "TO MADAME DE LAFAYETTE.": the next letter's heading, never this one's signature
    if after_body and _NAME_LINE.match(text) and text.rstrip(".").lower() not in _NOT_NAMES:
        return "signature"  # "Wendrich." under a telegram
    if not after_body and words <= 6 and _PLACE_TO_PLACE.match(text):
        return "heading"  # "Suez to London.": a telegram's route, over its address
    if after_body and _WHERE_FROM.match(text) and not _dated(text):
        return "heading"  # "HEADQUARTERS AT MILAN,": where a document was written, the top of the next one
    if after_body and BY_ORDER.match(text):
        return "signature"  # "By order of Major-General W. T. Sherman," above the officer who signs for him
    if after_body and (_NAME_AND_RANK.match(text) or _BY_ORDER_ALONE.match(text) or _RANK_SIGNATURE.match(text)):
        return "signature"
    if _SIGNED.match(text) or (after_body and len(text) <= 70 and _SIGNATURE.match(text) and not text.endswith((":", "!"))) \
            or (after_body and words <= 12 and text.isupper() and text.endswith(".") and re.search(r"[A-Z]{3}", text)
                and not re.search(r"[A-Z]--[A-Z]", text.replace("_", ""))):  # not a letter's argument, 'OPENED--GARRICK.'
        return "signature"
    if words <= 12 and (_ADDRESS.match(text) or RANK_ADDRESS.match(text) or _NAME_OFFICE_TO.match(text)) and not after_body:
        return "address"  # "Rowan, Commissioner of Police, Scotland Yard:" too
    if words <= 14 and not after_body and _dated(text) and not ends_with_colon(text):
        return "dateline"  # "IN THE FIELD, ATLANTA, GEORGIA, September 17, 1864.": a date line, though mostly capitals
    if not after_body and words <= 8 and re.match(r"^[A-Z]", text) and kind_of(text.lower()) and not ends_with_colon(text) \
            and not re.search(r"\b(?:I|we|he|she|they|was|were|had)\b", text):
        return "heading"  # "Telegram in cipher. No. 214."
    if words <= 10 and not after_body and (any(r.kind != "rel" for r in DateContext().scan(text)) or PLACE_AND_WEEKDAY.match(text)) \
            and not ends_with_colon(text):  # not 'Before that day, if any Greek invite': no date of its own
        return "dateline"  # 'ST. LOUIS, Mch. 1860.', though mostly capitals
    if not after_body and "," in text and (by_year := PLACE_AND_YEAR.fullmatch(text)) \
            and place_line(title_case(by_year.group("place"))):
        return "dateline"  # 'NEW ORLEANS, 1883.', 'Paris, 1785.': where, and the year only
    if not after_body and words <= 20 and mostly_capitals(text) and re.search(r"[A-Z]{2}", text):
        return "heading"
    if after_body and CLOSING_LINE.match(text) and words <= 10:
        # "Yours very sincerely, Alfred Penrose.": the closing carries the signature
        return "signature" if re.search(r",\s+(?:[A-Z]\.\s?)*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*\.?$", text) else "closing"
    return None


# a place on a line of its own: "Upper Seymour Street.", "Boxall Hill,", "Isle of Wight."
_PLACE_LINE = re.compile(r"^[A-Z][\w’'\-]+(?:\s+(?:of|de|the|[A-Z][\w’'\-]+)){0,4}[.,]?$")
_NOT_PLACE_WORDS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS, *RANKS, *TITLE_WORDS, "Sir", "Madam", "Gentlemen", "Sirs",
                                                  "Friend", "Friends", "Dear", "My", "Comrade", "Comrades", "To"))  # "CAUTION TO THE NEGROES."


def place_line(text: str) -> bool:
    """A line that is only a place's name (no date): a letter's undated heading line."""
    name = text.rstrip(".,")
    return bool(_PLACE_LINE.match(text)) and not {w.lower() for w in re.split(r"[\s\-]+", name)} & _NOT_PLACE_WORDS \
        and names_in(name) == [name] and not is_org(name)


def _header_line(text: str, below: str | None, above: str | None) -> str | None:
    """The role of a header line that has none of its own, read with the lines around it."""
    if below is not None and len(text.split()) <= 4 and text.rstrip().endswith(",") \
            and (line_role(below, False) == "dateline" or YEAR_LINE.match(below)):
        return "dateline"  # "Cape Town," / "November 20th, 1899.": a date line broken over two lines ('MOSCOW,' / '1886.')
    if above == "dateline" and YEAR_LINE.match(text):
        return "dateline"  # 'MOSCOW,' / '1886.': the year alone under the place
    if below is not None and place_line(text) and (line_role(below, False) in ("dateline", "salutation") or OPENING_SALUTATION.match(below)):
        return "dateline"  # "Upper Seymour Street." above "My dear Alicia,--": where it was written, undated
    if above == "address" and _destination_line(text):
        return "address"  # "MAJOR-GENERAL J. M. SCHOFIELD," / "Knoxville, Tenn.:": where it was sent
    return None


def head_role(texts: list[str], i: int, above: str | None) -> str | None:
    """The role of paragraph `i` as a header line, read with the line under it and the role of the one above."""
    role = line_role(texts[i], False)
    if role in (None, "heading"):
        role = _header_line(texts[i], texts[i + 1] if i + 1 < len(texts) else None, above) or role
    return role


def _destination_line(text: str) -> bool:
    """A place alone, or with its state, under an address: 'Knoxville, Tenn.:', 'Washington, D. C.'"""
    parts = [p.strip(" .") for p in text.replace("_", "").rstrip(":.,; ").split(",")]
    return place_line(parts[0]) and all(not p or {p.lower(), p.lower() + "."} & US_STATES for p in parts[1:])


def mostly_capitals(text: str) -> bool:
    """A line set (mostly) in capitals: a heading, not a sentence."""
    letters = sum(map(str.isalpha, text))  # map over str methods: a paragraph is counted in C, not a generator
    return bool(letters) and sum(map(str.isupper, filter(str.isalpha, text))) >= 0.75 * letters


# "October 1, 189-", "Dec. 11th, 17—": a day whose year the book leaves blank
BLANK_YEAR = re.compile(rf"\b(?:{MONTH_WORD}|[A-Z][a-z]{{2}}\.)\s+\d{{1,2}}(?:st|nd|rd|th|d)?,?\s+1\d{{1,2}}[-—–]+(?=[\s.,]|$)")


def _dated(text: str) -> bool:
    """The line names a day of a year ("September 17, 1864", "3d May 1796"), or of a year left blank ("May 4, 189-")."""
    return any(r.iso and len(r.iso) == 10 for r in DateContext().scan(text)) or bool(BLANK_YEAR.search(text))


def _next_header(texts: list[str], i: int, end: int) -> bool:
    """A header group starts at paragraph `i`: a heading or date line with a date or address line under it, or a
    salutation run into the first paragraph ('July 30, 1805.' / 'MY DEAR SONS,--Have you heard ...')."""
    first = line_role(texts[i], False)
    below = line_role(texts[i + 1], False) if i + 1 < end else None
    if below is None and i + 1 < end and SALUTATION_OPENING.match(texts[i + 1]):
        below = "salutation"
    return first in ("heading", "dateline") and below in ("dateline", "address", "salutation") and first != below \
        and line_role(texts[i], True) != "signature"


def introduces_document(sentence: str) -> bool:
    """A narrative sentence ending in a colon that names a document or 'the following', and not a tale ('The
    circumstances under which this dispatch was sent were as follows:'), nor talk ('confirmed this statement, but
    muttered:')."""
    return ends_with_colon(sentence) and kind_of(sentence) is not None and not TOLD_AS_FOLLOWS.search(sentence) \
        and not _EDITIONS_NOTE.match(sentence) and not talk_closes(sentence)


# "Transcriber's note:", "Editor's Note:": the edition speaking of itself, over its own remarks, never a quoted note
_EDITIONS_NOTE = re.compile(r"^\W*(?:Transcriber|Transcribers|Editor|Producer|Publisher)['’]?s?['’]?\s+[Nn]otes?\s*:")


def under_signature(texts: list[str], i: int, end: int) -> list[tuple[int, str]]:
    """The lines under a signature at `i` that belong to it: a title ("Commander of the Fifth Army."), the rest of a
    title broken over two lines and the name under it ('(Signed) _Governor-General of Darfur' / 'and Commandant of the
    Troops_,' / 'SLATIN.'); not the next letter's header (_NEXT_HEADS)."""
    taken: list[tuple[int, str]] = []
    above = texts[i]
    for j in range(i + 1, min(end, i + 4)):
        below = texts[j]
        header_below = j + 1 < end and (line_role(below, False), line_role(texts[j + 1], False)) in _NEXT_HEADS
        belongs = line_role(below, True) == "signature" or below[:1].islower() or above.rstrip().endswith(",") and _RANK_LINE.match(below)
        if len(below) >= 60 or header_below or addressee_under(above, below) or not belongs:
            break
        taken.append((j, "signature"))
        above = below
    return taken


def _signed_below(texts: list[str], i: int, end: int) -> bool:
    """A quotation inside a letter, not the end of it: the letter's closing ('I remain your Obedient servant,') and its
    signature within the two paragraphs under paragraph `i`."""
    for j in range(i + 1, min(end, i + 3)):
        if texts[j].lstrip().startswith(("“", '"')):
            return False
        if line_role(texts[j], True) == "signature" and texts[j - 1].rstrip().endswith(","):
            return True
    return False


def setoff_extent(texts: list[str], first: int, end: int, reach: int = _MAX_LINES,
                  chapter: bool = False) -> list[tuple[int, str]] | None:
    """(index, role) for each paragraph of a set-off document starting at `first` (within `reach` paragraphs), or None.

    With a signature within reach the document runs to it; without one it is the header
    lines, the first body paragraph and any numbered clauses that follow it. A quotation or a colon ends it, unless it
    is a `chapter` that is one letter (which may tell a story with speech in it) or the letter's closing and signature
    follow within two paragraphs (_signed_below).
    """
    if first >= end or texts[first].lstrip().startswith(("“", '"')):
        return None
    roles: list[tuple[int, str]] = []
    body_seen = False
    for i in range(first, min(end, first + reach)):
        text = texts[i]
        if not chapter and (text.lstrip().startswith(("“", '"')) or (body_seen and ends_with_colon(text) and not _CLAUSE.match(text))) \
                and not (body_seen and _signed_below(texts, i, end)):
            break
        if body_seen and _next_header(texts, i, end) and any(r == "document" and _is_sentence(texts[j]) for j, r in roles):
            break  # the next document's header: this one (a sentence or more, not 'Whitehall, S.W.') ended unsigned
        role = line_role(text, body_seen)
        if body_seen and heads_a_letter(text):
            return roles  # the next letter's heading ("TO MADAME DE LAFAYETTE."): this one ended unsigned above it
        if role is None and roles and NAME_UNDER_CLOSING.match(text) and (roles[-1][1] == "closing" or body_seen
                                                                      and _RUN_ON.search(texts[i - 1])):
            role = "signature"  # "Your affectionate brother," / "R. Walton", '... and remain good to your' / 'F. Liszt'
        if not body_seen and role in (None, "heading"):
            role = _header_line(text, texts[i + 1] if i + 1 < end else None, roles[-1][1] if roles else None) or role
        roles.append((i, role or "document"))
        if role is None and signs_off(text):
            return roles  # "... Affectionately yours, JOSIAH WEDGWOOD.": signed in its last paragraph
        if role is None:
            body_seen = True
        if role == "signature":
            roles += under_signature(texts, i, end)
            return roles + _dated_foot(texts, roles[-1][0] + 1, end) if "dateline" not in dict(roles).values() else roles
    # no signature: keep header lines, the first body paragraph and the clauses after it
    kept: list[tuple[int, str]] = []
    bodies = 0
    for i, role in roles:
        if role == "document":
            if bodies and not _CLAUSE.match(texts[i]) and not texts[i][:1].islower():
                break
            bodies += 1
        elif role in ("closing",) and not bodies:
            break
        kept.append((i, role))
    return kept if bodies else None


def _dated_foot(texts: list[str], j: int, end: int) -> list[tuple[int, str]]:
    """The date line under the signature of a letter that gave none above ('F. Liszt' / 'Weymar, June 8th 1854'), not
    the next letter's ('Weymar, June 8th 1854' / 'Dear Friend,')."""
    if j >= end or line_role(texts[j], False) != "dateline" or not _dated(texts[j]):
        return []
    # '114. To Dr. Franz Brendel' under it: the next letter's top, its date line this one's
    above_next = j + 1 < end and ("dateline", line_role(texts[j + 1], False)) in _NEXT_HEADS \
        and not _NUMBERED_ADDRESS.match(texts[j + 1])
    return [] if above_next else [(j, "dateline")]


# a letter's own first two lines: 'TO THE DUKE D'AYEN.' / 'Paris, 3 May 1777.', 'Admiralty, 30th Sept. 1800.' / 'DEAR
# SIR,', "‘To JAMES BOSWELL, ESQ.’ / ‘DEAR SIR,’"
LETTER_HEADS = frozenset({("address", "dateline"), ("address", "salutation"), ("dateline", "salutation"),
                          ("dateline", "address")})

# a header under a signature that opens the next document: 'THE JOHN GRIER HOME,' / 'April 17.', 'SIXTH CORPS, May 4, 1863,
# 11 A.M.' / 'MAJOR-GEN. HOOKER.'
_NEXT_HEADS = LETTER_HEADS | {("heading", "dateline")}

_POSTSCRIPT_BLOCKS = 3  # short paragraphs that may follow a letter's signature: a postscript, a verse, a greeting


def signed_above_postscript(texts: list[str]) -> dict[int, str]:
    """The signature of a letter with a postscript under it: a name in capitals ('L. VAN BEETHOVEN,') among its last
    paragraphs, followed only by short ones ('My kindest regards to your excellent husband.')."""
    for i in range(len(texts) - 2, max(0, len(texts) - 2 - _POSTSCRIPT_BLOCKS), -1):
        text = texts[i].strip()
        if not (text.isupper() and line_role(text, after_body=True) == "signature") or any(len(t.split()) > 40 for t in texts[i + 1:]):
            continue
        roles = {i: "signature"}
        if i > 1 and line_role(texts[i - 1].strip(), after_body=True) == "closing":
            roles[i - 1] = "closing"
        return roles
    return {}


def quoted_roles(paragraphs: list[str]) -> dict[int, str]:
    """Roles of the set-off lines inside a quoted multi-paragraph document (by index in `paragraphs`).

    Header lines (heading, date, address, salutation) are read from the top, closing and
    signature lines from the bottom; everything between is body and gets no role.
    """
    if len(paragraphs) < 2:
        return {}
    texts = [p.strip().strip("“”‘’\"").strip() for p in paragraphs]
    roles: dict[int, str] = {}
    for i, text in enumerate(texts[:-1]):
        role = line_role(text, after_body=False)
        if role in (None, "heading"):  # "KELAT-I-GHILZAI," above "23rd August, 1880.": a place, not a heading
            role = _header_line(text, texts[i + 1], roles.get(i - 1)) or role
        if role is None and i == 0 and (heading_line(text.replace("_", "")) or _FROM_LINE.match(text.replace("_", ""))):
            role = "heading"  # "From Sir H. M. Wheeler, K.C.B. to Martin Gubbins, Esq." quoted over the letter
        if role not in ("heading", "dateline", "address", "salutation"):
            break
        roles[i] = role
    last = len(texts) - 1
    while last > 1 and _POSTSCRIPT.match(texts[last]):
        last -= 1  # "P.S. It may be advisable ...": the signature is above the postscripts
    if last > 1 and addressee_under(texts[last - 1], texts[last]):
        roles[last] = "address"  # the addressee under the signature ('"_General_ W. SCOTT."'), whom it went to
        last -= 1
    for i in range(last, 0, -1):
        role = line_role(texts[i], after_body=True)
        if role is None and (line_role(texts[i], after_body=False) == "dateline" or HOUR_LINE.match(texts[i])):
            role = "dateline"  # "Stara Mogila, 1 November 1912." under the signature; "14th June." / "Quarter-past 8, P.M."
        elif role is None and (i == last or i + 1 in roles) and len(texts[i]) < 60 and _RANK_LINE.match(texts[i].replace(",", "")) \
                and texts[i - 1].rstrip().endswith(",") and line_role(texts[i - 1], after_body=True) == "signature":
            role = "signature"  # "U. S. GRANT," / "Major-General, Commanding.": the rank under the name
        elif role is None and i == last and NAME_UNDER_CLOSING.match(texts[i]) and line_role(texts[i - 1], after_body=True) == "closing":
            role = "signature"  # "Your affectionate brother," / "R. Walton"
        if role not in ("signature", "closing", "dateline") or i in roles:
            break
        roles[i] = role
    return roles
