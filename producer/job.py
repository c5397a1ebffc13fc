"""What a writer is given: one book's document, where its outputs go, which formats, and the options.

Writers import this module, never the build driver.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from producer.model import Document


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Options shared by every writer; flags override the voice profile's values."""

    voice: str = "default"
    notes: str | None = None  # None: the voice profile's choice
    cache: Path | None = None
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    quiet: bool = False
    strict: bool = False
    marks: str = "chapters"  # M4B chapter marks: "chapters", or "documents" to add the quoted documents'


@dataclass(frozen=True, slots=True)
class BuildJob:
    """One source file to build: its document, where the results go, which formats."""

    doc: Document
    source: Path
    slug: str
    out_dir: Path
    formats: frozenset[str]
    options: BuildOptions


def slugify(stem: str) -> str:
    """A safe folder/file name: ASCII, lowercase, hyphens, at most 80 characters."""
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")
    if slug in _RESERVED:  # names Windows keeps for devices, in any case: a shelf copied there must still open
        slug += "-book"
    return slug or "book"


_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})
