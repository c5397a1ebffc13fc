"""The cover image for the audio files: the EPUB's cover when that module exists, else a plain stand-in."""

from __future__ import annotations

import importlib
import io
import textwrap

from producer.model import Meta


def cover_png(meta: Meta) -> bytes:
    """PNG bytes of the book's cover (the same image the EPUB uses, when `producer.epub.cover` is installed)."""
    try:
        module = importlib.import_module("producer.epub.cover")
    except ImportError:
        return _plain_cover(meta)
    data: bytes = module.cover_png(meta)
    return data


def _plain_cover(meta: Meta) -> bytes:
    """A 600x600 cover with the title and author, until the EPUB's cover module lands."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (600, 600), (32, 44, 64))
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=44)
    small = ImageFont.load_default(size=28)
    y = 180
    for line in textwrap.wrap(meta.title, 22):
        draw.text((300, y), line, font=font, fill=(245, 240, 225), anchor="mm")
        y += 56
    if meta.author:
        draw.text((300, y + 40), meta.author, font=small, fill=(210, 200, 180), anchor="mm")
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()
