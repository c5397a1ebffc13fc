"""Plan the audio tracks: group utterances into per-chapter tracks, place each clip in samples, set the marks.

Everything here is integer samples at the clips' rate, so positions never drift from summed floats.
A section (opening credits, a chapter, closing credits) is one track unless it would run over
`MAX_TRACK_MS`; then it is split at paragraph boundaries into parts.
"""

from __future__ import annotations

import wave
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from producer.describe import chapter_heading, document_mark
from producer.errors import ContentError
from producer.job import slugify
from producer.model import Document

SAMPLE_RATE = 22_050  # what the speech helper promises for every clip
SAMPLE_WIDTH = 2
HEAD_MS = 750  # ACX: 0.5-1 s of room tone at the head
MAX_TRACK_MS = 120 * 60 * 1000  # the limit for one MP3 file
MAX_MARKS = 255  # Nero chpl holds at most 255 entries
MIN_NESTED_MS = 30_000  # a document shorter than this gets no mark: players list marks as chapters
# a track is encoded in sections of about this length, so an edit re-encodes one (see _place): simulated on the
# sample's 338 utterances, fixing one sentence re-encoded 28 s of audio on average with 12 s (107 sections), 48 s
# with 25 s (62) and 21 s with 8 s (142); each section costs its own encoder, and 8 s made a cold build ~3 s slower
SECTION_MS = 12 * 1000
FRAME = 576  # samples in an MP3 frame at 22,050 Hz: sections start on a frame, so their MP3s join exactly
# Measured with LAME 3.100 through ffmpeg: n samples encode to ceil((n + 1152) / 576) frames, the audio 1105 samples
# (the delay) into them and at least 47 samples of padding after it. So an MP3 section that another follows is
# encoded without the last JOIN samples of its pause and fills its planned frames exactly. A joined MP3 plays
# PADDING samples (2 ms) longer than planned: ffmpeg's copy keeps the first section's delay in the LAME header but
# writes no end padding for a stream it joined.
PADDING = 47
JOIN = 1105 + PADDING


class UtteranceLike(Protocol):
    """The fields of `producer.speech.script.Utterance` the audio writer reads."""

    @property
    def id(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def chapter(self) -> str | None: ...
    @property
    def block(self) -> str | None: ...
    @property
    def document(self) -> str | None: ...
    @property
    def note(self) -> str | None: ...
    @property
    def role(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def spoken(self) -> str: ...
    @property
    def pause_ms(self) -> int: ...
    @property
    def cue(self) -> str: ...
    @property
    def words(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Placed:
    """One clip in a track: it starts at `begin`, is raised by `gain_db` and followed by `pause` samples of silence."""

    utterance: UtteranceLike
    clip: Path
    begin: int
    frames: int
    pause: int
    gain_db: float = 0.0

    @property
    def end(self) -> int:
        """The sample just after the clip's last frame."""
        return self.begin + self.frames


@dataclass(frozen=True, slots=True)
class Mark:
    """A chapter mark inside a track, `at` samples from the track's start; level 0 is the track's own (a chapter,
    the credits), level 1 a quoted document inside it, `end` samples from the track's start."""

    title: str
    at: int
    level: int = 0
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Track:
    """One audio file's worth: room tone, the placed clips (the last pause is the tail), its marks."""

    number: int
    section: str
    chapter: str | None
    title: str
    name: str  # "02-chapter-xxxvi-the-military-opposition"
    head: int
    items: tuple[Placed, ...]
    marks: tuple[Mark, ...]
    cuts: tuple[int, ...] = ()  # the items that begin a new section (see SECTION_MS), each on a FRAME

    @property
    def samples(self) -> int:
        """The track's length in samples, head and tail included."""
        last = self.items[-1]
        return last.end + last.pause


def ms(samples: int) -> int:
    """Samples to whole milliseconds, rounded."""
    return (samples * 1000 + SAMPLE_RATE // 2) // SAMPLE_RATE


def samples_of(milliseconds: int) -> int:
    """Whole milliseconds to samples, rounded."""
    return (milliseconds * SAMPLE_RATE + 500) // 1000


def clip_frames(path: Path, utterance_id: str) -> int:
    """The clip's frame count; raises ContentError unless it is a 22,050 Hz mono 16-bit WAV with frames."""
    try:
        with wave.open(str(path), "rb") as w:
            fmt = (w.getframerate(), w.getnchannels(), w.getsampwidth())
            frames = w.getnframes()
    except (OSError, EOFError, wave.Error) as e:
        raise ContentError(f"{path}: clip for utterance {utterance_id} is not a readable WAV ({e}); delete it from the cache and rebuild") from None
    if fmt != (SAMPLE_RATE, 1, SAMPLE_WIDTH) or frames <= 0:
        raise ContentError(
            f"{path}: clip for utterance {utterance_id} is {fmt[0]} Hz, {fmt[1]} channel(s), {8 * fmt[2]}-bit, {frames} frames; "
            f"expected {SAMPLE_RATE} Hz mono 16-bit with frames: delete it from the cache and rebuild"
        )
    return frames


def _sections(utterances: Sequence[UtteranceLike], clips: Sequence[Path]) -> list[list[tuple[UtteranceLike, Path]]]:
    """Consecutive utterances grouped by section, in order."""
    groups: list[list[tuple[UtteranceLike, Path]]] = []
    for u, clip in zip(utterances, clips, strict=True):
        if not groups or groups[-1][0][0].section != u.section:
            groups.append([])
        groups[-1].append((u, clip))
    return groups


def boundary(prev: UtteranceLike, cur: UtteranceLike) -> bool:
    """True where a long chapter may be split: a new paragraph, not inside one document or note."""
    if cur.block == prev.block:
        return False
    if cur.document is not None and cur.document == prev.document:
        return False
    return not (cur.note is not None and cur.note == prev.note)


def _split(items: list[tuple[UtteranceLike, Path, int]], limit: int) -> list[list[tuple[UtteranceLike, Path, int]]]:
    """Pack paragraph-bounded runs into parts no longer than `limit` samples (a longer run stays whole)."""
    runs: list[list[tuple[UtteranceLike, Path, int]]] = []
    for item in items:
        if not runs or boundary(runs[-1][-1][0], item[0]):
            runs.append([])
        runs[-1].append(item)
    parts: list[list[tuple[UtteranceLike, Path, int]]] = [[]]
    size = 0
    for run in runs:
        run_size = sum(frames + samples_of(u.pause_ms) for u, _, frames in run)
        if parts[-1] and size + run_size > limit:
            parts.append([])
            size = 0
        parts[-1].extend(run)
        size += run_size
    return parts


def _section_title(doc: Document, section: str) -> str:
    if section == "opening":
        return "Opening credits"
    if section == "closing":
        return "Closing credits"
    for ch in doc.chapters:
        if ch.id == section:
            return chapter_heading(ch)
    return section


def _marks(doc: Document, title: str, items: Sequence[Placed], nested_ms: int) -> tuple[Mark, ...]:
    """The track's own mark, then a nested mark for each quoted document at least `nested_ms` long."""
    spans: dict[str, list[int]] = {}
    for p in items:
        if p.utterance.document:
            span = spans.setdefault(p.utterance.document, [p.begin, p.end])
            span[1] = max(span[1], p.end)
    nested = [Mark(document_mark(doc.document(d)), begin, 1, end) for d, (begin, end) in spans.items()
              if end - begin >= samples_of(nested_ms)]
    return (Mark(title, 0), *sorted(nested, key=lambda m: m.at))


def plan_tracks(doc: Document, utterances: Sequence[UtteranceLike], clips: Sequence[Path], tail_ms: int,
                max_track_ms: int = MAX_TRACK_MS, gains: Mapping[str, float] | None = None,
                nested_ms: int = MIN_NESTED_MS) -> tuple[Track, ...]:
    """The book's tracks in playlist order; `gains` is dB per role (see audio.level), `nested_ms` the shortest
    document that gets a mark; raises ContentError for a bad clip."""
    if not utterances:
        raise ContentError(f"{doc.meta.source or doc.meta.title}: nothing to speak, so no audiobook; check that the text has chapters")
    if len(utterances) != len(clips):
        raise ContentError(f"speech gave {len(clips)} clips for {len(utterances)} utterances; delete the cache and rebuild")
    head, tail = samples_of(HEAD_MS), samples_of(tail_ms)
    planned: list[tuple[str, str | None, str, list[tuple[UtteranceLike, Path, int]]]] = []
    for group in _sections(utterances, clips):
        section = group[0][0].section
        measured = [(u, clip, clip_frames(clip, u.id)) for u, clip in group]
        parts = _split(measured, samples_of(max_track_ms) - head - tail)
        title = _section_title(doc, section)
        for k, part in enumerate(parts, start=1):
            part_title = title if len(parts) == 1 else f"{title}, part {k}"
            planned.append((section, group[0][0].chapter, part_title, part))
    tracks: list[Track] = []
    width = max(2, len(str(len(planned))))
    for number, (section, chapter, title, part) in enumerate(planned, start=1):
        placed, cuts = _place(part, head, tail, gains or {})
        name = f"{number:0{width}d}-{slugify(title)}"
        tracks.append(Track(number, section, chapter, title, name, head, tuple(placed), _marks(doc, title, placed, nested_ms),
                            tuple(cuts)))
    return tuple(tracks)


def anchor(u: UtteranceLike) -> bool:
    """Whether a section may begin at `u` by its text alone (one utterance in four, by a hash of its text)."""
    return zlib.crc32(u.text.encode()) % 4 == 0


def _place(part: Sequence[tuple[UtteranceLike, Path, int]], head: int, tail: int,
           gains: Mapping[str, float]) -> tuple[list[Placed], list[int]]:
    """The clips placed one after another, and the items where a new section begins.

    A section begins, in the pause before an utterance, at an anchor (see `anchor`) half of SECTION_MS or more after
    the anchor before it, or, where no anchor comes, twice SECTION_MS after the last anchor or such cut. Lengths are
    counted on the text's own clock (clips and pauses as spoken), so where a cut falls depends only on the utterances
    since the anchor before it: an edit moves no cut after the first anchor that follows it, and a rebuild
    re-encodes the edit's section (sometimes the next one as well). The pause before a cut is stretched to the next
    FRAME, and so is the tail, so every section's length is a whole number of MP3 frames that depends on its own
    clips only: the sections after the edit stay as encoded.
    """
    target = samples_of(SECTION_MS)
    placed: list[Placed] = []
    cuts: list[int] = []
    at = head  # the first section holds the head's room tone
    clock = last_anchor = last_cut = 0  # on the text's clock: where we are, the last anchor, the last anchor or cut
    for i, (u, clip, frames) in enumerate(part):
        if placed and placed[-1].pause >= JOIN:
            chosen = anchor(u)
            if (clock - last_anchor >= target // 2) if chosen else (clock - last_cut >= 2 * target):
                stretch = -at % FRAME
                placed[-1] = replace(placed[-1], pause=placed[-1].pause + stretch)
                at += stretch
                cuts.append(i)
                last_cut = clock
            if chosen:
                last_anchor = last_cut = clock
        pause = samples_of(max(0, u.pause_ms))
        clock += frames + pause
        if i == len(part) - 1:
            pause = tail + -(at + frames + tail) % FRAME
        placed.append(Placed(u, clip, at, frames, pause, gains.get(u.role, 0.0)))
        at += frames + pause
    return placed, cuts
