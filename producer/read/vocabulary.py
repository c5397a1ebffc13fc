"""Telling a name from a common word by how the book itself writes the word.

A party or place the reader found may be one capitalized word ("Enter", "Sincerity", "See", "East"). A name is
written with its capital in the middle of sentences; a common word mostly in lower case, and with a capital
only where a sentence starts. So a found word that the book writes in lower case more often than it writes it
capitalized mid-sentence is not a name, and the field stays empty: said less, not said wrong. Likewise a place the
reader took from the narrative around a document counts only where the book writes it as a place (Vocabulary.a_place).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from producer.model import QuotedDocument
from producer.read.cues import LANGUAGES, NAME_ABBREVIATIONS, OFFICES, ORG_WORDS, PEOPLE_NOUNS, RANKS, TITLE_WORDS, WEEKDAYS

_LOWER = re.compile(r"\b([a-z][a-z’'-]+)\b")
_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z’'-]+)\b")  # after a lower-case word or a comma: not a sentence's start
_PRONOUNS = {"I", "We", "He", "She", "It", "They", "You", "Me", "Him", "Her", "Us", "Them", "Myself", "Himself", "Herself"}
_SENT = r"\b(?:wrote|writes|written|telegraphed|telegraphs|wired|wires|cabled|reported|reports|sent|sends|dated|despatched|dispatched|transmitted|wire)"
# words of a clause or a title, never of a person's or a body's name
_CLAUSE_WORDS = {"is", "are", "was", "were", "be", "been", "by", "which", "who", "whom", "what", "how", "why", "when", "with",
                 "till", "until", "after", "regard", "if", "than", "that", "from", "letter", "postscript", "fragment", "extract",
                 # the heading of what comes next, under a document, is no one's signature: 'Part First', 'Supplementary
                 # Notes. Pictography', 'Other Translations--'
                 "part", "chapter", "notes", "appendix", "section", "contents", "index", "bibliography", "translations",
                 "preface", "introduction", "footnotes", "endnotes"}
_ROLE_NOUNS = PEOPLE_NOUNS | {w.lower() for w in (*RANKS, *OFFICES, *ORG_WORDS, *TITLE_WORDS)}
_VERBS = r"(?:wrote|writes|said|says|replied|answered|sent|telegraphed)"
_ACTS_AFTER = re.compile(rf"['’]s\b|\s+{_VERBS}\b")  # "London's letter", 'London wrote'
_ACTS_BEFORE = re.compile(rf"\b{_VERBS}\s+$")  # 'wrote Sydney Smith'
_WHERE_BEFORE = re.compile(r"\b(in|at|near)\s+(?:the\s+)?$")  # 'in London', 'at the Hague'
_ADDRESS_FORMS = {"Sire", "Monseigneur", "Monsieur", "Madam", "Madame", "Sir", "Excellency", "Majesty", "Highness", "Lordship"}
_SIGNED_WORDS = 5  # a signature naming its writer in more words is a heading or an inscription ('Vibas In Pace Et ...')
_KEPT = {w.lower().rstrip(".") for w in (*TITLE_WORDS, *RANKS, *NAME_ABBREVIATIONS, "Miss", "Madame", "Herr", "Frau")}


class Vocabulary:
    """How often a text writes each word in lower case, and capitalized in the middle of a sentence."""

    def __init__(self, text: str) -> None:
        self._lower = Counter(_LOWER.findall(text))
        self._mid = Counter(_MID_SENTENCE.findall(text))
        self._text = text
        self._places: dict[str, bool] = {}  # a_place's answers
        self._named: dict[str, bool] = {}  # named_as_place's
        self._only_places: dict[str, bool] = {}  # only_a_place's

    def common(self, word: str) -> bool:
        """'Enter' where the text says 'enter' more often than 'Enter' mid-sentence; titles and ranks never."""
        w = word.strip(".,;:’'")
        if len(w) < 2 or not w[:1].isupper() or w.lower() in _KEPT:
            return False
        # in capitals ('SON', 'STEINER') the word is judged as the book writes it capitalized: 'Son', 'Steiner'
        return self._lower[w.lower()] > self._mid[w.title() if w.isupper() else w]

    def names(self, value: str) -> bool:
        """Whether a found party or place can be a name: not one common word ('See'), nothing with a pronoun in it
        ('Whilst I', 'wife he'), no word that joins a clause ('Sect. Xv. Rules by Which', 'Study Philosophy Is to Learn
        to Die'); longer ones are not judged by their words ('War Office', 'Commanding Officer' are common words)."""
        words = value.split()
        if any(re.sub(r"['’]\w+$", "", w).capitalize() in _PRONOUNS for w in words if w != "US"):
            return False  # 'Whilst I', "I'm", 'wife he'
        if {w.lower().strip(".,;:") for w in words} & _CLAUSE_WORDS:
            return False
        if len(words) == 1 and words[0].strip(".,;:").capitalize() in _ADDRESS_FORMS:
            return False  # 'Monseigneur', 'Sire': how someone is addressed, no one's name
        if not any(w[:1].isupper() for w in words):  # 'divisional commanders', 'the troops'; not 'some', 'heavy', 'say'
            return _role(value) == value
        return len(words) > 1 or not self.common(value)

    def party(self, value: str) -> str | None:
        """A found sender or recipient as a name, or None: in lower case, only as far as its last word for people
        ('troops entering' -> 'troops', 'peasants of' -> 'peasants', 'press saying' -> None)."""
        value = value if any(w[:1].isupper() for w in value.split()) else _role(value) or ""
        return value if value and self.names(value) else None

    def named_as_place(self, name: str) -> bool:
        """Whether the text ever speaks of `name` as a place, in any case ('in New York', 'from England'): 'NEW YORK TO
        ALBANY.' over two chapters is a route, where 'KING THEODORIC TO THEON.' heads letters; 'England' after a name in
        a heading is where the letter went, 'PRAEPOSITUS' is a title. A looser test than a_place: a heading is read
        for what it is, not for who sent what from where."""
        if name not in self._named:
            where = re.compile(rf"\b(?:in|at|near|from)\s+(?:the\s+)?{re.escape(name)}\b", re.IGNORECASE)
            self._named[name] = bool(where.search(self._text))
        return self._named[name]

    def only_a_place(self, name: str) -> bool:
        """A name the book writes where people are ('in London', 'at New Haven') and never as someone who acts
        ('London wrote', "London's letter"): a place, not a sender."""
        name = name.strip(" .,;:")
        if name not in self._only_places:
            where: list[str] = []  # the word before each time the book writes the name where someone is
            acts = False
            text, at = self._text, self._text.find(name)  # the name first: a regular expression's scan takes 40 ms a MB
            while at >= 0:
                end, start, at = at + len(name), at, text.find(name, at + 1)
                if start and text[start - 1].isalnum() or text[end: end + 1].isalnum():
                    continue  # inside a longer word
                before, after = text[max(0, start - 20): start], text[end: end + 14]
                acts = acts or bool(_ACTS_AFTER.match(after) or _ACTS_BEFORE.search(before))
                if (prep := _WHERE_BEFORE.search(before)) and not after.startswith(("'s", "’s")):
                    where.append(prep[1])
            # 'in' twice at least: 'interested in Fanny Robin' once is no place
            self._only_places[name] = (len(where) >= 2 or "at" in where or "near" in where) and not acts
        return self._only_places[name]

    def a_place(self, name: str) -> bool:
        """Whether a place read from the narrative ("from X", "in X") is one the book writes where someone is or sends
        from: 'at Omdurman', 'in the Ukraine', 'before Kazan', 'the station of Gryazi', 'dated Canterbury', 'received
        from London', 'Grant wired these despatches from Nashville', 'over a direct wire from Tambov' (not 'received a
        signal from Buller', 'a letter from Cyrus': people send them too); never a language ('translated from the
        Latin') or a day."""
        if name not in self._places:
            at = rf"(?:the\s+)?{re.escape(name)}\b(?!['’]s)"
            placed = re.search(rf"(?:\b(?:at|in|near|before|reached|received\s+from|dated|(?:station|town|city|village|port)\s+of)"
                               rf"|{_SENT}(?:\s+[\w’'-]+){{0,4}}?\s+from)\s+{at}", self._text)
            self._places[name] = name not in LANGUAGES and name not in WEEKDAYS and bool(placed)
        return self._places[name]


def narrowed(d: QuotedDocument, **fields: Any) -> QuotedDocument:
    """The document with some of its parties or places changed, and no evidence left for a field now empty."""
    d = replace(d, **fields)
    return replace(d, evidence=tuple(e for e in d.evidence if getattr(d, e[0])))


def _role(value: str) -> str | None:
    """A party in lower case up to its last word that names people in numbers, a rank, an office or a body."""
    words = value.split()
    ends = [i for i, w in enumerate(words) if {w.lower().strip(".,;:"), w.lower().strip(".,;:").removesuffix("s")} & _ROLE_NOUNS]
    return " ".join(words[: ends[-1] + 1]) if ends else None


def without_common_words(documents: list[QuotedDocument], vocabulary: Vocabulary) -> list[QuotedDocument]:
    """Documents with every party that is no name (see Vocabulary.party; a signature of more than _SIGNED_WORDS words
    names no sender) and every place that reads as a common word taken out, and every place from the narrative that
    the book never writes as a place, with its evidence."""
    def parties(names: tuple[str, ...], most_words: int = 99) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p for n in names if len(n.split()) <= most_words and (p := vocabulary.party(n))))

    out = []
    for d in documents:
        evidence = dict(d.evidence)
        senders = parties(d.senders, _SIGNED_WORDS if evidence.get("senders") == "signature" else 99)
        # a letter from Kutuzov to Kutuzov: one of the two readings is wrong, and the writer's is the surer
        recipients = tuple(r for r in parties(d.recipients) if r not in senders)
        # 'London' read as a sender from the introducing sentence, 'Moscow.' at a letter's foot (where Chekhov wrote
        # it), in a book that is 'in London' and 'at Moscow' and never has them write
        senders = tuple(n for n in senders if evidence.get("senders") not in ("introduction", "signature")
                        or not vocabulary.only_a_place(n))
        recipients = tuple(n for n in recipients if evidence.get("recipients") != "introduction" or not vocabulary.only_a_place(n))
        out.append(narrowed(d, senders=senders, recipients=recipients,
                            place=d.place if d.place is None or _a_place(d, "place", vocabulary) else None,
                            destination=d.destination if d.destination is None or _a_place(d, "destination", vocabulary) else None))
    return out


def _a_place(d: QuotedDocument, key: str, vocabulary: Vocabulary) -> bool:
    """A place or destination can be a name; one read from the narrative around the document ("a letter from Cyrus",
    "translated from the Latin") only where the book writes it as a place elsewhere too."""
    value: str = getattr(d, key)
    return vocabulary.names(value) and (dict(d.evidence).get(key) not in ("introduction", "narrative") or vocabulary.a_place(value))
