"""Reader scale, whole-process timings in one run: `producer segment` on 1x, 10x, 50x and ~150x the sample
(about 5 MB) and on one 200,000-character paragraph. Linear time means seconds per MB stay flat.

Usage: .venv/bin/python bench/bench_reader.py [--runs N]   (writes bench/results/reader.json)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "texts" / "my-life-ch36.txt"
PRODUCER = [sys.executable, "-m", "producer", "--quiet", "segment"]


def book(copies: int) -> str:
    """The sample's body repeated under distinct chapter headings, each chapter with its own notes."""
    head, body = SAMPLE.read_text(encoding="utf-8").split("\n\n\n", 1)
    return head + "\n\n\n" + "\n\n".join(f"CHAPTER {i + 1}\n\nPart {i + 1}\n\n{body.strip()}" for i in range(copies)) + "\n"


def long_paragraph() -> str:
    sentence = "He wrote to me at Kiev: “Come at once, the matter cannot wait.” I went the next day. "
    return "An Author\n\nA Book\n\n\n" + (sentence * (200_000 // len(sentence) + 1)).strip() + "\n"


def timed(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*PRODUCER, str(path)], check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = {f"{n}x": book(n) for n in (1, 10, 50, 150)}
        inputs["paragraph-200k"] = long_paragraph()
        for name, text in inputs.items():
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            seconds = timed(path, args.runs)
            mb = len(text.encode()) / 1e6
            results[name] = {"mb": round(mb, 2), "seconds": round(seconds, 2), "seconds_per_mb": round(seconds / mb, 2)}
            print(f"{name:>15}: {mb:6.2f} MB  {seconds:6.2f} s  {seconds / mb:6.2f} s/MB")
    out = ROOT / "bench" / "results" / "reader.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
