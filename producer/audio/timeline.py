"""`<slug>.timeline.json`: where every utterance, block, document and note is, in the files as encoded.

Positions are whole milliseconds. `begin_ms`/`end_ms` are within the track's own file (the
per-chapter MP3, whose gapless header makes them equal to the planned samples); `m4b_begin_ms`/
`m4b_end_ms` are within the joined M4B, which keeps every track's encoder priming and padding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from producer.audio.package import M4bLayout
from producer.audio.plan import SAMPLE_RATE, Track, ms
from producer.publish import publish_text

TIMELINE_VERSION = 2  # 2 adds each utterance's text and spoken form, and the voices (for `producer check`)


def _span(tracks: Sequence[Track], index: int, file: str | None, begin: int, end: int, layout: M4bLayout | None) -> dict[str, Any]:
    span: dict[str, Any] = {"track": tracks[index].number, "file": file, "begin_ms": ms(begin), "end_ms": ms(end)}
    if layout is not None:
        span["m4b_begin_ms"] = ms(layout.position(index, begin))
        span["m4b_end_ms"] = ms(layout.position(index, end))
    return span


def _group(tracks: Sequence[Track], files: Sequence[str | None], layout: M4bLayout | None,
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
        out.append({"id": ident, **_span(tracks, t_index, files[t_index], begin, end, layout)})
    return out


def timeline(title: str, tracks: Sequence[Track], files: Sequence[str | None], m4b: str | None,
             layout: M4bLayout | None, voices: Mapping[str, Any], titled: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The timeline as a JSON-ready dict; `layout` places the tracks in the M4B (None: no M4B was built).

    `voices` (role -> voice settings) lets `producer check` render the same words plainly to compare;
    `titled` (ids of chapters with a title in the source) lets it tell a lost title from an untitled chapter.
    """
    track_entries, utterances = [], []
    for i, track in enumerate(tracks):
        entry: dict[str, Any] = {
            "number": track.number, "title": track.title, "section": track.section, "chapter": track.chapter,
            "titled": track.chapter in titled,
            "file": files[i], "duration_ms": ms(track.samples),
            "marks": [{"title": m.title, "level": m.level, "begin_ms": ms(m.at), **({"m4b_begin_ms": ms(
                layout.position(i, m.at) if m.at else layout.track_start(i))} if layout is not None else {})}
                      for m in track.marks],
        }
        if layout is not None:
            entry["m4b_begin_ms"], entry["m4b_end_ms"] = ms(layout.track_start(i)), ms(layout.track_end(i))
        track_entries.append(entry)
        for item in track.items:
            u = item.utterance
            shown = {**({"cue": u.cue} if u.cue else {}), **({"words": u.words} if u.words else {})}
            utterances.append({"id": u.id, "role": u.role, "block": u.block, "document": u.document, "note": u.note,
                               "text": u.text, "spoken": u.spoken, **shown, "gain_db": item.gain_db,
                               **_span(tracks, i, files[i], item.begin, item.end, layout)})
    return {
        "version": TIMELINE_VERSION,
        "title": title,
        "sample_rate": SAMPLE_RATE,
        "m4b": m4b,
        "voices": dict(voices),
        "tracks": track_entries,
        "utterances": utterances,
        # a note's own paragraphs are listed under notes, not as blocks of the chapter
        "blocks": _group(tracks, files, layout, lambda u: u.block if u.note is None else None),
        "documents": _group(tracks, files, layout, lambda u: u.document),
        "notes": _group(tracks, files, layout, lambda u: u.note),
    }


def write_timeline(target: Path, data: dict[str, Any]) -> Path:
    """Publish the timeline as indented UTF-8 JSON."""
    return publish_text(target, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
