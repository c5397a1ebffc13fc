"""Human labels for model values, shared by every writer so the EPUB, audio marks and speech agree."""

from __future__ import annotations

from producer.model import Chapter, QuotedDocument

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

_KIND_LABELS = {"direct-wire": "Direct wire"}


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


def parties(doc: QuotedDocument) -> str | None:
    """'Trotsky to Lenin and Svyerdlov', 'from Lenin', 'to Voroshilov', or None."""
    senders, recipients = join_names(doc.senders), join_names(doc.recipients)
    if senders and recipients:
        return f"{senders} to {recipients}"
    if senders:
        return f"from {senders}"
    if recipients:
        return f"to {recipients}"
    return None


def document_header(doc: QuotedDocument, sep: str = " · ") -> str:
    """'Direct wire · Trotsky to Lenin and Svyerdlov · Tambov, 4 October 1918'."""
    parts = [kind_label(doc.kind)]
    who = parties(doc)
    if who:
        parts.append(who)
    where_when = ", ".join(p for p in (doc.place, date_text(doc.date)) if p)
    if where_when:
        parts.append(where_when)
    return sep.join(parts)


def document_mark(doc: QuotedDocument) -> str:
    """An audio chapter-mark title: 'Telegram: Trotsky to Lenin, 14 December 1918'."""
    rest = ", ".join(p for p in (parties(doc), date_text(doc.date)) if p)
    return f"{kind_label(doc.kind)}: {rest}" if rest else kind_label(doc.kind)


def chapter_heading(ch: Chapter) -> str:
    """'Chapter XXXVI: The Military Opposition', 'Chapter 3', or the bare title."""
    if ch.number and ch.title:
        return f"Chapter {ch.number}: {ch.title}"
    if ch.number:
        return f"Chapter {ch.number}"
    return ch.title or "Chapter"
