"""A chapter's body paragraphs to blocks and quoted documents."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from producer.model import Block, BlockKind, DocEnd, DocStart, Inline, QuotedDocument
from producer.read import cues, fields
from producer.read.blocks import at_end, at_start, between, doc_offsets, paragraph_block
from producer.read.dates import DateRef
from producer.read.letters import HeadingLine, heading_line
from producer.read.narrative import Narrative
from producer.read.notes import MARKER
from producer.read.parts import attach_parts
from producer.read.quotes import Span, ends_with_colon, find_spans
from producer.read.setoff import address, introduces_document, quoted_roles, setoff_extent
from producer.read.signatures import FROM_TO, NAME_ENDING, OPENING_SALUTATION, trailing_signature
from producer.read.structure import Para

_PERSONAL_KINDS = frozenset({"telegram", "letter", "note", "direct-wire", "message"})
_MIN_WORDS = 4  # a shorter quotation is a quoted word or slogan unless a colon introduces it
_BACK_MIN_WORDS = 12  # a one-line answer after "he answered" stays speech even if a letter was just mentioned


@dataclass(slots=True)
class _Found:
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
    resumed: list[tuple[int, int, int]] = field(default_factory=list)  # (paragraph, start, end) of its later parts
    headed: bool = False  # a heading line above it named sender and recipient: a signature does not outrank it
    evidence: dict[str, str] = field(default_factory=dict)  # field -> where the text says it (see model.EVIDENCE)

    def values(self) -> dict[str, object]:
        return {"senders": list(self.senders), "recipients": list(self.recipients), "date": self.date, "place": self.place,
                "destination": self.destination}

    def noted(self, before: dict[str, object], source: str) -> None:
        """Record `source` as the evidence of every field that changed since `before`."""
        for key, value in self.values().items():
            if value and value != before.get(key):
                self.evidence[key] = source


@dataclass(slots=True)
class _Quote:
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


class ChapterSegmenter(Narrative):
    """Segments chapters in reading order, carrying the narrative date and the last subject along."""

    def _classify(self, texts: list[str], span: Span, previous_doc: _Found | None,
                  date_refs: dict[int, list[DateRef]]) -> _Found | None:
        """The quoted document a quotation is, with its fields; None for dialogue, words and titles."""
        q = self._quote(texts, span)
        head = _heading_above(texts, span.start_para) if q.opens_paragraph else None
        shaped = q.opens_paragraph and _letter_shaped(texts, span)
        if head is None and not shaped and self._not_a_document(q, previous_doc):
            return None
        kind, cue, back, replied_by = self._kind(q, previous_doc)
        if head is not None:  # "1. From Ozias Midwinter to Mr. Brock.": the line above says what follows
            kind, back = head.kind or (kind if kind not in (None, "reply") else "letter"), None
        elif shaped and kind in (None, "reply"):
            kind = "letter"  # "‘To BENNET LANGTON, ESQ.’ ... ‘DEAR SIR,’ ... ‘SAM. JOHNSON.’": a letter by its own lines
        if kind is None:
            return None
        where = (max(q.intro_para, 0), q.intro_end if q.intro_para >= 0 else 0)
        who = self._parties(cue, where, kind)
        evidence: dict[str, str] = {}

        def noted(before: dict[str, object], source: str) -> None:
            for key, value in _values(who).items():
                if value and value != before.get(key):
                    evidence[key] = source

        noted({}, "introduction" if cue is q.intro else "told after")
        if back and (not who.senders or cues.QUOTING.search(q.intro)):
            # "They were brief:", "I give it in full:": who and where are in the sentence pointed back to
            before, earlier = _values(who), self._parties(back, where, kind)
            who.senders, who.recipients = earlier.senders, who.recipients or earlier.recipients
            who.place, who.destination = who.place or earlier.place, who.destination or earlier.destination
            noted(before, "narrative")
        kind = self._refine(q, who, kind, cue, head, previous_doc, replied_by, noted)
        told_after = bool(q.tail) and cue is q.tail
        date, evidence["date"] = self._quote_date(q, span, date_refs, told_after=told_after)
        first_line = re.split(r"(?<=[.!?])\s+(?=[A-Z])", q.quoted.split("\n")[0], maxsplit=1)[0]  # "Manchester, November 2nd."
        heading = self._dateline(first_line) if len(q.quoted.split()) > 12 or span.end_para > span.start_para else None
        if heading:  # the document's own date line ("Government House, Accra, May 30, 1900.") outranks the narrative
            before = _values(who)
            date, who.place = heading[0], heading[1] or who.place
            evidence["date"] = "dateline"
            noted(before, "dateline")
        roles = quoted_roles([texts[i] for i in range(span.start_para, span.end_para + 1)]) if q.opens_paragraph else {}
        found = _Found(kind, (span.start_para, span.start), (span.end_para, span.end), "block" if q.opens_paragraph else "inline",
                       who.senders, who.recipients, date, who.place, who.destination,
                       {span.start_para + k: role for k, role in roles.items()}, evidence=evidence)
        found.headed = head is not None
        self._apply_roles(found, texts)
        return found

    def _refine(self, q: _Quote, who: fields.Parties, kind: str, cue: str, head: HeadingLine | None, previous_doc: _Found | None,
                replied_by: str | None, noted: Callable[[dict[str, object], str], None]) -> str:
        """Fill and correct the parties from what follows the cue, in rising authority: an answer, the memoirist as
        recipient, a salutation, a heading line above, the document's own 'From A to B.'; each change is noted with
        its source. Returns the kind (a reply becomes what it answers)."""
        before = _values(who)
        if kind == "reply":
            kind = self._answer(q, who, previous_doc, replied_by)
        if not who.recipients and previous_doc and re.search(r"\b(?:replied|answered|answer|reply)\b", cue) and previous_doc.senders:
            who.recipients = [s for s in previous_doc.senders if s not in who.senders]
        noted(before, "answer")
        before = _values(who)
        if not who.recipients and kind in _PERSONAL_KINDS and who.senders and self.author not in who.senders and self.first_person:
            who.recipients = [self.author]  # "the Department telegraphed:" with no one named: to the memoirist
        noted(before, "narrative")
        before = _values(who)
        salutation = OPENING_SALUTATION.match(q.quoted)
        if salutation and (not who.recipients or who.recipients == [self.author]):
            who.recipients = [self._addressee(salutation.group("name"))]  # "My dear Konstantin Ivanovich, I write..."
        noted(before, "salutation")
        before = _values(who)
        if head is not None:
            who.senders, who.recipients = [head.sender], [head.recipient]
            who.place, who.destination = head.place or who.place, head.destination or who.destination
        noted(before, "heading")
        before = _values(who)
        header = FROM_TO.match(q.quoted)
        if header:  # "From O.C. Lindley to G.O.C. Column." / "Fairlie to Holroyd.": the document says who and whom
            who.senders, who.recipients = [header.group("a").strip()], [header.group("b").strip()]
        noted(before, "header")
        return kind

    def _quote(self, texts: list[str], span: Span) -> _Quote:
        """A quotation with the sentence that introduces it and the one that follows it."""
        text = texts[span.start_para]
        mark = span.start - 1
        quoted = text[span.start: span.end] if span.end_para == span.start_para else text[span.start:]
        opens_paragraph = not text[:mark].strip()
        tail = ""
        if span.end_para == span.start_para and span.closed:
            tail_start = span.end + 1 + (len(text[span.end + 1:]) - len(text[span.end + 1:].lstrip()))
            tail = text[span.end + 1: self._sentences(span.start_para).end(tail_start + 1)]
        if opens_paragraph:
            prev = texts[span.start_para - 1] if span.start_para else ""
            last = self._sentences(span.start_para - 1).before(len(prev), 1) if span.start_para else []
            intro = last[-1] if ends_with_colon(prev) and last else ""
            intro_para, intro_end = span.start_para - 1, len(prev)
        else:
            intro = text[self._sentences(span.start_para).start(mark): mark]
            intro_para, intro_end = span.start_para, mark
        after_close = text[span.end + 1: span.end + 3] if span.end_para == span.start_para else ""
        return _Quote(span, text, mark, quoted, opens_paragraph, intro, intro_para, intro_end, tail, after_close)

    def _not_a_document(self, q: _Quote, previous_doc: _Found | None) -> bool:
        """Quoted words, slogans, titles and the second half of an interrupted quotation."""
        if not q.opens_paragraph and re.search(r"[”\"]", q.intro):
            q.intro = re.sub(r"[“”\"]", "", q.intro)  # an earlier quoted word ("my “Bonapartism”:") is part of the sentence
        if q.words < _MIN_WORDS and not ends_with_colon(q.intro):
            return True
        if not q.opens_paragraph and q.quoted[:1].islower() and not ends_with_colon(q.intro) \
                and (q.words < 25 or not fields.SPEECH_VERBS.search(q.intro)):
            return True  # "The Manifesto promised “the real inviolability of the person”": a phrase, not the document
        if _spoken(q):
            return True  # "‘That’s enough,’ the Gryphon interrupted in a very decided tone: ‘tell her...’": talk
        if fields._FIGURATIVE.search(q.intro) or cues.TITLED.search(q.intro) or cues.INSCRIPTION.search(q.intro):
            return True  # "painted along his carriage: “For the Faith...”": a slogan, not a document
        # 'under the heading “A Strike Leader’s Reply”:': a title, the document follows
        return not q.opens_paragraph and bool(re.match(r"\s*[:]", q.after_close)) and q.words <= 8

    def _kind(self, q: _Quote, previous_doc: _Found | None) -> tuple[str | None, str, str | None, str | None]:
        """(kind, the text that says so, an earlier sentence it points back to, who answered) for a quotation."""
        kind = fields.kind_of(q.intro) or ("note" if cues.IN_PENCIL.search(q.intro) else None)
        if kind == "reply" and not (previous_doc and previous_doc.end[0] >= q.span.start_para - 3):
            return None, q.intro, None, None  # 'the broken reply was, “Wait!”': with nothing written to answer, speech
        if kind:
            return kind, q.intro, None, None
        index = self._sentences(q.intro_para) if q.intro_para >= 0 else None
        earlier = index.before(index.start(q.intro_end), 2) if index else []
        # "... a letter from Greathead reached me. It had been opened again, as I saw:" then the letter, set apart
        set_apart = q.opens_paragraph and ends_with_colon(q.intro)
        if q.intro and (cues.REFERS_BACK.search(q.intro) or set_apart) and q.words >= _BACK_MIN_WORDS:
            for sentence in reversed(earlier):
                kind = fields.kind_of(sentence)
                if kind:
                    return kind, q.intro, sentence, None
        if q.intro and index and (fields.SPEECH_VERBS.search(q.intro) or cues.QUOTING.search(q.intro)) \
                and any(cues.WIRE_CONTEXT.search(t) for t in [*earlier, q.intro]):
            return "direct-wire", q.intro, None, None  # a conversation over the direct wire: "I asked: ...", "Kharkov replied: ..."
        if previous_doc and cues.I_REPLIED.search(q.intro) and previous_doc.end[0] >= q.span.start_para - 1 \
                and self.author in previous_doc.recipients:
            return "reply", q.intro, None, None  # 'I answered: "Leaving tonight."' right after a telegram to me
        if q.intro or not q.tail:
            return None, q.intro, None, None
        if q.words >= _MIN_WORDS and cues.TAIL_CUE.match(q.tail) and fields.kind_of(q.tail):
            return fields.kind_of(q.tail), q.tail, None, None
        replier = cues.TAIL_REPLY.match(q.tail) if previous_doc and previous_doc.end[0] >= q.span.start_para - 2 else None
        if replier and previous_doc:
            who = replier.group("who")
            if who in previous_doc.recipients or (who == "I" and self.author in previous_doc.recipients) \
                    or (self.author in previous_doc.senders and who not in ("I", self.author)):
                # '“Rifles leave to-night,” Gusarov answered': the answer to what he was sent
                return "reply", q.tail, None, self.author if who == "I" else who
        return None, q.intro, None, None

    def _answer(self, q: _Quote, who: fields.Parties, previous_doc: _Found | None, replied_by: str | None) -> str:
        """Fields of an answer to what was last sent ("The answer came:"), its parties reversed; returns its kind."""
        index = self._sentences(q.intro_para) if q.intro_para >= 0 else None
        prior = index.before(index.start(q.intro_end), 1) if index else []
        sent_by_me = bool(prior) and bool(cues.I_SENT.search(prior[-1]))
        kind = (fields.kind_of(prior[-1]) if sent_by_me else None) or (previous_doc.kind if previous_doc else "message")
        if sent_by_me:  # "I telegraphed home ... Lord Aldersey's reply was brief:"
            who.recipients = [self.author]
        elif previous_doc:
            if replied_by and replied_by not in ("he", "she"):
                who.senders = [replied_by]
            elif previous_doc.recipients and who.senders != [self.author] and not who.explicit:
                who.senders = list(previous_doc.recipients)
            who.recipients = [s for s in previous_doc.senders if s not in who.senders] or who.recipients
            who.place = who.place or previous_doc.destination
            who.destination = who.destination or previous_doc.place
        return kind

    def _quote_date(self, q: _Quote, span: Span, date_refs: dict[int, list[DateRef]], told_after: bool) -> tuple[str | None, str]:
        """The narrative's date for a quotation and its evidence: in its introduction, that day's time, or told just after it."""
        texts = self._texts
        date = self._date_before(date_refs.get(q.intro_para, []), q.intro_para, q.intro_end)
        source = "introduction"
        if date is None and q.intro_para >= 0 and cues.TIME_OF_DAY.search(texts[q.intro_para][: q.intro_end]):
            date, source = self._same_day(date_refs, q.intro_para), "narrative"  # "At half-past two Devereux telegraphed": that day
        after = [r for r in date_refs.get(span.end_para, []) if r.start > span.end and r.iso
                 and (told_after and r.start <= span.end + 1 + len(q.tail)
                      or re.search(r"\bdated\b", texts[span.end_para][span.end: r.start]) and r.start - span.end < 60)]
        return (after[0].iso, "told after") if after else (date, source)  # '... ” It was dated the 4th': given after it

    # ---- the chapter ----------------------------------------------------------------------

    def segment(self, paras: list[Para], cid: str, note_ids: dict[tuple[int, int], str]) -> tuple[tuple[Block, ...], list[QuotedDocument]]:
        """Blocks and documents of a chapter body (notes section already removed)."""
        texts = [p.text for p in paras]
        self.start_chapter(texts)
        spans = find_spans(texts)
        # paragraphs that end inside a quotation cannot introduce a set-off document
        open_at_end = {pi for s in spans for pi in range(s.start_para, s.end_para + 1) if pi < s.end_para or not s.closed}
        extents = self._setoff_extents(texts, open_at_end)
        date_refs = self._scan_dates(texts, spans, {i for _, extent in extents for i, _ in extent})
        found: list[_Found] = []
        dialogue: set[int] = set()
        previous: _Found | None = None
        for k, span in enumerate(spans):
            if previous is not None and _resumes(texts, span, previous):
                previous.resumed.append((span.start_para, span.start, span.end))  # "“...,” I wrote, “of the moral...”"
                continue
            if previous is not None and self._dated_below(texts, span, previous):
                continue
            doc = self._classify(texts, span, previous, date_refs)
            if doc is None:
                if not texts[span.start_para][: span.start - 1].strip():
                    dialogue.add(span.start_para)
                continue
            if not span.closed:
                doc.end = (span.end_para, len(texts[span.end_para]))
            found.append(doc)
            previous = doc
        found += self._setoff(texts, extents, date_refs)
        found.sort(key=lambda f: f.start)
        return self._build(paras, cid, note_ids, found, dialogue)



    def _dated_below(self, texts: list[str], span: Span, previous: _Found) -> bool:
        """"‘SAM. JOHNSON.’" then "‘March 20, 1771.’": a quoted date line right under a letter is the letter's own; it
        joins the letter and gives its date and place."""
        if span.start_para != previous.end[0] + 1 or span.end_para - span.start_para > 1 or not span.closed \
                or previous.shape != "block" or texts[span.start_para][: span.start - 1].strip():
            return False
        found = self._dateline(" ".join(texts[i].strip(" “”‘’\"") for i in range(span.start_para, span.end_para + 1)))
        if not found or not found[0]:
            return False
        previous.end = (span.end_para, span.end)
        before = previous.values()
        previous.date, previous.place = found[0], found[1] or previous.place
        previous.noted(before, "dateline")
        previous.evidence["date"] = "dateline"
        previous.roles.update({i: "dateline" for i in range(span.start_para, span.end_para + 1)})
        return True

    def _trailing_name(self, text: str) -> tuple[str | None, str]:
        """A last 'sentence' that is only a name the chapter knows ("... through Varnitsa? Greathead.")."""
        m = NAME_ENDING.search(text)
        if not m:
            return None, text
        name = m.group("name")
        known = name in (self.author, self.author_first)
        if not known:
            if self._names is None:
                self._names = Counter(n for t in self._texts for n in fields.names_in(t))
            known = self._names[name] >= 2 and not fields.is_org(name) and name not in self._places
        return (name + ".", text[: m.start()].rstrip()) if known else (None, text)

    def _setoff_extents(self, texts: list[str], inside: set[int]) -> list[tuple[int, list[tuple[int, str]]]]:
        """(intro paragraph, [(paragraph, role)]) for each document set off without quotation marks."""
        extents = []
        pi = 0
        while pi < len(texts) - 1:
            last = (self._sentences(pi).before(len(texts[pi]), 1) or [""])[-1]
            if pi in inside or not ends_with_colon(last):
                pi += 1
                continue
            extent = setoff_extent(texts, pi + 1, len(texts))
            if not extent:
                pi += 1
                continue
            # its own header or signature lines make it a document, if it has a body of some length: "He only does it
            # to annoy, / Because he knows it teases. / CHORUS." is a song's verse
            structured = any(role != "document" for _, role in extent) \
                and sum(len(texts[i].split()) for i, role in extent if role == "document") >= 15
            if any(i in inside for i, _ in extent[:1]) or not (introduces_document(last) or structured):
                pi += 1
                continue
            extents.append((pi, extent))
            pi = extent[-1][0] + 1
        return extents

    def _setoff(self, texts: list[str], extents: list[tuple[int, list[tuple[int, str]]]],
                date_refs: dict[int, list[DateRef]]) -> list[_Found]:
        found = []
        for pi, extent in extents:
            earlier = self._sentences(pi).before(len(texts[pi]), 3) or [""]
            last = earlier[-1]
            # "an order was read to us ... It was afterwards posted, where I copied it:"
            kind = next((k for k in (fields.kind_of(t) for t in reversed(earlier)) if k), None) or "message"
            who = self._parties(last, (pi, len(texts[pi])), kind)
            date = self._date_before(date_refs.get(pi, []), pi, len(texts[pi]))
            first, lastpara = extent[0][0], extent[-1][0]
            f = _Found(kind, (first, 0), (lastpara, len(texts[lastpara])), "block", who.senders,
                       who.recipients, date, who.place, who.destination, dict(extent), setoff=True)
            f.noted({}, "introduction")
            self._apply_roles(f, texts)
            found.append(f)
        return found

    def _apply_roles(self, f: _Found, texts: list[str]) -> None:
        """What a document's own lines say (date line, address, salutation, heading) outranks the narrative's guess."""
        for i, role in sorted(f.roles.items()):
            before = f.values()
            self._apply_role(f, role, texts[i].strip().strip("“”‘’\"").strip())
            f.noted(before, role)

    def _apply_role(self, f: _Found, role: str, line: str) -> None:
        """One of the document's own lines: its date line, address, salutation or heading."""
        if role == "dateline":
            found_date, found_place = self._dateline(line) or (None, None)
            f.date, f.place = found_date or f.date, found_place or f.place
        elif role == "address":
            addressee, destination = address(line)
            f.recipients, f.destination = [addressee], destination or f.destination
        elif role == "salutation":
            name = re.sub(r"^(?:My\s+dear|Dear|DEAR|My)\s+", "", line).rstrip(",!:—–- ").strip()
            name = re.sub(r"\s*[,—–-].*$", "", name)
            generic = re.fullmatch(r"(?:Friends?|Comrades?|Sir|Sirs|Madam|Colleague|Brother|Sister|Citizens?|Gentlemen|Mother|Father)", name)
            if name != line and not generic and fields.names_in(name) and (not f.recipients or f.recipients == [self.author]):
                f.recipients = [name]
        elif role == "heading":  # "EXPEDITION ORDER No. 4.": the document names its kind
            f.kind = fields.kind_of(line.lower()) or f.kind
        if role in ("salutation", "closing") and f.kind == "message":
            f.kind = "letter"  # "Sir, ... Yours faithfully,": a letter, whatever the narrative called it

    def _build(self, paras: list[Para], cid: str, note_ids: dict[tuple[int, int], str], found: list[_Found],
               dialogue: set[int]) -> tuple[tuple[Block, ...], list[QuotedDocument]]:
        """Blocks with inlines, and the documents with their text, blocks and signature."""
        events: dict[int, list[tuple[int, int, Inline]]] = {}
        doc_ids = [f"{cid}-doc-{n}" for n in range(1, len(found) + 1)]
        for did, f in zip(doc_ids, found):
            for (start_para, start), (end_para, end) in [(f.start, f.end), *(((p, a), (p, b)) for p, a, b in f.resumed)]:
                events.setdefault(start_para, []).append((start, 1, DocStart(did)))
                events.setdefault(end_para, []).append((end, 0, DocEnd(did)))
        blocks: list[Block] = []
        for pi, p in enumerate(paras):
            blocks.append(paragraph_block(p, f"{cid}-p{pi + 1}", pi, events.get(pi, []), note_ids, dialogue))
        documents = []
        offsets = {pi: doc_offsets(b) for pi, b in enumerate(blocks) if any(isinstance(i, (DocStart, DocEnd)) for i in b.inlines)}
        for did, f in zip(doc_ids, found):
            ids = tuple(blocks[pi].id for pi in range(f.start[0], f.end[0] + 1))
            parts = {}
            for pi in range(f.start[0], f.end[0] + 1):
                part = between(blocks[pi], offsets.get(pi, {}), did).strip()
                if pi > f.start[0] and not f.setoff:
                    part = part.lstrip("“\"")  # the reopening mark of a continued quotation is not the document's text
                parts[pi] = part
            sig_blocks = sorted(pi for pi, role in f.roles.items() if role == "signature")
            if sig_blocks:
                signature: str | None = " ".join(parts[pi].strip("“”‘’\" ") for pi in sig_blocks)
                text = "\n\n".join(p for pi, p in parts.items() if pi not in sig_blocks and p)
            else:
                signature, text = trailing_signature("\n\n".join(p for p in parts.values() if p))
                if signature is None:
                    signature, text = self._trailing_name(text)
            for pi, start, end in f.resumed:
                text = f"{text} {MARKER.sub('', paras[pi].text[start:end]).strip()}".strip()
            signer = self._signer(signature) if signature else None
            if signer and not f.headed and not any(fields.is_org(s) for s in f.senders):
                f.senders = [signer]
                f.evidence["senders"] = "signature"
            if f.shape == "block" and f.end[0] == f.start[0] and not f.setoff \
                    and not at_end(blocks[f.end[0]], offsets.get(f.end[0], {}), did):
                f.shape = "inline"  # '“...,” Gusarov answered. Gusarov was then...': a quotation inside a narrative paragraph
            for pi in range(f.start[0], f.end[0] + 1):
                role = f.roles.get(pi)
                here = offsets.get(pi, {})
                whole = (pi > f.start[0] or at_start(blocks[pi], here, did)) and (pi < f.end[0] or at_end(blocks[pi], here, did))
                if role or (f.shape == "block" and whole):
                    b = blocks[pi]
                    blocks[pi] = Block(b.id, cast(BlockKind, role or "document"), b.text, b.inlines, b.line)
            documents.append(QuotedDocument(
                did, f.kind, text, tuple(dict.fromkeys(f.senders)), tuple(dict.fromkeys(f.recipients)), f.date, f.place,
                f.destination, signature, "block" if f.shape == "block" else "inline", ids, cid,
                _evidence(f)))
        return attach_parts(blocks, documents), documents


def _spoken(q: _Quote) -> bool:
    """A short quotation whose introduction ends in a verb or manner of talking, with no writing or wire after it:
    "..., saying, in a solemn tone,", "the White Rabbit interrupted:", "’ thought Alice; ". The introduction is taken
    after any quotation in it, whose words are not the narrative's."""
    if q.words > 40:
        return False
    narrative = re.split(r"[’”\"](?=[\s,;:.!?—–-])", q.intro)[-1]
    talk = [m for m in cues.ORAL.finditer(narrative) if len(narrative[m.start():].split()) <= 8]
    if not talk or cues.WIRE_CONTEXT.search(q.intro):
        return False
    clause = narrative[max(narrative.rfind(c, 0, talk[-1].start()) for c in ",;:") + 1:]  # "..., when the Rabbit interrupted:"
    return not cues.WRITTEN.search(clause) and not cues.REFERS_BACK.search(clause)  # "That of October 27 said:"


def _letter_shaped(texts: list[str], span: Span) -> bool:
    """A quotation of several paragraphs that opens with an address or salutation line and closes with a closing
    or signature line: a letter, whatever the narrative before it says."""
    if span.end_para == span.start_para:
        return False
    roles = set(quoted_roles(texts[span.start_para: span.end_para + 1]).values())
    return bool(roles & {"address", "salutation"}) and bool(roles & {"closing", "signature"})


def _heading_above(texts: list[str], pi: int) -> HeadingLine | None:
    """The heading line naming the quoted document at paragraph `pi`: the line above it, or the one above a short
    aside or place line between them ("5. From Miss Gwilt to Mrs. Oldershaw." / "(First Answer.)" / "Richmond, Thursday.")."""
    for back in (1, 2):
        if pi - back < 0:
            return None
        head = heading_line(texts[pi - back].replace("_", ""))
        if head is not None:
            return head
        between = texts[pi - 1].strip().strip("_")
        if len(between.split()) > 5 or not (between.startswith("(") or re.fullmatch(r"[A-Z][\w’' ]+,\s+[A-Z][\w ]+\.", between)):
            return None
    return None


def _resumes(texts: list[str], span: Span, previous: _Found) -> bool:
    """'“We should...,” I wrote, “of the moral force...”': a quotation going on after a few words of narration."""
    if span.start_para != previous.end[0] or span.end_para != span.start_para or previous.setoff:
        return False
    text = texts[span.start_para]
    between = text[previous.end[1]: span.start - 1]
    return between.startswith(("”", '"')) and len(between) < 120 and text[span.start: span.start + 1].islower()


def _values(who: fields.Parties) -> dict[str, object]:
    return {"senders": list(who.senders), "recipients": list(who.recipients), "place": who.place, "destination": who.destination}


def _evidence(f: _Found) -> tuple[tuple[str, str], ...]:
    """The evidence of each field the document gives, in the model's field order."""
    return tuple((key, f.evidence.get(key, "narrative")) for key, value in f.values().items() if value)
