"""Atomic publishing: the old output survives a failure, and a killed build's temp file is cleaned up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from producer.publish import publish_bytes, publishing, staged_folder
from tests.fixtures import ROOT


def test_failure_keeps_previous_output(tmp_path: Path) -> None:
    target = tmp_path / "book.epub"
    publish_bytes(target, b"old")
    with pytest.raises(RuntimeError), publishing(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.epub"]


def test_killed_writer_leaves_nothing_after_next_publish(tmp_path: Path) -> None:
    target = tmp_path / "book.epub"
    publish_bytes(target, b"old")
    code = (
        "import os, sys; from pathlib import Path; from producer.publish import publishing\n"
        f"with publishing(Path({str(target)!r})) as tmp:\n"
        "    tmp.write_bytes(b'partial'); os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert leftovers and target.read_bytes() == b"old"
    publish_bytes(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.epub"]
    assert target.read_bytes() == b"new"


# -- a book is published whole (issue 10) ----------------------------------------------------



def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _beside(folder: Path) -> list[str]:
    """What the output folder holds apart from the books' lock files (which stay, empty)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_staged_folder_replaces_the_book_whole_or_not_at_all(tmp_path: Path) -> None:
    book = tmp_path / "book"
    with staged_folder(book) as staging:
        publish_bytes(staging / "book.m4b", b"audio 1")
        publish_bytes(staging / "book.timeline.json", b"timeline 1")
    with pytest.raises(RuntimeError), staged_folder(book) as staging:
        publish_bytes(staging / "book.m4b", b"audio 2")
        raise RuntimeError("failed before the timeline")
    assert _files(book) == {"book.m4b": b"audio 1", "book.timeline.json": b"timeline 1"}
    with staged_folder(book) as staging:  # an EPUB-only build keeps the audio
        publish_bytes(staging / "book.epub", b"epub")
    assert _files(book) == {"book.epub": b"epub", "book.m4b": b"audio 1", "book.timeline.json": b"timeline 1"}
    assert _beside(tmp_path) == ["book"]


def test_two_builds_of_one_book_take_turns(tmp_path: Path) -> None:
    """The second build stages only after the first is published, so it keeps the first's outputs."""
    book = tmp_path / "book"
    code = (f"import sys, time; from pathlib import Path; from producer.publish import staged_folder, publish_bytes\n"
            f"with staged_folder(Path({str(book)!r})) as s:\n"
            f"    print('staged', flush=True); publish_bytes(s / sys.argv[1], b'x'); time.sleep(float(sys.argv[2]))\n")
    first = subprocess.Popen([sys.executable, "-c", code, "book.epub", "1.5"], stdout=subprocess.PIPE, text=True)
    assert first.stdout is not None and first.stdout.readline() == "staged\n"
    second = subprocess.run([sys.executable, "-c", code, "book.m4b", "0"], capture_output=True, text=True, check=True)
    assert first.wait() == 0 and second.stdout == "staged\n"
    assert _files(book) == {"book.epub": b"x", "book.m4b": b"x"}  # without the lock, the second would drop the EPUB


def test_leftovers_of_killed_builds_are_cleared_and_a_half_swapped_book_restored(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    pid = dead.stdout.strip()
    (tmp_path / f".book.staging.{pid}").mkdir()
    previous = tmp_path / f".book.previous.{pid}"  # killed between its two renames: no book folder at all
    previous.mkdir()
    (previous / "book.m4b").write_bytes(b"audio 1")
    with staged_folder(tmp_path / "book") as staging:
        assert (staging / "book.m4b").read_bytes() == b"audio 1"
    assert _beside(tmp_path) == ["book"]
    assert _files(tmp_path / "book") == {"book.m4b": b"audio 1"}


@pytest.mark.slow
def test_kill_after_the_m4b_and_before_the_timeline_leaves_the_previous_book(tmp_path: Path) -> None:
    text = tmp_path / "book.txt"  # a short chapter: the kill needs a build, not a long one
    text.write_text((ROOT / "tests" / "cases" / "setoff-letter" / "input.txt").read_text(encoding="utf-8"), encoding="utf-8")
    argv = [sys.executable, "-m", "producer", "--quiet", "build", str(text), "--formats", "m4b,mp3",
            "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    subprocess.run(argv, check=True, capture_output=True, timeout=600)
    book = tmp_path / "out" / "book"
    before = _files(book)
    text.write_text(text.read_text(encoding="utf-8").replace(".", ". Indeed.", 1), encoding="utf-8")
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    published = book / "audiobook" / "book.m4b"
    killed = False
    while proc.poll() is None:
        staged = [p for p in (tmp_path / "out").glob(".book.staging.*/audiobook/book.m4b") if p.stat().st_ino != published.stat().st_ino]
        if staged and not any((tmp_path / "out").glob(".book.staging.*/book.timeline.json.*")):
            proc.kill()  # SIGKILL: the new M4B is written, its timeline is not
            killed = True
            break
    proc.wait(timeout=60)
    assert killed, "the build ended before the kill; the test could not place it"
    assert _files(book) == before  # the previous book, whole: its M4B with its own timeline
    subprocess.run(argv, check=True, capture_output=True, timeout=600)
    assert _beside(tmp_path / "out") == ["book"]
    after = _files(book)
    assert after["audiobook/book.m4b"] != before["audiobook/book.m4b"] and after["book.timeline.json"] != before["book.timeline.json"]
