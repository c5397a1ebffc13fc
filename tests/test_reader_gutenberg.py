"""Issue 11, part 3: Project Gutenberg files as users download them (real excerpts in tests/corpus/gutenberg/)."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from producer.cli import main
from producer.epub.writer import epub_bytes
from producer.model import SCENE_BREAK
from producer.read import load
from producer.read.jsonform import to_json
from producer.read.plaintext import read_text
from tests.fixtures import ROOT, download

GUTENBERG = ROOT / "tests" / "corpus" / "gutenberg"
BEETHOVEN = GUTENBERG / "beethoven-letters-2-opening-8.txt"  # ISO-8859-1, CRLF, header and licence
PRIDE = GUTENBERG / "pride-and-prejudice-ch47-opening.txt"  # UTF-8, an untitled chapter, a scene break


def test_header_and_licence_are_left_out_and_give_title_and_author() -> None:
    doc = load(BEETHOVEN)
    assert (doc.meta.title, doc.meta.author, doc.meta.language) == ("Beethoven's Letters 1790-1826 Vol. 2", "Lady Wallace", "en")
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks) + " ".join(n.text for n in doc.notes)
    assert "Project Gutenberg" not in text and "START OF" not in text and "licen" not in text.lower()
    codes = {d.code: d for d in doc.diagnostics}
    assert codes["gutenberg"].severity == "info" and "left out the Project Gutenberg header" in codes["gutenberg"].message
    assert codes["encoding"].severity == "warning" and "Windows-1252" in codes["encoding"].message
    assert "Ö" in text or "ö" in text  # OLMÜTZ, HÖFEN: ISO-8859-1 read right


def test_footnote_blocks_become_linked_notes() -> None:
    doc = load(BEETHOVEN)
    raw = BEETHOVEN.read_bytes().decode("latin-1")
    assert len(doc.notes) == raw.count("[Footnote ") == 4
    assert all(n.refs for n in doc.notes), [n.label for n in doc.notes if not n.refs]
    assert doc.notes[0].text.startswith("This is possibly the humorous visiting-card")
    # numbered per page, as Gutenberg does: two notes labelled 1 follow two markers [1], each to its own
    ones = [n for n in doc.notes if n.label == "1"]
    assert len(ones) == 3 and len({n.refs[0] for n in ones}) == 3
    body = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    assert "[Footnote" not in body and "[1]" not in body


def test_italics_marks_are_not_text_and_scene_break_is_a_break() -> None:
    doc = load(PRIDE)
    blocks = [b for ch in doc.chapters for b in ch.blocks]
    assert not any(re.search(r"(?<!\w)_\w|\w_(?!\w)", b.text) for b in blocks)
    breaks = [b for b in blocks if b.kind == "break"]
    assert len(breaks) == 1 and breaks[0].text == "⁂"
    assert doc.chapters[0].number == "47" and doc.chapters[0].title is None  # untitled: marked by its number


def test_italics_become_emphasis_in_the_model_the_json_and_the_epub(monkeypatch: pytest.MonkeyPatch) -> None:
    from producer.model import Text
    from producer.read.jsonform import from_json

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc = load(PRIDE)
    runs = [(b.id, i.text) for ch in doc.chapters for b in ch.blocks for i in b.inlines if isinstance(i, Text) and i.emphasis]
    raw = re.findall(r"(?<!\w)_(\w+)_(?!\w)", PRIDE.read_text(encoding="utf-8"))
    assert [t for _, t in runs] == raw == ["he", "she", "this", "her"]
    block = next(b for ch in doc.chapters for b in ch.blocks if b.id == runs[0][0])
    assert block.text.count(" he would") == 1  # the words stay in the text, in place, without the marks
    assert from_json(to_json(doc), "x.json") == doc  # kept through the JSON form
    page = zipfile.ZipFile(BytesIO(epub_bytes(doc))).read("EPUB/chapter-01.xhtml").decode()
    assert re.findall(r"<em>(\w+)</em>", page) == raw


def test_italics_of_a_note_stay_in_the_note() -> None:
    """A paragraph that became a note has no block: its italic words are not looked for in the paragraph above."""
    from producer.model import Text

    doc = load(BEETHOVEN)
    runs = [i.text for ch in doc.chapters for b in ch.blocks for i in b.inlines if isinstance(i, Text) and i.emphasis]
    assert "Letters from Italy and Switzerland" not in runs  # set in a [Footnote ...] body
    assert {"Generalissimus", "nota bene", "finale", "a march in double-quick time"} <= set(runs)


def _notes(name: str) -> tuple[object, list[tuple[str, tuple[str, ...]]]]:
    doc = load(GUTENBERG / name)
    return doc, [(n.label, n.refs) for n in doc.notes]


def test_lettered_footnotes_link_to_their_markers() -> None:
    """Blackwood's: '[B]' glued to the word, '[Footnote B: ...]' after the paragraph; the title's '[1]' for note A
    is the transcription's own mismatch and is reported, not guessed."""
    doc, notes = _notes("blackwoods-1843-09-lettered-notes-8.txt")
    assert [label for label, refs in notes if refs] == list("BCDEKLMN")
    assert [label for label, refs in notes if not refs] == ["A"]
    warned = {(d.code, d.line) for d in doc.diagnostics}  # type: ignore[attr-defined]
    # the file's own lines: 'FREDERICK SCHLEGEL.[1]' is line 28 and '[Footnote A: ...' line 31, under a scene-break
    # line that once counted as three
    assert ("note-without-body", 28) in warned and ("body-without-marker", 31) in warned
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert not re.search(r"\[[A-Z]\]|\[Footnote", text)
    from producer.read.notes import MARKER
    assert not MARKER.search("[T]he editor's capital") and MARKER.search("praised me.\"[B] Next")


def test_braced_markers_link_to_the_footnotes_section() -> None:
    """Wild Wales: '{24}' markers, a 'Footnotes:' section at the book's end with '{24}  text' bodies."""
    doc, notes = _notes("wild-wales-braced-notes-0.txt")
    linked = [label for label, refs in notes if refs]
    assert linked == [str(n) for n in range(24, 32)]  # every marker of the excerpt; 0-23 are for chapters left out
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert not re.search(r"\{\d+\}", text) and "Footnotes:" not in text


def test_page_lettered_braced_markers_link_and_a_verse_line_is_no_title() -> None:
    """Beowulf: '{0a}', '{1c}' (a note's page and its place on the page) in the verse, every note in a 'Footnotes:'
    section after the poem; a fitt's number 'II' over its first line of verse 'WENT he forth ...' is no title, and
    'PRELUDE OF THE FOUNDER OF THE DANISH HOUSE' is a division of its own."""
    doc, notes = _notes("beowulf-page-lettered-braced-notes.txt")
    assert [label for label, refs in notes if refs] == ["0a", "0b"] + [f"1{c}" for c in "abcdefg"] + [f"2{c}" for c in "abcde"]
    assert all(n.id.endswith(f"-note-{n.label}") for n in doc.notes)  # type: ignore[attr-defined]
    chapters = [(c.number, c.title) for c in doc.chapters]  # type: ignore[attr-defined]
    assert chapters[-3:] == [(None, "Prelude of the Founder of the Danish House"), ("I", None), ("II", None)]
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert not re.search(r"\{\d+[a-z]?\}|\[\d+[a-z]\]", text) and "Footnotes:" not in text
    assert text.count("WENT he forth to find at fall of night") == 1


def test_parenthesized_markers_count_only_beside_a_notes_section_of_that_form() -> None:
    """Njal's Saga: '(1)' markers, an 'ENDNOTES:' section of '(1)  text' lines after each numbered chapter
    ('30. GUNNAR GOES A-SEA-ROVING'); labels restart per chapter; a '(2)' wrapped to a line's start is a marker."""
    doc = load(GUTENBERG / "njals-saga-paren-notes.txt")
    assert [(c.number, c.title) for c in doc.chapters] == [("1", "Of Fiddle Mord"), ("30", "Gunnar Goes A-Sea-Roving")]
    assert [(n.label, n.chapter, n.line) for n in doc.notes] == [
        ("1", "ch1", 63), ("1", "ch30", 236), ("2", "ch30", 237), ("3", "ch30", 238), ("4", "ch30", 239), ("5", "ch30", 240)]
    assert all(n.refs for n in doc.notes)
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    assert not re.search(r"\(\d\)", text) and "ENDNOTES" not in text
    assert "Smoland, and had victory" in text  # the wrapped '(2)' left the sentence whole
    from producer.read.markers import bracket_markers
    prose = "He gave three reasons: (1) the cold, (2) the distance.\n\nNOTES\n\n1. A note.\n"
    assert bracket_markers(prose) == prose  # no '(N)  text' notes section: '(1)' is the text's own


def test_parenthesized_notes_printed_after_a_long_letter_link_to_markers_pages_above() -> None:
    """The Selwyn letters (tuning corpus): '(146)' to '(156)' glued to words in letters of one or two pages, their
    notes '(146) Page 314.' printed after the letter, up to 5,400 characters below the marker; a clause numbered
    '(6)' opening a paragraph of Cassiodorus's edict is not a marker for the '(6)' set in below it."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "selwyn-letters-ch04-1781" / "input.txt")
    assert [n.label for n in doc.notes if n.refs] == [str(n) for n in range(146, 157)]
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    assert not re.search(r"\(1[45]\d\)", text)
    from producer.read.markers import bracket_markers
    edict = ("The edict.\n\n'(6) It is alleged that some of the servants of the Count of the Goths have levied black-mail.\n\n"
             "'(7) Enter all your proceedings under this commission in official form.\n\n"
             "He wrote it.(7)\n\n(6) An obscure sentence as to the 'Canon telonei'.\n\n"
             "(7) The same as to the _Actus Laeti_.\n")
    assert "'(6) It is alleged" in bracket_markers(edict)


def test_scene_break_is_a_rule_in_the_epub_and_a_pause_in_speech(monkeypatch: pytest.MonkeyPatch, profile) -> None:
    from producer.speech.script import build_script

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    doc = load(PRIDE)
    page = zipfile.ZipFile(BytesIO(epub_bytes(doc))).read("EPUB/chapter-01.xhtml").decode()
    assert len(re.findall(r'<hr [^>]*class="scene-break"', page)) == 1 and "⁂" not in page
    script = build_script(doc, profile)
    before = next(i for i, u in enumerate(script) if "⁂" in u.text)
    assert script[before].pause_ms == profile.pauses.chapter and "⁂" not in script[before].spoken


def test_whole_download_builds_as_a_book(tmp_path: Path) -> None:
    assert main(["--quiet", "build", str(BEETHOVEN), "--formats", "epub", "--out", str(tmp_path)]) == 0
    epub = next(tmp_path.rglob("*.epub"))
    book = zipfile.ZipFile(epub)
    pages = " ".join(book.read(n).decode() for n in book.namelist() if n.endswith((".xhtml", ".opf", ".ncx")))
    assert "Project Gutenberg" not in pages and "PROJECT GUTENBERG" not in pages
    opf = book.read("EPUB/content.opf").decode()
    assert "<dc:title" in opf and "Beethoven" in opf and "Lady Wallace" in opf


ALICE = GUTENBERG / "alice-in-wonderland-11-0.txt"  # a whole download: header, contents, twelve chapters, licence
ALICE_CHAPTERS = [
    "Down the Rabbit-Hole", "The Pool of Tears", "A Caucus-Race and a Long Tale", "The Rabbit Sends in a Little Bill",
    "Advice from a Caterpillar", "Pig and Pepper", "A Mad Tea-Party", "The Queen’s Croquet-Ground", "The Mock Turtle’s Story",
    "The Lobster Quadrille", "Who Stole the Tarts?", "Alice’s Evidence",
]


def test_a_whole_novel_as_downloaded_reads_as_the_book() -> None:
    doc = load(ALICE)
    assert (doc.meta.title, doc.meta.author) == ("Alice’s Adventures in Wonderland", "Lewis Carroll")
    # the contents list made no chapters of its own; the title page's edition line is the front matter
    front, *chapters = doc.chapters
    assert (front.id, front.title, [b.text for b in front.blocks]) == ("front-matter", "Front Matter", ["THE MILLENNIUM FULCRUM EDITION 3.0"])
    assert [ch.title for ch in chapters] == ALICE_CHAPTERS
    assert [ch.number for ch in chapters] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    blocks = [b for ch in chapters for b in ch.blocks]
    assert blocks[0].text.startswith("Alice was beginning to get very tired")
    assert not any("Gutenberg" in b.text or "CONTENTS" in b.text for b in blocks)
    assert not any(re.search(r"(?<!\w)_\w|\w_(?!\w)", b.text) for b in blocks)
    # a story told in talk: its dialogue is not documents; what is written and read out may be (the Queen's invitation,
    # the accusation read from the parchment scroll, Rule Forty-two read from the King's book, the jury's slates)
    assert len(doc.documents) <= 4 and not any(d.senders == ("Carroll",) or d.recipients == ("Carroll",) for d in doc.documents)
    assert not any(set(d.senders) & {"Alice", "Gryphon", "Chorus", "Silence", "The End"} for d in doc.documents)


def test_a_novel_in_books_with_lowercase_chapter_numbers_and_titles_in_sentences(tmp_path: Path) -> None:
    """Tom Jones as downloaded (2 MB): 'BOOK I.' and a subtitle in capitals open each of 18 parts; 'Chapter i.' with its
    title in sentences set apart under it; 'Chapter the last.'; a contents list of both kinds of entry left out."""
    doc = load(download("tom-jones-whole-8.txt", tmp_path))
    # the contents names a DEDICATION before Book I, and the text has one there under no heading
    dedication = doc.chapters[0]
    assert (dedication.id, dedication.title, dedication.blocks[0].text) == ("dedication", "Dedication", "To the Honourable")
    assert dedication.blocks[-1].text == "Henry Fielding."  # its signature, though the header names the author so
    assert len(doc.chapters) == 209 and len({ch.part for ch in doc.chapters if ch.part}) == 18
    first, last = doc.chapters[1], doc.chapters[-1]
    assert (first.number, first.ordinal, first.title) == ("I", 1, "The introduction to the work, or bill of fare to the feast")
    assert first.part == ("Book I: Containing as Much of the Birth of the Foundling as Is Necessary or Proper to Acquaint "
                          "the Reader with in the Beginning of This History")
    assert (last.number, last.ordinal, last.title) == ("the last", None, "In which the history is concluded")
    assert sum(1 for ch in doc.chapters if ch.title) >= 200  # a title with one blank line under it reads as text
    assert not any(b.text.startswith(("BOOK ", "CONTENTS")) for ch in doc.chapters for b in ch.blocks)
    # its talk and tales are mostly not documents (126 were, before talk was told from writing), and the author who steps into
    # his story as "we" is not the one his characters' messages go to (46 were "to Fielding")
    assert len(doc.documents) <= 55
    assert sum(1 for d in doc.documents if "Fielding" in (*d.senders, *d.recipients)) <= 7
    # its 25 notes, '[*] text' set in under their paragraph (two together once, '[*]' and '[**]'): each linked once
    assert len(doc.notes) == 25 and all(len(n.refs) == 1 for n in doc.notes)
    assert not any(d.code.startswith("note") for d in doc.diagnostics)


def test_notes_set_in_after_their_paragraph_without_a_label() -> None:
    """'--[...]--' notes (many Gutenberg memoirs): one per block, each linked to the paragraph above it."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "bourrienne-v1ch04" / "input.txt")
    assert len(doc.notes) == 6 and all(n.label == "*" and n.refs for n in doc.notes)
    assert doc.notes[0].text.startswith("“Eugène was not more than fourteen") or doc.notes[0].text.startswith('"Eugène')
    assert not any(b.text.startswith("--[") for ch in doc.chapters for b in ch.blocks)


def test_notes_printed_in_parentheses_right_after_their_star() -> None:
    """Henderson's Stonewall Jackson (tests/corpus/tuning/henderson-jackson-ch07-romney): '... place."* (* Ibid pages
    1046 to 1048.)' in the paragraph, over a line end too, one with a quotation and its own parentheses in it."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "henderson-jackson-ch07-romney" / "input.txt")
    assert len(doc.notes) == 12 and all(n.label == "*" and n.refs for n in doc.notes)
    assert doc.notes[0].text == "Memoirs of Stonewall Jackson." and doc.notes[1].text == "O.R. volume 5 page 1053."
    assert any(n.text.startswith(("“I have taken special pains,", '"I have taken special pains,')) for n in doc.notes)
    assert not any("(*" in b.text for ch in doc.chapters for b in ch.blocks)


def test_parts_open_their_first_chapter_and_nest_chapters_in_the_contents(monkeypatch: pytest.MonkeyPatch, profile) -> None:
    from producer.read.partlines import part_title
    from producer.read.plaintext import read_text
    from producer.speech.script import build_script

    assert part_title("Book the First--Recalled to Life") == "Book the First: Recalled to Life"
    assert part_title("PART TWO") == "Part Two" and part_title("Part of the crowd went home.") is None
    text = ("Book the First--Recalled to Life\n\nI. The Period\n\nIt was the best of times.\n\nII. The Mail\n\n"
            "It was the Dover road.\n\nThe end of the first book.\n\nBook the Second--The Golden Thread\n\n"
            "I. Five Years Later\n\nTellson's Bank was an old-fashioned place.\n")
    doc = read_text(text, "two-cities.txt")
    assert [(ch.number, ch.title, ch.part) for ch in doc.chapters] == [
        ("I", "The Period", "Book the First: Recalled to Life"), ("II", "The Mail", None),
        ("I", "Five Years Later", "Book the Second: The Golden Thread")]
    assert doc.chapters[1].blocks[-1].text == "The end of the first book."  # the part line is no chapter's text
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    nav = zipfile.ZipFile(BytesIO(epub_bytes(doc))).read("EPUB/nav.xhtml").decode()
    assert re.search(r"Book the First: Recalled to Life</a>\s*<ol>\s*<li>\s*<a [^>]*>Chapter I: The Period", nav)
    said = [u.spoken for u in build_script(doc, profile) if u.role == "announcement"]
    assert said[said.index("Book the First: Recalled to Life.") + 1] == "Chapter one. The Period."


def test_illustration_captions_are_read_and_bare_marks_left_out() -> None:
    from producer.read.plaintext import read_text

    doc = read_text("I. THE TEA-PARTY\n\nThey sat down.\n\n[Illustration: The Mad\nTea-Party]\n\n[Illustration]\n\nThey rose.\n",
                    "alice.txt")
    texts = [b.text for b in doc.chapters[0].blocks]
    assert texts == ["They sat down.", "Illustration: The Mad Tea-Party", "They rose."]
    assert any(d.code == "illustration" and "1 [Illustration]" in d.message for d in doc.diagnostics)


def test_prefaces_and_appendices_are_divisions_of_their_own() -> None:
    from producer.read.plaintext import read_text
    from producer.speech.script import chapter_announcement

    text = ("PREFACE\n\nThis book was written in exile.\n\nCHAPTER I\n\nTHE START\n\nIt began.\n\nCHAPTER II\n\nTHE END\n\n"
            "It ended.\n\nAPPENDIX TO CHAPTER I\n\nA list of names.\n")
    doc = read_text(text, "memoir.txt")
    assert [(ch.id, ch.number, ch.ordinal, ch.title) for ch in doc.chapters] == [
        ("preface", None, None, "Preface"), ("ch1", "I", 1, "The Start"), ("ch2", "II", 2, "The End"),
        ("appendix-to-chapter-i", None, None, "Appendix to Chapter I")]
    assert doc.meta.complete  # chapters I and II in order: a whole book, the preface and appendix aside
    assert chapter_announcement(doc.chapters[0]) == "Preface."
    # a lone "CONCLUSION" line in a text without numbered chapters is not taken for a division
    assert len(read_text("It was over.\n\nCONCLUSION\n\nWe went home.\n", "end.txt").chapters) == 1


def test_chapter_numbers_given_twice_or_skipped_are_warned_at_the_heading() -> None:
    from producer.read.plaintext import read_text
    from producer.read.titles import title_case

    text = "CHAPTER I\n\nIt began.\n\nCHAPTER II\n\nIt went on.\n\nCHAPTER II\n\nIt went on again.\n\nCHAPTER V\n\nIt ended.\n"
    found = [(d.code, d.line, d.message) for d in read_text(text, "book.txt").diagnostics if d.code == "chapter-number"]
    assert found == [("chapter-number", 9, "chapter II comes twice; check the heading or fix it in a sidecar"),
                     ("chapter-number", 13, "chapter V follows chapter II: one may be missing")]
    assert title_case("CORPUS CHRISTI--MEXICAN TERRITORY") == "Corpus Christi--Mexican Territory"


def test_titles_wrapped_in_mixed_case_numerals_and_markers_on_headings() -> None:
    """Headings as whole books print them (lines quoted from the surveyed downloads): Prescott's *Conquest of Peru*
    (1209.txt) wraps a chapter's title in Title Case over three lines; Newman's *Phases of Faith* names its prefaces
    'PREFACE TO THE SECOND EDITION' and its appendices 'APPENDIX II'; Stevenson's *Memories and Portraits* (381.txt)
    puts a note's marker on the heading line."""
    from producer.read.titles import title_case

    peru = ("Book 1\n\nChapter 1\n\nPhysical Aspect Of The Country--Sources Of Peruvian Civilization--\n"
            "Empire Of The Incas--Royal Family--Nobility\n\nOf the numerous nations which occupied the great American.\n\n"
            "Chapter 2\n\nOrders Of The State--Provisions For Justice--Division Of Lands-\n"
            "Revenues And Registers--Great Roads And Posts-\nMilitary Tactics And Policy\n\n"
            "If we are surprised at the peculiar and original features.\n")
    titles = [c.title for c in read_text(peru, "peru.txt").chapters]
    assert titles[0] is not None and titles[0].endswith("Royal Family—Nobility")
    assert titles[1] is not None and titles[1].startswith("Orders Of The State") and titles[1].endswith("Military Tactics And Policy")
    assert title_case("APPENDIX II") == "Appendix II" and title_case("PART IV. THE END") == "Part IV. The End"
    assert title_case("PART TWO") == "Part Two" and title_case("LI HUNG CHANG") == "Li Hung Chang"
    # a letter numbers an appendix when it ends the title or has its stop; elsewhere 'a' is the article
    assert title_case("APPENDIX A") == "Appendix A" and title_case("APPENDIX B. THE LETTERS OF A FRIEND") == (
        "Appendix B. The Letters of a Friend")
    assert title_case("THE BOOK A MAN WROTE") == "The Book a Man Wrote" and title_case("I. THE PERIOD") == "I. The Period"
    essays = ("PREFACE TO THE SECOND EDITION\n\nThe first edition sold.\n\nCHAPTER I. OLD MORTALITY\n\nThere is a certain "
              "graveyard.\n\nCHAPTER II. SOME COLLEGE MEMORIES {15}\n\nI am asked to write something.\n\n"
              "APPENDIX II\n\nA table.\n\n{15} Written for the Book of the Edinburgh University Union Fancy Fair.\n")
    doc = read_text(essays, "essays.txt")
    assert [c.title for c in doc.chapters] == ["Preface to the Second Edition", "Old Mortality", "Some College Memories",
                                               "Appendix II"]
    assert [n.label for n in doc.notes] == ["15"]


GRANT = GUTENBERG / "grant-memoirs-excerpts.txt"  # CRLF; a contents list per volume, (*N) notes at the end of the book


def test_contents_per_volume_long_titles_and_the_books_notes_section() -> None:
    doc = load(GRANT)
    assert [ch.id for ch in doc.chapters] == ["preface", "ch1", "ch2", "ch3", "ch4", "ch5", "ch40"]
    # neither volume's contents list is taken for chapters; a capitals title wrapped over three lines is the title
    assert doc.chapters[-1].title == ("First Meeting with Secretary Stanton—General Rosecrans—Commanding Military "
                                      "Division of Mississippi—Andrew Johnson’s Address—Arrival at Chattanooga")
    assert not any(b.text.startswith("CHAPTER") for ch in doc.chapters for b in ch.blocks)
    # the "(*1)" marker in chapter V finds its body in the FOOTNOTES section after THE END
    [note] = doc.notes
    assert (note.id, note.label, note.text, note.chapter) == ("ch5-note-1", "1", "Afterwards General Gardner, C.S.A.", "ch5")
    marked = [b for b in doc.chapters[5].blocks if any(getattr(i, "note", None) == note.id for i in b.inlines)]
    assert [b.id for b in marked] == list(note.refs) and "(*1)" not in marked[0].text
    last = doc.chapters[-1].blocks
    assert last[-1].text == "THE END" and not any("FOOTNOTES" in b.text or "_____" in b.text for b in last)
    assert "end-notes" in {d.code for d in doc.diagnostics}
    assert not [d for d in doc.diagnostics if d.code in ("note-without-body", "body-without-marker")]


def test_a_notes_section_at_the_end_serves_notes_numbered_again_in_each_chapter() -> None:
    from producer.read.plaintext import read_text

    text = ("CHAPTER I\n\nThe first.[1] The second.[2]\n\nCHAPTER II\n\nAgain the first.[1]\n\nCHAPTER III\n\nNo notes here.\n\n"
            "NOTES\n\n[1] One of chapter one.\n\n[2] Two of chapter one.\n\nIt goes on.\n\n[1] One of chapter two.\n")
    doc = read_text(text, "book.txt")
    assert [(n.chapter, n.label, n.text) for n in doc.notes] == [
        ("ch1", "1", "One of chapter one."), ("ch1", "2", "Two of chapter one.\n\nIt goes on."), ("ch2", "1", "One of chapter two.")]
    assert [b.text for b in doc.chapters[2].blocks] == ["No notes here."]
    # a notes section that answers only the last chapter's markers is that chapter's own
    own = read_text("CHAPTER I\n\nPlain.\n\nCHAPTER II\n\nMarked.[1]\n\nNOTES\n\n[1] Its note.\n", "book.txt")
    assert [(n.chapter, n.text) for n in own.notes] == [("ch2", "Its note.")]
    assert not [d for d in own.diagnostics if d.code == "end-notes"]
    # a NOTES heading over text that reads as no note is kept as text: nothing is dropped unread
    kept = read_text("CHAPTER I\n\nPlain.[1]\n\nCHAPTER II\n\nMore.\n\nNOTES\n\n<1> A form not known.\n", "book.txt")
    assert [b.text for b in kept.chapters[1].blocks] == ["More.", "NOTES", "<1> A form not known."]


def test_a_long_contents_list_of_short_lines_ends_at_its_first_chapter_however_far() -> None:
    """Roberts's *Forty-one Years in India* (16528-8.txt, surveyed) sets each of its 68 chapters' synopses in the
    contents one phrase to a line ('Lord Dalhousie's Afghan policy' / '  --Treaty with Dost Mahomed--War with Persia'),
    450 paragraphs before 'CHAPTER I.' comes again: the whole list is contents, not 68 empty chapters."""
    from producer.read.numerals import int_to_roman

    wrapped = ("With my father at Peshawar--Peshawar in 1852--Excitements\n  of a frontier station--A flogging parade--"
               "Mackeson's\n  assassination--The Jowaki expedition--A strange dream--A\n  typical frontier fight\n\n")
    entries = "".join(f"CHAPTER {int_to_roman(n)}.\n\n" + (wrapped if n == 3 else "First tidings of the mutiny\n  --Prompt "
                      "action at Peshawar--A bold policy\n  --The Movable Column--An annoying occurrence\n  --I leave Peshawar\n\n")
                      for n in range(1, 69))
    chapters = "".join(f"CHAPTER {int_to_roman(n)}.\n1857\n\nTowards the close of the year a rumour reached us that the "
                       f"Amir was shortly expected to arrive at Peshawar.\n\n" for n in range(1, 69))
    doc = read_text("CONTENTS.\n\n" + entries + chapters, "roberts.txt")
    assert len(doc.chapters) == 68 and all(len(c.blocks) == 1 for c in doc.chapters)


def test_contents_lists_of_numbered_entries_and_titles_under_the_heading() -> None:
    # The Warden: "I.  Hiram's Hospital" entries, "Chapter I" headings, "Chapter XXI" over the title "CONCLUSION"
    warden = load(GUTENBERG / "warden-excerpts-8.txt")
    assert [(ch.id, ch.title) for ch in warden.chapters] == [
        ("ch1", "Hiram’s Hospital"), ("ch2", "The Barchester Reformer"), ("ch21", "Conclusion")]
    assert warden.chapters[0].blocks[0].text.startswith("The Rev. Septimus Harding was")
    # Cranford: "_CHAPTER I_" over "_Our Society_  1" entries; the title page around the contents is the front matter,
    # "[Picture: ...]" is read like an illustration, the author's name line is left out
    cranford = load(GUTENBERG / "cranford-excerpts.txt")
    assert [(ch.id, ch.title) for ch in cranford.chapters] == [
        ("front-matter", "Front Matter"), ("ch1", "Our Society"), ("ch2", "The Captain")]
    texts = [b.text for b in cranford.chapters[0].blocks]
    assert texts[:2] == ["Picture: “Oh, sir! can you be Peter?”", "Picture: Picture of lady pouring tea"]
    assert "Elizabeth Cleghorn Gaskell" not in texts and "1904" in texts
    assert cranford.chapters[1].blocks[0].text.startswith("IN the first place, Cranford")
    assert not any(b.text.startswith("CHAPTER") for ch in cranford.chapters for b in ch.blocks)
    assert {d.code for d in cranford.diagnostics} >= {"contents"}


def test_an_editions_notes_at_the_end_label_alone_long_notes_and_capitals_tags() -> None:
    """Boswell's Life of Johnson, Hill's edition (tests/corpus/tuning/boswell-johnson-v2-1771): notes [396]-[430] after
    the text, one labelled '[414]' alone above its verse, one of a dozen paragraphs, tags 'BOSWELL.' after the last
    sentence without a dash."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "boswell-johnson-v2-1771" / "input.txt")
    assert [n.label for n in doc.notes] == [str(k) for k in range(396, 431)]
    assert not [d for d in doc.diagnostics if d.code == "note-without-body"]
    tagged = {n.label for n in doc.notes if n.author == "BOSWELL"}
    assert {"403", "404", "427"} <= tagged and not any(n.text.endswith("BOSWELL.") for n in doc.notes)
    assert next(n for n in doc.notes if n.label == "414").text.startswith("‘Musis amicus")


def test_footnotes_set_in_after_their_paragraph() -> None:
    """Saumarez's Memoirs and Correspondence (tests/corpus/tuning/saumarez-v1ch12): '[23] Afterwards Louis XVIII.'
    indented right after the paragraph (or the signed order) carrying the marker."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "saumarez-v1ch12" / "input.txt")
    assert {n.label for n in doc.notes if n.refs} == {"23", "24", "25"}
    assert not any(b.text.startswith("[23]") for ch in doc.chapters for b in ch.blocks)


def test_a_correspondence_with_footnotes_after_each_letter() -> None:
    """Lafayette's Memoirs, Correspondence and Manuscripts: a letter headed 'TO THE DUKE D'AYEN.~[1]' with its date line
    and signature and no sentence introducing it, then 'Footnotes:' and numbered notes, then the text going on;
    lettered fragments 'C.' and 'D.' are not chapters 100 and 500."""
    doc = load(GUTENBERG / "lafayette-excerpts-8.txt")
    assert not [d for d in doc.diagnostics if d.code in ("note-without-body", "body-without-marker", "chapter-number")]
    assert [n.label for n in doc.notes] == ["1", "2"] and all(n.refs for n in doc.notes)
    assert not any("~" in b.text or b.text.startswith("Footnotes") for ch in doc.chapters for b in ch.blocks)
    letter = next(d for d in doc.documents if d.signature == "Lafayette.")
    assert (letter.recipients, letter.date, letter.place) == (("The Duke D'Ayen",), "1777-03-09", "London")
    assert len(doc.chapters) == 1


def test_stories_numbered_by_their_own_word_with_sections_and_a_contents_without_a_heading() -> None:
    """The Adventures of Sherlock Holmes: an indented 'I. A Scandal in Bohemia' list with no CONTENTS above it, stories
    headed 'ADVENTURE I. A SCANDAL IN BOHEMIA' and later 'VII. THE ADVENTURE OF THE BLUE CARBUNCLE', and the first story
    in sections 'I.', 'II.', 'III.'."""
    doc = load(GUTENBERG / "sherlock-holmes-adventures-excerpts-8.txt")
    assert [(ch.number, ch.title) for ch in doc.chapters] == [
        ("I", "A Scandal in Bohemia"), ("II", "The Red-Headed League"), ("III", "A Case of Identity"),
        ("VII", "The Adventure of the Blue Carbuncle"), ("VIII", "The Adventure of the Speckled Band")]
    assert {ch.label for ch in doc.chapters} == {"Adventure"}  # what the book calls them, in the marks and headings too
    first = doc.chapters[0].blocks
    assert first[0].text.startswith("To Sherlock Holmes she is always THE woman")  # 'I.' only opened the story
    assert [b.kind for b in first].count("break") == 2  # 'II.' and 'III.' part its sections
    assert {d.code for d in doc.diagnostics} >= {"contents", "chapter-number"}  # the excerpt skips IV to VI


def test_the_title_page_is_front_matter_and_the_contents_gives_titles_the_text_does_not() -> None:
    """Dracula: a title page, imprint and dedication before the contents; 'CHAPTER V' over the heading of its first
    letter ('Letter from Miss Mina Murray to Miss Lucy Westenra.'), which is that letter's, not the chapter's: the
    contents names the chapter 'Letters--Lucy and Mina'."""
    doc = load(GUTENBERG / "dracula-excerpts-8.txt")
    assert [(ch.id, ch.title) for ch in doc.chapters] == [
        ("front-matter", "Front Matter"), ("ch1", "Jonathan Harker’s Journal"), ("ch5", "Letters—Lucy and Mina"),
        ("ch7", "Cutting From “The Dailygraph,” 8 August")]
    front = [b.text for b in doc.chapters[0].blocks]
    assert "GROSSET & DUNLAP" in front and front[-1] == "HOMMY-BEG" and "Bram Stoker" not in front
    assert doc.chapters[1].blocks[0].text == "(Kept in shorthand.)"
    first = next(d for d in doc.documents if d.chapter == "ch5")
    assert (first.kind, first.senders, first.recipients) == ("letter", ("Miss Mina Murray",), ("Miss Lucy Westenra",))


def test_a_contents_numbered_in_words() -> None:
    """Little Women: 'CONTENTS', 'PART 1', then '          ONE  PLAYING PILGRIMS' entries; 'CHAPTER ONE' headings."""
    doc = load(GUTENBERG / "little-women-excerpts-8.txt")
    assert [(ch.number, ch.title) for ch in doc.chapters] == [("ONE", "Playing Pilgrims"), ("TWO", "A Merry Christmas")]
    assert doc.chapters[0].blocks[0].text.startswith("“Christmas won’t be Christmas")  # straight marks set as a book sets them
    assert "contents" in {d.code for d in doc.diagnostics}


def test_named_front_divisions_and_a_title_over_two_lines() -> None:
    """Moby-Dick: 'MOBY-DICK;' / 'or, THE WHALE.' is the header's title over two lines; the transcriber's note between
    the contents and the text is front matter, not contents; ETYMOLOGY and EXTRACTS are divisions before chapter 1."""
    doc = load(GUTENBERG / "moby-dick-excerpts-0.txt")
    assert [(ch.id, ch.title) for ch in doc.chapters] == [("front-matter", "Front Matter"),
        ("etymology", "Etymology"), ("extracts", "Extracts"), ("ch1", "Loomings"), ("ch2", "The Carpet-Bag")]
    assert [b.text[:20] for b in doc.chapters[0].blocks] == ["Original Transcriber", "This text is a combi"]
    assert doc.chapters[2].blocks[0].text.startswith("“And God created great whales.”")


def test_a_title_in_capitals_with_a_lower_case_part() -> None:
    from producer.read.titles import title_case

    assert title_case("JONATHAN HARKER'S JOURNAL--continued") == "Jonathan Harker's Journal--continued"  # Dracula, ch. II
    assert title_case("Mina Murray's Journal") == "Mina Murray's Journal"


def test_a_chapter_cut_in_parts_by_the_edition_is_one_chapter() -> None:
    """Gibbon's Decline and Fall, vol. 1: 'Chapter I: The Extent Of The Empire ...--Part I.' and again '...--Part II.',
    '--Part III.'; the chapter's first section 'Introduction.' right under its heading is not a division."""
    doc = load(GUTENBERG / "gibbon-decline-fall-v1-excerpts.txt")
    chapters = [(ch.number, ch.title) for ch in doc.chapters if ch.number]
    assert chapters == [("I", "The Extent Of The Empire In The Age Of The Antonines"),
                        ("II", "The Internal Prosperity In The Age Of The Antonines")]
    first = next(ch for ch in doc.chapters if ch.number == "I")
    assert first.blocks[0].text == "Introduction." and len(first.blocks) == 5  # three parts' text, in order
    assert "chapter-number" not in {d.code for d in doc.diagnostics}


def test_divisions_numbered_with_no() -> None:
    """The Federalist Papers (Gutenberg #1404): 'FEDERALIST No. 1' over its title, 'FEDERALIST No. 2', ..."""
    from producer.read.plaintext import read_text

    papers = "".join(f"FEDERALIST No. {n}\n\n{title}\n\nTo the People of the State of New York:\n\n{body}\n\nPUBLIUS.\n\n\n"
                     for n, title, body in (
                         (1, "General Introduction", ("AFTER an unequivocal experience of the inefficacy of the subsisting "
                                                     "federal government, you are called upon to deliberate.")),
                         (2, "Concerning Dangers from Foreign Force and Influence", ("WHEN the people of America reflect "
                                                                                    "that they are now called upon.")),
                         (3, "The Same Subject Continued", ("IT IS not a new observation that the people of any country "
                                                           "seldom adopt and steadily persevere."))))
    doc = read_text(papers, "federalist.txt")
    assert [(ch.label, ch.number, ch.title) for ch in doc.chapters] == [
        ("Federalist", "1", "General Introduction"), ("Federalist", "2", "Concerning Dangers from Foreign Force and Influence"),
        ("Federalist", "3", "The Same Subject Continued")]


def test_a_letter_headed_to_its_recipient_ends_above_the_next_ones_heading() -> None:
    """Lafayette's Memoirs, Correspondence and Manuscripts, whole (lines 3101-3600: 'TO MADAME DE LAFAYETTE.' over each
    unsigned letter): the next letter's heading is not this one's signature, nor its sender; 'MY DEAR GENERAL,--' and
    'MY DEAR MARQUIS,' name no one."""
    doc = load(GUTENBERG / "lafayette-whole-8.txt")
    assert not [d for d in doc.documents for s in d.senders if s.upper().startswith(("TO ", "FROM "))]
    to_his_wife = [d for d in doc.documents if d.text.startswith("TO MADAME DE LAFAYETTE.")]
    assert len(to_his_wife) >= 8 and all(d.recipients == ("Madame De Lafayette",) and not d.signature for d in to_his_wife)
    assert not [d for d in doc.documents if set(d.recipients) & {"General", "Marquis"}]


def test_chapters_numbered_within_their_volume_open_the_volume() -> None:
    """Henderson's Stonewall Jackson (Gutenberg #12233, lines 15177 and 16807): 'CHAPTER 1.12. REVIEW OF THE VALLEY
    CAMPAIGN.' is chapter 12 of volume 1, 'CHAPTER 2.13.' chapter 13 opening volume 2; not chapters 1 and 2 twice."""
    from producer.read.plaintext import read_text

    text = ("CHAPTER 1.11. CROSS KEYS AND PORT REPUBLIC.\n\nThe Federal army had been divided.\n\n"
            "CHAPTER 1.12. REVIEW OF THE VALLEY CAMPAIGN.\n\nThe campaign was over.\n\n"
            "CHAPTER 2.13.\n\nThe Seven Days began at Mechanicsville.\n")
    doc = read_text(text, "jackson.txt", None)
    assert [(ch.number, ch.title, ch.part) for ch in doc.chapters] == [
        ("11", "Cross Keys and Port Republic", "Volume 1"), ("12", "Review of the Valley Campaign", None), ("13", None, "Volume 2")]
    assert not [d for d in doc.diagnostics if d.code == "chapter-number"]


def test_letters_numbered_book_by_book_with_the_editors_brackets() -> None:
    """Hodgkin's Letters of Cassiodorus (Gutenberg #18590; the headings of lines 6482, 6570, 9010, 9213, 7771 and
    6989, the contents line of 760): letters numbered again from 1 in each book, headings holding the editor's brackets
    or a year ('A.D. 511'); a contents line ending in its page number is not a heading."""
    from producer.read.plaintext import read_text

    text = ("CONTENTS.\n\n25. RECOMMENDING THE PRINCIPES TO THE COMES 335\n\n26. OF THE COUNTSHIP OF SECOND RANK 336\n\n"
            "BOOK I.\n\n1. KING THEODORIC TO EMPEROR ANASTASIUS.\n\n'It behoves us, most clement Emperor, to seek for peace.'\n\n"
            "2. KING THEODORIC TO THEON, VIR SUBLIMIS.\n\n'We are informed by Count Stephen that the work is neglected.'\n\n"
            "BOOK II.\n\n1. KING THEODORIC TO ANASTASIUS THE EMPEROR.\n\n'We have sent our envoys to your Piety.'\n\n"
            "2. KING THEODORIC TO JULIANUS, COMES PATRIMONII [probably 508].\n\n'Let the farmers be heard.'\n\n"
            "3. KING THEODORIC TO THE SENATE. A.D. 511.\n\n'We announce the consulship of Felix.'\n")
    doc = read_text(text, "cassiodorus.txt", None)
    assert [(ch.number, ch.title) for ch in doc.chapters] == [
        ("1", "King Theodoric to Emperor Anastasius"), ("2", "King Theodoric to Theon, Vir Sublimis"),
        ("1", "King Theodoric to Anastasius the Emperor"), ("2", "King Theodoric to Julianus, Comes Patrimonii [probably 508]"),
        ("3", "King Theodoric to the Senate. A.D. 511")]
    assert [d.recipients for d in doc.documents] == [("Emperor Anastasius",), ("Theon",), ("Anastasius the Emperor",),
                                                     ("Julianus",), ("the Senate",)]


def test_a_note_marked_on_a_heading_is_kept_and_said_so() -> None:
    """Hodgkin's Letters of Cassiodorus (Gutenberg #18590, lines 6624-6630): '3. KING THEODORIC TO CASSIODORUS, VIR
    ILLUSTRIS AND PATRICIAN[214].' then '[Footnote 214: Father of the Author.]': the note is kept, and the reader says
    its marker is on the heading, not that the text has none."""
    from producer.read.plaintext import read_text

    text = ("1. KING THEODORIC TO EMPEROR ANASTASIUS.\n\n'It behoves us, most clement Emperor, to seek for peace.'\n\n"
            "2. KING THEODORIC TO CASSIODORUS, VIR ILLUSTRIS AND PATRICIAN[214].\n\n[Footnote 214: Father of the Author.]\n\n"
            "Extols in high-flown language the merits of the minister.\n")
    doc = read_text(text, "cassiodorus.txt", None)
    assert [n.text for n in doc.notes] == ["Father of the Author."]
    assert [d.code for d in doc.diagnostics if d.code in ("marker-on-heading", "body-without-marker")] == ["marker-on-heading"]


def test_a_word_after_the_recipient_is_where_the_letter_went_only_if_the_text_is_there() -> None:
    """Hodgkin's Letters of Cassiodorus (Gutenberg #18590, line 7203): 'TO FAUSTUS, PRAEPOSITUS.' names his office; a
    word the text also writes as a place ('from Ravenna') is where the letter went."""
    from producer.read.plaintext import read_text

    text = ("1. KING THEODORIC TO FAUSTUS, PRAEPOSITUS.\n\n'Let the corn be sent without delay.'\n\n"
            "2. KING THEODORIC TO ARTEMIDORUS, RAVENNA.\n\n'The envoys came from Ravenna yesterday with your letter.'\n")
    doc = read_text(text, "cassiodorus.txt", None)
    assert [(d.recipients, d.destination) for d in doc.documents] == [(("Faustus",), None), (("Artemidorus",), "Ravenna")]


def _linked(name: str) -> tuple[list[tuple[str, bool]], str, set[str]]:
    """(label, linked) of each note of a kept excerpt, its body text, and its warning codes."""
    doc = load(GUTENBERG / name)
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    return [(n.label, bool(n.refs)) for n in doc.notes], text, {d.code for d in doc.diagnostics if d.severity == "warning"}


def test_superscript_carets_are_markers_where_footnote_blocks_answer_them() -> None:
    """Gibbon, old Widger file: 'avarice; ^6 and', '^9 The western isle' opening a line, '[Footnote 6: ...]' blocks."""
    notes, text, warned = _linked("gibbon-decline-fall-v1-caret-markers.txt")
    assert notes == [(str(k), True) for k in range(5, 10)] and not warned
    assert "^" not in text and "western isle might be improved" in text  # the line the marker opened stays text
    from producer.read.markers import bracket_markers
    assert bracket_markers("x^2 + y ^2 = 1\n") == "x^2 + y ^2 = 1\n"  # no footnote blocks: arithmetic is left alone


def test_lettered_notes_in_the_books_notes_section_after_the_index() -> None:
    """Keats's Letters: '[A]' and '[B]' (the poet's own notes) before '[1]' in the FOOTNOTES section after THE END."""
    notes, text, warned = _linked("keats-letters-lettered-notes-at-the-end.txt")
    assert notes == [("A", True), ("B", True), ("1", True), ("2", True)] and not warned
    assert "FOOTNOTES" not in text and "black eye" not in text


def test_markers_glued_in_parentheses_with_numbered_notes_after_the_paper() -> None:
    """The Federalist No. 7: 'impera(1)', 'us.(2)', and '1. Divide and command.' after the signature."""
    notes, text, warned = _linked("federalist-7-glued-paren-markers-8.txt")
    assert notes == [("1", True), ("2", True)] and not warned
    assert "Divide et impera must be" in text and "(1)" not in text and text.rstrip().endswith("PUBLIUS")


def test_a_star_glued_to_its_word_and_its_note_set_in_italics_below() -> None:
    """The Three Musketeers: 'Milady*' and '_*We are well aware ..._' indented under the paragraph; '*THE THREE
    MUSKETEERS*' on the title page is emphasis, not a marker."""
    notes, text, warned = _linked("three-musketeers-star-note-0.txt")
    assert notes == [("*", True)] and not warned
    assert "Milady to be seen" in text and "well aware" not in text


def test_notes_set_in_after_each_paragraph_and_section_numbers_in_the_margin() -> None:
    """Dakyns' Anabasis: 'the Parrhasian (1).' and ' (1) Parrhasia, ...' after the paragraph, one paragraph of text
    between notes; '... raised  9' in the right margin."""
    doc = load(GUTENBERG / "anabasis-set-in-notes-margin-numbers.txt")
    assert [(n.label, n.chapter, bool(n.refs)) for n in doc.notes] == \
        [(str(k), "ch1", True) for k in range(1, 6)] + [(str(k), "ch2", True) for k in range(1, 9)]  # again from 1 in II
    assert all("\n\n" not in n.text for n in doc.notes)  # no paragraph of the text taken into a note
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    assert "the money raised an army" in text and "Then there was the Thessalian" in text
    assert any(d.code == "margin-numbers" and d.severity == "info" for d in doc.diagnostics)


def test_a_run_of_notes_after_a_section_with_the_text_going_on() -> None:
    """Guernsey Folk Lore: '[2]' to '[5]' after the section whose paragraphs mark them, the next section marking [6]."""
    notes, text, _ = _linked("guernsey-folk-lore-notes-after-a-section-0.txt")
    assert notes == [(str(k), True) for k in range(2, 8)]
    assert "A covering or defence" not in text and "New Year gifts" not in text


def test_the_small_print_of_2001_etexts_at_the_start_or_at_the_end() -> None:
    """The Koran (2001: '*END THE SMALL PRINT!' closes the header) and Holmes's Motley (2003: the header says the small
    print is at the end of the file, where it follows the etext's name line)."""
    koran = load(GUTENBERG / "koran-small-print-2001.txt")
    text = " ".join(b.text for ch in koran.chapters for b in ch.blocks)
    assert koran.meta.title == "The Koran" and "SMALL PRINT" not in text and "Etext" not in text
    motley = load(GUTENBERG / "motley-memoir-v2-small-print-at-the-end.txt")
    text = " ".join(b.text for ch in motley.chapters for b in ch.blocks)
    assert motley.meta.author == "Oliver Wendell Holmes, Sr."
    assert "Etext" not in text and "Small Print" not in text and text.rstrip().endswith("[The End]")


def test_a_note_between_letters_stops_at_the_scene_break_before_the_next() -> None:
    """Sparks's Diplomatic Correspondence (tests/corpus/tuning/sparks-dipcorr-v8-jay-1782-83): 'FOOTNOTES:' and '[7]'
    after the editor's preface, then '*  *  *' and the next letter, whose own notes [8] and [9] follow it: note 7 is
    one paragraph, and the letter is a letter."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "sparks-dipcorr-v8-jay-1782-83" / "input.txt")
    seven = next(n for n in doc.notes if n.label == "7")
    assert seven.text.endswith("in the present volume.") and "\n\n" not in seven.text
    assert any(d.senders == ("Robert R. Livingston",) and d.date == "1782-11-23" for d in doc.documents)


def test_a_run_of_numbered_letter_headings_goes_on_over_one_garbled_number() -> None:
    """Keats's Letters: 'XIII.--TO MARIANE AND JANE REYNOLDS.', then 'XIV--TO FANNY KEATS.' printed without its stop,
    then 'XV.--TO JANE REYNOLDS.': every letter a chapter (the whole book had come out as 15 chapters, the last of
    4,423 paragraphs); the transcriber's note at the front is no quoted note."""
    doc = load(GUTENBERG / "keats-letters-headings-one-garbled.txt")
    assert [c.number for c in doc.chapters if c.number] == ["XII", "XIII", "XIV", "XV", "XVI"]
    assert next(c.title for c in doc.chapters if c.number == "XIV") == "To Fanny Keats"
    assert not doc.documents


def test_a_note_that_marks_another_runs_on_to_the_next_note() -> None:
    """Lafayette's Memoirs (the whole download): note 4 ('West Point, a fort ...') runs on over a paragraph ending
    '... her husband was safe.[5]', and notes 5 to 15 follow it; a paragraph marking a note is no end of a notes
    section (only a scene break is, as between Sparks's letters)."""
    doc = load(GUTENBERG / "lafayette-whole-8.txt")
    west = next(n for n in doc.notes if n.text.startswith("West Point, a fort"))
    assert "An historian has spoken" in west.text
    assert any(n.text.startswith("General Arnold is the only American officer") for n in doc.notes)


def test_lines_after_scene_breaks_keep_their_numbers() -> None:
    """A line of spaced asterisks is a break paragraph of its own, with or without blank lines round it, and every
    paragraph after it keeps its line in the file (diagnostics point users there)."""
    text = ("CHAPTER I\n\nThe first paragraph of the chapter, long enough to be prose and not a title line.\n\n"
            "       *       *       *       *       *\n\nAfter the break the story goes on in a line of wrapped prose,\nthe same paragraph.\n"
            "       *       *       *\nRight under a break.\n")
    doc = read_text(text, "breaks")
    blocks = [(b.kind, b.text, b.line) for ch in doc.chapters for b in ch.blocks]
    assert blocks[1:] == [("break", SCENE_BREAK, 5), ("paragraph", "After the break the story goes on in a line of wrapped prose, the same paragraph.", 7),
                          ("break", SCENE_BREAK, 9), ("paragraph", "Right under a break.", 10)]


def test_unnumbered_footnotes_printed_where_their_marker_would_be() -> None:
    """Cox's Military Reminiscences (tests/corpus/tuning/cox-reminiscences-v1ch25): '... at work again." [Footnote:
    Official Records, vol. xxiii. pt. ii. pp.522, 524.] The ...' -- 34 notes with no number, each linked where it
    stands, none left in the text."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "cox-reminiscences-v1ch25" / "input.txt")
    assert len(doc.notes) == 34 and all(n.refs for n in doc.notes)  # type: ignore[attr-defined]
    assert doc.notes[0].text == "Official Records, vol. xxiii. pt. ii. pp.522, 524."  # type: ignore[attr-defined]
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert "[Footnote" not in text


def test_notes_printed_in_the_running_text_by_a_word_a_dash_or_a_page_reference() -> None:
    """Three books' ways of printing a note where its marker would be (tests/corpus/tuning/): Garnett's Chekhov, '...
    the drunken P., [Translator's Note: Probably Palmin, a minor poet.] listening ...'; Paine's Mark Twain letters,
    '... survivors.--[Henry had returned once ...]--He had nothing on ...'; Carlyle's Friedrich, '... she expired."
    [Erman, p. 242.]--Age thirty-six ...'. Each is a note linked where it stands, its words out of the text; a bracket
    that names no page ('[Sidenote: ...]', '[sic]') is not."""
    tuning = ROOT / "tests" / "corpus" / "tuning"
    chekhov = load(tuning / "chekhov-letters-1885-87" / "input.txt")
    assert "Probably Palmin, a minor poet." in [n.text for n in chekhov.notes]  # type: ignore[attr-defined]
    twain = load(tuning / "twain-letters-v1-1856-60" / "input.txt")
    assert [n.text[:24] for n in twain.notes] == ["Mark Twain: A Biography,", "Henry had returned once "]  # type: ignore[attr-defined]
    said = " ".join(b.text for ch in twain.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert "survivors. He had nothing on" in said and "told elsewhere, and need only" in said
    carlyle = load(tuning / "carlyle-friedrich-v1ch04" / "input.txt")
    assert "Erman, p. 242." in [n.text for n in carlyle.notes] and all(n.refs for n in carlyle.notes)  # type: ignore[attr-defined]
    plain = read_text("CHAPTER I\n\nHe wrote it so [sic] and sent it on, as the clerk [at the desk] said he would.\n", "plain")
    assert plain.notes == ()


def test_notes_printed_as_widgers_return_links_at_the_end_with_the_translators_initial() -> None:
    """Melmoth's Pliny (tests/corpus/tuning/pliny-letters-b1-9-16): '... Nonianus[11] was ...' and, at the end of the
    volume, '11 (return) [ A pleader and historian ...]': a note, out of the text; '... before he pronounced sentence.
    M.]' is Melmoth's note."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "pliny-letters-b1-9-16" / "input.txt")
    notes = {n.label: n for n in doc.notes}  # type: ignore[attr-defined]
    assert notes["11"].text.startswith("A pleader and historian")  # linked only from its own letter's division (a limit)
    assert all(f"[{label}]" not in " ".join(b.text for ch in doc.chapters for b in ch.blocks) for label in notes)  # type: ignore[attr-defined]
    assert notes["21"].author == "M." and notes["21"].text.endswith("before he pronounced sentence.")


def test_a_footnotes_section_whose_notes_open_with_their_number_alone() -> None:
    """Sellar's Bede (tests/corpus/gutenberg/): 'Junii”),(1) which was ...' and, under FOOTNOTES, '    1 The St. Gallen
    MS. (ninth century) has ...' counting up: each note linked to its glued marker, none left in the text (the whole
    book: 6 notes read before, 1,005 now, 996 of them linked)."""
    doc = load(GUTENBERG / "bede-bare-numbered-footnotes-0.txt")
    assert [n.label for n in doc.notes] == ["1", "2", "3", "4", "5"] and all(n.refs for n in doc.notes)  # type: ignore[attr-defined]
    assert doc.notes[0].text.startswith("The St. Gallen MS.")  # type: ignore[attr-defined]
    assert not [d for d in doc.diagnostics if "marker" in d.message]  # type: ignore[attr-defined]


def test_an_unnumbered_footnote_paragraph_is_the_paragraph_aboves() -> None:
    """'[Footnote: The Germans are ...]' as a paragraph of its own, under the paragraph it annotates."""
    text = ("CHAPTER I\n\nThe science of all the principles of sensibility a priori, I call transcendental\naesthetic. "
            "There must, then, be such a science.\n\n[Footnote: The Germans are the only people who at present use this\n"
            "word to indicate what others call the critique of taste.]\n\nThe next paragraph of the chapter goes on here.\n")
    doc = read_text(text, "unnumbered")
    (note,) = doc.notes
    assert note.text.startswith("The Germans are") and note.refs == (doc.chapters[0].blocks[0].id,)
    assert [b.text[:8] for b in doc.chapters[0].blocks] == ["The scie", "The next"]


def test_a_star_after_a_word_answered_by_a_bracketed_star_note_under_its_paragraph() -> None:
    """Doubleday's Chancellorsville and Gettysburg (tests/corpus/gutenberg/): 'three thousand of which were cavalry;*
    but ...', and under the paragraph '[* Napoleon says 100,000 men ...]': the star is the marker, where it stands."""
    doc = load(ROOT / "tests" / "corpus" / "gutenberg" / "doubleday-chancellorsville-star-notes-8.txt")
    assert [(n.label, n.text[:15]) for n in doc.notes] == [("*", "Napoleon says 1"), ("*", "One brigade of ")]  # type: ignore[attr-defined]
    cavalry = next(b for ch in doc.chapters for b in ch.blocks if "cavalry;" in b.text)  # type: ignore[attr-defined]
    assert "cavalry;*" not in cavalry.text and any(type(i).__name__ == "NoteRef" for i in cavalry.inlines)
    assert doc.notes[0].refs == (cavalry.id,)  # type: ignore[attr-defined]


def test_a_notes_section_serves_the_divisions_since_the_one_before_it() -> None:
    """A Short History of Women's Rights (whole book, surveyed): a list item read as a division ('I. The Bible.' in
    a SOURCES list) left each chapter's NOTES section under a division of its own, its markers unanswered (195
    warnings). A notes section now serves every division since the previous section, not only the book's last."""
    para = "The Church referred everything to one unchanging authoritative source, the Gospels and the Apostles"
    text = (f"CHAPTER I\n\n{para}.[1]\n\nNOTES:\n\n[1] _Matthew_ 5, 27 ff.\n\n"
            f"CHAPTER II\n\n{para}, as the writers of the time held.[2]\n\nCHAPTER III\n\n{para} once more.[3]\n\n"
            "NOTES:\n\n[2] _Matthew_ 5, 31 ff.\n\n[3] Plutarch lived in the second century A.D.\n\n"
            f"CHAPTER IV\n\n{para} at the last.\n")
    doc = read_text(text, "sections")
    assert [(n.label, n.chapter) for n in doc.notes] == [("1", "ch1"), ("2", "ch2"), ("3", "ch3")]
    assert all(n.refs for n in doc.notes) and not [d for d in doc.diagnostics if d.severity == "warning"]


def test_superscript_markers_answered_by_superscript_notes_at_the_end() -> None:
    """Grant's Eginhard (tests/corpus/tuning/eginhard-charlemagne-ch16-33): 'Frankish King.³³' and, in the NOTES at the
    end, '   ³³ “Non aliter quam ...': note 33, linked, no superscript left in the text; a superscript with no note of
    its label ('m²') stays as printed."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "eginhard-charlemagne-ch16-33" / "input.txt")
    notes = {n.label: n for n in doc.notes}  # type: ignore[attr-defined]
    assert notes["33"].text.startswith("“Non aliter quam proprium suum.”") and notes["33"].refs
    assert all(n.refs for n in doc.notes)  # type: ignore[attr-defined]
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert not re.search("[⁰¹²³⁴⁵⁶⁷⁸⁹]", text)
    plain = read_text("CHAPTER I\n\nThe hall measured 40 m² and more, as the survey says.\n", "units")
    assert "40 m²" in plain.chapters[0].blocks[0].text and not plain.notes


def test_a_pages_star_notes_set_in_under_its_last_paragraph() -> None:
    """Maspero's History of Egypt (tests/corpus/tuning/maspero-egypt-v1-ch2-gods): markers '[*]' to '[****]' glued to
    words, and under the paragraph the notes, indented, each opening with its stars, some over two short lines
    ('     *  Maspero, _Études de Mythologie et d'Archéologie' / '     Égyptiennes_, vol. ii. p. 273'): each a note,
    linked to the paragraph above it, not to a later marker of the same stars."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "maspero-egypt-v1-ch2-gods" / "input.txt")
    blocks = {b.id: b.text for ch in doc.chapters for b in ch.blocks}  # type: ignore[attr-defined]
    notes = {n.text[:20]: n for n in doc.notes}  # type: ignore[attr-defined]
    sobku = notes["Sobhû, Sovkû is the "]
    assert sobku.label == "****" and "Sobkû," in blocks[sobku.refs[0]]
    arihosnofir = notes["Arihosnofir means th"]
    assert arihosnofir.label == "**" and "Ari-hos-nofir." in blocks[arihosnofir.refs[0]]
    assert any(n.text.endswith("vol. ii. p. 273, et seq.") for n in doc.notes)  # type: ignore[attr-defined]
    assert not any(text.startswith(("*", "Égyptiennes")) for text in blocks.values())


def test_a_marker_takes_a_note_printed_below_it_never_one_above() -> None:
    """Two pages' notes both starred: the second page's marker, whose note is missing, is warned of, not given the first
    page's note; and an inline note over several lines ('--[a pilot, who\\nknew the river]--') keeps its marker's line."""
    text = ("CHAPTER I\n\nThe first page ends here with a starred word.[*] And goes on.\n\n     * The first page's note.\n\n"
            "The second page marks a word[*] whose note the printer left out.\n\n"
            "Where is Beack Jolly, and where are the others of the old crew?--[a pilot, who\n"
            "knew the river well]--and Bixby, and the rest of them, who never write a line?\n")
    doc = read_text(text, "pages")
    first, inline = doc.notes
    ids = {b.text[:12]: b.id for b in doc.chapters[0].blocks}
    assert first.text == "The first page’s note." and first.refs == (ids["The first pa"],)
    assert inline.text == "a pilot, who knew the river well" and inline.refs == (ids["Where is Bea"],)
    (warning,) = [d for d in doc.diagnostics if d.code == "note-without-body"]
    assert warning.line == 7


def test_lettered_star_markers_with_lettered_footnotes() -> None:
    """Reeve's Tocqueville (tests/corpus/gutenberg/): '... marriage *s on ...' and '*u Innkeepers ...' opening a line,
    with '[Footnote s: Code of 1650, p. 48. ...]' under the paragraph: note s, linked; '**' with '[Footnote *: ...]'."""
    doc = load(GUTENBERG / "democracy-in-america-v1-815.txt")
    notes = {n.label: n for n in doc.notes}  # type: ignore[attr-defined]
    assert set("stuvwxyz") <= set(notes) and all(notes[label].refs for label in "stuvwxyz")
    assert notes["s"].text.startswith("Code of 1650, p. 48.")
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]
    assert "*s" not in text and "*u" not in text


def test_a_footnote_word_then_its_star() -> None:
    """Otté's Humboldt (tests/corpus/gutenberg/): 'Kumaoun and Garhwal.*' and, under the paragraph, '[Footnote] *The
    absence of palms ...': the star's note."""
    doc = load(GUTENBERG / "cosmos-v1-14565.txt")
    assert [n.text[:16] for n in doc.notes] == ["The absence of p", "Ribes nubicola, "]  # type: ignore[attr-defined]
    assert all(n.refs for n in doc.notes)  # type: ignore[attr-defined]


def test_endnotes_run_in_with_their_heading() -> None:
    """Laing's Heimskringla (tests/corpus/gutenberg/): '(1)' to '(3)' at the ends of lines of verse, and after the
    chapter '   ENDNOTES: (1) The war-ships were called dragons ...' with '(2)', '(3)' on the lines under it."""
    doc = load(GUTENBERG / "heimskringla-598.txt")
    assert [(n.label, n.text[:14]) for n in doc.notes] == [  # type: ignore[attr-defined]
        ("1", "The war-ships "), ("2", "The shields we"), ("3", "The wolf-skin ")]
    assert all(n.refs for n in doc.notes) and not any("ENDNOTES" in b.text for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]


def test_a_notes_section_at_the_end_of_the_book_with_a_long_note_in_verse() -> None:
    """Coleridge's Biographia Literaria (whole book: 87 notes, 3 linked before, 86 now): 'FOOTNOTES' closes the book,
    a note quotes two sonnets (a paragraph a line), another goes on after its bracket closes: every chapter's markers
    take their notes there."""
    sonnet = "".join(f"    Line {k} of the sonnet, which the note quotes whole,\n\n" for k in range(20))
    text = ("CHAPTER I\n\nThe first chapter marks a note here.[1] And goes on to its end.\n\n"
            "CHAPTER II\n\nThe second chapter marks another.[2] Its end.\n\nFOOTNOTES\n\n"
            f"[Footnote 1: SONNET I\n\n{sonnet}    The last line.]\n\n[Footnote 2: Nosce te ipsum.]\n\n"
            "Know thyself: the translation of the Latin above.]\n")
    doc = read_text(text, "sections")
    one, two = doc.notes
    assert one.refs == (doc.chapters[0].blocks[0].id,) and one.text.endswith("The last line.")
    assert two.refs == (doc.chapters[1].blocks[0].id,) and two.text.endswith("the translation of the Latin above.")


def test_bracketed_sentences_are_notes_where_a_chapter_prints_its_notes_so() -> None:
    """La Mara's Liszt (tests/corpus/tuning/liszt-letters-v1-112-119) prints its notes in the text: '... with Remenyi [A
    celebrated Hungarian violinist.] are ...' is a note there. A chapter with one such sentence keeps it (Fielding's
    '[Here the tears ran down his cheeks, and he thus proceeded.]' in a speech); a bearing is no note."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "liszt-letters-v1-112-119" / "input.txt")
    assert any(n.text == "A celebrated Hungarian violinist." and n.refs for n in doc.notes)  # type: ignore[attr-defined]
    one = read_text("CHAPTER I\n\n“I was undone, sir, undone.” [Here the tears ran down his cheeks, and he thus proceeded.] "
                    "“And so I came home.”\n", "speech")
    assert not one.notes and "[Here the tears" in one.chapters[0].blocks[0].text
    bearings = "".join(f"The wind blew from the quarter [W. {k} degrees to 40 degrees N.] all day.\n\n" for k in range(4))
    assert not read_text(f"CHAPTER I\n\n{bearings}", "bearings").notes


def test_a_footnotes_banner_of_stars_with_a_stray_bracket_under_it() -> None:
    """Scott's Ivanhoe (whole book: 63 notes, 3 linked before, 61 now): '************ FOOTNOTES ******************'
    closes the book, a ']' left alone on the line under it; the notes there serve every chapter's markers."""
    text = ("CHAPTER I\n\nThe first chapter marks a note here, in the middle of its paragraph.[1] And it goes on to its end.\n\n"
            "CHAPTER II\n\nThe second chapter marks another note, in the same way as the first.[2] And it goes on.\n\n"
            "Its second paragraph marks none, and is the last of the book, before the notes.\n\n\n"
            "************ FOOTNOTES ******************\n\n]\n\n[Footnote 1: The motto alludes to the Author.]\n\n"
            "[Footnote 2: This very curious poem.]\n")
    doc = read_text(text, "banner")
    assert [(n.label, n.chapter) for n in doc.notes] == [("1", "ch1"), ("2", "ch2")] and all(n.refs for n in doc.notes)


def test_a_footnote_closes_at_the_bracket_that_balances_it() -> None:
    """Reeve's Tocqueville: '[Footnote: The council of the Governor is an elective body.] A twofold tendency ...' — the
    note ends at its bracket (one inside it counted) and the text after it is a paragraph again, not part of the note."""
    text = ("CHAPTER I\n\nThe Governor has a council of his own, as the constitution provides for it.[1] The text goes on.\n\n"
            "[Footnote 1: The council [of nine] is an elective body.] A twofold tendency may be discerned in the\n"
            "American constitutions, and the paragraph goes on after the note.\n\nThe next paragraph.\n")
    doc = read_text(text, "balanced")
    (note,) = doc.notes
    assert note.text == "The council [of nine] is an elective body." and note.refs
    assert [b.text[:20] for b in doc.chapters[0].blocks] == ["The Governor has a c", "A twofold tendency m", "The next paragraph."]


def test_a_plays_footnotes_numbered_by_act() -> None:
    """Hudson's Hamlet: 'answer me:[1] stand' and, under the scene, '    [Footnote I.1: _Me:_] _i.e., me_ who am ...]':
    the act before the number (whole play: 0 notes read before, 472 of 477 now, all linked)."""
    text = ("ACT I\n\n  Fran. Nay, answer me:[1] stand, and unfold[2] yourself, for I am the watch here tonight.\n\n"
            "    [Footnote I.1: _Me:_] _i.e., me_ who am already on the watch.]\n\n"
            "    [Footnote I.2: _Unfold_] Announce, make known.]\n")
    doc = read_text(text, "play")
    assert [(n.label, n.text[:12]) for n in doc.notes] == [("1", "Me:] i.e., m"), ("2", "Unfold] Anno")]
    assert all(n.refs for n in doc.notes)


def test_markers_that_spell_footnote_and_a_starred_bracket_in_the_sentence() -> None:
    """Hume's Treatise: '[Footnote 2.]' in the text (also '[Footnote' / '10]' over two lines) with '     [Footnote 2.
    It is evident ...]' under the paragraph; Wollstonecraft's 'over*,' with '(*Footnote.  A lively writer ...)' under
    it; Hooker's 'The Earl of Auckland* [It is with a melancholy satisfaction ...]' in the sentence."""
    hume = read_text("CHAPTER I\n\nThis application of ideas beyond their nature proceeds from our collecting them,\n"
                     "and when we have found a resemblance in the degrees of their quantity and quality\n"
                     "[Footnote 2.] among several objects, that often occur to us, we apply the same\n"
                     "name to all of them, and so we are apt to imagine, beyond their relation, [Footnote\n10] something.\n\n"
                     "     [Footnote 2. It is evident, that even different simple ideas\n     may have a similarity.]\n\n"
                     "     [Footnote 10  If the reader is desirous to see how a great genius may be misled.]\n", "hume")
    assert [(n.label, n.text[:12]) for n in hume.notes] == [("2", "It is eviden"), ("10", "If the reade")]
    assert all(n.refs for n in hume.notes) and "Footnote" not in hume.chapters[0].blocks[0].text
    woman = read_text("CHAPTER I\n\nWhen the short-lived bloom of beauty is over*, I presume that rational men will\n"
                      "excuse me for endeavouring to persuade them.\n\n(*Footnote.  A lively writer, I cannot recollect "
                      "his name, asks\nwhat business women turned of forty have to do in the world.)\n\nIndeed the word "
                      "masculine is only a bugbear, and the chapter goes on.\n", "woman")
    (note,) = woman.notes
    assert note.text.startswith("A lively writer") and note.text.endswith("in the world.") and note.refs
    hooker = read_text("CHAPTER I\n\nThe plan of my journey was altered. The Earl of Auckland* [It is with a melancholy "
                       "satisfaction that I here record the intentions of that nobleman.] gave me leave to go.\n", "hooker")
    (note,) = hooker.notes
    assert note.text.startswith("It is with a melancholy") and "gave me leave" in hooker.chapters[0].blocks[0].text


def test_return_notes_with_their_numbers_glued_or_set_between_words() -> None:
    """Whiston's Josephus as David Widger transcribed it (tests/corpus/gutenberg/): the notes '1 (return) [ ... ]' after
    the preface and under 'FOOTNOTES:' after the book's chapters, their markers the superscripts' bare numbers, glued
    ('was over1 begins', 'a soul.2 This') or set between words ('all the Greeks 2 worthy', 'one language, 5 at'); each
    number the next note's, in order. The chapter's numbered sections ('1. In the beginning ...') stay its text."""
    doc = load(GUTENBERG / "josephus-antiquities-return-notes-glued-numbers-8.txt")
    notes = {(n.id.split("-note-")[0], n.label): n for n in doc.notes}  # type: ignore[attr-defined]
    assert [n.text[:16] for n in doc.notes][:2] == ["This preface of ", "That is, all the"]  # type: ignore[attr-defined]
    assert all(notes["ch1", str(k)].refs for k in range(1, 6)) and all(notes["front-matter", str(k)].refs for k in range(2, 7))
    assert not notes["front-matter", "1"].refs  # its marker ends the heading 'PREFACE.1', which stays a heading
    assert notes["front-matter", "6"].text.startswith("As to this intended work")  # its '[ ... p. 63 ...]' is no note
    chapter = doc.chapters[-1]  # type: ignore[attr-defined]
    assert chapter.blocks[0].text.startswith("1. In the beginning God created")
    assert "the seventh day was over begins" in chapter.blocks[1].text  # the marker taken out of the words
    text = " ".join(b.text for b in chapter.blocks)
    assert "(return)" not in text and "one language, at that time" in text


def test_star_notes_under_their_paragraphs_with_a_space_after_the_star() -> None:
    """Irving's Conquest of Granada (tests/corpus/gutenberg/): '... at the city of Cordova.*' and under the paragraph
    '     * Garibay, Compend., 1.17, c. 3.', its second line (if any) not set in."""
    doc = load(GUTENBERG / "irving-granada-star-notes-under-paragraphs-0.txt")
    assert [n.text[:14] for n in doc.notes] == ["Zurita, lib. 2", "Garibay, Compe", "Zurita, Anales"]  # type: ignore[attr-defined]
    assert all(n.refs for n in doc.notes) and not any(d.code == "body-without-marker" for d in doc.diagnostics)  # type: ignore[attr-defined]


def test_set_in_notes_among_numbered_sections() -> None:
    """Giles's Nennius (tests/corpus/gutenberg/): sections numbered '1. Nennius, ...', a star note set in under
    one ('St. Elbotus,*' / '     * Or Elvod, bishop of Bangor, ...'), and '(1)' to '(4)' in a paragraph with their notes
    '     (1) Other MSS. Silvius.' set in under it: the numbered sections are no notes around them."""
    doc = load(GUTENBERG / "nennius-britons-set-in-notes-numbered-sections.txt")
    texts = {n.text[:14]: bool(n.refs) for n in doc.notes}  # type: ignore[attr-defined]
    assert texts.get("Or Elvod, bish") and texts.get("Other MSS. Sil") and texts.get("Tours.")


def test_a_letter_read_out_in_parts_is_one_letter() -> None:
    """Balzac's Eugénie Grandet (tests/corpus/tuning/balzac-grandet-ch13-14): des Grassins's letter set in, broken off
    mid-sentence ('... in Paris about a month--'), then what Eugénie thinks ('"A month!" thought Eugenie ... she resumed
    the letter,--'), then the letter going on, twice: one letter, the narrative between its parts not its text. The
    salutation 'My dear Wife' names no one: no recipient rather than 'Wife'."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "balzac-grandet-ch13-14" / "input.txt")
    letter = next(d for d in doc.documents if d.text.startswith("My dear Wife"))  # type: ignore[attr-defined]
    assert letter.text.endswith("before you have spoken to her about it--") and "thought Eugenie" not in letter.text
    assert "I had to dance attendance" in letter.text and letter.recipients == ()
    assert not any(d.text.startswith("I had to dance") for d in doc.documents)  # type: ignore[attr-defined]
    kinds = {b.text[:12]: b.kind for ch in doc.chapters for b in ch.blocks}  # type: ignore[attr-defined]
    assert kinds["“A month!” t"] != "document"


def test_a_chapter_that_is_one_letter_under_its_argument() -> None:
    """Bird's A Lady's Life in the Rocky Mountains (tests/corpus/tuning/bird-rocky-mountains-letters-1-2): 'Letter I',
    the argument 'Lake Tahoe--Morning in San Francisco--Dust--...', the date line 'LAKE TAHOE, September 2.', the letter,
    and 'I. L. B.' set far right at its end: one letter, signed; the same initials set right under a note ('[1] In
    consequence of ...') sign that note, with the parenthesised line under them."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "bird-rocky-mountains-letters-1-2" / "input.txt")
    letter = doc.documents[0]  # type: ignore[attr-defined]
    assert (letter.kind, letter.place, letter.signature) == ("letter", "Lake Tahoe", "I. L. B.")
    assert letter.text.startswith("LAKE TAHOE, September 2.\n\nI have found a dream of beauty")
    note = doc.notes[0]  # type: ignore[attr-defined]
    assert note.author == "I. L. B." and note.text.endswith("(Author’s note to the third edition, January 16, 1880.)")


def test_closing_notes_grouped_under_their_chapters_headings() -> None:
    """Rawlinson's History of Phoenicia (tests/corpus/gutenberg/): 'CHAPTER I--THE LAND' (its title after a double
    hyphen), and at the book's end 'FOOTNOTES' with the notes grouped under 'PREFACE', 'I--THE LAND', 'II--CLIMATE AND
    PRODUCTIONS': those are no chapters, and each chapter's markers ('Aradus,[11]') find their notes there."""
    doc = load(GUTENBERG / "rawlinson-phoenicia-notes-grouped-by-chapter-0.txt")
    assert [(c.id, c.title) for c in doc.chapters] == [("ch1", "The Land"), ("ch2", "Climate and Productions")]  # type: ignore[attr-defined]
    linked = {n.label for n in doc.notes if n.refs}  # type: ignore[attr-defined]
    assert linked == {"11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22"}  # the preface's notes have no text here
    assert not any(b.text.startswith(("FOOTNOTES", "I--THE LAND")) for ch in doc.chapters for b in ch.blocks)  # type: ignore[attr-defined]


def test_letters_under_a_capitals_heading_and_a_bracketed_date_line() -> None:
    """Melville's Life and Letters of John Gay (tests/corpus/tuning/melville-gay-ch10): 'ALEXANDER POPE TO JOHN GAY.' /
    '[circa December, 1728.]' / '"No words can tell you ...': a letter, Pope to Gay, dated by the line between; '[Feb.
    or March, 1729.]' gives the year only; '"Mr. Gay," wrote Swift to Pope, "is a scandal ..."' is Swift's, to Pope;
    a quoted line near a letter's end ('"The Duke hath rung the bell for supper, and says, ...') does not replace the
    recipient its heading names."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "melville-gay-ch10" / "input.txt")
    pope = next(d for d in doc.documents if d.text.startswith("No words can tell you"))  # type: ignore[attr-defined]
    assert (pope.kind, pope.senders, pope.recipients, pope.date) == ("letter", ("Alexander Pope",), ("John Gay",), "1728-12")
    assert next(d for d in doc.documents if d.text.startswith("My melancholy")).date == "1729"  # type: ignore[attr-defined]
    swift = next(d for d in doc.documents if "is a scandal" in d.text)  # type: ignore[attr-defined]
    assert (swift.senders, swift.recipients) == (("Swift",), ("Pope",))
    howard = next(d for d in doc.documents if d.recipients and "Howard" in d.recipients[0])  # type: ignore[attr-defined]
    assert howard.recipients == ("The Hon. Mrs. Howard",)


def test_a_quotation_after_a_possessive_is_a_title() -> None:
    """Hallam's Constitutional History (tests/corpus/tuning/hallam-const-hist-v1ch05): 'a popular cry in his "Gaping
    Gulph, in which England will be swallowed up by the French Marriage."' names a pamphlet; it is no document."""
    doc = load(ROOT / "tests" / "corpus" / "tuning" / "hallam-const-hist-v1ch05" / "input.txt")
    assert not any(d.text.startswith("Gaping Gulph") for d in doc.documents)  # type: ignore[attr-defined]


def test_letters_before_the_chapters_a_narrative_line_is_no_title_and_i_is_the_narrator() -> None:
    """Frankenstein: 'Letter 1' to 'Letter 3' and then 'Chapter 1' number two runs of divisions, each with ids of
    its own; 'On my return, I found the following letter from my father:—' under 'Chapter 7'
    introduces the letter, it is no title; 'I' received Elizabeth's letter, and a novel's 'I' is not its author
    (the whole book never names Shelley)."""
    doc = load(GUTENBERG / "frankenstein-excerpts.txt")
    assert [(ch.id, ch.label, ch.number) for ch in doc.chapters] == [
        ("letter1", "Letter", "1"), ("letter2", "Letter", "2"), ("letter3", "Letter", "3"),
        ("ch1", "Chapter", "1"), ("ch7", "Chapter", "7"), ("ch22", "Chapter", "22")]
    assert doc.chapters[4].title is None and doc.chapters[4].blocks[0].text.startswith("On my return")
    assert doc.meta.author == "Mary Wollstonecraft (Godwin) Shelley"
    assert not any("Shelley" in d.senders + d.recipients for d in doc.documents)
    elizabeth = next(d for d in doc.documents if d.chapter == "ch22")
    assert (elizabeth.senders, elizabeth.recipients) == (("Elizabeth Lavenza",), ())
    assert [d.senders for d in doc.documents[:2]] == [("R. Walton",), ("Robert Walton",)]


def test_symbol_notes_in_parentheses_set_in_under_their_paragraph_and_on_a_heading() -> None:
    """The Prince: '(*)' and '(+)' after a word, each note set in under its paragraph as '     (*) text'; one on the
    heading 'CHAPTER XVIII(*) -- CONCERNING ...', its note opening the chapter; the numbered sections '1.' to '6.' of
    chapter XX above its one star note are text, not notes without markers."""
    doc = load(GUTENBERG / "prince-symbol-notes-set-in.txt")
    assert [(ch.number, ch.title) for ch in doc.chapters[1:]] == [
        ("XVIII", "Concerning the Way in Which Princes Should Keep Faith"),
        ("XX", "Are Fortresses, and Many Other Things to Which Princes Often Resort, Advantageous or Hurtful?")]
    assert [(n.chapter, bool(n.refs)) for n in doc.notes] == [("ch18", False)] + [("ch18", True)] * 4 + [("ch20", True)]
    assert doc.notes[0].text.startswith("“The present chapter has given greater offence")
    assert {d.code for d in doc.diagnostics} >= {"marker-on-heading"}
    assert not {"body-without-marker", "note-without-body"} & {d.code for d in doc.diagnostics}
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    assert "(*)" not in text and "(+)" not in text and "[*]" not in text
    assert sum(b.text[:3] in {f"{k}. " for k in range(1, 7)} for b in doc.chapters[2].blocks) == 6


def test_an_author_line_is_a_name_not_a_division_or_a_title_in_parts() -> None:
    """A chapter file opening 'BOOK I' / 'THE CROSSING OF THE RUBICON' (Lucan, tests/corpus/tuning/) gives no author;
    'TO THE HON. H.S. CONWAY.' under a title in parts (Walpole) stays the letter's heading, in the text."""
    lucan = load(ROOT / "tests" / "corpus" / "tuning" / "lucan-pharsalia-b1-part1" / "input.txt")
    assert lucan.meta.author is None
    walpole = load(ROOT / "tests" / "corpus" / "tuning" / "walpole-letters-v1-1740-42" / "input.txt")
    assert walpole.meta.author is None
    assert walpole.chapters[0].blocks[0].text == "TO THE HON. H.S. CONWAY."
    sample = read_text("Leon Trotsky\n\nMy Life\n\n\nI was born.\n", "x.txt")
    assert (sample.meta.author, sample.meta.title) == ("Leon Trotsky", "My Life")


def test_talk_after_a_colon_is_no_document_though_the_sentence_names_one() -> None:
    """Wuthering Heights: 'The old servant confirmed this statement, but muttered:' and '... murmured in
    soliloquy:' are followed by talk, not a statement or a letter; a quotation set off whole under 'asked,--' is
    read once, not as two documents over the same paragraph."""
    doc = load(GUTENBERG / "wuthering-heights-talk-after-a-colon.txt")
    assert not [d for d in doc.documents if d.chapter == "ch17"]
    assert not any(d.kind == "letter" or "riding Minny" in d.text for d in doc.documents)
    assert len({d.blocks for d in doc.documents}) == len(doc.documents) <= 1


def test_chapters_numbered_by_a_number_alone_over_their_title_in_parts() -> None:
    """Treasure Island: '1' alone over 'The Old Sea-dog at the Admiral Benbow' (and over '“Pieces of Eight”', a title
    in quotation marks), under 'PART ONE--The Old Buccaneer'; its contents of '1. THE OLD SEA-DOG ... 11' entries is
    left out, not the first part's line under it."""
    doc = load(GUTENBERG / "treasure-island-numbers-alone-over-titles-0.txt")
    assert [(ch.number, ch.title, ch.part) for ch in doc.chapters[1:]] == [
        ("1", "The Old Sea-dog at the Admiral Benbow", "Part One: The Old Buccaneer"),
        ("2", "Black Dog Appears and Disappears", None), ("27", "“Pieces of Eight”", None),
        ("28", "In the Enemy’s Camp", "Part Six: Captain Silver")]
    assert doc.chapters[1].blocks[0].text.startswith("SQUIRE TRELAWNEY")
    assert not any("ADMIRAL BENBOW" in b.text for b in doc.chapters[0].blocks)


def test_chapters_titled_in_capitals_set_apart_with_no_numbers() -> None:
    """Jekyll and Hyde: 'STORY OF THE DOOR', 'SEARCH FOR MR. HYDE', ... with four blank lines above and two below, no
    chapter numbered anywhere: each is a chapter, counted by its place."""
    doc = load(GUTENBERG / "jekyll-hyde-titled-chapters-0.txt")
    assert [(ch.title, ch.number, ch.ordinal) for ch in doc.chapters] == [
        ("Story of the Door", None, 1), ("Search for Mr. Hyde", None, 2), ("Dr. Jekyll Was Quite at Ease", None, 3)]
    assert doc.chapters[0].blocks[0].text.startswith("Mr. Utterson the lawyer")


def test_divisions_the_contents_lists_before_chapter_one_are_divisions() -> None:
    """Douglass's Narrative: its contents lists PREFACE, 'LETTER FROM WENDELL PHILLIPS, ESQ.' and 'FREDERICK
    DOUGLASS.' before CHAPTER I; the two set apart in the text were read into the preface, and the sketch's heading
    was taken for the letter's signature ('Letter: Frederick Douglass' for Phillips's letter to him)."""
    doc = load(GUTENBERG / "douglass-narrative-front-divisions.txt")
    assert [ch.title for ch in doc.chapters] == ["Front Matter", "Preface", "Letter From Wendell Phillips, Esq",
                                                 "Frederick Douglass", None]
    assert doc.chapters[2].blocks[0].text == "BOSTON, APRIL 22, 1845."
    assert not any("Frederick Douglass" in d.senders for d in doc.documents)


def test_a_list_of_illustrations_is_left_out_and_a_cry_is_no_title() -> None:
    """Tom Sawyer: 'ILLUSTRATIONS' and 160 captions under it before the preface were the front matter a listener
    heard first; '“TOM!”' under 'CHAPTER I' is the chapter's first words, and its title is the contents entry's."""
    doc = load(GUTENBERG / "tom-sawyer-list-of-illustrations-0.txt")
    assert [len(ch.blocks) for ch in doc.chapters[:2]] == [2, 5]
    assert any(d.code == "contents" and "illustrations (162 lines)" in d.message for d in doc.diagnostics)
    assert doc.chapters[2].title.startswith("Y-o-u-u Tom-Aunt Polly Decides Upon her Duty")
    assert doc.chapters[2].blocks[0].text == "“TOM!”"


def test_numbers_alone_that_mostly_run_out_of_order_are_no_chapters() -> None:
    """Leaves of Grass numbers the sections of its long poems ('1' to '52', then '1' again, sections skipped where
    a poem's sections are short); numbers alone that mostly run out of order head no chapters (the rule kept 31
    'chapters' 8, 9, 13, 14, 37, ... before)."""
    numbers = [8, 9, 13, 14, 37, 38, 1, 3, 4, 14, 8, 10, 12, 1, 6, 4, 9, 2]
    text = "".join(f"{n}\n\nA line of verse set in its own way\n\nAnd the poem going on for a while, line upon line of it.\n\n\n"
                   for n in numbers)
    doc = read_text(text, "poems.txt")
    assert len(doc.chapters) == 1


def test_burton_fn_markers_link_to_the_volume_end_notes() -> None:
    """Burton's Nights: '[FN#3]' markers in the text, the notes '[FN#3] Shahryar not ...' under 'Footnotes' at the
    volume's end; each marker links its note, and none is left in the text as printed."""
    doc = load(GUTENBERG / "burton-nights-v1-fn-markers.txt")
    assert [n.label for n in doc.notes] == ["1", "2", "3", "4", "5"]
    assert all(n.refs for n in doc.notes)
    assert doc.notes[2].text.startswith("Shahryar not Shahriyar (Persian)")
    assert not {"body-without-marker", "note-without-body"} & {d.code for d in doc.diagnostics}
    assert "FN#" not in " ".join(b.text for ch in doc.chapters for b in ch.blocks)


def test_star_notes_after_a_quotation_epilogues_as_parts_and_a_contents_counting_again_per_book() -> None:
    """War and Peace (Maude): a star set apart after a word or a closing quotation mark ('Petersbourg, * was',
    '"A vos places!" * suddenly') with its note '* "To your places."' under the paragraph; 'FIRST EPILOGUE: 1813 - 20'
    and 'SECOND EPILOGUE' over their chapters are parts; the contents list numbers chapters from I in each book, so
    its lines under 'CHAPTER XX' ('FIRST EPILOGUE ...') are no chapter's title; a short first line under one chapter in
    a book whose chapters have no titles ('What force moves the nations?') is text."""
    doc = load(GUTENBERG / "war-and-peace-star-notes-epilogues.txt")
    assert [n.text for n in doc.notes] == ["The most fascinating woman in Petersburg.",
                                           "God has given it to me, let him who touches it beware!", "“To your places.”"]
    assert all(n.refs for n in doc.notes)
    assert all(ch.title is None for ch in doc.chapters[1:])
    assert [ch.part for ch in doc.chapters if ch.part] == ["Book One: 1805", "First Epilogue: 1813 - 20", "Second Epilogue"]
    assert doc.chapters[-1].blocks[0].text == "What force moves the nations?"
    assert not {"body-without-marker", "note-without-body"} & {d.code for d in doc.diagnostics}


def test_chapters_numbered_by_volume_and_book_with_titles_on_the_line_under_them() -> None:
    """Carlyle's French Revolution: 'Chapter 1.2.I.' is chapter I of book II of volume 1, its title the line under it
    ('Louis the Well-Beloved.', in every chapter); 'VOLUME II.' / 'THE CONSTITUTION' over 'BOOK 2.I.' / 'THE FEAST OF
    PIKES' opens both; the contents list of such lines, with the parts' titles under them, is left out whole."""
    doc = load(GUTENBERG / "carlyle-french-revolution-volumes-books.txt")
    assert [(ch.number, ch.title) for ch in doc.chapters[1:]] == [
        ("I", "Louis the Well-Beloved"), ("II", "Realised Ideals"), ("III", "Viaticum"), ("IV", "Louis the Unforgotten"),
        ("I", "Astraea Redux"), ("II", "Petition in Hieroglyphs"), ("I", "In the Tuileries")]
    assert [ch.part for ch in doc.chapters if ch.part] == [
        "Volume I: The Bastille. Book I: Death of Louis XV", "Book II: The Paper Age",
        "Volume II: The Constitution. Book I: The Feast of Pikes"]
    assert len({ch.id for ch in doc.chapters}) == len(doc.chapters)
    assert not any(d.code == "chapter-number" for d in doc.diagnostics)
    text = [b.text for ch in doc.chapters for b in ch.blocks]
    assert not any(t.startswith(("BOOK", "VOLUME", "Chapter")) or t in ("THE PAPER AGE", "THE CONSTITUTION") for t in text)


def test_an_epic_in_books_its_verse_and_its_pictures() -> None:
    """Pope's Iliad: 'BOOK I.' to 'BOOK XXIV.' with no chapters under them are its chapters; a verse line ending in a
    colon introduces a speech, not a document, and the caption printed again under '[Illustration: MARS.]' neither
    reads twice nor signs the speech; 'Before that day, if any Greek invite' is verse, not a date line; its notes
    run from 107 to 110 (the source has no 108 or 109) and stay notes."""
    doc = load(GUTENBERG / "iliad-pope-books-verse-notes-0.txt")
    assert [(ch.number, ch.title) for ch in doc.chapters[2:5]] == [("I", None), ("II", None), ("III", None)]
    assert [ch.label for ch in doc.chapters[2:5]] == ["Book"] * 3
    assert doc.chapters[-1].title == "Concluding Note"
    assert doc.documents == ()
    text = [b.text for ch in doc.chapters for b in ch.blocks]
    assert "Illustration: MARS." in text and "MARS." not in text
    assert [n.label for n in doc.notes] == ["105", "106", "107", "110", "111", "112", "113"]
    assert all(n.refs for n in doc.notes)


def test_no_one_writes_to_themselves() -> None:
    """War and Peace: 'came a letter from Kutuzov informing the prince' / '"Your son," wrote Kutuzov, "fell ...':
    the reading that gave Kutuzov as the letter's recipient too is dropped; its writer stays."""
    doc = load(GUTENBERG / "war-and-peace-letter-from-kutuzov.txt")
    assert [(d.senders, d.recipients) for d in doc.documents] == [(("Kutuzov",), ())]


def test_two_contents_lists_with_long_titles_and_a_dedication_opening_a_part() -> None:
    """Don Quixote: each volume has its contents list of 'CHAPTER IX' over a title in capitals (up to 130 characters
    on two lines), the second deep in the book; both are left out whole, so no chapter comes twice; 'DEDICATION OF
    PART II.' under 'PART II.' and 'THE AUTHOR'S PREFACE' are divisions, the part opening with the first."""
    doc = load(GUTENBERG / "don-quixote-two-contents-lists.txt")
    assert [(ch.number, ch.title, ch.part) for ch in doc.chapters[1:]] == [
        (None, "The Author’s Preface", None), (None, "Dedication of Volume I", None),
        ("I", "Which Treats of the Character and Pursuits of the Famous Gentleman Don Quixote of La Mancha", "Volume I"),
        (None, "Dedication of Part II", "Part II"), (None, "The Author’s Preface", "Volume II"),
        ("I", "Of the Interview the Curate and the Barber Had with Don Quixote About His Malady", None)]
    assert all(ch.blocks for ch in doc.chapters)
    assert not any(d.code == "chapter-number" for d in doc.diagnostics)


def test_a_list_in_a_letter_heads_no_chapter_and_a_book_without_headings_is_called_by_its_title() -> None:
    """Daddy-Long-Legs: 'I. We had written examinations this week in:' over '       A. Chemistry.' is a list's item
    in a letter, not chapter I; the book has no chapter headings, so its one chapter is called by the book's title."""
    doc = load(GUTENBERG / "daddy-long-legs-a-list-in-a-letter.txt")
    assert [(ch.number, ch.title) for ch in doc.chapters] == [(None, "Daddy-Long-Legs")]
    text = [b.text for ch in doc.chapters for b in ch.blocks]
    assert "I. We had written examinations this week in:" in text and "VIII. Good night." in text


def test_a_song_and_a_letters_greeting_quoted_are_no_documents() -> None:
    """War and Peace: 'a long-drawn-out soldiers' song, commencing with the words: "Morning dawned, ..."' is a song;
    'cold, formal letters in French, beginning: "My dear Mamma," and ending: "Your obedient son,"' quotes their
    greeting and closing, not a letter."""
    got = to_json(load(GUTENBERG / "war-and-peace-a-song-and-a-letters-greeting.txt"))
    starts = [d["text"][:20] for d in got["documents"]]
    assert not any(s.startswith(("Morning dawned", "My dear Mamma", "Your obedient")) for s in starts)


def test_notes_numbered_in_parentheses_where_their_markers_stand() -> None:
    """The Descent of Man: '... Bischoff (1. 'Grosshirnwindungen des Menschen,' 1868, s. 96. ...) ...': each chapter's
    notes printed in the sentence, numbered from 1; each becomes a marker and a note of its number."""
    doc = load(GUTENBERG / "descent-of-man-numbered-notes-in-parentheses.txt")
    assert [n.label for n in doc.notes] == ["1", "2", "3", "4", "5", "6", "7"] and all(n.refs for n in doc.notes)
    assert doc.notes[0].text.startswith("‘Grosshirnwindungen des Menschen,’ 1868")
    assert not re.search(r"\(\d\.\s", " ".join(b.text for ch in doc.chapters for b in ch.blocks))


def test_a_place_or_a_form_of_address_is_no_party() -> None:
    """A one-word 'sender' from the introducing sentence that the book only writes where people are ('London' in
    the Life of Darwin: 'in London', 'at these parties ... in London'), and a form of address alone ('Monseigneur' in
    Carlyle's Friedrich), name no one: the field stays empty (tests/corpus/tuning/)."""
    tuning = ROOT / "tests" / "corpus" / "tuning"
    darwin = load(tuning / "darwin-life-v1ch05" / "input.txt")
    carlyle = load(tuning / "carlyle-friedrich-v1ch04" / "input.txt")
    parties = {p for doc in (darwin, carlyle) for d in doc.documents for p in (*d.senders, *d.recipients)}
    assert not parties & {"London", "Monseigneur"}
    assert "Darwin" in " ".join(parties)


def test_a_second_star_in_parentheses_and_notes_set_in_as_blocks() -> None:
    """War and Peace, the UTF-8 file: 'le mot pour rire,” * he said' and 'pas pour vous. *(2) Only', their notes
    set in under the paragraph as indented blocks ('     * “Forty thousand ...', '     * (2) “It is all ...'): the
    first star is set apart after a closing mark, the second is printed '*(2)'; both are linked."""
    doc = load(GUTENBERG / "war-and-peace-0-set-in-star-notes.txt")
    assert [(n.label, bool(n.refs)) for n in doc.notes] == [("*", True), ("**", True)]
    assert doc.notes[1].text.startswith("“It is all very well")
    assert not doc.diagnostics


def test_narratives_over_their_chapters_are_parts_with_their_bylines() -> None:
    """The Moonstone: 'FIRST NARRATIVE.' over '_Contributed by Miss Clack; niece of the late Sir John Verinder_' over
    'CHAPTER I' opens a part, its byline in ordinary case its subtitle."""
    doc = load(GUTENBERG / "moonstone-narratives-as-parts-0.txt")
    assert [ch.part for ch in doc.chapters[1:]] == [
        "First Narrative: Contributed by Miss Clack; niece of the late Sir John Verinder",
        "Second Narrative: Contributed by Mathew Bruff, Solicitor, of Gray’s Inn Square"]


def test_an_epoch_over_its_narrative_opens_a_part() -> None:
    """The Woman in White: 'THE SECOND EPOCH' over 'THE STORY CONTINUED BY MARIAN HALCOMBE.' over 'I' opens a part."""
    doc = load(GUTENBERG / "woman-in-white-an-epoch-over-a-narrative.txt")
    assert doc.chapters[-1].part == "The Second Epoch: The Story Continued by Marian Halcombe"
    assert doc.chapters[-1].number == "I"
