"""Encode each track once per codec into a content-addressed cache, using every core.

A track's PCM is streamed into ffmpeg from the clips (room tone and pauses are written as
zero frames), so no track or book is ever held in memory or written out as WAV. The
limiter runs on the assembled track, never per clip, so utterances keep one level.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
import tempfile
import wave
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path

from producer.audio.ffrun import ffmpeg_stdin, ffmpeg_version, muxed_packets
from producer.audio.plan import FRAME, JOIN, SAMPLE_RATE, SAMPLE_WIDTH, Track
from producer.cache import content_key, damaged, used
from producer.progress import Progress

# Measured (FACTS.md): brings continuous raw eSpeak NG (-20.5 dB RMS, peaks near 0 dBFS) to about -19.6 dB RMS
# and -3.7 dBFS peak in well under a second; latency=1 keeps the limiter's lookahead out of the timeline.
LOUDNESS_FILTER = "alimiter=level_in={level_in:.4f}:limit=0.5:level=false:latency=1,volume=1.5dB"
# ACX measures RMS over the whole file, so the room tone and pauses we insert pull it down (a short credits
# track fell to -24 dB). Gain before the limiter makes up for the inserted silence, plus a measured 1.5 dB;
# the limiter still holds the peaks at -3.7 dBFS. Measured: files then land between about -22 and -19.5 dB.
EXTRA_GAIN_DB = 2.0
MAX_GAIN_DB = 12.0  # a short credits file is mostly room tone; the limiter still holds its peaks


@dataclass(frozen=True, slots=True)
class Codec:
    """An encoder setting: ffmpeg arguments, muxer and file suffix."""

    name: str
    args: tuple[str, ...]
    muxer: str
    suffix: str


# -aac_coder fast: 10.9 s instead of 65.6 s for the sample at no audible cost for speech (FACTS.md)
# AAC sections are raw ADTS: joined byte for byte they give one stream whose timestamps are its sample
# positions (joining MP4 files instead squeezed the packets at each join to 1 and ~800 samples long, so
# a player seeking by time drifted about 57 ms per join from where the audio really is)
AAC = Codec("aac", ("-c:a", "aac", "-aac_coder", "fast", "-b:a", "64k", "-ac", "1"), "adts", ".aac")
# LAME's quality 7 ("fast, ok quality") took half the CPU of the default (6.1 s vs 11.8 s for the
# sample's 34 minutes) with no audible loss for synthetic speech at 64 kb/s
MP3 = Codec("mp3", ("-c:a", "libmp3lame", "-b:a", "64k", "-compression_level", "7", "-ac", "1"), "mp3", ".mp3")
CODECS = {"aac": AAC, "mp3": MP3}
KEY_VERSION = 3  # bump when the PCM layout or the key's meaning changes
BATCH = 16  # sections encoded by one ffmpeg at most (see _batches)
AAC_FRAME = 1024  # samples per AAC packet
AAC_PRIMING = 1024  # ffmpeg's AAC encoder always primes with one frame of silence


@dataclass(frozen=True, slots=True)
class Encoded:
    """A piece of a track encoded in the cache, with its packet count (for joining without re-encoding)."""

    path: Path
    packets: int
    start: int  # the piece's first sample within its track
    fresh: bool  # encoded by this build, not found in the cache


def loudness_filter(track: Track) -> str:
    """The track's filter: gain for its share of inserted silence, then the limiter."""
    speech = sum(p.frames for p in track.items)
    gain = min(MAX_GAIN_DB, EXTRA_GAIN_DB - 10 * math.log10(max(speech, 1) / track.samples))
    # in steps of 0.25 dB: the gain is in every section's cache key, and editing one paragraph
    # should not nudge it and so re-encode every section of the chapter
    return LOUDNESS_FILTER.format(level_in=10 ** (round(gain * 4) / 80))


def _silence(samples: int) -> Iterator[bytes]:
    block = bytes(SAMPLE_WIDTH * 65_536)
    while samples > 0:
        n = min(samples, 65_536)
        yield block[: n * SAMPLE_WIDTH]
        samples -= n


def _gain(data: bytes, gain_db: float) -> bytes:
    """16-bit PCM raised by `gain_db` (clipped at full scale; the limiter after it keeps the peaks lower still)."""
    if not gain_db:
        return data
    import numpy as np  # ~0.1 s to import: a rebuild whose sections hold only narration (no gain) never needs it

    samples = np.frombuffer(data, dtype="<i2").astype(np.float32) * (10 ** (gain_db / 20))
    return np.clip(np.rint(samples), -32768, 32767).astype("<i2").tobytes()


def pcm_chunks(track: Track, lo: int = 0, hi: int | None = None, drop: int = 0) -> Iterator[bytes]:
    """Raw 16-bit mono PCM of items lo..hi (the head's room tone only from the first) without its last `drop`
    samples (silence), in pieces of at most 128 KiB."""
    if lo == 0:
        yield from _silence(track.head)
    items = track.items[lo:hi]
    for k, item in enumerate(items):
        remaining = item.frames
        with wave.open(str(item.clip), "rb") as w:
            while remaining > 0:
                data = w.readframes(min(remaining, 65_536))
                if not data:
                    break
                remaining -= len(data) // SAMPLE_WIDTH
                yield _gain(data, item.gain_db)
        # a clip shorter than its header says is padded, so later positions stay exact
        yield from _silence(remaining + item.pause - (drop if k == len(items) - 1 else 0))


@dataclass(frozen=True, slots=True)
class Piece:
    """Items lo..hi of a track, encoded as one file: one section of the track (see plan.SECTION_MS).

    An MP3 section that others follow is encoded without the last JOIN samples of its pause: LAME's delay
    and padding fill them, so the sections' frames joined give the track with every sample where it was planned.
    """

    track: Track
    lo: int
    hi: int
    codec: Codec

    @property
    def start(self) -> int:
        """The piece's first sample within the track (0 for the first piece, which holds the head)."""
        return 0 if self.lo == 0 else self.track.items[self.lo].begin

    @property
    def drop(self) -> int:
        """Samples of silence left off the end (see the class)."""
        return JOIN if self.codec is MP3 and self.hi < len(self.track.items) else 0

    @property
    def samples(self) -> int:
        """The piece's length in samples as encoded, pauses included."""
        last = self.track.items[self.hi - 1]
        return last.end + last.pause - self.start - self.drop

    @property
    def frames(self) -> int:
        """The MP3 frames a section must come out as, so that the next one starts where it was planned."""
        return (self.samples + self.drop) // FRAME


def sections(track: Track, codec: Codec) -> list[Piece]:
    """The track's sections (plan.Track.cuts), each to be encoded with `codec` as one piece.

    Cuts fall in silence (in a pause after an utterance), so joining the encoded pieces is inaudible.
    """
    bounds = [0, *track.cuts, len(track.items)]
    return [Piece(track, lo, hi, codec) for lo, hi in itertools.pairwise(bounds)]


def piece_key(piece: Piece) -> str:
    """A hash of everything that decides the encoded bytes: clips, silences, filter, codec, ffmpeg version.

    A clip is named by its cache key (speech.synth.clip_key: text, voice, engine versions), so its name stands for
    its sound, as in audio.level (its length in frames is in the key too).
    Reading every clip to hash its bytes took ~0.1 s of each rebuild of the sample.
    """
    recipe = {
        "v": KEY_VERSION,
        "rate": SAMPLE_RATE,
        "head": piece.track.head if piece.lo == 0 else 0,
        "drop": piece.drop,
        "first": piece.lo == 0,
        "clips": [(p.clip.stem, p.frames, p.pause, p.gain_db) for p in piece.track.items[piece.lo:piece.hi]],
        "filter": loudness_filter(piece.track),
        "codec": piece.codec.args,
        "ffmpeg": ffmpeg_version(),
    }
    return content_key(recipe)[:40]


def _cached(folder: Path, key: str, piece: Piece) -> Encoded | None:
    codec = piece.codec
    audio, info = folder / f"{key}{codec.suffix}", folder / f"{key}.{codec.name}.json"
    try:
        packets = int(json.loads(info.read_text())["packets"])
    except FileNotFoundError:
        return None  # never encoded
    except (OSError, ValueError, KeyError, TypeError):
        packets = 0
    if not audio.is_file() or packets <= 0:
        damaged(info, "encoded audio record")
        return None
    used(audio, info)
    return Encoded(audio, packets, piece.start, fresh=False)


def _output_args(piece: Piece, label: str, target: Path) -> list[str]:
    codec = piece.codec
    # MP3 sections are bare frames, but the first keeps the LAME header that gives the delay to skip
    bare = ("-id3v2_version", "0", "-write_xing", "1" if piece.lo == 0 else "0") if codec is MP3 else ()
    return ["-map", label, *codec.args, "-fflags", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1", *bare,
            "-f", codec.muxer, "-y", str(target)]


def _encode(batch: Sequence[Piece], folder: Path, keys: Sequence[str]) -> list[Encoded]:
    """Encode consecutive sections of one track with one ffmpeg: the track's PCM streamed once, each section cut
    out of it with its own limiter and encoder, so each file is the bytes that encoding the section alone gives
    (one start-up instead of one per section). Atomic, so concurrent builds never see a partial file."""
    first, track = batch[0], batch[0].track
    codec, base = first.codec, first.start
    graph = [f"[0:a]asplit={len(batch)}" + "".join(f"[s{i}]" for i in range(len(batch)))]
    for i, piece in enumerate(batch):
        lo = piece.start - base
        graph.append(f"[s{i}]atrim=start_sample={lo}:end_sample={lo + piece.samples},asetpts=PTS-STARTPTS,"
                     f"{loudness_filter(track)}[o{i}]")
    temps: list[Path] = []
    try:
        outputs: list[str] = []
        for i, (piece, key) in enumerate(zip(batch, keys, strict=True)):
            fd, tmp_name = tempfile.mkstemp(prefix=f".{key}.", suffix=codec.suffix, dir=folder)
            os.close(fd)
            temps.append(Path(tmp_name))
            outputs += _output_args(piece, f"[o{i}]", temps[-1])
        args = ["-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0", "-filter_complex", ";".join(graph),
                *outputs]
        seconds = sum(p.samples for p in batch) / SAMPLE_RATE
        what = f"encoding track {track.number} ({track.title}) as {codec.name}"
        report = ffmpeg_stdin(args, pcm_chunks(track, first.lo, batch[-1].hi), what, timeout=120 + 3 * seconds,
                              loglevel="verbose")
        packets = muxed_packets(report, what, len(batch))
        done = []
        for piece, key, tmp, count in zip(batch, keys, temps, packets, strict=True):
            target = folder / f"{key}{codec.suffix}"
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache may be shared
            os.replace(tmp, target)
            info = folder / f"{key}.{codec.name}.json"
            info_tmp = info.with_name(f".{info.name}.{os.getpid()}.part")
            info_tmp.write_text(json.dumps({"packets": count, "track": track.title}))
            os.replace(info_tmp, info)
            done.append(Encoded(target, count, piece.start, fresh=True))
        return done
    finally:
        for tmp in temps:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def encode_tracks(tracks: Sequence[Track], codecs: Sequence[str], cache: Path, jobs: int,
                  quiet: bool = True) -> dict[tuple[int, str], list[Encoded]]:
    """Each (track number, codec) encoded as its sections, from the cache when a key matches; `jobs` encodes at a time.

    Sections are joined later without re-encoding: both cores share a long chapter, and an edit re-encodes the
    section that holds it. A LAME that pads MP3 sections differently from the one measured (plan.JOIN) would move
    every section after the first: such a track's MP3 is encoded whole instead, where it stays exact.
    """
    folder = cache / "audio"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {(t.number, name): sections(t, CODECS[name]) for t in tracks for name in codecs}
    done = _encode_all(wanted, folder, jobs, quiet)
    whole = {where: [Piece(pieces[0].track, 0, len(pieces[0].track.items), MP3)] for where, pieces in wanted.items()
             if pieces[0].codec is MP3 and any(e.packets != p.frames for e, p in zip(done[where][:-1], pieces, strict=False))}
    return done | _encode_all(whole, folder, jobs, quiet) if whole else done


def _encode_all(wanted: dict[tuple[int, str], list[Piece]], folder: Path, jobs: int,
                quiet: bool) -> dict[tuple[int, str], list[Encoded]]:
    done: dict[tuple[int, str], list[Encoded | None]] = {}
    todo: dict[str, list[tuple[Piece, tuple[int, str], int]]] = {}  # by key: sections that sound the same are encoded once
    for where, pieces in wanted.items():
        slots = done[where] = [None] * len(pieces)
        for i, piece in enumerate(pieces):
            key = piece_key(piece)
            slots[i] = _cached(folder, key, piece)
            if slots[i] is None:
                todo.setdefault(key, []).append((piece, where, i))
    batches = _batches([(todo[key][0][0], key) for key in todo], jobs)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool, Progress(len(todo), "encoding", quiet=quiet or not todo) as bar:
        futures = {pool.submit(_encode, [p for p, _ in batch], folder, [k for _, k in batch]): batch for batch in batches}
        for future in as_completed(futures):
            for encoded, (_, key) in zip(future.result(), futures[future], strict=True):
                for k, (piece, where, i) in enumerate(todo[key]):
                    done[where][i] = encoded if k == 0 else replace(encoded, start=piece.start, fresh=False)
                bar.update()
    return {where: [e for e in encoded if e is not None] for where, encoded in done.items()}


def _batches(pieces: Sequence[tuple[Piece, str]], jobs: int) -> list[list[tuple[Piece, str]]]:
    """The sections to encode, in batches of consecutive sections of one track and codec, longest first.

    A batch costs one ffmpeg start (~70 ms) however many sections it holds; batches of about a quarter of a core's
    share of the work keep both cores busy to the end (but no smaller than a minute of audio: a rebuild's two
    sections of one track and codec are one batch). An AAC minute takes about twice the CPU of an MP3 minute. Each
    section holds its own encoder in the ffmpeg (about 2.5 MB for AAC), so a batch holds at most BATCH sections.
    """
    def work(piece: Piece) -> int:
        return piece.samples * (2 if piece.codec is AAC else 1)

    share = max(sum(work(p) for p, _ in pieces) / max(1, 4 * jobs), 60 * SAMPLE_RATE)
    batches: list[list[tuple[Piece, str]]] = []
    for piece, key in pieces:
        last = batches[-1] if batches else None
        if (last is None or last[-1][0].track is not piece.track or last[-1][0].codec is not piece.codec
                or last[-1][0].hi != piece.lo or len(last) >= BATCH or sum(work(p) for p, _ in last) >= share):
            batches.append([])
        batches[-1].append((piece, key))
    return sorted(batches, key=lambda b: -sum(work(p) for p, _ in b))
