"""Offline synthesis: one validated, content-addressed cached WAV per utterance, made in worker processes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from producer.speech.script import Utterance
from producer.speech.voices import VoiceProfile
from producer.tools import ESPEAK, Tool, require

SAMPLE_RATE = 22_050  # Hz, mono, 16-bit: what eSpeak NG (and pyttsx3's driver) writes


def requirements() -> tuple[Tool, ...]:
    """The external tools synthesis needs (checked by the build before any work)."""
    return (ESPEAK,)


def check_requirements() -> None:
    """Raise MissingToolError (exit 3, with the apt/brew command) when eSpeak NG is missing."""
    require(*requirements())


def resolve_cache_dir(option: Path | None) -> Path:
    """The clip cache folder: `--cache` > $PRODUCER_CACHE > ./.cache/producer."""
    raise NotImplementedError


def synthesize(utterances: Sequence[Utterance], profile: VoiceProfile, cache_dir: Path, jobs: int, quiet: bool) -> list[Path]:
    """One cached WAV per utterance, in order; raises ToolFailure naming an utterance that cannot be synthesized."""
    raise NotImplementedError
