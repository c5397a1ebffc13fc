"""Note forms met in the tuning half's eighteenth and later rounds, each on made-up text: notes closing the text under no
heading, markers in angle brackets with a list of numbered lines, a label printed twice, a title in capitals under
the notes heading, and an editor's name signing several notes after a dash."""

from __future__ import annotations

from pathlib import Path

from producer.read import load
from producer.read.markers import _headless_section, bracket_markers


def _read(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "chapter.txt"
    path.write_text(text, encoding="utf-8")
    return load(path)


def _prose(markers: list[str]) -> str:
    return "\n\n".join(f"The river ran past the walls {m} and on to the sea, as the old annals tell it." for m in markers)


def test_parenthesized_notes_closing_the_text_with_no_heading(tmp_path: Path) -> None:
    """'(112)' markers and, at the end, '(112)  text' notes counting up with no NOTES heading over them (a chapter cut
    from a book whose notes close the volume): each note linked, and no '(N)' left in the text."""
    text = "A.D. 1088. " + _prose(["(112)", "(113)", "(114)"]) + "\n\n\n(112) i.e. jurisdiction.\n\n(113) Of the earls.\n" \
        "\n(114) Literally a gossip; but such are the changes which words undergo in their\n" \
        "     meaning as well as in their form, that the word is now a slight.\n"
    doc = _read(tmp_path, text)
    assert [(n.label, n.text) for n in doc.notes] == [  # type: ignore[attr-defined]
        ("112", "i.e. jurisdiction."), ("113", "Of the earls."), ("114", ("Literally a gossip; but such are the changes which "
                                                                         "words undergo in their meaning as well as in their "
                                                                         "form, that the word is now a slight."))]
    assert all(n.refs for n in doc.notes)  # type: ignore[attr-defined]


def test_parenthesized_numbers_closing_the_text_out_of_order_are_no_notes_section() -> None:
    """The same shape where the numbers do not answer '(N)' above in order, or do not count up, is no notes section."""
    for tail in ("(2) The second.\n\n(1) The first.\n\n(3) The third.\n", "(1) One.\n\n(2) Two.\n\n(4) Four.\n",
                 "(1) One.\n\n(2) Two.\n\n(3) Three.\n"):
        above = "He gave three reasons: (3) the cold, (2) the distance, (1) the cost.\n\n"
        assert not _headless_section(above + tail)
    assert _headless_section("He gave (1) the cold, (2) the distance, (3) the cost.\n\n(1) One.\n\n(2) Two.\n\n(3) Three.\n")


def test_angled_markers_and_a_list_of_numbered_note_lines(tmp_path: Path) -> None:
    """'profession,<1>--the' with, under 'NOTES TO THE RELIGIO MEDICI.', '  1.  text' lines one after another (no blank
    line between notes, continuation lines indented)."""
    text = _prose(["walls,<1>--the", "walls<2>", "walls.<3>"]).replace("walls walls", "walls") + "\n\n\nNOTES TO THE ESSAYS." \
        "\n\n  1.  It was a proverb.\n  2.  A Latinised word, made by the author from the Latin verb of the\n" \
        "      same sense, meaning a taunt.\n  3.  The synod was held in 1619.\n"
    doc = _read(tmp_path, text)
    assert [(n.label, n.text) for n in doc.notes] == [  # type: ignore[attr-defined]
        ("1", "It was a proverb."), ("2", ("A Latinised word, made by the author from the Latin verb of the same sense, "
                                    "meaning a taunt.")), ("3", "The synod was held in 1619.")]
    assert all(n.refs for n in doc.notes)  # type: ignore[attr-defined]


def test_a_numbered_list_under_notes_with_no_markers_is_not_taken_for_notes() -> None:
    text = "The voyage went well.\n\nNOTES\n\n  1.  Water was short.\n  2.  The mate fell ill.\n  3.  We saw land.\n"
    assert bracket_markers(text) == text


def test_a_label_printed_twice_a_title_under_the_heading_and_a_signing_editor(tmp_path: Path) -> None:
    """Under FOOTNOTES, the work's title in capitals, then '[1] text' notes where '[3]' is printed twice (a misprint:
    both are read) and two notes close with '--_White_.' (an editor's name: the author); a single '—Gibbon.' is a
    source cited and stays in the note."""
    text = _prose(["[1]", "[2]", "[3]", "[4]"]) + "\n\n\nFOOTNOTES\n\n\nA TREATISE ON THE RIVERS OF THE NORTH.\n\n" \
        "[1] Written in the year 98.--_White_.\n\n[2] So says the historian.--_Gibbon_.\n\n[3] Now the Black Forest." \
        "\n\n[3] The Carpathians.--_White_.\n\n[4] There are now but five.\n"
    doc = _read(tmp_path, text)
    assert [(n.label, n.text, n.author) for n in doc.notes] == [  # type: ignore[attr-defined]
        ("1", "Written in the year 98.", "White"), ("2", "So says the historian.—Gibbon.", None),
        ("3", "Now the Black Forest.", None), ("3", "The Carpathians.", "White"), ("4", "There are now but five.", None)]


def test_notes_numbered_alone_closing_the_text_with_no_heading(tmp_path: Path) -> None:
    """Sellar's Bede cut at a chapter: 'the Apostles.(201)' glued markers and, after the text, '  201 St. Matt., ...'
    notes counting up, each after a blank line, with no FOOTNOTES heading over them."""
    text = ("    We have sent you the blessing of your protector, the blessed Peter,(201) to wit, a silver\n"
            "    looking-glass, and a gilded ivory comb,(202) which we pray your Highness to accept with all\n"
            "    the goodwill with which it is sent by us.(203)\n\n\n\n"
            "  201 St. Matt., xxviii, 20.\n\n_  202 I.e._, the reward is bestowed on that gift of faithful and\n"
            "      successful service which he might hand on in its results to posterity.\n\n  203 He means Eadbald.\n")
    doc = _read(tmp_path, text)
    assert [n.label for n in doc.notes] == ["201", "202", "203"] and all(n.refs for n in doc.notes)  # type: ignore[attr-defined]
    assert doc.notes[0].text == "St. Matt., xxviii, 20."  # type: ignore[attr-defined]


def test_numbered_paragraphs_closing_the_text_with_no_markers_are_not_notes() -> None:
    text = "Three rules were kept in the house.\n\n  1 Rise at six.\n\n  2 Pray before meals.\n\n  3 Sleep at ten.\n"
    assert bracket_markers(text) == text


def test_angled_markers_after_a_space_under_notes_to_a_named_work(tmp_path: Path) -> None:
    """An editor's Life of a poet (tuning round 22): '<1>' set off by a space, or opening a line, and the notes under
    'Notes to Life of the Poet' (mixed case, the work named), each a paragraph opening 'N. '."""
    text = ("The river ran past the walls and on to the sea, as \"the old annals\" <1> tell it.\n\n"
            "The poet lived by the river all his life, and the annals tell of\n<2> his house there.\n\n"
            "He died in the house by the river. <3>\n\n\nNotes to Life of the Poet\n\n\n"
            "1. The annals of the abbey.\n\n2. Pulled down in 1799.\n\n3. In the year 1400.\n")
    doc = _read(tmp_path, text)
    assert [(n.label, n.text) for n in doc.notes] == [  # type: ignore[attr-defined]
        ("1", "The annals of the abbey."), ("2", "Pulled down in 1799."), ("3", "In the year 1400.")]
    assert all(n.refs for n in doc.notes)  # type: ignore[attr-defined]


def test_a_works_title_after_wrote_is_no_letter(tmp_path: Path) -> None:
    """'He wrote "The Court of Love" in 1345': a title (each word capitalized but the small ones, no sentence end), not
    the words of a letter; 'he wrote "Come at once, all is lost."' still is one."""
    from producer.read.quotes import a_title

    assert a_title("The Court of Love") and a_title("The Romaunt of the Rose,")
    assert not a_title("Come at once, all is lost.") and not a_title("ALL IS LOST") and not a_title("Love")
    text = ("CHAPTER I\n\nNot in genius only, but in time too, he may claim to be the first poet of his country. "
            "He wrote \"The Court of Love\" in 1345, and \"The Romaunt of the Rose\" within the next ten years.\n")
    assert not _read(tmp_path, text).documents  # type: ignore[attr-defined]


def test_glued_stars_are_the_patterns_own_matches() -> None:
    """markers._glued_stars tries _GLUED_STAR only from lines holding a '*' and must find exactly what its finditer
    finds: a star after a word, none after an emphasis star on its line, a match that runs on past a line ending '*'."""
    from producer.read.markers import _GLUED_STAR, _glued_stars

    texts = ["Milady* was there.\n\n* A lady.", "*so* he said, and Milady*.\nNo star here.\nAnd word* again",
             "a *\nb word* c\nword*\n*", "1850* is no word\nx 12ab34* is\n", "no stars at all", "*", "*\n*\n**\nw*"]
    for text in texts:
        assert [(m.span(), m.span("mark")) for m in _glued_stars(text)] == [
            (m.span(), m.span("mark")) for m in _GLUED_STAR.finditer(text)], text  # where it starts counts too (_paired)
    assert [m.span("mark") for m in _glued_stars(texts[0])] == [(6, 7)]
