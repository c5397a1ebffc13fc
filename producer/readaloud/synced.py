"""The book's pages with every spoken sentence marked, and each chapter's pars: what every read-aloud format is made of.

The audio is this build's own: when the same build makes `mp3`, its MP3s and timeline are read from the book's
folder; otherwise the audio build runs into a scratch folder first (its clips and encodes come from the cache, so
nothing is spoken or encoded twice). The pages are synchronized once per book, however many read-aloud formats the
build asks for (`synced_for`).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from producer.audio import audiobook
from producer.cover import book_cover
from producer.diagnostics import report
from producer.epub.lexicon import Lexicon, find_lexicons
from producer.epub.package import Assembled, assemble
from producer.job import BuildJob
from producer.model import Chapter, Diagnostic, Document
from producer.publish import publish_bytes, publishing
from producer.readaloud.smil import Par, pars
from producer.readaloud.sync import Clip, clips, place, unspoken
from producer.tools import Tool


def requirements(job: BuildJob) -> tuple[Tool, ...]:
    """What the audio build needs: its MP3s and timeline are every read-aloud format's input."""
    return audiobook.requirements(job)


@contextmanager
def audio_of(job: BuildJob) -> Iterator[tuple[Path, dict[str, Any]]]:
    """(folder holding `mp3/`, the timeline) of this build's audio, made in a scratch folder when not asked for."""
    if "mp3" in job.formats:  # the audio writer ran first in this build (build.FORMATS order)
        yield job.out_dir, json.loads((job.out_dir / f"{job.slug}.timeline.json").read_text(encoding="utf-8"))
        return
    with tempfile.TemporaryDirectory(prefix="producer-readaloud-") as scratch:
        folder = Path(scratch)
        audiobook.write(replace(job, out_dir=folder, formats=frozenset({"mp3"})))
        yield folder, json.loads((folder / f"{job.slug}.timeline.json").read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Synced:
    """The pages (as the EPUB writer built them, sentences wrapped), each chapter's pars, and the audio files' lengths."""

    built: Assembled  # the read-aloud EPUB writer adds its overlays and audio to `built.book`; the others read pages
    chapters: list[tuple[Chapter, list[Par]]]
    file_ms: dict[str, int]  # audio file (as the timeline names it, 'mp3/02-....mp3') -> milliseconds
    diagnostics: list[Diagnostic]
    cover: bytes


_last: list[tuple[BuildJob, Synced]] = []  # the book being built: each of its read-aloud formats reuses it


def synced_for(job: BuildJob, timeline: Mapping[str, Any]) -> Synced:
    """`synchronize` for this book, done once for all its read-aloud formats, its diagnostics reported once."""
    if _last and _last[0][0].doc is job.doc and _last[0][0].out_dir == job.out_dir:
        return _last[0][1]
    cover = book_cover(job.doc.meta, job.out_dir)
    synced = synchronize(job.doc, timeline, find_lexicons(job.source), cover)
    report(str(job.source), synced.diagnostics, strict=False, quiet=job.options.quiet)
    _last[:] = [(job, synced)]
    return synced


def place_audio(source: Path, target: Path) -> Path:
    """An MP3 of the audio build in another format's folder: a hard link where it can be, else a copy."""
    with publishing(target) as tmp:
        tmp.unlink()
        try:
            os.link(source, tmp)
        except OSError:
            shutil.copyfile(source, tmp)
    return target


IGNORE_FILE = ".ignore"  # Audiobookshelf's scanner skips a folder holding one


def not_an_audiobook(folder: Path) -> Path:
    """Mark `folder` (a DAISY book, the web player) so that Audiobookshelf does not list its MP3s as another book."""
    return publish_bytes(folder / IGNORE_FILE, b"")


def audio_name(file: str) -> str:
    """The audio file's name without its folder: '02-chapter-i.mp3'."""
    return PurePosixPath(file).name


def synchronize(doc: Document, timeline: Mapping[str, Any], lexicons: tuple[Lexicon, ...], cover: bytes) -> Synced:
    """Place the timeline's sentences in the pages and pair each with its clip; report what could not be paired."""
    heard = clips(timeline)
    marks, lost = place(doc, heard)
    built = assemble(doc, lexicons, cover, marks)
    ids = built.ids
    spoken = ids.sentences.spoken if ids.sentences else {}

    marked: dict[str, int] = {}  # note id -> markers of it heard so far

    def element_of(clip: Clip) -> str | None:
        if clip.cue.startswith("noteref "):  # "note 1" where the marker stands: its k-th marker in the text
            note = clip.cue.split(" ", 1)[1]
            k = marked[note] = marked.get(note, -1) + 1
            refs = ids.noterefs.get(note, [])
            return refs[k][1] if k < len(refs) else None
        if clip.cue:
            key = clip.chapter if clip.cue == "heading" else clip.document if clip.cue == "document" else clip.note
            return ids.cues.get((clip.cue, key or ""))
        return spoken.get(clip.uid)

    file_ms = {t["file"]: t["duration_ms"] for t in timeline["tracks"] if t.get("file")}
    chapters = [(ch, pars([c for c in heard if c.chapter == ch.id], element_of, file_ms)) for ch in doc.chapters]
    return Synced(built, chapters, file_ms, _diagnostics(doc, marks, lost), cover)


def _diagnostics(doc: Document, marks: Mapping[str, Any], lost: list[Clip]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if lost:
        out.append(Diagnostic("readaloud-unplaced", "warning",
                              f"{len(lost)} spoken sentence(s) not found on the page, first: {lost[0].text[:60]!r}; "
                              "they play without a highlight", None, None))
    silent = unspoken(doc, marks)
    if silent:
        key, text = silent[0]
        out.append(Diagnostic("readaloud-unspoken", "warning",
                              f"printed text never spoken in {len(silent)} block(s), first in {key}: {text[:60]!r}", None, None))
    return out
