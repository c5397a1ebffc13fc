"""The Makefile's batch builds: each book rebuilt only when its inputs change, `make -j2` safe.

The repository's own Makefile runs on a shelf of two small books in a temporary folder
(TEXTS_DIR, OUT), with a wrapper around producer that records when each build ran.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow

BOOK_A = """CHAPTER I. The Road

The carts left before dawn, and by noon the column had reached the river.

“We cross tonight,” said the captain. Nobody answered him.
"""
BOOK_B = """CHAPTER I. The Letter

She read the letter twice before she folded it.

Then she put it in the drawer and went down to supper.
"""


@pytest.fixture()
def shelf(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "road.txt").write_text(BOOK_A, encoding="utf-8")
    (texts / "letter.txt").write_text(BOOK_B, encoding="utf-8")
    # records each producer build: start, end, argv
    wrapper = tmp_path / "producer"
    wrapper.write_text(
        "#!/bin/sh\n"
        f"start=$(date +%s.%N); {ROOT / '.venv' / 'bin' / 'producer'} \"$@\"; rc=$?\n"
        f"echo \"$start $(date +%s.%N) $*\" >> {tmp_path / 'runs.log'}; exit $rc\n")
    wrapper.chmod(0o755)
    return tmp_path


def make(shelf: Path, *goals: str, jobs: int = 1) -> list[str]:
    """Run the Makefile on the shelf; returns the producer commands it ran (as logged by the wrapper)."""
    log = shelf / "runs.log"
    before = log.read_text().splitlines() if log.exists() else []
    env = {**os.environ, "PRODUCER_CACHE": str(shelf / "cache")}
    result = subprocess.run(
        ["make", "-C", str(ROOT), f"-j{jobs}", f"TEXTS_DIR={shelf / 'texts'}", f"OUT={shelf / 'out'}",
         f"PRODUCER={shelf / 'producer'}", *goals],
        check=False, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    after = log.read_text().splitlines() if log.exists() else []
    return after[len(before):]


def builds(runs: list[str]) -> list[str]:
    """The sources of the `producer build` runs among `runs`."""
    return sorted(Path(r.split()[-1]).name for r in runs if " build " in f" {r} ")


def test_make_builds_each_book_once_and_only_what_changed(shelf: Path) -> None:
    runs = make(shelf, jobs=2)
    assert builds(runs) == ["letter.txt", "road.txt"]
    starts_ends = [tuple(map(float, r.split()[:2])) for r in runs if " build " in f" {r} "]
    (s1, e1), (s2, e2) = starts_ends
    assert s1 < e2 and s2 < e1, "with -j2 the two books build at the same time"
    for slug in ("road", "letter"):
        book = shelf / "out" / slug
        for name in (f"{slug}.epub", f"audiobook/{slug}.m4b", f"{slug}-readaloud.epub", "daisy/ncc.html", "web/index.html"):
            assert (book / name).is_file(), name

    assert builds(make(shelf)) == []  # nothing changed: no build at all

    time.sleep(1.1)  # mtimes in whole seconds on some file systems
    for name in ("road.txt", "letter.txt"):
        (shelf / "texts" / name).touch()
    runs = make(shelf, jobs=2)  # both touched: both rebuilt, at the same time
    assert builds(runs) == ["letter.txt", "road.txt"]
    (s1, e1), (s2, e2) = [tuple(map(float, r.split()[:2])) for r in runs if " build " in f" {r} "]
    assert s1 < e2 and s2 < e1
    assert builds(make(shelf)) == []

    time.sleep(1.1)  # mtimes in whole seconds on some file systems
    (shelf / "texts" / "road.txt").write_text(BOOK_A + "\nThey crossed at midnight.\n", encoding="utf-8")
    assert builds(make(shelf)) == ["road.txt"]

    (shelf / "texts" / "letter.toml").write_text('title = "The Letter"\n', encoding="utf-8")  # a new sidecar
    assert builds(make(shelf)) == ["letter.txt"]
    assert builds(make(shelf)) == []

    runs = make(shelf, "epub")  # one kind: already made by the full build, so nothing
    assert builds(runs) == []
    (shelf / "texts" / "road.txt").touch()
    runs = make(shelf, "epub")
    assert builds(runs) == ["road.txt"] and "--formats epub" in runs[0]

    (shelf / "out" / "letter" / ".made-all").unlink()  # as if the book's folder were deleted
    assert builds(make(shelf, f"{shelf / 'out'}/letter")) == ["letter.txt"]


def test_make_check_validates_what_make_built(shelf: Path) -> None:
    make(shelf, "epub", jobs=2)
    env = {**os.environ, "PRODUCER_CACHE": str(shelf / "cache")}
    result = subprocess.run(["make", "-C", str(ROOT), f"OUT={shelf / 'out'}", "check"],
                            check=False, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_deps_lists_text_sidecar_profiles_and_lexicons(tmp_path: Path) -> None:
    (tmp_path / "book.txt").write_text(BOOK_A, encoding="utf-8")
    (tmp_path / "book.toml").write_text('title = "Road"\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "producer", "deps", "--voice", "direct", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    lines = dict(line.split(" := ", 1) for line in result.stdout.splitlines() if " := " in line)
    assert lines["SOURCE.book"] == str(tmp_path / "book.txt")
    deps = lines["DEPS.book"].split()
    assert deps[:2] == [str(tmp_path / "book.txt"), str(tmp_path / "book.toml")]
    assert "voices/direct.toml" in deps and "voices/default.toml" in deps  # direct extends default
    assert "voices/lexicon/en.pls" in deps


def test_deps_refuses_names_make_cannot_take(tmp_path: Path) -> None:
    (tmp_path / "my book.txt").write_text(BOOK_A, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "producer", "deps", str(tmp_path)],
                            check=False, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "my book.txt" in result.stderr and "rename it" in result.stderr
