"""Books of letters and Lives quoting them (forms met in the tuning half's twenty-first to twenty-third rounds and in
two whole downloads, Jefferson's papers and Hearn's Life and Letters), on made-up text."""

from __future__ import annotations

from pathlib import Path

from producer.model import Document, QuotedDocument
from producer.read import load


def _read(tmp_path: Path, text: str) -> Document:
    """`text` read as a book's .txt file (with the book.toml a test may have put beside it)."""
    path = tmp_path / "book.txt"
    path.write_text(text, encoding="utf-8")
    return load(path)  # type: ignore[return-value]


def _documents(tmp_path: Path, text: str) -> list[QuotedDocument]:
    """The documents the reader finds in `text`."""
    return list(_read(tmp_path, text).documents)

_NUMBERED = """112. To Dr. Karl Weber

Dear Friend,

Your article on the spring concerts has given me a pleasant hour, and I thank
you heartily for the kind things you say of our orchestra and of the
theatre here.

The score of the overture was sent to you yesterday; let me know whether it
came safely, and keep it as long as you like.

Farewell, dear friend, and remain good to your

F. Hauser

Dresden, June 8th 1854



113. To Louis Brandt

Dear Friend,

I am going once more to give you a pleasure. By to-day's post you will
receive the portrait you asked for, and a letter for your brother.

Remember me kindly to your wife, and bear me in friendly remembrance as
your attached friend,

F. Hauser

Dresden, July 7th, 1854
"""


def test_numbered_letters_dated_at_their_foot(tmp_path: Path) -> None:
    """'112. To Dr. Karl Weber' heads a letter (the collection's number before it); a name under a paragraph that runs
    on into it ('... remain good to your' / 'F. Hauser') signs it; the date line under the signature is the letter's
    own, not the next letter's, when the next one opens with its numbered heading."""
    docs = _documents(tmp_path, _NUMBERED)
    assert [(d.senders, d.recipients, d.date, d.place) for d in docs] == [
        (("F. Hauser",), ("Dr. Karl Weber",), "1854-06-08", "Dresden"),
        (("F. Hauser",), ("Louis Brandt",), "1854-07-07", "Dresden")]
    assert dict(docs[0].evidence)["date"] == "dateline"


_EDITORS_LINES = """LETTER I.--TO JOHN HARWOOD, June 21, 1785


TO JOHN HARWOOD.

Paris, June 21, 1785.

Dear Sir,

Your favour of March the 6th has come duly to hand, and I write rather to
keep up our correspondence than to give you any news, for there is none.

I am with great esteem, Dear Sir,

your friend and servant,

Th: Hollis.




LETTER II.--TO MRS. DALE, July 5, 1785


TO MRS. DALE.

Paris, July 5, 1785.

Madam,

I received the parcel you were so good as to send, and have forwarded the
letters it held by the first safe conveyance.

I am, Madam, your most obedient humble servant,

Th: Hollis.




LETTER III.--TO JOHN HARWOOD, July 7, 1785


TO JOHN HARWOOD.

Paris, July 7, 1785.

Dear Sir,

Since my last the packet has come in, and with it the newspapers, which I
send you by the same hand that carries this.

Adieu, my dear Sir,

your friend and servant,

Th: Hollis.
"""


def test_letters_under_the_editors_numbered_lines(tmp_path: Path) -> None:
    """'LETTER I.--TO JOHN HARWOOD, June 21, 1785': the division's title is what follows the dash, and names the
    recipient; 'Th: Hollis.' (a given name shortened with a colon, as the eighteenth century wrote it) signs."""
    path = tmp_path / "papers.txt"
    path.write_text(_EDITORS_LINES, encoding="utf-8")
    doc = load(path)
    assert [c.title for c in doc.chapters] == ["TO JOHN HARWOOD, June 21, 1785", "TO MRS. DALE, July 5, 1785",
                                               "TO JOHN HARWOOD, July 7, 1785"]
    assert [(d.senders, d.recipients, d.date, d.place) for d in doc.documents] == [  # type: ignore[attr-defined]
        (("Th: Hollis",), ("John Harwood",), "1785-06-21", "Paris"),
        (("Th: Hollis",), ("Mrs. Dale",), "1785-07-05", "Paris"),
        (("Th: Hollis",), ("John Harwood",), "1785-07-07", "Paris")]


def test_a_place_and_a_year_are_a_date_line(tmp_path: Path) -> None:
    """'NEW ORLEANS, 1883.' over the salutation: where the letter was written, and its year only; two date lines, one
    'ARCTIC STATION, 1876.' over 'Cape Barrow, 24th June, 1876.', are read one by one, the fuller one last."""
    from producer.read.setoff import line_role

    assert line_role("NEW ORLEANS, 1883.", False) == "dateline" and line_role("Paris, 1785.", False) == "dateline"
    assert line_role("NEW ORLEANS, 1883.", True) != "dateline"  # under a body: a signature's line, not a date line
    text = ("CHAPTER IV\n\nHis letters of that year were all written from the city.\n\n"
            "TO REV. ARTHUR BELL\n\n                      NEW ORLEANS, 1883.\n\n"
            "DEAR BELL,--I suppose you are quite disgusted with me for not writing\n"
            "sooner; but the work of the paper has kept me at my desk every night.\n\n"
            "                       Ever yours,\n                              L. HART.\n")
    [doc] = _documents(tmp_path, text)
    assert (doc.recipients, doc.date, doc.place) == (("Rev. Arthur Bell",), "1883", "New Orleans")


def test_a_life_names_whom_its_subject_wrote_to() -> None:
    """A Life quoting its subject's letters: 'to his friend Jeffrey' names Jeffrey; put first ('To his friend Jeffrey
    he wrote in 1804:--') it is still whom he wrote to, never the writer; a dash run on after the name is no part of
    it ('wrote to Lord Grey--"I wish ...')."""
    from producer.read.fields import parties

    def read(intro: str) -> tuple[list[str], list[str]]:
        who = parties(intro, intro.index("wrote"), "Russell", None, "letter")
        return who.senders, who.recipients

    assert read("As soon as he reached London, he wrote to his friend Jeffrey:--") == ([], ["Jeffrey"])
    assert read("To his friend Jeffrey he wrote in 1804:--") == ([], ["Jeffrey"])
    assert read("A little later Sydney Smith wrote to Lord Grey--") == (["Sydney Smith"], ["Lord Grey"])


def test_the_writer_named_after_the_verb_with_a_year(tmp_path: Path) -> None:
    """'"The government of that day," wrote Sydney Smith in 1839, "took great pains ..."': the writer is named after
    the verb, a year after him; he is the sender, not a destination the verb's object was taken for."""
    text = ("CHAPTER II\n\nThe letters were collected and went through sixteen editions. Some said he was at Sydney Smith,\n"
            "others at the bishop, but nobody knew who had written them.\n\n"
            "\"The government of that day,\" wrote Sydney Smith in 1839, \"took great pains to find out the author;\n"
            "all that they could find out was that the letters were brought to the publisher by an earl.\"\n")
    [doc] = _documents(tmp_path, text)
    assert (doc.senders, doc.date, doc.destination) == (("Sydney Smith",), "1839", None)


def test_a_quotation_broken_by_a_clause_with_a_note_marker(tmp_path: Path) -> None:
    """'"An angel from heaven," he wrote on the 17th of October,[42] "would not be able ..."': the note marker after
    the clause's comma does not stop the two parts being one letter."""
    text = ("CHAPTER IV\n\nThe Legate found the King immoveable. \"An angel from heaven,\" he wrote on the 17th of\n"
            "October,[42] \"would not be able to persuade the King that his marriage was not invalid. The matter had\n"
            "come to such a pass that it could no longer be borne with.\"\n\n[42] The Legate to the Pope's secretary.\n")
    [doc] = _documents(tmp_path, text)
    assert doc.text.startswith("An angel from heaven") and doc.text.endswith("borne with.")


def test_a_books_title_says_whose_letters_it_holds(tmp_path: Path) -> None:
    """'Beethoven's Letters ...', 'Letters of Anton Chekhov to His Family': a letter headed only 'To X' that no
    signature names is the writer's; not in a book of two writers, nor where the book's letters are signed by others
    ('Letters of Two Brides', a novel)."""
    from producer.read.letters import collection_writer

    assert collection_writer("Beethoven's Letters 1790-1826 Vol. 2") == "Beethoven"
    assert collection_writer("Letters of Anton Chekhov to His Family and Friends") == "Anton Chekhov"
    assert collection_writer("The Letters of Horace Walpole, Earl of Orford — Volume 1") == "Horace Walpole"
    assert collection_writer("Letters of Abelard and Heloise") is None and collection_writer("Pride and Prejudice") is None
    book = ("CHAPTER I\n\nThese letters were written in the winter of that year.\n\n"
            "113. To Louis Brandt\n\nDear Friend,\n\nI am going once more to give you a pleasure. By to-day's post you will\n"
            "receive the portrait you asked for, and a letter for your brother.\n\nAlways your attached friend,\n\n{sign}\n")
    for title, sign, senders in [("Letters of Franz Hauser", "F. Hauser.", ("F. Hauser",)),
                                 ("Letters of Two Brides", "Louise.", ("Louise",))]:
        (tmp_path / "book.toml").write_text(f'title = "{title}"\n', encoding="utf-8")
        [doc] = _documents(tmp_path, book.format(sign=sign))
        assert doc.senders == senders, title
    (tmp_path / "book.toml").write_text('title = "Letters of Thomas Hollis"\n', encoding="utf-8")
    unsigned = _documents(tmp_path, _EDITORS_LINES.replace("Th: Hollis.", ""))
    assert [(d.senders, dict(d.evidence).get("senders")) for d in unsigned] == [(("Thomas Hollis",), "title")] * 3


def test_a_paper_printing_someones_despatch_did_not_send_it() -> None:
    """'_Pravda,_ ... published his despatch to the Committee:' the newspaper is not the sender (it printed another's
    paper); 'the Gazette published a leading article' is still the paper's own."""
    from producer.read.fields import parties

    intro = "Pravda, ironically calling attention to his sentiments, published his despatch to the Committee:"
    assert "Pravda" not in parties(intro, intro.index("published"), "Reed", None, "dispatch").senders
    own = "On 17 October the Gazette published a leading article of which the key passage ran:"
    assert parties(own, own.index("published"), "Reed", None, "article").senders == ["Gazette"]


def test_a_memoir_and_its_appendix_are_divisions_of_a_book_of_letters(tmp_path: Path) -> None:
    """A statesman's papers: a preface, 'MEMOIR.', 'APPENDIX TO THE MEMOIR.', then letters headed 'LETTER I.--TO ...'.
    The memoir and its appendix are divisions of their own (not the preface's text), and the appendix is no letter
    'to the Memoir'."""
    memoir = "I was born at the house of my father, and there I lived until I went to the college in the town.\n\n"
    text = ("PREFACE.\n\nThe papers here printed were left by the author to his grandson.\n\n\nMEMOIR.\n\n" + memoir * 3
            + "\n\nAPPENDIX TO THE MEMOIR.\n\nThe following papers are referred to in the Memoir.\n\n\n"
            + _EDITORS_LINES)
    doc = _read(tmp_path, text)
    titles = [c.title for c in doc.chapters]
    assert titles[:3] == ["Preface", "Memoir", "Appendix to the Memoir"] and len(titles) == 6
    assert all("the Memoir" not in d.recipients for d in doc.documents)



def test_a_books_plan_quoted_in_a_letter_is_text_not_chapters(tmp_path: Path) -> None:
    """Hearn's Life and Letters (a whole download): a letter sets out a fancied book, 'Chap. I. The Mussulman
    Bayaderes of India.' ... 'Chap. VIII.', one under another with no text between; they stay the letter's text,
    and the chapter they are in goes on to its end (it had swallowed the rest of the book as 'Chap. VIII.')."""
    plan = "".join(f"     Chap. {n}. The dances of the {w} country (with plates).\n\n"
                   for n, w in (("I", "first"), ("II", "second"), ("III", "third"), ("IV", "fourth")))
    text = ("I\n\nBOYHOOD\n\nHe was born on an island, and spent his first years there.\n\n"
            "II\n\nTHE LAST STAGE\n\nIn this year he wrote to his friend of a book he meant to make:\n\n"
            "     Vol. VI. MUSIC OF THE DANCE IN THE ORIENT.\n\n" + plan
            + "He never wrote it, but the plan amused him for a month.\n\nIII\n\nTHE END\n\nHe died in the spring.\n")
    doc = _read(tmp_path, text)
    assert [c.title for c in doc.chapters] == ["Boyhood", "The Last Stage", "The End"]
    words = " ".join(b.text for b in doc.chapters[1].blocks)
    assert "Chap. IV. The dances of the fourth country" in words and "the plan amused him" in words


def test_a_contents_list_with_a_page_column_and_synopses(tmp_path: Path) -> None:
    """Froude's Divorce of Catherine of Aragon (a whole download): 'CONTENTS' / 'PAGE' / 'INTRODUCTION   1' / 'CHAPTER
    I.' and a synopsis of ten lines for each chapter. The list is left out (it made a chapter of each entry), and a
    synopsis that long is no chapter's title."""
    synopsis = "--".join(["Prospects of a disputed succession to the crown", "Various claimants"] * 8)
    entries = "".join(f"  CHAPTER {n}.\n\n  {synopsis}   {p}\n\n\n" for n, p in (("I", 21), ("II", 50), ("III", 80)))
    body = "".join(f"CHAPTER {n}.\n\nThe story of the year went on, and the King grew more impatient every month.\n\n"
                   "The ambassadors wrote home of it by every courier, and their letters are the story.\n\n\n"
                   for n in ("I", "II", "III"))
    text = ("THE DIVORCE\n\n\nCONTENTS\n\n                PAGE\n\n  INTRODUCTION          1\n\n\n" + entries
            + "INTRODUCTION.\n\nThe papers here used are the reports of the ambassadors.\n\n\n" + body)
    doc = _read(tmp_path, text)
    assert [(c.number, c.title) for c in doc.chapters if c.number or c.title == "Introduction"][:4] == [
        (None, "Introduction"), ("I", None), ("II", None), ("III", None)]


def test_a_books_index_is_a_division_and_its_letters_are_no_chapters(tmp_path: Path) -> None:
    """Russell's Sydney Smith (a whole download) closes with an INDEX whose letter heads 'I' and 'V' read as chapters
    I and V again ('chapter V follows chapter I'); the index is a division of its own, its letters part of it."""
    chapter = "The story of the year went on.\n\nThe letters of that year tell the rest of it.\n\n\n"
    text = ("CHAPTER I\n\n" + chapter + "CHAPTER II\n\n" + chapter + "INDEX\n\n\nA\n\nAbbot, Dr., 12.\n\nAdams, 14.\n\n"
            "I\n\nImprovements, Modern, 230.\n\nIreland, 48.\n\nV\n\nValpy, Richard, 78.\n\nVernon, Miss, 87.\n")
    doc = _read(tmp_path, text)
    assert [(c.number, c.title) for c in doc.chapters] == [("I", None), ("II", None), (None, "Index")]
    assert not [d for d in doc.diagnostics if d.code == "chapter-number"]
