"""eSpeak NG clips for the small hand-made book (tests/fixtures.py) and measurements of audio, for the audio tests."""

from __future__ import annotations

import array
import subprocess
import wave
from pathlib import Path

from producer.speech.script import Utterance

VOICES = {"narration": "en-us", "document": "en-gb+f2", "note": "en-gb+m3", "announcement": "en-us"}


def speak(utterances: tuple[Utterance, ...], folder: Path) -> list[Path]:
    """One 22,050 Hz mono WAV per utterance, made with `espeak-ng -w` (stands in for the speech helper's cache)."""
    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    for u in utterances:
        path = folder / f"{u.id}.wav"
        subprocess.run(["espeak-ng", "-v", VOICES[u.role], "-w", str(path), u.spoken], check=True, timeout=60)
        clips.append(path)
    return clips


def lead_ms(clip: Path, threshold: int = 600) -> float:
    """Milliseconds of near-silence at the start of a clip (eSpeak NG's own lead-in)."""
    with wave.open(str(clip), "rb") as w:
        data = array.array("h", w.readframes(w.getnframes()))
        rate = w.getframerate()
    first = next(i for i, v in enumerate(data) if abs(v) > threshold)
    return first * 1000 / rate


def decode(path: Path, rate: int = 22_050) -> array.array:
    """The file's audio as 16-bit mono samples at `rate`."""
    out = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a:0", "-f", "s16le", "-ac", "1",
                          "-ar", str(rate), "-"], check=True, capture_output=True, timeout=300).stdout
    return array.array("h", out)


def onset_ms(samples: array.array, from_ms: float, threshold: int = 600, rate: int = 22_050) -> float:
    """Milliseconds to the first sample louder than `threshold` at or after `from_ms`."""
    start = max(0, int(from_ms * rate / 1000))
    for i in range(start, len(samples)):
        if abs(samples[i]) > threshold:
            return i * 1000 / rate
    raise AssertionError(f"no sound after {from_ms} ms")
