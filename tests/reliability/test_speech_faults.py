"""Reliability (issue 15, case 13): a speech worker that crashes, hangs or writes an empty clip is killed and retried
without stopping the others; one that keeps failing is named by its utterance. The faults are engines plugged in by
configuration (tests/speech_fake_engines.py), since a real eSpeak NG cannot be made to hang on demand."""

from __future__ import annotations

import pytest

from producer.errors import ToolFailure
from producer.speech import synth
from producer.speech.synth import synthesize
from tests.test_speech_synth import frames, utterance, with_engine

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("fault", ["Crashy", "Empty"])
def test_worker_failures_are_retried(tmp_path, profile, fault):
    fake = with_engine(profile, f"tests.speech_fake_engines:{fault}")
    items = [utterance(f"Sentence number {n} of a few words.", uid=f"u{n}") for n in range(4)]
    paths = synthesize(items, fake, tmp_path, jobs=2, quiet=True)
    assert all(frames(p) > 0 for p in paths)


@pytest.mark.parametrize("fault", ["Hangy", "HalfThenHang"])
def test_hung_worker_is_killed_and_retried(tmp_path, profile, monkeypatch, fault):
    monkeypatch.setattr(synth, "TASK_TIMEOUT_BASE", 1.5)
    fake = with_engine(profile, f"tests.speech_fake_engines:{fault}")
    paths = synthesize([utterance("One sentence of words.")], fake, tmp_path, jobs=1, quiet=True)
    assert frames(paths[0]) > 0
    assert not list(tmp_path.rglob("*.tmp"))  # the killed worker's half-written clip is gone


def test_persistent_failure_names_the_utterance(tmp_path, profile):
    fake = with_engine(profile, "tests.speech_fake_engines:Broken")
    with pytest.raises(ToolFailure, match=r"utterance u7 .* after 3 attempts: duration"):
        synthesize([utterance("A sentence that is quite long for ten frames.", uid="u7")], fake, tmp_path, jobs=1, quiet=True)


def test_a_hung_worker_does_not_hold_up_the_others(tmp_path, profile, monkeypatch):
    monkeypatch.setattr(synth, "TASK_TIMEOUT_BASE", 2.0)
    fake = with_engine(profile, "tests.speech_fake_engines:Hangy")  # the first clip asked for hangs
    items = [utterance(f"Sentence number {n} of a few words.", uid=f"u{n}") for n in range(12)]
    paths = synthesize(items, fake, tmp_path, jobs=2, quiet=True)
    assert all(frames(p) > 0 for p in paths)
    made = sorted(p.stat().st_mtime for p in paths)
    # each worker speaks every second clip: the other worker made its six well before the hung one's timeout ran out
    # and its replacement made the hung clip and the five after it
    assert made[5] < made[6] - 1.0, made
