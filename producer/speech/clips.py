"""Checks that a synthesized WAV is a whole, plausible clip for its text (used by workers and the cache)."""

from __future__ import annotations

import re
import wave
from pathlib import Path

SAMPLE_RATE = 22_050  # Hz, mono, 16-bit: what eSpeak NG (and pyttsx3's driver) writes


def _words(spoken: str) -> int:
    return max(1, len(re.findall(r"\[\[.*?\]\]|[\w’']+", spoken)))


def plausible_seconds(spoken: str, rate: int) -> tuple[float, float]:
    """The shortest and longest believable clip for this text at `rate` words per minute."""
    words = _words(spoken)
    by_words = words * 60.0 / rate
    by_chars = len(spoken) / 5.5 * 60.0 / rate  # about 5.5 characters a word with its space
    low = 0.15 * min(by_words, by_chars)
    high = 3.0 * max(by_words, by_chars) + 2.0
    return low, high


def check_clip(path: Path, spoken: str, rate: int) -> str | None:
    """Why this WAV is not a good clip for `spoken` (None when it is)."""
    try:
        with wave.open(str(path), "rb") as w:
            params = (w.getnchannels(), w.getsampwidth(), w.getframerate())
            frames = w.getnframes()
    except (OSError, EOFError, wave.Error) as e:
        return f"unreadable WAV ({e})"
    if params != (1, 2, SAMPLE_RATE):
        return f"unexpected format {params}, wanted mono 16-bit {SAMPLE_RATE} Hz"
    if frames == 0:
        return "no audio frames"
    if path.stat().st_size < 44 + frames * 2:
        return "truncated WAV"
    seconds = frames / SAMPLE_RATE
    low, high = plausible_seconds(spoken, rate)
    if not low <= seconds <= high:
        return f"duration {seconds:.2f} s is implausible for {_words(spoken)} words at {rate} wpm ({low:.2f}-{high:.2f} s)"
    return None


def is_whole(path: Path) -> bool:
    """Whether a clip already in the cache is whole (it was validated before it was renamed there)."""
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() > 0 and path.stat().st_size >= 44 + w.getnframes() * 2
    except (OSError, EOFError, wave.Error):
        return False


def clip_ms(path: Path) -> int:
    """A clip's length in whole milliseconds (0 when it cannot be read)."""
    try:
        with wave.open(str(path), "rb") as w:
            return (w.getnframes() * 1000 + w.getframerate() // 2) // w.getframerate()
    except (OSError, EOFError, wave.Error):
        return 0
