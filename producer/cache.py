"""The build cache: one folder of content-addressed files (speech clips, encoded audio, covers).

Every file is named by a hash of everything that determines its bytes, so a hit is always
right, concurrent builds can share the folder, and deleting it only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def resolve_cache_dir(option: Path | None) -> Path:
    """The cache folder: `--cache` > $PRODUCER_CACHE > ./.cache/producer."""
    if option is not None:
        return Path(option)
    env = os.environ.get("PRODUCER_CACHE")
    if env:
        return Path(env)
    return Path.cwd() / ".cache" / "producer"


def content_key(material: dict[str, Any]) -> str:
    """The hex SHA-256 of `material` as canonical JSON."""
    return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def remember(path: Path, make: Callable[[], bytes]) -> bytes:
    """The bytes stored at `path`, or `make()`'s, stored there atomically for the next build.

    A cache that cannot be written is passed over: the result is the same, only not kept.
    """
    with contextlib.suppress(OSError):
        return path.read_bytes()
    data = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache may be shared
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except OSError:
        pass
    return data
