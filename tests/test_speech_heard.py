"""Issue 9: every word is heard, proved on the audio (real eSpeak NG and ffmpeg), and every voice at one loudness."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import wave
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from producer.read import load
from producer.speech.clips import clip_ms
from producer.speech.fidelity import MIN_RATIO, Heard, audit, dropped_phonemes
from producer.speech.script import build_script
from producer.speech.synth import synthesize
from producer.speech.voices import load_profile
from tests.conftest import SampleBuild
from tests.fixtures import CASES, ROOT

pytestmark = pytest.mark.slow
RATE = 22_050


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def built(sample_audio: SampleBuild) -> Path:
    """The sample's MP3s and timeline, built by the command a user runs (once per session)."""
    return sample_audio.folder


def heard(source: Path, cache: Path) -> list[Heard]:
    profile = load_profile("default")
    utterances = build_script(load(source), profile)
    clips = synthesize(utterances, profile, cache, jobs=2, quiet=True)
    return [Heard(u.id, u.role, u.text, u.spoken, profile.roles[u.role], clip_ms(c)) for u, c in zip(utterances, clips, strict=True)]


def test_issue9_sample_build_every_word_heard(built: Path, cache: Path) -> None:
    """`producer check` on the built timeline: no phoneme string dropped, no clip short of its plain rendering."""
    proc = subprocess.run([sys.executable, "-m", "producer", "check", str(built / "my-life-ch36.timeline.json")],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, check=False, env={"PRODUCER_CACHE": str(cache), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"speech fidelity \(\d{3} utterances heard against eSpeak NG\): 0 errors", proc.stdout), proc.stdout


@pytest.mark.parametrize("case", CASES, ids=[c.parent.name for c in CASES])
def test_issue9_cases_every_word_heard(case: Path, cache: Path) -> None:
    assert audit(heard(case, cache), cache) == []


def test_issue9_audit_catches_a_dropped_name(cache: Path) -> None:
    """The failure the issue found: a phoneme string right inside brackets is dropped; both checks see it."""
    profile = load_profile("default")
    voice = profile.roles["document"]
    text = "I leave him (Voroshilov) as commander of the Tenth (Tsaritsin) army on condition of obedience."
    broken = "I leave him ([[v0r@S'i:l@f]]) as commander of the Tenth ([[ts@r'i:tsIn]]) army on condition of obedience."
    safe = "I leave him ( [[v0r@S'i:l@f]]) as commander of the Tenth ( [[ts@r'i:tsIn]]) army on condition of obedience."
    assert dropped_phonemes(broken, voice.voice) == ["v0r@S'i:l@f", "ts@r'i:tsIn"]
    assert dropped_phonemes(safe, voice.voice) == []
    from producer.speech.script import Utterance

    said = [Utterance(f"t{i}", "x", None, None, None, None, "document", text, s, 0) for i, s in enumerate((broken, safe))]
    clips = synthesize(said, replace(profile, roles={"document": voice}), cache, jobs=2, quiet=True)
    problems = audit([Heard(u.id, u.role, u.text, u.spoken, voice, clip_ms(c)) for u, c in zip(said, clips, strict=True)], cache)
    assert {uid for uid, _ in problems} == {"t0"}
    assert any("shorter than a plain rendering" in p for _, p in problems)
    assert clip_ms(clips[0]) < MIN_RATIO * clip_ms(clips[1])


def _role_loudness(folder: Path, track_file: str, timeline: dict) -> dict[str, float]:
    """Integrated loudness (LUFS) of each role's stretches of one built MP3, cut out by the timeline."""
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(folder / track_file), "-f", "s16le", "-ac", "1", "-ar", str(RATE), "-"],
                         capture_output=True, check=True, timeout=300).stdout
    pcm = np.frombuffer(raw, dtype="<i2")
    parts: dict[str, list[np.ndarray]] = {}
    for u in timeline["utterances"]:
        if u["file"] == track_file:
            parts.setdefault(u["role"], []).append(pcm[u["begin_ms"] * RATE // 1000: u["end_ms"] * RATE // 1000])
    loudness = {}
    for role, pieces in parts.items():
        wav = folder / f"role-{role}.wav"
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(np.concatenate(pieces).tobytes())
        report = subprocess.run(["ffmpeg", "-nostats", "-i", str(wav), "-af", "ebur128", "-f", "null", "-"],
                                capture_output=True, text=True, timeout=300, check=False).stderr
        loudness[role] = float(re.findall(r"I:\s+(-?[0-9.]+) LUFS", report)[-1])
        wav.unlink()
    return loudness


def test_issue9_every_role_as_loud_as_the_narration(built: Path) -> None:
    """In the chapter as heard (decoded MP3), each voice is within 1 LU of the narration (ffmpeg's ebur128)."""
    timeline = json.loads((built / "my-life-ch36.timeline.json").read_text())
    chapter = next(t for t in timeline["tracks"] if t["chapter"])
    loudness = _role_loudness(built, chapter["file"], timeline)
    assert set(loudness) == {"narration", "document", "note", "announcement"}
    assert all(abs(lufs - loudness["narration"]) <= 1.0 for lufs in loudness.values()), loudness
    assert {u["role"] for u in timeline["utterances"] if u["gain_db"]} == {"document", "note", "announcement"}


def test_a_scene_break_folded_into_the_last_sentence_is_not_a_word_to_hear() -> None:
    """A Tale of Two Cities' last 'Twenty-Three.' carries the scene break after it in its text (every printed
    character is accounted for); the plain rendering the check compares with must not say the mark."""
    from producer.model import SCENE_BREAK
    from producer.speech.fidelity import plain_form

    voice = load_profile("default").roles["narration"]
    heard = Heard("u1", "narration", f"Twenty-Three. {SCENE_BREAK}", "Twenty-Three.", voice, 1030)
    assert plain_form(heard) == "Twenty-Three."
