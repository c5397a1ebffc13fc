"""The build cache: one folder of content-addressed files (speech clips, encoded audio).

Every file is named by a hash of everything that determines its bytes, so a hit is always
right, concurrent builds can share the folder, and deleting it only costs time. A hit touches
the file's mtime, so pruning removes the least recently used first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from producer.errors import UsageError


def resolve_cache_dir(option: Path | None) -> Path:
    """The cache folder: `--cache` > $PRODUCER_CACHE > ./.cache/producer."""
    if option is not None:
        return Path(option)
    env = os.environ.get("PRODUCER_CACHE")
    if env:
        return Path(env)
    return Path.cwd() / ".cache" / "producer"


def content_key(material: dict[str, Any]) -> str:
    """The hex SHA-256 of `material` as canonical JSON."""
    return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def damaged(path: Path, what: str) -> None:
    """Say that a cache entry was found damaged (cut short by a crash, or edited) and is being made again."""
    print(f"producer: warning: {path}: damaged {what} in the cache; made again", file=sys.stderr)


def used(*paths: Path) -> None:
    """Mark cache files as just used (their mtime), for least-recently-used pruning; a read-only cache is left as it is."""
    for path in paths:
        with contextlib.suppress(OSError):
            os.utime(path)


@dataclass(frozen=True, slots=True)
class Entry:
    """One file of the cache."""

    path: Path
    kind: str  # its top folder: clips, audio, loudness
    size: int
    mtime: float


# a temporary file a build is writing (".KEY.PID.part", ".KEY.xxx.wav.tmp"); older than this, its build is gone
TEMP_GRACE_S = 24 * 3600


def entries(cache_dir: Path) -> tuple[list[Entry], list[Entry]]:
    """(the cache's files, its temporary files), each sorted least recently used first."""
    files: list[Entry] = []
    temps: list[Entry] = []
    if not cache_dir.is_dir():
        return files, temps
    for root, _dirs, names in os.walk(cache_dir):
        kind = Path(root).relative_to(cache_dir).parts[0] if Path(root) != cache_dir else "."
        for name in names:
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            (temps if name.startswith(".") else files).append(Entry(path, kind, st.st_size, st.st_mtime))
    files.sort(key=lambda e: e.mtime)
    temps.sort(key=lambda e: e.mtime)
    return files, temps


def prune(cache_dir: Path, max_size: int | None, older_than_s: float | None, now: float | None = None,
          dry_run: bool = False) -> list[Entry]:
    """Delete files unused for `older_than_s`, then the least recently used until the cache holds at most `max_size`
    bytes, and temporary files left by builds gone for a day; returns what was (with `dry_run`, would be) deleted."""
    now = time.time() if now is None else now
    files, temps = entries(cache_dir)
    doomed = [e for e in temps if now - e.mtime > TEMP_GRACE_S]
    keep = files
    if older_than_s is not None:
        doomed += [e for e in keep if now - e.mtime > older_than_s]
        keep = [e for e in keep if now - e.mtime <= older_than_s]
    if max_size is not None:
        total = sum(e.size for e in keep)
        for oldest in keep:  # least recently used first
            if total <= max_size:
                break
            doomed.append(oldest)
            total -= oldest.size
    if dry_run:
        return doomed
    deleted = []
    for entry in doomed:
        with contextlib.suppress(FileNotFoundError):
            entry.path.unlink()
            deleted.append(entry)
    return deleted


_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}
_AGE_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_size(text: str) -> int:
    """'2G', '500M', '1.5GB', '800k', '1000' (bytes) -> bytes; raises UsageError."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", text.lower())
    if not m:
        raise UsageError(f"--max-size {text}: give a size such as 500M, 2G or 1.5G")
    return int(float(m.group(1)) * _SIZE_UNITS[m.group(2)])


def parse_age(text: str) -> float:
    """'30d', '12h', '2w', '90m', '45s' -> seconds; raises UsageError."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text.lower())
    if not m:
        raise UsageError(f"--older-than {text}: give an age such as 30d, 12h or 2w")
    return float(m.group(1)) * _AGE_UNITS[m.group(2)]
