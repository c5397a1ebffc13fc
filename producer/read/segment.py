"""A chapter's body paragraphs to blocks and quoted documents."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import cast

from producer.model import Block, BlockKind, DocEnd, DocStart, Inline, QuotedDocument
from producer.read import cues, fields, kinds
from producer.read.addresses import address, addressee_under, cased_name
from producer.read.blocks import at_end, at_start, between, doc_offsets, paragraph_block
from producer.read.dates import DateRef
from producer.read.found import (
    Found,
    Quote,
    attributed,
    dated_between,
    evidence_of,
    heading_above,
    interrupted,
    letter_shaped,
    own_heading,
    party_values,
    resumed,
    resumes,
    spoken,
)
from producer.read.headline import HeadingLine
from producer.read.ownlines import OwnLines, in_verse
from producer.read.paragraphs import Para, under_the_line_above
from producer.read.parts import attach_parts
from producer.read.quotes import Span, a_title, ends_with_colon, find_spans
from producer.read.setin import set_in
from producer.read.setoff import quoted_roles
from producer.read.signatures import FROM_TO, NAME_ENDING, SALUTATION_OPENING, greeting_only, salutation_name, trailing_signature

_PERSONAL_KINDS = frozenset({"telegram", "letter", "note", "direct-wire", "message"})
_MIN_WORDS = 4  # a shorter quotation is a quoted word or slogan unless a colon introduces it
_BACK_MIN_WORDS = 12  # a one-line answer after "he answered" stays speech even if a letter was just mentioned
_NAMED_REACH = 120  # how far back from a paragraph's end a document it introduces may be named
_DASH_END = re.compile(r"(?<=\w)(?:-{2,}|—{1,2})\s*$")
_SPOKEN_BEFORE = re.compile(r"[“\"][^“”\"]*?(?:\S+\s+){4}[^“”\"]*?[”\"]")
_PHRASE_WORDS = 8  # a short quotation run into a sentence is a document's words only right after a word of writing
_WRITTEN_JUST_BEFORE = re.compile(rf"{cues.WRITTEN.pattern}\W*(?:\w+\W+){{0,3}}$", re.IGNORECASE)


class ChapterSegmenter(OwnLines):
    """Segments chapters in reading order, carrying the narrative date and the last subject along."""

    def _classify(self, texts: list[str], span: Span, previous_doc: Found | None,
                  date_refs: dict[int, list[DateRef]]) -> Found | None:
        """The quoted document a quotation is, with its fields; None for dialogue, words and titles."""
        q = self._quote(texts, span)
        head = (heading_above(texts, span.start_para) or own_heading(texts, span)) if q.opens_paragraph else None
        shaped = q.opens_paragraph and letter_shaped(texts, span)
        if head is None and not shaped and (self._not_a_document(q, previous_doc) or q.opens_paragraph and in_verse(texts, q.intro_para)):
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
            for key, value in party_values(who).items():
                if value and value != before.get(key):
                    evidence[key] = source

        noted({}, "introduction" if cue is q.intro else "told after")
        if back and (not who.senders or cues.QUOTING.search(q.intro)):
            # "They were brief:", "I give it in full:": who and where are in the sentence pointed back to
            before, earlier = party_values(who), self._parties(back, where, kind)
            who.senders, who.recipients = earlier.senders, who.recipients or earlier.recipients
            who.place, who.destination = who.place or earlier.place, who.destination or earlier.destination
            noted(before, "introduction")  # the sentence the introduction points back to is part of it
        kind = self._refine(q, who, kind, cue, head, previous_doc, replied_by, noted)
        told_after = bool(q.tail) and cue is q.tail
        date, evidence["date"] = self._quote_date(q, span, date_refs, told_after=told_after)
        first_line = re.split(r"(?<=[.!?])\s+(?=[A-Z])", q.quoted.split("\n")[0], maxsplit=1)[0]  # "Manchester, November 2nd."
        heading = self._dateline(first_line, self.when_at(span.start_para)) if len(q.quoted.split()) > 12 or span.end_para > span.start_para else None
        above = texts[span.start_para - 1].strip(" _") if span.start_para else ""
        if heading is None and head is not None and dated_between(above):
            # 'ALEXANDER POPE TO JOHN GAY.' / '[circa December, 1728.]' / the letter: the line between is its date line
            heading = self._dateline(above.strip("[]"), self.when_at(span.start_para))
        if heading:  # the document's own date line ("Government House, Accra, May 30, 1900.") outranks the narrative
            before = party_values(who)
            date, who.place = heading[0], heading[1] or who.place
            evidence["date"] = "dateline"
            noted(before, "dateline")
        roles = quoted_roles([texts[i] for i in range(span.start_para, span.end_para + 1)]) if q.opens_paragraph else {}
        found = Found(kind, (span.start_para, span.start), (span.end_para, span.end), "block" if q.opens_paragraph else "inline",
                       who.senders, who.recipients, date, who.place, who.destination,
                       {span.start_para + k: role for k, role in roles.items()}, evidence=evidence)
        found.headed = head is not None
        found.series = bool(_SERIES.search(cue)) and cue is q.intro
        self._apply_roles(found, texts)
        return found

    def _refine(self, q: Quote, who: fields.Parties, kind: str, cue: str, head: HeadingLine | None, previous_doc: Found | None,
                replied_by: str | None, noted: Callable[[dict[str, object], str], None]) -> str:
        """Fill and correct the parties from what follows the cue, in rising authority: an answer, the memoirist as
        recipient, a salutation, a heading line above, the document's own 'From A to B.'; each change is noted with
        its source. Returns the kind (a reply becomes what it answers)."""
        before = party_values(who)
        if kind == "reply":
            kind = self._answer(q, who, previous_doc, replied_by)
        if not who.recipients and previous_doc and re.search(r"\b(?:replied|answered|answer|reply)\b", cue) and previous_doc.senders:
            who.recipients = [s for s in previous_doc.senders if s not in who.senders]
        noted(before, "answer")
        before = party_values(who)
        if not who.recipients and kind in _PERSONAL_KINDS and who.senders and self.author not in who.senders \
                and {q.intro_para - 1, q.intro_para} & self.first_person_paras:
            who.recipients = [self.author]  # "the Department telegraphed:" with no one named: to the memoirist, there in the story
        noted(before, "narrative")
        before = party_values(who)
        salutation = salutation_name(q.quoted)
        if salutation and (not who.recipients or who.recipients == [self.author]):
            who.recipients = [self._addressee(cased_name(salutation))]  # "My dear Konstantin Ivanovich, I write..."
        noted(before, "salutation")
        before = party_values(who)
        if head is not None:
            who.senders, who.recipients = [head.sender], [head.recipient]
            who.place, who.destination = head.place or who.place, head.destination or who.destination
        noted(before, "heading")
        before = party_values(who)
        header = FROM_TO.match(q.quoted)
        if header:  # "From O.C. Lindley to G.O.C. Column." / "Fairlie to Holroyd.": the document says who and whom
            who.senders, who.recipients = [header.group("a").strip()], [header.group("b").strip()]
        noted(before, "header")
        return kind

    def _quote(self, texts: list[str], span: Span) -> Quote:
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
            # "...: " introduces it, and so does a sentence naming a document that ends in a dash ("This is the letter which
            # I read to him----") or stands above the letter's salutation ("... in a letter dated Jan. 26." / "Excellency,--")
            named = bool(last) and kinds.kind_of(prev[-_NAMED_REACH:]) not in (None, "speech")  # "a letter dated Jan. 26, 1884."
            introduces = ends_with_colon(prev) or named and bool(_DASH_END.search(prev) or SALUTATION_OPENING.match(quoted))
            intro = last[-1] if introduces and last else ""
            if intro and len(intro.split()) < 6:  # "... in a letter dated Jan." / "26, 1884.": a sentence cut at an abbreviation
                intro = " ".join(self._sentences(span.start_para - 1).before(len(prev), 2))
            intro_para, intro_end = span.start_para - 1, len(prev)
        else:
            intro = text[self._sentences(span.start_para).start(mark): mark]
            # a cry quoted before it is not the sentence's ("cackled out ‘Silence!’ and read out from his book,"); an
            # earlier quoted word is ("my “Bonapartism”:")
            intro = re.sub(r"[“‘\"][^“”‘’\"]{0,40}[!?][”’\"]\s*", "", intro)
            # someone's words earlier in the sentence are theirs, not the narrative's ('... too," answered he; "I can'), but
            # a quoted word or two is ("my “Bonapartism”:")
            intro = _SPOKEN_BEFORE.sub(" ", intro)
            if re.search(r"[”\"]", intro):
                intro = re.sub(r"[“”\"]", "", intro)
            intro_para, intro_end = span.start_para, mark
        after_close = text[span.end + 1: span.end + 3] if span.end_para == span.start_para else ""
        return Quote(span, text, mark, quoted, opens_paragraph, intro, intro_para, intro_end, tail, after_close)

    def _not_a_document(self, q: Quote, previous_doc: Found | None) -> bool:
        """Quoted words, slogans, titles and the second half of an interrupted quotation."""
        if q.words < _MIN_WORDS and (not ends_with_colon(q.intro) or not q.opens_paragraph and greeting_only(q.quoted)):
            return True  # and 'beginning: "My dear Mamma,"': a letter's words, not the letter
        if not q.opens_paragraph and q.quoted[:1].islower() and not ends_with_colon(q.intro) \
                and (q.words < 25 or not kinds.SPEECH_VERBS.search(q.intro)):
            return True  # "The Manifesto promised “the real inviolability of the person”": a phrase, not the document
        if not q.opens_paragraph and not ends_with_colon(q.intro) and q.words < _PHRASE_WORDS \
                and (not _WRITTEN_JUST_BEFORE.search(q.intro) or a_title(q.quoted)):
            return True  # "ticketed in a frail hand, “From my dearest John.”", 'wrote “The Court of Love”': not a letter
        if spoken(q, answering=previous_doc is None or previous_doc.end[0] < q.span.start_para - 3):
            return True  # "‘That’s enough,’ the Gryphon interrupted in a very decided tone: ‘tell her...’": talk
        if kinds.FIGURATIVE.search(q.intro) or cues.TITLED.search(q.intro) or cues.INSCRIPTION.search(q.intro) \
                or cues.VERSE.search(q.intro) and not re.search(rf"\b{fields.DOC_NOUNS}\b", q.intro, re.IGNORECASE):
            return True  # "painted along his carriage: “For the Faith...”": a slogan, not a document
        if not q.opens_paragraph and cues.OWNED.search(q.intro):
            return True  # 'a popular cry in his “Gaping Gulph, in which England will be swallowed up ...”': a work's title
        # 'under the heading “A Strike Leader’s Reply”:': a title, the document follows
        return not q.opens_paragraph and bool(re.match(r"\s*[:]", q.after_close)) and q.words <= 8

    def _kind(self, q: Quote, previous_doc: Found | None) -> tuple[str | None, str, str | None, str | None]:
        """(kind, the text that says so, an earlier sentence it points back to, who answered) for a quotation."""
        kind = kinds.kind_of(q.intro) or ("note" if cues.IN_PENCIL.search(q.intro) else None)
        if kind == "reply" and not (previous_doc and previous_doc.end[0] >= q.span.start_para - 3):
            return None, q.intro, None, None  # 'the broken reply was, “Wait!”': with nothing written to answer, speech
        if kind:
            return kind, q.intro, None, None
        index = self._sentences(q.intro_para) if q.intro_para >= 0 else None
        earlier = index.before(index.start(q.intro_end), 2) if index else []
        # "... a letter from Greathead reached me. It had been opened again, as I saw:" then the letter, set apart
        set_apart = q.opens_paragraph and ends_with_colon(q.intro)
        # not when the sentence says it was cried out ('heard a voice shout as they approached the landing:')
        if q.intro and (cues.REFERS_BACK.search(q.intro) or set_apart) and q.words >= _BACK_MIN_WORDS and not cues.SPEAKING.search(q.intro):
            for sentence in reversed(earlier):
                kind = kinds.kind_of(sentence)
                if kind:
                    return kind, q.intro, sentence, None
        if q.intro and index and (kinds.SPEECH_VERBS.search(q.intro) or cues.QUOTING.search(q.intro)) \
                and any(cues.WIRE_CONTEXT.search(t) for t in [*earlier, q.intro]):
            return "direct-wire", q.intro, None, None  # a conversation over the direct wire: "I asked: ...", "Kharkov replied: ..."
        if previous_doc and cues.I_REPLIED.search(q.intro) and previous_doc.end[0] >= q.span.start_para - 1 \
                and self.author in previous_doc.recipients:
            return "reply", q.intro, None, None  # 'I answered: "Leaving tonight."' right after a telegram to me
        if q.intro or not q.tail:
            return None, q.intro, None, None
        if q.words >= _MIN_WORDS and cues.TAIL_CUE.match(q.tail) and kinds.kind_of(q.tail):
            return kinds.kind_of(q.tail), q.tail, None, None
        replier = cues.TAIL_REPLY.match(q.tail) if previous_doc and previous_doc.end[0] >= q.span.start_para - 2 else None
        if replier and previous_doc:
            who = replier.group("who")
            if who in previous_doc.recipients or (who == "I" and self.author in previous_doc.recipients) \
                    or (self.author in previous_doc.senders and who not in ("I", self.author)):
                # '“Rifles leave to-night,” Gusarov answered': the answer to what he was sent
                return "reply", q.tail, None, self.author if who == "I" else who
        return None, q.intro, None, None

    def _answer(self, q: Quote, who: fields.Parties, previous_doc: Found | None, replied_by: str | None) -> str:
        """Fields of an answer to what was last sent ("The answer came:"), its parties reversed; returns its kind."""
        index = self._sentences(q.intro_para) if q.intro_para >= 0 else None
        prior = index.before(index.start(q.intro_end), 1) if index else []
        sent_by_me = bool(prior) and bool(cues.I_SENT.search(prior[-1]))
        kind = (kinds.kind_of(prior[-1]) if sent_by_me else None) or (previous_doc.kind if previous_doc else "message")
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

    def _quote_date(self, q: Quote, span: Span, date_refs: dict[int, list[DateRef]], told_after: bool) -> tuple[str | None, str]:
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
        spans = find_spans(texts, under_the_line_above(paras))
        # paragraphs that end inside a quotation cannot introduce a set-off document
        open_at_end = {pi for s in spans for pi in range(s.start_para, s.end_para + 1) if pi < s.end_para or not s.closed}
        indented = set_in(paras)
        extents = self._setoff_extents(texts, open_at_end, indented)
        date_refs = self._scan_dates(texts, spans, {i for _, extent in extents for i, _ in extent})
        self.opening[cid] = self.when_at(0)
        found: list[Found] = []
        dialogue: set[int] = set()
        previous: Found | None = None
        for k, span in enumerate(spans):
            if previous is not None and resumes(texts, span, previous):  # "“...,” I wrote, “of the moral...”"
                previous.gaps.append((span.start_para, previous.end[1], span.start))
                previous.end = (span.end_para, span.end)
                continue
            if previous is not None and self._dated_below(texts, span, previous):
                continue
            doc = self._classify(texts, span, previous, date_refs)
            if doc is None:
                if not texts[span.start_para][: span.start - 1].strip():
                    dialogue.add(span.start_para)
                continue
            if k and interrupted(texts, spans[k - 1], span) and (previous is None or previous.end < (span.start_para, 0)):
                doc.gaps.append((span.start_para, spans[k - 1].end, span.start))  # '“The discipline,” he wrote to X, “cannot ...”'
                doc.start = (spans[k - 1].start_para, spans[k - 1].start)
                if named := attributed(texts, spans[k - 1], span):
                    doc.written_by(*named)
            if not span.closed:
                doc.end = (span.end_para, len(texts[span.end_para]))
            if previous is not None and previous.series and doc.start[0] == previous.end[0] + 1 and doc.start[1] <= 1:
                _in_series(doc, previous)
            found.append(doc)
            previous = doc
        setoff = self._setoff(texts, extents, date_refs)
        whole = {(f.start[0], f.end[0]) for f in setoff}  # paragraphs set off whole, and quoted too: one document
        found = [f for f in found if (f.start[0], f.end[0]) not in whole or f.start[1] > 1] + setoff
        found = resumed(sorted(found, key=lambda f: f.start), texts, indented)
        return self._build(paras, cid, note_ids, found, dialogue)



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

    def _signed_end(self, parts: list[str], f: Found) -> tuple[str | None, str]:
        """(signature, text) of a document whose signature has no line of its own: run into its last paragraph ('...
        report myself for duty. WINFIELD SCOTT.'), above the addressee's line ('The Hon. J.H. EATON, Secretary of
        War.'), which names the recipient when nothing else has."""
        under = parts.pop() if len(parts) > 1 and addressee_under(parts[-2], parts[-1].strip("“”‘’\" ")) else None
        signature, text = trailing_signature("\n\n".join(parts))
        if signature is None:
            signature, text = self._trailing_name(text)
        if under is None:
            return signature, text
        if not f.recipients and not f.headed:
            f.recipients = [address(under.strip("“”‘’\" "))[0]]
            f.evidence["recipients"] = "address"
        return signature, f"{text}\n\n{under}"

    def _build(self, paras: list[Para], cid: str, note_ids: dict[tuple[int, int], str], found: list[Found],
               dialogue: set[int]) -> tuple[tuple[Block, ...], list[QuotedDocument]]:
        """Blocks with inlines, and the documents with their text, blocks and signature."""
        events: dict[int, list[tuple[int, int, Inline]]] = {}
        doc_ids = [f"{cid}-doc-{n}" for n in range(1, len(found) + 1)]
        for did, f in zip(doc_ids, found):
            events.setdefault(f.start[0], []).append((f.start[1], 1, DocStart(did)))
            events.setdefault(f.end[0], []).append((f.end[1], 0, DocEnd(did)))
            for pi, start, end in f.gaps:
                events.setdefault(pi, []).extend([(start, 0, DocEnd(did)), (end, 1, DocStart(did))])
        blocks: list[Block] = []
        for pi, p in enumerate(paras):
            blocks.append(paragraph_block(p, f"{cid}-p{pi + 1}", pi, events.get(pi, []), note_ids, dialogue))
        documents = []
        offsets = {pi: doc_offsets(b) for pi, b in enumerate(blocks) if any(isinstance(i, (DocStart, DocEnd)) for i in b.inlines)}
        for did, f in zip(doc_ids, found):
            ids = tuple(blocks[pi].id for pi in range(f.start[0], f.end[0] + 1))
            parts = {}
            for pi in range(f.start[0], f.end[0] + 1):
                part = between(blocks[pi], did).strip()
                if pi > f.start[0] and not f.setoff:
                    part = part.lstrip("“\"")  # the reopening mark of a continued quotation is not the document's text
                parts[pi] = part
            sig_blocks = sorted(pi for pi, role in f.roles.items() if role == "signature")
            if sig_blocks:
                signature: str | None = " ".join(parts[pi].strip("“”‘’\" ") for pi in sig_blocks)
                text = "\n\n".join(p for pi, p in parts.items() if pi not in sig_blocks and p)
            else:
                signature, text = self._signed_end([p for p in parts.values() if p], f)
            signer = self._signer(signature) if signature else None
            if signer and not f.headed and not any(fields.is_org(s) for s in f.senders):
                f.senders = [signer]
                f.evidence["senders"] = "signature"
            if f.shape == "block" and f.end[0] == f.start[0] and not f.setoff \
                    and not at_end(blocks[f.end[0]], offsets.get(f.end[0], {}), did):
                f.shape = "inline"  # '“...,” Gusarov answered. Gusarov was then...': a quotation inside a narrative paragraph
            narrative = {pi for pi, start, end in f.gaps if start == 0 and end == len(paras[pi].text)}
            for pi in (pi for pi in range(f.start[0], f.end[0] + 1) if pi not in narrative):
                role = f.roles.get(pi)
                here = offsets.get(pi, {})
                whole = (pi > f.start[0] or at_start(blocks[pi], here, did)) and (pi < f.end[0] or at_end(blocks[pi], here, did))
                if role or (f.shape == "block" and whole):
                    b = blocks[pi]
                    blocks[pi] = Block(b.id, cast(BlockKind, role or "document"), b.text, b.inlines, b.line)
            documents.append(QuotedDocument(
                did, f.kind, text, self._people(f.senders), self._people(f.recipients), f.date, f.place,
                f.destination, signature, "block" if f.shape == "block" else "inline", ids, cid,
                evidence_of(f)))
        return attach_parts(blocks, documents), documents


# "General Grant wired these several despatches from Nashville on February 12:": documents named in the plural
_SERIES = re.compile(r"\b(?:despatch|dispatch)es\b|\b(?:telegram|letter|message|cable|order|note)s\b", re.IGNORECASE)


def _in_series(doc: Found, previous: Found) -> None:
    """A document right under one whose introduction named several: of their kind (unless a salutation or closing
    makes it a letter, or a heading names it), sent from where and on the day that introduction says, unless its own
    lines say otherwise (its address and signature still name its parties)."""
    before = doc.values()
    if doc.kind in ("letter", "message") and not doc.headed and not {"salutation", "closing"} & set(doc.roles.values()):
        doc.kind = previous.kind
    doc.place, doc.date = doc.place or previous.place, doc.date or previous.date
    doc.noted(before, "introduction")
    doc.series = True
