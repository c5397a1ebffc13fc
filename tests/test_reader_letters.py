"""Issue 11: books whose divisions are letters (a collection of letters, an epistolary novel), on real excerpts."""

from __future__ import annotations

from producer.read import load
from producer.read.letters import letter_heading
from tests.fixtures import ROOT

BEETHOVEN = ROOT / "tests" / "corpus" / "gutenberg" / "beethoven-letters-2-opening-8.txt"


def test_letter_headings() -> None:
    assert letter_heading("To Steiner & Co") == (None, "Steiner")
    assert letter_heading("Mrs. Johnson to Lady Susan") == ("Mrs. Johnson", "Lady Susan")
    assert letter_heading("To the Same") == (None, "the Same")
    assert letter_heading("The Arrival") is None and letter_heading(None) is None
    assert letter_heading("Journey from the Coast to the Interior") is None


def test_each_numbered_letter_is_a_division_and_a_letter() -> None:
    doc = load(BEETHOVEN)
    numbers = [ch.number for ch in doc.chapters]
    assert numbers[:4] == ["216", "217", "218", "219"]
    letters = [d for d in doc.documents if d.kind == "letter" and d.shape == "block"]
    assert len(letters) >= 6
    # (the first division also holds the book's front matter before it: contents lists are not recognized yet)
    second = next(d for d in letters if d.chapter == doc.chapters[1].id)
    assert second.recipients == ("Steiner",) and second.text.startswith("The Lieutenant-General is requested")
    assert second.signature == "THE G----S." and second.senders == ()  # a signature that names nobody: no sender
    # a letter's own text only: the division's heading is not in it
    assert all(not d.text.upper().startswith("TO ") for d in letters)
    assert any(d.signature and "BEETHOVEN" in d.signature for d in letters)
