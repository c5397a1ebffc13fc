"""Reliability (issue 15, case 15): a build killed with SIGKILL at random moments, each time followed by a rerun.

After every kill the previous book is whole and consistent (its audio as long as its timeline says, no partial
file); every rerun completes (from the cache) and its outputs are sound. `make test` kills 5 times;
`make reliability` 20 (RELIABILITY_KILLS).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from tests.reliability.common import PRODUCER, TEXT, producer

pytestmark = pytest.mark.slow
KILLS = int(os.environ.get("RELIABILITY_KILLS", "5"))
FORMATS = "epub,m4b,mp3,readaloud"


def _seconds(path: Path) -> float:
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                           capture_output=True, text=True, check=True)
    return float(probe.stdout)


def assert_whole(book: Path) -> None:
    """The book's files agree with each other: every MP3 and the M4B as long as the timeline says, zips intact."""
    names = [p.name for p in book.rglob("*") if p.is_file()]
    assert not [n for n in names if n.endswith(".part") or ".staging." in n], names
    timeline = json.loads((book / "book.timeline.json").read_text())
    for track in timeline["tracks"]:
        assert abs(_seconds(book / track["file"]) * 1000 - track["duration_ms"]) < 80, track["file"]
    m4b_end = max(t["m4b_end_ms"] for t in timeline["tracks"])  # the M4B's own layout (joined AAC keeps each priming)
    assert abs(_seconds(book / "audiobook" / "book.m4b") * 1000 - m4b_end) < 80
    for epub in ("book.epub", "book-readaloud.epub"):
        with zipfile.ZipFile(book / epub) as z:
            assert z.testzip() is None


def test_15_kills_at_random_moments_never_leave_a_broken_book(tmp_path: Path) -> None:
    source, out, cache = tmp_path / "book.txt", tmp_path / "out", tmp_path / "cache"
    argv = [PRODUCER, "--quiet", "build", "--formats", FORMATS, "--out", str(out), "--cache", str(cache), str(source)]
    source.write_text(TEXT, encoding="utf-8")
    started = time.monotonic()
    assert producer(*argv[1:]).code == 0
    span = time.monotonic() - started
    assert_whole(out / "book")
    rng = random.Random(15)
    for k in range(KILLS):
        # new words each time, so the killed build has speech, encoding, packaging and publishing to do
        source.write_text(TEXT + f"\nThey crossed the river for the {k + 1}th time, at {k + 2} o’clock.\n", encoding="utf-8")
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                                env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
        time.sleep(rng.uniform(0.05, span))
        os.killpg(proc.pid, signal.SIGKILL)  # the build, its speech workers and its ffmpeg, all at once
        proc.wait()
        assert_whole(out / "book")  # the previous book, or the new one if it was published before the kill
        rerun = producer(*argv[1:])
        assert rerun.code == 0, rerun.err
        assert_whole(out / "book")
        timeline = json.loads((out / "book" / "book.timeline.json").read_text())
        assert any(f"{k + 1}th time" in u.get("text", "") for u in timeline["utterances"])
    assert sorted(p.name for p in out.iterdir() if not p.name.endswith(".lock")) == ["book"]
    check = producer("check", str(out / "book"), timeout=900)
    assert check.code == 0, check.out + check.err
