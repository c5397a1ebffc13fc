"""Package encoded audio without re-encoding: the M4B (joined AAC pieces, chapters, tags, cover), tagged MP3s, the m3u8."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from producer.audio import id3
from producer.audio.encode import AAC_FRAME, AAC_PRIMING, Encoded
from producer.audio.ffmeta import chapters_from_starts, ffmetadata
from producer.audio.ffrun import ffmpeg, ffmpeg_stdin, ffmpeg_version
from producer.audio.id3 import Chap
from producer.audio.plan import MAX_MARKS, SAMPLE_RATE, Track, ms
from producer.cache import content_key
from producer.publish import publish_text, publishing

_SUBTITLE_ATOM = "----:com.apple.iTunes:SUBTITLE"


@dataclass(frozen=True, slots=True)
class M4bLayout:
    """Where each track's encoded pieces begin in the joined M4B, in samples.

    Joining the pieces' raw AAC keeps every packet, including each piece's encoder priming and
    end padding, so a piece starts after all earlier packets, not after their nominal durations,
    and its audio begins AAC_PRIMING samples later.
    """

    pieces: tuple[tuple[tuple[int, int], ...], ...]  # per track: (first sample in the track, first sample in the M4B)
    total: int

    def track_start(self, index: int) -> int:
        """Where track `index` (0-based) begins in the M4B."""
        return self.pieces[index][0][1]

    def track_end(self, index: int) -> int:
        """Where track `index` ends: the next track's start, or the end of the M4B."""
        return self.track_start(index + 1) if index + 1 < len(self.pieces) else self.total

    def position(self, index: int, sample: int) -> int:
        """Where sample `sample` of track `index` is heard in the M4B."""
        start, base = next(p for p in reversed(self.pieces[index]) if p[0] <= sample)
        return base + AAC_PRIMING + sample - start


def m4b_layout(tracks: Sequence[Track], aac: Mapping[int, Sequence[Encoded]]) -> M4bLayout:
    """The layout of the M4B joined from every track's AAC pieces in order."""
    layout, at = [], 0
    for track in tracks:
        pieces = []
        for piece in aac[track.number]:
            pieces.append((piece.start, at))
            at += piece.packets * AAC_FRAME
        layout.append(tuple(pieces))
    return M4bLayout(tuple(layout), at)


def _chunks(paths: Sequence[Path]) -> Iterator[bytes]:
    """Encoded sections back to back: ADTS frames stand alone, and so do the first frames of an MP3 section (LAME
    starts with an empty bit reservoir), so bytes join."""
    for path in paths:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                yield chunk


def _join(paths: Sequence[Path], target: Path) -> None:
    """The sections (see _chunks) joined in one file."""
    with open(target, "wb") as out:
        out.writelines(_chunks(paths))


def m4b_chapters(tracks: Sequence[Track], layout: M4bLayout, documents: bool = False) -> list[tuple[int, str]]:
    """(start ms, title) for every mark in the M4B: each track's; with `documents`, the quoted documents' too (an M4B
    has no nesting, so a document's mark runs on to the next mark), unless they would be more than Nero chpl holds."""
    starts: list[tuple[int, str]] = []
    nested: list[tuple[int, str]] = []
    for i, track in enumerate(tracks):
        starts.append((ms(layout.track_start(i)), track.title))
        nested += [(ms(layout.position(i, m.at)), m.title) for m in track.marks if m.level]
    if documents and len(starts) + len(nested) <= MAX_MARKS:
        starts = sorted(starts + nested)
    return starts


def write_m4b(target: Path, tracks: Sequence[Track], aac: Mapping[int, Sequence[Encoded]], layout: M4bLayout,
              tags: Mapping[str, str], cover: bytes | None, language: str, documents: bool = False,
              subtitle: str | None = None) -> Path:
    """Join the AAC pieces into `target` with chapter marks (QuickTime track and Nero chpl), tags, the audio's
    language (ISO 639-2); mutagen adds the cover and the subtitle as the iTunes SUBTITLE atom, which ffmpeg cannot
    write, leaving the chapters and the audio as they are (ffmpeg attaching the cover took 0.4 s more for the
    sample's 34 minutes: a third input, see write_mp3)."""
    chapters = chapters_from_starts(m4b_chapters(tracks, layout, documents), ms(layout.total))
    # beside the output, not in /tmp: the joined stream is ~35 MB an hour, and /tmp may be RAM (tmpfs)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".producer-m4b-", dir=target.parent) as work:
        meta, joined = Path(work) / "chapters.ffmeta", Path(work) / "joined.aac"
        meta.write_text(ffmetadata(tags, chapters), encoding="utf-8")
        # a file, not a pipe: with the cover as a second input, ffmpeg read the pipe in fits (45 s instead of 0.6 s)
        _join([p.path for t in tracks for p in aac[t.number]], joined)
        with publishing(target) as tmp:
            # the chapters need a second input; a long queue for each keeps ffmpeg from handing packets over one
            # by one between its input threads (0.36 s -> 0.25 s for the sample's 34 minutes)
            queue = ("-thread_queue_size", "8192")
            args = [*queue, "-f", "aac", "-i", str(joined), *queue, "-i", str(meta), "-map", "0:a", "-c:a", "copy",
                    "-map_metadata", "1", "-map_chapters", "1", "-metadata:s:a:0", f"language={language}",
                    "-brand", "M4B ", "-fflags", "+bitexact", "-movflags", "+faststart", "-f", "ipod", "-y", str(tmp)]
            ffmpeg(args, f"writing {target}", timeout=120 + layout.total / SAMPLE_RATE)
            if subtitle or cover is not None:
                from mutagen.mp4 import MP4, MP4Cover, MP4FreeForm

                m4b = MP4(tmp)
                if cover is not None:
                    m4b["covr"] = [MP4Cover(cover, imageformat=MP4Cover.FORMAT_PNG)]
                if subtitle:
                    m4b[_SUBTITLE_ATOM] = [MP4FreeForm(subtitle.encode("utf-8"))]
                m4b.save()
    return target


def write_mp3(target: Path, track: Track, encoded: Sequence[Encoded], tags: Mapping[str, str], cover: bytes | None,
              comment: str, language: str, previous: str | None = None) -> tuple[Path, str]:
    """Copy a track's cached MP3 sections, joined, to `target` with ID3v2.4 tags, a COMM comment, the cover (an APIC
    frame: as for the M4B, ffmpeg attaching it was slow), and its chapter: one CHAP for the track in a top-level
    table, the quoted documents as CHAPs in a table nested under it (see audio.id3).
    Returns the target and its recipe (a hash of everything that made it); when `previous`, the recipe of the file
    already at `target`, is the same, the file is kept as it is.

    The first section's LAME header survives the copy, so positions equal the planned ones (gapless decoders skip
    the delay; the sections after it are bare frames that fill their planned lengths exactly, see audio.encode).
    """
    end = ms(track.samples)
    top = [Chap("ch0", 0, end, track.title)]
    inner = [Chap(f"ch{k}", ms(m.at), min(end, ms(m.end or track.samples)), m.title)
             for k, m in enumerate((m for m in track.marks if m.level), start=1)]
    frames = (id3.comment(comment, language) + (id3.picture(cover) if cover else b"")
              + id3.chapters(top, [("documents", "Quoted documents", inner)] if inner else []))
    recipe = content_key({"audio": [e.path.name for e in encoded], "tags": dict(tags),
                          "frames": hashlib.sha256(frames).hexdigest(), "ffmpeg": ffmpeg_version()})
    if previous == recipe and target.is_file():
        return target, recipe
    target.parent.mkdir(parents=True, exist_ok=True)
    # the tags as options, not a second input: with two inputs ffmpeg 5.1 took 0.47 s instead of 0.15 s to
    # copy the sample's 34 minutes (each input gets a thread, and every packet a hand-over)
    metadata = [arg for k, v in tags.items() if v for arg in ("-metadata", f"{k}={v}")]
    with publishing(target) as tmp:
        # several sections are streamed in, never joined into a file first; one is read as a file, where ffmpeg finds
        # LAME's end padding (from a pipe it does not, and the track would play 47 samples long). The tag's padding
        # leaves room for our frames, so append_frames writes them in place instead of copying the whole file again.
        one = len(encoded) == 1
        args = ["-f", "mp3", "-i", str(encoded[0].path) if one else "pipe:0", "-map", "0:a", "-c:a", "copy",
                "-map_metadata", "-1", *metadata, "-id3v2_version", "4", "-metadata_header_padding", str(len(frames)),
                "-write_xing", "1", "-fflags", "+bitexact", "-f", "mp3", "-y", str(tmp)]
        ffmpeg_stdin(args, [] if one else _chunks([e.path for e in encoded]), f"writing {target}", timeout=300)
        id3.append_frames(tmp, frames)
    return target, recipe


def write_m3u8(target: Path, title: str, entries: Sequence[tuple[str, Track]]) -> Path:
    """An extended M3U (UTF-8) playlist: each track's title and duration in seconds, paths relative to it."""
    lines = ["#EXTM3U", f"#PLAYLIST:{_one_line(title)}"]
    for rel, track in entries:
        seconds = (track.samples + SAMPLE_RATE // 2) // SAMPLE_RATE
        lines += [f"#EXTINF:{seconds},{_one_line(track.title)}", rel]
    return publish_text(target, "\n".join(lines) + "\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())
