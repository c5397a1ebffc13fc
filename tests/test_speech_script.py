"""The speech script (issue 4): fidelity to the source, voices per role, notes modes, announcements, normalization."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from producer.cli import main
from producer.model import Document
from producer.read import load
from producer.speech.lexicon import load_lexicon
from producer.speech.normalize import cardinal, normalize, ordinal, roman_value, spoken_date, year
from producer.speech.script import Utterance, build_script, chapter_announcement
from producer.speech.sentences import split_sentences
from producer.speech.voices import load_profile

sys.path.insert(0, str(Path(__file__).parent))
from speech_fixtures import sample_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "texts" / "my-life-ch36.txt"
CASES = sorted((ROOT / "tests" / "cases").glob("*/input.txt"))


def squash(text: str) -> str:
    """Text with all whitespace removed: utterances are stripped spans, so spaces at joins may differ."""
    return re.sub(r"\s+", "", text)


def assert_all_spoken(doc: Document, utterances: tuple[Utterance, ...], notes: str) -> None:
    """The blocks' text is the narration's, in order; each read note's text is its utterances' (markers excluded)."""
    body = "".join(u.text for u in utterances if u.note is None)
    assert squash(body) == squash("".join(b.text for ch in doc.chapters for b in ch.blocks))
    for note in doc.notes:
        spoken = "".join(u.text for u in utterances if u.note == note.id)
        assert squash(spoken) == ("" if notes == "skip" else squash(note.text + (note.author or ""))), note.id


@pytest.fixture(scope="module")
def profile():
    return load_profile("default")


@pytest.fixture(scope="module")
def sample_doc() -> Document:
    if not SAMPLE.is_file():
        pytest.skip("the sample text is not in this checkout")
    return load(SAMPLE)


# -- fidelity ------------------------------------------------------------------------------


@pytest.mark.parametrize("notes", ["after-paragraph", "end-of-chapter", "skip"])
def test_fixture_text_is_all_spoken(profile, notes):
    doc = sample_document()
    assert_all_spoken(doc, build_script(doc, profile, notes), notes)


@pytest.mark.parametrize("notes", ["after-paragraph", "end-of-chapter"])
def test_sample_text_is_all_spoken(profile, sample_doc, notes):
    assert_all_spoken(sample_doc, build_script(sample_doc, profile, notes), notes)


def test_sample_end_of_chapter_is_in_source_order(profile, sample_doc):
    utterances = build_script(sample_doc, profile, "end-of-chapter")
    source = "".join(b.text for ch in sample_doc.chapters for b in ch.blocks) + "".join(n.text + (n.author or "") for n in sample_doc.notes)
    assert squash("".join(u.text for u in utterances)) == squash(source)


@pytest.mark.parametrize("case", CASES, ids=[c.parent.name for c in CASES])
def test_cases_text_is_all_spoken(profile, case):
    doc = load(case)
    for notes in ("after-paragraph", "end-of-chapter"):
        utterances = build_script(doc, profile, notes)
        assert_all_spoken(doc, utterances, notes)
        assert all(u.spoken.strip() for u in utterances)


def test_markers_are_never_spoken(profile, sample_doc):
    for u in build_script(sample_doc, profile):
        assert not re.search(r"\[\d+\]|\{\d+\}", u.spoken), u


# -- voices and structure ------------------------------------------------------------------


def test_documents_inline_and_block_in_document_voice(profile):
    utterances = build_script(sample_document(), profile)
    by_doc = {u.document: u for u in utterances if u.role == "document"}
    assert set(by_doc) == {"d1", "d2"}
    assert all(u.role in ("document", "announcement") for u in utterances if u.document)
    assert not any(u.role == "document" and u.document is None for u in utterances)


def test_block_document_header_and_end(profile):
    spoken = [u.spoken for u in build_script(sample_document(), profile) if u.document == "d2" and u.role == "announcement"]
    assert spoken[0] == "Direct wire from Trotsky to Lenin and [[svjErdl'0f]]."  # its dateline follows
    assert spoken[-1] == "End of direct wire."


def test_inline_document_has_no_header(profile):
    assert not [u for u in build_script(sample_document(), profile) if u.document == "d1" and u.role == "announcement"]


def test_opening_and_closing_credits(profile):
    utterances = build_script(sample_document(), profile)
    opening = [u.spoken for u in utterances if u.section == "opening"]
    assert opening[:4] == ["My Life.", "An Attempt at an Autobiography.", "By Leon Trotsky.", "Read by the eSpeak NG synthetic voice."]
    assert len(opening) == 5 and opening[4].count(".") == 1
    assert [u.spoken for u in utterances if u.section == "closing"] == ["End of chapter thirty-six of My Life."]
    complete = build_script(replace(sample_document(), meta=replace(sample_document().meta, complete=True)), profile)
    assert [u.spoken for u in complete if u.section == "closing"] == ["The End."]
    assert all(u.role == "announcement" and u.text == "" for u in utterances if u.section in ("opening", "closing"))


def test_chapter_begins_with_its_title(profile):
    first = next(u for u in build_script(sample_document(), profile) if u.section == "ch36")
    assert (first.role, first.spoken, first.chapter) == ("announcement", "Chapter thirty-six. The Military Opposition.", "ch36")


def test_sample_chapter_announcement(sample_doc):
    assert chapter_announcement(sample_doc.chapters[0]) == "Chapter thirty-six. The Military Opposition."


def test_notes_after_paragraph(profile):
    utterances = build_script(sample_document(), profile, "after-paragraph")
    roles = [(u.role, u.spoken) for u in utterances]
    start = roles.index(("note", "Note 1."))
    assert utterances[start - 1].block == "b1"  # right after the paragraph with the marker
    assert roles[start + 4] == ("note", "End of note.")
    # note 2's marker is inside the block document: it is read after "End of direct wire."
    n2 = roles.index(("note", "Note 2."))
    assert roles[n2 - 1] == ("announcement", "End of direct wire.")


def test_notes_end_of_chapter_and_skip(profile):
    utterances = build_script(sample_document(), profile, "end-of-chapter")
    notes = [i for i, u in enumerate(utterances) if u.note]
    last_block = max(i for i, u in enumerate(utterances) if u.block and u.block.startswith("b"))
    assert min(notes) > last_block
    assert not [u for u in build_script(sample_document(), profile, "skip") if u.note]


def test_notes_default_comes_from_profile(profile):
    skip = replace(profile, notes="skip")
    assert not [u for u in build_script(sample_document(), skip) if u.note]


def test_pauses(profile):
    utterances = build_script(sample_document(), profile)
    p = profile.pauses
    assert utterances[-1].pause_ms == p.chapter
    last_of_chapter = [u for u in utterances if u.section == "ch36"][-1]
    assert last_of_chapter.pause_ms == p.chapter
    before_header = utterances[[u.spoken for u in utterances].index("End of note.", 0) - 1]
    assert before_header.pause_ms >= p.sentence
    assert all(u.pause_ms >= 0 for u in utterances)


def test_ids_unique_and_json_shape(profile, tmp_path, capsys):
    utterances = build_script(sample_document(), profile)
    assert len({u.id for u in utterances}) == len(utterances)
    source = tmp_path / "doc.json"
    from producer.read.jsonform import dumps

    source.write_text(dumps(sample_document()), encoding="utf-8")
    assert main(["--quiet", "script", str(source), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = {"id", "chapter", "block", "document", "note", "role", "text", "spoken", "pause_ms"}
    assert keys <= set(data["utterances"][0])
    assert len(data["utterances"]) == len(utterances)
    assert main(["--quiet", "script", str(source), "--notes", "skip"]) == 0
    assert "Chapter thirty-six. The Military Opposition." in capsys.readouterr().out


# -- normalization and the lexicon ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, spoken",
    [
        ("On March 22, 1919, I said", "On March the twenty-second, nineteen nineteen, I said"),
        ("on 4 October 1918", "on the fourth of October nineteen eighteen"),
        ("from 1918–1921", "from nineteen eighteen to nineteen twenty-one"),
        ("Gen. Smith and Col. Brown", "General Smith and Colonel Brown"),
        ("— L.T.", "L. T."),
        ("A. B. SMITH", "A. B. Smith"),
        ("Chapter XXXVI begins", "Chapter thirty-six begins"),
        ("Nicholas II abdicated", "Nicholas the Second abdicated"),
        ("I went — and then… nothing", "I went, and then, nothing"),
        ("“the ‘middle’ peasant”", "the middle peasant"),
        ("Child’s play", "Child’s play"),
        ("the 1,000 men", "the 1,000 men"),
        ("the years 1914–17 are a blank", "the years nineteen fourteen to seventeen are a blank"),
        ("Stalin, Voroshilov and Co. means", "Stalin, Voroshilov and company means"),
    ],
)
def test_normalize(text, spoken):
    assert normalize(text) == spoken


def test_number_words():
    assert [cardinal(n) for n in (0, 13, 36, 101, 1918)] == ["zero", "thirteen", "thirty-six", "one hundred and one", "one thousand nine hundred and eighteen"]
    assert [ordinal(n) for n in (1, 2, 3, 4, 12, 20, 22, 36)] == ["first", "second", "third", "fourth", "twelfth", "twentieth", "twenty-second", "thirty-sixth"]
    assert [year(y) for y in (1918, 1900, 1905, 2005)] == ["nineteen eighteen", "nineteen hundred", "nineteen oh five", "two thousand and five"]
    assert roman_value("XXXVI") == 36 and roman_value("IIII") is None
    assert spoken_date("1918-10-04") == "October the fourth, nineteen eighteen"
    assert spoken_date("1918-08") == "August nineteen eighteen"


def test_lexicon_alias_changes_spoken(profile):
    lexicon = load_lexicon(profile.lexicon)
    assert lexicon.apply("Voroshilov and the GPU.") == "vorra-sheelof and the gay pay oo."
    assert lexicon.apply("Voroshilov and the GPU.", phonemes=True) == "[[v0r@S'i:l@f]] and the gay pay oo."
    assert lexicon.apply("Voroshilovsky") == "Voroshilovsky"  # whole words only
    # a possessive stays one word: inside the phonemes, or after the respelling
    assert lexicon.apply("Voroshilov’s men", phonemes=True) == "[[v0r@S'i:l@fs]] men"
    assert lexicon.apply("Voroshilov's men") == "vorra-sheelof's men"
    utterances = build_script(sample_document(), profile)
    assert any("[[v0r@S'i:l@f]]" in u.spoken and "Voroshilov" in u.text for u in utterances)
    # an engine without phoneme input gets the respelling
    other = replace(profile, roles={r: replace(v, engine="sapi5") for r, v in profile.roles.items()})
    assert any("vorra-sheelof" in u.spoken for u in build_script(sample_document(), other))


def test_lexicon_phonemes_used_where_engine_allows(tmp_path):
    pls = tmp_path / "x.pls"
    pls.write_text(
        '<?xml version="1.0"?><lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">'
        '<lexeme><grapheme>Izyum</grapheme><phoneme>iˈzʲum</phoneme><phoneme alphabet="x-espeak">i:z\'ju:m</phoneme><alias>eezyoom</alias></lexeme>'
        "</lexicon>",
        encoding="utf-8",
    )
    lexicon = load_lexicon(pls)
    assert lexicon.apply("At Izyum.", phonemes=True) == "At [[i:z'ju:m]]."
    assert lexicon.apply("At Izyum.", phonemes=False) == "At eezyoom."


def test_bad_lexicon_names_file_and_line(tmp_path):
    from producer.errors import ContentError

    pls = tmp_path / "bad.pls"
    pls.write_text('<lexicon xmlns="http://www.w3.org/2005/01/pronunciation-lexicon">\n<lexeme>\n</lexicon>', encoding="utf-8")
    with pytest.raises(ContentError, match=r"bad.pls:3"):
        load_lexicon(pls)


def test_repo_and_packaged_lexicon_parse_and_match():
    repo, packaged = ROOT / "voices" / "lexicon" / "en.pls", ROOT / "producer" / "data" / "voices" / "lexicon" / "en.pls"
    assert repo.read_bytes() == packaged.read_bytes()
    words = {g for lx in load_lexicon(repo).lexemes for g in lx.graphemes}
    assert {"Tsaritsin", "Voroshilov", "Svyerdlov", "Pyatakov", "Menzhinsky", "Che-Ka", "GPU", "Vperyodovists"} <= words


@given(st.lists(st.sampled_from(list("ab C.D!? “”’—…\n") + ["Gen.", "L.T.", "1918", " A. "]), max_size=80).map("".join))
@settings(max_examples=200, deadline=None)
def test_sentence_split_loses_nothing(text):
    spans = split_sentences(text)
    assert squash("".join(spans)) == squash(text)
    assert all(s == s.strip() and s for s in spans)


def test_sentence_split_keeps_abbreviations():
    assert split_sentences("Gen. Smith met A. B. Jones. Then L.T. left. It ended, etc. In short, no.") == [
        "Gen. Smith met A. B. Jones.",
        "Then L.T. left.",
        "It ended, etc.",
        "In short, no.",
    ]


def test_very_long_sentence_is_split():
    text = ", ".join(["word " * 20] * 30) + "."
    spans = split_sentences(text)
    assert len(spans) > 1 and all(len(s) <= 1500 for s in spans)
    assert squash("".join(spans)) == squash(text)


_WORDS = ["Lenin", "“", "”", "\n\n“", "telegraphed", "Voroshilov:", "“It", "is", "impossible.”", "[1]", "1918,", "Gen.", "L.T.", "—", "…", "TROTSKY", "\n\n", "CHAPTER XXXVI", "\n\n1. A note. — Trans.", "said", "“Yes,”", "March 22,"]


@given(st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join))
@settings(max_examples=60, deadline=None)
def test_any_text_the_reader_accepts_is_spoken_whole(text):
    from producer.errors import ContentError
    from producer.read.plaintext import read_text

    try:
        doc = read_text(text, "random.txt")
    except ContentError:
        return  # the reader refused it with a message; nothing to speak
    profile = load_profile("default")
    for notes in ("after-paragraph", "end-of-chapter", "skip"):
        utterances = build_script(doc, profile, notes)
        assert_all_spoken(doc, utterances, notes)
        assert all(u.spoken.strip() and u.pause_ms >= 0 for u in utterances)


def test_header_leaves_place_and_date_to_a_dateline(profile):
    doc = sample_document()
    with_dateline = replace(doc, chapters=(replace(doc.chapters[0], blocks=tuple(
        replace(b, kind="dateline") if b.id == "b3" else b for b in doc.chapters[0].blocks)),))
    without = replace(doc, chapters=(replace(doc.chapters[0], blocks=tuple(
        replace(b, kind="document") if b.id == "b3" else b for b in doc.chapters[0].blocks)),))
    header = next(u.spoken for u in build_script(with_dateline, profile) if u.document == "d2" and u.role == "announcement")
    assert header == "Direct wire from Trotsky to Lenin and [[svjErdl'0f]]."
    header = next(u.spoken for u in build_script(without, profile) if u.document == "d2" and u.role == "announcement")
    assert header.endswith("Tambov, October the fourth, nineteen eighteen.")
