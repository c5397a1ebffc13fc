"""What a listener is told besides the text: document headers, note introductions, note authors.

A header is spoken only when the narration just before has not already said it: after "On
October 4, 1918, I said to Lenin over a direct wire from Tambov:" the document starts with
the change of voice alone, since "Direct wire from Trotsky to Lenin. Tambov, ..." would
repeat the sentence just heard.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from producer.describe import MONTHS, kind_label, parties, stated
from producer.model import Meta, QuotedDocument
from producer.speech.normalize import ordinal, spoken_date
from producer.speech.sentences import split_sentences

# Words that say a document's kind without naming it ("I telegraphed", "he wrote to me").
_KIND_CUES = {
    "telegram": ("telegraph", "wire", "cable"),
    "direct-wire": ("direct wire", "over the wire", "by wire"),
    "letter": ("wrote", "write", "writes", "written"),
    "note": ("wrote", "write", "writes", "written", "pencilled"),
    "order": ("ordered", "ordering"),
    "message": ("sent word", "telegraph", "wire"),
}
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|they|them)\b", re.IGNORECASE)
_ANCHOR_WORDS = 5


def _mentions(text: str, word: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))


def _kind_said(kind: str, intro: str) -> bool:
    words = (kind.replace("-", " "), kind_label(kind).lower(), *_KIND_CUES.get(kind, ()))
    return any(re.search(rf"\b{re.escape(w)}", intro, re.IGNORECASE) for w in words)


def _party_said(name: str, intro: str, context: str, author: str | None) -> bool:
    """A sender or recipient is said when named, or when a pronoun in the introducing sentence refers to them."""
    surname = name.split()[-1]
    if _mentions(intro, surname) or _mentions(intro, name):
        return True
    if author and surname == author.split()[-1] and _FIRST_PERSON.search(intro):
        return True
    return bool(_THIRD_PERSON.search(intro)) and _mentions(context, surname)


def _date_said(iso: str, text: str) -> bool:
    parts = [int(p) for p in iso.split("-") if p.isdigit()]
    if len(parts) == 1:
        return str(parts[0]) in text
    month = MONTHS[parts[1] - 1] if 1 <= parts[1] <= 12 else ""
    if not _mentions(text, month) and not _mentions(text, month[:3]):
        return False
    if len(parts) == 2:
        return True
    day = parts[2]
    return bool(re.search(rf"\b{day}(?:st|nd|rd|th)?\b", text)) or _mentions(text, ordinal(day))


def already_said(doc: QuotedDocument, recent: Sequence[str], author: str | None) -> bool:
    """Whether the narration just heard (`recent`, oldest first, the introducing sentence last) said the header's facts."""
    if not recent:
        return False
    doc = stated(doc)
    intro, context = recent[-1], " ".join(recent)
    checks = [_kind_said(doc.kind, intro)]
    checks += [_party_said(n, intro, context, author) for n in (*doc.senders, *doc.recipients)]
    if doc.place:
        checks.append(_mentions(context, doc.place))
    if doc.date:
        checks.append(_date_said(doc.date, context))
    return all(checks)


def document_header(doc: QuotedDocument, has_dateline: bool) -> str:
    """'Direct wire from Trotsky to Lenin and Svyerdlov. Tambov, October the fourth, 1918.' (the fields the text states)"""
    doc = stated(doc)
    who = parties(doc)
    if who and not who.startswith(("from ", "to ")):
        who = f"from {who}"
    first = f"{kind_label(doc.kind)} {who}" if who else kind_label(doc.kind)
    # A document with its own dateline says where and when itself, straight after the header.
    where_when = "" if has_dateline else ", ".join(p for p in (doc.place, spoken_date(doc.date)) if p)
    return f"{first}." + (f" {where_when}." if where_when else "")


def anchor(text_before: str) -> str:
    """The last few words before a note marker, within its sentence: 'three big victories'."""
    sentences = split_sentences(text_before)
    words = re.findall(r"[\w’'-]+", sentences[-1]) if sentences else []
    return " ".join(words[-_ANCHOR_WORDS:])


def note_introduction(label: str, text_before: str) -> str:
    """'Note 1, to "three big victories".' — the words it belongs to, since it is heard away from them."""
    words = anchor(text_before)
    return f'Note {label}, to "{words}".' if words else f"Note {label}."


_AUTHOR_ROLES = {"trans": "the translator", "tr": "the translator", "translator": "the translator",
                 "ed": "the editor", "eds": "the editors", "editor": "the editor", "editors": "the editors"}


def note_author(tag: str, meta: Meta) -> str:
    """How a note's author tag is said: 'L.T.' -> 'Leon Trotsky' (the book's author), 'Trans.' -> 'The translator'."""
    bare = tag.strip(" –—-.")
    role = _AUTHOR_ROLES.get(bare.lower().rstrip("."))
    if role:
        return role.capitalize()
    letters = re.sub(r"[^A-Za-z]", "", bare)
    if meta.author and letters.isupper() and letters == "".join(w[0] for w in meta.author.split() if w[:1].isalpha()).upper():
        return meta.author
    return bare.title() if bare.isupper() and len(letters) > 3 else bare
