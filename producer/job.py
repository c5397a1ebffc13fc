"""What a writer is given: one book's document, where its outputs go, which formats, and the options.

Writers import this module, never the build driver.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import re
import unicodedata
from collections.abc import Iterator
from concurrent.futures import Future
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


_LATER: ContextVar[list[Future[Any]] | None] = ContextVar("later", default=None)


@contextlib.contextmanager
def finishing() -> Iterator[None]:
    """Around one book's writers: work a writer hands over with `later` (the M4B's join, while the read-aloud
    formats are written) is waited for when the block ends, and its error raised there; on an error in the block it
    is waited for too, so that nothing writes into the book's staging folder once that is removed."""
    pending: list[Future[Any]] = []
    token = _LATER.set(pending)
    try:
        yield
    except BaseException:
        concurrent.futures.wait(pending)
        raise
    finally:
        _LATER.reset(token)
    for future in pending:
        future.result()


def later(future: Future[Any]) -> None:
    """Let `future` finish while the book's next writers run (see finishing); outside a build, wait for it now."""
    pending = _LATER.get()
    if pending is None:
        future.result()
    else:
        pending.append(future)
