"""The only module that writes final outputs: temp file in the same folder, fsync, rename.

A failed or killed build leaves the previous output intact and no partial file.
"""

from __future__ import annotations

import contextlib
import glob
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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_parts(target: Path) -> None:
    """Delete temp files a killed build left beside `target` (their writer's pid is gone)."""
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        pid = part.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                part.unlink()


@contextlib.contextmanager
def publishing(target: Path) -> Iterator[Path]:
    """Yield a temp path beside `target`; on success it replaces `target` atomically.

    On any exception the temp file is removed and `target` is left as it was; temp
    files of earlier killed builds of the same target are removed first.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_parts(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
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
