"""ID3v2.4 frames ffmpeg cannot write (or writes slowly), added to the tag ffmpeg wrote: a COMM comment, nested
chapters, the cover.

ffmpeg writes a comment as a TXXX frame, which players do not show as the comment, and only a flat chapter
table. mutagen can write both, but it re-sorts every frame by size on saving, and ffprobe (so Audiobookshelf)
lists MP3 chapters in the order of their frames. So the frames are built here, to the ID3v2.4 and ID3 chapter
specifications, and appended after ffmpeg's frames, in the order given; mutagen reads them back in the tests.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from producer.errors import ToolFailure

_NO_OFFSET = 0xFFFFFFFF


def _syncsafe(n: int) -> bytes:
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


def _unsyncsafe(b: bytes) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def frame(frame_id: str, data: bytes) -> bytes:
    """One ID3v2.4 frame: id, syncsafe size, no flags."""
    return frame_id.encode("ascii") + _syncsafe(len(data)) + b"\x00\x00" + data


def text_frame(frame_id: str, text: str) -> bytes:
    """A text frame (TIT2, ...) in UTF-8."""
    return frame(frame_id, b"\x03" + text.encode("utf-8"))


def comment(text: str, language: str) -> bytes:
    """A COMM frame with no description, in UTF-8; `language` is ISO 639-2 ('eng')."""
    return frame("COMM", b"\x03" + language.encode("ascii")[:3].ljust(3, b"x") + b"\x00" + text.encode("utf-8"))


def picture(png: bytes) -> bytes:
    """An APIC frame holding the front cover (picture type 3), a PNG."""
    # text encoding UTF-8, MIME type, picture type 3, a description, the picture
    return frame("APIC", b"\x03" + b"image/png\x00" + b"\x03" + b"Cover (front)\x00" + png)


@dataclass(frozen=True, slots=True)
class Chap:
    """A chapter: its element id, start and end in milliseconds, title."""

    element: str
    start: int
    end: int
    title: str


def chapters(top: Sequence[Chap], nested: Sequence[tuple[str, str, Sequence[Chap]]]) -> bytes:
    """CHAP frames for `top` and for each nested group, a top-level ordered CTOC listing `top` and the groups, and
    one ordered CTOC per group ((element id, title, its chapters)), so players that read nested tables show the
    group's chapters under the top-level ones, and the others show the top-level ones."""
    out = b"".join(_chap(c) for c in top)
    groups = b""
    for element, title, inner in nested:
        out += b"".join(_chap(c) for c in inner)
        groups += _ctoc(element, [c.element for c in inner], title, top=False)
    children = [c.element for c in top] + [element for element, _, _ in nested]
    return out + _ctoc("toc", children, "Contents", top=True) + groups


def _chap(c: Chap) -> bytes:
    data = c.element.encode("latin-1") + b"\x00" + struct.pack(">IIII", c.start, c.end, _NO_OFFSET, _NO_OFFSET)
    return frame("CHAP", data + text_frame("TIT2", c.title))


def _ctoc(element: str, children: Sequence[str], title: str, top: bool) -> bytes:
    if len(children) > 255:
        raise ValueError("an ID3 table of contents holds at most 255 entries")
    flags = 0x01 | (0x02 if top else 0)  # ordered; top-level
    data = element.encode("latin-1") + b"\x00" + bytes([flags, len(children)])
    data += b"".join(c.encode("latin-1") + b"\x00" for c in children)
    return frame("CTOC", data + text_frame("TIT2", title))


def append_frames(path: Path, frames: bytes) -> None:
    """Write `frames` after the frames of the ID3v2.4 tag at the start of `path`, in its padding (ffmpeg leaves as
    much as asked with -metadata_header_padding), so the audio after the tag is never copied.

    Raises ToolFailure when the file does not start with an ID3v2.4 tag as ffmpeg writes it, or its padding is short.
    """
    with open(path, "r+b") as f:
        header = f.read(10)
        if len(header) < 10 or header[:3] != b"ID3" or header[3] != 4 or header[5] & 0xD0:
            raise ToolFailure(f"{path}: expected an ID3v2.4 tag without extended header or unsynchronisation from ffmpeg")
        body = f.read(_unsyncsafe(header[6:10]))
        pos = 0
        while pos + 10 <= len(body) and body[pos] != 0:
            pos += 10 + _unsyncsafe(body[pos + 4: pos + 8])
        if len(body) - pos < len(frames):
            raise ToolFailure(f"{path}: ffmpeg left {len(body) - pos} bytes of ID3 padding where {len(frames)} were asked")
        f.seek(10 + pos)
        f.write(frames)
