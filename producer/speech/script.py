"""The speech script: the utterances a build speaks, as data, produced without any engine."""

from __future__ import annotations

from dataclasses import dataclass

from producer.model import Document
from producer.speech.voices import VoiceProfile


@dataclass(frozen=True, slots=True)
class Utterance:
    """One stretch of speech in one voice.

    `section` is "opening" (credits), a chapter id, or "closing" (credits). `text` is the
    source text covered (empty for announcements), `spoken` what the engine is given,
    `pause_ms` the silence after it.
    """

    id: str
    section: str
    chapter: str | None
    block: str | None
    document: str | None
    note: str | None
    role: str
    text: str
    spoken: str
    pause_ms: int


def build_script(doc: Document, profile: VoiceProfile, notes: str | None = None) -> tuple[Utterance, ...]:
    """Every utterance of the book in order; `notes` (None: the profile's) is after-paragraph|end-of-chapter|skip."""
    raise NotImplementedError
