"""A document's own lines: documents set off without quotation marks, and what their date line, address,
salutation and heading say, which outranks the narrative's guess."""

from __future__ import annotations

import re

from producer.read import fields, kinds
from producer.read.addresses import address, cased_name
from producer.read.cues import RANKS, RELATION, TITLE_WORDS
from producer.read.dates import DateContext, DateRef
from producer.read.found import Found
from producer.read.headline import caps_heading, person_heading
from producer.read.narrative import A_YEAR, Narrative
from producer.read.notes import MARKER
from producer.read.quotes import Span, ends_with_colon
from producer.read.setin import RUN_IN_DATE, dated_run, indented_letter
from producer.read.setoff import (
    LETTER_HEADS,
    PLACE_AND_YEAR,
    YEAR_LINE,
    head_role,
    heads_a_letter,
    introduces_document,
    line_role,
    mostly_capitals,
    setoff_extent,
)
from producer.read.signatures import SALUTATION_OPENING, salutation_name, signs_off


class OwnLines(Narrative):
    """The set-off documents of a chapter and the fields their own lines give."""

    def _dated_below(self, texts: list[str], span: Span, previous: Found) -> bool:
        """"‘SAM. JOHNSON.’" then "‘March 20, 1771.’": a quoted date line right under a letter is the letter's own; it
        joins the letter and gives its date and place."""
        if span.start_para != previous.end[0] + 1 or span.end_para - span.start_para > 1 or not span.closed \
                or previous.shape != "block" or texts[span.start_para][: span.start - 1].strip():
            return False
        found = self._dateline(" ".join(texts[i].strip(" “”‘’\"") for i in range(span.start_para, span.end_para + 1)),
                               self.when_at(span.start_para))
        if not found or not found[0]:
            return False
        previous.end = (span.end_para, span.end)
        before = previous.values()
        previous.date, previous.place = found[0], found[1] or previous.place
        previous.noted(before, "dateline")
        previous.evidence["date"] = "dateline"
        previous.roles.update({i: "dateline" for i in range(span.start_para, span.end_para + 1)})
        return True

    def _setoff_extents(self, texts: list[str], inside: set[int], indented: set[int]) -> list[tuple[int, list[tuple[int, str]]]]:
        """(intro paragraph, [(paragraph, role)]) for each document set off without quotation marks: after a colon, by
        its own header lines, or as a run of paragraphs set in from the narrative that opens with a date line."""
        extents = []
        pi = 0
        # a letter that is the chapter, under the chapter's argument if it prints one ('Lake Tahoe--Morning in San
        # Francisco--Dust--A Pacific mail-train--...')
        first = 1 if len(texts) > 1 and _ARGUMENT.fullmatch(texts[0]) else 0
        opening = (_signed_letter(texts, first) or _dated_and_signed(texts, first) or indented_letter(texts, indented, first)) \
            if not {0, first} & inside else None
        if opening:  # no narrative introduces it
            extents.append((-1, opening))
            pi = opening[-1][0]  # the next letter may start right under it
        while pi < len(texts) - 1:
            last = (self._sentences(pi).before(len(texts[pi]), 1) or [""])[-1]
            run = indented_letter(texts, indented, pi + 1) if pi + 1 not in inside else None
            if run:
                extents.append((pi, run))
                pi = run[-1][0]  # the next letter may start right under this one
                continue
            entries = dated_run(texts, pi + 1) if _BELOW.search(last) and kinds.kind_of(last) in _SENT else []
            if entries and pi not in inside and not inside & set(entries):
                # "under the respective dates given below, I sent cables ...": each dated paragraph is one of them
                extents += [(pi, [(k, "entry")]) for k in entries]
                pi = entries[-1] + 1
                continue
            sent_to = bool(_SENT_TO_END.search(last))  # "And I telegraphed to General Halleck", the colon lost
            introduced = (ends_with_colon(last) or sent_to) and not in_verse(texts, pi)
            if pi in inside or not introduced and not (pi + 1 not in inside and (_letter_at(texts, pi + 1) or heads_a_letter(texts[pi + 1]))):
                pi += 1
                continue
            extent = _signed_letter(texts, pi + 1) if not introduced else None
            extent = extent or setoff_extent(texts, pi + 1, len(texts))
            unsigned = extent is not None and not introduced and not _headed_and_signed(texts, extent) \
                and _addressed_and_dated(texts, extent)
            if extent and unsigned:  # 'TO HIS BROTHER.' / 'PARIS, March, 1832.' over a letter that ends unsigned
                extent = _written_on(texts, extent, inside)
            # 'TO ALL SOVIETS OF WORKERS' AND SOLDIERS' DEPUTIES' ... 'MURAVIOV.': addressed in capitals and signed
            addressed = extent is not None and heads_a_letter(texts[pi + 1]) and extent[-1][1] == "signature"
            if not extent or not introduced and not _headed_and_signed(texts, extent) and not caps_heading(texts[pi + 1]) \
                    and not unsigned and not addressed:
                pi += 1
                continue
            # its own header or signature lines make it a document, if it has a body of some length: "He only does it
            # to annoy, / Because he knows it teases. / CHORUS." is a song's verse
            structured = any(role != "document" for _, role in extent) \
                and sum(len(texts[i].split()) for i, role in extent if role == "document") >= 15
            if any(i in inside for i, _ in extent[:1]) or not (introduces_document(last) or structured or sent_to):
                pi += 1
                continue
            pi = _own_head(texts, extent, pi, extents[-1][1][-1][0] + 1 if extents else 0, inside)
            extents.append((pi, extent))
            pi = extent[-1][0]  # the next letter may start right under this one
        return extents

    def _setoff(self, texts: list[str], extents: list[tuple[int, list[tuple[int, str]]]],
                date_refs: dict[int, list[DateRef]]) -> list[Found]:
        found: list[Found] = []
        taken: set[int] = set()  # the paragraphs of the documents before: one right under another has no introduction
        for pi, extent in extents:
            under = pi in taken  # its kind is the one above's, until its own lines say otherwise
            pi = -1 if under else pi
            taken.update(i for i, _ in extent)
            earlier = (self._sentences(pi).before(len(texts[pi]), 3) or [""]) if pi >= 0 else [""]
            last = earlier[-1]
            if len(earlier) > 1 and _WRITTEN_AT.match(last):  # 'Fragment of a letter to Orion Clemens. Written at St.
                last = f"{earlier[-2].rstrip(' .')}, {last}"  # Louis in 1859:': the sentence before says to whom
            if extent[0][1] == "entry":  # "..., and from thenceforth, under the dates given below, I sent cables ...":
                last = last[_clause_start(last):]  # only the clause that introduces them says who sent them all
            # "an order was read to us ... It was afterwards posted, where I copied it:"
            # a chapter that is one letter, from its own lines down to its signature: a letter
            kind = next((k for k in (kinds.kind_of(t) for t in reversed(earlier)) if k), None) or ("letter" if pi < 0 else "message")
            if kind == "reply":  # "To which I replied:": what the answer is (a letter, a telegram) its own lines may say
                kind = "message"
            kind = found[-1].kind if under and found else kind
            who = self._parties(last, (pi, len(texts[pi])), kind) if pi >= 0 else fields.Parties([], [], None, None)
            date = self._date_before(date_refs.get(pi, []), pi, len(texts[pi])) if pi >= 0 else None
            first, lastpara = extent[0][0], extent[-1][0]
            f = Found(kind, (first, 0), (lastpara, len(texts[lastpara])), "block", who.senders,
                       who.recipients, date, who.place, who.destination, dict(extent), setoff=True)
            f.noted({}, "introduction")
            self._apply_roles(f, texts)
            self._run_in_salutation(f, texts[next((i for i, role in extent if role == "document"), first)])
            if extent[0][1] == "entry":  # a paragraph of the run, its date run in: no lines of its own
                before, f.roles = f.values(), {}
                f.date = self._entry_date(texts[first], date_refs.get(pi, []))
                f.noted(before, "dateline")
            found.append(f)
        return found

    def _entry_date(self, text: str, intro_refs: list[DateRef]) -> str | None:
        """The day a dated entry opens with ('January 13.'), in the year its introduction last named."""
        stamp = RUN_IN_DATE.match(text)
        years = [r.iso[:4] for r in intro_refs if r.iso]
        context = DateContext()
        context.year = int(years[-1]) if years else self.dates.year
        days = [r.iso for r in context.scan(stamp.group("date"))] if stamp else []
        return days[0] if days and days[0] else None

    def _run_in_salutation(self, f: Found, opening: str) -> None:
        """'MY DEAR MISS BROOKE,--I have ...': a salutation run into the first paragraph names to whom, and makes it a letter."""
        if not SALUTATION_OPENING.match(opening):
            return
        before = f.values()
        self._addressed(f, opening)
        f.noted(before, "salutation")
        if f.kind == "message":
            f.kind = "letter"

    def _addressed(self, f: Found, salutation: str) -> None:
        """The recipient a salutation names ("My dear Mary:"), unless the document's own lines already say, or it names
        no one; the narrative's guess ('He sent his proofs for Huxley to read.') gives way to it."""
        name = salutation_name(salutation)
        guessed = f.evidence.get("recipients") in ("introduction", "narrative")
        if name and fields.names_in(name) and (not f.recipients or f.recipients == [self.author] or guessed):
            f.recipients = [self._addressee(cased_name(name))]

    def _apply_roles(self, f: Found, texts: list[str]) -> None:
        """What a document's own lines say (date line, address, salutation, heading) outranks the narrative's guess."""
        def line(i: int) -> str:
            return texts[i].strip().strip("“”‘’\"").strip()

        read_above: set[int] = set()
        for i, role in sorted(f.roles.items()):
            if i in read_above:
                continue
            text = line(i)
            if role == "dateline" and f.roles.get(i + 1) == "dateline" and not PLACE_AND_YEAR.fullmatch(text):
                text = f"{text} {line(i + 1)}"  # "Cape Town," / "November 20th, 1899."; not 'ARCTIC EXPEDITION, 1876.'
                read_above.add(i + 1)
            elif role == "address" and f.roles.get(i + 1) == "address":
                text = f"{text.rstrip(',:. ')}, {line(i + 1)}"  # "MAJOR-GENERAL J. M. SCHOFIELD," / "Knoxville, Tenn.:"
                read_above.add(i + 1)
            before = f.values()
            self._apply_role(f, role, text, i)
            f.noted(before, role)

    def _apply_role(self, f: Found, role: str, line: str, at: int) -> None:
        """One of the document's own lines (paragraph `at`): its date line, address, salutation or heading."""
        if role == "dateline":
            found = self._dateline(line, self.when_at(at))
            if found is None and (by_year := PLACE_AND_YEAR.fullmatch(line)):  # 'MOSCOW,' / '1886.': a year alone
                found = by_year.group("year"), (self._dateline(by_year.group("place")) or (None, None))[1]
            found_date, found_place = found or (None, None)
            f.date, f.place = found_date or f.date, found_place or f.place
        elif role == "address":
            addressee, destination = address(line)
            # "To the above.": a pointer, not a name; a heading above that named the recipient outranks a line taken for
            # the address ('"The Duke hath rung the bell for supper, and says, ...' under 'JOHN GAY TO THE HON. MRS. HOWARD.')
            if re.search(r"[A-Z]", addressee) and not f.headed:
                f.recipients = _TWO_RANKED.split(addressee)  # 'Major-Gen. Butterfield and Gen. Hooker': two
            f.destination = destination or f.destination
        elif role == "salutation":  # "My dear Mary:", "DEAR SIR,": a name, unless the word is no one's name
            self._addressed(f, line)
        elif role == "heading" and (headed := caps_heading(line)):  # "CHARLES DARWIN TO J.S. HENSLOW. Shrewsbury, ..."
            sender, recipient, rest = headed
            f.kind, f.senders, f.recipients, f.headed = "letter", [cased_name(sender)], [cased_name(recipient)], True
            f.date, f.place = self._dateline(rest, self.when_at(at)) or (f.date, f.place) if rest else (f.date, f.place)
            year = YEAR_LINE.match(rest)  # "G. PEACOCK TO C. DARWIN. [1831.]": the year its own line gives
            if year and not (f.date or "").startswith(year.group(1)):
                f.date = year.group(1)
        elif role == "heading" and (named := person_heading(line)):  # "Miss Eden to Lady Buckinghamshire."
            f.kind, f.senders, f.recipients, f.headed = "letter", [named[0]], [named[1]], True
        elif role == "heading":  # "EXPEDITION ORDER No. 4.": the document names its kind
            f.kind = kinds.kind_of(line.lower()) or f.kind
        if role in ("salutation", "closing") and f.kind == "message" or f.kind in _PUBLIC_KINDS and (
                role in ("salutation", "closing") and _PERSONAL.search(line) or role == "address" and RELATION.search(line.lower())):
            f.kind = "letter"  # "Sir, ... Yours faithfully,", "My dear Father," "TO HIS MOTHER.": a letter, whatever the narrative said
        elif role in ("dateline", "heading") and f.kind == "message" and _HEADQUARTERS.search(line):
            f.kind = "dispatch"  # "HEADQUARTERS ARMY OF THE POTOMAC, May 4, 1863.": an army's message is a dispatch


_TWO_RANKED = re.compile(rf"\s+(?:and|&)\s+(?=(?:{'|'.join(re.escape(r) for r in (*RANKS, *TITLE_WORDS))})\s)")
_HEADQUARTERS = re.compile(r"\b(?:HEADQUARTERS|HEAD-QUARTERS|Headquarters|Head-quarters)\b")
# kinds a narrative word may give a document that its own lines show is a personal letter ('an appeal from his mother'
# gave 'proclamation' to 'TO HIS MOTHER.')
_PUBLIC_KINDS = frozenset({"message", "proclamation", "order", "summons", "petition", "circular", "record", "resolution",
                           "decree", "speech", "statement"})
_PERSONAL = re.compile(r"\b(?:dear|dearest|yours|affectionate(?:ly)?|love)\b", re.IGNORECASE)
_WRITTEN_AT = re.compile(r"^(?:Written|Sent|Dated)\s+(?:at|from|in|on)\b")
_LETTER_VOICE = re.compile(r"\b(?:I|me|my|you|your|yours)\b", re.IGNORECASE)
CHAPTER_LETTER = 80  # paragraphs a letter that is a whole chapter may span
_HEAD_WORDS = 6  # words a letter's date line or salutation read as its introduction may have ('April 20. My dear Judy:')
# "And I telegraphed to General Halleck" with no colon (a printer's slip): a verb of sending ends the paragraph
_SENT_TO_END = re.compile(
    r"\b(?:telegraphed|wired|cabled|wrote|despatched|dispatched)\s+(?:to\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*\.?){0,4}(?<!\.)$")
_BELOW = re.compile(r"\b(?:below|following|as follows)\b")
_SENT = frozenset({"telegram", "letter", "dispatch", "message", "note", "order", "report"})  # kinds a run may be


_VERSE_RUN = 6  # lines of verse above a colon: a poem's own line, introducing nothing set off


def in_verse(texts: list[str], pi: int) -> bool:
    """Paragraph `pi` ends a run of verse: it and the lines above it are each one short line, not in capitals, not
    opening with a quotation mark, and most running on to the next ('And some deputed prince the charge attend:' in
    Pope's Iliad, over a speech's indented lines)."""
    lines = texts[pi + 1 - _VERSE_RUN: pi + 1] if pi + 1 >= _VERSE_RUN else []
    return bool(lines) and all(15 <= len(t) <= 75 and not t.isupper() and t[:1] not in "“‘\"'" for t in lines) \
        and sum(t.rstrip()[-1:] in ".!?”’\"'" for t in lines) <= 2  # not short talk: '“Yes,” said he.'


def _clause_start(sentence: str) -> int:
    """Where the clause that says 'below' (or 'following') starts: after the comma or semicolon before it."""
    below = _BELOW.search(sentence)
    return max(sentence.rfind(",", 0, below.start()), sentence.rfind(";", 0, below.start())) + 1 if below else 0


def _letter_at(texts: list[str], i: int) -> bool:
    """A letter of a correspondence starts at paragraph `i`, by its own header lines or its salutation (under its
    date line: 'CHICAGO, May 4, 189-' / 'Dear Pierrepont: The cashier has just handed me ...')."""
    if i + 1 >= len(texts):
        return False
    first = line_role(texts[i], False)
    return ((first, head_role(texts, i + 1, first)) in LETTER_HEADS or bool(SALUTATION_OPENING.match(texts[i]))
            or first == "dateline" and bool(SALUTATION_OPENING.match(texts[i + 1])))


def _own_head(texts: list[str], extent: list[tuple[int, str]], pi: int, floor: int, inside: set[int]) -> int:
    """Take into the extent the header lines above it that were read as its introduction ('Tuesday.' / 'Dear Enemy:',
    'April 20. My dear Judy:'); returns the paragraph that introduces it now."""
    while pi >= floor and pi not in inside and extent[0][1] in ("salutation", "document") and len(texts[pi].split()) <= _HEAD_WORDS \
            and (role := line_role(texts[pi], False)) in ("dateline", "salutation") and not (role == extent[0][1] == "salutation"):
        extent.insert(0, (pi, role))
        pi -= 1
    if pi >= floor and pi not in inside and extent[0][1] == "dateline" and MARKER.sub("", texts[pi]).rstrip().endswith(",") \
            and len(texts[pi].split()) <= _HEAD_WORDS:
        extent.insert(0, (pi, "dateline"))  # 'THE JOHN GRIER HOME,' over 'April 17.': where, then when
        pi -= 1
    if pi >= floor and pi not in inside and extent[0][1] in ("dateline", "salutation") and person_heading(texts[pi]):
        extent.insert(0, (pi, "heading"))  # 'Miss Eden to Lady Buckinghamshire.' over 'TONBRIDGE,' / 'October 10 [1817].'
        pi -= 1
    return pi


_ARGUMENT = re.compile(r"[^.!?\n]+(?:(?:--|—)[^.!?\n]+){2,}\.?")  # topics between dashes: no sentence


def _signed_letter(texts: list[str], first: int) -> list[tuple[int, str]] | None:
    """A letter of a correspondence from its own header lines down to its signature, with whatever it quotes or
    introduces with a colon on the way ('... inserted in all the dailies:' / 'Notice!'), or None."""
    if not _letter_at(texts, first):
        return None
    extent = setoff_extent(texts, first, len(texts), CHAPTER_LETTER, chapter=True)
    if not extent or not _headed_and_signed(texts, extent):
        return None
    body = next(i for i, role in extent if role == "document")
    # another letter's head on the way: this one ended unsigned, and the signature found is that letter's
    # ('Sir,' over 'Your most obliged,' is the closing's, not a salutation; a date line under the signature is its own)
    return None if any(_letter_at(texts, i) and line_role(texts[i + 1], True) != "closing" for i, role in extent
                       if i > body and role != "dateline") else extent


def _dated_and_signed(texts: list[str], first: int) -> list[tuple[int, str]] | None:
    """A chapter that is one letter with no salutation: its date line opens it ('LAKE TAHOE, September 2.') and its
    signature ends it ('I. L. B.'), as travel letters print them, or None."""
    last = len(texts) - 1
    if not 2 <= last - first <= CHAPTER_LETTER or line_role(texts[first], False) != "dateline" \
            or line_role(texts[last], True) != "signature":
        return None
    return [(first, "dateline"), *((i, "document") for i in range(first + 1, last)), (last, "signature")]


def _addressed_and_dated(texts: list[str], extent: list[tuple[int, str]]) -> bool:
    """An extent under a letter's address in capitals and a date line with its year: 'TO SIR HORACE MANN.' /
    'DOWNING STREET, May 26, 1742.' -- a letter, though nothing introduces it and no one signs it."""
    return len(extent) > 2 and [r for _, r in extent[:2]] == ["address", "dateline"] and texts[extent[0][0]].startswith("TO ") \
        and bool(A_YEAR.search(texts[extent[1][0]]))


def _written_on(texts: list[str], extent: list[tuple[int, str]], inside: set[int]) -> list[tuple[int, str]]:
    """An unsigned letter's extent run on over the paragraphs after its first that speak as a letter does (to 'you', as
    'I'), up to the next letter's head or heading; the narrative that speaks of it ('Agassiz's next letter ...') ends it."""
    j = extent[-1][0] + 1
    while j < len(texts) and j not in inside and _LETTER_VOICE.search(texts[j]) and not heads_a_letter(texts[j]) \
            and not _letter_at(texts, j) and not mostly_capitals(texts[j]):
        extent = [*extent, (j, "document")]
        j += 1
    return extent


def _headed_and_signed(texts: list[str], extent: list[tuple[int, str]]) -> bool:
    """An extent that opens with a letter's header lines, or its salutation, and closes with a signature."""
    roles = tuple(role for _, role in extent)
    below = extent[-1][0] + 1  # or ends right above the next letter's heading ('TO MADAME DE LAFAYETTE.')
    signed = roles[-1] == "signature" or roles[-2:] == ("signature", "dateline")  # 'F. Liszt' / 'Weymar, June 8th 1854'
    return _letter_at(texts, extent[0][0]) and (signed or signs_off(texts[extent[-1][0]])
                                                or below < len(texts) and heads_a_letter(texts[below]))
