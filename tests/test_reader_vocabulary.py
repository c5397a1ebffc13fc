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
