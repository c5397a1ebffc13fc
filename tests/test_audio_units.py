"""Fast tests of the audio writer's pure parts: FFMETADATA escaping, chapter lists, track planning, timeline."""

from __future__ import annotations

import itertools
import wave
from dataclasses import replace
from pathlib import Path

import pytest

from producer.audio import plan
from producer.audio.ffmeta import Chapter, chapters_from_starts, escape, ffmetadata
from producer.audio.plan import FRAME, HEAD_MS, SAMPLE_RATE, ms, plan_tracks, samples_of
from producer.audio.timeline import timeline
from producer.errors import ContentError
from producer.speech.script import Utterance
from tests.fixtures import _u, small_doc, small_script


def _silent_clips(folder: Path, count: int, frames: int = 11_025) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"{i}.wav"
        with wave.open(str(path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(bytes(2 * frames))
        paths.append(path)
    return paths


def test_escape_special_characters() -> None:
    assert escape("a=b;c#d\\e\nf") == "a\\=b\\;c\\#d\\\\e\\\nf"


def test_ffmetadata_has_timebase_and_end_for_every_chapter() -> None:
    text = ffmetadata({"title": "T=1"}, [Chapter(1000, 2000, "Two"), Chapter(0, 1000, "One")])
    assert text.startswith(";FFMETADATA1\ntitle=T\\=1\n")
    assert text.count("TIMEBASE=1/1000") == 2 and text.count("END=") == 2
    assert text.index("title=One") < text.index("title=Two")


def test_chapters_sorted_deduplicated_and_last_clamped() -> None:
    chapters = chapters_from_starts([(500, "b"), (0, "a"), (500, "c"), (9000, "late")], 2000)
    assert chapters == [Chapter(0, 500, "a"), Chapter(500, 2000, "b")]


def test_plan_places_clips_head_pauses_and_tail(tmp_path: Path) -> None:
    script = small_script()
    clips = _silent_clips(tmp_path, len(script))
    tracks = plan_tracks(small_doc(), script, clips, tail_ms=2000, nested_ms=0)
    assert [t.title for t in tracks] == ["Opening credits", "Chapter I: Bread; or = Hunger", "Chapter II: The Reply", "Closing credits"]
    assert [t.name for t in tracks][1] == "02-chapter-i-bread-or-hunger"
    first = tracks[1]
    assert first.items[0].begin == samples_of(HEAD_MS)
    for a, b in zip(first.items, first.items[1:]):
        assert b.begin == a.end + a.pause == a.end + samples_of(a.utterance.pause_ms)
    assert samples_of(2000) <= first.items[-1].pause < samples_of(2000) + FRAME  # the tail ends on an MP3 frame
    assert all(t.samples % FRAME == 0 for t in tracks)
    assert [(m.title, m.level) for m in first.marks] == [("Chapter I: Bread; or = Hunger", 0),
                                                          ("Telegram: Trotsky to Lenin, 14 December 1918", 1)]
    assert [m.title for m in tracks[2].marks][1] == "Letter: Lenin to Trotsky, 23 October 1918"
    # with the real bar, a document of a few seconds gets no mark
    assert all(len(t.marks) == 1 for t in plan_tracks(small_doc(), script, clips, tail_ms=2000))


def test_sections_start_on_a_frame_and_an_edit_moves_no_later_section(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Cuts fall in an utterance's pause, stretched to the next MP3 frame; lengthening a clip in the first section
    leaves every later section as it was (its clips, pauses and length), so only the first is encoded again."""
    monkeypatch.setattr(plan, "SECTION_MS", 1000)
    script = small_script()
    clips = _silent_clips(tmp_path, len(script))
    track = next(t for t in plan_tracks(small_doc(), script, clips, tail_ms=2000) if t.section == "c2")
    assert len(track.cuts) >= 2
    for i in track.cuts:
        assert track.items[i].begin % FRAME == 0
        assert track.items[i - 1].pause >= plan.JOIN

    def sections(t: plan.Track) -> list[list[tuple[int, int, int]]]:
        bounds = [0, *t.cuts, len(t.items)]
        return [[(p.begin - t.items[lo].begin, p.frames, p.pause) for p in t.items[lo:hi]]
                for lo, hi in itertools.pairwise(bounds)]

    longer = list(clips)
    (tmp_path / "longer").mkdir()
    longer[script.index(track.items[1].utterance)] = _silent_clips(tmp_path / "longer", 1, frames=11_025 + 777)[0]
    edited = next(t for t in plan_tracks(small_doc(), script, longer, tail_ms=2000) if t.section == "c2")
    assert edited.cuts == track.cuts
    assert sections(edited)[0] != sections(track)[0] and sections(edited)[1:] == sections(track)[1:]


def test_an_edit_moves_no_cut_after_the_next_anchor() -> None:
    """Cuts are chosen by the text (anchors), and lengths are counted from the anchor before: an edit that makes a
    sentence longer or shorter, or changes its words, leaves every cut after the first anchor that follows it where
    it was, so a rebuild re-encodes the edit's section and at most the next. (With cuts counted from the cut before,
    an edit could move every later cut.)"""
    script = [_u(i, "c1", f"p{i // 4}", f"Sentence {i} of a long chapter.") for i in range(600)]
    frames = [SAMPLE_RATE * (3 + (i * 7) % 9) for i in range(len(script))]  # 3 to 11 s, pauses of 0.5 s

    def cuts(utterances: list[Utterance], lengths: list[int]) -> list[int]:
        return plan._place([(u, Path("x.wav"), n) for u, n in zip(utterances, lengths, strict=True)], 0, 0, {})[1]

    before = cuts(script, frames)
    minutes = sum(frames) / SAMPLE_RATE / 60  # about 70; sections of about SECTION_MS (half of it to twice it)
    assert minutes * 60_000 / (2 * plan.SECTION_MS) <= len(before) <= minutes * 60_000 / (plan.SECTION_MS / 2)
    for edited in range(1, 590, 7):
        reworded = list(script)
        reworded[edited] = replace(script[edited], text=script[edited].text + " Fixed.")
        for change in (15 * SAMPLE_RATE, 5 * SAMPLE_RATE, -2 * SAMPLE_RATE, 0):
            lengths = list(frames)
            lengths[edited] += change
            after = cuts(reworded if change == 0 else script, lengths)
            later = next(i for i in range(edited + 1, len(script)) if plan.anchor(script[i]))
            earlier = max((i for i in range(edited) if plan.anchor(script[i])), default=0)
            assert [c for c in after if c > later] == [c for c in before if c > later], (edited, change)
            # and none before the anchor before it: only the sections between those two anchors are encoded again
            assert all(earlier <= c <= later for c in set(after) ^ set(before)), (edited, change)


def test_long_chapter_is_split_at_paragraph_boundaries(tmp_path: Path) -> None:
    script = small_script()
    clips = _silent_clips(tmp_path, len(script), frames=SAMPLE_RATE * 2)
    tracks = plan_tracks(small_doc(), script, clips, tail_ms=1000, max_track_ms=9000)
    chapter_two = [t for t in tracks if t.section == "c2"]
    assert len(chapter_two) > 1
    assert chapter_two[1].title == "Chapter II: The Reply, part 2"
    for track in chapter_two:
        blocks = [p.utterance.block for p in track.items]
        # a block (and the letter d2) never straddles two parts
        assert all(b is None or b not in [q.utterance.block for t in chapter_two if t is not track for q in t.items] for b in blocks)
        assert ms(track.samples) <= 9000 or len({p.utterance.block for p in track.items}) == 1


def test_bad_clip_names_the_utterance(tmp_path: Path) -> None:
    script = small_script()
    clips = _silent_clips(tmp_path, len(script))
    clips[3].write_bytes(b"not a wav")
    with pytest.raises(ContentError, match="u004"):
        plan_tracks(small_doc(), script, clips, tail_ms=2000)


def test_timeline_lists_every_utterance_block_document_and_note(tmp_path: Path) -> None:
    script = small_script()
    tracks = plan_tracks(small_doc(), script, _silent_clips(tmp_path, len(script)), tail_ms=2000)
    data = timeline("A Test Book", tracks, [f"mp3/{t.name}.mp3" for t in tracks], None, None, {})
    assert [u["id"] for u in data["utterances"]] == [u.id for u in script]
    assert {b["id"] for b in data["blocks"]} == {"c1-p1", "c1-p2", "c2-p1", "c2-p2", "c2-p3"}
    assert [d["id"] for d in data["documents"]] == ["d1", "d2"] and [n["id"] for n in data["notes"]] == ["n1"]
    letter = data["documents"][1]
    assert letter["file"] == "mp3/03-chapter-ii-the-reply.mp3" and letter["begin_ms"] < letter["end_ms"]


def test_nothing_to_speak_is_a_content_error() -> None:
    with pytest.raises(ContentError, match="nothing to speak"):
        plan_tracks(small_doc(), (), [], tail_ms=2000)


def test_issue11_a_chapter_without_a_title_is_rightly_marked_by_its_number() -> None:
    from producer.check.audio import AudioReport, _mark_problems

    report = AudioReport(Path("x.mp3"), 10_000, -20.0, -4.0, float("-inf"), 750, 2000,
                         ((0, "Opening credits"), (5000, "Chapter 47"), (9000, "")))
    assert _mark_problems(report, titled=set()) == ["chapter mark at 9000 ms is titled ''; give it a title that says what it is"]
    # a chapter that has a title in the source but is marked by its number alone has lost it
    assert "titled 'Chapter 47'" in _mark_problems(report, titled={"Chapter 47"})[0]
