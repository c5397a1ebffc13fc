"""Checks that external programs exist before any work starts, naming the package to install."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from producer.errors import MissingToolError


@dataclass(frozen=True, slots=True)
class Tool:
    """An external program and the Debian package that provides it."""

    command: str
    package: str
    purpose: str


ESPEAK = Tool("espeak-ng", "espeak-ng", "speech synthesis")
FFMPEG = Tool("ffmpeg", "ffmpeg", "audio encoding")
FFPROBE = Tool("ffprobe", "ffmpeg", "audio inspection")
JAVA = Tool("java", "default-jre-headless", "EPUBCheck")


def find(tool: Tool) -> str | None:
    """The tool's full path, or None when it is not on PATH."""
    return shutil.which(tool.command)


def require(*tools: Tool) -> None:
    """Raise MissingToolError naming every missing tool and the install command."""
    missing = [t for t in tools if find(t) is None]
    if missing:
        names = ", ".join(f"{t.command} (for {t.purpose})" for t in missing)
        packages = " ".join(dict.fromkeys(t.package for t in missing))
        raise MissingToolError(
            f"missing {names}; install with: sudo apt-get install {packages}  (macOS: brew install {packages})"
        )
