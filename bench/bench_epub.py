"""EPUB-only build of the sample against pandoc, in the same run: medians and the ratio.

    .venv/bin/python bench/bench_epub.py [--runs 11] [TEXT]

Four timings, interleaved run by run: pandoc (markdown -> EPUB, a whole process);
`producer build --formats epub` as a whole process (interpreter start, imports, reading,
writing, publishing), once as a rebuild (into the output folder of an earlier build, whose
cover.png it reuses) and once as a first build (into a new, empty folder every run, so the
cover is drawn); and the in-process work alone (read + EPUB bytes), so start-up cost and
real work can be told apart. Run `make` first: it writes the bytecode and
compiled-regex files the process timings assume.
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
from producer.regexcache import CACHE_FILE


def timed(argv: list[str]) -> float:
    """Wall seconds of one process run; raises CalledProcessError when it fails."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Run each contender `--runs` times, interleaved, and print medians and ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?", type=Path, default=ROOT / "texts" / "my-life-ch36.txt")
    ap.add_argument("--runs", type=int, default=21)
    args = ap.parse_args(argv)
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("bench_epub: pandoc not found; install with: sudo apt-get install pandoc", file=sys.stderr)
        return 3
    if not CACHE_FILE.exists():
        print(f"bench_epub: {CACHE_FILE} is missing, so every start compiles the regexes; run make first", file=sys.stderr)
    producer = str(ROOT / ".venv" / "bin" / "producer")
    doc = load(args.text)
    times: dict[str, list[float]] = {"pandoc": [], "producer rebuild (process)": [], "producer first build (process)": [],
                                     "producer (in-process)": []}
    with tempfile.TemporaryDirectory(prefix="bench-epub-") as tmp:
        build = [producer, "--quiet", "build", str(args.text), "--formats", "epub", "--out"]
        subprocess.run([*build, f"{tmp}/out"], check=True, capture_output=True)  # the earlier build
        for run in range(args.runs):  # interleaved, so load on the machine hits every contender alike
            times["pandoc"].append(timed([pandoc, "-f", "markdown", "--metadata", f"title={doc.meta.title}",
                                          "--metadata", f"lang={doc.meta.language}", str(args.text), "-o", f"{tmp}/pandoc.epub"]))
            times["producer rebuild (process)"].append(timed([*build, f"{tmp}/out"]))
            times["producer first build (process)"].append(timed([*build, f"{tmp}/new-{run}"]))
            start = time.perf_counter()
            epub_bytes(load(args.text), find_lexicons(args.text))
            times["producer (in-process)"].append(time.perf_counter() - start)
    base = statistics.median(times["pandoc"])
    print(f"EPUB-only build of {args.text.name}, median of {args.runs} runs")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:32s} {median * 1000:7.0f} ms   {median / base:5.2f}x pandoc")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "epub.json").write_text(json.dumps({
        "text": args.text.name, "runs": args.runs,
        "variants": {name: {"seconds": values, "median_s": statistics.median(values), "ratio": statistics.median(values) / base}
                     for name, values in times.items()},
    }, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
