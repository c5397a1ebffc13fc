"""Issue 11: books whose divisions are letters (a collection of letters, an epistolary novel), on real excerpts."""

from __future__ import annotations

from pathlib import Path

from producer.model import QuotedDocument
from producer.read import load
from producer.read.letters import letter_heading
from producer.read.plaintext import read_text
from tests.fixtures import ROOT


def documents(text: str) -> tuple[QuotedDocument, ...]:
    """The documents the reader finds in a short text given as a whole book."""
    return read_text(text, "book.txt", None).documents


BEETHOVEN = ROOT / "tests" / "corpus" / "gutenberg" / "beethoven-letters-2-opening-8.txt"


def test_letter_headings() -> None:
    assert letter_heading("To Steiner & Co") == (None, "Steiner", None, None)
    assert letter_heading("Mrs. Johnson to Lady Susan") == ("Mrs. Johnson", "Lady Susan", None, None)
    assert letter_heading("To the Same") == (None, "the Same", None, None)
    # after the name, a place is where the letter went; an office is not a place
    assert letter_heading("To Mrs. Saville, England") == (None, "Mrs. Saville", "England", None)
    assert letter_heading("To F. Ries,--London") == (None, "F. Ries", "London", None)
    assert letter_heading("To the High-Born Herr Haslinger, Honorary Member of the Höfen Grabens and")[2] is None
    assert letter_heading("The Arrival") is None and letter_heading(None) is None
    assert letter_heading("King Theodoric to Theon, Vir Sublimis") == ("King Theodoric", "Theon", None, None)  # a title, not where
    assert letter_heading("Journey from the Coast to the Interior") is None
    # Evelina: where and when the letter was written run on after the names in capitals; a county is not a destination
    assert letter_heading("LADY HOWARD TO THE REV. MR. VILLARS Howard Grove, Kent.") == \
        ("LADY HOWARD", "THE REV. MR. VILLARS", None, "Howard Grove, Kent")
    assert letter_heading("MR. VILLARS TO EVELINA Berry Hill, March 28") == ("MR. VILLARS", "EVELINA", None, "Berry Hill, March 28")


def test_each_numbered_letter_is_a_division_and_a_letter() -> None:
    doc = load(BEETHOVEN)
    numbers = [ch.number for ch in doc.chapters]
    assert numbers[:5] == [None, "216", "217", "218", "219"]  # the title page before letter 216 is the front matter
    letters = [d for d in doc.documents if d.kind == "letter" and d.shape == "block"]
    assert len(letters) >= 6
    second = next(d for d in letters if d.chapter == doc.chapters[2].id)
    assert second.recipients == ("Steiner",) and second.text.startswith("The Lieutenant-General is requested")
    # a signature that names nobody gives no sender; the title ("Beethoven's Letters ...") says whose letters they are
    assert second.signature == "The G——S." and second.senders == ("Beethoven",)
    assert dict(second.evidence)["senders"] == "title"
    # a letter's own text only: the division's heading is not in it
    assert all(not d.text.upper().startswith("TO ") for d in letters)
    assert any(d.signature and "Beethoven" in d.signature for d in letters)  # set in normal case


def test_heading_lines_name_the_document_under_them() -> None:
    from producer.read.headline import heading_line

    head = heading_line("Telegram, Ward, Paris, to Bell, Lyons.")
    assert head is not None and (head.kind, head.sender, head.place, head.recipient, head.destination) == (
        "telegram", "Ward", "Paris", "Bell", "Lyons")
    head = heading_line("1. From Ozias Midwinter to Mr. Brock.")
    assert head is not None and (head.kind, head.sender, head.recipient) == (None, "Ozias Midwinter", "Mr. Brock")
    assert heading_line("He went from Paris to London.") is None  # narrative, not a heading
    assert heading_line("Smith to Jones.") is None  # neither a kind nor "From": not sure enough


def test_a_heading_line_makes_the_quoted_paragraphs_under_it_a_letter() -> None:
    text = ("I. THE ARRIVAL\n\n1. From Anne Price to Mary Hale.\n\n“Lyons, 3 May, 1851.\n\n“My dear Mary,--We came here on "
            "Tuesday, and the house is cold.\n\n“Yours ever,\n\n“ANNE.”\n\nShe folded the letter and went out.\n")
    doc = read_text(text, "novel.txt")
    [letter] = doc.documents
    assert (letter.kind, letter.senders, letter.recipients, letter.shape) == ("letter", ("Anne Price",), ("Mary Hale",), "block")
    assert letter.date == "1851-05-03" and letter.place == "Lyons"


def test_each_field_says_where_the_text_gives_it() -> None:
    from producer.read.jsonform import from_json, to_json
    from tests.fixtures import SAMPLE

    text = "I. THE ARRIVAL\n\n2. From Anne Price to Mary Hale.\n\n“Lyons, 3 May, 1851.\n\n“My dear Mary,--We came here on Tuesday.\n\n“ANNE.”\n"
    doc = read_text(text, "book.txt", None)
    [letter] = doc.documents
    assert dict(letter.evidence) == {"senders": "heading", "recipients": "heading", "date": "dateline", "place": "dateline"}
    assert from_json(to_json(doc), "book.json") == doc  # the evidence survives a hand-correction round trip
    sample = load(SAMPLE)
    direct_wire = next(d for d in sample.documents if d.place == "Tambov")  # "I said to Lenin ... over a direct wire from Tambov:"
    assert dict(direct_wire.evidence) == {"senders": "introduction", "recipients": "introduction", "date": "introduction",
                                          "place": "introduction"}
    signed = [d for d in sample.documents if dict(d.evidence).get("senders") == "signature"]
    assert signed and all(d.signature for d in signed)


def test_military_correspondence_header_address_and_unsigned_end() -> None:
    """Sherman's Memoirs ch. XX (tests/corpus/tuning/sherman-ch20): a two-line headquarters header whose date line is
    mostly capitals, an address line of rank and name, and an unsigned dispatch that ends where the next header starts."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "sherman-ch20" / "input.txt")
    to_lincoln = next(d for d in doc.documents if d.date == "1864-09-17" and d.senders == ("W. T. Sherman",))
    assert (to_lincoln.place, to_lincoln.recipients, to_lincoln.destination) == ("Atlanta", ("President Lincoln",), "Washington")
    assert dict(to_lincoln.evidence)["recipients"] == "address" and dict(to_lincoln.evidence)["date"] == "dateline"
    hood = next(d for d in doc.documents if d.text.startswith("Hood seems to be moving"))
    assert hood.text.endswith("Jeff. Davis is at Macon.") and "U. S. Grant" not in hood.senders


def test_a_signature_ends_above_the_next_dispatchs_header_and_a_rank_and_name_sign() -> None:
    """Dodge's Chancellorsville chs. XXX-XXXI (tests/corpus/tuning/dodge-chancellorsville-ch30-31): under 'J. H. VAN
    ALEN, / Brigadier-General and Aide-de-Camp.' the next dispatch's 'SIXTH CORPS, May 4, 1863, 11 A.M.' / 'MAJOR-GEN.
    BUTTERFIELD AND GEN. HOOKER.' is its own header, not more of the signature; 'GEN. HOOKER (?)' signs the next, but
    the editor's query leaves its sender unsaid."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "dodge-chancellorsville-ch30-31" / "input.txt")
    van_alen = next(d for d in doc.documents if d.text.startswith("HEADQUARTERS ARMY OF THE POTOMAC,\n\nCHANCELLORSVILLE, VA., May 4, 1863, 11 A.M."))
    assert van_alen.senders == ("J. H. Van Alen",) and "Sixth Corps" not in (van_alen.signature or "")
    sixth = next(d for d in doc.documents if d.text.startswith("SIXTH CORPS, May 4, 1863, 11 A.M."))
    assert (sixth.senders, sixth.date) == (("John Sedgwick",), "1863-05-04")
    assert sixth.recipients == ("Major-Gen. Butterfield", "Gen. Hooker")
    unsure = next(d for d in doc.documents if d.text.startswith("May 4, 1863. (Hour not stated.)"))
    assert unsure.senders == () and unsure.recipients == ("Major-Gen. Sedgwick",)  # signed "GEN. HOOKER (?)"


def test_a_letter_headed_to_its_addressee_with_place_and_date_on_two_lines() -> None:
    """Garnett's Chekhov letters (tests/corpus/tuning/chekhov-letters-1885-87): 'TO A. S. SUVORIN.' / 'MOSCOW,' /
    'February 21, 1886.' over an unsigned letter, and 'MOSCOW,' / '1886.' with the year alone."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "chekhov-letters-1885-87" / "input.txt")
    suvorin = next(d for d in doc.documents if d.text.startswith("TO A. S. SUVORIN."))
    assert (suvorin.recipients, suvorin.place, suvorin.date) == (("A. S. Suvorin",), "Moscow", "1886-02-21")
    nikolay = next(d for d in doc.documents if d.text.startswith("TO HIS BROTHER NIKOLAY."))
    assert (nikolay.place, nikolay.date) == ("Moscow", "1886")


def test_quoted_letters_with_a_run_in_salutation_and_the_addressee_under_the_signature() -> None:
    """Wright's General Scott, ch. III (tests/corpus/tuning/wright-scott-ch03): '"WASHINGTON, _December 11, 1823_.' /
    '"SIR: One portion ...' / ... / '"WINFIELD SCOTT.' / '"_The Hon._ GENERAL A. JACKSON, _Senator, etc._"', and a
    reply whose signature is run into its last line ('... for duty. J.H. EATON.') above '"_To Major-General_ WINFIELD
    SCOTT."': letters by their own lines, each signed by its writer and sent to the man named under it."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "wright-scott-ch03" / "input.txt")
    by_start = {d.text[:16]: d for d in doc.documents}
    challenge, answer = by_start["WASHINGTON, Dece"], by_start["MRS. O’NEIL’S, D"]
    assert (challenge.senders, challenge.date, challenge.place) == (("Winfield Scott",), "1823-12-11", "Washington")
    assert answer.senders == ("Andrew Jackson",) and answer.recipients == ("General W. Scott",)
    protest, reply = by_start["NEW YORK, Novemb"], by_start["WAR DEPARTMENT, "]
    assert protest.senders == ("Winfield Scott",) and "Eaton" in protest.recipients[0]
    assert reply.senders == ("J.H. Eaton",) and reply.recipients == ("Major-General Winfield Scott",)


def test_a_salutation_in_capitals_is_never_a_signature_and_old_month_forms_date() -> None:
    """Doctor Thorne ch. XVIII (tests/corpus/tuning/trollope-thorne-ch18): '   MY DEAREST MISS DUNSTABLE,' under a date
    line is the salutation, not who signed; Paine's Mark Twain letters: 'ST. LOUIS, Mch. 1860.' is a date line, though
    in capitals, in March 1860."""
    thorne = load(ROOT / "tests" / "corpus" / "tuning" / "trollope-thorne-ch18" / "input.txt")
    proposal = next(d for d in thorne.documents if d.text.startswith("Courcy Castle"))
    assert "Dunstable" not in " ".join(proposal.senders) and proposal.recipients == ("Miss Dunstable",)
    twain = load(ROOT / "tests" / "corpus" / "tuning" / "twain-letters-v1-1856-60" / "input.txt")
    orion = next(d for d in twain.documents if "ST. LOUIS, Mch. 1860." in d.text[:80])
    assert (orion.date, orion.place) == ("1860-03", "St. Louis")


def test_a_cry_set_apart_under_a_colon_is_not_the_document_a_sentence_before_spoke_of() -> None:
    """Paine's Mark Twain letters (tests/corpus/tuning/twain-letters-v1-1856-60): '... decided to quit the Pennsylvania
    ... heard a voice shout as they approached the Greenville, Mississippi, landing:' / '“The Pennsylvania is blown up
    ...!”' is a shout, though 'decided' two sentences before once made it a resolution."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "twain-letters-v1-1856-60" / "input.txt")
    assert not [d for d in doc.documents if d.text.startswith("The Pennsylvania is blown up")]


def test_what_a_witness_records_is_a_record() -> None:
    """Carlyle's Friedrich vol. I ch. IV (tests/corpus/tuning/carlyle-friedrich-v1ch04): 'M. de la Bergerie privately
    records:--' over his account in quotation marks: a written record, not talk."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "carlyle-friedrich-v1ch04" / "input.txt")
    account = next(d for d in doc.documents if d.text.startswith("The night between the last of January"))
    assert account.kind == "record"


def test_an_introduction_written_at_a_place_is_read_with_the_sentence_naming_the_letter() -> None:
    """Paine's Mark Twain letters: 'Fragment of a letter to Orion Clemens. Written at St. Louis in 1859:' -- to Orion
    Clemens, from St. Louis, in 1859."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "twain-letters-v1-1856-60" / "input.txt")
    fragment = next(d for d in doc.documents if d.text.startswith("... I am not talking nonsense"))
    assert (fragment.recipients, fragment.place, fragment.date) == (("Orion Clemens",), "St. Louis", "1859")


def test_divisions_headed_to_someone_and_closing_with_farewell_are_letters() -> None:
    """Melmoth's Pliny (tests/corpus/tuning/pliny-letters-b1-9-16): 'IX -- To SOCIUS SENECIO' ... '... Farewell.':
    each division is a letter to the one its heading names."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "pliny-letters-b1-9-16" / "input.txt")
    letters = [d for d in doc.documents if d.kind == "letter"]
    assert len(letters) == 8 and letters[0].recipients == ("Socius Senecio",) and letters[5].recipients == ("Cornelius Tacitus",)


def test_address_lines() -> None:
    from producer.read.addresses import address
    from producer.read.setoff import line_role

    assert address("President LINCOLN, Washington., D. C.:") == ("President Lincoln", "Washington")
    assert address("General J. B. HOOD, commanding army of Tennessee.") == ("General J. B. Hood", None)
    assert address("Captain L. M. DAYTON, Aide-de-Camp:") == ("Captain L. M. Dayton", None)
    assert address("To Mr. Brock, at Boscombe.") == ("Mr. Brock", "Boscombe")
    assert address("TO THE EDITOR OF THE TIMES.") == ("The Editor of the Times", None)
    assert line_role("Major-General SHERMAN, Atlanta", after_body=False) == "address"
    assert line_role("IN THE FIELD, ATLANTA, GEORGIA, September 17, 1864.", after_body=False) == "dateline"
    assert line_role("HEADQUARTERS MILITARY DIVISION OF THE MISSISSIPPI", after_body=False) == "heading"


def test_wrapped_prose_between_short_lines_is_one_paragraph() -> None:
    from producer.read.paragraphs import paragraphs

    text = ("Major-General SHERMAN, Atlanta\nIt will be better to drive Forrest out of Middle Tennessee as a\n"
            "first step, and do any thing else you may feel your force\nsufficient for his army?\nU. S. GRANT, Lieutenant-General.\n")
    assert [p.text[:14] for p in paragraphs(text)] == ["Major-General ", "It will be bet", "U. S. GRANT, L"]
    verse = "The sea is calm to-night.\nThe tide is full, the moon lies fair\nUpon the straits.\n"
    assert len(paragraphs(verse)) == 3


def test_prose_wrapped_in_a_narrow_column_is_one_paragraph_and_verse_keeps_its_lines() -> None:
    from producer.read.paragraphs import _narrow_prose, paragraphs

    # a letter set in ten spaces and wrapped at 50 columns (the Austen-Leighs' Jane Austen, Her Life and Letters)
    letter = ("          SIR,--I have in my possession a manuscript novel,\n          comprising 3 vols., about the length of Miss\n"
              "          Burney's _Evelina_. As I am well aware of what\n          consequence it is that a work of this sort\n"
              "          make its first appearance under a respectable\n          name, I apply to you.\n")
    assert [p.text[:20] for p in paragraphs(letter)] == ["SIR,--I have in my p"]
    verse = ("   ‘You are old, Father William,’ the young man said,\n    ‘And your hair has become very white;\n"
             "   And yet you incessantly stand on your head--\n    Do you think, at your age, it is right?’\n")
    assert not _narrow_prose(verse.splitlines())  # Alice's Adventures in Wonderland, ch. V: as wide, but each line a capital


def test_an_order_signed_for_its_author_is_his() -> None:
    from producer.read.setoff import line_role

    doc = load(ROOT / "tests" / "corpus" / "tuning" / "sherman-ch20" / "input.txt")
    order = next(d for d in doc.documents if d.kind == "order")
    assert order.senders == ("W. T. Sherman",) and order.signature and order.signature.startswith("By order of")
    assert line_role("By order of Major-General W. T. Sherman,", after_body=True) == "signature"
    assert line_role("HEADQUARTERS AT MILAN,", after_body=True) == "heading"  # the next document's top, not a signer
    assert line_role("Camp near Fredericksburg, December 16, 1862.", after_body=False) == "dateline"


def test_a_heading_line_above_an_aside_or_a_weekday_place_line_still_heads_the_letter() -> None:
    """Armadale, Book II ch. I (tests/corpus/tuning/armadale-b2ch01): '5. From Miss Gwilt to Mrs. Oldershaw.' then
    '(First Answer.)', then the quoted letter opening with 'Richmond, Wednesday Morning.'"""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "armadale-b2ch01" / "input.txt")
    answers = [d for d in doc.documents if "seven-and-twenty shillings" in d.text.split("\n\n")[1]]
    assert len(answers) == 2
    assert all(d.senders == ("Miss Gwilt",) and d.recipients == ("Mrs. Oldershaw",) and d.place == "Richmond" for d in answers)
    assert all(d.date is None for d in answers)  # a day of the week is not a date


def test_letters_quoted_with_straight_single_marks() -> None:
    """Boswell's Life of Johnson (tests/corpus/tuning/boswell-johnson-v2-1771): letters whose every paragraph opens with
    a straight ', an address line and a salutation at the top, a signature at the foot, the date line under it."""
    from producer.read.hygiene import curl_single_quotes

    assert curl_single_quotes("'To A.\n\n'Sir, it's 'tis.\n\n'B.'\n") == "‘To A.\n\n‘Sir, it’s ’tis.\n\n‘B.’\n"
    assert curl_single_quotes("He said 'no' and it's done.\n") == "He said 'no' and it's done.\n"  # too few to tell
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "boswell-johnson-v2-1771" / "input.txt")
    first = doc.documents[0] if doc.documents[0].kind == "letter" else next(d for d in doc.documents if d.kind == "letter")
    assert first.recipients == ("Bennet Langton",) and first.date == "1771-03-20" and first.signature == "Sam. Johnson."
    langton = next(d for d in doc.documents if d.text.startswith("To BENNET LANGTON, ESQ., NEAR"))
    assert langton.destination == "Spilsby"


def test_talk_is_not_a_document_though_the_sentence_mentions_one() -> None:
    def count(paragraph: str) -> int:
        return len(documents(f"I. THE COURT\n\n{paragraph}\n"))

    talk = "“UNimportant, your Majesty means, of course, and nothing else whatever,” he said."
    assert count(f"They began to write it down on their slates, when the White Rabbit interrupted: {talk}") == 0
    wired = "“Greek reply received. It is a refusal in polite terms. Government will not withdraw.”"
    assert count(f"My own telegram to Lord Aldersey that evening said no more than the facts warranted: {wired}") == 1


def test_a_comma_dash_introduces_a_dispatch_but_a_salutation_does_not() -> None:
    """Longstreet's memoirs (tests/corpus/tuning/longstreet-ch36): 'General Grant reported from Nashville,--' then a
    quoted dispatch under a capitals address line; 'MY DEAR MISS DUNSTABLE,--' (Framley Parsonage) opens a letter's body."""
    from producer.read.quotes import ends_with_colon

    assert ends_with_colon("On the 6th of February, General Grant reported from Nashville,--")
    assert not ends_with_colon("MY DEAR MISS DUNSTABLE,--") and not ends_with_colon("He stopped and said--")
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "longstreet-ch36" / "input.txt")
    first = next(d for d in doc.documents if "every effort to get supplies to Knoxville" in d.text)
    assert first.recipients == ("Major-General H. W. Halleck",) and first.senders == ("U. S. Grant",)
    assert all(d.kind != "reply" for d in doc.documents)


def test_the_sender_is_who_sends_not_where_earlier_news_came_from() -> None:
    """Maurice's History of the War in South Africa, ch. XI (tests/corpus/tuning/maurice-sa-v1ch11)."""
    from producer.read import fields

    intro = "On the 3rd November, in consequence of further reports from Natal, Sir Redvers telegraphed to the Secretary of State:"
    who = fields.parties(intro, intro.index("telegraphed"), "Maurice", None, "telegram")
    assert who.senders == ["Sir Redvers"] and who.place is None
    intro = ("Five days later, in reply to a telegram from Lord Lansdowne, stating that another division was being "
             "mobilised, General Buller reported:")
    who = fields.parties(intro, intro.index("reported"), "Maurice", None, "telegram")
    assert (who.senders, who.recipients) == (["General Buller"], ["Lord Lansdowne"])
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "maurice-sa-v1ch11" / "input.txt")
    assert any(d.senders == ("Sir Redvers Buller",) for d in doc.documents)  # 'Sir Redvers' as the chapter names him in full
    memo = next(d for d in doc.documents if d.kind == "memorandum")
    assert memo.date == "1899-11-20" and memo.place == "Cape Town"  # 'Cape Town,' / 'November 20th, 1899.'


def test_a_novels_letters_known_by_their_run_in_closing() -> None:
    """Mansfield Park ch. XLV-XLVI (tests/corpus/tuning/mansfield-park-ch45-46): letters in one long quoted paragraph,
    brought in by 'This was the letter--', ending '...--Yours ever, Mary.' or '--Yours, etc.'."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "mansfield-park-ch45-46" / "input.txt")
    letters = [d for d in doc.documents if d.kind == "letter"]
    assert len(letters) >= 3
    first = next(d for d in letters if d.text.startswith("Forgive me, my dear Fanny"))
    assert first.recipients == ("Fanny",) and first.signature == "Yours ever, Mary."


def test_dates_and_ranks_in_capitals() -> None:
    from producer.read.addresses import address
    from producer.read.dates import DateContext

    assert [r.iso for r in DateContext().scan("APRIL 7, 1865.")] == ["1865-04-07"]
    assert address("Lieut.-General U. S. GRANT, Commanding Armies of the United States.") == ("Lieut.-General U. S. Grant", None)


def test_the_subject_sent_it_only_when_the_verb_says_so() -> None:
    from producer.read import fields

    def senders(intro: str, verb: str | None, kind: str = "letter") -> list[str]:
        return fields.parties(intro, intro.index(verb) if verb else len(intro), "Narrator", None, kind).senders

    assert senders("Colonel Hume wrote to the Governor:", "wrote") == ["Colonel Hume"]
    assert senders("Mr. Bennet read it aloud:", "read") == []  # the reader, not the writer
    assert senders("Elizabeth took the letter and opened it:", None) == []  # no verb of sending: who wrote it is not said
    assert senders("The bulletin of the army staff for February 12 ran:", "ran", "bulletin") == ["army staff"]


def test_a_relation_is_not_a_recipient() -> None:
    from producer.read import fields

    intro = "Before mounting I wired to my brother at Melbourne:"
    who = fields.parties(intro, intro.index("wired"), "Narrator", None, "telegram")
    assert who.recipients == [] and who.destination == "Melbourne"
    intro = "I signed an order to the troops entering the town:"
    assert fields.parties(intro, intro.index("signed"), "Narrator", None, "order").recipients[0].startswith("troops")  # a group stays


def test_salutations_as_letters_open() -> None:
    from producer.read.signatures import OPENING_SALUTATION

    names = [m.group("name") if (m := OPENING_SALUTATION.match(t)) else None
             for t in ("My dear Mary: I have just received", "My precious Annie, I write", "Forgive me, my dear Fanny, as soon",
                       "Dear Sir, I am", "My father was ill")]
    assert names == ["Mary", "Annie", "Fanny", "Sir", None]


def test_a_generic_salutation_names_no_one_in_any_case() -> None:
    """Saumarez's Memoirs (tests/corpus/tuning/saumarez-v1ch12): 'MY DEAR SIR,' under a date line, or 'To the above.', is not a recipient."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "saumarez-v1ch12" / "input.txt")
    assert doc.documents and not any({"SIR", "Sir", "above"} & set(d.recipients) for d in doc.documents)  # nor "To the above."


TUNING = ROOT / "tests" / "corpus" / "tuning"


def test_a_place_on_its_own_line_under_a_letter_heading_is_where_it_was_written() -> None:
    from producer.read.setoff import place_line

    assert place_line("Upper Seymour Street.") and place_line("Boxall Hill,") and place_line("Isle of Wight.")
    assert not place_line("Monday.") and not place_line("MY DEAR SIR") and not place_line("MAJOR-GENERAL HALLECK.")
    assert not place_line("Mr. Brock.") and not place_line("I have received your letter.")
    letters = load(TUNING / "lady-susan-28-41" / "input.txt").documents
    # with a salutation under it, and straight above the body
    assert [(d.senders, d.place, dict(d.evidence).get("place")) for d in letters[1:3]] == [
        (("Lady Susan Vernon",), "Upper Seymour Street", "dateline"), (("Lady Susan Vernon",), "Upper Seymour Street", "dateline")]


def test_a_signature_above_a_postscript_signs_the_letter() -> None:
    letters = {d.chapter: d for d in load(TUNING / "beethoven-letters-216-237" / "input.txt").documents}
    # "L. VAN BEETHOVEN." then "My kindest regards to your excellent husband."; a couplet under the name
    assert letters["ch219"].signature == "L. Van Beethoven." and letters["ch219"].senders == ("L. Van Beethoven",)
    assert letters["ch216"].senders == ("L. Van Beethoven",) and dict(letters["ch216"].evidence)["senders"] == "signature"


def test_a_short_quotation_run_into_a_sentence_is_not_a_letter_without_a_word_of_writing_just_before_it() -> None:
    texts = [d.text for d in load(TUNING / "cranford-ch05" / "input.txt").documents]
    # "This was the first letter, ticketed in a frail, delicate hand, “From my dearest John.”": a label
    assert not any(t.startswith(("From my dearest John", "I canna be fashed")) for t in texts)
    assert any(t.startswith("Mother dear, do send me a cake") for t in texts)


def test_a_letter_set_in_from_the_narrative_under_its_date_line_is_a_document() -> None:
    text = ("CHAPTER I\n\nThe earliest of her letters which have survived date from the year 1796.\n\n"
            "                        Steventon: Saturday [January 9, 1796].\n\n"
            "          In the first place, I hope you will live\n          twenty-three years longer. Mr. Tom Lefroy's\n"
            "          birthday was yesterday, so that you are very near\n          of an age.\n\n"
            "       *       *       *       *       *\n\n"
            "          After this necessary preamble I shall proceed to\n          inform you that we had an exceeding good ball\n"
            "          last night, and I am almost afraid to tell you.\n\n"
            "          Yours very affectionately,\n\n          J. AUSTEN.\n\n          Everybody's love.\n\n"
            "The next batch of letters date from a visit to London.\n")
    (doc,) = documents(text)
    assert (doc.place, doc.date, doc.signature, doc.shape) == ("Steventon", "1796-01-09", "J. Austen.", "block")
    assert doc.kind == "letter" and doc.text.startswith("Steventon: Saturday") and "exceeding good ball" in doc.text


def test_a_volume_of_letters_headed_with_a_roman_number_and_a_dash() -> None:
    # Letters of John Keats (ed. Colvin), XXXV-XLII: "XXXV.--TO JOHN TAYLOR.", an excerpt starting past I
    doc = load(TUNING / "keats-letters-35-42" / "input.txt")
    assert [ch.number for ch in doc.chapters] == ["XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX", "XL", "XLI", "XLII"]
    assert doc.chapters[5].title == "To Messrs. Taylor and Hessey"
    first = doc.documents[0]
    assert (first.kind, first.recipients, first.place, first.signature) == ("letter", ("John Taylor",), "Fleet Street", "John Keats.")


def test_a_letter_that_is_its_chapter_opens_with_a_dateline_whose_year_is_left_blank() -> None:
    """A chapter that is one letter: a dateline (year printed '189-', not a chapter title), a salutation run in with a
    colon, the body, a closing and a name under it; no narrative introduces it."""
    body = " ".join(["The mill has been running full time since you left, and the orders keep coming in."] * 3)
    text = ("I\n\n\n                                   BOSTON, May 4, 189-\n\n"
            f"_Dear Harold:_ {body}\n\n{body}\n\n"
            "                         Your loving mother,\n                                  MARY LANE.\n\n\n"
            "II\n\n\n                                   June 1, 189-\n\n"
            f"_Dear Harold:_ {body}\n\nThe foreman stopped me at the gate and said:\n\n“Tell the boy the looms are his.”\n\n"
            f"{body}\n\n                         Your loving mother,\n\n"
            "                                  M. L.\n")
    book = read_text(text, "book.txt", None)
    assert [ch.title for ch in book.chapters] == [None, None]
    first, second = book.documents
    assert (first.kind, first.senders, first.recipients, first.place) == ("letter", ("Mary Lane",), ("Harold",), "Boston")
    assert first.text.startswith("BOSTON, May 4, 189-") and first.date is None  # the year is not given: no date
    assert second.kind == "letter" and second.recipients == ("Harold",)
    assert "looms are his" in second.text  # a story told in the letter, speech and all, is the letter's


def test_a_name_under_the_closing_signs_the_letter() -> None:
    from producer.read.setoff import setoff_extent

    body = "We sailed this morning, and the wind is fair for the north; I shall write again from the next port."
    texts = ["To Mrs. Hale, England.", "Lyons, Dec. 11th, 17—.", body, body, "Your affectionate brother,", "R. Lane", body]
    assert [role for _, role in setoff_extent(texts, 0, len(texts))] == \
        ["address", "dateline", "document", "document", "closing", "signature"]


def test_the_signer_sends_it_wherever_it_came_from() -> None:
    text = ("CHAPTER I\n\nThe count opened the envelope. Inside was a single sheet of embassy note paper, and a terse line signed "
            "by his secretary:\n\n\"A lady is waiting for you here, and she says she must see you at once.\"\n\n"
            "Then the cable came. It was a despatch from Lisbon dated that morning, and signed simply \"Gault.\" "
            "Completely translated it ran thus:\n\n\"Secret alliance of the southern nations planned. Three powers will soon sign the "
            "compact in the capital. Proposition just made to a fourth, and may be accepted.\"\n")
    note, despatch = documents(text)
    assert note.senders == ("secretary",)  # not "Inside", the word that opens the sentence
    # 'a despatch from Lisbon' is said of people too ('a letter from Cyrus'), and this text never writes Lisbon as a
    # place ('at Lisbon', 'cabled from Lisbon'): the place stays empty, said less rather than wrong
    assert (despatch.kind, despatch.senders, despatch.place) == ("dispatch", ("Gault",), None)
    (placed,) = documents(text.replace("Then the cable came.", "Then the cable came, sent from Lisbon.")[text.index("Then"):])
    assert placed.place == "Lisbon"


def test_a_run_of_dated_paragraphs_that_the_narrative_says_were_sent_are_documents_each_of_its_day() -> None:
    text = ("CHAPTER III\n\nOn March 2, 1901, I first wired the news home, and from then on, under the dates given "
            "below, I sent cables recording the rising.\n\n"
            "March 4. Villages on the river are being burned by raiders, and the officials will do nothing to stop them.\n\n"
            "[Illustration: A river village]\n\n"
            "March 9, 4.10 P.M. Guards have been asked for by every mission in the district; none have come so far.\n\n"
            "March 9, P.M. The railway station has been attacked and the line is cut in two places south of here.\n\n"
            "After this cable the wires were cut, and no more news went out for a week.\n")
    docs = documents(text)
    assert [(d.kind, d.date) for d in docs] == [("telegram", "1901-03-04"), ("telegram", "1901-03-09"), ("telegram", "1901-03-09")]
    assert all(d.recipients == () and d.text.startswith("March") for d in docs)
    assert dict(docs[0].evidence).get("date") == "dateline"  # its own words give the day


def test_a_letter_set_in_by_three_columns_under_its_dateline_is_a_document() -> None:
    """Some books set letters in by only three columns: still set apart from a narrative printed flush left."""
    text = ("CHAPTER I\n\nThe following extracts of his letters home will be found interesting, as they show his situation.\n\n"
            "   Thunderer, off the Black Rocks, Sunday evening,\n   2d Sept. 1800.\n\n"
            "   It is said, but I do not believe it, that the enemy fleet is to\n   be ordered out at all risks. We "
            "remain in sight of the enemy\n   unmolested by them, and the weather holds fair.\n\n"
            "   The frigates bring us the news every second day, and I\n   expect the convoy before the end of the week.\n\n"
            "He was relieved in October, and came home by the packet.\n")
    (doc,) = documents(text)
    assert (doc.date, doc.shape) == ("1800-09-02", "block") and doc.text.startswith("Thunderer, off the Black Rocks")
    assert "convoy" in doc.text and "relieved" not in doc.text


def test_heading_lines_that_say_from_or_give_degrees() -> None:
    from producer.read.headline import heading_line

    head = heading_line("Letter from Dr. Hale to Arthur Price.")
    assert head is not None and (head.kind, head.sender, head.recipient) == ("letter", "Dr. Hale", "Arthur Price")
    head = heading_line("Letter, Anne Lowe, M. D., D. Ph., etc., etc., to Dr. Hale.")
    assert head is not None and (head.sender, head.recipient, head.place) == ("Anne Lowe", "Dr. Hale", None)
    assert heading_line("Letter from home to the front.") is None


def test_a_quotation_that_opens_with_two_header_lines_is_a_letter_though_it_stops_before_the_signature() -> None:
    text = ("CHAPTER I\n\nAt length I renewed a correspondence which had been too long discontinued:--\n\n"
            "'To DR. HALE.\n\n'Bath, April 18, 1771.\n\n'MY DEAR SIR,\n\n'I can now fully understand those intervals of "
            "silence in your correspondence with me, which have often given me anxiety; yet I have deferred for almost a "
            "year to write to him.'\n\nIn the rest of this letter I told him of my life at the bar.\n")
    (doc,) = documents(text)
    assert (doc.kind, doc.recipients, doc.date, doc.place) == ("letter", ("Dr. Hale",), "1771-04-18", "Bath")


def test_documents_right_under_an_introduction_that_names_several_share_its_kind_place_and_day() -> None:
    text = ("CHAPTER I\n\nGeneral Ward wired these several despatches from Dayton on March 12, 1864:\n\n"
            '    "MAJOR-GENERAL HALE:\n\n    "The bridge at the ford is down, and the river is rising fast; hold the '
            'trains at the depot until it is mended.\n\n          "WARD,\n            "_Major-General_."\n\n\n'
            '    "MAJOR-GENERAL LOWE:\n\n    "No movement will be made against the enemy at present. Give your men and '
            'animals all the rest you can.\n\n          "WARD,\n            "_Major-General_."\n\n'
            "The next day the weather broke.\n")
    first, second = documents(text)
    assert (first.kind, first.place, first.date) == ("dispatch", "Dayton", "1864-03-12")
    assert (second.kind, second.place, second.date, second.recipients) == ("dispatch", "Dayton", "1864-03-12", ("Major-General Lowe",))


def test_a_paragraph_ending_in_a_verb_of_sending_without_its_colon_introduces_the_next() -> None:
    text = ("CHAPTER I\n\nGeneral Ward went up on the 29th, and his division followed the same day, also by rail.  And I "
            "telegraphed to General Hale\n\nI take it for granted that the raiders will cut our road, but think we can "
            "prevent them from making a serious lodgment. I have sent two divisions up to the river.\n\n"
            "There was great difficulty in obtaining correct information about their movements.\n")
    (doc,) = documents(text)
    assert (doc.kind, doc.recipients) == ("telegram", ("General Hale",)) and doc.text.startswith("I take it for granted")
    told = ("CHAPTER I\n\nBy the evening it was known that the Association had telegraphed to London for free labourers.\n\n"
            "The free labourers came on the Saturday, two hundred of them, in a special train, with a hundred police.\n")
    assert documents(told) == ()  # a full sentence that tells of a telegram: narrative goes on


def test_talk_and_tales_found_in_whole_novels_are_not_documents() -> None:
    """Seen in two whole novels read end to end (not in the corpus): speech going on after its tag, a thought after
    'gilt letters', readers of a newspaper named 'Telegraph' who 'dared to say', and a tale told 'as follows'."""
    text = ("CHAPTER I\n\n\"She had better not wait till then, Jane,\" said Mr. Hale, when I read her letter to him; \"if she "
            "does, she will be too late, for our holiday will last our whole life long, and she will never find us at home.\"\n\n"
            "I read in gilt letters, \"The Crown Arms.\" My heart leapt up. It fell again: the thought struck it:--\n\n"
            "\"Your master himself may be beyond the Channel, for aught you know: and then, if he is at the Hall, towards "
            "which you hasten, who besides him is there?\"\n\n"
            "A few readers of the Daily Telegraph even dared to say, \"Why not, after all? Stranger things have come to "
            "pass, and a man may go round the world in eighty days if the trains run.\"\n\n"
            "The circumstances under which this telegraphic dispatch was sent were as follows:\n\n"
            "The steamer, built of iron, of two thousand tons burden, was due at eleven o'clock at the port, and the "
            "agent of the company waited on the quay with the detective.\n")
    assert documents(text) == ()


def test_a_telegram_set_off_under_its_route_and_its_addressee() -> None:
    text = ("CHAPTER I\n\nThe commissioner was sitting in his office one evening, when the following telegraphic dispatch "
            "was put into his hands:\n\nSuez to London.\n\nRowan, Commissioner of Police, Scotland Yard:\n\n"
            "I've found the bank robber. Send without delay a warrant of arrest to Bombay, for he leaves by the next boat.\n\n"
            "The effect of this dispatch was instantaneous.\n")
    (doc,) = documents(text)
    assert (doc.kind, doc.recipients, doc.destination) == ("dispatch", ("Rowan",), "Scotland Yard")
    assert "warrant of arrest" in doc.text and "instantaneous" not in doc.text


def test_a_division_the_book_calls_a_letter_is_announced_as_one() -> None:
    """Frankenstein's 'Letter 1' .. 'Letter 4' (tests/corpus/tuning/frankenstein-letters-1-4): the heading word is kept,
    and the EPUB heading, the chapter mark and the spoken announcement say 'Letter', not 'Chapter'."""
    from producer.describe import chapter_heading
    from producer.read.jsonform import from_json, to_json
    from producer.speech.script import chapter_announcement

    doc = load(ROOT / "tests" / "corpus" / "tuning" / "frankenstein-letters-1-4" / "input.txt")
    first = doc.chapters[0]
    assert (first.label, first.number, first.title) == ("Letter", "1", "To Mrs. Saville, England")
    assert chapter_heading(first) == "Letter 1: To Mrs. Saville, England"
    assert chapter_announcement(first) == "Letter one. To Mrs. Saville, England."
    again = from_json(to_json(doc), "frankenstein.json")  # kept through the JSON a person may correct
    assert [ch.label for ch in again.chapters] == ["Letter"] * 4 and "label" not in to_json(load(BEETHOVEN))["chapters"][1]


def test_letters_of_an_epistolary_novel_dated_by_the_day_and_greeting_with_a_colon() -> None:
    """Dear Enemy (tests/corpus/tuning/dear-enemy-apr-may): 'Tuesday.' or 'April 20. My dear Judy:' over the body, 'Most
    cordially yours,' / 'S. McB.' under it; a weekday line is the next letter's date, never the last one's signature."""
    text = ("I had a busy week.\n\n"
            "Tuesday.\n\n\nDear Enemy:\n\nYou doctored the whole house, then stalked past my library with your nose in the "
            "air, while I was waiting tea with a plate of Scotch scones.\n\nHowever, bring it in. I usually manage half "
            "an hour of recreation after dinner.\n\nMost cordially yours,\n\nS. McB.\n\n\n"
            "April 20. My dear Judy:\n\nOne a penny, two a penny, hot cross buns! This is Good Friday, and we are having "
            "them for breakfast.\n\nThe children send their love to you all.\n\nSALLIE McBRIDE.\n")
    first, second = documents(text)
    assert (first.kind, first.recipients, first.signature, first.senders) == ("letter", ("Enemy",), "S. McB.", ("S. McB.",))
    assert first.text.startswith("Tuesday.")  # its date line is its own, not the sentence that introduces it
    assert (second.kind, second.recipients, second.senders) == ("letter", ("Judy",), ("Sallie McBride",))


def test_a_collections_heading_in_capitals_names_both_parties_and_runs_in_the_date() -> None:
    """The Life and Letters of Charles Darwin (tests/corpus/tuning/darwin-life-v1ch05): 'CHARLES DARWIN TO J.S. HENSLOW.
    Shrewsbury, Tuesday [August 30?, 1831].' over an unsigned letter the editor cut short."""
    from producer.read.headline import caps_heading

    assert caps_heading("CHARLES DARWIN TO MISS SUSAN DARWIN. Cambridge.") == ("CHARLES DARWIN", "MISS SUSAN DARWIN", "Cambridge.")
    assert caps_heading("FROM PARIS TO LONDON.") is None and caps_heading("To Steiner.") is None
    text = ("My father would not hear of it at first.\n\n"
            "CHARLES DARWIN TO J.S. HENSLOW. Shrewsbury, August 30, 1831.\n\nMy dear Sir,\n\n"
            "Mr. Peacock's letter arrived on Saturday, and I received it late yesterday evening. As far as my own mind is "
            "concerned, I should most gladly have accepted the opportunity which you so kindly have offered me....\n\n"
            "He went to Maer the next day.\n")
    (letter,) = documents(text)
    assert (letter.kind, letter.senders, letter.recipients, letter.date, letter.place) == (
        "letter", ("Charles Darwin",), ("J.S. Henslow",), "1831-08-30", "Shrewsbury")
    assert dict(letter.evidence)["senders"] == "heading"


def test_divisions_the_book_numbers_as_letters_are_letters() -> None:
    """Pamela (tests/corpus/tuning/pamela-letters-1-14): 'LETTER I' .. 'LETTER III', each a letter with a salutation and
    often no name signed; each division is one letter, the salutation saying to whom when it names someone."""
    text = ("LETTER I\n\nDEAR FATHER AND MOTHER,\n\nI have great trouble, and some comfort, to acquaint you with. "
            "The trouble is, that my good lady died of the illness I mentioned to you.\n\n"
            "Your dutiful Daughter.\n\n\n"
            "LETTER II\n\nDEAR PAMELA,\n\nYour letter was indeed a great trouble, and some comfort, to me and your "
            "poor mother.\n\nYour careful, but loving Father and Mother,\n\nJOHN AND ELIZABETH ANDREWS.\n\n\n"
            "LETTER III\n\nDEAR MRS. JERVIS,\n\nI must needs say, your kindness has filled me with comfort this "
            "whole week, and I thank you for it.\n\nPAMELA.\n")
    letters = documents(text)
    assert [(d.kind, d.chapter) for d in letters] == [("letter", "ch1"), ("letter", "ch2"), ("letter", "ch3")]
    assert letters[1].recipients == ("Pamela",) and letters[2].recipients == ("Mrs. Jervis",)
    assert letters[2].senders == ("Pamela",) and dict(letters[2].evidence)["recipients"] == "salutation"


def test_letters_back_to_back_keep_what_they_quote_and_introduce() -> None:
    """Dear Enemy (tests/corpus/tuning/dear-enemy-apr-may, lines 143-265): a letter right under the last one's
    signature, holding a notice it introduces with a colon and a quotation, runs to its own signature; the quoted
    notice is the letter's, not a document of its own."""
    text = ("I had a busy week.\n\n"
            "Sunday.\n\nDear Gordon:\n\nI know that I haven't written lately; you have a perfect right to grumble, but "
            "oh dear! oh dear! you can't imagine how busy I am.\n\nMost cordially yours,\n\nS. McB.\n\n\n"
            "April 15. My dear Judy:\n\nYou'd like to make another slight donation to the J. G. H. out of the excess of "
            "last month's allowance? Will you kindly have the following inserted in all the dailies:\n\n"
            "                Notice!\n     To Parents Planning to Abandon their Children:\n"
            "     Please do it before they have reached their third year.\n\n"
            "I can't think of any action on the part of abandoning parents that would help us more effectually.\n\n"
            "\"'Tis the middle of night by the castle clock\"--do you know where that line comes from? It IS the "
            "middle of night, so I'll wish you pleasant dreams.\n\nSALLIE.\n\n\nShe posted it in the morning.\n")
    first, second = documents(text)
    assert first.recipients == ("Gordon",) and second.recipients == ("Judy",) and second.senders == ("Sallie",)
    assert second.text.startswith("April 15.") and "Notice!" in second.text and "castle clock" in second.text
    assert "posted" not in second.text


def test_a_title_before_a_name_is_no_salutation() -> None:
    """Saumarez's Memoirs (tests/corpus/tuning/saumarez-v1ch12, line 105): 'Sir James writes:--' introduces his journal;
    it is not a letter's 'Sir:--'."""
    from producer.read.signatures import SALUTATION_OPENING

    assert not SALUTATION_OPENING.match("Sir James writes:--")
    assert all(SALUTATION_OPENING.match(s) for s in ("Sir:--", "SIR,", "Dear Judy:", "April 15. My dear Judy:",
                                                     "MY DEAR MISS BROOKE,--I have", "Dear Pierrepont: Your Ma"))


def test_an_editors_brackets_and_doubts_in_a_date_line() -> None:
    """The Life and Letters of Charles Darwin (tests/corpus/tuning/darwin-life-v1ch05, lines 333 and 371): the editor
    supplies the year in brackets and doubts the day with '?'; the year is the letter's, not the narrative's."""
    text = ("The voyage was fixed for June, 1832, as he heard in London.\n\n"
            "CHARLES DARWIN TO J.S. HENSLOW. Shrewsbury, Tuesday [August 30?, 1831].\n\nMy dear Sir,\n\n"
            "Mr. Peacock's letter arrived on Saturday, and I received it late yesterday evening. As far as my own mind is "
            "concerned, I should most gladly have accepted the opportunity which you so kindly have offered me....\n\n"
            "He went to Maer the next day.\n")
    (letter,) = documents(text)
    assert (letter.date, letter.place) == ("1831-08-30", "Shrewsbury")


def test_a_month_on_its_own_line_is_a_date_never_a_signature() -> None:
    """Little Women ch. XXXIII (Gutenberg #514, 'JO'S JOURNAL'): 'DECEMBER' over the next entry is no one's name."""
    from producer.read.setoff import line_role

    assert all(line_role(t, True) == "dateline" for t in ("DECEMBER", "December", "November 3d.", "May, 1862.", "TUESDAY."))
    assert line_role("SALLIE.", True) == "signature" and line_role("May I come?", True) is None


def test_a_letter_signed_in_its_last_paragraph_ends_there() -> None:
    """The Life and Letters of Charles Darwin (tests/corpus/tuning/darwin-life-v1ch05, lines 434-506): the edition runs
    the closing and the name into the last paragraph ('... Affectionately yours, JOSIAH WEDGWOOD.'), and puts an aside
    after the date line ('[Read this last.]', '(In C. Darwin's writing.)'); the next letter starts right under."""
    text = ("His uncle answered at once.\n\n"
            "JOSIAH WEDGWOOD TO R.W. DARWIN. Maer, August 31, 1831. [Read this last.]\n(In C. Darwin's writing.)\n\n"
            "My dear Doctor,\n\nI feel the responsibility of your application to me on the offer that has been made to "
            "Charles as being weighty.\n\nYou will bear in mind that I have had very little time for consideration.\n\n"
            "I am, My dear Doctor, Affectionately yours, JOSIAH WEDGWOOD.\n\n\n"
            "CHARLES DARWIN TO J.S. HENSLOW. Cambridge, Red Lion [September 2], 1831.\n\nMy dear Sir,\n\n"
            "I am just arrived; you will guess the reason. My father has changed his mind.\n\n"
            "Good-bye. My dear Henslow, Your most sincere friend, CHAS. DARWIN.\n\nHe left for London the next day.\n")
    first, second = documents(text)
    assert (first.date, first.place, first.signature) == ("1831-08-31", "Maer", "Josiah Wedgwood.")
    assert first.text.endswith("Affectionately yours,") and "Cambridge" not in first.text
    assert (second.date, second.signature, second.senders) == ("1831-09-02", "Chas. Darwin.", ("Charles Darwin",))
    assert "London" not in second.text


def test_a_copy_signed_in_its_last_paragraph() -> None:
    """Bourrienne's Memoirs of Napoleon (tests/corpus/tuning/bourrienne-v1ch04, lines 124-148): a copy set in under
    its introduction, '(Signed) COLLI.' run into its last paragraph; the letter runs to it and he signs it."""
    text = ("He no sooner joined the army than General Colli transmitted to him the following letter:\n\n"
            "   GENERAL--I suppose that you are ignorant of the arrest of one of my\n   officers, named Moulin, the bearer "
            "of a flag of truce.\n\n   I most sincerely wish that nothing may occur to change the noble and\n   humane "
            "conduct of the two nations. I have the honour, etc.,\n                            (Signed) COLLI.\n\n"
            "Bonaparte answered him the next day.\n")
    (letter,) = documents(text)
    assert letter.signature == "(Signed) Colli." and letter.senders == ("Colli",)
    assert letter.text.endswith("I have the honour, etc.,") and "answered" not in letter.text


def test_the_next_letters_place_line_is_not_the_signature() -> None:
    """Dear Enemy (tests/corpus/tuning/dear-enemy-apr-may, lines 282-291): 'S. McB.' signs; 'THE JOHN GRIER HOME,' over
    'April 17.' heads the next letter, and is that letter's."""
    text = ("It was a long day.\n\nTuesday.\n\nDear Enemy:\n\nYou doctored the whole house, then stalked past my library "
            "with your nose in the air.\n\nLife of late is unco steep. Obligingly yours,\n\nS. McB.\n\n\n"
            "THE JOHN GRIER HOME,\n\nApril 17.\n\nDear Gordon:\n\nThank you for the tulips, likewise the lilies of the "
            "valley. They are most becoming to my blue Persian bowls.\n\nS. McB.\n\n\nShe went to bed.\n")
    first, second = documents(text)
    assert first.signature == second.signature == "S. McB." and second.recipients == ("Gordon",)
    assert second.text.startswith("THE JOHN GRIER HOME,")  # where it was written, over when: its own lines


def test_a_quotation_broken_by_who_wrote_it_is_one_document() -> None:
    """Henderson's Stonewall Jackson (tests/corpus/tuning/henderson-jackson-ch07-romney, lines 176-185): '"The discipline
    of the army," he wrote to the Secretary of War, "cannot be maintained ..."': the letter starts at its first words."""
    text = ("Johnston, still smarting under the rejection of his views, felt this as acutely as did Jackson. “The "
            "discipline of the army,” he wrote to the Secretary of War, “cannot be maintained under such circumstances. "
            "The direct tendency of such orders is to insulate the commanding general from his troops, to diminish his "
            "moral as well as his official control, and to harass him with the constant fear that his plans will be "
            "overturned.”\n\nThe Secretary did not answer.\n")
    (letter,) = documents(text)  # its text is what he wrote: the narration between the two parts is left out
    assert letter.text.startswith("The discipline of the army, cannot be maintained") and letter.text.endswith("overturned.")
    assert (letter.kind, letter.senders, letter.recipients) == ("letter", ("Johnston",), ("Secretary of War",))


def test_a_quotation_goes_on_only_where_its_sentence_did() -> None:
    """The held-out Redfield chapter: a letter quoted whole and signed, then 'It was addressed to “the Officer ...”': the
    address is no more of the letter's text, and the signature stays the letter's last line. Henderson's Stonewall
    Jackson (tuning, lines 441-451): '"It was soon after the election of 1860," wrote one of his clerical friends, "when
    ..."' is one quotation."""
    letter_text = ("He brought a letter from his general: “GENERAL: I have the honor to propose a cessation of hostilities "
                   "until four o’clock P.M. to-day, for the purpose of burying the dead. I am, General, very respectfully, "
                   "your obedient servant, T. PRYOR, Major-General.” It was addressed to “the Officer commanding the "
                   "United States forces at the Gap.”\n")
    (letter,) = documents(letter_text)
    assert letter.text.endswith("burying the dead. I am, General, very respectfully, your obedient servant,")
    assert letter.signature == "T. Pryor, Major-General." and letter.senders == ("T. Pryor",)
    recollection = ('leave the future in higher hands. It had been so with him when the\n'
                    'question of secession was first broached. "It was soon after the\n'
                    'election of 1860," wrote one of his clerical friends, "when the\n'
                    'country was beginning to heave in the agony of dissolution. We had\n'
                    'just risen from morning prayers in his own house, where at that time\n'
                    'I was a guest. Filled with gloom, I was lamenting in strong language\n'
                    "the condition and prospect of our beloved country. 'Why,' said he,\n"
                    "'should Christians be disturbed about the dissolution of the Union?\n"
                    "It can only come by God's permission, and will only be permitted if\n"
                    "for His people's good. I cannot see why we should be distressed about\n"
                    'such things, whatever be their consequence.\'"\n')
    (written,) = documents(recollection)
    assert written.text.startswith("It was soon after the election of 1860, when the country")


def test_a_heading_is_no_one_a_pronoun_stands_for() -> None:
    """Holmes's Memoir of Motley (tests/corpus/tuning/holmes-motley-v2ch17, lines 1-20): 'a long letter from him' under
    the headings '1861-1863.  AEt.  47-49.' and 'LETTERS FROM VIENNA.': neither is who wrote it; said less, not wrong."""
    text = ("CHAPTER XVII.\n\n1861-1863.  AEt.  47-49.\n\nLETTERS FROM VIENNA.\n\nSoon after Mr. Motley's arrival in "
            "Vienna I received a long letter from him, most of which relates to personal matters, but which contains a "
            "few sentences of interest:\n\n                                        November 14, 1861.\n\n"
            "     What can I say to you of cis-Atlantic things?  I am almost ashamed to be away from home.  I do what\n"
            "     good I can, and I have had long conversations with leading men in England.\n\n"
            "This was the spirit of all his letters.\n")
    (letter,) = documents(text)
    assert letter.date == "1861-11-14" and letter.senders in ((), ("Mr. Motley",), ("Motley",))


CAWNPORE = ROOT / "tests" / "corpus" / "tuning" / "trevelyan-cawnpore-ch03" / "input.txt"
CASSIODORUS = ROOT / "tests" / "corpus" / "tuning" / "cassiodorus-variae-b1-1-9" / "input.txt"


def _lines(path: Path, first: int, last: int) -> str:
    return "".join(path.read_text(encoding="utf-8").replace("\r\n", "\n").splitlines(True)[first - 1: last])


def test_a_quoted_letter_with_its_heading_and_last_lines() -> None:
    """Trevelyan's Cawnpore (tuning, lines 43-102): each letter quoted whole, its heading inside the quotation ('"_From
    Sir H. M. Wheeler, K.C.B. to Martin Gubbins, Esq._'), the name under the closing and the hour under the date in one
    printed paragraph with no mark of their own, a postscript; the answer headed only 'From Captain Moore', signed with
    a rank, the regiment and 'By order.'"""
    wheeler, moore = documents(_lines(CAWNPORE, 43, 102))
    assert (wheeler.kind, wheeler.senders, wheeler.recipients) == ("letter", ("Sir H. M. Wheeler",), ("Martin Gubbins",))
    assert wheeler.evidence == (("senders", "heading"), ("recipients", "heading"))
    assert wheeler.signature == "H. M. Wheeler." and wheeler.text.endswith("we could punish the scoundrels and aid you.")
    assert wheeler.date is None  # "14th June." with no year in the excerpt: said less, not guessed
    assert (moore.kind, moore.senders) == ("letter", ("J. Moore",))
    assert moore.signature == "J. Moore, Captain, 32d Regiment. By order."


def test_a_collection_of_letters_headed_by_one_sender() -> None:
    """The Letters of Cassiodorus (tuning, lines 1-100 and 149-180): 'N. KING THEODORIC TO ...' headings, no salutation
    or signature under them; two from one sender make them letters (a travel book's 'LONDON TO PARIS.' would not). The
    margin summary '[Sidenote: ...]' above a letter is not the letter's; 'VIR SUBLIMIS' after a name is a title, not
    where the letter went; a heading may carry a note marker ('PATRICIAN[214].')."""
    letters = documents(_lines(CASSIODORUS, 1, 180))
    assert [(d.senders, d.recipients, d.destination) for d in letters] == [
        (("King Theodoric",), ("Emperor Anastasius",), None), (("King Theodoric",), ("Theon",), None),
        (("King Theodoric",), ("Cassiodorus",), None), (("King Theodoric",), ("the Senate of the City of Rome",), None)]
    assert letters[0].text.startswith("‘It behoves us, most clement Emperor") and "Sidenote" not in letters[0].text


SLATIN = ROOT / "tests" / "corpus" / "tuning" / "slatin-fire-sword-ch09" / "input.txt"


def test_a_signature_over_several_lines() -> None:
    """Slatin's Fire and Sword in the Sudan (tuning, lines 76-92): '(Signed) _Governor-General of Darfur' / 'and
    Commandant of the Troops_,' / 'SLATIN.': the title broken over two lines and the name under it all sign the letter,
    and the name is who sent it, not the office."""
    (letter,) = documents(_lines(SLATIN, 76, 92))
    assert letter.signature == "(Signed) Governor-General of Darfur and Commandant of the Troops, Slatin."
    assert letter.senders == ("Slatin",) and letter.evidence[0] == ("senders", "signature")


def test_the_recipient_named_with_the_document_before_its_verb() -> None:
    """Slatin (tuning, lines 56-75): 'My letter to the Mahdi ran as follows:--': to whom, though the verb comes after."""
    (letter,) = documents(_lines(SLATIN, 56, 75))
    assert letter.recipients == ("Mahdi",) and letter.evidence == (("recipients", "introduction"),)


def test_routes_in_chapter_titles_are_not_letters() -> None:
    """'NEW YORK TO BOSTON.' and 'NEW YORK TO ALBANY.' over a travel book's chapters: a place the text is in, not one
    sender; 'LONDON TO DOVER.' has one word before TO, and a person signs with two."""
    routes = ("I.\n\nNEW YORK TO BOSTON.\n\nThe train was slow. In New York we had left the snow.\n\n"
              "II.\n\nNEW YORK TO ALBANY.\n\nUp the river by boat, the Palisades on our left.\n\n"
              "III.\n\nLONDON TO DOVER.\n\nThe coach went fast.\n\nIV.\n\nLONDON TO BRIGHTON.\n\nThe downs were green.\n")
    assert documents(routes) == ()


WARDLE = ROOT / "tests" / "corpus" / "tuning" / "wardle-gordon-ch06-07" / "input.txt"


def test_a_month_after_dated_is_no_place() -> None:
    """Wardle's General Gordon (tuning, lines 204-221): 'in a letter dated Jan. 26, 1884.': a date, not a place 'Jan'."""
    (letter,) = documents(_lines(WARDLE, 204, 221))
    assert letter.place is None


def test_a_titled_person_without_where_he_is_from() -> None:
    """Williams's History of the Negro Race (tuning, line 162): 'the famous Rev. Dr. Hopkins of Rhode Island wrote':
    the sender is the man; an office or a body named 'of' somewhere keeps it."""
    from producer.read.narrative import without_origin

    assert without_origin("Rev. Dr. Hopkins of Rhode Island") == "Rev. Dr. Hopkins"
    assert without_origin("General Lee of Virginia") == "General Lee"
    assert [without_origin(n) for n in ("Duke of Wellington", "Government of India", "Secretary of War", "Bank of England")] \
        == ["Duke of Wellington", "Government of India", "Secretary of War", "Bank of England"]


SAUMAREZ = ROOT / "tests" / "corpus" / "tuning" / "saumarez-v1ch12" / "input.txt"


def test_the_addressee_under_the_signature_is_not_signing() -> None:
    """Ross's Saumarez (tuning, lines 468-496): 'Your most obedient humble servant,' / 'ST. VINCENT.' / 'Sir James
    Saumarez.': the last line names the one the letter went to; the sender is St. Vincent alone."""
    (letter,) = documents(_lines(SAUMAREZ, 468, 496))
    assert letter.signature == "St. Vincent." and letter.senders == ("St. Vincent",)


def test_a_signature_in_initials_keeps_its_last_stop() -> None:
    """Webster's Dear Enemy (tuning, lines 1-36): signed 'S. McB.': the stop is the abbreviation's, the sender is
    'S. McB.', not 'S. McB'; 'SALLIE McBRIDE.' is 'Sallie McBride', its stop the sentence's."""
    (letter,) = documents(_lines(ROOT / "tests" / "corpus" / "tuning" / "dear-enemy-apr-may" / "input.txt", 1, 36))
    assert letter.senders == ("S. McB.",)
    (signed,) = documents("Dear Judy:\n\nI have been busy all the week with the children and their new clothes.\n\n"
                          "Yours ever,\n\nSALLIE McBRIDE.\n")
    assert signed.senders == ("Sallie McBride",)


def test_someones_house_and_a_titled_name_are_no_places() -> None:
    """Trollope's Phineas Finn (tuning, lines 90-115): 'His note, which was delivered at Madame Goesler's house': where
    it went, and hers, not a place the sender wrote from; 'in General Orders' names a document, 'from General Buller' a
    man."""
    (note,) = documents(_lines(ROOT / "tests" / "corpus" / "tuning" / "phineas-finn-ch62" / "input.txt", 90, 115))
    assert note.place is None
    from producer.read import fields

    assert fields.parties("It was published in General Orders:", 13, "Author", None, "order").place is None


def test_a_year_in_a_letters_own_heading_outranks_the_narrative() -> None:
    """The Life and Letters of Charles Darwin (tuning, lines 280-292): Henslow's postscript 'The expedition is to sail on
    25th September' stands right above 'G. PEACOCK TO C. DARWIN. [1831.]': the heading's year is the letter's date."""
    letters = documents(_lines(ROOT / "tests" / "corpus" / "tuning" / "darwin-life-v1ch05" / "input.txt", 260, 300))
    peacock = next(d for d in letters if d.senders == ("G. Peacock",))
    assert peacock.date == "1831" and ("date", "heading") in peacock.evidence


def test_the_one_a_letter_went_to_is_not_its_sender() -> None:
    """Darwin's Life and Letters (tuning, line 120): 'In a letter to Rev. L. Blomefield (Jenyns), May 24, 1862, my father
    wrote:--': neither the recipient named first nor the name in parentheses wrote it (the sender had been Blomefield);
    'my father' the reader cannot name, so none is given."""
    from producer.read import fields

    intro = "In a letter to Rev. L. Blomefield (Jenyns), May 24, 1862, my father wrote:--"
    assert fields.parties(intro, intro.index("wrote"), "Author", "Darwin", "letter").senders == []


def test_an_epistolary_novel_from_its_middle_with_lower_case_numerals() -> None:
    """Edgeworth's Leonora (tests/corpus/tuning/edgeworth-leonora-letters-74-85): 'Letter lxxiv.' .. 'Letter lxxxv.'
    ('lxxvij' for 77), each over 'Olivia to Madame de P----.' or 'From Olivia to Mr L----.': twelve letters, numbered
    from 74, each with its sender and recipient from that line."""
    from pathlib import Path

    from producer.read import load

    doc = load(Path(__file__).parent / "corpus" / "tuning" / "edgeworth-leonora-letters-74-85" / "input.txt")
    assert [c.number for c in doc.chapters][:5] == ["LXXIV", "LXXV", "LXXVI", "LXXVII", "LXXVIII"]
    assert len(doc.documents) == 12 and all(d.kind == "letter" for d in doc.documents)
    assert (doc.documents[3].senders, doc.documents[3].recipients) == (("Olivia",), ("Mr L----",))


def test_numbered_exhibits_each_opened_by_the_heading_of_its_state_paper() -> None:
    """Why We Are at War (tests/corpus/tuning/oxford-why-war-white-book-exhibits): 'EXHIBIT 3.' over 'Telegram of the
    Imperial Ambassador at Vienna to the Chancellor on July 24th 1914.': a telegram, who sent it where to whom, when."""
    from pathlib import Path

    from producer.read import load
    from producer.read.headline import paper_heading

    doc = load(Path(__file__).parent / "corpus" / "tuning" / "oxford-why-war-white-book-exhibits" / "input.txt")
    third = doc.documents[2]
    assert (third.kind, third.senders, third.recipients, third.place, third.date) == \
        ("telegram", ("Imperial Ambassador at Vienna",), ("Chancellor",), "Vienna", "1914-07-24")
    assert dict(third.evidence)["date"] == "heading" and not third.text.startswith("Telegram of")
    assert paper_heading("The Chancellor to the Governments of Germany.").recipient == "Governments of Germany"
    assert paper_heading("He went to the town and saw it.") is None


def test_a_salutation_outranks_the_narratives_guess_at_the_recipient() -> None:
    """Huxley's Life and Letters (tests/corpus/tuning/huxley-life-v1ch12): 'He sent his proofs for Huxley to read.'
    over a letter opening 'My dear Hooker,': the letter is to Hooker, not to 'proofs'."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "huxley-life-v1ch12" / "input.txt")
    (letter,) = [d for d in doc.documents if d.text.startswith("14 Waverley Place, N.W., April 22")]
    assert letter.recipients == ("Hooker",) and dict(letter.evidence)["recipients"] == "salutation"


def test_an_armys_headed_messages_are_dispatches_and_the_office_receipt_is_no_date_line_words() -> None:
    """Dodge's Chancellorsville (tests/corpus/tuning/dodge-chancellorsville-ch30-31): 'HEADQUARTERS ARMY OF THE
    POTOMAC, May 4, 1863.' over an order is a dispatch; 'BANKS'S FORD, VA., / May 4, 1863, 11.50 P.M. (Received 1
    A.M., May 5.)' dates the message May 4 at Banks's Ford (the receipt is the telegraph office's)."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "dodge-chancellorsville-ch30-31" / "input.txt")
    headed = [d for d in doc.documents if d.text.startswith("HEADQUARTERS ARMY OF THE POTOMAC")]
    assert headed and all(d.kind == "dispatch" for d in headed)
    assert any(d.place == "Banks's Ford" and d.date == "1863-05-04" and "11.50 P.M." in d.text for d in doc.documents)


def test_an_epistolary_novels_letter_headings_name_writer_recipient_and_where() -> None:
    """Burney's Evelina (tests/corpus/tuning/burney-evelina-letters-1-9): 'LETTER I' over 'LADY HOWARD TO THE REV. MR.
    VILLARS Howard Grove, Kent.', the closing and the name run into the last paragraph ('... Your most obedient friend
    and servant, M. HOWARD.'); Letter III's heading is its first paragraph, under an editor's direction."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "burney-evelina-letters-1-9" / "input.txt")
    letters = [d for d in doc.documents if d.shape == "block"]
    assert len(letters) == 9 and all(d.kind == "letter" for d in letters)
    first, third = letters[0], letters[2]
    assert (first.senders, first.recipients, first.place, first.destination) == (("Lady Howard",), ("The Rev. Mr. Villars",), "Howard Grove", None)
    assert first.signature.upper() == "M. HOWARD." and first.text.endswith("friend and servant,")
    assert dict(first.evidence)["place"] == "heading"
    assert (third.senders, third.recipients, third.place, third.date) == (("Lady Howard",), ("The Rev. Mr. Villars",), "Howard Grove", None)
    assert not third.text.startswith("LADY HOWARD")  # the heading is not the letter's text
    assert letters[6].signature.upper() == "M. HOWARD."  # '... from your goodness. M. HOWARD.': the heading's writer, no closing words


def test_a_set_in_letter_ends_above_the_next_letters_heading_and_initials_name_no_guess() -> None:
    """The Buckingham memoirs (tests/corpus/tuning/buckingham-george3-1783-02): letters set in, one under another, each
    under 'GENERAL CUNINGHAME TO LORD TEMPLE.' -- a letter ends above the next one's heading, which is never its
    signature; 'W. W. G.' is signed by whoever the text spells so, not by the chapter's first name in G ('His Grace')."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "buckingham-george3-1783-02" / "input.txt")
    letters = [d for d in doc.documents if d.shape == "block"]
    assert not any(d.signature and " TO " in d.signature.upper() for d in letters)
    assert not any("TO LORD TEMPLE" in d.text[40:] for d in letters)  # a letter's text holds its own heading only
    assert all(d.senders != ("Grace",) for d in letters)
    cuninghame = [d for d in letters if d.senders and "Cuninghame" in d.senders[0]]
    assert len(cuninghame) >= 3 and all(d.recipients for d in cuninghame)


def test_an_unsigned_letter_under_its_address_and_dated_line_runs_while_it_speaks_as_a_letter() -> None:
    """Agassiz's Life (tests/corpus/tuning/agassiz-life-ch05): 'TO HIS BROTHER.' / 'PARIS, March, 1832.' over a letter
    no one signs and nothing introduces with a colon; it ends where the narrative speaks of it ('This letter drew forth
    the following one.'). Walpole's letters: 'TO SIR HORACE MANN.' / 'DOWNING STREET, May 26, 1742.'."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "agassiz-life-ch05" / "input.txt")
    (brother,) = [d for d in doc.documents if d.text.startswith("TO HIS BROTHER.")]
    # 'The following answer to an appeal from his mother ...' had made 'TO HIS MOTHER.' a proclamation
    assert [d.kind for d in doc.documents if d.text.startswith("TO HIS MOTHER.")] == ["letter", "letter"]
    assert brother.date == "1832-03" and brother.place == "Paris" and "drew forth" not in brother.text
    assert brother.text.rstrip().endswith("the reverse side of my position.")
    walpole = load(ROOT / "tests" / "corpus" / "tuning" / "walpole-letters-v1-1740-42" / "input.txt")
    mann = [d for d in walpole.documents if d.text.startswith("TO SIR HORACE MANN.")]
    assert [(d.date, d.place, d.recipients) for d in mann][-2:] == [
        ("1742-05-26", "Downing Street", ("Sir Horace Mann",)), ("1742-12-09", "Arlington Street", ("Sir Horace Mann",))]


def test_a_volume_of_letters_headed_in_ordinary_case() -> None:
    """'Miss Grey to Lady Ashford.' over a place line (its note marker aside), a date line and a salutation run in,
    in capitals: each letter is found with whom it is from and to, where and when. (An editor's bracketed year on a
    line of its own, 'Monday [1820].', is not read as a date line: reading it so gave wrong values on unseen books.)"""
    from producer.read.headline import person_heading

    assert person_heading("Miss Grey to Lady Ashford.") == ("Miss Grey", "Lady Ashford")
    assert person_heading("Miss Grey to her Brother, Lord Ashford.") == ("Miss Grey", "Lord Ashford")
    assert person_heading("From T. H. Grey, Esq., to W. Marsh.") == ("T. H. Grey", "W. Marsh")
    assert person_heading("Return to London.") is None and person_heading("Mr. Pickwick to Bath.") is None
    body = ("I have so little to tell you that I write only because I promised, and because the rain keeps us all "
            "indoors with nothing better to do than to count the drops on the glass.")
    text = ("_Miss Grey to Lady Ashford_.\n\nASHBY HALL,[1]\n_May_ 2 [1820].\n\n"
            f"MY DEAREST SISTER, {body}\n\n{body} Your most affect. sister,\n\nA. G.\n\n\n"
            "_Lord Ashford to Miss Grey._\n\n_June_ 9, 1820.\n\n"
            f"MY DEAR ANNE, ...{body}\n\n{body}\n\nW. A.\n\n\n[1] The house of their aunt.\n")
    docs = documents(text)
    assert [(d.senders, d.recipients, d.date) for d in docs] == [
        (("Miss Grey",), ("Lady Ashford",), "1820-05-02"), (("Lord Ashford",), ("Miss Grey",), "1820-06-09")]
    assert docs[0].place == "Ashby Hall"


def test_set_in_letters_under_from_and_to_headings_and_an_addressee_under_the_signature() -> None:
    """Indented letters each under '_From X to Y._' or '_To X, Esq._' and a date line, the first at the top; a
    'C. B. MARSH, Esq.' line under a signature is whom the letter went to, not who signed it."""
    body = ("  I write to ask whether the plants you sent have taken, for mine have done nothing at all since the\n"
            "  frost, and I begin to think the fault is in the soil rather than in the seed.")
    text = (f"  _From T. H. Grey to C. B. Marsh._\n\n  Elm Lodge, Hampstead: March 3, 1870.\n\n{body}\n\n"
            f"  Yours very truly,\n  T. H. GREY.\n\n  _To C. B. Marsh, Esq._\n\n  Elm Lodge: March 9, 1870.\n\n{body}\n\n"
            "  Yours very truly,\n  T. H. GREY.\n\n"
            f"That spring he wrote again.\n\n     WESTON, _April 2, 1870_.\n\n     MY DEAR SIR: {body.strip()}\n\n"
            "                      Yours truly,\n                                  T. H. GREY.\n\n     C. B. MARSH, Esq.\n\n"
            "He had no answer.\n")
    docs = documents(text)
    assert [(d.kind, d.senders, d.recipients, d.date) for d in docs] == [
        ("letter", ("T. H. Grey",), ("C. B. Marsh",), "1870-03-03"), ("letter", ("T. H. Grey",), ("C. B. Marsh",), "1870-03-09"),
        ("letter", ("T. H. Grey",), ("C. B. Marsh",), "1870-04-02")]
