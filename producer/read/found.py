"""A quoted document while it is being found, the quotation it comes from, and the tests made on that quotation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from producer.read import cues, fields
from producer.read.addresses import cased_name
from producer.read.headline import HeadingLine, caps_heading, heading_line
from producer.read.quotes import Span, talk_closes
from producer.read.setoff import LETTER_HEADS, line_role, quoted_roles
from producer.read.signatures import SALUTATION_OPENING


@dataclass(slots=True)
class Found:
    """A document found in the body, before ids are given."""

    kind: str
    start: tuple[int, int]  # (paragraph, offset) of its first character
    end: tuple[int, int]  # (paragraph, offset) just after its last character
    shape: str
    senders: list[str]
    recipients: list[str]
    date: str | None
    place: str | None
    destination: str | None
    roles: dict[int, str] = field(default_factory=dict)  # the document's own lines (address, signature...) by paragraph
    setoff: bool = False  # set off without quotation marks
    # (paragraph, start, end) of narration inside it that is not its text: '”, he wrote to X, “' between two parts
    gaps: list[tuple[int, int, int]] = field(default_factory=list)
    headed: bool = False  # a heading line above it named sender and recipient: a signature does not outrank it
    series: bool = False  # its introduction named several ("these several despatches"): the ones right under it share it
    evidence: dict[str, str] = field(default_factory=dict)  # field -> where the text says it (see model.EVIDENCE)

    def values(self) -> dict[str, object]:
        return {"senders": list(self.senders), "recipients": list(self.recipients), "date": self.date, "place": self.place,
                "destination": self.destination}

    def noted(self, before: dict[str, object], source: str) -> None:
        """Record `source` as the evidence of every field that changed since `before`."""
        for key, value in self.values().items():
            if value and value != before.get(key):
                self.evidence[key] = source

    def written_by(self, senders: list[str], recipients: list[str]) -> None:
        """The writer (and whom he wrote to) named after the verb that breaks the quotation ('," wrote Swift to Pope,
        "'): the senders, and no destination where the clause's object, the writer, was taken for one."""
        before = self.values()
        self.senders, self.recipients = senders, recipients or self.recipients
        self.destination = None if self.destination in senders else self.destination
        self.noted(before, "introduction")


@dataclass(slots=True)
class Quote:
    """A quotation in its paragraph, with the sentence before it (intro) and after it (tail)."""

    span: Span
    text: str  # the paragraph it starts in
    mark: int  # offset of its opening mark
    quoted: str  # its text within that paragraph
    opens_paragraph: bool
    intro: str
    intro_para: int
    intro_end: int
    tail: str
    after_close: str  # the characters right after its closing mark

    @property
    def words(self) -> int:
        return len(self.quoted.split())


def spoken(q: Quote, answering: bool = False) -> bool:
    """A short quotation whose introduction ends in a verb or manner of talking, with no writing or wire after it:
    "..., saying, in a solemn tone,", "the White Rabbit interrupted:", "’ thought Alice; ". The introduction is taken
    after any quotation in it, whose words are not the narrative's."""
    narrative = re.split(r"[’”\"](?=[\s,;:.!?—–-])", q.intro)[-1]
    talking = bool(cues.SPEAKING.search(narrative)) and not cues.WRITTEN.search(narrative)  # not "addressed a letter to me"
    tag = " ".join(narrative.split()[:3])  # the words right after the quotation before it: "said Mr. Rochester,"
    if _in_an_exchange(q) and q.quoted[:1].islower() \
            and (cues.ORAL.search(tag) or cues.ANSWERED.search(tag) or cues.SPEAKING.search(narrative)):
        return True  # '"She had better not wait," said he, when I read her letter to him; "if she does ...': his sentence goes on
    if q.words > 40 and not talking and not (answering and _in_an_exchange(q)) and cues.WRITTEN.search(narrative):
        return False  # a long quotation after "said" may be something written, read out: when the words say so
    return not cues.WIRE_CONTEXT.search(q.intro) and talk_closes(narrative, answering)  # "I asked over the direct wire:"


def _in_an_exchange(q: Quote) -> bool:
    """The quotation answers another earlier in its paragraph: '..."—"And a good riddance too," answered he; "I can'."""
    return bool(re.search(r"[“”\"]", q.text[: q.mark]))


def letter_shaped(texts: list[str], span: Span) -> bool:
    """A letter by its own lines, whatever the narrative before it says: a quotation of several paragraphs that opens
    with an address or salutation line and closes with a closing or signature line, or one that ends in a closing
    run into its last line ("... by the mail.--Yours, etc.", "... this illness?--Yours ever, Mary.")."""
    last = texts[span.end_para][: span.end] if span.closed else texts[span.end_para]
    if cues.RUN_IN_CLOSING.search(last.rstrip("”’\" ")) and (span.end_para > span.start_para or len(last.split()) >= 40):
        return True
    if span.end_para == span.start_para:
        return False
    by_line = quoted_roles(texts[span.start_para: span.end_para + 1])
    below_head = next((k for k in range(span.end_para - span.start_para + 1) if k not in by_line), None)
    if below_head is not None and SALUTATION_OPENING.match(texts[span.start_para + below_head].lstrip("“‘\"' ")):
        by_line[below_head] = "salutation"  # '"SIR: One portion of the American community ...': the salutation run in
    roles = set(by_line.values())
    # "‘To DR. JOHNSON.’ / ‘Edinburgh, April 18, 1771.’" or "‘To JAMES BOSWELL, ESQ.’ / ‘DEAR SIR,’": two header lines
    # make a letter though the quotation stops before its end (the narrative tells the rest, or a verse closes it)
    return bool(roles & {"address", "salutation"}) and bool(roles & {"closing", "signature"}) \
        or (by_line.get(0), by_line.get(1)) in LETTER_HEADS


def own_heading(texts: list[str], span: Span) -> HeadingLine | None:
    """The heading line a quotation of several paragraphs opens with: '"_From Sir H. M. Wheeler, K.C.B. to Martin
    Gubbins, Esq._' / '"My dear Gubbins,' / ... (Trevelyan's Cawnpore quotes the letter with its heading)."""
    if span.end_para == span.start_para:
        return None
    return heading_line(texts[span.start_para][span.start:].replace("_", "").strip().strip("”\""))


def _caps_heading_line(text: str) -> HeadingLine | None:
    """'ALEXANDER POPE TO JOHN GAY.' alone on its line over quoted paragraphs: a collection's heading over a letter."""
    caps = caps_heading(text.strip())
    if caps is None or caps[2]:
        return None
    return HeadingLine(None, cased_name(caps[0]), cased_name(caps[1]), None, None)


def heading_above(texts: list[str], pi: int) -> HeadingLine | None:
    """The heading line naming the quoted document at paragraph `pi`: the line above it, or the one above a short
    aside, place or date line between them ("5. From Miss Gwilt to Mrs. Oldershaw." / "(First Answer.)" / "Richmond,
    Thursday."; "ALEXANDER POPE TO JOHN GAY." / "[circa December, 1728.]"; "Middleton, August 27th, 1729.")."""
    for back in (1, 2):
        if pi - back < 0:
            return None
        head = heading_line(texts[pi - back].replace("_", "")) or _caps_heading_line(texts[pi - back])
        if head is not None:
            return head
        between = texts[pi - 1].strip().strip("_")
        aside = len(between.split()) <= 5 and (between.startswith("(") or re.fullmatch(r"[A-Z][\w’' ]+,\s+[A-Z][\w ]+\.", between))
        if not (aside or dated_between(between)):
            return None
    return None


def dated_between(line: str) -> bool:
    """A line between a document's heading and its text that dates it: '[circa December, 1728.]', 'Middleton, August
    27th, 1729.'."""
    return line.startswith("[") and line.endswith("]") and len(line.split()) <= 8 or line_role(line, False) == "dateline"


def _goes_on(text: str, end: int, start: int) -> bool:
    """Whether the quotation opening at `start` continues the one whose text ended at `end`, in the same paragraph, after
    a few words of narration: the first part had not ended its sentence and the second opens in lowercase
    ('“...,” I wrote, “of the moral force...”', not '“... Major-General.” It was addressed to “the Officer ...”')."""
    between = text[end: start - 1]
    return between.startswith(("”", '"')) and len(between) < 120 and text[start: start + 1].islower() \
        and text[:end].rstrip()[-1:] not in (".", "!", "?")


def resumes(texts: list[str], span: Span, previous: Found) -> bool:
    """A quotation that continues the document found just before it, after a few words of narration."""
    if span.start_para != previous.end[0] or span.end_para != span.start_para or previous.setoff:
        return False
    return _goes_on(texts[span.start_para], previous.end[1], span.start)


# '”, he wrote to the Secretary of War, “', '," wrote one of his clerical friends, "': a few words of narration that say who
# writes, between two parts of a quotation
_WRITES = r"(?:writes|wrote|says|said|adds|added|continues|continued|telegraphed)\b"
_ATTRIBUTION = re.compile(rf"^[”\"]\s*(?:(?:he|she|I|we|they|[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)\s+{_WRITES}|{_WRITES}\s+(?=\S))"
                          r"[^“\"”]{0,60},(?:\[\w{1,4}\])?\s*$")  # ', he wrote on the 17th of October,[42] "'


def interrupted(texts: list[str], before: Span, span: Span) -> bool:
    """'“The discipline of the army,” he wrote to the Secretary of War, “cannot be maintained ...”': the quotation
    `span` continues the one `before` it in its paragraph, after a clause that says who wrote it."""
    if not (before.start_para == before.end_para == span.start_para and before.closed):
        return False
    text = texts[span.start_para]
    return text[before.start: before.end].rstrip().endswith(",") and _goes_on(text, before.end, span.start) \
        and bool(_ATTRIBUTION.match(text[before.end: span.start - 1]))


_BROKEN_OFF = re.compile(r"(?:--|[—–])\s*$")  # '... has been in Paris about a month--': the reading stops mid-sentence
_INTERRUPTION = 3  # paragraphs of narrative (the reader's thoughts, a word said) within one read-out letter


def resumed(found: list[Found], texts: list[str], indented: set[int]) -> list[Found]:
    """Documents set in that break off mid-sentence, then a few paragraphs of narrative ('"A month!" thought Eugenie.
    After a pause she resumed the letter,--'), then set-in text again that opens no letter of its own (no salutation):
    each such part joins the document before it, the narrative between them its gaps. `found` in reading order."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if last is None or not last.setoff or not _BROKEN_OFF.search(texts[last.end[0]]):
            out.append(f)
            continue
        out.pop()
        out += _joined(last, [f], texts, indented)
    if out and out[-1].setoff and _BROKEN_OFF.search(texts[out[-1].end[0]]):
        out += _joined(out.pop(), [], texts, indented)
    return out


def _joined(doc: Found, after: list[Found], texts: list[str], indented: set[int]) -> list[Found]:
    """`doc` with the set-in parts that resume it (see resumed), and what of `after` (the next document found) it did
    not take."""
    while _BROKEN_OFF.search(texts[doc.end[0]]):
        first = doc.end[0] + 1
        nxt = next((j for j in range(first, min(first + _INTERRUPTION + 1, len(texts))) if j in indented), None)
        if nxt is None or nxt == first or SALUTATION_OPENING.match(texts[nxt]) \
                or any(a.start[0] < nxt for a in after) or any(a.start[0] == nxt and not a.setoff for a in after):
            break
        end = nxt
        while end + 1 < len(texts) and end + 1 in indented:
            end += 1
        for a in [a for a in after if a.start[0] == nxt]:
            after.remove(a)
            end = max(end, a.end[0])
        doc.gaps += [(p, 0, len(texts[p])) for p in range(first, nxt)]
        doc.end = (end, len(texts[end]))
    return [doc, *after]


# '," wrote Swift to Pope, "': the writer named after the verb, and whom he wrote to
_INVERTED = re.compile(rf"^[”\"]\s*(?:wrote|writes|telegraphed)\s+(?P<who>{cues.NAME_WORD}(?:\s+{cues.NAME_WORD}){{0,2}})"
                       rf"(?:\s+to\s+(?P<to>{cues.NAME_WORD}(?:\s+{cues.NAME_WORD}){{0,2}}))?"
                       r"(?:\s+(?:in\s+1\d{3}|long\s+afterwards|afterwards|later))?,\s*$")  # '," wrote Sydney Smith in 1839, "'


def attributed(texts: list[str], before: Span, span: Span) -> tuple[list[str], list[str]] | None:
    """(senders, recipients) named by the clause that breaks a quotation (see interrupted) when it names the writer after
    its verb: '"Mr. Gay," wrote Swift to Pope, "is a scandal ..."' is Swift's, to Pope, not Mr. Gay's."""
    m = _INVERTED.match(texts[span.start_para][before.end: span.start - 1])
    return ([m.group("who")], [m.group("to")] if m.group("to") else []) if m else None


def party_values(who: fields.Parties) -> dict[str, object]:
    return {"senders": list(who.senders), "recipients": list(who.recipients), "place": who.place, "destination": who.destination}


def evidence_of(f: Found) -> tuple[tuple[str, str], ...]:
    """The evidence of each field the document gives, in the model's field order."""
    return tuple((key, f.evidence.get(key, "narrative")) for key, value in f.values().items() if value)
