"""The only module that writes final outputs: temp file in the same folder, fsync, rename.

A book is published whole: its outputs are written into a staging folder beside
`DIR/<slug>/` (started as hard links to the previous book's files, so formats not rebuilt
stay), which then replaces the book's folder. A failed or killed build leaves the previous
book whole, its audio and timeline together, and no partial file; the next build clears what
a killed one left. Two builds of the same book take turns (a lock file beside the folder), so
neither publishes a staging folder made before the other's outputs landed.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import shutil
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


def remove_stale(folder: Path, pattern: str, keep: set[str]) -> None:
    """Delete files matching `pattern` in `folder` that this build did not write (renamed or removed chapters)."""
    for path in folder.glob(pattern):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def _owner_gone(path: Path) -> bool:
    """Whether the build that made `.NAME.staging.PID` or `.NAME.previous.PID` is no longer running."""
    pid = path.name.rsplit(".", 1)[-1]
    return pid.isdigit() and not _alive(int(pid))


def _clear_leftovers(final: Path) -> None:
    """Undo what killed builds of this book left: restore a previous folder caught mid-swap, drop stagings."""
    for previous in sorted(final.parent.glob(f".{glob.escape(final.name)}.previous.*")):
        if _owner_gone(previous):
            if not final.exists():
                os.rename(previous, final)  # killed between its two renames: the previous book comes back
            else:
                shutil.rmtree(previous, ignore_errors=True)
    for staging in final.parent.glob(f".{glob.escape(final.name)}.staging.*"):
        if _owner_gone(staging):
            shutil.rmtree(staging, ignore_errors=True)


def _link_tree(source: Path, target: Path) -> None:
    """`target` as a copy of `source` made of hard links (copies where links are not possible)."""
    shutil.copytree(source, target, copy_function=_link_or_copy,
                    ignore=shutil.ignore_patterns(".*.part"))


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


@contextlib.contextmanager
def _book_lock(final: Path) -> Iterator[None]:
    """Hold the lock of book folder `final` (waiting for another build of it to finish); the kernel frees it if we die."""
    with open(final.parent / f".{final.name}.lock", "a") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


@contextlib.contextmanager
def staged_folder(final: Path) -> Iterator[Path]:
    """Yield a staging folder holding the book's current files; on success it becomes `final`, whole.

    Files are replaced in the staging folder (never changed in place, so the hard links to the
    published files stay untouched). On any exception the staging folder is removed and `final`
    is left as it was. Another build of the same book waits until this one is published.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    with _book_lock(final):
        _clear_leftovers(final)
        staging = final.parent / f".{final.name}.staging.{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        if final.is_dir():
            _link_tree(final, staging)
        else:
            staging.mkdir()
        try:
            yield staging
            previous = final.parent / f".{final.name}.previous.{os.getpid()}"
            if final.exists():
                os.rename(final, previous)
            os.rename(staging, final)
            _fsync_dir(final.parent)
            shutil.rmtree(previous, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
