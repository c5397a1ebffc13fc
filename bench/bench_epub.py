"""EPUB-only builds against pandoc, in the same run: the three figures of the EPUB speed goal.

    .venv/bin/python bench/bench_epub.py [--runs 11] [TEXT]

1. the build's own work, in-process (read + EPUB bytes): target <= 0.5x one pandoc run;
2. ten books in one `producer build` process: target <= ten pandoc runs;
3. one cold `producer build --formats epub` process (start-up, ordinary imports, reading,
   writing, publishing): target <= 2x one pandoc run.
Runs are interleaved so that load on the machine hits every contender alike; medians.
"""

from __future__ import annotations

import argparse
import json
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

BOOKS = 10
TARGETS = {"in-process work": 0.5, f"{BOOKS} books, one process": 1.0, "one cold process": 2.0}


def timed(argv: list[str]) -> float:
    """Wall seconds of one process run; raises CalledProcessError when it fails."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Run each contender `--runs` times, interleaved, print medians and ratios, write bench/results/epub.json."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?", type=Path, default=ROOT / "texts" / "my-life-ch36.txt")
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args(argv)
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("bench_epub: pandoc not found; install with: sudo apt-get install pandoc", file=sys.stderr)
        return 3
    producer = str(ROOT / ".venv" / "bin" / "producer")
    doc = load(args.text)
    times: dict[str, list[float]] = {"pandoc": [], f"pandoc x{BOOKS}": [], **{name: [] for name in TARGETS}}
    with tempfile.TemporaryDirectory(prefix="bench-epub-") as tmp:
        books = []
        for i in range(BOOKS):  # ten books: copies of the text under their own names (and sidecars)
            book = Path(tmp) / f"book-{i}{args.text.suffix}"
            shutil.copy(args.text, book)
            if args.text.with_suffix(".toml").is_file():
                shutil.copy(args.text.with_suffix(".toml"), book.with_suffix(".toml"))
            books.append(str(book))
        pandoc_run = [pandoc, "-f", "markdown", "--metadata", f"title={doc.meta.title}", "--metadata",
                      f"lang={doc.meta.language}", str(args.text), "-o", f"{tmp}/pandoc.epub"]
        for run in range(args.runs):
            one = timed(pandoc_run)
            times["pandoc"].append(one)
            times[f"pandoc x{BOOKS}"].append(one + sum(timed(pandoc_run) for _ in range(BOOKS - 1)))
            times[f"{BOOKS} books, one process"].append(
                timed([producer, "--quiet", "build", *books, "--formats", "epub", "--out", f"{tmp}/shelf-{run}"]))
            times["one cold process"].append(
                timed([producer, "--quiet", "build", str(args.text), "--formats", "epub", "--out", f"{tmp}/new-{run}"]))
            start = time.perf_counter()
            epub_bytes(load(args.text), find_lexicons(args.text))
            times["in-process work"].append(time.perf_counter() - start)
    medians = {name: statistics.median(values) for name, values in times.items()}
    bases = {"in-process work": medians["pandoc"], f"{BOOKS} books, one process": medians[f"pandoc x{BOOKS}"],
             "one cold process": medians["pandoc"]}
    print(f"EPUB-only build of {args.text.name}, median of {args.runs} runs; pandoc {medians['pandoc'] * 1000:.0f} ms")
    figures = {}
    for name, target in TARGETS.items():
        ratio = medians[name] / bases[name]
        figures[name] = {"median_s": medians[name], "baseline_s": bases[name], "ratio": ratio, "target": target,
                         "met": ratio <= target}
        print(f"  {name:24s} {medians[name] * 1000:7.0f} ms  {ratio:5.2f}x its pandoc baseline (target <= {target})"
              f"  {'ok' if ratio <= target else 'MISSED'}")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "epub.json").write_text(json.dumps({"text": args.text.name, "runs": args.runs, "figures": figures,
                                                   "seconds": times}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
