"""The build cache: one folder of content-addressed files (speech clips, encoded audio).

Every file is named by a hash of everything that determines its bytes, so a hit is always
right, concurrent builds can share the folder, and deleting it only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
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
