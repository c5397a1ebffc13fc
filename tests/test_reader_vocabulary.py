"""A party or place that the book itself writes as a common word is not a name (producer/read/vocabulary.py)."""

from __future__ import annotations

from producer.model import QuotedDocument
from producer.read.vocabulary import Vocabulary, without_common_words

# Dracula, ch. II (Gutenberg #345): "Enter" opens a sentence, "enter" is the word the book uses
TEXT = ("“Welcome to my house! Enter freely and of your own will!” He made no motion of stepping to meet me. "
        "I would not enter the room, and the Count said that Harker was to enter it. "
        "I saw that Dracula had gone; the letter was in the hand of Dracula. Whilst I waited, he wrote. "
        "The wind came from the east; we went East with Lord Godalming.")


def test_a_word_the_book_writes_in_lower_case_is_not_a_name() -> None:
    words = Vocabulary(TEXT)
    assert words.common("Enter") and not words.names("Enter")
    assert not words.common("Dracula") and words.names("Dracula") and words.names("Harker")
    assert not words.names("Whilst I") and not words.names("I’m")  # a pronoun is never part of a name
    assert words.names("Lord") and words.names("Lord Godalming")  # titles are kept; longer names are not judged by word
    assert words.names("DRACULA") and words.names("STEINER")  # in capitals: judged as the book writes 'Dracula'
    assert not words.names("ENTER")  # 'Enter' is the book's 'enter'


def test_common_words_leave_the_fields_empty_with_their_evidence() -> None:
    doc = QuotedDocument("d1", "letter", "Welcome.", ("Enter",), ("Dracula",), None, "East", None, None, "inline", (), "ch1",
                         (("senders", "narrative"), ("recipients", "narrative"), ("place", "narrative")))
    (out,) = without_common_words([doc], Vocabulary(TEXT + " They came from the east again, and east once more."))
    assert (out.senders, out.recipients, out.place) == ((), ("Dracula",), None)
    assert out.evidence == (("recipients", "narrative"),)


def test_a_place_read_from_the_narrative_must_be_one_the_book_writes_as_a_place() -> None:
    """Tuning chapters: Nevinson's Ladysmith diary ('a signal from Buller' is no place: the book never writes 'at
    Buller'); Longstreet ('General Grant wired these several despatches from Nashville'), Austen's Life ('at
    Steventon'). A language a text is translated from, or a day, is never a place."""
    from pathlib import Path

    from producer.read import load

    corpus = Path(__file__).parent / "corpus" / "tuning"
    ladysmith = load(corpus / "ladysmith-nevinson-ch18-19" / "input.txt")
    assert "Buller" not in {d.place for d in ladysmith.documents}
    longstreet = load(corpus / "longstreet-ch36" / "input.txt")
    assert [d.place for d in longstreet.documents if dict(d.evidence).get("place") == "introduction"].count("Nashville") >= 5
    austen = load(corpus / "austen-life-letters-ch07" / "input.txt")
    assert "Steventon" in {d.place for d in austen.documents}
    words = Vocabulary("It was written in Latin on Monday, and we lived in Rome and at Tibur.")
    assert words.a_place("Rome") and words.a_place("Tibur") and not words.a_place("Latin") and not words.a_place("Monday")


def test_a_party_is_a_name_or_people_named_by_their_role() -> None:
    """Values the reader once gave on the 114 surveyed Gutenberg books: a party in lower case is people by their role,
    rank, office or body ('the troops', 'divisional commanders'), cut after that word ('troops entering'); never an
    adjective, a verb or a determiner; no title or heading with a clause in it; no pronoun in any case."""
    words = Vocabulary(TEXT)
    assert words.party("troops entering") == "troops" and words.party("peasants of") == "peasants"
    assert words.party("divisional commanders") == "divisional commanders" and words.party("the committee") == "the committee"
    assert [words.party(v) for v in ("beautiful", "some", "say", "press saying", "wife he", "envoys in")] == [None] * 6
    assert words.party("Sect. Xv. Rules by Which") is None and words.party("Study Philosopy Is to Learn to Die") is None
    assert words.party("Fragment of a Letter") is None and words.party("Postscript of a Letter") is None
    assert words.party("the Senate of the City of Rome") == "the Senate of the City of Rome"


def test_a_signature_of_many_words_is_a_heading_not_a_signer() -> None:
    """'Note Q. Iago’s Suspicion Regarding Cassio And Emilia' (Bradley), an epitaph's line (the Atlantic), under a
    document and read as its signature: no sender from it; 'Robert Cuninghame' stays."""
    long = QuotedDocument("d1", "letter", "Text.", ("Note Q. Iago’s Suspicion Regarding Cassio And Emilia",), (), None, None, None,
                          "NOTE Q. IAGO’S SUSPICION REGARDING CASSIO AND EMILIA", "block", (), "ch1", (("senders", "signature"),))
    short = QuotedDocument("d2", "letter", "Text.", ("Robert Cuninghame",), (), None, None, None, "Robert Cuninghame.", "block", (),
                           "ch1", (("senders", "signature"),))
    assert [d.senders for d in without_common_words([long, short], Vocabulary(TEXT))] == [(), ("Robert Cuninghame",)]


def test_the_heading_under_a_document_is_no_signature() -> None:
    """Lines read as signatures in surveyed whole books: the next part's or section's heading under a document
    (Delsarte's 'Part First', the Mide'wiwin's 'Supplementary Notes. Pictography', Rumford's 'Chapter. Ii')."""
    words = Vocabulary(TEXT)
    assert not any(words.names(v) for v in ("Part First", "Supplementary Notes. Pictography", "Chapter. Ii", "Index",
                                            "Appendix To The Fifth Proposition"))
    assert words.names("Lord Godalming")
