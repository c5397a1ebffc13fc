"""Books whose divisions are letters: a numbered heading, then 'TO STEINER & CO.' or 'MRS. JOHNSON TO LADY SUSAN'.

A collection of letters, or an epistolary novel, heads each letter like a chapter. When at
least two divisions of a text are headed so (and not 'CHAPTER ...'), each such division is
also one block document, a letter: its heading says to whom (and from whom, when it names
both), its own first lines where and when, its last lines who signed. Only what those say is
given; a recipient 'THE SAME' is the previous letter's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from producer.model import Block, DocEnd, DocStart, QuotedDocument
from producer.read.addresses import cased_name
from producer.read.headline import PaperHeading
from producer.read.setoff import place_line, quoted_roles, signed_above_postscript
from producer.read.signatures import salutation_name, signs_off, trailing_signature

_HEADING = re.compile(r"^(?:(?:From|FROM)\s+(?=\S+.*\s(?:TO|To|to)\s))?(?:(?P<sender>[A-Z][\w.’' -]*?)\s+)?(?:TO|To|to)\s+"
                      r"(?P<recipient>(?:the\s+)?[A-Z][^\n]*?)[.,;]?$")  # 'From Olivia to Mr L----.' too
_PARTICLES = {"van", "von", "de", "del", "della", "di", "du", "la", "le", "d’", "d'"}
_COMPANY = re.compile(r"\s*(?:&|and)\s+Co\.?$", re.IGNORECASE)
_SAME = re.compile(r"^(?:the\s+)?same$", re.IGNORECASE)
_EDITORS_AFTER = re.compile(r"(?:\.?\s+A\.D\.\s+\d{1,4}|\s*\[[^\[\]]*\])\.?$")
_EDITORS = re.compile(r"^\[[^\[\]]*\]$")  # a paragraph wholly in brackets: the editor's, not the letter's


# 'THE REV. MR. VILLARS Howard Grove, March 8': a recipient in capitals, then where and when the letter was written
_WRITTEN_AFTER = re.compile(r"^(?P<name>(?:[A-Z][A-Z.’'-]*\s+)*[A-Z][A-Z.’'-]+)\s+(?P<written>[A-Z][a-z][^\n]*)$")


def letter_heading(title: str | None) -> tuple[str | None, str, str | None, str | None] | None:
    """(sender or None, recipient, destination or None, the line of where and when it was written or None) when a
    division's title heads a letter ('To Steiner & Co', 'Mrs. Johnson to Lady Susan', 'To Mrs. Saville, England',
    'TO F. RIES,--LONDON.', 'LADY HOWARD TO THE REV. MR. VILLARS Howard Grove, Kent.')."""
    if not title:
        return None
    m = _HEADING.match(title.strip())
    if m is None:
        return None
    sender = m.group("sender")
    if sender and (len(sender.split()) > 4 or any(w[:1].islower() and w not in _PARTICLES for w in sender.split())):
        return None  # "Journey from the Coast to the Interior" is a title, not "SENDER TO RECIPIENT"
    # not the editor's year or brackets after it: "THE SENATE. A.D. 511.", "DANIEL [A 'COMMONITORIUM']"
    addressed = _EDITORS_AFTER.sub("", m.group("recipient"))
    written = _WRITTEN_AFTER.match(addressed) if not sender or sender.isupper() else None
    # the writer's place and date run on after a name in capitals (not after an initial: 'F. Ries'): never a destination
    if written and re.search(r"[A-Z]{2}", written.group("name")):
        return (sender.strip() if sender else None), written.group("name"), None, written.group("written").rstrip(".")
    recipient, _, after = addressed.partition(",")
    where = after.strip(" -–—.")
    # "England", "LONDON": one word; not "HONORARY MEMBER OF ...", nor a title after the name ("THEON, VIR SUBLIMIS")
    destination = where if len(where.split()) == 1 and place_line(where) else None
    return (sender.strip() if sender else None), _COMPANY.sub("", recipient).strip(), destination, None


def signed_or_addressed(blocks: tuple[Block, ...]) -> bool:
    """Whether a division reads as a letter: a salutation at its head, or a closing or signature at its foot, or the
    farewell its last sentence is ('... that yours is easy. Farewell.', the classical letter's close)."""
    return bool({"salutation", "closing", "signature"} & set(quoted_roles([b.text for b in blocks]).values())) \
        or bool(blocks) and bool(_FAREWELL.search(blocks[-1].text))


_FAREWELL = re.compile(r"(?:^|[.!?]\s+)(?:Farewell|Adieu|Vale)\.$")


def as_letter(blocks: tuple[Block, ...], did: str, cid: str, heading: tuple[str | None, str | None, str | None, str | None],
              previous: QuotedDocument | None,
              dateline: Callable[[str], tuple[str | None, str | None] | None],
              signer: Callable[[str], str | None]) -> tuple[tuple[Block, ...], QuotedDocument]:
    """A division's blocks as one letter: its lines given their roles, a start and an end point around it all but the
    editor's bracketed paragraphs before and after it ('[Sidenote: Manufacture of purple dye.]')."""
    kept = [i for i, b in enumerate(blocks) if not _EDITORS.match(b.text)] or [0]
    before, blocks, after = blocks[: kept[0]], blocks[kept[0]: kept[-1] + 1], blocks[kept[-1] + 1:]
    roles = quoted_roles([b.text for b in blocks])
    own = letter_heading(blocks[0].text) if heading == (None, None, None, None) and len(blocks) > 1 else None
    if own and own[0]:  # 'LETTER III [Written some months after]' over 'LADY HOWARD TO THE REV. MR. VILLARS Howard Grove'
        heading, roles[0] = own, "heading"
    sender, recipient, destination, written = heading
    if recipient is None:  # 'LETTER III' over 'DEAR FATHER,': to whom only the salutation says
        greeted = next((salutation_name(blocks[i].text) for i, r in sorted(roles.items()) if r == "salutation"), None)
        recipients: tuple[str, ...] = (cased_name(greeted),) if greeted else ()
    else:
        recipients = previous.recipients if _SAME.match(recipient) and previous else (cased_name(recipient),)  # 'Socius Senecio'
    texts = [b.text for b in blocks]
    if "signature" not in roles.values():
        roles.update(signed_above_postscript(texts))
    run_in = None
    if "signature" not in roles.values():  # the name run into the last paragraph: '... servant, ARTHUR VILLARS.', or
        name, rest = trailing_signature(texts[-1])  # '... from your goodness. M. HOWARD.' under 'LADY HOWARD TO ...'
        if name and (signs_off(texts[-1]) or sender and set(re.findall(r"[A-Z]{2,}", name)) & set(re.findall(r"[A-Z]{2,}", sender.upper()))):
            run_in, texts[-1] = name, rest
    if 0 not in roles and len(blocks) > 1 and place_line(blocks[0].text):
        roles[0] = "dateline"  # "Upper Seymour Street." under the heading: where the letter was written
    out = []
    for i, b in enumerate(blocks):
        inlines = b.inlines
        if i == 0:
            inlines = (DocStart(did), *inlines)
        if i == len(blocks) - 1:
            inlines = (*inlines, DocEnd(did))
        out.append(Block(b.id, roles.get(i, "document"), b.text, inlines, b.line))  # type: ignore[arg-type]
    signature = " ".join(b.text for i, b in enumerate(blocks) if roles.get(i) == "signature") or run_in
    date = place = None
    for line in [written] if written else [b.text for i, b in enumerate(blocks) if roles.get(i) == "dateline"]:
        found = dateline(line)
        if found:
            date, place = found
            break
    signed = signer(signature) if signature and not sender else None
    if signed and (signed.startswith("The ") or "--" in signed):
        signed = None  # "THE G----S.": a signature that names nobody for certain
    senders = (cased_name(sender),) if sender else ((signed,) if signed else ())  # 'LADY HOWARD' -> 'Lady Howard'
    body = "\n\n".join(t for i, t in enumerate(texts) if roles.get(i) not in ("signature", "heading"))
    evidence: tuple[tuple[str, str], ...] = (("senders", "heading" if sender else "signature"),) if senders else ()
    evidence += ((("recipients", "heading" if recipient else "salutation"),) if recipients else ()) \
        + tuple((k, "heading" if written else "dateline") for k, v in (("date", date), ("place", place)) if v)
    evidence += (("destination", "heading"),) if destination else ()
    return (*before, *out, *after), QuotedDocument(did, "letter", body, senders, tuple(recipients), date, place, destination, signature, "block",
                                      tuple(b.id for b in blocks), cid, evidence)


def as_paper(blocks: tuple[Block, ...], did: str, cid: str, head: PaperHeading,
             dateline: Callable[[str], tuple[str | None, str | None] | None],
             signer: Callable[[str], str | None]) -> tuple[tuple[Block, ...], QuotedDocument]:
    """A division opened by the heading of the state paper it holds ('Telegram of the Imperial Ambassador at Vienna to
    the Chancellor on July 24th 1914.'): that line the document's heading, who, where and when from it."""
    out, doc = as_letter(blocks, did, cid, (head.sender, head.recipient, head.destination, None), None, dateline, signer)
    first = out[0]
    out = (Block(first.id, "heading", first.text, first.inlines, first.line), *out[1:])
    said = {"senders": "heading", "recipients": "heading"} | {k: "heading" for k in ("date", "place") if getattr(head, k)}
    text = "\n\n".join(b.text for b in out if b.kind not in ("heading", "signature"))  # as a letter's: its own words
    return out, replace(doc, kind=head.kind or "letter", text=text, date=head.date or doc.date,
                        place=head.place or doc.place, evidence=tuple((dict(doc.evidence) | said).items()))


# 'Beethoven's Letters 1790-1826 Vol. 2', 'Letters of Anton Chekhov to His Family and Friends', 'The Life and Letters of
# Lafcadio Hearn, Volume 1', 'Memoir, Correspondence, and Miscellanies, from the Papers of Thomas Jefferson'
_NAME_RUN = r"(?:[A-Z][\w’'\-]*\.?|von|van|de|du|la)(?:\s+(?:[A-Z][\w’'\-]*\.?|von|van|de|du|la))*"
_WHOSE_LETTERS = re.compile(rf"\b(?:Letters|Correspondence|Papers)\s+of\s+(?:the\s+)?(?P<of>{_NAME_RUN})\b(?!\s+and\s+[A-Z])"
                            rf"|^(?:The\s+)?(?P<owner>{_NAME_RUN})['’]s?\s+(?:Letters|Correspondence)\b")
_NOT_NAME_WORDS = frozenset({"Younger", "Elder", "Late", "Rev.", "Reverend", "Sir", "Vol", "Vol.", "Volume", "Complete"})


def collection_writer(title: str | None) -> str | None:
    """Whose letters a book's title says it holds ('Beethoven's Letters ...' -> 'Beethoven'), or None."""
    m = _WHOSE_LETTERS.search(title or "")
    if m is None:
        return None
    words = [w for w in (m.group("of") or m.group("owner")).split() if w not in _NOT_NAME_WORDS]
    return " ".join(words) or None


def signed_by_collection(documents: list[QuotedDocument], writer: str | None) -> list[QuotedDocument]:
    """In a book of someone's letters, a letter headed only 'To X' (no sender in its heading, none its signature names) is the
    writer's the title names: its sender, with the title as evidence. Not when the book's letters are signed and
    none by that name ('Letters of Two Brides', signed 'Louise' and 'Renée': a novel's title, not a writer)."""
    signatures = [d.signature.lower() for d in documents if d.signature]
    if writer is None or signatures and not any(writer.split()[-1].lower() in s for s in signatures):
        return documents
    return [replace(d, senders=(writer,), evidence=(*d.evidence, ("senders", "title")))
            if d.kind == "letter" and not d.senders and dict(d.evidence).get("recipients") in ("heading", "address")
            and writer not in d.recipients else d for d in documents]
