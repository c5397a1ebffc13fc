"""Running ffmpeg and ffprobe: argv lists, a timeout, stderr kept in the error, results checked."""

from __future__ import annotations

import functools
import json
import re
import shlex
import subprocess
import tempfile
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from producer.errors import ToolFailure
from producer.tools import FFMPEG, FFPROBE, find


def _quiet(loglevel: str) -> tuple[str, ...]:
    """ffmpeg's options for no banner, no stdin, no per-second stats, and only messages of `loglevel` and worse."""
    return ("-hide_banner", "-nostdin", "-nostats", "-loglevel", loglevel)


def _tail(text: str, lines: int = 8) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


def _command(argv: Sequence[str], limit: int = 600) -> str:
    """The command as a shell line, for an error message (cut after `limit` characters)."""
    line = shlex.join(argv)
    return line if len(line) <= limit else line[:limit] + " …"


def _exe(tool_command: str) -> str:
    tool = FFMPEG if tool_command == "ffmpeg" else FFPROBE
    path = find(tool)
    if path is None:  # build.require checks first; this guards direct library use
        raise ToolFailure(f"{tool.command} not found on PATH; install with: sudo apt-get install {tool.package}")
    return path


def _run(argv: list[str], what: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a tool to completion; raises ToolFailure naming `what` on a timeout or a non-zero exit."""
    tool = Path(argv[0]).name
    try:
        proc = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        raise ToolFailure(f"{what}: {tool} took longer than {timeout:.0f} s and was stopped") from None
    if proc.returncode != 0:
        raise ToolFailure(f"{what}: {tool} failed (exit {proc.returncode}): {_tail(proc.stderr)}; command: {_command(argv)}")
    return proc


def ffmpeg(args: Sequence[str], what: str, timeout: float = 600.0, loglevel: str = "error") -> str:
    """Run ffmpeg with `args`; returns stderr. Raises ToolFailure naming `what` with stderr's tail."""
    argv = [_exe("ffmpeg"), *_quiet(loglevel), *args]
    return _run(argv, what, timeout).stderr


def ffmpeg_stdin(args: Sequence[str], chunks: Iterable[bytes], what: str, timeout: float, loglevel: str = "error") -> str:
    """Run ffmpeg reading raw input from `chunks` on stdin; returns stderr. Raises ToolFailure with stderr's tail.

    stderr goes to a file, not a pipe, so a chatty ffmpeg can never block while we write.
    """
    argv = [_exe("ffmpeg"), *_quiet(loglevel), *args]
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=err)
        assert proc.stdin is not None
        try:
            for chunk in chunks:
                proc.stdin.write(chunk)
            proc.stdin.close()
            code = proc.wait(timeout=timeout)
        except BrokenPipeError:
            code = proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        err.seek(0)
        report = err.read().decode("utf-8", "replace")
    if code != 0:
        raise ToolFailure(f"{what}: ffmpeg failed (exit {code}): {_tail(report)}; command: {_command(argv)}")
    return report


def muxed_packets(report: str, what: str, outputs: int) -> list[int]:
    """How many audio packets ffmpeg wrote to each of its `outputs` files, from its `-loglevel verbose` report (the
    count ffprobe's -count_packets gives for the file, without reading it again); raises ToolFailure."""
    found = {int(k): int(n) for k, n in re.findall(r"Output stream #(\d+):0 \(audio\):.*?(\d+) packets muxed", report)}
    counts = [found.get(k, 0) for k in range(outputs)]
    if min(counts) <= 0:
        raise ToolFailure(f"{what}: ffmpeg reported no audio packets written; the encode is broken")
    return counts


def ffprobe_json(path: Path, *entries: str, timeout: float = 120.0) -> dict[str, Any]:
    """ffprobe's JSON for `path` with the given -show_* flags; raises ToolFailure."""
    argv = [_exe("ffprobe"), "-v", "error", "-of", "json", *entries, str(path)]
    proc = _run(argv, str(path), timeout)
    data: dict[str, Any] = json.loads(proc.stdout or "{}")
    return data


_VERSION_LOCK = threading.Lock()


def ffmpeg_version() -> str:
    """ffmpeg's first `-version` line: part of every encode's cache key, since encoders change. Thread-safe, so a
    build can ask for it early in a thread (start_ffmpeg_version) and find it ready when the first key needs it."""
    with _VERSION_LOCK:
        return _ffmpeg_version()


@functools.cache
def _ffmpeg_version() -> str:
    proc = subprocess.run([_exe("ffmpeg"), "-version"], check=False, capture_output=True, text=True, timeout=30)
    return (proc.stdout.splitlines() or ["unknown"])[0]


def start_ffmpeg_version() -> None:
    """Run `ffmpeg -version` in a thread: starting ffmpeg takes ~80 ms, spent while the caller scripts the speech."""
    threading.Thread(target=ffmpeg_version, daemon=True).start()
