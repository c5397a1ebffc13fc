"""Engines that misbehave once (crash, hang, write no frames), to test synthesis retries; plugged in as 'module:Class'."""

from __future__ import annotations

import os
import time
from pathlib import Path

from producer.speech.engines import SAMPLE_RATE, write_wav
from producer.speech.voices import Voice


def _first_time(path: Path, what: str) -> bool:
    """True once per cache folder, remembered in a file because a crash loses the process. The file is created
    exclusively: two workers starting at once must not both take the fault (both hung, every clip came after the
    timeout, and the test that one hung worker holds up no other failed now and then)."""
    marker = path.parent.parent.parent / f"{what}.happened"
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _good(text: str, path: Path) -> None:
    seconds = 0.35 * max(1, len(text.split()))
    write_wav(path, b"\x10\x00" * int(SAMPLE_RATE * seconds))


class Crashy:
    """Dies like a segfault on its first clip."""

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        if _first_time(path, "crash"):
            os._exit(139)
        _good(text, path)


class Hangy:
    """Never returns from its first clip."""

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        if _first_time(path, "hang"):
            time.sleep(3600)
        _good(text, path)


class Empty:
    """Writes a zero-frame WAV the first time (as pyttsx3 does about 1 in 1,500 calls)."""

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        if _first_time(path, "empty"):
            write_wav(path, b"")
            return
        _good(text, path)


class Broken:
    """Always writes a clip far too short for its text."""

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        write_wav(path, b"\x10\x00" * 10)


class HalfThenHang:
    """Writes part of its first clip, then hangs (a killed worker leaves a temporary file)."""

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        if _first_time(path, "half"):
            path.write_bytes(b"RIFF....WAVE")
            time.sleep(3600)
        _good(text, path)
