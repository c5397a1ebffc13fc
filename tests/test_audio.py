"""The audiobook with real eSpeak NG and ffmpeg: marks where the audio really is, tags, loudness, rebuilds (issue 5)."""

from __future__ import annotations

import array
import itertools
import json
import struct
import subprocess
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from mutagen.id3 import ID3
from mutagen.mp4 import MP4

from producer.audio import encode, plan
from producer.audio.audiobook import AudioResult, produce
from producer.audio.ffrun import ffprobe_json
from producer.check.audio import analyse, check
from tests.audio_fixtures import decode, lead_ms, onset_ms, speak
from tests.fixtures import small_doc, small_script

pytestmark = pytest.mark.slow
TOLERANCE_MS = 50


@dataclass
class Built:
    out: Path
    cache: Path
    clips: list[Path]
    result: AudioResult
    timeline: dict[str, Any]


@pytest.fixture(scope="module", autouse=True)
def short_sections() -> Iterator[None]:
    """Sections of 6 s, so each chapter of the small book is joined from several encoded pieces."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plan, "SECTION_MS", 6000)
        yield


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, short_sections: None) -> Built:
    root = tmp_path_factory.mktemp("audio")
    script = small_script()
    clips = speak(script, root / "clips")
    # nested_ms=0: the small book's documents last seconds, not the 30 s a real one needs for a mark
    result = produce(small_doc(), script, clips, root / "out", "test-book", {"m4b", "mp3"}, root / "cache", jobs=2,
                     nested_ms=0)
    data = json.loads((root / "out" / "test-book.timeline.json").read_text())
    return Built(root / "out", root / "cache", clips, result, data)


def _chapters(path: Path) -> list[tuple[int, int, str]]:
    data = ffprobe_json(path, "-show_chapters")
    return [(round(float(c["start_time"]) * 1000), round(float(c["end_time"]) * 1000), c["tags"]["title"]) for c in data["chapters"]]


def test_outputs_are_where_the_issue_says(built: Built) -> None:
    names = sorted(str(p.relative_to(built.out)) for p in built.out.rglob("*") if p.is_file())
    tracks = ["01-opening-credits", "02-chapter-i-bread-or-hunger", "03-chapter-ii-the-reply", "04-closing-credits"]
    assert names == sorted(["cover-audio.png", *(f"mp3/{t}.{ext}" for t in tracks for ext in ("mp3", "vtt")), "mp3/.recipes.json",
                            "test-book.chapters.vtt", "test-book.m3u8", "audiobook/test-book.m4b", "test-book.timeline.json"])


def test_m4b_marks_titles_and_starts_match_the_timeline(built: Built) -> None:
    """By default one mark per chapter and the credits: players list marks as chapters."""
    chapters = _chapters(built.out / "audiobook" / "test-book.m4b")
    expected = [(m.get("m4b_begin_ms"), m["title"]) for t in built.timeline["tracks"] for m in t["marks"] if not m["level"]]
    assert [(s, title) for s, _, title in chapters] == expected
    assert [c[2] for c in chapters] == ["Opening credits", "Chapter I: Bread; or = Hunger", "Chapter II: The Reply",
                                        "Closing credits"]
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chapters))  # contiguous, sorted, each with an end


def test_m4b_with_document_marks_asked_for(built: Built, tmp_path: Path) -> None:
    result = produce(small_doc(), small_script(), built.clips, tmp_path, "test-book", {"m4b"}, built.cache, jobs=2,
                     marks="documents", nested_ms=0)
    assert result.encoded == 0
    titles = [c[2] for c in _chapters(tmp_path / "audiobook" / "test-book.m4b")]
    assert titles == ["Opening credits", "Chapter I: Bread; or = Hunger", "Telegram: Trotsky to Lenin, 14 December 1918",
                      "Chapter II: The Reply", "Letter: Lenin to Trotsky, 23 October 1918", "Closing credits"]
    assert not any("continued" in t for t in titles)


def test_chapters_are_joined_from_several_sections(built: Built) -> None:
    pieces = [len(encode.sections(t, encode.MP3)) for t in built.result.tracks]
    assert pieces[1] >= 2 and pieces[2] >= 2


def test_sections_encoded_in_one_ffmpeg_are_the_bytes_each_alone_gives(built: Built, tmp_path: Path) -> None:
    """A cold build encodes a track's sections with one ffmpeg; a rebuild encodes the edited one alone: the cache
    must hold the same bytes either way."""
    track = built.result.tracks[2]
    for codec in (encode.AAC, encode.MP3):
        pieces = encode.sections(track, codec)
        assert len(pieces) >= 2
        together = encode._encode(pieces, tmp_path, [f"t{i}" for i in range(len(pieces))])
        alone = [encode._encode([p], tmp_path, [f"a{i}"])[0] for i, p in enumerate(pieces)]
        assert [e.path.read_bytes() for e in together] == [e.path.read_bytes() for e in alone]
        assert [e.packets for e in together] == [e.packets for e in alone]


def test_sections_are_encoded_in_batches_of_consecutive_sections_for_both_cores(built: Built) -> None:
    pieces = [(p, f"k{i}") for i, p in enumerate(p for t in built.result.tracks for c in (encode.AAC, encode.MP3)
                                                 for p in encode.sections(t, c))]
    batches = encode._batches(pieces, jobs=2)
    assert sorted(k for b in batches for _, k in b) == sorted(k for _, k in pieces)
    assert 2 <= len(batches) < len(pieces)
    for batch in batches:
        assert all(a.track is b.track and a.codec is b.codec and a.hi == b.lo for (a, _), (b, _) in itertools.pairwise(batch))


def _mp3_whole(track: Any, folder: Path) -> array.array:
    """The track's MP3 encoded in one piece, decoded: what the sections joined must sound like."""
    folder.mkdir(exist_ok=True)
    piece = encode.Piece(track, 0, len(track.items), encode.MP3)
    return decode(encode._encode([piece], folder, ["whole"])[0].path)


def test_mp3_sections_join_as_one_encode_would_sound(built: Built, tmp_path: Path) -> None:
    track = built.result.tracks[1]
    assert track.cuts
    joined, whole = decode(built.out / "mp3" / f"{track.name}.mp3"), _mp3_whole(track, tmp_path)
    assert len(joined) == len(whole) + plan.PADDING
    signal = sum(v * v for v in whole)
    noise = sum((a - b) ** 2 for a, b in zip(joined, whole, strict=False))
    assert noise < 0.01 * signal  # the same sound (two encodes differ only by the codec's own noise)


def test_an_mp3_whose_sections_do_not_join_exactly_is_encoded_whole(built: Built, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A LAME that pads differently (here: a wrong measure of it) would move later sections: the track is encoded whole."""
    monkeypatch.setattr(encode, "JOIN", plan.JOIN - plan.FRAME)
    result = produce(small_doc(), small_script(), built.clips, tmp_path / "out", "test-book", {"mp3"}, tmp_path / "cache",
                     jobs=2, nested_ms=0)
    for track in result.tracks:
        assert len(decode(tmp_path / "out" / "mp3" / f"{track.name}.mp3")) == track.samples


def test_m4b_timestamps_are_sample_positions(built: Built) -> None:
    """Every packet lasts 1024 samples, so a player seeking to a mark's time lands on its audio."""
    data = ffprobe_json(built.out / "audiobook" / "test-book.m4b", "-select_streams", "a:0", "-show_entries", "packet=pts,duration")
    packets = data["packets"]
    assert [p["pts"] for p in packets] == [1024 * i for i in range(len(packets))]
    assert {p["duration"] for p in packets} == {1024}


def test_every_utterance_starts_where_the_timeline_says(built: Built) -> None:
    """In the M4B (joined without re-encoding) and in each MP3, every utterance's sound begins within 50 ms."""
    m4b = decode(built.out / "audiobook" / "test-book.m4b")
    per_file: dict[str, Any] = {}
    leads = {p.stem: lead_ms(p) for p in built.clips}
    for u in built.timeline["utterances"]:
        expected = u["m4b_begin_ms"] + leads[u["id"]]
        assert abs(onset_ms(m4b, expected - 250) - expected) <= TOLERANCE_MS, u
        samples = per_file.setdefault(u["file"], decode(built.out / u["file"]))
        expected = u["begin_ms"] + leads[u["id"]]
        assert abs(onset_ms(samples, expected - 250) - expected) <= TOLERANCE_MS, u


def test_mark_starts_lie_at_the_real_audio(built: Built) -> None:
    """Each in-chapter mark starts where its utterance's audio begins; each chapter's mark just before its room tone."""
    m4b = decode(built.out / "audiobook" / "test-book.m4b")
    firsts: dict[int, dict[str, Any]] = {}
    for u in built.timeline["utterances"]:
        firsts.setdefault(u["m4b_begin_ms"], u)
    for start, _, title in _chapters(built.out / "audiobook" / "test-book.m4b"):
        sound = onset_ms(m4b, start)
        if start in firsts:
            assert abs(sound - (start + lead_ms(built.clips[int(firsts[start]["id"][1:]) - 1]))) <= TOLERANCE_MS, title
        else:  # a chapter start: room tone (0.5-1 s), then the title announcement
            assert 500 <= sound - start <= 1000 + TOLERANCE_MS, title


def test_durations_match_the_timeline(built: Built) -> None:
    """To the sample: an MP3 joined from sections plays the planned samples and LAME's last padding (plan.PADDING)."""
    for track, planned in zip(built.timeline["tracks"], built.result.tracks, strict=True):
        samples = len(decode(built.out / track["file"]))
        assert samples == planned.samples + (plan.PADDING if planned.cuts else 0)
        assert abs(planned.samples * 1000 / 22_050 - track["duration_ms"]) <= 1
    last = built.timeline["tracks"][-1]
    m4b_ms = len(decode(built.out / "audiobook" / "test-book.m4b")) * 1000 / 22_050
    assert abs(m4b_ms - last["m4b_end_ms"]) <= TOLERANCE_MS
    for t in built.timeline["tracks"]:
        entries = [u for u in built.timeline["utterances"] if u["track"] == t["number"]]
        assert all(0 < u["begin_ms"] < u["end_ms"] < t["duration_ms"] for u in entries)


def test_m4b_tags_and_cover(built: Built) -> None:
    tags = MP4(built.out / "audiobook" / "test-book.m4b").tags
    assert tags is not None
    assert tags["©nam"] == ["A Test Book"] and tags["©alb"] == ["A Test Book"]
    assert tags["©ART"] == ["Ann Author"] and tags["aART"] == ["Ann Author"]
    assert tags["©gen"] == ["Audiobook"] and "eSpeak NG" in tags["©cmt"][0]
    assert "©day" not in tags  # no year in a sidecar: no date at all, never the day of the build
    assert tags["©wrt"] == ["eSpeak NG synthetic voice"] and tags["stik"] == [2] and tags["desc"]
    assert tags["covr"][0][:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", bytes(tags["covr"][0])[16:24]) == (1400, 1400)  # square, as Apple Books and ACX ask
    data = (built.out / "audiobook" / "test-book.m4b").read_bytes()
    assert data[8:12] == b"M4B "
    assert b"chpl" in data and b"chap" in data  # Nero chapters and the QuickTime chapter track


def test_mp3_tags_cover_and_chapter_frames_in_start_order(built: Built) -> None:
    tracks = built.timeline["tracks"]
    for track in tracks:
        id3 = ID3(built.out / track["file"])
        assert id3.version == (2, 4, 0)
        assert str(id3["TIT2"]) == track["title"] and str(id3["TALB"]) == "A Test Book" and str(id3["TPE1"]) == "Ann Author"
        assert str(id3["TRCK"]) == f"{track['number']}/{len(tracks)}"
        assert id3.getall("APIC")[0].data[:4] == b"\x89PNG"
        assert str(id3["TCOM"]) == "eSpeak NG synthetic voice" and str(id3["TLAN"]) == "eng"
        assert str(id3.getall("COMM")[0]).startswith("Read by the eSpeak NG synthetic voice")
        chaps = id3.getall("CHAP")
        assert [c.start_time for c in chaps] == sorted(c.start_time for c in chaps)
        assert [c.start_time for c in chaps] == [m["begin_ms"] for m in track["marks"]]
        assert [str(c.sub_frames["TIT2"]) for c in chaps] == [m["title"] for m in track["marks"]]
        tocs = {t.element_id: t for t in id3.getall("CTOC")}
        nested = [c.element_id for c, m in zip(chaps, track["marks"], strict=True) if m["level"]]
        assert tocs["toc"].child_element_ids == [chaps[0].element_id, *(["documents"] if nested else [])]
        assert (tocs["documents"].child_element_ids if nested else []) == nested  # the documents under the chapter


def test_m3u8_lists_titles_and_durations(built: Built) -> None:
    lines = (built.out / "test-book.m3u8").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    entries = [(lines[i], lines[i + 1]) for i in range(len(lines)) if lines[i].startswith("#EXTINF:")]
    assert [path for _, path in entries] == [t["file"] for t in built.timeline["tracks"]]
    for (info, _), track in zip(entries, built.timeline["tracks"], strict=True):
        seconds, title = info[len("#EXTINF:"):].split(",", 1)
        assert title == track["title"] and abs(int(seconds) - track["duration_ms"] / 1000) <= 0.5


def test_loudness_meets_the_acx_bar(built: Built) -> None:
    for path in [built.out / "audiobook" / "test-book.m4b", *sorted((built.out / "mp3").glob("*.mp3"))]:
        report = analyse(path)
        assert report.problems() == [], report.summary()
        assert -23 <= report.rms_db <= -18 and report.peak_db <= -3 and report.noise_floor_db <= -60
        assert 500 <= report.head_ms <= 1000 and 1000 <= report.tail_ms <= 5000


def test_unchanged_rebuild_encodes_nothing_and_one_changed_clip_one_track(built: Built, tmp_path: Path) -> None:
    script, doc = small_script(), small_doc()
    again = produce(doc, script, built.clips, tmp_path / "out", "test-book", {"m4b", "mp3"}, built.cache, jobs=2,
                    nested_ms=0)
    assert again.encoded == 0
    assert json.loads((tmp_path / "out" / "test-book.timeline.json").read_text()) == built.timeline
    changed = list(built.clips)
    changed[-1] = tmp_path / "closing.wav"  # a different closing sentence: only the closing track changes
    with wave.open(str(built.clips[-1]), "rb") as src, wave.open(str(changed[-1]), "wb") as dst:
        dst.setparams(src.getparams())
        dst.writeframes(src.readframes(src.getnframes() // 2))
    mp3s = {p.name: p.stat().st_ino for p in (tmp_path / "out" / "mp3").glob("*.mp3")}
    partial = produce(doc, script, changed, tmp_path / "out", "test-book", {"m4b", "mp3"}, built.cache, jobs=2,
                      nested_ms=0)
    assert partial.encoded == 2  # its AAC and its MP3
    # only the closing track's MP3 file is written again; the others are kept as they are
    rewritten = {p.name for p in (tmp_path / "out" / "mp3").glob("*.mp3") if p.stat().st_ino != mp3s[p.name]}
    assert rewritten == {max(mp3s)} and len(mp3s) >= 3


def test_an_edit_inside_a_chapter_re_encodes_one_section(built: Built, tmp_path: Path) -> None:
    script, doc = small_script(), small_doc()
    changed = list(built.clips)
    index = next(i for i, u in enumerate(script) if u.id == "u012")  # inside chapter II, several sections long
    changed[index] = tmp_path / "quieter.wav"
    with wave.open(str(built.clips[index]), "rb") as src, wave.open(str(changed[index]), "wb") as dst:
        dst.setparams(src.getparams())
        frames = array.array("h", src.readframes(src.getnframes()))
        dst.writeframes(array.array("h", (v // 2 for v in frames)).tobytes())
    result = produce(doc, script, changed, tmp_path / "out", "test-book", {"m4b", "mp3"}, built.cache, jobs=2)
    assert result.encoded == 2  # the AAC section and the MP3 section holding it


def test_only_mp3_asked_writes_no_m4b(built: Built, tmp_path: Path) -> None:
    result = produce(small_doc(), small_script(), built.clips, tmp_path, "test-book", {"mp3"}, built.cache, jobs=2)
    assert result.encoded == 0 and not (tmp_path / "audiobook").exists()
    data = json.loads((tmp_path / "test-book.timeline.json").read_text())
    assert data["m4b"] is None and "m4b_begin_ms" not in data["utterances"][0]


def test_check_reports_measurements_and_passes_the_build(built: Built) -> None:
    reports = check(built.out / "mp3" / "02-chapter-i-bread-or-hunger.mp3")
    assert reports[0].errors == 0
    assert "RMS" in reports[0].tool and "peak" in reports[0].tool and "2 chapter marks" in reports[0].tool


def test_check_fails_a_file_outside_the_bar(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.mp3"  # a -31 dB RMS tone from the first sample to the last: no room tone, too quiet
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=3", "-af", "volume=-10dB",
                    "-c:a", "libmp3lame", str(quiet)], check=True, timeout=60)
    codes = {f.code: f.message for f in check(quiet)[0].findings}
    assert set(codes) == {"AUDIO-LEVEL", "AUDIO-TAGS"}  # and a bare ffmpeg MP3 names no narrator
    messages = [f.message for f in check(quiet)[0].findings]
    assert any("RMS" in m for m in messages) and any("head" in m for m in messages) and any("tail" in m for m in messages)


def test_an_m4b_left_where_older_builds_put_it_is_removed(built: Built, tmp_path: Path) -> None:
    (tmp_path / "test-book.m4b").write_bytes(b"an M4B from before the audiobook/ folder")  # library software would list it
    produce(small_doc(), small_script(), built.clips, tmp_path, "test-book", {"m4b"}, built.cache, jobs=2)
    assert not (tmp_path / "test-book.m4b").exists() and (tmp_path / "audiobook" / "test-book.m4b").is_file()
