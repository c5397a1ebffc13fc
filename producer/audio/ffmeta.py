"""FFMETADATA files: global tags and chapters in milliseconds, escaped as ffmpeg's parser needs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

_SPECIAL = ("\\", "=", ";", "#")  # backslash first, so the escapes added later are not doubled


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter mark: start and end in milliseconds, and its title."""

    start: int
    end: int
    title: str


def escape(value: str) -> str:
    """A value safe for FFMETADATA: '=', ';', '#', '\\' and newlines escaped with a backslash."""
    for ch in _SPECIAL:
        value = value.replace(ch, "\\" + ch)
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\\n")


def chapters_from_starts(starts: Sequence[tuple[int, str]], duration_ms: int) -> list[Chapter]:
    """Chapters from (start ms, title) in any order: sorted, each ending where the next starts, the last at the end.

    Starts at or past the end, or equal to a previous start, are dropped (ffmpeg rejects empty chapters).
    """
    ordered = sorted((s, t) for s, t in starts if 0 <= s < duration_ms)
    unique: list[tuple[int, str]] = []
    for start, title in ordered:
        if not unique or start > unique[-1][0]:
            unique.append((start, title))
    return [Chapter(s, unique[i + 1][0] if i + 1 < len(unique) else duration_ms, t) for i, (s, t) in enumerate(unique)]


def ffmetadata(tags: Mapping[str, str], chapters: Sequence[Chapter]) -> str:
    """The FFMETADATA1 text; TIMEBASE=1/1000 on every chapter, since ffmpeg's default unit is nanoseconds."""
    lines = [";FFMETADATA1"]
    lines += [f"{escape(k)}={escape(v)}" for k, v in tags.items() if v]
    for ch in sorted(chapters, key=lambda c: c.start):
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={ch.start}", f"END={ch.end}", f"title={escape(ch.title)}"]
    return "\n".join(lines) + "\n"
