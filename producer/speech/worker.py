"""A synthesis worker process: `python -m producer.speech.worker ENGINE`, one JSON task per line on stdin.

Started as a plain subprocess (not multiprocessing) so it imports only what synthesis needs,
never re-runs the caller's main module, and never inherits an initialized engine. It keeps
its engine alive across tasks; after an engine error it exits, because pyttsx3 may then
carry on in the wrong voice, and the parent retries in a fresh worker.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from pathlib import Path
from typing import Any, TextIO

from producer.speech.clips import check_clip
from producer.speech.engines import make_engine
from producer.speech.voices import Voice


def _protocol_stream() -> TextIO:
    """Keep the real stdout for answers; send fd 1 (pyttsx3's "Audio saved to ..." prints) to /dev/null."""
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the worker's whole life
    return answers


def run_task(engine: Any, task: dict[str, Any]) -> str | None:
    """Synthesize one clip to a temporary name, check it, rename it into place; the problem or None."""
    voice = Voice(**task["voice"])
    target = Path(str(task["target"]))
    spoken = str(task["spoken"])
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        engine.synthesize(spoken, voice, tmp)
        problem = check_clip(tmp, spoken, voice.rate)
        if problem is None:
            os.replace(tmp, target)  # atomic: a concurrent build sees the old clip or this one, never half
        return problem
    finally:
        if tmp.exists():
            tmp.unlink()


def main(argv: list[str]) -> int:
    """Serve tasks until stdin closes."""
    answers = _protocol_stream()
    try:
        engine = make_engine(argv[0])
    except Exception as e:  # noqa: BLE001 - reported to the parent, which names the engine
        print(json.dumps({"ready": False, "problem": f"{type(e).__name__}: {e}"}), file=answers)
        return 1
    print(json.dumps({"ready": True}), file=answers)
    for line in sys.stdin:
        task = json.loads(line)
        try:
            problem = run_task(engine, task)
        except Exception as e:  # noqa: BLE001 - the parent retries, then names the utterance
            print(json.dumps({"problem": f"{type(e).__name__}: {e}", "alive": False}), file=answers)
            return 1
        print(json.dumps({"problem": problem, "alive": True}), file=answers)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
