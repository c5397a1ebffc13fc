"""Audiobook cost: our cold m4b+mp3 build of the sample vs the floor (memory at 1x..10x: bench/run.py, figure 5).

Usage: .venv/bin/python bench/bench_audio.py [--runs N]

Floor (issue 5): `espeak-ng -f` on the text the build speaks, then one `ffmpeg -aac_coder fast`
AAC encode and one MP3 encode of that audio, one after another. Target: build / floor <= 1.0.
Writes bench/results/audio.json. bench/run.py reuses the floor for its every-format figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "texts" / "my-life-ch36.txt"


def spoken_text() -> tuple[str, str, int]:
    """What the build speaks for the sample, joined, with the narration voice and rate (the floor's input)."""
    sys.path.insert(0, str(ROOT))
    from producer.read import load
    from producer.speech.script import build_script
    from producer.speech.voices import load_profile

    profile = load_profile("default")
    utterances = build_script(load(SAMPLE), profile)
    narration = profile.roles["narration"]
    return "\n\n".join(u.spoken for u in utterances), narration.voice, narration.rate


def run(argv: list[str], timeout: float = 3600) -> None:
    """Run a command; exits the bench with its stderr when it fails."""
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(argv)}\n{proc.stderr[-2000:]}")


def floor_seconds(text: str, voice: str, rate: int, work: Path) -> float:
    """espeak-ng -f, then one AAC (fast coder) and one MP3 encode of its audio, one after another."""
    source, wav = work / "spoken.txt", work / "floor.wav"
    source.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    run(["espeak-ng", "-v", voice, "-s", str(rate), "-f", str(source), "-w", str(wav)])
    run(["ffmpeg", "-v", "error", "-y", "-i", str(wav), "-c:a", "aac", "-aac_coder", "fast", "-b:a", "64k", "-ac", "1",
         str(work / "floor.m4a")])
    run(["ffmpeg", "-v", "error", "-y", "-i", str(wav), "-c:a", "libmp3lame", "-b:a", "64k", "-ac", "1", str(work / "floor.mp3")])
    return time.perf_counter() - started


def build_argv(text: Path, out: Path, cache: Path) -> list[str]:
    return ["build", str(text), "--formats", "m4b,mp3", "--out", str(out), "--cache", str(cache)]


def build_seconds(work: Path) -> float:
    """Our cold build (fresh speech and encode cache) of the sample as m4b and mp3, as a user runs it."""
    started = time.perf_counter()
    run([sys.executable, "-m", "producer", "--quiet", *build_argv(SAMPLE, work / "out", work / "cache")])
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for tool in ("espeak-ng", "ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed: sudo apt-get install espeak-ng ffmpeg", file=sys.stderr)
            return 3
    out = ROOT / "bench" / "results" / "audio.json"
    try:  # a run of one part keeps the other part's last results
        report: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    report.update({"cpus": os.cpu_count(), "load_before": os.getloadavg()[0]})
    text, voice, rate = spoken_text()
    floors, builds = [], []
    for _ in range(args.runs):  # interleaved, so drift on the machine hits both alike
        with tempfile.TemporaryDirectory(prefix="bench-audio-") as work:
            floors.append(floor_seconds(text, voice, rate, Path(work)))
        with tempfile.TemporaryDirectory(prefix="bench-audio-") as work:
            builds.append(build_seconds(Path(work)))
    floor, ours = statistics.median(floors), statistics.median(builds)
    print(f"sample, median of {args.runs}: floor (espeak-ng -f + AAC fast + MP3) {floor:.1f} s, "
          f"our cold m4b+mp3 build {ours:.1f} s, ratio {ours / floor:.2f} (target <= 1.0: {'met' if ours <= floor else 'NOT met'})")
    report["speed"] = {"floor_s": floors, "build_s": builds, "ratio": ours / floor}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
