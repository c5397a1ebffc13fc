"""Audiobook cost, in one run: our cold m4b+mp3 build of the sample vs the floor, and peak RSS at 1x..10x the sample.

Usage: .venv/bin/python bench/bench_audio.py [--runs N] [--scales 1,2,5,10] [--skip-speed] [--skip-rss]

Floor (issue 5): `espeak-ng -f` on the text the build speaks, then one `ffmpeg -aac_coder fast`
AAC encode and one MP3 encode of that audio, one after another. Target: build / floor <= 1.0.
RSS: the build of a text made by repeating the sample's chapter N times under distinct chapter
headings; target: 10x at most 300 MB and at most 1.5x the 1x peak. Writes bench/results/audio.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "texts" / "my-life-ch36.txt"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")


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


def scaled_text(n: int, folder: Path) -> Path:
    """The sample's chapter (with its notes) n times, as chapters I..n with distinct titles, plus a sidecar."""
    raw = SAMPLE.read_text(encoding="utf-8")
    front, body = raw.split("\n\n\n", 1)
    notes_at = body.index("\n\n\n1. ")
    chapter, notes = body[:notes_at].strip(), body[notes_at:].strip()
    parts = [front.strip()]
    for k in range(n):
        parts += [f"CHAPTER {ROMAN[k]}", f"The Military Opposition, Part {ROMAN[k]}", chapter, notes]
    target = folder / f"sample-x{n}.txt"
    target.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    sidecar = re.sub(r"\[\[chapters\]\][^\[]*", "", SAMPLE.with_suffix(".toml").read_text(encoding="utf-8"))
    target.with_suffix(".toml").write_text(sidecar, encoding="utf-8")
    return target


def child(argv: list[str]) -> int:
    """Run the producer CLI in this process and print its own and its largest child's peak RSS (MB) as JSON."""
    sys.path.insert(0, str(ROOT))
    from producer.cli import main

    started = time.perf_counter()
    code = main(["--quiet", *argv])
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"code": code, "self_mb": own, "children_mb": kids, "seconds": time.perf_counter() - started}))
    return code


def rss(n: int, work: Path) -> dict[str, float]:
    """Peak RSS of a cold build of the n-times text (the producer process, and its largest ffmpeg or worker)."""
    text = scaled_text(n, work)
    proc = subprocess.run([sys.executable, __file__, "--child", *build_argv(text, work / "out", work / "cache")],
                          capture_output=True, text=True, timeout=7200, check=False)
    if proc.returncode != 0:
        sys.exit(f"{n}x build failed:\n{proc.stderr[-2000:]}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    m4b = next((work / "out").rglob("*.m4b"))
    seconds = float(subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(m4b)],
                                   capture_output=True, text=True, check=True).stdout)
    result["audio_hours"] = seconds / 3600
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scales", default="1,2,5,10")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
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
    if not args.skip_speed:
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
    if not args.skip_rss:
        rows = {}
        for n in (int(s) for s in args.scales.split(",")):
            with tempfile.TemporaryDirectory(prefix=f"bench-rss-{n}x-") as work:
                rows[n] = rss(n, Path(work))
            r = rows[n]
            print(f"{n:>3}x: {r['audio_hours']:.2f} h of audio, build {r['seconds']:.0f} s, peak RSS producer {r['self_mb']:.0f} MB, "
                  f"largest child {r['children_mb']:.0f} MB")
        report["rss"] = rows
        if 1 in rows and 10 in rows:
            peak1 = max(rows[1]["self_mb"], rows[1]["children_mb"])
            peak10 = max(rows[10]["self_mb"], rows[10]["children_mb"])
            ok = peak10 <= 300 and peak10 <= 1.5 * peak1
            print(f"target: 10x peak <= 300 MB and <= 1.5x the 1x peak: {'met' if ok else 'NOT met'} ({peak10:.0f} MB vs {peak1:.0f} MB)")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
