"""The build cache's housekeeping: least-recently-used pruning, stats, and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from producer.cache import entries, parse_age, parse_size, prune, used
from producer.errors import UsageError

DAY = 86400.0


def _file(cache: Path, name: str, size: int, age_days: float, now: float) -> Path:
    path = cache / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))
    return path


@pytest.fixture()
def cache(tmp_path: Path) -> Path:
    now = time.time()
    _file(tmp_path, "clips/aa/old.wav", 400, 40, now)
    _file(tmp_path, "clips/bb/mid.wav", 300, 10, now)
    _file(tmp_path, "audio/new.m4a", 200, 1, now)
    _file(tmp_path, "loudness/now.json", 100, 0, now)
    _file(tmp_path, "clips/aa/.old.123.wav.tmp", 50, 3, now)  # a temp file of a build long gone
    _file(tmp_path, "audio/.new.456.part", 50, 0, now)  # a build writing right now
    return tmp_path


def _names(cache: Path) -> set[str]:
    return {p.name for p in cache.rglob("*") if p.is_file()}


def test_older_than_deletes_what_no_build_used_for_that_long(cache: Path) -> None:
    deleted = prune(cache, None, 30 * DAY)
    assert {e.path.name for e in deleted} == {"old.wav", ".old.123.wav.tmp"}
    assert _names(cache) == {"mid.wav", "new.m4a", "now.json", ".new.456.part"}


def test_max_size_deletes_least_recently_used_first(cache: Path) -> None:
    prune(cache, 350, None)  # 1000 bytes of entries: drop old (400), then mid (300): 300 left
    assert _names(cache) == {"new.m4a", "now.json", ".new.456.part"}
    prune(cache, 0, None)
    assert _names(cache) == {".new.456.part"}


def test_dry_run_deletes_nothing(cache: Path) -> None:
    before = _names(cache)
    assert len(prune(cache, 0, None, dry_run=True)) == 5
    assert _names(cache) == before


def test_a_cache_hit_makes_a_file_recently_used(cache: Path) -> None:
    old = cache / "clips" / "aa" / "old.wav"
    used(old)
    files, temps = entries(cache)
    assert files[-1].path == old and len(temps) == 2  # now the most recently used
    used(cache / "missing.wav")  # nothing to touch: no error


def test_sizes_and_ages_are_read_as_people_write_them() -> None:
    assert parse_size("2G") == 2 * 1024**3 and parse_size("500M") == 500 * 1024**2
    assert parse_size("1.5GB") == int(1.5 * 1024**3) and parse_size("800k") == 800 * 1024 and parse_size("1000") == 1000
    assert parse_age("30d") == 30 * DAY and parse_age("12h") == 12 * 3600 and parse_age("2w") == 14 * DAY
    for bad in ("two gigs", "-1G", ""):
        with pytest.raises(UsageError, match="--max-size"):
            parse_size(bad)
    with pytest.raises(UsageError, match="--older-than"):
        parse_age("a month")


def _producer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "producer", *args], capture_output=True, text=True, check=False)


def test_cache_commands(cache: Path) -> None:
    stats = _producer("cache", "stats", "--cache", str(cache))
    assert stats.returncode == 0
    lines = {line.split()[0]: line.split() for line in stats.stdout.splitlines()[1:]}
    assert lines["clips"][1] == "2" and lines["audio"][1] == "1" and lines["total"][1] == "4"
    result = _producer("cache", "prune", "--older-than", "30d", "--cache", str(cache))
    assert result.returncode == 0 and "deleted 2 files" in result.stderr
    bad = _producer("cache", "prune", "--cache", str(cache))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--max-size" in bad.stderr
