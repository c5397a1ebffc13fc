"""`producer check`: validate built files, dispatching on the file type through one small table.

A checker module (`check/epub.py`, `check/audio.py`, `check/speech.py`, `check/daisy.py`) has
`check(path: Path) -> list[ToolReport]` and, optionally, `requirements(path: Path) -> tuple[Tool, ...]`
(tools checked before any file is).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Literal

from producer.errors import UsageError

# file ending -> checker module
CHECKERS: dict[str, str] = {
    ".epub": "producer.check.epub",
    ".m4b": "producer.check.audio",
    ".mp3": "producer.check.audio",
    ".timeline.json": "producer.check.speech",
    "ncc.html": "producer.check.daisy",
}


def _ending(path: Path) -> str | None:
    """The CHECKERS key this file's name ends in, or None."""
    name = path.name.lower()
    return next((e for e in CHECKERS if name.endswith(e)), None)

FindingSeverity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One message from a validator: severity, code, where, what."""

    severity: FindingSeverity
    code: str
    message: str
    location: str | None = None

    def line(self) -> str:
        """'error: EPUB/nav.xhtml:3:5: RSC-012 message'."""
        where = f"{self.location}: " if self.location else ""
        return f"{self.severity}: {where}{self.code} {self.message}".rstrip()


@dataclass
class ToolReport:
    """What one tool said about one file; `skipped` holds the reason when it did not run."""

    tool: str
    findings: list[Finding] = field(default_factory=list)
    skipped: str | None = None
    seconds: float = 0.0
    unit: str = "errors"  # how the tool names its problems ("violations" for Ace)

    @property
    def errors(self) -> int:
        """Number of error findings."""
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        """Number of warning findings."""
        return sum(f.severity == "warning" for f in self.findings)

    def summary(self) -> str:
        """'EPUBCheck 5.3.0: 0 errors, 0 warnings (7.2 s)' or 'Ace: skipped (why)'."""
        if self.skipped:
            return f"{self.tool}: skipped ({self.skipped})"
        if self.unit == "violations":
            n = len([f for f in self.findings if f.severity != "info"])
            counts = f"{n} violations" + (f" ({self.errors} serious or critical)" if n else "")
        else:
            counts = f"{self.errors} errors, {self.warnings} warnings"
        return f"{self.tool}: {counts} ({self.seconds:.1f} s)"


def checker_for(path: Path) -> ModuleType:
    """The checker module for this file type (collect() lets through only types in CHECKERS)."""
    return importlib.import_module(CHECKERS[_ending(path) or ""])


def _covered_elsewhere(path: Path) -> bool:
    """An MP3 of a DAISY book or of the web player: the audio build's MP3s again, checked as such in `mp3/` (and a
    DAISY book's by its ncc.html's check)."""
    if path.name == "ncc.html":
        return False
    return (path.parent / "ncc.html").is_file() or (path.parent.name == "audio" and (path.parent.parent / "player.js").is_file())


def collect(paths: list[Path]) -> list[Path]:
    """The files to check: files as given, folders searched for known types; raises UsageError."""
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder; give a built file or an output folder (e.g. output/)")
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and _ending(p) and not _covered_elsewhere(p)
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not inside:
                kinds = ", ".join(sorted(CHECKERS))
                raise UsageError(f"{path}: no {kinds} files inside; run `producer build` first or give the files")
            found.extend(inside)
        else:
            if _ending(path) is None:
                raise UsageError(f"{path}: cannot check {path.suffix or 'files without a suffix'}; give {', '.join(sorted(CHECKERS))} files")
            found.append(path)
    return list(dict.fromkeys(found))
