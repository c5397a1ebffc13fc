"""The reader's cue words (producer/read/cues.py), each with what it must and must not match."""

from __future__ import annotations

import re

from producer.read.cues import MONTH_ABBREVIATION, MONTH_NUMBERS, MONTH_WORD, MONTHS, NAME_ABBREVIATIONS, NAME_WORD, TITLE_WORDS


def test_months_and_their_numbers() -> None:
    assert len(MONTHS) == 12 and MONTHS[9] == "October"
    assert MONTH_NUMBERS["october"] == 10 and MONTH_NUMBERS["oct"] == 10 and MONTH_NUMBERS["may"] == 5
    assert re.fullmatch(MONTH_WORD, "December") and not re.fullmatch(MONTH_WORD, "Decembrist")
    assert all(re.fullmatch(MONTH_ABBREVIATION, a) for a in ("Jan.", "Sept.", "Sep.", "Dec.", "Mch.", "Septr.", "Decr."))
    assert not re.fullmatch(MONTH_ABBREVIATION, "May.")  # May is never abbreviated


def test_a_name_word_is_capitalized_or_an_abbreviated_title() -> None:
    assert all(re.fullmatch(NAME_WORD, w) for w in ("Tsaritsin", "O’Brien", "Kamenev-Rozenfeld", "Gen.", "St.", "Mrs."))
    assert not any(re.fullmatch(NAME_WORD, w) for w in ("army", "A", "Foo.", "1918"))
    assert {"Mr", "Gen", "St", "Capt"} <= set(NAME_ABBREVIATIONS)


def test_title_words_stand_before_a_name() -> None:
    assert {"Comrade", "General", "Sir", "Mrs."} <= TITLE_WORDS and "Lenin" not in TITLE_WORDS


def test_us_states_follow_a_town_in_datelines() -> None:
    from producer.read.cues import US_STATES

    assert {"georgia", "tenn.", "va.", "new york"} <= US_STATES and "allatoona" not in US_STATES


def test_a_county_or_country_after_a_town_in_a_date_line_is_not_the_place() -> None:
    """Huxley's Life and Letters (tuning: huxley-life-v1ch12) and Austen's (austen-life-letters-ch07): the town is."""
    from producer.read.cues import COUNTIES, REGIONS
    from producer.read.segment import ChapterSegmenter

    assert {"fife", "hants.", "n. b.", "kent"} <= COUNTIES <= REGIONS
    dateline = ChapterSegmenter(None, None)._dateline
    assert dateline("Aberdour, Fife, N. B., September 5, 1859.") == ("1859-09-05", "Aberdour")
    assert dateline("Steventon, near Overton, Hants, June 1, 1799.") == ("1799-06-01", "Steventon")
    assert dateline("1 Eldon Place, Broadstairs, September 5, 1858.") == ("1858-09-05", "Broadstairs")  # the house is not
    assert dateline("The Government School of Mines, Jermyn Street, London, January 30, 1859.") == ("1859-01-30", "London")


def test_offices_in_an_address_say_who_not_where() -> None:
    from producer.read.addresses import address
    from producer.read.cues import OFFICES

    assert {"Superintendent", "Consul", "Mayor"} <= OFFICES and "Alexandria" not in OFFICES
    assert address("To Major SHERMAN, Superintendent, Alexandria.") == ("Major Sherman", "Alexandria")
    assert address("To Colonel BRAGG, Commissioner of Public Works.") == ("Colonel Bragg", None)


def test_the_copyists_signed_mark() -> None:
    from producer.read.cues import SIGNED_IN_PARENS, SIGNED_MARK

    # Bourrienne's copies of Marmont's and Colli's letters; Sherman's "Signed: W. T. SHERMAN"
    assert all(re.match(SIGNED_MARK + r"\s", t) for t in ("(Signed) MARMONT.", "Signed: W. T. SHERMAN", "Sgd. A. B.", "(signed) Colli"))
    assert re.fullmatch(SIGNED_IN_PARENS, "(Signed)") and re.fullmatch(SIGNED_IN_PARENS, "(SIGNED)")
    assert not re.search(SIGNED_IN_PARENS, "the treaty was signed by both")  # run into the text, only in parentheses


def test_an_editors_query_mark() -> None:
    from producer.read.cues import QUERY_MARK

    # Dodge's Chancellorsville: a dispatch signed 'GEN. HOOKER (?)'
    assert all(re.search(QUERY_MARK + "$", t) for t in ("GEN. HOOKER (?)", "Thursday [?]"))
    assert not re.search(QUERY_MARK, "Can you help me strongly if I am attacked?")


def test_cues_of_how_narrative_introduces_a_document() -> None:
    from producer.read import cues

    assert cues.REFERS_BACK.search("This is what he said:") and cues.REFERS_BACK.search("its essential sentence ran:")
    assert not cues.REFERS_BACK.search("He went home.")
    assert cues.IN_PENCIL.search("in the margin, in violet pencil:") and not cues.IN_PENCIL.search("a pencil case")
    assert cues.WIRE_CONTEXT.search("over the direct wire") and cues.WIRE_CONTEXT.search("from the tape")
    assert cues.I_REPLIED.search("I immediately replied") and not cues.I_REPLIED.search("he replied")
    assert cues.I_SENT.search("I telegraphed Lenin") and cues.I_SENT.search("I then wrote")
    assert cues.TIME_OF_DAY.search("At half-past two Devereux telegraphed") and cues.TIME_OF_DAY.search("that evening")
    assert cues.INSCRIPTION.search("painted along his carriage") and cues.TITLED.search("under the heading")
    assert cues.QUOTING.search("I give it in full") and not cues.QUOTING.search("I gave it to him")
    assert cues.TAIL_REPLY.match(", Gusarov answered the same evening").group("who") == "Gusarov"
    assert cues.TAIL_CUE.match(" This telegram, which I sent") and cues.TAIL_CUE.match(" Such was Ryabinin’s answer")
    # Wharton's Age of Innocence: 'It was dated from St. Augustine, and addressed to the Countess Olenska. In it he read:'
    assert cues.REFERS_BACK.search("In it he read:") and not cues.REFERS_BACK.search("In the evening he read:")


def test_cues_of_talk_and_verse() -> None:
    from producer.read.cues import ANSWERED, ORAL, POINTS_BACK_AT_DOCUMENT, REFERS_BACK, SPEAKING, VERSE

    assert SPEAKING.search("took her into his study, and spoke to her as follows:") and SPEAKING.search("she cryed,")
    assert SPEAKING.search("began in the following manner:") and not SPEAKING.search("addressed the troops as follows:")
    assert ANSWERED.search("answered he;") and not ANSWERED.search("the answer came:")
    assert ORAL.search("bursting into tears, she cryed,") and not ORAL.search("he wrote to her")
    assert REFERS_BACK.search("Bonaparte replied as follows:") and not POINTS_BACK_AT_DOCUMENT.search("replied as follows:")
    assert POINTS_BACK_AT_DOCUMENT.search("That of October 27 said:")
    assert VERSE.search("published the following appropriate lines:--") and VERSE.search("a poetess wrote--")
    assert not VERSE.search("a note written on a page torn from a hymn-book:")
    assert not VERSE.search("From the lines at Chieveley he reported the next day to the War Office:")


def test_a_letters_last_lines() -> None:
    from producer.read.cues import CLOSING_LINE, HOUR_LINE, NAME_UNDER_CLOSING

    # Trevelyan's Cawnpore: '"Yours, &c.' / 'H. M. Wheeler.', '"14th June.' / 'Quarter-past 8, P.M.'
    assert all(CLOSING_LINE.match(t) for t in ("Yours, &c.", "Your most obedient humble servant,", "Affectionately yours,"))
    assert not CLOSING_LINE.match("Dear Sir,") and not CLOSING_LINE.match("I am, sir. Yours truly.")  # a closing, alone
    assert NAME_UNDER_CLOSING.match("H. M. Wheeler.") and NAME_UNDER_CLOSING.match("S. McB.") and not NAME_UNDER_CLOSING.match("we went home.")
    assert all(HOUR_LINE.match(t) for t in ("Quarter-past 8, P.M.", "10, P.M.", "11.30 a.m."))
    assert not HOUR_LINE.match("8 men were lost.")


def test_a_relation_is_no_name() -> None:
    from producer.read.cues import RELATION

    assert all(RELATION.fullmatch(t) for t in ("her father", "my dear brother", "the children", "mamma"))
    assert not RELATION.fullmatch("Father Brown")


def test_a_salutation_to_a_relation_names_no_one() -> None:
    from producer.read.signatures import salutation_name

    # Balzac's Eugénie Grandet: 'My dear Wife,--Charles Grandet has returned ...' is to Madame des Grassins
    assert salutation_name("My dear Wife,--Charles Grandet has returned") is None
    assert salutation_name("My dear Uncle,--") is None and salutation_name("Dearest Mamma,") is None
    assert salutation_name("My dear Miss Brooke,--I have") == "Miss Brooke"


def test_a_possessive_before_a_quotation_names_a_thing() -> None:
    from producer.read.cues import OWNED

    assert OWNED.search("had ventured to arouse a popular cry in his ") and not OWNED.search("he wrote to his brother: ")


def test_words_that_count_keep_their_numbers() -> None:
    from producer.read.cues import COUNTING_WORDS

    assert {"the", "in", "sect.", "chapter", "years"} <= COUNTING_WORDS and "father" not in COUNTING_WORDS


def test_the_following_names_a_document_only_beside_a_written_thing() -> None:
    """Introductions from the surveyed whole books: 'the following' and 'as follows' alone point at a syllogism, a
    table or a tale as often as at a document; beside a word of replying, reading or a written thing they name one."""
    from producer.read.kinds import kind_of

    assert kind_of("This syllogism, the major of which seems so natural, introduces the following syllogism:") is None
    assert kind_of("Doolies and dandies are distributed as follows:") is None
    assert kind_of("Delsarte acted independently, and on this occasion politics were the victim. It fell out as follows:") is None
    assert kind_of("Major De Courcy Hamilton was called to decipher the news. It ran as follows:") == "message"
    assert kind_of("In the month of June the following document found its way from Delhi to Cawnpore:--") == "message"
    assert kind_of("To these the governor replied as follows:--") == "message"
    assert kind_of("I took the paper from him and read as follows:") == "message"
