"""The `readaloud` format: the EPUB with each chapter's audio and a SMIL Media Overlay, as <slug>-readaloud.epub."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ebooklib import epub

from producer.audio import audiobook
from producer.audio.captions import stamp
from producer.context import build_time
from producer.cover import book_cover, publish_cover
from producer.diagnostics import report
from producer.epub.lexicon import Lexicon, find_lexicons
from producer.epub.package import write_zip
from producer.job import BuildJob
from producer.model import Diagnostic, Document
from producer.publish import publish_bytes
from producer.readaloud.smil import duration_ms, smil
from producer.readaloud.synced import audio_name, audio_of, synchronize
from producer.tools import Tool

ACTIVE_CLASS = "mo-active"  # styled in the EPUB's stylesheet
PLAYING_CLASS = "mo-playing"


def requirements(job: BuildJob) -> tuple[Tool, ...]:
    """What the audio build needs: its MP3s and timeline are this format's input."""
    return audiobook.requirements(job)


def write(job: BuildJob) -> list[Path]:
    """Build and publish the read-aloud EPUB; raises ProducerError (the previous file stays intact)."""
    cover = book_cover(job.doc.meta, job.out_dir)
    with audio_of(job) as (folder, timeline):
        data, diagnostics = readaloud_bytes(job.doc, timeline, folder, find_lexicons(job.source), cover)
    report(str(job.source), diagnostics, strict=False, quiet=job.options.quiet)
    return [publish_bytes(job.out_dir / f"{job.slug}-readaloud.epub", data), publish_cover(job.out_dir, cover)]


def _in_epub(file: str) -> str:
    return f"audio/{audio_name(file)}"


def readaloud_bytes(doc: Document, timeline: Mapping[str, Any], folder: Path, lexicons: tuple[Lexicon, ...],
                    cover: bytes) -> tuple[bytes, list[Diagnostic]]:
    """The read-aloud EPUB and what it could not pair (spoken text not on the page, printed text never spoken)."""
    synced = synchronize(doc, timeline, lexicons, cover)
    book, ids = synced.built.book, synced.built.ids
    kinds = {d.id: d.kind for d in doc.documents}
    anchors = {d: element for d, (_, element) in ids.anchors.items()}
    anchors.update({n.id: ids.ids.get("note", n.id) for n in doc.notes})
    total = 0
    for number, (chapter, items) in enumerate(synced.chapters, start=1):
        if not items:
            continue
        page = synced.built.pages[chapter.id]
        overlay = epub.EpubItem(f"overlay-{number:02d}", f"chapter-{number:02d}.smil", "application/smil+xml",
                                smil(page.file_name, ids.ids.get("ch", chapter.id), items, kinds, anchors, _in_epub))
        book.add_item(overlay)
        page.media_overlay = overlay.id  # type: ignore[attr-defined]
        length = duration_ms(items)
        total += length
        book.add_metadata(None, "meta", stamp(length), {"property": "media:duration", "refines": f"#{overlay.id}"})
    files = list(dict.fromkeys(p.audio for _, items in synced.chapters for p in items))
    for k, file in enumerate(files, start=1):
        book.add_item(epub.EpubItem(f"audio-{k:02d}", _in_epub(file), "audio/mpeg", (folder / file).read_bytes()))
    _metadata(book, total)
    return write_zip(book, build_time(), doc.meta.language, doc.meta.source or doc.meta.title), synced.diagnostics


def _metadata(book: epub.EpubBook, total_ms: int) -> None:
    add = book.add_metadata
    add(None, "meta", stamp(total_ms), {"property": "media:duration"})
    add(None, "meta", ACTIVE_CLASS, {"property": "media:active-class"})
    add(None, "meta", PLAYING_CLASS, {"property": "media:playback-active-class"})
    add(None, "meta", "eSpeak NG (synthetic speech)", {"property": "media:narrator"})
    add(None, "meta", "auditory", {"property": "schema:accessMode"})
    add(None, "meta", "textual,auditory", {"property": "schema:accessModeSufficient"})
    add(None, "meta", "synchronizedAudioText", {"property": "schema:accessibilityFeature"})
