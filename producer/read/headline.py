"""Heading lines: a short line over a document that names it ('Letter, Anne Price to Mary Hale.')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from producer.read.dates import DateContext


@dataclass(frozen=True, slots=True)
class HeadingLine:
    """A line naming the document under it: 'Letter, Anne Price to Mary Hale.', '1. From Ozias Midwinter to Mr. Brock.',
    'Letter from Dr. Seward to Arthur Holmwood.'"""

    kind: str | None
    sender: str
    recipient: str
    place: str | None
    destination: str | None


_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|van|von|del|la))*"
_HEADING_LINE = re.compile(
    rf"^(?:\d{{1,3}}\.\s*)?(?:(?P<kind>Letter|Telegram|Note|Dispatch|Despatch|Message|Memorandum|Cable)(?:\s*[,.:—–-]\s*|\s+(?=from\s)))?"
    rf"(?P<from>[Ff]rom\s+)?(?P<sender>{_NAME})(?:,\s*(?P<place>{_NAME}))?,?\s+to\s+(?P<recipient>{_NAME})(?:,\s*(?P<dest>{_NAME}))?\.?$"
)


# "Abraham Van Helsing, M. D., D. Ph., D. Lit., etc., etc., to Dr. Seward", "Sir H. M. Wheeler, K.C.B. to Martin Gubbins,
# Esq.": degrees and styles after a name are not a place
_DEGREES = re.compile(r",\s*(?:(?:[A-Z][a-z]{0,3}\.\s?)+|etc\.)(?=,|\s+to\s|$)")


def heading_line(text: str) -> HeadingLine | None:
    """The document a short line before quoted paragraphs names, when it names its kind or says 'From'."""
    text = _DEGREES.sub("", text)
    m = _HEADING_LINE.match(text.strip().rstrip("."))
    if m is None or not (m.group("kind") or m.group("from")) or len(text.split()) > 14:
        return None
    return HeadingLine(m.group("kind").lower() if m.group("kind") else None, m.group("sender").strip(),
                       m.group("recipient").strip(), m.group("place"), m.group("dest"))


# "CHARLES DARWIN TO J.S. HENSLOW. Shrewsbury, Tuesday [August 30?, 1831].": a collection's heading over a letter,
# both names in capitals, the date line often run in after it
# each word taken whole (possessive): otherwise 'ABCDEF' splits into words so many ways that a long paragraph in
# capitals took most of a second (Lafayette's memoirs: 2.3 s in all); a word split in two never makes a match
_CAPS_NAME = r"(?:[A-Z][A-Z’'\-]*+\.?\s?){1,6}?"
_CAPS_HEADING = re.compile(rf"^(?P<sender>{_CAPS_NAME})\s+TO\s+(?P<recipient>{_CAPS_NAME})\.(?:\s+(?P<rest>\S.*))?$")


_NOT_A_SENDER = {"FROM", "TO", "HE", "SHE", "IT", "WE", "THEY", "I", "YOU", "THIS", "THAT"}  # 'FROM PARIS TO LONDON.': a route; 'TO SERVE AS EXPLANATION TO THE MAP.'


def caps_heading(text: str) -> tuple[str, str, str] | None:
    """(sender, recipient, the rest of the line) of a heading 'CHARLES DARWIN TO J.S. HENSLOW. Shrewsbury, ...'."""
    m = _CAPS_HEADING.match(text.strip())
    if m is None or not all(re.search(r"[A-Z]{2}", m.group(k)) for k in ("sender", "recipient")) \
            or m.group("sender").split()[0] in _NOT_A_SENDER or len(m.group("sender").replace(".", ". ").split()) < 2:
        return None  # one word before TO is a title's ('CAUTION TO THE NEGROES.'), a person signs with two or initials
    return m.group("sender").strip(), m.group("recipient").strip(), (m.group("rest") or "").strip()


# "Miss Eden to Lady Buckinghamshire.", "From C. Darwin, Esq., to G. J. Romanes.", "Miss Eden to her Brother, Lord
# Auckland.": a collection's heading over a letter in ordinary case; two words a side at least, as people are named
# ('Return to London.', 'Mr. Pickwick to Bath.' are titles)
_WORD = r"(?:[A-Z][a-z’'\-]+\.?|[A-Z]\.|de|von|van)"
_PERSON = rf"{_WORD}(?:\s*{_WORD}){{1,4}}"
_PERSON_HEADING = re.compile(rf"^(?:From\s+)?(?P<sender>{_PERSON})(?:,\s+Esq\.)?,?\s+to\s+(?:(?:his|her|their)\s+[A-Z]?[a-z\-]+,\s+)?"
                             rf"(?P<recipient>{_PERSON})(?:,\s+Esq\.)?\.?$")


def person_heading(text: str) -> tuple[str, str] | None:
    """(sender, recipient) of a heading 'Miss Eden to Lady Buckinghamshire.' over a letter inside a chapter (see
    _PERSON_HEADING); stricter than letters.letter_heading, which reads a division's title, where 'To Steiner' is
    enough."""
    m = _PERSON_HEADING.match(" ".join(text.split()))
    return (m.group("sender"), m.group("recipient").rstrip(".")) if m else None


# 'Telegram of the Imperial Ambassador at Vienna to the Chancellor on July 24th 1914.', 'The Chancellor to the Imperial
# Ambassadors at Paris, London, and St. Petersburg, on Juli 23rd 1914.', 'I. His Majesty to the Czar.': the heading
# that opens each numbered exhibit of a collection of state papers, one document to a division
_PHRASE = r"(?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:,?\s+(?:(?!Telegram\b|Urgent\b)[A-Z][\w.’'-]*|at|in|of|and|the|de|von))*?"
_OFFICIAL = re.compile(
    rf"^(?:[IVXL]+\.\s+)?(?:(?P<kind>Telegram|Letter|Note|Dispatch|Despatch|Memorandum|Cable|Message)\s+(?:of|from)\s+)?"
    rf"(?P<sender>{_PHRASE}),?\s+to\s+(?P<recipient>{_PHRASE})"
    r"(?:(?:,?\s+(?:on|of|dated)\s+(?=\D*\d)|\.?\s+(?:(?P<kind2>Telegram)|Urgent|Confidential|Secret|Private)\b).*)?\.?$")
_STATIONED = re.compile(r"\s(?:at|in)\s+(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)$")  # 'Ambassador at St. Petersburg'


@dataclass(frozen=True, slots=True)
class PaperHeading:
    """What an exhibit's heading says: kind (or None), sender, recipient, where each was, the date (ISO) if it gives one."""

    kind: str | None
    sender: str
    recipient: str
    place: str | None
    destination: str | None
    date: str | None


def paper_heading(text: str) -> PaperHeading | None:
    """The heading of a state paper, as it opens a numbered exhibit (see _OFFICIAL)."""
    text = " ".join(text.split())
    m = _OFFICIAL.match(text) if len(text.split()) <= 30 else None
    if m is None:
        return None
    (sender, place), (recipient, destination) = (_stationed(m.group(k)) for k in ("sender", "recipient"))
    date = next((r.iso for r in DateContext().scan(text) if r.iso), None)
    kind = m.group("kind") or m.group("kind2")
    return PaperHeading(kind.lower() if kind else None, sender, recipient, place, destination, date)


def _stationed(phrase: str) -> tuple[str, str | None]:
    """'the Imperial Ambassador at Vienna' -> ('Imperial Ambassador at Vienna', 'Vienna')."""
    phrase = re.sub(r"^[Tt]he\s+", "", phrase.strip()).rstrip(".")
    m = _STATIONED.search(phrase)
    return phrase, m.group("place") if m else None
