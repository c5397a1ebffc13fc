"""Human labels for model values, shared by every writer so the EPUB, audio marks and speech agree."""

from __future__ import annotations

import re
from dataclasses import replace

from producer.model import Chapter, QuotedDocument

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

_KIND_LABELS = {"direct-wire": "Direct wire"}
# Kinds that are correspondence: marked up as letters (z3998:letter) in the EPUB and the read-aloud overlays.
CORRESPONDENCE = frozenset({"letter", "telegram", "direct-wire", "note", "message", "dispatch", "despatch", "cable",
                            "postcard"})


def kind_label(kind: str) -> str:
    """'direct-wire' -> 'Direct wire', 'telegram' -> 'Telegram'."""
    return _KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def date_text(iso: str | None) -> str | None:
    """'1918-10-04' -> '4 October 1918', '1918-08' -> 'August 1918', '1919' -> '1919'."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return iso


def date_in(text: str, iso: str) -> str | None:
    """Where `text` writes the date `iso` ('1918-10-04'): 'October 4, 1918', '4th October, 1918', 'Oct. 4th'; the
    written words, or None. A date of year and month, or a year alone, is found as written too ('March, 1919')."""
    parts = iso.split("-")
    year, month, day = parts[0], int(parts[1]) if len(parts) > 1 else None, int(parts[2]) if len(parts) > 2 else None
    if month is None:
        m = re.search(rf"(?<!\d){year}(?!\d)", text)
        return m.group(0) if m else None
    name = MONTHS[month - 1]
    sept = r"|Sept\.?" if month == 9 else ""
    month_word = rf"(?:{name}|{name[:3]}\.?{sept})"
    day_word = rf"{day}(?:st|nd|rd|th)?" if day else None
    year_part = rf"(?:,?\s+{year})?"
    forms = [rf"{month_word}\s+{day_word}{year_part}", rf"{day_word}\s+(?:of\s+)?{month_word}{year_part}"] if day_word \
        else [rf"{month_word},?\s+{year}"]
    for form in forms:
        m = re.search(rf"(?<!\w){form}(?!\w)", text)
        if m:
            return m.group(0)
    return None


# Evidence that is a guess from far away, not the text's word: the memoirist taken as the recipient because the story
# has him there, the day the story has reached. The JSON keeps such a value, with its evidence, for a person to check;
# what a reader hears and sees states only what the text says of the document.
GUESSED = frozenset({"narrative"})
_EMPTY = {"senders": (), "recipients": (), "date": None, "place": None, "destination": None}


def stated(doc: QuotedDocument) -> QuotedDocument:
    """The document with every field the text does not state left empty (see GUESSED)."""
    guessed = {key for key, source in doc.evidence if source in GUESSED}
    if not guessed:
        return doc
    return replace(doc, **{key: _EMPTY[key] for key in guessed},  # type: ignore[arg-type]
                   evidence=tuple((k, v) for k, v in doc.evidence if k not in guessed))


def parties(doc: QuotedDocument) -> str | None:
    """'Trotsky to Lenin and Svyerdlov', 'from Lenin', 'to Voroshilov', or None (the fields the text states)."""
    doc = stated(doc)
    senders, recipients = join_names(doc.senders), join_names(doc.recipients)
    if senders and recipients:
        return f"{senders} to {recipients}"
    if senders:
        return f"from {senders}"
    if recipients:
        return f"to {recipients}"
    return None


def document_header(doc: QuotedDocument) -> str:
    """'Direct wire: Trotsky to Lenin and Svyerdlov; Tambov, 4 October 1918' (fields the text states only), punctuated
    for the ear: a screen reader pauses at ':' and ';' where it would say "dot" for a middle dot."""
    doc = stated(doc)
    who = parties(doc)
    where_when = ", ".join(p for p in (doc.place, date_text(doc.date)) if p)
    rest = "; ".join(p for p in (who, where_when) if p)
    return f"{kind_label(doc.kind)}: {rest}" if rest else kind_label(doc.kind)


def document_mark(doc: QuotedDocument) -> str:
    """An audio chapter-mark title: 'Telegram: Trotsky to Lenin, 14 December 1918' (the fields the text states)."""
    doc = stated(doc)
    rest = ", ".join(p for p in (parties(doc), date_text(doc.date)) if p)
    return f"{kind_label(doc.kind)}: {rest}" if rest else kind_label(doc.kind)


def chapter_heading(ch: Chapter) -> str:
    """'Chapter XXXVI: The Military Opposition', 'Chapter 3', 'Letter 1', or the bare title."""
    if ch.number and ch.title:
        return f"{ch.label} {ch.number}: {ch.title}"
    if ch.number:
        return f"{ch.label} {ch.number}"
    return ch.title or ch.label
