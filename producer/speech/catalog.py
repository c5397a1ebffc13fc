"""What eSpeak NG has installed (voices and variants), asked from its CLI so no engine starts in this process.

An unknown variant ('en-us+nope') is silently ignored by eSpeak NG and an unknown voice
gives only an error event in pyttsx3, so profiles are checked here before any work.
"""

from __future__ import annotations

import functools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from producer.errors import ContentError, ToolFailure
from producer.speech.voices import VoiceProfile, line_of
from producer.tools import ESPEAK, find, require


@dataclass(frozen=True, slots=True)
class InstalledVoice:
    """One line of `espeak-ng --voices`."""

    language: str
    gender: str
    name: str
    file: str


def _run(args: list[str]) -> str:
    require(ESPEAK)
    command = [find(ESPEAK) or ESPEAK.command, *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except subprocess.TimeoutExpired:
        raise ToolFailure(f"{' '.join(command)} did not answer within 30 s") from None
    if done.returncode != 0:
        raise ToolFailure(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()[-300:]}")
    return done.stdout


@functools.lru_cache(maxsize=1)
def installed_voices() -> tuple[InstalledVoice, ...]:
    """Every voice eSpeak NG lists; raises MissingToolError when it is not installed."""
    voices = []
    for line in _run(["--voices"]).splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 5:
            voices.append(InstalledVoice(fields[1], fields[2].split("/")[-1], fields[3], fields[4]))
    return tuple(voices)


@functools.lru_cache(maxsize=1)
def installed_variants() -> tuple[str, ...]:
    """The variant names usable after '+' ('m3', 'f2', 'klatt', ...)."""
    match = re.search(r"Data at:\s*(\S+)", _run(["--version"]))
    folder = Path(match.group(1)) / "voices" / "!v" if match else None
    if folder is None or not folder.is_dir():
        return ()
    return tuple(sorted(p.name for p in folder.iterdir() if p.is_file()))


def voice_known(voice_id: str) -> str | None:
    """Why eSpeak NG would not speak with `voice_id` as asked (None when it would)."""
    base, _, variant = voice_id.partition("+")
    names = {v.language.lower() for v in installed_voices()} | {v.file.lower() for v in installed_voices()}
    names |= {v.name.lower() for v in installed_voices()} | {v.file.split("/")[-1].lower() for v in installed_voices()}
    if base.lower() not in names:
        return f"eSpeak NG has no voice {base!r}; `producer voices` lists the installed ones"
    variants = installed_variants()
    if variant and variants and variant not in variants:
        return f"eSpeak NG has no variant {variant!r}; choose one of {', '.join(variants[:20])}, ..."
    return None


def engine_voice_id(voice_id: str) -> str:
    """The name eSpeak NG's SetVoiceByName accepts: 'en-gb+f2' -> 'gmw/en+f2' (1.51 rejects language codes
    that are not also file names, and pyttsx3 then goes on in the previous voice)."""
    base, plus, variant = voice_id.partition("+")
    matches = [v.file for v in installed_voices() if v.language.lower() == base.lower()]
    matches.sort(key=lambda f: f.startswith("mb/"))  # MBROLA voices need the separate mbrola program
    return matches[0] + plus + variant if matches else voice_id


def check_profile(profile: VoiceProfile) -> None:
    """Raise ContentError (file:line) when a role's voice is not installed."""
    raw = profile.path.read_text(encoding="utf-8") if profile.path else ""
    for role, voice in profile.roles.items():
        problem = voice_known(voice.voice)
        if problem:
            where = f"{profile.path}:{line_of(raw, role, 'voice')}" if profile.path else f"profile {profile.name}"
            raise ContentError(f"{where}: [{role}] voice = {voice.voice!r}: {problem}")
