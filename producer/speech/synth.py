"""Offline synthesis: one validated, content-addressed cached WAV per utterance, made in worker processes.

Engines live only in worker processes started with "spawn" (pyttsx3's driver hangs when
forked after initialization, and can segfault): each worker keeps its engine alive and
takes one utterance at a time, so a crash or hang costs one clip, which is retried in a
fresh worker. Clips are named by a hash of what determines their sound, written to a
temporary name and renamed, so concurrent builds share the cache safely.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import re
import sys
import time
import uuid
import wave
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from producer.errors import ContentError, ToolFailure
from producer.progress import Progress
from producer.speech.catalog import check_profile
from producer.speech.engines import SAMPLE_RATE, engine_identity
from producer.speech.script import Utterance
from producer.speech.voices import Voice, VoiceProfile
from producer.tools import ESPEAK, Tool, require

CACHE_FORMAT = 1  # bump when the clip format or the key's meaning changes
ATTEMPTS = 3
_START_TIMEOUT = 60.0  # importing and initializing an engine in a fresh process
TASK_TIMEOUT_BASE = 15.0  # seconds per clip, plus a little per character; eSpeak NG needs far less


def requirements() -> tuple[Tool, ...]:
    """The external tools synthesis needs (checked by the build before any work)."""
    return (ESPEAK,)


def check_requirements() -> None:
    """Raise MissingToolError (exit 3, with the apt/brew command) when eSpeak NG is missing."""
    require(*requirements())


def resolve_cache_dir(option: Path | None) -> Path:
    """The clip cache folder: `--cache` > $PRODUCER_CACHE > ./.cache/producer."""
    if option is not None:
        return Path(option)
    env = os.environ.get("PRODUCER_CACHE")
    if env:
        return Path(env)
    return Path.cwd() / ".cache" / "producer"


def clip_key(spoken: str, voice: Voice) -> str:
    """The content address of a clip: spoken text, voice settings, engine and library versions."""
    material = {
        "format": CACHE_FORMAT,
        "engine": engine_identity(voice.engine),
        "voice": asdict(voice),
        "spoken": spoken,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def clip_path(cache_dir: Path, key: str) -> Path:
    """Where the clip with this key lives in the cache."""
    return cache_dir / "clips" / key[:2] / f"{key}.wav"


def _words(spoken: str) -> int:
    return max(1, len(re.findall(r"\[\[.*?\]\]|[\w’']+", spoken)))


def plausible_seconds(spoken: str, rate: int) -> tuple[float, float]:
    """The shortest and longest believable clip for this text at `rate` words per minute."""
    words = _words(spoken)
    by_words = words * 60.0 / rate
    by_chars = len(spoken) / 5.5 * 60.0 / rate  # about 5.5 characters a word with its space
    low = 0.15 * min(by_words, by_chars)
    high = 3.0 * max(by_words, by_chars) + 2.0
    return low, high


def check_clip(path: Path, spoken: str, rate: int) -> str | None:
    """Why this WAV is not a good clip for `spoken` (None when it is)."""
    try:
        with wave.open(str(path), "rb") as w:
            params = (w.getnchannels(), w.getsampwidth(), w.getframerate())
            frames = w.getnframes()
    except (OSError, EOFError, wave.Error) as e:
        return f"unreadable WAV ({e})"
    if params != (1, 2, SAMPLE_RATE):
        return f"unexpected format {params}, wanted mono 16-bit {SAMPLE_RATE} Hz"
    if frames == 0:
        return "no audio frames"
    if path.stat().st_size < 44 + frames * 2:
        return "truncated WAV"
    seconds = frames / SAMPLE_RATE
    low, high = plausible_seconds(spoken, rate)
    if not low <= seconds <= high:
        return f"duration {seconds:.2f} s is implausible for {_words(spoken)} words at {rate} wpm ({low:.2f}-{high:.2f} s)"
    return None


def _worker_main(conn: multiprocessing.connection.Connection, engine_name: str) -> None:
    """A synthesis worker: one engine, kept alive, fed one task at a time until None."""
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the worker's life: pyttsx3 prints "Audio saved to ..." per file
    from producer.speech.engines import make_engine

    try:
        engine = make_engine(engine_name)
    except Exception as e:  # noqa: BLE001 - any engine failure is reported to the parent, which names the engine in its error
        conn.send(("init-error", f"{type(e).__name__}: {e}"))
        return
    conn.send(("ready", None))
    while True:
        task = conn.recv()
        if task is None:
            return
        index, spoken, voice_fields, target = task
        voice = Voice(**voice_fields)
        target = Path(target)
        tmp = target.with_name(f".{target.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            engine.synthesize(spoken, voice, tmp)
            problem = check_clip(tmp, spoken, voice.rate)
            if problem is None:
                os.replace(tmp, target)
            conn.send((index, problem))
        except Exception as e:  # noqa: BLE001 - the parent retries, then names the utterance
            conn.send((index, f"{type(e).__name__}: {e}"))
        finally:
            if tmp.exists():
                tmp.unlink()


@dataclass(slots=True)
class _Task:
    """One distinct clip to make, and every utterance that needs it."""

    key: str
    spoken: str
    voice: Voice
    target: Path
    utterance: Utterance
    attempts: int = 0
    last_problem: str = ""


class _Slot:
    """One worker process and the task it is working on."""

    def __init__(self, ctx: Any, engine: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, engine), daemon=True)
        self.process.start()
        child.close()
        self.task: _Task | None = None
        self.deadline = time.monotonic() + _START_TIMEOUT
        self.ready = False

    def send(self, task: _Task) -> None:
        self.task = task
        task.attempts += 1
        self.deadline = time.monotonic() + TASK_TIMEOUT_BASE + len(task.spoken) / 50.0
        self.conn.send((0, task.spoken, asdict(task.voice), str(task.target)))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _failure(task: _Task) -> ToolFailure:
    u = task.utterance
    return ToolFailure(
        f"speech synthesis failed for utterance {u.id} ({u.section}, {u.role} voice {task.voice.voice!r}) "
        f"after {task.attempts} attempts: {task.last_problem}; text: {u.spoken[:80]!r}"
    )


def _run_pool(tasks: list[_Task], engine: str, jobs: int, progress: Progress) -> None:
    """Make every task's clip with `jobs` workers of `engine`; raises ToolFailure after ATTEMPTS tries."""
    ctx = multiprocessing.get_context("spawn")
    queue = list(reversed(tasks))
    slots = [_Slot(ctx, engine) for _ in range(max(1, min(jobs, len(tasks))))]
    try:
        while queue or any(s.task for s in slots):
            for slot in slots:
                if slot.ready and slot.task is None and queue:
                    slot.send(queue.pop())
            ready = multiprocessing.connection.wait([s.conn for s in slots], timeout=0.5)
            now = time.monotonic()
            for i, slot in enumerate(slots):
                if slot.conn in ready:
                    try:
                        message = slot.conn.recv()
                    except (EOFError, OSError):
                        message = None  # the worker died (a segfault in the driver)
                elif now > slot.deadline and (slot.task or not slot.ready):
                    message = ("timeout", None)
                else:
                    continue
                if message is not None and message[0] == "ready":
                    slot.ready = True
                    continue
                if message is not None and message[0] == "init-error":
                    raise ToolFailure(f"could not start the {engine} speech engine: {message[1]}; check that eSpeak NG works: espeak-ng 'test'")
                task, problem = slot.task, None
                if message is None or message[0] == "timeout":
                    problem = "the engine crashed" if message is None else "the engine timed out"
                    slot.stop(kill=True)
                    slots[i] = _Slot(ctx, engine)
                else:
                    problem = message[1]
                    slot.task = None
                if task is None:
                    if message is None or message[0] == "timeout":
                        raise ToolFailure(f"the {engine} speech engine failed to start ({problem})")
                    continue
                if problem is None:
                    progress.update(1)
                    continue
                task.last_problem = problem
                if task.attempts >= ATTEMPTS:
                    raise _failure(task)
                queue.append(task)
    finally:
        for slot in slots:
            slot.stop(kill=slot.task is not None)


def _cached(path: Path) -> bool:
    """Whether a clip already in the cache is whole (validated when it was written)."""
    try:
        with wave.open(str(path), "rb") as w:
            return w.getnframes() > 0 and path.stat().st_size >= 44 + w.getnframes() * 2
    except (OSError, EOFError, wave.Error):
        return False


def synthesize(utterances: Sequence[Utterance], profile: VoiceProfile, cache_dir: Path, jobs: int, quiet: bool) -> list[Path]:
    """One cached WAV per utterance, in order; raises ToolFailure naming an utterance that cannot be synthesized.

    Also raises MissingToolError when eSpeak NG is missing, ContentError for an unknown role.
    """
    check_requirements()
    check_profile(profile)
    paths: list[Path] = []
    todo: dict[str, _Task] = {}
    for u in utterances:
        if u.role not in profile.roles:
            raise ContentError(f"utterance {u.id}: no voice for role {u.role!r} in profile {profile.name}")
        voice = profile.roles[u.role]
        key = clip_key(u.spoken, voice)
        path = clip_path(cache_dir, key)
        paths.append(path)
        if key not in todo and not _cached(path):
            todo[key] = _Task(key, u.spoken, voice, path, u)
    if todo:
        by_engine: dict[str, list[_Task]] = {}
        for task in todo.values():
            by_engine.setdefault(task.voice.engine, []).append(task)
        with Progress(len(todo), "speech", quiet=quiet) as progress:
            for engine, tasks in by_engine.items():
                _run_pool(tasks, engine, jobs, progress)
    return paths
