"""Reliability, hostile text and faults of the machine (issue 15, cases 5, 8, 12, 16-18, 22): escaped everywhere,
nothing empty, the tools checked first, a full or read-only disk named, a damaged cache rebuilt, builds reproducible."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp4 import MP4

from tests.reliability.common import TEXT, producer, snapshot

pytestmark = pytest.mark.slow

TITLE = "Tom & Jerry <\"Best\"> 'Ever'"
AUTHOR = "O'Brien & Sons"


def test_5_markup_characters_are_escaped_in_every_format_and_spoken_as_words(tmp_path: Path) -> None:
    text = ("CHAPTER I. Tom & Jerry at <home>\n\n"
            "Smith & Sons said the price was < 5 and > 2, \"quoted\" and 'single' too; wine, oil, &c.\n")
    source = tmp_path / "book.txt"
    source.write_text(text, encoding="utf-8")
    source.with_suffix(".toml").write_text(f"title = {json.dumps(TITLE)}\nauthor = {json.dumps(AUTHOR)}\n", encoding="utf-8")
    out = tmp_path / "out"
    run = producer("build", "--out", str(out), str(source))
    assert run.code == 0, run.err
    check = producer("check", str(out), timeout=900)  # EPUBCheck and Ace on both EPUBs, DAISY, audio, every word heard
    assert check.code == 0, check.out + check.err
    book = out / "book"
    assert MP4(book / "audiobook" / "book.m4b").tags["©alb"] == [TITLE]
    mp3 = ID3(next((book / "mp3").glob("02-*.mp3")))
    assert str(mp3["TALB"]) == TITLE and str(mp3["TPE1"]) == AUTHOR
    assert "Tom &amp; Jerry at &lt;home&gt;" in (book / "book.chapters.vtt").read_text(encoding="utf-8")
    spoken = " ".join(u["spoken"] for u in json.loads((book / "book.timeline.json").read_text())["utterances"])
    for words in ("Smith and Sons", "less than 5", "greater than 2", "et cetera"):
        assert words in spoken, spoken


def test_8_a_paragraph_of_punctuation_only_makes_no_empty_clip_or_par(tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT + "\n. . . — ! ? …\n\n* * *\n\nThey crossed at midnight.\n", encoding="utf-8")
    out = tmp_path / "out"
    run = producer("build", "--formats", "mp3,readaloud", "--out", str(out), str(source))
    assert run.code == 0, run.err
    timeline = json.loads((out / "book" / "book.timeline.json").read_text())
    assert all(u["end_ms"] > u["begin_ms"] for u in timeline["utterances"]), timeline["utterances"]
    import zipfile

    with zipfile.ZipFile(out / "book" / "book-readaloud.epub") as z:
        for name in (n for n in z.namelist() if n.endswith(".smil")):
            smil = z.read(name).decode("utf-8")
            assert "<par" in smil and 'clipBegin="00:00:00.000" clipEnd="00:00:00.000"' not in smil


def test_12_a_missing_tool_is_named_before_any_work_and_formats_without_it_still_build(tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    bare = tmp_path / "bin"  # a PATH without ffmpeg: only what the command itself needs
    bare.mkdir()
    env = {"PATH": str(bare)}
    run = producer("build", "--formats", "epub,m4b", "--out", str(tmp_path / "out"), str(source), env=env)
    assert run.code == 3 and len(run.errors) == 1 and "ffmpeg" in run.errors[0] and "apt-get install" in run.errors[0]
    assert not (tmp_path / "out").exists()
    run = producer("build", "--formats", "epub", "--out", str(tmp_path / "out"), str(source), env=env)
    assert run.code == 0 and (tmp_path / "out" / "book" / "book.epub").is_file()
    check = producer("check", str(tmp_path / "out" / "book" / "book.epub"), env=env)  # EPUBCheck needs Java
    assert check.code == 3 and len(check.errors) == 1 and "java" in check.errors[0]
    assert "apt-get install default-jre-headless" in check.errors[0]


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (needs root and mount, as in CI here; skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_16_a_full_disk_and_a_read_only_folder_are_named_and_the_old_book_kept(small_disk: Path, tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = small_disk / "out"
    cache = ["--cache", str(tmp_path / "cache")]
    assert producer("build", "--formats", "epub,mp3", "--out", str(out), *cache, str(source)).code == 0
    before = snapshot(out / "book")
    source.write_text(TEXT + "\n" + "They crossed at midnight, and the river was high and cold.\n\n" * 300, encoding="utf-8")
    full = producer("--quiet", "build", "--formats", "epub,mp3", "--out", str(out), *cache, str(source))
    assert full.code != 0 and len(full.errors) == 1 and str(out) in full.errors[0] and "No space left" in full.errors[0]
    if "ffmpeg failed" in full.errors[0]:  # case 14: a failing ffmpeg is named with its command line and stderr's end
        assert "; command: " in full.errors[0] and " -f mp3 " in full.errors[0]
    assert snapshot(out / "book") == before
    assert [p.name for p in out.iterdir() if ".staging." in p.name or ".previous." in p.name] == []
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    source.write_text(TEXT, encoding="utf-8")
    read_only = producer("build", "--formats", "epub", "--out", str(out), str(source))
    assert read_only.code == 2 and len(read_only.errors) == 1
    assert str(out) in read_only.errors[0] and "Read-only file system" in read_only.errors[0]
    assert snapshot(out / "book") == before


def test_17_a_damaged_cache_entry_is_made_again_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    args = ["build", "--formats", "mp3", "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache"), str(source)]
    assert producer(*args).code == 0
    records = sorted((tmp_path / "cache" / "audio").glob("*.json"))
    records[0].write_text("{not json")  # an encode's record garbled
    again = producer(*args)
    assert again.code == 0, again.err
    assert f"producer: warning: {records[0]}: damaged encoded audio record in the cache; made again" in again.err
    assert json.loads(records[0].read_text())["packets"] > 0
    clips = sorted((tmp_path / "cache" / "clips").rglob("*.wav"))
    with wave.open(str(clips[0]), "rb") as w:
        frames = w.getnframes()
    clips[0].write_bytes(clips[0].read_bytes()[: 44 + frames])  # a clip cut short, as a crash mid-copy would leave it
    again = producer(*args)
    assert again.code == 0, again.err
    assert f"producer: warning: {clips[0]}: damaged speech clip in the cache; made again" in again.err
    with wave.open(str(clips[0]), "rb") as w:  # made again, whole (eSpeak NG's length depends ~50 ms on its history)
        assert abs(w.getnframes() - frames) < 2205 and clips[0].stat().st_size == 44 + 2 * w.getnframes()


def test_18_the_same_input_twice_gives_the_same_epub_and_timeline(tmp_path: Path) -> None:
    """From the cache (a rebuild), and cold with the same --jobs: the length of an eSpeak NG clip depends (up to about
    50 ms) on what its process spoke before, so each synthesis process is dealt a fixed sequence of clips."""
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")

    def built(out: str, cache: str, *extra: str) -> tuple[bytes, object]:
        run = producer("build", "--formats", "epub,mp3", "--out", str(tmp_path / out), "--cache", str(tmp_path / cache),
                       *extra, str(source))
        assert run.code == 0, run.err
        book = tmp_path / out / "book"
        return (book / "book.epub").read_bytes(), json.loads((book / "book.timeline.json").read_text())

    first = built("a", "cache")
    assert built("b", "cache") == first  # the same again, from the cache
    assert built("c", "cold1", "--jobs", "1") == built("d", "cold2", "--jobs", "1")  # cold, one process each
    assert built("e", "cold3", "--jobs", "2") == built("f", "cold4", "--jobs", "2")  # cold, two processes each


def test_22_a_read_only_cache_stops_the_build_naming_it(small_disk: Path, tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    run = producer("build", "--formats", "mp3", "--out", str(tmp_path / "out"), "--cache", str(small_disk / "cache"), str(source))
    assert run.code == 2 and len(run.errors) == 1 and str(small_disk / "cache") in run.errors[0]
    assert "--cache" in run.errors[0]
    assert not (tmp_path / "out" / "book").exists()


def test_22_a_cache_on_a_full_disk_stops_the_build_naming_it(small_disk: Path, tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    run = producer("build", "--formats", "mp3", "--out", str(tmp_path / "out"), "--cache", str(small_disk / "cache"), str(source))
    assert run.code == 2 and len(run.errors) == 1, run.err
    assert str(small_disk / "cache") in run.errors[0] and "disk is full" in run.errors[0] and "--cache" in run.errors[0]
    assert not (tmp_path / "out" / "book").exists()
