"""Speech speed, side by side in one run: cold synthesis of the whole script vs `espeak-ng -f` on the same text.

Usage: .venv/bin/python bench/bench_speech.py [TEXT] [--runs N] [--jobs N]
Target (issue 4): the default engine's cold synthesis within 2x `espeak-ng -f`; a full cache synthesizes nothing.
Prints a table and writes bench/results/speech.json.
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
import wave
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from producer.read import load
from producer.speech import synth
from producer.speech.engines import espeak_version
from producer.speech.script import build_script
from producer.speech.voices import load_profile


def seconds_of_audio(paths: list[Path]) -> float:
    total = 0
    for path in dict.fromkeys(paths):
        with wave.open(str(path), "rb") as w:
            total += w.getnframes()
    return total / 22_050


def time_espeak_cli(text: str, voice: str, rate: int, work: Path) -> tuple[float, float]:
    """Wall time of `espeak-ng -f` on the whole text, and the audio seconds it made."""
    source, out = work / "script.txt", work / "espeak.wav"
    source.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-f", str(source), "-w", str(out)], check=True, timeout=600)
    elapsed = time.perf_counter() - started
    with wave.open(str(out), "rb") as w:
        return elapsed, w.getnframes() / w.getframerate()


def time_synthesis(utterances, profile, jobs: int) -> tuple[float, float, float]:
    """Cold then warm synthesis into a fresh cache: (cold s, warm s, audio s)."""
    with tempfile.TemporaryDirectory(prefix="bench-speech-") as tmp:
        started = time.perf_counter()
        paths = synth.synthesize(utterances, profile, Path(tmp), jobs=jobs, quiet=True)
        cold = time.perf_counter() - started
        started = time.perf_counter()
        synth.synthesize(utterances, profile, Path(tmp), jobs=jobs, quiet=True)
        warm = time.perf_counter() - started
        return cold, warm, seconds_of_audio(paths)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=ROOT / "texts" / "my-life-ch36.txt")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed: sudo apt-get install espeak-ng", file=sys.stderr)
        return 3

    profile = load_profile("default")
    started = time.perf_counter()
    utterances = build_script(load(args.text), profile)
    script_seconds = time.perf_counter() - started
    narration = profile.roles["narration"]
    text = "\n\n".join(u.spoken for u in utterances)
    engines = {"pyttsx3 (default)": "pyttsx3", "espeak (ctypes)": "espeak"}
    results: dict[str, list[float]] = {"espeak-ng -f": []}
    audio: dict[str, float] = {}
    warm: dict[str, list[float]] = {name: [] for name in engines}
    for name in engines:
        results[name] = []
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as work:
        for _ in range(args.runs):  # interleaved, so drift on the machine hits every variant alike
            elapsed, audio["espeak-ng -f"] = time_espeak_cli(text, narration.voice, narration.rate, Path(work))
            results["espeak-ng -f"].append(elapsed)
            for name, engine in engines.items():
                chosen = replace(profile, roles={r: replace(v, engine=engine) for r, v in profile.roles.items()})
                cold, again, audio[name] = time_synthesis(utterances, chosen, args.jobs)
                results[name].append(cold)
                warm[name].append(again)

    floor = statistics.median(results["espeak-ng -f"])
    print(f"{args.text.name}: {len(utterances)} utterances, {len(text):,} characters, script built in {script_seconds:.2f} s")
    print(f"eSpeak NG {espeak_version()}, {args.jobs} worker(s), median of {args.runs} cold runs\n")
    print(f"{'variant':<20} {'cold s':>8} {'ratio':>6} {'warm s':>7} {'audio min':>10}")
    report = {"text": args.text.name, "utterances": len(utterances), "jobs": args.jobs, "runs": args.runs, "variants": {}}
    for name, times in results.items():
        median = statistics.median(times)
        warm_s = statistics.median(warm[name]) if name in warm else None
        ratio = median / floor
        shown_warm = f"{warm_s:7.3f}" if warm_s is not None else f"{'-':>7}"
        print(f"{name:<20} {median:8.2f} {ratio:6.2f} {shown_warm} {audio[name] / 60:10.1f}")
        report["variants"][name] = {"cold_s": times, "median_s": median, "ratio": ratio, "warm_s": warm_s, "audio_s": audio[name]}
    default_ratio = report["variants"]["pyttsx3 (default)"]["ratio"]
    print(f"\ntarget: default engine <= 2.0 x espeak-ng -f: {'met' if default_ratio <= 2.0 else 'NOT met'} ({default_ratio:.2f})")
    out = ROOT / "bench" / "results" / "speech.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
