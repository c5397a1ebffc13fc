"""What the reliability cases share: the real command line, run as a user runs it, and small texts."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCER = str(ROOT / ".venv" / "bin" / "producer")
EPOCH = "1700000000"  # SOURCE_DATE_EPOCH: byte-identical EPUBs

TEXT = """CHAPTER I. The Road

The carts left before dawn, and by noon the column had reached the river.

“We cross tonight,” said the captain. Nobody answered him.
"""


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def errors(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("producer: error:")]


def producer(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600) -> Run:
    """The producer command line in a fresh process; a traceback is always a failure of the test."""
    full_env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    proc = subprocess.run([PRODUCER, *args], capture_output=True, text=True, cwd=cwd, env=full_env, timeout=timeout,
                          check=False)
    assert "Traceback" not in proc.stderr, proc.stderr
    return Run(proc.returncode, proc.stdout, proc.stderr)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def epub_text(path: Path) -> str:
    """All XHTML of an EPUB, joined."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))


def peak_mb(argv: list[str], timeout: float = 1800) -> tuple[float, str]:
    """Run a command from a fresh interpreter; (the peak RSS in MB of its largest process, its stderr's end).

    A fresh parent, so the figure is this command's alone (RUSAGE_CHILDREN keeps the largest child ever waited for);
    fails the test when the command fails."""
    code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024); sys.stderr.write(r.stderr[-4000:])")
    proc = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=timeout, check=True)
    rc, peak = proc.stdout.split()
    assert rc == "0" and "Traceback" not in proc.stderr, proc.stderr
    return float(peak), proc.stderr
