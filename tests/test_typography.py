"""Issue 13: the typography pass on the model, before every writer (ellipses, dashes, signatures), and the source
slips it reports but leaves alone."""

from __future__ import annotations

import re

import pytest

from producer.model import Signature, Text
from producer.read import load
from producer.read.hygiene import repair_quotes
from producer.read.typography import name_case, typeset
from tests.fixtures import CASES, SAMPLE


def test_ellipses_and_dashes_are_set_as_a_book_sets_them() -> None:
    assert typeset("near Kharkoff ... I consider") == "near Kharkoff\u200a… I consider"  # a hair space before it
    assert typeset("The end . . . of it") == "The end\u200a… of it"
    assert typeset("he said... and") == "he said\u200a… and" and typeset("... and so") == "… and so"
    assert typeset("Corpus Christi--Mexican territory") == "Corpus Christi—Mexican territory"
    assert typeset("the only reason – I see no other – is") == "the only reason—I see no other—is"
    assert typeset("from 1918 – 1921 and 1919 — 1920") == "from 1918–1921 and 1919–1920"
    assert typeset("— Yes, he said.") == "— Yes, he said."  # a dialogue dash opening a paragraph keeps its place
    assert typeset("plain text, no change") == "plain text, no change"


def test_signatures_in_capitals_become_names() -> None:
    assert name_case("TROTSKY.") == "Trotsky."
    assert name_case("U. S. GRANT, Lieutenant-General.") == "U. S. Grant, Lieutenant-General."
    assert name_case("GEORGE III") == "George III" and name_case("O’NEIL") == "O’Neil"


@pytest.mark.parametrize("source", [SAMPLE, *CASES], ids=["sample", *(c.parent.name for c in CASES)])
def test_no_three_dots_spaced_dash_or_backward_quote_is_left(source) -> None:  # type: ignore[no-untyped-def]
    doc = load(source)
    texts = [b.text for ch in doc.chapters for b in ch.blocks] + [n.text for n in doc.notes]
    for text in texts:
        assert "..." not in text and not re.search(r"\S\s[–—]\s\S", text), text[:120]
        assert repair_quotes(text) == (text, []), text[:120]
    for ch in doc.chapters:
        for block in ch.blocks:
            signing = block.kind == "signature"
            for inline in block.inlines:
                signing = signing or isinstance(inline, Signature)
                if signing and isinstance(inline, Text):
                    assert not re.search(r"\b[A-Z]{4,}\b", inline.text), inline.text  # names, not capitals


def test_source_slips_are_reported_with_their_place_and_left_alone() -> None:
    doc = load(SAMPLE)
    slips = [(d.line, d.column) for d in doc.diagnostics if d.code == "source-stop"]
    assert slips == [(68, 426), (68, 484)]  # "in the. Donyetzk", "against Denikin The idea"
    text = " ".join(b.text for ch in doc.chapters for b in ch.blocks)
    assert "in the. Donyetzk" in text and "Denikin The idea" in text


def test_straight_marks_are_set_as_a_book_sets_them() -> None:
    """Little Women and most Gutenberg texts quote with straight marks: each double one opens or closes as the reader
    took it (one rule for both), even across a document's start and a note marker; a single one is an apostrophe
    unless it opens a quotation after a space."""
    from producer.read.plaintext import read_text
    from producer.read.typography import curled

    assert curled('"Christmas won\'t be Christmas," grumbled Jo.') == "“Christmas won’t be Christmas,” grumbled Jo."
    assert curled("the boys' hats; 'tis true; He said 'yes' in '98.") == "the boys’ hats; ’tis true; He said ‘yes’ in ’98."
    doc = read_text("CHAPTER I. HARPER'S FERRY\n\n" 'I telegraphed to Grant: "Hold the bridge at all costs."[1] He did.\n\n[1] Sent at noon.\n',
                    "book.txt", None)
    block = doc.chapters[0].blocks[0]
    assert doc.chapters[0].title == "Harper’s Ferry"
    assert block.text == "I telegraphed to Grant: “Hold the bridge at all costs.” He did."
    assert [getattr(i, "mark", None) for i in block.inlines if type(i).__name__ in ("DocStart", "DocEnd")] == ["“", "”"]
