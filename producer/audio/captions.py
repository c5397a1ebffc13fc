"""WebVTT captions from the timeline: a cue per utterance beside each MP3, and the M4B's chapter marks.

A cue shows what is heard: a sentence as printed, or an announcement as written ("Note 1.", "End of
telegram."). The cues of what is on the page (sentences, and the heading, document header line or
note label an announcement speaks) tile the file exactly as the read-aloud overlays' clips do: each
from its start (the first from the file's start) to the next one's (the last to the file's end). An
announcement with no words on the page runs to the next utterance, shown over the sentence before it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from producer.publish import publish_text, remove_stale


def stamp(ms: int) -> str:
    """A WebVTT timestamp, 'hh:mm:ss.ttt' (also a SMIL full clock value, as Media Overlays and DAISY use)."""
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _escape(text: str) -> str:
    return " ".join(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split())


def vtt(cues: Sequence[tuple[str, int, int, str]]) -> str:
    """A WebVTT file of (id, begin ms, end ms, text) cues."""
    parts = ["WEBVTT", ""]
    for ident, begin, end, text in cues:
        parts += [ident, f"{stamp(begin)} --> {stamp(end)}", _escape(text), ""]
    return "\n".join(parts)


def track_cues(utterances: Sequence[Mapping[str, Any]], duration_ms: int) -> list[tuple[str, int, int, str]]:
    """One track's cues, in the order heard (see the module's note on their times)."""
    paged = [k for k, u in enumerate(utterances) if u["text"] or u.get("cue")]
    after = {k: paged[i + 1] if i + 1 < len(paged) else None for i, k in enumerate(paged)}
    cues = []
    for k, u in enumerate(utterances):
        if k in after:
            begin = 0 if k == paged[0] else u["begin_ms"]
            nxt = after[k]
        else:
            begin, nxt = u["begin_ms"], k + 1 if k + 1 < len(utterances) else None
        end = utterances[nxt]["begin_ms"] if nxt is not None else max(duration_ms, u["end_ms"])
        cues.append((u["id"], begin, end, u["text"] or u.get("words") or u["spoken"]))
    return cues


def write_captions(out_dir: Path, timeline: Mapping[str, Any]) -> list[Path]:
    """`mp3/NN-....vtt` beside each MP3 of the timeline; stale ones removed."""
    written = []
    for track in timeline["tracks"]:
        if not track.get("file"):
            continue
        heard = [u for u in timeline["utterances"] if u["track"] == track["number"]]
        name = PurePosixPath(track["file"]).with_suffix(".vtt")
        written.append(publish_text(out_dir / name, vtt(track_cues(heard, track["duration_ms"]))))
    if written:
        remove_stale(out_dir / "mp3", "[0-9][0-9]*-*.vtt", {p.name for p in written})
    return written


def write_chapter_marks(target: Path, starts: Sequence[tuple[int, str]], end_ms: int) -> Path:
    """The M4B's chapter marks ((start ms, title)) as a WebVTT `kind="chapters"` track: each mark to the next."""
    cues = [(f"chapter-{k}", begin, starts[k][0] if k < len(starts) else end_ms, title)
            for k, (begin, title) in enumerate(starts, start=1)]
    return publish_text(target, vtt(cues))
