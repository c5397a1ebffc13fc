"""The speech script (issue 4): fidelity to the source, voices per role, notes modes, announcements, normalization."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from producer.cli import main
from producer.model import Block, DocEnd, DocStart, Document, NoteRef, Text
from producer.read import load
from producer.speech.announce import already_said
from producer.speech.lexicon import lexicon_for, load_lexicon
from producer.speech.prosody import for_the_ear
from producer.speech.script import Utterance, build_script, chapter_announcement, speakable
from producer.speech.sentences import split_sentences
from producer.speech.voices import load_profile
from tests.fixtures import CASES, ROOT, SAMPLE, sample_document


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
    assert [u.spoken for u in complete if u.section == "closing"] == [
        "The End. This was My Life, by Leon Trotsky. Read by the eSpeak NG synthetic voice."]
    assert all(u.role == "announcement" and u.text == "" for u in utterances if u.section in ("opening", "closing"))


def test_chapter_begins_with_its_title(profile):
    first = next(u for u in build_script(sample_document(), profile) if u.section == "ch36")
    assert (first.role, first.spoken, first.chapter) == ("announcement", "Chapter thirty-six. The Military Opposition.", "ch36")


def test_sample_chapter_announcement(sample_doc):
    assert chapter_announcement(sample_doc.chapters[0]) == "Chapter thirty-six. The Military Opposition."


def test_notes_after_paragraph(profile):
    utterances = build_script(sample_document(), profile, "after-paragraph")
    roles = [(u.role, u.spoken) for u in utterances]
    # each note says which words it belongs to, since it is heard away from them
    start = roles.index(("note", 'Note 1, to "That was all".'))
    assert utterances[start - 1].block == "b1"  # right after the paragraph with the marker
    assert roles[start + 3] == ("note", "Leon Trotsky.")  # "L.T.": the author's initials
    assert roles[start + 4] == ("note", "End of note.")
    # note 2's marker is inside the block document: it is read after "End of direct wire."
    n2 = roles.index(("note", "Note 2, to \" [[ts@r'i:tsIn]] is in danger\"."))
    assert roles[n2 - 1] == ("announcement", "End of direct wire.")
    assert ("note", "The translator.") in roles[n2:]  # "Trans."


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


PLS_HEAD = ('<?xml version="1.0"?><lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" '
            'alphabet="ipa" xml:lang="{lang}">')


def write_pls(path: Path, lang: str, *entries: tuple[str, str, str]) -> Path:
    lexemes = "".join(f'<lexeme><grapheme>{g}</grapheme><alias>{a}</alias><phoneme alphabet="x-espeak">{p}</phoneme></lexeme>'
                      for g, a, p in entries)
    path.write_text(PLS_HEAD.format(lang=lang) + lexemes + "</lexicon>", encoding="utf-8")
    return path


def test_lexicon_alias_changes_spoken(profile, tmp_path):
    lexicon = load_lexicon(write_pls(tmp_path / "en.pls", "en", ("Voroshilov", "vorra-sheelof", "v0r@S'i:l@f")))
    assert lexicon.apply("Voroshilov and the GPU.") == "vorra-sheelof and the GPU."
    assert lexicon.apply("Voroshilov and the GPU.", phonemes=True) == "[[v0r@S'i:l@f]] and the GPU."
    assert lexicon.apply("Voroshilovsky") == "Voroshilovsky"  # whole words only
    # a possessive stays one word: inside the phonemes, or after the respelling
    assert lexicon.apply("Voroshilov’s men", phonemes=True) == "[[v0r@S'i:l@fs]] men"
    assert lexicon.apply("Voroshilov's men") == "vorra-sheelof's men"
    profile = replace(profile, lexicons=(lexicon.path,))
    utterances = build_script(sample_document(), profile)
    assert any("[[v0r@S'i:l@f]]" in u.spoken and "Voroshilov" in u.text for u in utterances)
    # an engine without phoneme input gets the respelling
    other = replace(profile, roles={r: replace(v, engine="sapi5") for r, v in profile.roles.items()})
    assert any("vorra-sheelof" in u.spoken for u in build_script(sample_document(), other))


def test_issue9_phonemes_never_follow_punctuation(profile, tmp_path):
    """eSpeak NG silently drops '([[...]])': every phoneme string the script gives it stands after a space."""
    pls = write_pls(tmp_path / "en.pls", "en", ("Voroshilov", "vorra-sheelof", "v0r@S'i:l@f"), ("Tsaritsin", "tsa-reetsin", "ts@r'i:tsIn"))
    lexicon = lexicon_for((pls,), "en-us")
    said = speakable("I leave him (Voroshilov) as commander of the Tenth (Tsaritsin) army; “Voroshilov” said", lexicon, True)
    assert said == "I leave him ( [[v0r@S'i:l@f]]) as commander of the Tenth ( [[ts@r'i:tsIn]]) army; \" [[v0r@S'i:l@f]] \" said"
    assert not re.search(r"[^\s]\[\[", said)


def test_issue9_lexicon_per_language(tmp_path):
    """A word in en-GB.pls overrides en.pls for British voices only; en.pls applies to every English voice."""
    en = write_pls(tmp_path / "en.pls", "en", ("Mezhlauk", "mezh-lah-ook", "mEZl'A:Uk"), ("Kazan", "ka-zan", "k@z'an"))
    gb = write_pls(tmp_path / "en-GB.pls", "en-GB", ("Mezhlauk", "mezh-lowk", "mEZl'aUk"))
    assert lexicon_for((en, gb), "en-us+m3").apply("Mezhlauk of Kazan", phonemes=True) == "[[mEZl'A:Uk]] of [[k@z'an]]"
    assert lexicon_for((en, gb), "en-gb+f2").apply("Mezhlauk of Kazan", phonemes=True) == "[[mEZl'aUk]] of [[k@z'an]]"
    assert lexicon_for((en, gb), "en-gb-x-rp+m1").apply("Mezhlauk", phonemes=True) == "[[mEZl'aUk]]"
    assert lexicon_for((gb,), "gmw/en-us").apply("Mezhlauk", phonemes=True) == "Mezhlauk"
    assert lexicon_for((en, gb), "fr").apply("Mezhlauk") == "Mezhlauk"


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


def test_repo_and_packaged_lexicons_parse_and_match():
    for name in ("en.pls", "en-GB.pls"):
        repo, packaged = ROOT / "voices" / "lexicon" / name, ROOT / "producer" / "data" / "voices" / "lexicon" / name
        assert repo.read_bytes() == packaged.read_bytes()
        assert all(lx.alias for lx in load_lexicon(repo).lexemes), name  # engines without phoneme input need one
    assert len(load_lexicon(ROOT / "voices" / "lexicon" / "en.pls").lexemes) >= 20


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
    assert header.endswith(", October the fourth, nineteen eighteen.") and header.count(".") == 2


@pytest.mark.parametrize(
    "text, said",
    [
        ("I went — and then… nothing", "I went, and then ... nothing"),  # an ellipsis is a pause, never a full stop
        ("of our enemy ..., of how to build", "of our enemy ... of how to build"),
        ("the correctness of his view ...", "the correctness of his view ..."),
        ("the “specialists,” including", 'the "specialists," including'),  # a short pause either side, same voice
        ("the ‘middle’ peasant", 'the "middle" peasant'),
        ("Child’s play", "Child’s play"),  # an apostrophe is not a quotation mark
        ("“Wait!” he said", 'Wait!" he said'),  # an opening mark would only delay the first word
        ("that the Central Committee “", "that the Central Committee"),
        ("him ([[v0r@S'i:l@f]]) as", "him ( [[v0r@S'i:l@f]]) as"),  # eSpeak NG drops "([[...]])"
        ("until [['u:nSlIxt]], toward", "until [['u:nSlIxt]], toward"),  # stress marks are not quotation marks
        ("war – a fight", "war, a fight"),
        ("took 'em up, mornin' all", "took em up, mornin all"),  # an apostrophe is never a pause
        ("a few minutes' conversation", "a few minutes conversation"),
        ("Herr ---- has not; the ----shire", "Herr blank has not; the blank shire"),  # a withheld name is said
    ],
)
def test_issue9_punctuation_for_the_ear(text, said):
    assert for_the_ear(text) == said


def test_issue9_sample_script_keeps_ellipses_and_repeats_no_header(profile, sample_doc):
    utterances = build_script(sample_doc, profile)
    for u in utterances:
        if "..." in u.text or "…" in u.text:
            assert "..." in u.spoken and ". ," not in u.spoken, u
    # a header is spoken only where the narration just before did not say the same
    for i, u in enumerate(utterances):
        if u.role == "announcement" and u.document and not u.spoken.startswith("End of"):
            before = [v.text for v in utterances[max(0, i - 4):i] if v.role == "narration"]
            assert not already_said(sample_doc.document(u.document), before, sample_doc.meta.author), u
    said = {u.document for u in utterances if u.role == "announcement" and u.document and not u.spoken.startswith("End of")}
    blocks = {d.id for d in sample_doc.documents if d.shape == "block"}
    assert said < blocks  # the sample introduces some of its letters fully: those start with the change of voice
    ends = {u.document for u in utterances if u.role == "announcement" and u.document and u.spoken.startswith("End of")}
    assert ends == blocks  # every block document is always closed


def test_issue9_inline_quotation_mid_sentence_runs_on(profile):
    """'...that the Central Committee “decide...”': no full stop's fall, no pause of its own at the join."""
    b = Block("b1", "paragraph", "I asked that the Committee “decide the matter at once,” I wrote, and left.",
              (Text("I asked that the Committee "), DocStart("d1", "“"), Text("decide the matter at once,"), DocEnd("d1", "”"),
               Text(" I wrote, and left.")))
    doc = replace(sample_document(), chapters=(replace(sample_document().chapters[0], blocks=(b,)),), notes=(),
                  documents=(replace(sample_document().documents[0], blocks=("b1",)),))
    body = [u for u in build_script(doc, profile) if u.block == "b1"]
    assert [(u.role, u.spoken, u.pause_ms) for u in body[:2]] == [
        ("narration", "I asked that the Committee,", 0), ("document", "decide the matter at once,", 0)]
    assert body[2].spoken == "I wrote, and left." and body[2].pause_ms >= profile.pauses.paragraph


def test_issue9_note_cue_at_the_marker(profile):
    b = Block("b1", "paragraph", "Three big victories were won there.", (Text("Three big victories"), NoteRef("n1"), Text(" were won there.")))
    doc = replace(sample_document(), chapters=(replace(sample_document().chapters[0], blocks=(b,)),), documents=(),
                  notes=(replace(sample_document().notes[0], refs=("b1",)),))
    plain = [(u.role, u.spoken) for u in build_script(doc, profile) if u.section == "ch36"]
    assert ("narration", "Three big victories were won there.") in plain
    assert ("note", 'Note 1, to "Three big victories".') in plain
    cued = [(u.role, u.spoken, u.pause_ms) for u in build_script(doc, replace(profile, note_cue=True)) if u.section == "ch36"]
    assert cued[1:4] == [("narration", "Three big victories,", 0), ("note", "note 1,", 0), ("narration", "were won there.", 700)]


def test_a_field_guessed_from_the_narrative_is_kept_in_the_json_but_neither_spoken_nor_printed(sample_doc) -> None:
    """The memoirist taken as the recipient because the story has him there ('recipients': 'narrative') is a guess: the
    JSON keeps it for a person to check; the spoken header, the EPUB's header and the chapter mark say only what the
    text states."""
    from producer.describe import document_header, document_mark, stated
    from producer.speech.announce import document_header as spoken_header

    qd = replace(sample_doc.documents[0], senders=("Lenin",), recipients=("Trotsky",), place="Moscow", date="1918-10-04",
                 evidence=(("senders", "introduction"), ("recipients", "narrative"), ("place", "narrative"), ("date", "dateline")))
    assert stated(qd).recipients == () and stated(qd).place is None and stated(qd).senders == ("Lenin",)
    assert "Trotsky" not in document_header(qd) and "Moscow" not in document_header(qd) and "from Lenin" in document_header(qd)
    assert "Trotsky" not in document_mark(qd) and "4 October 1918" in document_mark(qd)
    assert "Trotsky" not in spoken_header(qd, False) and "Lenin" in spoken_header(qd, False)
    assert qd.recipients == ("Trotsky",)  # the document itself, and so its JSON, keeps the value
