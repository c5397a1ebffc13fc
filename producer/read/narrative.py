"""What the narrative around the quotations knows: sentences, who it is about, when and where it is."""

from __future__ import annotations

import re
from collections import Counter

from producer.read import cues, fields, kinds
from producer.read.cues import QUERY_MARK, RANKS, REGIONS, SIGNED_MARK, TITLE_WORDS
from producer.read.dates import DateContext, DateRef
from producer.read.quotes import SentenceIndex, Span
from producer.read.setoff import BLANK_YEAR, BY_ORDER, mostly_capitals, place_line

_FIRST_PERSON_NARRATIVE = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_SUBJECT_SKIP = re.compile(
    r"^(?:On|In|At|After|When|During|Even|Having|Next|Then|But|And|So|Later|Meanwhile|While|By|From|Before|Yet|Still|Now"
    r"|Thus|Unfortunately|However)\b[^,]*,\s*"
)
_YEAR_REACH = 12  # paragraphs after an undated date line in which the narrative may still tell its year
When = tuple[int | None, str | None]  # a year, and the day (ISO) the story is at
# a closing alone where a signature stands ("Yours.", "Ever yours."): no name in it, unlike "Your sad-hearted Pamela."
_CLOSING_ONLY = re.compile(r"(?:(?:Ever|Always|Truly|Sincerely|Affectionately|Faithfully)\s+)?[Yy]ours"
                           r"(?:\s+(?:ever|truly|sincerely|affectionately|faithfully))?[.,!]?")
# names the chapter puts after "at", "in", "near" are places ("telegraphed to Vienna" then names a destination)
_PLACE_MENTION = re.compile(
    r"\b(?:at|in|near)\s+(?P<np>(?:the\s+(?:station|town|city|village|fortress|port)\s+of\s+)?[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)\b"
    r"(?!\s+(?:said|wrote|answered|replied|told))"
)
_ASIDE = re.compile(r",\s*(?:I am told|I was told|we are told|I hear|I heard|it is said|it was said|they say|it seems),", re.IGNORECASE)
_PASSIVE_BY = re.compile(
    r"\b(?:drafted|written|signed|sent|telegraphed|issued|composed|dictated|wired|said)\b(?:\s+[\w]+){0,5}?\s+by\s+(?:the\s+)?"
    r"(?P<np>(?:[A-Z][\w’'\-]+|[a-z]+)(?:[ -][A-Z][\w’'\-]+)*)"
)


# an editor's aside after a date line, in parentheses or brackets that hold no date ("(8th June 1796)" is one)
# "[Read this last.]", "(In C. Darwin's writing.)", and the telegraph office's "(Received 1 A.M., May 5.)"
_EDITORS_ASIDE = re.compile(r"\s*(?:\([^)\d]*\)|\[[^\]\d]*\]|\((?:Received|received|Rec['’]?d\.)\s[^)]*\))")


# "Rev. Dr. Hopkins of Rhode Island": a titled person and where he is from; not "Duke of Wellington", "Bank of England"
_TITLED = "|".join(re.escape(t) for t in sorted(TITLE_WORDS | {"Rev.", "Reverend", "Hon."}))
_OF_WHERE = re.compile(rf"^(?P<who>(?:(?:{_TITLED})\s+)+(?:[A-Z]\.\s?)*[A-Z][a-z’'\-]+)\s+of\s+[A-Z].*$")


def without_origin(name: str) -> str:
    """A titled person's name without the place after it: 'Rev. Dr. Hopkins of Rhode Island' -> 'Rev. Dr. Hopkins'."""
    m = _OF_WHERE.match(name)
    return m.group("who") if m else name


class Narrative:
    """Reading-order state of a chapter's narrative, shared by the classifying and building steps."""

    def __init__(self, author_surname: str, author_full: str | None = None) -> None:
        self.author = author_surname
        self.initials = "".join(w[0] for w in (author_full or "").split() if w[:1].isupper())
        self.author_first = (author_full or "").split()[0] if author_full and len(author_full.split()) > 1 else None
        self.dates = DateContext()
        self._texts: list[str] = []
        self._index: dict[int, SentenceIndex] = {}
        self._names: Counter[str] | None = None
        self._places: set[str] = set()
        self._when: dict[int, When] = {}  # the narrative's year and day as each paragraph begins (see _scan_dates)
        self._years: dict[int, list[int]] = {}  # the years each paragraph of the narrative names
        self.opening: dict[str, When] = {}  # by chapter id: when a chapter's first paragraph is (see when_at)
        self.first_person_paras: set[int] = set()  # paragraphs whose narrative (outside quotations) says I, me, we

    def start_chapter(self, texts: list[str]) -> None:
        """Begin a chapter's body paragraphs; dates carry over from earlier chapters."""
        self._texts, self._index, self._when, self._years = texts, {}, {}, {}
        self._names = None  # counted on first use: only initials-only signatures need it
        self.first_person_paras = set()  # set by _scan_dates
        self._places = {p for p in (fields.strip_place(m.group("np")) for t in texts for m in _PLACE_MENTION.finditer(t))
                        if not fields.is_org(p)}

    def _subject(self, sentence: str, orgs: bool = False) -> str | None:
        """The person (or, with `orgs`, the body) a sentence is about when it opens with a name ('Lenin understood...')."""
        if sentence.lstrip().startswith(("“", '"')):
            return None  # a line of dialogue, not narrative
        rest = _SUBJECT_SKIP.sub("", sentence.strip())
        m = fields.NAME.match(rest)
        if not m:
            return None
        names = fields.names_in(m.group())
        if names and (orgs or not fields.is_org(names[0])) and rest.startswith(names[0].split()[0]):
            return names[0]
        return None

    def _sentences(self, pi: int) -> SentenceIndex:
        index = self._index.get(pi)
        if index is None:
            index = self._index[pi] = SentenceIndex(self._texts[pi])
        return index

    def _previous_subject(self, pi: int, offset: int, orgs: bool = False) -> str | None:
        """The person (or body, with `orgs`) the narrative was last about, before `offset` of paragraph `pi`: in
        that paragraph only. A 'he' resolved from paragraphs above (a letter's own text, a quotation) was wrong more
        often than right in books nobody tuned on ('In June of the same year he wrote:--' under a letter to Hooker
        gave Hooker), so an introduction that names no one in its own paragraph gives no sender."""
        index = self._sentences(pi)
        for sentence in reversed(index.before(index.start(offset))):
            if mostly_capitals(sentence) or len(sentence.split()) < 3:
                continue  # 'LETTERS FROM VIENNA.', 'AEt. 47-49.': a heading, no one the story is about
            who = self._subject(sentence, orgs)
            if who:
                return who
        return None

    def _parties(self, text: str, where: tuple[int, int], kind: str | None) -> fields.Parties:
        """Parties named in `text`, pronouns resolved against the narrative before `where` (paragraph, offset)."""
        text = _ASIDE.sub("", text)  # "In the evening, I am told, the General received ...": the teller is not a party
        verbs = list(kinds.SPEECH_VERBS.finditer(text))
        pi, offset = where
        who = fields.parties(text, verbs[0].start() if verbs else len(text), self.author, self._previous_subject(pi, offset),
                             kind, self._previous_subject(pi, offset, orgs=True))
        if who.recipients and who.recipients[-1] in self._places and who.destination is None:
            who.destination = who.recipients.pop()  # "telegraphed to Vienna": a place the book names as one
        passive = _PASSIVE_BY.search(text)  # "drafted by", "said to me over the direct wire by"
        if passive and (not who.senders or who.senders == [self.author] and "I " not in text):
            who.senders = [passive.group("np")]  # "The reply, drafted by the Under-Secretary, Herr von Lindenau"
        return who

    def _addressee(self, name: str) -> str:
        """A salutation's name; the memoirist's own first name ("Konstantin Ivanovich") means the memoirist."""
        words = [w for w in name.split() if w not in TITLE_WORDS and w != "Comrade"]
        return self.author if words and words[0] == self.author_first else name

    def _people(self, names: list[str]) -> tuple[str, ...]:
        """Parties as the chapter names them most fully, without where a titled one is from, each once."""
        return tuple(dict.fromkeys(self._fullest(without_origin(n)) for n in names))

    def _fullest(self, name: str) -> str:
        """A name as the chapter names the person most fully: 'Sir Redvers' -> 'Sir Redvers Buller' when that is the one
        longer name in the chapter beginning with it; otherwise the name as it stands."""
        first = name.split()[:1]
        if not first or first[0] not in TITLE_WORDS:
            return name  # only a titled name is looked for in full (counting the chapter's names is what costs)
        if self._names is None:
            self._names = Counter(n for t in self._texts for n in fields.names_in(t))
        longer = {n for n in self._names if n.startswith(name + " ") and not fields.is_org(n) and len(n.split()) <= 4}
        return longer.pop() if len(longer) == 1 else name

    def _signer(self, signature: str) -> str | None:
        """Who a signature names: 'J. C. VERMAAK, Commandant.' -> 'J. C. Vermaak'; initials matched to the book's people."""
        line = re.sub(rf"^{SIGNED_MARK}\s+", "", signature.strip("“”‘’\" "))
        if re.search(rf"{QUERY_MARK}$", line):
            return None  # 'GEN. HOOKER (?)': the editor is not sure who signed, so neither are we
        by_order = BY_ORDER.match(line)
        if by_order:  # "By command of the Lieutenant-General:": his, but he is not named
            name = by_order.group("name").strip()
            return None if name in RANKS or not fields.names_in(name) else name
        line = re.sub(r"^(?:Yours|Your|Ever|With|Sincerely|Faithfully|Respectfully|Believe me|I am|I remain)\b[^,]*,\s*", "", line)
        if _CLOSING_ONLY.fullmatch(line):
            return None  # "Yours.", "Ever yours.": a closing that names no one
        ranked = re.search(r"\s((?:[A-Z]\.\s?)*[A-Z][A-Z'’\-]{2,})\.?$", line)
        if ranked and not line.isupper():  # "Commander of the Group A. TESLEFF."
            line = ranked.group(1)
        name = line.split(",")[0].strip()
        if not name.rstrip("."):
            return None
        if not re.search(r"(?:\b[A-Z]|[a-z][A-Z])\.$", name):
            name = name.rstrip(".")  # "Walton.", "TROTSKY.": the sentence's stop; not "S. McB.", "R.W.": the name's
        if re.fullmatch(r"(?:[A-Z]\.\s?)*[A-Z]\.?", name):  # initials only
            initials = name.replace(".", "").replace(" ", "")
            if initials == self.initials:
                return self.author
            if self._names is None:
                self._names = Counter(n for t in self._texts for n in fields.names_in(t))
            people = [n for n, _ in self._names.most_common() if not fields.is_org(n) and not re.fullmatch(r"(?:[A-Z]\.?\s?)+", n)]
            full = [n for n in people if "".join(w[0] for w in n.split() if w not in TITLE_WORDS) == initials]
            known = full  # "H. C." is Hugh Carstairs
            return known[0] if known else name
        return fields.title_name(name) if re.sub(r"\bMa?c(?=[A-Z]{2})", "", name).isupper() else name  # 'SALLIE McBRIDE'

    def when_at(self, pi: int) -> When:
        """When a date line in paragraph `pi` without its own year is: the narrative's year and day as the paragraph
        begins, else the first year the narrative names within a few paragraphs after it (it is about to tell it);
        never a year some distant page names ('since 1876', 8,000 lines on)."""
        year, day = self._when.get(pi, (None, None))
        if year is None:
            year = next((ys[0] for k in range(pi, pi + _YEAR_REACH) if (ys := self._years.get(k))), None)
        return year, day

    def _dateline(self, line: str, when: When = (None, None)) -> tuple[str | None, str | None] | None:
        """(date, place) from a document's own date line: 'Simbirsk, September 2, 1918.'; None if it is not one. A
        line without its year ('December 27.') is in the year of `when` (see when_at), the next year if its month is
        well before `when`'s day ('January 1.' after December 30); no year known, no date."""
        line = _EDITORS_ASIDE.sub("", line)  # "Maer, August 31, 1831. [Read this last.] (In C. Darwin's writing.)"
        if len(line.split()) > (12 if line.count(",") >= 3 else 10):  # 'The Government School of Mines, Jermyn Street, London, ...'
            return None
        head = DateContext()
        head.year, head.current = when
        # an editor's brackets and doubts: "Shrewsbury, Tuesday [August 30?, 1831]." is August 30, 1831
        refs = [r for r in head.scan(re.sub(r"\s*\?(?=[,\]])|[\[\]]", "", line)) if r.kind not in ("rel", "y")]
        date = next((r.iso for r in refs if r.iso), None) if not BLANK_YEAR.search(line) else None  # 'May 4, 189-': left blank
        if date and _EITHER_MONTH.search(line):
            date = date[:4]  # '[Feb. or March, 1729.]': the editor is unsure of the month, sure of the year
        if not refs:
            weekday = cues.PLACE_AND_WEEKDAY.match(line.strip(" “\"‘"))
            if weekday:
                return None, weekday.group("place")
            bare = line.strip(" “\"‘")
            town, _, region = bare.rstrip(".,").partition(", ")  # 'Howard Grove, Kent.': the town in its county
            if region and {region.lower(), region.lower() + "."} & REGIONS and place_line(town):
                return None, town
            return (None, _town(bare.rstrip(".,"))) if place_line(bare) and not _UNIT.search(bare) else None  # 'MOSCOW,' -> 'Moscow'
        parts = [p.strip(" “\"") for p in re.split(r"[,:]", line)[:-1]]  # "Cork Street: Tuesday morn [August 1796]." too
        places = [p for p in parts if p and fields.names_in(p) == [p] and p not in fields.MONTHS and not re.search(r"\d", p)]
        places = [p for p in places if not _UNIT.search(p)]  # 'HEADQUARTERS CAVALRY DIVISION,' names no town: no place
        places = [p for p in places if not fields.is_org(p) and not re.search(r"\b(?:House|Headquarters|Office|Palace|Station)\b", p)] or places
        towns = [p for p in places if not {p.strip(" .").lower(), p.strip(" .").lower() + "."} & REGIONS]  # "ALLATOONA, GEORGIA", "Hants"
        return date, _town((towns or places)[-1]) if places else None

    @staticmethod
    def _same_day(date_refs: dict[int, list[DateRef]], pi: int, reach: int = 4) -> str | None:
        """The day the narrative last named, if within `reach` paragraphs before paragraph `pi`."""
        for j in range(pi, max(-1, pi - reach - 1), -1):
            days = [r.iso for r in date_refs.get(j, []) if r.iso and len(r.iso) == 10]
            if days:
                return days[-1]
        return None

    def _date_before(self, refs: list[DateRef], pi: int, offset: int) -> str | None:
        """The last resolved date of the sentence that ends at `offset` of paragraph `pi` (the introduction): a date
        told earlier in the paragraph is the day of some other event ("He left Paris on the 21st of March. ... Colli
        transmitted to him the following letter:"), not the document's."""
        if pi < 0:
            return None
        sentences = self._sentences(pi)
        start = sentences.start(max(offset - 1, 0))
        text = self._texts[pi]
        if start and cues.POINTS_BACK.match(text[start:offset]):
            start = sentences.start(start - 1)  # "... reached me on the 3rd of April. They were brief:": that sentence's day
        before = [r for r in refs if r.end <= offset and r.iso and (start <= r.start or _sets_the_day(text, sentences.start(r.start), r))
                  and not _HEDGED.search(text[max(0, r.start - 20): r.start])]  # "(probably in 1836)": the text is unsure
        return before[-1].iso if before else None

    def _scan_dates(self, texts: list[str], spans: list[Span], setoff: set[int]) -> dict[int, list[DateRef]]:
        """Date expressions of the narrative (outside quotations and set-off documents), resolved in reading order."""
        refs: dict[int, list[DateRef]] = {}
        cuts: dict[int, list[tuple[int, int]]] = {}
        for s in spans:
            for pi in range(s.start_para, s.end_para + 1):
                a = s.start if pi == s.start_para else 0
                b = s.end if pi == s.end_para else len(texts[pi])
                cuts.setdefault(pi, []).append((a, b))
        for pi, text in enumerate(texts):
            self._when[pi] = (self.dates.year, self.dates.current)
            if pi in setoff:
                if len(text.split()) <= _DATELINE_WORDS and A_YEAR.search(text):
                    self.dates.scan(text)  # a letter's own heading or date line with its year: the story is there now
                continue
            pos = 0
            pieces = []
            for a, b in sorted(cuts.get(pi, [])):
                pieces.append((pos, text[pos:a]))
                pos = max(pos, b)
            pieces.append((pos, text[pos:]))
            for base, piece in pieces:
                # a document is addressed to the memoirist only where the story has him: "I", "we" around it
                if _FIRST_PERSON_NARRATIVE.search(_ASIDE.sub("", piece)):  # not "..., I am told, the General received
                    self.first_person_paras.add(pi)
                for r in self.dates.scan(piece):
                    refs.setdefault(pi, []).append(DateRef(base + r.start, base + r.end, r.kind, r.iso))
        self._years = {pi: [int(r.iso[:4]) for r in rs if r.iso] for pi, rs in refs.items()}
        return refs


_EITHER_MONTH = re.compile(rf"\b(?:{cues.MONTH_WORD}|{cues.MONTH_ABBREVIATION})\s+or\s+(?:{cues.MONTH_WORD}|{cues.MONTH_ABBREVIATION})")
_DATELINE_WORDS = 14  # 'CHARLES DARWIN TO J.S. HENSLOW. Cambridge, Red Lion [September 2], 1831.'
A_YEAR = re.compile(r"\b1[5-9]\d\d\b")  # a year a letter is dated in
_HEDGED = re.compile(r"\b(?:probably|perhaps|possibly|about|circa|c\.)\s+(?:in\s+|on\s+|the\s+)?$", re.IGNORECASE)


def _town(place: str) -> str:
    """The town a date line names: 'AROUND ALLATOONA' -> 'Allatoona', 'Camp near Fredericksburg' -> 'Fredericksburg'."""
    place = fields.title_name(place) if place.isupper() else place
    institution = _INSTITUTION.match(place)
    if institution:  # "Executive Department" / "Milledgeville, Georgia" printed as two lines: the town
        return institution.group("town")
    return re.sub(r"^(?:(?:Camp|Headquarters|Head-quarters)\s+)?(?:Around|Near|Before|At|In front of|Outside)\s+(?=[A-Z])", "",
                  place, flags=re.IGNORECASE)


_UNIT = re.compile(r"\b(?i:army|division|corps|brigade|regiment)\b")  # a command, not a town (where the annotators differ)
# an institution's name run into the town under it: "Executive Department Milledgeville", "Seminary of Learning Alexandria"
_INSTITUTION = re.compile(r"^.*\b(?:Department|Seminary|Academy|College|University|Institute|Office|House|Hospital)"
                          r"(?:\s+of\s+[A-Z][\w’'\-]+)?\s+(?P<town>[A-Z][\w’'\-]+)$")


def _sets_the_day(text: str, sentence_start: int, ref: DateRef) -> bool:
    """A date opening its sentence sets the day for the rest of the paragraph: "Next day, the Committee took up ...
    The Committee resolved:", "At two in the morning of the 15th I was called ...". One later in a sentence is the
    day of that sentence's event only ("Bonaparte left Paris on the 21st of March. ... Colli sent him:")."""
    opening = text[sentence_start: ref.start].strip()
    return bool(cues.SCENE_OPENER.match(text[sentence_start:].lstrip())) and len(opening.split()) <= 6
