"""The cover image for the audio files: the same one the EPUB uses."""

from __future__ import annotations

from producer.epub.cover import cover_png as epub_cover_png
from producer.model import Meta


def cover_png(meta: Meta) -> bytes:
    """PNG bytes of the book's cover, identical to the EPUB's."""
    return epub_cover_png(meta)
