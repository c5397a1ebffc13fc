"""Offline synthesis: one validated, content-addressed cached WAV per utterance, made in worker processes.

Engines live only in worker subprocesses (`python -m producer.speech.worker`): pyttsx3's
driver hangs when forked after initialization and can segfault, and a plain subprocess
neither inherits an engine nor re-runs the caller's main module. Each worker keeps its
engine alive and takes one utterance at a time, so a crash or hang costs one clip, which
is retried in a fresh worker. The length of an eSpeak NG clip depends on what its process
spoke before, so the clips are dealt to the workers in a fixed order (clip i to worker
i mod n) rather than to whichever is free: two cold builds with the same --jobs speak the
same sequences and give the same clips. Clips are named by a hash of what determines their
sound, written to a temporary name and renamed, so concurrent builds share the cache safely.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing.connection
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from producer.cache import content_key, damaged, used
from producer.errors import ContentError, MissingToolError, ToolFailure, UsageError
from producer.progress import Progress
from producer.speech.catalog import check_profile, engine_voice_id
from producer.speech.clips import SAMPLE_RATE, check_clip, is_whole, plausible_seconds
from producer.speech.engines import engine_identity, load_espeak_library
from producer.speech.script import Utterance
from producer.speech.voices import Voice, VoiceProfile
from producer.tools import ESPEAK, Tool, require

__all__ = ["SAMPLE_RATE", "check_clip", "clip_key", "clip_path", "plausible_seconds", "spare_workers", "synthesize"]

CACHE_FORMAT = 1  # bump when the clip format or the key's meaning changes
ATTEMPTS = 3
START_TIMEOUT = 60.0  # importing and initializing an engine in a fresh process
TASK_TIMEOUT_BASE = 15.0  # seconds per clip, plus a little per character; eSpeak NG needs far less


def requirements() -> tuple[Tool, ...]:
    """The external tools synthesis needs (checked by the build before any work)."""
    return (ESPEAK,)


def check_requirements() -> None:
    """Raise MissingToolError (exit 3, with the apt/brew command) when eSpeak NG or its library is missing."""
    require(*requirements())
    try:
        load_espeak_library()  # loading only: the engine is never initialized in this process
    except OSError:
        raise MissingToolError(
            "missing libespeak-ng (the eSpeak NG library, for speech synthesis); "
            "install with: sudo apt-get install libespeak-ng1  (macOS: brew install espeak-ng)"
        ) from None


def clip_key(spoken: str, voice: Voice) -> str:
    """The content address of a clip: spoken text, voice settings, engine and library versions."""
    material = {
        "format": CACHE_FORMAT,
        "engine": engine_identity(voice.engine),
        "voice": asdict(voice),
        "spoken": spoken,
    }
    return content_key(material)


def clip_path(cache_dir: Path, key: str) -> Path:
    """Where the clip with this key lives in the cache."""
    return cache_dir / "clips" / key[:2] / f"{key}.wav"


@dataclass(slots=True)
class _Task:
    """One distinct clip to make, and the first utterance that needs it."""

    key: str
    spoken: str
    voice: Voice
    target: Path
    utterance: Utterance
    attempts: int = 0
    last_problem: str = ""


def _worker_env() -> dict[str, str]:
    """The worker's environment: this interpreter's import path, so a checkout works uninstalled."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return env


class _Worker:
    """One worker subprocess and the task it is working on."""

    def __init__(self, engine: str) -> None:
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker; closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "producer.speech.worker", engine],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, env=_worker_env(),
        )
        self.task: _Task | None = None
        self.ready = False
        self.deadline = time.monotonic() + START_TIMEOUT

    def fileno(self) -> int:
        assert self.process.stdout is not None
        return self.process.stdout.fileno()

    def send(self, task: _Task) -> None:
        """Give the worker one task (the voice id resolved to a name eSpeak NG accepts)."""
        self.task = task
        task.attempts += 1
        self.deadline = time.monotonic() + TASK_TIMEOUT_BASE + len(task.spoken) / 50.0
        voice = replace(task.voice, voice=engine_voice_id(task.voice.voice))
        line = json.dumps({"spoken": task.spoken, "voice": asdict(voice), "target": str(task.target)}, ensure_ascii=False)
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(line.encode("utf-8", "replace") + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the worker died: its stdout reaches EOF and the task is retried

    def receive(self) -> dict[str, Any] | None:
        """The worker's next answer, or None when it died."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            return None
        try:
            answer: dict[str, Any] = json.loads(line)
        except ValueError:
            return None
        return answer

    def stderr_tail(self) -> str:
        self.stderr.seek(0)
        text = self.stderr.read().decode("utf-8", "replace").strip()
        return text.splitlines()[-1][-200:] if text else ""

    def stop(self, kill: bool = False) -> None:
        """End the worker: close its stdin (it exits), or kill it when it hangs."""
        if kill:
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.stderr.close()


_spares: dict[str, _Worker] = {}  # started by `spare_workers`, each taken by the next pool of its engine


@contextlib.contextmanager
def spare_workers(engines: Iterable[str]) -> Iterator[None]:
    """Start one worker of each engine now, so that its start-up (~0.13 s, importing and initializing the engine)
    runs on another core while the caller reads the book; the next synthesis takes it as its first worker (it has
    spoken nothing, so its clips are those of a fresh worker). Any not taken are ended on the way out."""
    started = [engine for engine in dict.fromkeys(engines) if engine not in _spares]
    for engine in started:
        _spares[engine] = _Worker(engine)
    try:
        yield
    finally:
        for engine in started:
            worker = _spares.pop(engine, None)
            if worker is not None:
                worker.stop()


def _failure(task: _Task) -> ToolFailure:
    u = task.utterance
    return ToolFailure(
        f"speech synthesis failed for utterance {u.id} ({u.section}, {u.role} voice {task.voice.voice!r}) "
        f"after {task.attempts} attempts: {task.last_problem}; text: {u.spoken[:80]!r}"
    )


def _outcome(worker: _Worker, engine: str, answer: dict[str, Any] | None) -> tuple[str | None, bool]:
    """(problem or None, whether the worker must be replaced) for one answer; raises when the engine cannot start."""
    if answer is not None and "ready" in answer:
        if not answer["ready"]:
            raise ToolFailure(f"could not start the {engine} speech engine: {answer.get('problem')}; check that eSpeak NG works: espeak-ng test")
        worker.ready = True
        return None, False
    if answer is None:
        why = "the engine crashed" + (f" ({worker.stderr_tail()})" if worker.stderr_tail() else "")
        if worker.task is None:
            raise ToolFailure(f"the {engine} speech engine failed to start: {why}")
        return why, True
    return answer.get("problem"), not answer.get("alive", True)


def _run_pool(tasks: list[_Task], engine: str, jobs: int, progress: Progress) -> None:
    """Make every task's clip with `jobs` workers of `engine`; raises ToolFailure after ATTEMPTS tries.

    Worker i speaks tasks i, i + n, i + 2n, ... in that order (its lane), never another's, because a clip's length
    depends on what its process spoke before; a retried task stays in its lane, first in line.
    """
    count = max(1, min(jobs, len(tasks)))
    spare = _spares.pop(engine, None)
    workers = ([spare] if spare else []) + [_Worker(engine) for _ in range(count - bool(spare))]
    lanes = [list(reversed(tasks[i::len(workers)])) for i in range(len(workers))]  # each popped from the end
    try:
        while any(lanes) or any(w.task for w in workers):
            for worker, lane in zip(workers, lanes):
                if worker.ready and worker.task is None and lane:
                    worker.send(lane.pop())
            readable = set(multiprocessing.connection.wait(workers, timeout=0.5))  # type: ignore[arg-type]
            now = time.monotonic()
            for i, worker in enumerate(workers):
                if worker in readable:
                    was_ready = worker.ready
                    problem, replace_worker = _outcome(worker, engine, worker.receive())
                    if worker.ready and not was_ready:
                        continue
                elif now > worker.deadline and (worker.task or not worker.ready):
                    if worker.task is None:
                        raise ToolFailure(f"the {engine} speech engine did not start within {START_TIMEOUT:.0f} s")
                    problem, replace_worker = f"the engine timed out after {TASK_TIMEOUT_BASE:.0f} s or more", True
                else:
                    continue
                task, worker.task = worker.task, None
                if replace_worker:
                    worker.stop(kill=True)
                    if task is not None:  # a killed worker cannot remove its half-written clip
                        for leftover in task.target.parent.glob(f".{task.target.stem}.{worker.process.pid}.*.tmp"):
                            leftover.unlink(missing_ok=True)
                    workers[i] = _Worker(engine)
                if task is None:
                    continue
                if problem is None:
                    progress.update(1)
                    continue
                task.last_problem = problem
                _room_left(task.target.parent)
                if task.attempts >= ATTEMPTS:
                    raise _failure(task)
                lanes[i].append(task)
    finally:
        for worker in workers:
            worker.stop(kill=worker.task is not None)


MIN_FREE_BYTES = 8 * 1024 * 1024  # less than this free beside the clips: a failed clip is most likely the full disk


def _room_left(folder: Path) -> None:
    """Raise UsageError when the clips' disk is full: the engine cannot say so, it only fails or hangs."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < MIN_FREE_BYTES:
        raise UsageError(f"{folder}: the speech cache's disk is full ({free // 1024} KB free); free some space there or "
                         "pass --cache DIR (or set PRODUCER_CACHE) on another disk")


def _writable(cache_dir: Path) -> None:
    """Raise UsageError unless the cache folder exists (or can be made) and is writable."""
    try:
        (cache_dir / "clips").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{cache_dir}: cannot create the speech cache ({e.strerror}); pass --cache DIR or set PRODUCER_CACHE") from None
    if not os.access(cache_dir / "clips", os.W_OK):
        raise UsageError(f"{cache_dir}: the speech cache is not writable; pass --cache DIR or set PRODUCER_CACHE")


def synthesize(utterances: Sequence[Utterance], profile: VoiceProfile, cache_dir: Path, jobs: int, quiet: bool) -> list[Path]:
    """One cached WAV per utterance, in order; raises ToolFailure naming an utterance that cannot be synthesized.

    Also raises MissingToolError when eSpeak NG is missing, ContentError for an unknown role.
    """
    check_requirements()
    check_profile(profile)
    _writable(cache_dir)
    paths: list[Path] = []
    todo: dict[str, _Task] = {}
    for u in utterances:
        if u.role not in profile.roles:
            raise ContentError(f"utterance {u.id}: no voice for role {u.role!r} in profile {profile.name}")
        voice = profile.roles[u.role]
        key = clip_key(u.spoken, voice)
        path = clip_path(cache_dir, key)
        paths.append(path)
        if key in todo:
            continue
        if is_whole(path):
            used(path)
        else:
            if path.exists():
                damaged(path, "speech clip")
            todo[key] = _Task(key, u.spoken, voice, path, u)
    if todo:
        _room_left(cache_dir / "clips")
        by_engine: dict[str, list[_Task]] = {}
        for task in todo.values():
            by_engine.setdefault(task.voice.engine, []).append(task)
        with Progress(len(todo), "speech", quiet=quiet) as progress:
            for engine, tasks in by_engine.items():
                _run_pool(tasks, engine, jobs, progress)
    return paths
