"""`producer build` for the audio formats: a missing ffmpeg, and the sample chapter end to end (issue 5)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp4 import MP4

from producer.audio.ffrun import ffprobe_json
from producer.check.audio import analyse
from producer.describe import document_mark
from producer.read import load
from tests.conftest import SampleBuild
from tests.fixtures import ROOT, SAMPLE

pytestmark = pytest.mark.slow


def _path_without_ffmpeg(tmp_path: Path) -> str:
    """A PATH holding every tool the build may use except ffmpeg and ffprobe."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("espeak-ng", "java", "node", "sox"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    return str(bin_dir)


def _producer(args: list[str], cwd: Path, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "producer", "--quiet", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


def test_missing_ffmpeg_exits_3_with_the_install_command(tmp_path: Path) -> None:
    proc = _producer(["build", str(SAMPLE), "--formats", "m4b,mp3", "--out", str(tmp_path / "out")], tmp_path,
                     _path_without_ffmpeg(tmp_path))
    assert proc.returncode == 3, proc.stderr
    assert "ffmpeg" in proc.stderr and "apt-get install ffmpeg" in proc.stderr
    assert not list((tmp_path / "out").rglob("*.m4b"))


@pytest.mark.skipif(importlib.util.find_spec("producer.epub.writer") is None, reason="the EPUB writer has not landed yet")
def test_epub_build_needs_no_ffmpeg(tmp_path: Path) -> None:
    proc = _producer(["build", str(SAMPLE), "--formats", "epub", "--out", str(tmp_path / "out")], tmp_path,
                     _path_without_ffmpeg(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert list((tmp_path / "out").rglob("*.epub"))


def test_sample_chapter_end_to_end(sample_audio: SampleBuild) -> None:
    folder = sample_audio.folder
    timeline = json.loads((folder / "my-life-ch36.timeline.json").read_text())
    assert [t["title"] for t in timeline["tracks"]] == [
        "Opening credits", "Chapter XXXVI: The Military Opposition", "Closing credits"]
    chapters = ffprobe_json(folder / "audiobook" / "my-life-ch36.m4b", "-show_chapters")["chapters"]
    marks = [m for t in timeline["tracks"] for m in t["marks"]]
    top = [m for m in marks if not m["level"]]
    assert [c["tags"]["title"] for c in chapters] == [m["title"] for m in top] == [
        "Opening credits", "Chapter XXXVI: The Military Opposition", "Closing credits"]
    assert [round(float(c["start_time"]) * 1000) for c in chapters] == [m["m4b_begin_ms"] for m in top]
    doc = load(SAMPLE)
    titles = {m["title"] for m in marks}
    nested = {m["title"] for m in marks if m["level"]}  # in the MP3, under the chapter: the long documents
    assert nested and nested <= {document_mark(d) for d in doc.documents}
    spans = {d["id"]: d["end_ms"] - d["begin_ms"] for d in timeline["documents"]}
    assert len(nested) == sum(ms >= 30_000 for ms in spans.values())
    tags = MP4(folder / "audiobook" / "my-life-ch36.m4b").tags
    assert tags["©wrt"] == ["eSpeak NG synthetic voice"] and tags["stik"] == [2] and tags["©day"] == ["1930"]
    assert tags["©cmt"] and tags["©nam"] == ["My Life, Chapter XXXVI: The Military Opposition"]
    assert [bytes(v).decode() for v in tags["----:com.apple.iTunes:SUBTITLE"]] == ["An Attempt at an Autobiography"]
    stream = ffprobe_json(folder / "audiobook" / "my-life-ch36.m4b", "-select_streams", "a:0", "-show_entries", "stream_tags=language")
    assert stream["streams"][0]["tags"]["language"] == "eng"
    mp3 = ID3(folder / "mp3" / "02-chapter-xxxvi-the-military-opposition.mp3")
    assert str(mp3["TDRC"]) == "1930" and str(mp3["TLAN"]) == "eng" and mp3.getall("COMM") and str(mp3["TCOM"])
    assert not any(t.strip().rstrip("0123456789IVXLC ").endswith("Chapter") for t in titles)
    assert {d["id"] for d in timeline["documents"]} == {d.id for d in doc.documents}
    for path in [folder / "audiobook" / "my-life-ch36.m4b", *sorted((folder / "mp3").glob("*.mp3"))]:
        report = analyse(path)
        assert report.problems() == [], report.summary()
    encoded = {p.name: p.stat().st_ino for p in (sample_audio.cache / "audio").iterdir()}
    again = subprocess.run(sample_audio.argv, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert again.returncode == 0, again.stderr
    # an unchanged rebuild re-encodes nothing: the encode cache holds the same files (a new encode is a new file,
    # renamed into place; a hit only touches the file's time, for pruning)
    assert {p.name: p.stat().st_ino for p in (sample_audio.cache / "audio").iterdir()} == encoded
    assert json.loads((folder / "my-life-ch36.timeline.json").read_text()) == timeline
