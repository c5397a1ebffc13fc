"""`producer check` for `<slug>.timeline.json`: every word of the build is heard.

The timeline records what eSpeak NG was given for each utterance, in which voice, and where
its clip lies, so the audio-side fidelity check (`producer.speech.fidelity`) can run on any
build: phoneme strings eSpeak NG dropped, and clips short of a plain rendering of their words.
"""

from __future__ import annotations

import json
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from producer.cache import resolve_cache_dir
from producer.check import Finding, ToolReport
from producer.errors import ProducerError
from producer.speech.fidelity import Heard, audit
from producer.speech.voices import Voice
from producer.tools import ESPEAK, Tool


def requirements(path: Path) -> tuple[Tool, ...]:
    """eSpeak NG renders the plain readings and prints phonemes."""
    return (ESPEAK,)


def heard_from_timeline(data: Any) -> list[Heard]:
    """The utterances of a timeline (version 2 or later) as Heard; raises KeyError, TypeError or ValueError when malformed."""
    known = {f.name for f in fields(Voice)}
    voices = {role: Voice(**{k: v for k, v in settings.items() if k in known}) for role, settings in data["voices"].items()}
    return [Heard(u["id"], u["role"], u["text"], u["spoken"], voices[u["role"]], int(u["end_ms"]) - int(u["begin_ms"]))
            for u in data["utterances"]]


def check(path: Path) -> list[ToolReport]:
    """Audit every clip of the build the timeline describes; each lost word is an error."""
    started = time.monotonic()
    tool = "speech fidelity"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        heard = heard_from_timeline(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return [ToolReport(tool, skipped="a timeline from before version 2 (no spoken text); rebuild to check it")]
    try:
        problems = audit(heard, resolve_cache_dir(None))
    except ProducerError as e:
        return [ToolReport(tool, [Finding("error", "SPEECH-AUDIT", e.message, str(path))], seconds=time.monotonic() - started)]
    findings = [Finding("error", "SPEECH-LOST", problem, f"{path}#{uid}") for uid, problem in problems]
    return [ToolReport(f"{tool} ({len(heard)} utterances heard against eSpeak NG)", findings, seconds=time.monotonic() - started)]
