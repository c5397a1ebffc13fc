"""The `epub` format: build the accessible EPUB3 and publish it atomically as DIR/<slug>/<slug>.epub."""

from __future__ import annotations

from pathlib import Path

from producer.context import build_time
from producer.cover import book_cover, cover_png, publish_cover
from producer.epub.lexicon import Lexicon, find_lexicons
from producer.epub.package import build_book, write_zip
from producer.job import BuildJob
from producer.model import Document
from producer.publish import publish_bytes
from producer.tools import Tool


def requirements(job: BuildJob) -> tuple[Tool, ...]:
    """An EPUB needs no external program."""
    return ()


def epub_bytes(doc: Document, lexicons: tuple[Lexicon, ...] = (), cover: bytes | None = None) -> bytes:
    """The EPUB for `doc` as bytes (`cover`: its PNG, drawn when not given); same input and SOURCE_DATE_EPOCH give the same bytes."""
    book = build_book(doc, lexicons, cover_png(doc.meta) if cover is None else cover)
    return write_zip(book, build_time(), doc.meta.language, doc.meta.source or doc.meta.title)


def write(job: BuildJob) -> list[Path]:
    """Build and publish the EPUB; raises ProducerError (the previous file stays intact)."""
    cover = book_cover(job.doc.meta, job.out_dir)
    data = epub_bytes(job.doc, find_lexicons(job.source), cover)
    return [publish_bytes(job.out_dir / f"{job.slug}.epub", data), publish_cover(job.out_dir, cover)]
