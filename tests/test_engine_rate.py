"""pyttsx3 speaks each utterance at its own voice's rate, even when voices alternate and two processes are at work."""

from __future__ import annotations

import multiprocessing
import tempfile
import wave
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from producer.speech.engines import make_engine
from producer.speech.voices import Voice

SLOW, FAST = Voice(rate=150), Voice(rate=220)
SHORT = "The committee met again on the following morning to consider the reply."
LONG = SHORT + " And then they all went home for the night, tired."
CALLS = 160


def _durations(_: int) -> dict[int, list[float]]:
    """Alternate the two voices (each with its own text) and return the clip lengths by rate, in ms."""
    engine = make_engine("pyttsx3")
    found: dict[int, list[float]] = {SLOW.rate: [], FAST.rate: []}
    with tempfile.TemporaryDirectory() as folder:
        for i in range(CALLS):
            voice = SLOW if i % 2 else FAST
            path = Path(folder) / f"{i}.wav"
            engine.synthesize(SHORT if voice is SLOW else LONG, voice, path)
            with wave.open(str(path)) as w:
                if w.getnframes():  # an empty clip is retried by synth.py (FACTS.md); not this test's subject
                    found[voice.rate].append(w.getnframes() / w.getframerate() * 1000)
    return found


@pytest.mark.slow
def test_alternating_voices_in_two_processes_keep_their_rates() -> None:
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        runs = list(pool.map(_durations, range(2)))
    for rate in (SLOW.rate, FAST.rate):
        lengths = sorted(x for run in runs for x in run[rate])
        median = lengths[len(lengths) // 2]
        wrong = [round(x) for x in lengths if abs(x - median) > 0.04 * median]
        assert len(lengths) > CALLS * 0.9 and wrong == [], f"{rate} wpm: median {median:.0f} ms, off: {wrong}"
    # the texts were chosen so that a clip at the other voice's rate could not pass for a right one
    assert abs(min(runs[0][SLOW.rate]) - min(runs[0][FAST.rate])) > 500
