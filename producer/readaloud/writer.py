"""The `readaloud` format: the EPUB with each chapter's audio and a SMIL Media Overlay, as <slug>-readaloud.epub."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from ebooklib import epub

from producer.audio.captions import stamp
from producer.context import build_time
from producer.cover import publish_cover
from producer.epub.package import write_zip_to
from producer.job import BuildJob
from producer.model import Document
from producer.publish import publishing
from producer.readaloud.smil import duration_ms, smil
from producer.readaloud.synced import Synced, audio_name, audio_of, synced_for
from producer.readaloud.synced import requirements as audio_requirements

requirements = audio_requirements  # what build.py checks before this format: the audio build's tools

ACTIVE_CLASS = "mo-active"  # styled in the EPUB's stylesheet
PLAYING_CLASS = "mo-playing"


def write(job: BuildJob) -> list[Path]:
    """Build and publish the read-aloud EPUB; raises ProducerError (the previous file stays intact)."""
    target = job.out_dir / f"{job.slug}-readaloud.epub"
    with audio_of(job) as (folder, timeline):
        synced = synced_for(job, timeline)
        with publishing(target) as tmp, open(tmp, "wb") as out:
            write_readaloud(out, job.doc, synced, folder)
    return [target, publish_cover(job.out_dir, synced.cover)]


def _in_epub(file: str) -> str:
    return f"audio/{audio_name(file)}"


def write_readaloud(out: BinaryIO, doc: Document, synced: Synced, folder: Path) -> None:
    """Write the read-aloud EPUB into `out`: the synchronized pages with an overlay per chapter and the MP3s found in
    `folder` (streamed from there, never read into memory whole)."""
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
        book.add_item(epub.EpubItem(f"audio-{k:02d}", _in_epub(file), "audio/mpeg", b""))  # its bytes: streamed below
    _metadata(book, total)
    external = {f"EPUB/{_in_epub(file)}": folder / file for file in files}
    write_zip_to(out, book, build_time(), doc.meta.language, doc.meta.source or doc.meta.title, external)


def _metadata(book: epub.EpubBook, total_ms: int) -> None:
    add = book.add_metadata
    add(None, "meta", stamp(total_ms), {"property": "media:duration"})
    add(None, "meta", ACTIVE_CLASS, {"property": "media:active-class"})
    add(None, "meta", PLAYING_CLASS, {"property": "media:playback-active-class"})
    add(None, "meta", "eSpeak NG (synthetic speech)", {"property": "media:narrator"})
    add(None, "meta", "auditory", {"property": "schema:accessMode"})
    add(None, "meta", "textual,auditory", {"property": "schema:accessModeSufficient"})
    add(None, "meta", "synchronizedAudioText", {"property": "schema:accessibilityFeature"})
