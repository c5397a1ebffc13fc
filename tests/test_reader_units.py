"""Unit tests for the reader's heuristics, one behaviour each, on hand-written snippets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from producer.errors import ProducerError
from producer.model import DocEnd, DocStart, NoteRef, Text, printed
from producer.read.dates import DateContext
from producer.read.jsonform import from_json, to_json
from producer.read.notes import split_author
from producer.read.plaintext import read_text
from tests.fixtures import ROOT


def doc_of(body: str, head: str = "Ann Author\n\nA Book\n\n\n"):
    return read_text(head + body, "t.txt")


def test_markers_glued_to_words_and_punctuation_become_note_refs() -> None:
    d = doc_of("One word,[1] and crowds....[*] and end.[2]\n\n1. First. – Ed.\n\n[2] Second.\n\n[*] Star note. – THE PUBLISHERS.\n")
    block = d.chapters[0].blocks[0]
    assert block.text == "One word, and crowds\u200a…. and end."  # the typography pass: an ellipsis, then the full stop
    assert [i.note for i in block.inlines if isinstance(i, NoteRef)] == [n.id for n in (d.notes[0], d.notes[2], d.notes[1])]
    assert {n.label: n.author for n in d.notes} == {"1": "Ed.", "2": None, "*": "THE PUBLISHERS"}
    assert len({n.id for n in d.notes}) == 3


def test_author_tags() -> None:
    assert split_author("It mattered little. – L.T.") == ("It mattered little.", "L.T.")
    assert split_author("Known as the Che-Ka. – Trans.") == ("Known as the Che-Ka.", "Trans.")
    assert split_author("A plain note about 1918 - 1919.") == ("A plain note about 1918 - 1919.", None)


def test_numbered_clauses_of_a_decree_are_not_notes() -> None:
    body = "The council resolved as follows:\n\n1. All stores are requisitioned.\n\n2. Hoarders will be tried.\n\nThe decree was posted next day.\n"
    d = doc_of(body)
    assert d.notes == ()


def test_note_spanning_two_paragraphs() -> None:
    d = doc_of("Text with a marker.[1]\n\n1. First paragraph of the note.\n\nSecond paragraph of the note. – Ed.\n")
    assert d.notes[0].text == "First paragraph of the note.\n\nSecond paragraph of the note."
    assert d.notes[0].author == "Ed."


def test_inline_document_boundaries_and_first_person() -> None:
    d = doc_of("On May 2, 1905, I wired Smith from Paris: “Come at once. The matter cannot wait.” He came.\n")
    (doc,) = d.documents
    assert (doc.kind, doc.senders, doc.recipients, doc.place, doc.date, doc.shape) == (
        "telegram", ("Author",), ("Smith",), "Paris", "1905-05-02", "inline")
    kinds = [type(i) for i in d.chapters[0].blocks[0].inlines]
    assert kinds == [Text, DocStart, Text, DocEnd, Text]


def test_a_place_line_under_an_address_is_the_destination() -> None:
    d = doc_of("On the 11th I telegraphed,--\n\n"
               "    \"MAJOR-GENERAL J. M. SCHOFIELD,\n        \"_Knoxville, Tenn._:\n\n"
               "    \"I deem it of the utmost importance to drive the enemy out of the valley before the spring comes.\n\n"
               "          \"U. S. GRANT,\n            \"_Major-General_.\"\n")
    (doc,) = d.documents
    assert (doc.recipients, doc.destination, dict(doc.evidence)["destination"]) == (
        ("Major-General J. M. Schofield",), "Knoxville", "address")


def test_a_letter_dated_from_a_place_and_signed_above_its_postscript() -> None:
    d = doc_of("I received one morning the following letter, dated Canterbury, which I read with some surprise:\n\n"
               "‘MY DEAR SIR,\n\n‘Circumstances beyond my individual control have, for a considerable lapse of time, "
               "effected a severance of that intimacy which I have always been glad to keep.\n\n"
               "‘WILKINS MICAWBER.\n\n‘P.S. It may be advisable to add that my wife knows nothing of this.’\n")
    (doc,) = d.documents
    assert (doc.kind, doc.senders, doc.place, doc.signature) == ("letter", ("Wilkins Micawber",), "Canterbury", "Wilkins Micawber.")
    assert (dict(doc.evidence)["place"], dict(doc.evidence)["senders"]) == ("introduction", "signature")


def test_a_letter_set_off_by_its_own_header_lines_needs_no_colon_before_it() -> None:
    d = doc_of("In answer to this, Sir James received the following letter from the First Lord.\n\n"
               "   Admiralty, 30th Sept. 1800.\n\n   DEAR SIR,\n\n"
               "   I am much obliged to you for your letter of the 26th, and was much pleased to find that you had got "
               "hold of that anchorage at last.\n\n   I am, dear sir, yours very faithfully,\n\n   SPENCER.\n\n"
               "He answered it at once.\n")
    (doc,) = d.documents
    assert (doc.kind, doc.place, doc.date, doc.senders, doc.shape) == ("letter", "Admiralty", "1800-09-30", ("Spencer",), "block")


def test_a_date_the_text_itself_is_unsure_of_is_not_the_documents() -> None:
    d = doc_of("Years afterwards (probably in 1836), at the sale of the effects of Mr. Cadell, the publisher, the following "
               "letter was purchased:--\n\n“SIR,--I have in my possession a manuscript novel, comprised in three vols., "
               "about the length of Miss Burney's Evelina.”\n")
    (doc,) = d.documents
    assert doc.kind == "letter" and doc.date is None


def test_a_letter_opening_with_its_salutation_and_signed_needs_no_introduction() -> None:
    d = doc_of("This was the letter.\n\nMY DEAR MISS BROOKE,--I have your guardian's permission to address you on a "
               "subject than which I have none more at heart.\n\nI remain, yours with sincere devotion,\n\nEDWARD CASAUBON.\n\n"
               "She read it twice.\n\nMY DEAR SIR,--I am very grateful to you for writing, and I answer at once.\n\n"
               "Yours faithfully,\n\nDOROTHEA BROOKE.\n")
    first, second = d.documents
    assert (first.kind, first.senders, first.recipients, dict(first.evidence)["recipients"]) == (
        "letter", ("Edward Casaubon",), ("Miss Brooke",), "salutation")
    assert second.senders == ("Dorothea Brooke",) and second.recipients == ()  # "SIR" is no one's name


def test_an_institution_over_the_town_in_a_date_line_gives_the_town() -> None:
    from producer.read.narrative import Narrative

    reader = Narrative("Sherman")
    assert reader._dateline("EXECUTIVE DEPARTMENT MILLEDGEVILLE, GEORGIA, October 6, 1864.") == ("1864-10-06", "Milledgeville")
    assert reader._dateline("Seminary of Learning Alexandria, LOUISIANA, February 1, 1861.") == ("1861-02-01", "Alexandria")
    assert reader._dateline("Fort Monroe, May 2, 1862.") == ("1862-05-02", "Fort Monroe")


def test_talk_in_a_novel_is_not_a_document() -> None:
    # Tom Jones, book VI ch. iv: a resolution in someone's words earlier in the sentence is not the narrative's word
    d = doc_of("“I am resolved to leave your house this very morning.”—“And a good riddance too,” answered he; “I can "
               "bear your insolence no longer, an you come to that.”\n\n"
               "Molly remained a few moments in silence, and then she began to upbraid him in the following words: "
               "“And this is your love for me, to forsake me in this manner, now you have ruined me!”\n")
    assert d.documents == ()
    long_talk = ("You know, child, it is in my power, as a magistrate, to punish you very rigorously for what you have done; "
                 "and you will, perhaps, be the more apt to fear I should execute that power, because you have in a manner "
                 "laid your sins at my door.")
    d = doc_of(f"When Jenny appeared, Mr Allworthy took her into his study, and spoke to her as follows: “{long_talk}”\n\n"
               f"“I pity your country ignorance from my heart,” cries the aunt.—“Do you?” answered he, “{long_talk}”\n\n"
               f"Not long before, he addressed a letter to me at Sens, in which he said, “{long_talk}”\n")
    assert [(doc.kind, doc.blocks) for doc in d.documents] == [("letter", ("ch1-p3",))]  # the letter only
    # an answer to a telegram just sent is one (the sample's 'I answered: “Leaving tonight.”' and its kind)
    d = doc_of("On May 2, 1905, Smith telegraphed me from Paris: “Come at once. The matter cannot wait.”\n\n"
               "I answered at once: “Leaving to-night by the first train for the frontier.”\n")
    assert len(d.documents) == 2


def test_long_talk_after_said_is_not_a_document_unless_writing_is_named() -> None:
    # Dracula, ch. XXIV and ch. II (Gutenberg #345): a long speech set apart after "said:--", and a gesture's "motion"
    speech = ("This has been a great day's work, friend Jonathan. Doubtless we are on the track of the thing, and we "
              "shall find out all before long. Let us be of good cheer, for the worst is surely over now and we have our "
              "friends about us, every one of them true and ready for whatever may come to us.")
    d = doc_of(f"When I had finished, Van Helsing said:--\n\n“{speech}”\n\nWe went to bed soon after.\n")
    assert d.documents == ()
    d = doc_of(f"When I had finished, Van Helsing took up the letter and said:--\n\n“{speech}”\n\nWe went to bed.\n")
    assert len(d.documents) == 1  # a letter named in the introduction: perhaps read out
    d = doc_of("“Welcome to my house! Enter freely!” He made no motion of stepping to meet me, but stood like a statue. "
               "Again he said:--\n\n“Welcome to my house. Come freely. Go safely; and leave something of the happiness "
               "you bring!” The strength of the handshake was great.\n")
    assert d.documents == ()


def test_as_follows_after_telling_is_not_a_document() -> None:
    from producer.read.kinds import kind_of

    assert kind_of("the note-book is filling up with columns of small figures. To this he answered:") is None  # Dracula
    assert kind_of("began Meg, but Jo cut in with a decided,") is None  # Little Women: the adjective, not the verb
    assert kind_of("The Central Committee resolved:") == "resolution"

    assert kind_of("permitted him to proceed, which he did as follows:") is None  # Tom Jones: a tale told
    assert kind_of("may be concluded from the following theatrical story:") is None
    assert kind_of("The lawyer with great gravity delivered himself as follows:") is None
    assert kind_of("he soon received the following answer:") == "message"
    assert kind_of("Bonaparte replied as follows:") == "message" and kind_of("The letter ran as follows:") == "letter"


def test_a_dash_after_a_document_named_introduces_it_and_verse_is_not_one() -> None:
    letter = ("“There has been a bad business during the night at 3, Lauriston Gardens, off the Brixton Road. "
              "If you can come round to the house any time before twelve, you will find me there.")
    d = doc_of(f"This is the letter which I read to him----\n\n{letter}”\n\n"
               "And here Miss Matty broke in with--\n\n“But, indeed, my dear, they were not at all trivial or trifling at the time.”\n\n"
               "One of our papers published the following appropriate lines:--\n\n"
               "“Not with an army at command, but with a single friend, he went to hold the land for us.”\n")
    assert [doc.text[:20] for doc in d.documents] == ["There has been a bad"]


def test_a_letter_named_above_its_salutation_needs_no_colon() -> None:
    d = doc_of("The Khedive expressed himself to Gordon in a letter dated Jan. 26, 1884.\n\n"
               "“Excellency,--You are aware that the object of your arrival here, and of your mission to the Soudan, is to "
               "carry into execution the evacuation of those territories.”\n\nHe read it twice.\n")
    (doc,) = d.documents
    assert (doc.kind, doc.shape) == ("letter", "block") and doc.text.startswith("Excellency")


def test_an_aside_in_the_introduction_is_not_a_party() -> None:
    d = doc_of("In the evening, I am told, the General received a telegram from Colonel Rhodes: “Have taken hill. Fight went well.”\n")
    (doc,) = d.documents
    assert (doc.senders, doc.recipients) == (("Colonel Rhodes",), ())  # not the one who was told, nor "the General" unnamed


def test_quoted_word_and_dialogue_are_not_documents() -> None:
    d = doc_of("They called them “specialists” in the army.\n\n“Do you want tea?” she asked.\n\n“No,” I said.\n")
    assert d.documents == ()
    assert [b.kind for b in d.chapters[0].blocks] == ["paragraph", "dialogue", "dialogue"]


def test_dates_carry_year_and_resolve_relative() -> None:
    ctx = DateContext()
    assert [r.iso for r in ctx.scan("On October 4, 1918, we left.")] == ["1918-10-04"]
    assert [r.iso for r in ctx.scan("On October 23 he wrote.")] == ["1918-10-23"]
    assert [r.iso for r in ctx.scan("Next day we met.")] == ["1918-10-24"]
    assert [r.iso for r in ctx.scan("A year later it ended.")] == ["1919"]
    assert [r.iso for r in DateContext().scan("The same day nothing.")] == [None]


def test_the_editors_year_in_brackets_is_the_dates_year() -> None:
    """Date lines of edited letters: Darwin's Life and Letters vol. II (GITenberg 2088) prints 'Down, January 30
    [1871].' and 'Cambridge, December 24th, [1859].'; Williams's Negro Race '23d of June [1780]'. The year is the
    editor's, not the one the narrative was in."""
    ctx = DateContext()
    ctx.scan("In 1840 he went to Down.")
    assert [r.iso for r in ctx.scan("CHARLES DARWIN TO A.R. WALLACE. Down, January 30 [1871].")] == ["1871-01-30"]
    assert [r.iso for r in ctx.scan("Cambridge, December 24th, [1859].")] == ["1859-12-24"]
    assert [r.iso for r in ctx.scan("On the 23d of June [1780] the Legislature ordered")] == ["1780-06-23"]


def test_a_letters_own_dated_heading_sets_the_year_and_a_blank_year_gives_no_date() -> None:
    """Darwin's Life and Letters vol. I (tuning corpus): after the narrative names a plan 'fixed for June, 1832',
    letters headed '... Cambridge, Red Lion [September 2], 1831.' bring the story back to 1831, so the next heading's
    '[September 4]' is 1831. Trollope's Phineas Finn prints 'Longroyston, October 12, 186--.': the book leaves the
    year blank, and the date stays empty. Macaulay's letters print 'London: June 10. 1835.'"""
    text = ("The voyage seems to have been fixed for June, 1832. He got information in London.\n\n"
            "CHARLES DARWIN TO J.S. HENSLOW. Cambridge, Red Lion [September 2], 1831.\n\n"
            "My dear Sir,\n\nI am just arrived; you will guess the reason. My father has changed his mind.\n\n"
            "Good-night, Yours, C. DARWIN.\n\n\n"
            "CHARLES DARWIN TO MISS SUSAN DARWIN. Cambridge, Sunday Morning\n[September 4].\n\n"
            "My dear Susan,\n\nI have just had a letter from the Captain, and all is settled for the voyage.\n\n"
            "Yours affectionately, CHAS. DARWIN.\n")
    assert [d.date for d in read_text(text, "darwin.txt").documents] == ["1831-09-02", "1831-09-04"]
    finn = ("Phineas received the following note:--\n\n"
            "Longroyston, October 12, 186--.\n\nMY DEAR FINN,\n\nI have been thinking of what you said to me.\n\n"
            "Yours always,\n\nMONK.\n")
    (doc,) = read_text(finn, "finn.txt").documents
    assert doc.date is None and doc.place == "Longroyston"
    assert [r.iso for r in DateContext().scan("To Hannah M Macaulay.  London: June 10. 1835.")] == ["1835-06-10"]


def test_holidays_and_the_turn_of_the_year_move_the_story() -> None:
    ctx = DateContext()
    ctx.scan("We lay there during the last few days of the year 1863.")
    assert [r.iso for r in ctx.scan("The cavalry came about New Year's, and stayed until the 7th.")] == ["1864-01-01", "1864-01-07"]
    assert [r.iso for r in ctx.scan("On the 6th of February he reported.")] == ["1864-02-06"]
    ctx = DateContext()
    ctx.scan("In March, 1812, we sailed.")
    assert [r.iso for r in ctx.scan("We were home by Christmas Eve.")] == ["1812-12-24"]
    assert [r.iso for r in DateContext().scan("On New Year's Day he called.")] == [None]  # no year told: none guessed


def test_wrong_direction_quote_is_repaired_and_hygiene() -> None:
    d = read_text("\ufeffTitle\r\n\r\nHe answered: ”Never again.”\x07\r\n", "t.txt")
    assert d.chapters[0].blocks[0].text == "He answered: “Never again.”"
    codes = {g.code for g in d.diagnostics}
    assert "control-character" in codes and "quote-direction" in codes


def test_nfd_input_is_composed() -> None:
    d = doc_of("Cafe\u0301 society.\n")
    assert d.chapters[0].blocks[0].text == "Café society."


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400))
def test_reader_never_crashes(text: str) -> None:
    try:
        doc = read_text(text, "fuzz.txt")
    except ProducerError:
        return
    assert doc.chapters


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "[1]", "[*]", "1. ", "CHAPTER IV", "\n\n", "\n", ":", "I wrote: ", "Lenin", " ", ".", "TROTSKY."]), max_size=60))
def test_reader_never_crashes_on_structural_tokens(tokens: list[str]) -> None:
    """Any mix of marks, markers, headings and colons gives a valid Document (its JSON reads back equal) or one clear error."""
    try:
        doc = read_text("".join(tokens), "fuzz.txt")
    except ProducerError as e:
        assert e.message.startswith("fuzz.txt")
        return
    # a heading may have no text of its own (Armadale's "EPILOGUE." stands over its sections "I.", "II."): the EPUB and
    # the audio give it its heading; but some chapter has text
    assert doc.chapters and any(ch.blocks for ch in doc.chapters)
    assert all(b.text == "".join(printed(i) for i in b.inlines) for ch in doc.chapters for b in ch.blocks)
    assert from_json(to_json(doc), "fuzz.json") == doc


def test_dates_as_real_books_print_them() -> None:
    ctx = DateContext()
    ctx.year, ctx.current = 1796, "1796-06-07"
    assert [r.iso for r in ctx.scan("passed at their session of April 1,1861:")] == ["1861-04-01"]  # no space after the comma
    ctx.year, ctx.current = 1796, "1796-06-07"
    assert [r.iso for r in ctx.scan("In 1797 the moment had arrived. He wrote on the 30th of April:")] == ["1797", "1797-04-30"]


def test_a_document_is_dated_by_its_introduction_not_by_another_event_earlier_in_the_paragraph() -> None:
    from producer.read.plaintext import read_text

    def date_of(paragraph: str) -> str | None:
        [doc] = read_text(f"I. THE CAMPAIGN\n\n{paragraph}\n", "book.txt", None).documents
        return doc.date

    quote = "“I suppose that you are ignorant of the arrest of one of my officers, who has been detained for some days.”"
    assert date_of(f"Bonaparte left Paris on the 21st of March 1796. Soon after, Colli sent him the following letter: {quote}") is None
    assert date_of(f"Next day, the 22nd of March 1796, the Council met. The Council resolved: {quote}") == "1796-03-22"
    assert date_of(f"The orders reached me on the 3rd of April 1796. They were brief: {quote}") == "1796-04-03"


def test_a_single_mark_opening_a_quoted_word_the_wrong_way_is_turned_round() -> None:
    from producer.read.hygiene import repair_quotes

    fixed, found = repair_quotes("The ’victories’ actually had merely episodic importance.")
    assert fixed == "The ‘victories’ actually had merely episodic importance."
    assert [(d.code, d.column) for d in found] == [("quote-direction", 5)]
    for kept in ("give ’em the dogs’ bones", "in the ’80s", "’tis nothing’s amiss", "James’ book and Charles’ hat"):
        assert repair_quotes(kept) == (kept, [])  # elisions, years, possessives


def test_a_reply_clause_names_the_letter_answered_not_this_ones_recipient() -> None:
    """Semmes's Service Afloat (tests/corpus/tuning/semmes-service-afloat-ch26): the 'In reply to ...' clause is about
    the letter answered; 'him' after it is that letter's writer; a pronoun left unresolved is no party."""
    from producer.read.fields import parties
    from producer.read.kinds import SPEECH_VERBS

    def read(text: str, author: str | None, previous: str | None) -> tuple[list[str], list[str]]:
        verb = SPEECH_VERBS.search(text)
        who = parties(text, verb.start() if verb else len(text), author, previous, "letter")  # type: ignore[arg-type]
        return who.senders, who.recipients

    assert read("In reply to my own note to Mr. Hay, that gentleman wrote me as follows:--", "R. Semmes", None) == ([], ["R. Semmes"])
    assert read("In reply to this letter of Mr. Hay, I addressed him the following:--", "R. Semmes", "Governor Codrington") \
        == (["R. Semmes"], ["Mr. Hay"])
    doc = read_text((ROOT / "tests" / "corpus" / "tuning" / "semmes-service-afloat-ch26" / "input.txt").read_text(encoding="utf-8"), "semmes")
    assert not any({"me", "him", "I"} & {*d.senders, *d.recipients} for d in doc.documents)


def test_a_closing_alone_signs_for_no_one() -> None:
    """Walpole's letters (tests/corpus/tuning/walpole-letters-v1-1740-42): a letter ends 'Yours.' -- no sender 'Yours'."""
    doc = read_text((ROOT / "tests" / "corpus" / "tuning" / "walpole-letters-v1-1740-42" / "input.txt").read_text(encoding="utf-8"), "walpole")
    assert all(d.senders != ("Yours",) for d in doc.documents) and any(d.signature == "Yours." for d in doc.documents)


def test_a_date_line_without_its_year_takes_the_year_the_story_is_in_there() -> None:
    """Dear Enemy (whole book, one chapter): 'December 27.' over the first letter had taken 1876 from 'since 1876'
    8,000 lines on. A date line's year is the narrative's as its paragraph begins (the next year when its month is
    well before the story's day), or one the narrative tells within a few paragraphs; else no date."""
    filler = "".join(f"The matron wrote nothing of note in week {k}; the children went on with their lessons.\n\n" for k in range(20))
    text = ("CHAPTER I\n\n   STONE GATE, WORCESTER,\n\n   December 27.\n\nDear Judy:\n\nYour letter is here, and I have read it "
            "twice with amazement; you ask too much of me.\n\nYours ever,\n\nSALLIE.\n\n" + filler +
            "Nothing so exciting had happened since 1876, when the old building burned.\n\n"
            "On December 30, 1895, the column crossed the border, and the next day the Governor wrote:--\n\n"
            "   Government House,\n\n   January 1.\n\nSir,--I have the honour to report that the column has surrendered "
            "to the forces of the Republic this morning.\n\nI have, &c.,\n\nH. ROBINSON.\n")
    doc = read_text(text, "years")
    first, second = doc.documents
    assert first.date is None and second.date == "1896-01-01"


def test_a_pronoun_resolves_only_in_its_own_paragraph_and_a_prepositions_object_is_no_sender() -> None:
    """The Life and Letters of Charles Darwin, vol. II (GITenberg 2088): a letter to Hooker, then 'In June of the
    same year he wrote:--' over the next: 'he' is Darwin, whom the paragraph does not name, not Hooker from the
    paragraph above, so the sender stays empty. The Agassiz Life (tuning corpus): 'to his uncle in Lausanne tells'
    gives no sender 'Lausanne'."""
    text = ("It was in the summer of 1860 that he made out one of the most striking facts in the book. He wrote to Sir\n"
            "J.D. Hooker July 12:--\n\n"
            "\"I have been examining Orchis pyramidalis, and it almost equals, perhaps even beats, your Listera case.\"\n\n"
            "In June of the same year he wrote:--\n\n"
            "\"You speak of adaptation being rarely VISIBLE, though present in plants. I have just recently been\n"
            "looking at the common Orchis, and I declare I think its adaptations quite as beautiful.\"\n")
    docs = read_text(text, "darwin.txt").documents
    assert [d.senders for d in docs] == [(), ()]  # the reader of 4763525 gave the second 'Hooker July'
    assert docs[1].date == "1860-06"
    from producer.read.fields import parties
    intro = "The following letter, written two months later, to his uncle in Lausanne tells the story in detail."
    assert parties(intro, intro.index("tells"), "Agassiz", None, "letter").senders == []
