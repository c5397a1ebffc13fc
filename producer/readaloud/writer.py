"""The `readaloud` format: the EPUB with each chapter's audio and a SMIL Media Overlay, as <slug>-readaloud.epub.

It reuses what the audio build made: the per-chapter MP3s and the timeline. When the same build also makes
`mp3`, those files are read from the book's folder; otherwise the audio build runs into a scratch folder first
(its clips and encodes come from the cache, so nothing is spoken twice).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from ebooklib import epub

from producer.audio import audiobook
from producer.audio.captions import stamp
from producer.context import build_time
from producer.cover import book_cover, publish_cover
from producer.diagnostics import report
from producer.epub.lexicon import Lexicon, find_lexicons
from producer.epub.package import assemble, write_zip
from producer.job import BuildJob
from producer.model import Diagnostic, Document
from producer.publish import publish_bytes
from producer.readaloud.smil import duration_ms, pars, smil
from producer.readaloud.sync import Clip, clips, place, unspoken
from producer.tools import Tool

ACTIVE_CLASS = "mo-active"  # styled in the EPUB's stylesheet
PLAYING_CLASS = "mo-playing"


def requirements(job: BuildJob) -> tuple[Tool, ...]:
    """What the audio build needs: its MP3s and timeline are this format's input."""
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


def write(job: BuildJob) -> list[Path]:
    """Build and publish the read-aloud EPUB; raises ProducerError (the previous file stays intact)."""
    cover = book_cover(job.doc.meta, job.out_dir)
    with audio_of(job) as (folder, timeline):
        data, diagnostics = readaloud_bytes(job.doc, timeline, folder, find_lexicons(job.source), cover)
    report(str(job.source), diagnostics, strict=False, quiet=job.options.quiet)
    return [publish_bytes(job.out_dir / f"{job.slug}-readaloud.epub", data), publish_cover(job.out_dir, cover)]


def _audio_name(file: str) -> str:
    return f"audio/{PurePosixPath(file).name}"


def readaloud_bytes(doc: Document, timeline: Mapping[str, Any], folder: Path, lexicons: tuple[Lexicon, ...],
                    cover: bytes) -> tuple[bytes, list[Diagnostic]]:
    """The read-aloud EPUB and what it could not pair (spoken text not on the page, printed text never spoken)."""
    heard = clips(timeline)
    marks, lost = place(doc, heard)
    built = assemble(doc, lexicons, cover, marks)
    book, ids = built.book, built.ids
    spoken = ids.sentences.spoken if ids.sentences else {}

    def element_of(clip: Clip) -> str | None:
        if clip.cue:
            key = clip.chapter if clip.cue == "heading" else clip.document if clip.cue == "document" else clip.note
            return ids.cues.get((clip.cue, key or ""))
        return spoken.get(clip.uid)

    kinds = {d.id: d.kind for d in doc.documents}
    anchors = {d: element for d, (_, element) in ids.anchors.items()}
    anchors.update({n.id: ids.ids.get("note", n.id) for n in doc.notes})
    file_ms = {t["file"]: t["duration_ms"] for t in timeline["tracks"] if t.get("file")}
    total = 0
    for number, chapter in enumerate(doc.chapters, start=1):
        page = built.pages[chapter.id]
        items = pars([c for c in heard if c.chapter == chapter.id], element_of, _audio_name, file_ms)
        if not items:
            continue
        overlay = epub.EpubItem(f"overlay-{number:02d}", f"chapter-{number:02d}.smil", "application/smil+xml",
                                smil(page.file_name, ids.ids.get("ch", chapter.id), items, kinds, anchors))
        book.add_item(overlay)
        page.media_overlay = overlay.id  # type: ignore[attr-defined]
        seconds = duration_ms(items)
        total += seconds
        book.add_metadata(None, "meta", stamp(seconds), {"property": "media:duration", "refines": f"#{overlay.id}"})
    _add_audio(book, folder, heard)
    _metadata(book, total)
    data = write_zip(book, build_time(), doc.meta.language, doc.meta.source or doc.meta.title)
    return data, _diagnostics(doc, marks, lost)


def _add_audio(book: epub.EpubBook, folder: Path, heard: Sequence[Clip]) -> None:
    for k, file in enumerate(dict.fromkeys(c.file for c in heard), start=1):
        book.add_item(epub.EpubItem(f"audio-{k:02d}", _audio_name(file), "audio/mpeg", (folder / file).read_bytes()))


def _metadata(book: epub.EpubBook, total_ms: int) -> None:
    add = book.add_metadata
    add(None, "meta", stamp(total_ms), {"property": "media:duration"})
    add(None, "meta", ACTIVE_CLASS, {"property": "media:active-class"})
    add(None, "meta", PLAYING_CLASS, {"property": "media:playback-active-class"})
    add(None, "meta", "eSpeak NG (synthetic speech)", {"property": "media:narrator"})
    add(None, "meta", "auditory", {"property": "schema:accessMode"})
    add(None, "meta", "textual,auditory", {"property": "schema:accessModeSufficient"})
    add(None, "meta", "synchronizedAudioText", {"property": "schema:accessibilityFeature"})


def _diagnostics(doc: Document, marks: Mapping[str, Sequence[Any]], lost: Sequence[Clip]) -> list[Diagnostic]:
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
