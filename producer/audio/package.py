"""Package encoded tracks without re-encoding: the M4B (joined AAC, chapters, tags, cover), tagged MP3s, the m3u8."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from producer.audio.encode import AAC_FRAME, AAC_PRIMING, Encoded
from producer.audio.ffmeta import chapters_from_starts, ffmetadata
from producer.audio.ffrun import ffmpeg
from producer.audio.plan import MAX_MARKS, SAMPLE_RATE, Track, ms
from producer.publish import publish_text, publishing


def m4b_bases(tracks: Sequence[Track], aac: Mapping[int, Encoded]) -> list[int]:
    """Where each track begins in the joined M4B, in samples.

    Joining MP4 files without re-encoding keeps every packet, including each file's encoder
    priming and end padding, so a track starts after all earlier packets, not after their
    nominal durations; its audio then begins AAC_PRIMING samples later.
    """
    bases, at = [], 0
    for track in tracks:
        bases.append(at)
        at += aac[track.number].packets * AAC_FRAME
    return bases + [at]


def m4b_position(base: int, sample_in_track: int) -> int:
    """A track sample's position in the M4B, in samples."""
    return base + AAC_PRIMING + sample_in_track


def _concat_list(paths: Sequence[Path]) -> str:
    # the concat demuxer's quoting: single quotes, with ' written as '\''
    return "".join("file '" + str(p.resolve()).replace("'", "'\\''") + "'\n" for p in paths)


def _cover_args(cover: Path | None, index: int) -> list[str]:
    if cover is None:
        return []
    return ["-map", f"{index}:v", "-c:v", "copy", "-disposition:v:0", "attached_pic",
            "-metadata:s:v", "title=Album cover", "-metadata:s:v", "comment=Cover (front)"]


def m4b_chapters(tracks: Sequence[Track], bases: Sequence[int]) -> list[tuple[int, str]]:
    """(start ms, title) for every mark in the M4B; 'continued' marks go first if there are too many for Nero chpl."""
    starts: list[tuple[int, str]] = []
    for track, base in zip(tracks, bases, strict=False):
        starts.append((ms(base), track.title))
        starts += [(ms(m4b_position(base, m.at)), m.title) for m in track.marks[1:]]
    if len(starts) > MAX_MARKS:
        starts = [s for s in starts if not s[1].endswith(", continued")]
    return starts


def write_m4b(target: Path, tracks: Sequence[Track], aac: Mapping[int, Encoded], tags: Mapping[str, str],
              cover: Path | None) -> Path:
    """Join the per-track AAC into `target` with chapter marks (QuickTime track and Nero chpl), tags and cover."""
    bases = m4b_bases(tracks, aac)
    chapters = chapters_from_starts(m4b_chapters(tracks, bases), ms(bases[-1]))
    with tempfile.TemporaryDirectory(prefix="producer-m4b-") as work:
        listing, meta = Path(work) / "tracks.txt", Path(work) / "chapters.ffmeta"
        listing.write_text(_concat_list([aac[t.number].path for t in tracks]), encoding="utf-8")
        meta.write_text(ffmetadata(tags, chapters), encoding="utf-8")
        with publishing(target) as tmp:
            args = ["-f", "concat", "-safe", "0", "-i", str(listing), "-i", str(meta)]
            if cover is not None:
                args += ["-i", str(cover)]
            args += ["-map", "0:a", "-c:a", "copy", "-map_metadata", "1", "-map_chapters", "1", *_cover_args(cover, 2),
                     "-brand", "M4B ", "-fflags", "+bitexact", "-movflags", "+faststart", "-f", "ipod", "-y", str(tmp)]
            ffmpeg(args, f"writing {target}", timeout=600)
    return target


def write_mp3(target: Path, track: Track, encoded: Encoded, tags: Mapping[str, str], cover: Path | None) -> Path:
    """Copy a track's cached MP3 to `target` with ID3v2.4 tags, cover and CHAP/CTOC frames in start order.

    ffmpeg writes the chapter frames in the order given, unlike mutagen, which re-sorts frames by size.
    The LAME header survives the copy, so positions equal the planned ones (gapless decoders skip the delay).
    """
    chapters = chapters_from_starts([(ms(m.at), m.title) for m in track.marks], ms(track.samples))
    with tempfile.TemporaryDirectory(prefix="producer-mp3-") as work:
        meta = Path(work) / "tags.ffmeta"
        meta.write_text(ffmetadata(tags, chapters), encoding="utf-8")
        with publishing(target) as tmp:
            args = ["-i", str(encoded.path), "-i", str(meta)]
            if cover is not None:
                args += ["-i", str(cover)]
            args += ["-map", "0:a", "-c:a", "copy", "-map_metadata", "1", "-map_chapters", "1", *_cover_args(cover, 2),
                     "-id3v2_version", "4", "-write_xing", "1", "-fflags", "+bitexact", "-f", "mp3", "-y", str(tmp)]
            ffmpeg(args, f"writing {target}", timeout=300)
    return target


def write_m3u8(target: Path, title: str, entries: Sequence[tuple[str, Track]]) -> Path:
    """An extended M3U (UTF-8) playlist: each track's title and duration in seconds, paths relative to it."""
    lines = ["#EXTM3U", f"#PLAYLIST:{_one_line(title)}"]
    for rel, track in entries:
        seconds = (track.samples + SAMPLE_RATE // 2) // SAMPLE_RATE
        lines += [f"#EXTINF:{seconds},{_one_line(track.title)}", rel]
    return publish_text(target, "\n".join(lines) + "\n")


def _one_line(text: str) -> str:
    return " ".join(text.split())
