"""`<slug>.timeline.json`: where every utterance, block, document and note is, in the files as encoded.

Positions are whole milliseconds. `begin_ms`/`end_ms` are within the track's own file (the
per-chapter MP3, whose gapless header makes them equal to the planned samples); `m4b_begin_ms`/
`m4b_end_ms` are within the joined M4B, which keeps every track's encoder priming and padding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from producer.audio.package import m4b_position
from producer.audio.plan import SAMPLE_RATE, Track, ms
from producer.publish import publish_text

TIMELINE_VERSION = 1


def _span(track: Track, file: str | None, begin: int, end: int, base: int | None) -> dict[str, Any]:
    span: dict[str, Any] = {"track": track.number, "file": file, "begin_ms": ms(begin), "end_ms": ms(end)}
    if base is not None:
        span["m4b_begin_ms"] = ms(m4b_position(base, begin))
        span["m4b_end_ms"] = ms(m4b_position(base, end))
    return span


def _group(tracks: Sequence[Track], files: Sequence[str | None], bases: Sequence[int] | None,
           key: Callable[[Any], str | None]) -> list[dict[str, Any]]:
    """One entry per (id, track): from the first clip's begin to the last clip's end, in first-heard order."""
    spans: dict[tuple[str, int], list[int]] = {}
    for t_index, track in enumerate(tracks):
        for item in track.items:
            ident = key(item.utterance)
            if ident is None:
                continue
            span = spans.setdefault((ident, t_index), [item.begin, item.end])
            span[0], span[1] = min(span[0], item.begin), max(span[1], item.end)
    out = []
    for (ident, t_index), (begin, end) in spans.items():
        base = bases[t_index] if bases is not None else None
        out.append({"id": ident, **_span(tracks[t_index], files[t_index], begin, end, base)})
    return out


def timeline(title: str, tracks: Sequence[Track], files: Sequence[str | None], m4b: str | None,
             bases: Sequence[int] | None) -> dict[str, Any]:
    """The timeline as a JSON-ready dict; `bases` are the tracks' M4B starts in samples (None: no M4B)."""
    track_entries, utterances = [], []
    for i, track in enumerate(tracks):
        base = bases[i] if bases is not None else None
        entry: dict[str, Any] = {
            "number": track.number, "title": track.title, "section": track.section, "chapter": track.chapter,
            "file": files[i], "duration_ms": ms(track.samples),
            "marks": [{"title": m.title, "begin_ms": ms(m.at),
                       **({"m4b_begin_ms": ms(m4b_position(base, m.at)) if m.at else ms(base)} if base is not None else {})}
                      for m in track.marks],
        }
        if bases is not None:
            entry["m4b_begin_ms"], entry["m4b_end_ms"] = ms(bases[i]), ms(bases[i + 1])
        track_entries.append(entry)
        for item in track.items:
            u = item.utterance
            utterances.append({"id": u.id, "role": u.role, "block": u.block, "document": u.document, "note": u.note,
                               **_span(track, files[i], item.begin, item.end, base)})
    return {
        "version": TIMELINE_VERSION,
        "title": title,
        "sample_rate": SAMPLE_RATE,
        "m4b": m4b,
        "tracks": track_entries,
        "utterances": utterances,
        # a note's own paragraphs are listed under notes, not as blocks of the chapter
        "blocks": _group(tracks, files, bases, lambda u: u.block if u.note is None else None),
        "documents": _group(tracks, files, bases, lambda u: u.document),
        "notes": _group(tracks, files, bases, lambda u: u.note),
    }


def write_timeline(target: Path, data: dict[str, Any]) -> Path:
    """Publish the timeline as indented UTF-8 JSON."""
    return publish_text(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
