"""The only module that writes final outputs: temp file in the same folder, fsync, rename.

A failed or killed build leaves the previous output intact and no partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def publishing(target: Path) -> Iterator[Path]:
    """Yield a temp path beside `target`; on success it replaces `target` atomically.

    On any exception the temp file is removed and `target` is left as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def publish_bytes(target: Path, data: bytes) -> Path:
    """Write `data` to `target` atomically and return `target`."""
    with publishing(target) as tmp:
        tmp.write_bytes(data)
    return target


def publish_text(target: Path, text: str) -> Path:
    """Write UTF-8 `text` to `target` atomically and return `target`."""
    return publish_bytes(target, text.encode("utf-8"))
