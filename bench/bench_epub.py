"""EPUB-only build of the sample against pandoc, in the same run: medians and the ratio.

    .venv/bin/python bench/bench_epub.py [--runs 5] [TEXT]

Three timings: pandoc (markdown -> EPUB, a whole process), `producer build --formats epub`
(a whole process: interpreter start, imports, reading, writing, publishing) and the
in-process work alone (read + EPUB bytes), so start-up cost and real work can be told apart.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from producer.epub.lexicon import find_lexicons
from producer.epub.writer import epub_bytes
from producer.read import load


def timed(argv: list[str]) -> float:
    """Wall seconds of one process run; raises CalledProcessError when it fails."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Run each contender `--runs` times, interleaved, and print medians and ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?", type=Path, default=ROOT / "texts" / "my-life-ch36.txt")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("bench_epub: pandoc not found; install with: sudo apt-get install pandoc", file=sys.stderr)
        return 3
    producer = str(ROOT / ".venv" / "bin" / "producer")
    doc = load(args.text)
    times: dict[str, list[float]] = {"pandoc": [], "producer (process)": [], "producer (in-process)": []}
    with tempfile.TemporaryDirectory(prefix="bench-epub-") as tmp:
        for _ in range(args.runs):  # interleaved, so load on the machine hits every contender alike
            times["pandoc"].append(timed([pandoc, "-f", "markdown", "--metadata", f"title={doc.meta.title}",
                                          "--metadata", f"lang={doc.meta.language}", str(args.text), "-o", f"{tmp}/pandoc.epub"]))
            times["producer (process)"].append(timed([producer, "--quiet", "build", str(args.text), "--formats", "epub", "--out", tmp]))
            start = time.perf_counter()
            epub_bytes(load(args.text), find_lexicons(args.text))
            times["producer (in-process)"].append(time.perf_counter() - start)
    base = statistics.median(times["pandoc"])
    print(f"EPUB-only build of {args.text.name}, median of {args.runs} runs")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:24s} {median * 1000:7.0f} ms   {median / base:5.2f}x pandoc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
