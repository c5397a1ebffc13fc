"""Readers: a source file (plain text with optional sidecar, or the JSON form) to a Document."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from producer.errors import ContentError, UsageError
from producer.model import Diagnostic, Document
from producer.read.jsonform import from_json
from producer.read.plaintext import Sidecar, parse_sidecar, read_text


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UsageError(f"{path}: no such file; give the path of a .txt chapter or its .json form")
    if path.is_dir():
        raise UsageError(f"{path}: is a directory; give a .txt or .json file inside it")
    try:
        return path.read_bytes()
    except OSError as e:
        raise UsageError(f"{path}: cannot be read ({e.strerror}); check its permissions") from None


# Bytes no text uses (C0 controls but tab, line feed, form feed, carriage return): a text with more than this share
# of them (and more than 16), or a quarter of a small file, is binary; fewer (a stray NUL from OCR) are removed with
# a warning by the hygiene pass.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
BINARY_SHARE = 0.02


# A Project Gutenberg header's own statement of a Western 8-bit encoding ("Character set encoding: ISO-8859-1").
_DECLARED_8BIT = re.compile(rb"^Character set encoding:[ \t]*(ISO[- ]?8859-1|ISO Latin-1|Latin-1|Windows-1252|CP1252)[ \t]*\r?$",
                            re.IGNORECASE | re.MULTILINE)


_UNDEFINED_1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def decode(data: bytes, path: Path, encoding: str | None = None, legacy: list[str] | None = None) -> str:
    """Bytes to text; raises ContentError for binary data or undecodable bytes (with line and byte offset).

    Without `encoding`, text that is not UTF-8 is read as Windows-1252 (ISO-8859-1's superset, Project Gutenberg's
    "-8.txt" files), with the fact appended to `legacy` when given: as its header declares, or as a guess when nothing
    declares it, unless the file holds bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: another
    encoding). Anything else that cannot be read is an error naming the first bad byte.
    """
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(16, len(sample) * BINARY_SHARE) or controls > len(sample) / 4:
        raise ContentError(f"{path}: looks like binary data (control bytes throughout), not text; give a UTF-8 plain-text "
                           "file (a UTF-16 file: convert it to UTF-8)")
    enc = encoding or "utf-8-sig"
    if encoding is None and legacy is not None:
        try:
            return data.decode(enc)
        except UnicodeDecodeError as e:
            declared = _DECLARED_8BIT.search(data[:20000])
            if declared or not _UNDEFINED_1252.search(data):
                why = f"as its header declares on line {_line_at(data, declared.start())}" if declared else \
                    "a guess, as nothing in the file declares its encoding"
                legacy.append(f"not valid UTF-8 (byte 0x{data[e.start]:02x} on line {_line_at(data, e.start)}, offset "
                              f"{e.start}); read as Windows-1252 / ISO-8859-1, {why}; pass --encoding to choose another")
                return data.decode("cp1252", errors="replace")
    try:
        return data.decode(enc)
    except LookupError:
        raise UsageError(f"--encoding {encoding}: unknown encoding; try utf-8, cp1252 or latin-1") from None
    except UnicodeDecodeError as e:
        raise ContentError(
            f"{path}:{_line_at(data, e.start)}: byte offset {e.start}: not valid {e.encoding} (byte 0x{data[e.start]:02x}); "
            "convert the file to UTF-8 or pass --encoding (e.g. --encoding cp1252)"
        ) from None


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def load_sidecar(text_path: Path) -> Sidecar | None:
    """The `NAME.toml` beside `NAME.txt`, parsed, or None when there is none."""
    toml_path = text_path.with_suffix(".toml")
    if not toml_path.is_file():
        return None
    raw = decode(_read_bytes(toml_path), toml_path)
    try:
        data: dict[str, Any] = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        # tomllib says "... (at line 3, column 5)"; keep that position in file:line form
        msg = str(e)
        line = msg.rsplit("line ", 1)[-1].split(",")[0] if "(at line" in msg else "1"
        raise ContentError(f"{toml_path}:{line}: invalid TOML: {msg}; fix the syntax (strings need quotes)") from None
    return parse_sidecar(data, toml_path, raw)


def load(path: Path, encoding: str | None = None) -> Document:
    """Read a chapter from `.txt` (with sidecar) or `.json`; raises ProducerError on bad input."""
    data = _read_bytes(path)
    legacy: list[str] = []
    text = decode(data, path, encoding, None if path.suffix.lower() == ".json" else legacy)
    if path.suffix.lower() == ".json":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as e:
            raise ContentError(f"{path}:{e.lineno}:{e.colno}: invalid JSON: {e.msg}; fix it or re-create it with `producer segment`") from None
        return from_json(raw, str(path))
    if not text.strip():
        raise ContentError(f"{path}: the file is empty or only white space; give a chapter's text")
    doc = read_text(text, path.name, load_sidecar(path))
    if legacy:
        doc = replace(doc, diagnostics=(Diagnostic("encoding", "warning", legacy[0], 1, 1), *doc.diagnostics))
    return doc
