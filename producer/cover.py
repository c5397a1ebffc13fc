"""The generated cover: title, subtitle and author set plainly on a dark panel, as PNG bytes.

Shared with the audiobook writer, which embeds the same image as cover art. Every build
also publishes it as `DIR/<slug>/cover.png` (the folder artwork many players show for the
MP3s). Drawing takes ~40 ms in a fresh process, so the PNG carries a key of everything that
shapes it in a text chunk, and a build whose key matches the cover.png already in the output
folder uses that file instead, and Pillow's drawing modules (~50 ms to import) are loaded only to draw.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import PIL

from producer.cache import content_key
from producer.model import Meta
from producer.publish import publish_bytes

WIDTH, HEIGHT = 1600, 2400  # the book's cover: 2:3, what e-reader stores ask for
BACKGROUND = (28, 38, 58)  # dark blue; the off-white text on it is about 14:1 contrast
FOREGROUND = (250, 248, 240)
# Drawn as one 8-bit channel (0 = background, 255 = text) and coloured through a palette:
# a third of the PNG encoding time of RGB, which matters against the pandoc benchmark.
TEXT, RULE = 255, 150
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian's fonts-dejavu-core
FACES = ("DejaVuSerif-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSans.ttf")  # title, subtitle, author
DRAWING = 2  # bump when the drawing below changes, so covers drawn before are drawn again
COVER_FILE = "cover.png"
AUDIO_COVER_FILE = "cover-audio.png"
AUDIO_SIZE = 1400  # the audiobook's cover: square, 1400×1400 at least, as Apple Books and ACX ask
KEY_WORD = "producer cover key"  # the PNG text chunk that holds `cover_key`

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

    Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _font(name: str, size: int) -> Font:
    """A DejaVu face, or Pillow's built-in font when fonts-dejavu-core is not installed."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype(str(FONT_DIR / name), size)
    except OSError:
        return ImageFont.load_default(size=size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, width: int) -> list[str]:
    """Greedy word wrap to `width` pixels; a word longer than the line stands alone."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and draw.textlength(trial, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def _fit(draw: ImageDraw.ImageDraw, text: str, face: str, size: int, width: int, max_lines: int) -> tuple[Font, list[str]]:
    """The largest font size (down to a third of `size`) at which `text` wraps into `max_lines`."""
    floor = max(24, size // 3)
    while True:
        font = _font(face, size)
        lines = _wrap(draw, text, font, width)
        too_wide = any(draw.textlength(line, font=font) > width for line in lines)
        if (len(lines) <= max_lines and not too_wide) or size <= floor:
            return font, lines
        size = int(size * 0.9)


def _block(draw: ImageDraw.ImageDraw, y: int, lines: list[str], font: Font, fill: int, gap: float) -> int:
    """Draw centred lines from `y` at an even line pitch; returns the y below them."""
    from PIL import ImageFont

    middle = draw.im.size[0] / 2
    if isinstance(font, ImageFont.FreeTypeFont):
        ascent, descent = font.getmetrics()
        pitch = int((ascent + descent) * gap)
        for line in lines:
            draw.text((middle, y), line, font=font, fill=fill, anchor="ma")
            y += pitch
        return y
    for line in lines:  # Pillow's bitmap font: no anchors, measure each line
        left, top, right, bottom = draw.textbbox((0, 0), line, font=font)
        draw.text((middle - (right - left) / 2 - left, y - top), line, font=font, fill=fill)
        y += int((bottom - top) * gap) + 10
    return y


def _palette() -> list[int]:
    """256 colours blending linearly from the background to the text colour."""
    return [round(b + (f - b) * i / 255) for i in range(256) for b, f in zip(BACKGROUND, FOREGROUND)]


def cover_png(meta: Meta, square: bool = False) -> bytes:
    """The cover image for `meta` as PNG bytes, its key in a text chunk; the same metadata always gives the same bytes.

    `square`: the audiobook's (AUDIO_SIZE square), laid out on the same lines with the type a little smaller.
    """
    from PIL import Image, ImageDraw, PngImagePlugin

    width, height = (AUDIO_SIZE, AUDIO_SIZE) if square else (WIDTH, HEIGHT)
    scale = width / WIDTH * (0.8 if square else 1.0)
    image = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(image)
    margin = round(160 * width / WIDTH)
    text_width = width - 2 * margin
    draw.rectangle((margin // 2, margin // 2, width - margin // 2, height - margin // 2), outline=RULE, width=6)
    title_face, subtitle_face, author_face = FACES
    title_font, title_lines = _fit(draw, meta.title, title_face, round(170 * scale), text_width, 3 if square else 4)
    y = _block(draw, 238 if square else 560, title_lines, title_font, TEXT, 1.1)
    if meta.subtitle:
        sub_font, sub_lines = _fit(draw, meta.subtitle, subtitle_face, round(76 * scale), text_width, 2 if square else 3)
        y = _block(draw, y + round(60 * scale), sub_lines, sub_font, TEXT, 1.15)
    rule = round(180 * scale)
    draw.line((width / 2 - rule, y + round(70 * scale), width / 2 + rule, y + round(70 * scale)), fill=RULE, width=5)
    if meta.author:
        author_font, author_lines = _fit(draw, meta.author, author_face, round(96 * scale), text_width, 2)
        _block(draw, height - (280 if square else 560), author_lines, author_font, TEXT, 1.15)
    image.putpalette(_palette())
    info = PngImagePlugin.PngInfo()
    info.add_text(KEY_WORD, cover_key(meta, square))
    out = io.BytesIO()
    # Named, the stream lets Pillow pick its PNG writer by the extension; given format="PNG",
    # it first loads five format plugins (~20 ms in a fresh process).
    out.name = COVER_FILE
    # zlib's run-length strategy: ~8 ms and 43 KB for the book's cover, where level 3 took 12 ms for 54 KB and level
    # 6 took 60 ms (the cover is long runs of one colour)
    image.save(out, compress_level=9, compress_type=zlib.Z_RLE, pnginfo=info)
    return out.getvalue()


def cover_key(meta: Meta, square: bool = False) -> str:
    """What the cover's pixels depend on, hashed: its text, its shape, the drawing, the font files and Pillow."""
    fonts: dict[str, int | None] = {}
    for name in FACES:
        try:
            fonts[name] = (FONT_DIR / name).stat().st_size  # None: Pillow's own font is used
        except OSError:
            fonts[name] = None
    size = [AUDIO_SIZE, AUDIO_SIZE] if square else [WIDTH, HEIGHT]
    return content_key({"drawing": DRAWING, "size": size, "text": [meta.title, meta.subtitle, meta.author],
                        "fonts": fonts, "pillow": PIL.__version__})


def embedded_key(png: bytes) -> str | None:
    """The `KEY_WORD` text chunk of a PNG, read without decoding the image; None when there is none."""
    if not png.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    pos = 8
    while pos + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":  # text chunks that matter come before the image data
            return None
        if kind == b"tEXt":
            word, _, text = png[pos + 8:pos + 8 + length].partition(b"\0")
            if word.decode("latin-1") == KEY_WORD:
                return text.decode("latin-1")
        pos += 12 + length
    return None


def book_cover(meta: Meta, out_dir: Path, square: bool = False) -> bytes:
    """The cover PNG for `meta`: the `cover.png` (`cover-audio.png` if `square`) an earlier build left in `out_dir`
    when its key matches, else drawn."""
    try:
        previous = (out_dir / (AUDIO_COVER_FILE if square else COVER_FILE)).read_bytes()
    except OSError:
        previous = b""
    return previous if previous and embedded_key(previous) == cover_key(meta, square) else cover_png(meta, square)


def publish_cover(out_dir: Path, png: bytes, square: bool = False) -> Path:
    """Publish `png` as `out_dir/cover.png` (`cover-audio.png` if `square`), unless that file already holds these bytes."""
    target = out_dir / (AUDIO_COVER_FILE if square else COVER_FILE)
    try:
        if target.read_bytes() == png:
            return target
    except OSError:
        pass
    return publish_bytes(target, png)


def cover_alt(meta: Meta) -> str:
    """The cover's alternative text: what it shows, in words."""
    title = f"{meta.title}: {meta.subtitle}" if meta.subtitle else meta.title
    return f"Cover: {title}" + (f", by {meta.author}" if meta.author else "")
