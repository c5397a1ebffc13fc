"""The audiobook writer (formats m4b and mp3): speech clips in, M4B, per-chapter MP3s, m3u8 and timeline out.

    utterances + clips ─plan─▶ tracks (samples) ─encode (cached, parallel)─▶ AAC and MP3 sections of each track
        ─package (no re-encoding)─▶ audiobook/<slug>.m4b, mp3/NN-<chapter>.mp3, <slug>.m3u8, <slug>.timeline.json,
        and from the timeline: mp3/NN-<chapter>.vtt captions, <slug>.chapters.vtt (the M4B's marks)
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from producer.audio.captions import write_captions, write_chapter_marks
from producer.audio.encode import Encoded, encode_tracks
from producer.audio.ffrun import start_ffmpeg_version
from producer.audio.level import role_gains
from producer.audio.package import M4bLayout, m4b_chapters, m4b_layout, write_m3u8, write_m4b, write_mp3
from producer.audio.plan import MAX_TRACK_MS, MIN_NESTED_MS, Track, UtteranceLike, ms, plan_tracks
from producer.audio.timeline import timeline, write_timeline
from producer.cache import resolve_cache_dir
from producer.cover import book_cover, publish_cover
from producer.describe import chapter_heading
from producer.job import BuildJob, BuildOptions, later
from producer.model import Document
from producer.publish import publish_text, remove_stale
from producer.speech.script import build_script
from producer.speech.synth import requirements as speech_requirements
from producer.speech.synth import spare_workers, synthesize
from producer.speech.voices import load_profile
from producer.tools import ESPEAK, FFMPEG, FFPROBE, Tool, find

DEFAULT_TAIL_MS = 2000
RECIPES = ".recipes.json"  # in mp3/: each MP3's recipe, so a rebuild keeps the unchanged ones


@dataclass(frozen=True, slots=True)
class AudioResult:
    """What a run produced: the published files, the tracks, and how many encodes were not cache hits."""

    written: list[Path]
    tracks: tuple[Track, ...]
    encoded: int


def requirements(job: BuildJob) -> tuple[Tool, ...]:
    """ffmpeg and ffprobe, plus whatever the speech engine needs; also reads the voice profile, so that a bad one
    stops the build before anything is written (raises UsageError or ContentError naming its file and line)."""
    load_profile(job.options.voice)
    return (FFMPEG, FFPROBE, *speech_requirements())


@contextlib.contextmanager
def warmed(options: BuildOptions) -> Iterator[None]:
    """Start, while the caller reads the book, what the speech will need: ffmpeg's version (for the cache keys) and
    a speech worker for each engine of the voice profile (see synth.spare_workers). Raises UsageError or
    ContentError for a bad voice profile, as `requirements` would."""
    profile = load_profile(options.voice)
    if find(FFMPEG) is None or find(ESPEAK) is None:  # the build's check names what is missing, once the book is read
        yield
        return
    start_ffmpeg_version()
    with spare_workers(voice.engine for voice in profile.roles.values()):
        yield


def write(job: BuildJob) -> list[Path]:
    """Speak the document and write the asked audio formats under `job.out_dir`; raises ProducerError."""
    options = job.options
    start_ffmpeg_version()  # needed for the cache keys once the speech is made
    profile = load_profile(options.voice)
    script = build_script(job.doc, profile, notes=options.notes)
    cache = resolve_cache_dir(options.cache)
    clips = synthesize(script, profile, cache, options.jobs, options.quiet)
    tail_ms = min(5000, max(1000, profile.pauses.chapter))  # ACX: 1-5 s of room tone at the tail
    result = produce(job.doc, script, clips, job.out_dir, job.slug, job.formats, cache, options.jobs,
                     tail_ms=tail_ms, quiet=options.quiet, gains=role_gains(profile, cache, options.jobs, options.quiet),
                     voices={role: asdict(voice) for role, voice in profile.roles.items()}, marks=options.marks)
    return result.written


NARRATOR = "eSpeak NG synthetic voice"
# ISO 639-2 codes that audio tags use (TLAN, the M4B stream's language) for the languages eSpeak NG reads best
_ISO639_2 = {"en": "eng", "fr": "fre", "de": "ger", "it": "ita", "es": "spa", "ru": "rus", "la": "lat", "nl": "dut",
             "pt": "por", "sv": "swe", "da": "dan", "no": "nor", "nb": "nob", "pl": "pol", "cs": "cze", "el": "gre",
             "fi": "fin", "hu": "hun", "uk": "ukr", "cy": "wel", "ga": "gle"}


def language_code(language: str) -> str:
    """'en' or 'en-GB' -> 'eng'; 'und' (undetermined) for a language not in the table."""
    return _ISO639_2.get(language.split("-")[0].lower(), "und")


def _tags(doc: Document) -> dict[str, str]:
    """Tags that players and Audiobookshelf read: the narrator as composer, the publication year only when the
    sidecar gives it, `stik` 2 (audiobook) for the M4B, and a title that says when the file holds one chapter."""
    meta = doc.meta
    by = f", by {meta.author}" if meta.author else ""
    part = None if meta.complete or len(doc.chapters) != 1 else chapter_heading(doc.chapters[0])
    source = f" from {meta.source}" if meta.source else ""
    return {
        "title": f"{meta.title}, {part}" if part else meta.title,
        "album": meta.title,
        "artist": meta.author or "",
        "album_artist": meta.author or "",
        "composer": NARRATOR,
        "genre": "Audiobook",
        "date": str(meta.year) if meta.year else "",
        "language": language_code(meta.language),
        "comment": f"Read by the {NARRATOR}. Produced with producer{source}.",
        "description": f"{part + ' of ' if part else ''}{meta.title}{': ' + meta.subtitle if meta.subtitle else ''}{by}, "
                       f"read by the {NARRATOR}.",
        "media_type": "2",  # stik: audiobook (the M4B muxer's key; MP3s do not take it)
    }


def produce(doc: Document, utterances: Sequence[UtteranceLike], clips: Sequence[Path], out_dir: Path, slug: str,
            formats: frozenset[str] | set[str], cache: Path, jobs: int, tail_ms: int = DEFAULT_TAIL_MS,
            max_track_ms: int = MAX_TRACK_MS, quiet: bool = True, gains: Mapping[str, float] | None = None,
            voices: Mapping[str, Mapping[str, object]] | None = None, marks: str = "chapters",
            nested_ms: int = MIN_NESTED_MS) -> AudioResult:
    """Plan, encode (reusing the cache) and publish the asked formats of m4b/mp3; raises ProducerError.

    `gains` is dB per role (audio.level); `voices` the profile's voice settings, recorded in the timeline;
    `marks` "documents" adds the quoted documents' marks to the M4B's (the MP3s always nest them); `nested_ms` is
    the shortest document that gets a mark.
    """
    tracks = plan_tracks(doc, utterances, clips, tail_ms, max_track_ms, gains, nested_ms)
    codecs = [c for c, f in (("aac", "m4b"), ("mp3", "mp3")) if f in formats]
    encoded = encode_tracks(tracks, codecs, cache, jobs, quiet)
    fresh = sum(e.fresh for pieces in encoded.values() for e in pieces)
    tags = _tags(doc)
    written: list[Path] = []
    cover = book_cover(doc.meta, out_dir, square=True)  # cover-audio.png itself is published last, with the rest
    layout: M4bLayout | None = None
    m4b_name: str | None = None
    # the M4B is joined while the MP3s are written (both are ffmpeg copies of the whole book's audio, ~0.4 s each for
    # the sample, in every rebuild), and goes on while the build's next writers run; job.finishing waits for it, also
    # when a writer fails, so nothing writes into a staging folder being removed
    pool = ThreadPoolExecutor(max_workers=1)
    files: list[str | None] = [None] * len(tracks)
    try:
        if "aac" in codecs:
            aac = {t.number: encoded[t.number, "aac"] for t in tracks}
            layout = m4b_layout(tracks, aac)
            m4b_name = f"audiobook/{slug}.m4b"  # its own folder: library software sees one item per format
            m4b = pool.submit(write_m4b, out_dir / m4b_name, tracks, aac, layout, tags, cover, tags["language"],
                              documents=marks == "documents", subtitle=doc.meta.subtitle)
            if jobs < 2:
                m4b.result()
            later(m4b)
            (out_dir / f"{slug}.m4b").unlink(missing_ok=True)  # where builds before the audiobook/ folder put it
            written.append(out_dir / m4b_name)
        if "mp3" in codecs:
            written += _write_mp3s(doc, tracks, encoded, tags, cover, out_dir, slug, files)
    finally:
        pool.shutdown(wait=False)
    titled = frozenset(ch.id for ch in doc.chapters if ch.title)
    data = timeline(doc.meta.title, tracks, files, m4b_name, layout, voices or {}, titled)
    written.append(write_timeline(out_dir / f"{slug}.timeline.json", data))
    if "mp3" in codecs:
        written += write_captions(out_dir, data)
    if layout is not None:
        starts = m4b_chapters(tracks, layout, documents=marks == "documents")
        written.append(write_chapter_marks(out_dir / f"{slug}.chapters.vtt", starts, ms(layout.total)))
    written.append(publish_cover(out_dir, cover, square=True))
    return AudioResult(written, tracks, fresh)


def _write_mp3s(doc: Document, tracks: Sequence[Track], encoded: Mapping[tuple[int, str], Sequence[Encoded]],
                tags: Mapping[str, str], cover: bytes, out_dir: Path, slug: str, files: list[str | None]) -> list[Path]:
    """The tagged MP3 of every track (each kept when its recipe is unchanged) and the playlist; fills `files`."""
    mp3_tags = {k: v for k, v in tags.items() if k not in ("comment", "media_type", "description")}
    mp3_tags["TIT3"] = doc.meta.subtitle or ""  # ID3's subtitle frame
    # what made each MP3 last time: an MP3 whose recipe is unchanged is kept (a one-chapter edit rewrites one file)
    recipes_file = out_dir / "mp3" / RECIPES
    previous = _recipes(recipes_file)
    recipes: dict[str, str] = {}
    written: list[Path] = []
    for i, track in enumerate(tracks):
        name = f"{track.name}.mp3"
        files[i] = f"mp3/{name}"
        track_tags = {**mp3_tags, "title": track.title, "track": f"{track.number}/{len(tracks)}"}
        path, recipes[name] = write_mp3(out_dir / "mp3" / name, track, encoded[track.number, "mp3"], track_tags,
                                        cover, tags["comment"], tags["language"], previous.get(name))
        written.append(path)
    remove_stale(out_dir / "mp3", "[0-9][0-9]*-*.mp3", set(recipes))
    publish_text(recipes_file, json.dumps(recipes, indent=0, sort_keys=True) + "\n")
    written.append(write_m3u8(out_dir / f"{slug}.m3u8", doc.meta.title,
                              [(f, t) for f, t in zip(files, tracks, strict=True) if f]))
    return written


def _recipes(path: Path) -> dict[str, str]:
    """The MP3 recipes an earlier build recorded ({} when there are none, or the file is not what we wrote)."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
