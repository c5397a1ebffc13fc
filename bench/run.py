"""`make bench`: the batch-production figures, each against a baseline timed in the same run; rewrites bench/RESULTS.md.

    .venv/bin/python bench/run.py [--runs 3] [--only 1,2,3,4,5,6]

1. Cold full build of the sample (every format) against the floor: `espeak-ng -f` on the text the
   build speaks, then one `ffmpeg -aac_coder fast` AAC encode and one MP3 encode of that audio.
   Target <= 0.8.
2. EPUB-only build against pandoc: the three figures of bench/bench_epub.py.
3. Rebuild (every format) after one paragraph changed, as a fraction of the cold build: <= 0.10 for
   the sample; for a ten-chapter book, <= 1.5x the changed chapter's share of the audio.
4. A no-op `make` on a built shelf: under one second.
5. 1x, 2x, 5x, 10x the sample as chapters of one book, cold, every format: 10x within 11x the time
   of 1x, and the peak RSS of the whole process tree (producer and every child, summed) at 10x
   within 1.5x of 1x and at most 300 MB.
   Chapter k is the sample with every word replaced by the word k places after it in the sample's
   sorted vocabulary (tests/fixtures.sample_times): chapters that repeated the sample's sentences
   would share their speech clips and encoded sections, and time one chapter's work, not ten.
6. Eight books (the smallest chapters of tests/corpus/tuning) on a Dask LocalCluster of two
   one-thread workers against one local build after another, each from a cold cache: for the
   record (on two cores expect about 1x).
Whole processes are timed (wall clock); medians where there are several runs, interleaved with
their baseline so drift on the machine hits both alike.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from bench_audio import floor_seconds, spoken_text

from tests.fixtures import sample_times

PRODUCER = [sys.executable, "-m", "producer", "--quiet"]
SAMPLE = ROOT / "texts" / "my-life-ch36.txt"
SHELF = sorted((ROOT / "tests" / "corpus" / "tuning").glob("*/input.txt"), key=lambda p: p.stat().st_size)[:8]
PAGE = os.sysconf("SC_PAGE_SIZE")
SCALES = "1,2,5,10"


def _tree(root: int) -> list[int]:
    """`root` and every process descending from it."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


def measured(argv: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the process tree, sampled every 50 ms) of one command; exits when it fails."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_mb(_tree(proc.pid)))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(argv)}\n{err.decode(errors='replace')[-2000:]}")
    return seconds, peak


def build(text: Path, work: Path, *extra: str) -> tuple[float, float]:
    """A full build (every format) of `text` into work/out with the cache work/cache."""
    return measured([*PRODUCER, "build", str(text), "--out", str(work / "out"), "--cache", str(work / "cache"), *extra])


def change_paragraph(text: Path, k: int) -> None:
    """Change the k-th long paragraph (by adding a sentence), as a fix to a text does."""
    paragraphs = text.read_text(encoding="utf-8").split("\n\n")
    long = [i for i, p in enumerate(paragraphs) if len(p) > 400]
    i = long[(len(long) // 2 + k) % len(long)]
    paragraphs[i] = paragraphs[i].rstrip() + f" This sentence was added for run {k}."
    text.write_text("\n\n".join(paragraphs), encoding="utf-8")


def chapter_share(out: Path, chapter_number: int) -> float:
    """The share of the book's audio in its `chapter_number`-th chapter (all its tracks), from the timeline."""
    tracks = json.loads(next(out.rglob("*.timeline.json")).read_text())["tracks"]
    chapters = list(dict.fromkeys(t["chapter"] for t in tracks if t.get("chapter")))
    mine = sum(t["duration_ms"] for t in tracks if t.get("chapter") == chapters[chapter_number - 1])
    return mine / sum(t["duration_ms"] for t in tracks)


# -- the figures --------------------------------------------------------------------------------------


def figure_cold(runs: int, results: dict) -> None:  # type: ignore[type-arg]
    text, voice, rate = spoken_text()
    floors, builds = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-floor-") as work:
            floors.append(floor_seconds(text, voice, rate, Path(work)))
        with tempfile.TemporaryDirectory(prefix="bench-cold-") as work:
            builds.append(build(SAMPLE, Path(work))[0])
    floor, ours = statistics.median(floors), statistics.median(builds)
    results["1"] = {"title": "cold full build of the sample / floor", "ours_s": ours, "baseline_s": floor,
                    "ratio": ours / floor, "target": "<= 0.8", "met": ours / floor <= 0.8, "runs": runs}


def figure_epub(runs: int, results: dict) -> None:  # type: ignore[type-arg]
    subprocess.run([sys.executable, str(BENCH / "bench_epub.py"), "--runs", str(max(runs, 11))], check=True,
                   stdout=subprocess.DEVNULL)
    epub = json.loads((BENCH / "results" / "epub.json").read_text())
    results["2"] = {"title": "EPUB-only build / pandoc", "figures": epub["figures"], "met": all(f["met"] for f in epub["figures"].values())}


def figure_rebuild_sample(runs: int, results: dict) -> None:  # type: ignore[type-arg]
    colds, rebuilds = [], []
    for k in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-rebuild-") as w:
            work = Path(w)
            text = work / SAMPLE.name
            shutil.copy(SAMPLE, text)
            shutil.copy(SAMPLE.with_suffix(".toml"), text.with_suffix(".toml"))
            colds.append(build(text, work)[0])
            change_paragraph(text, k)
            rebuilds.append(build(text, work)[0])
    cold, rebuild = statistics.median(colds), statistics.median(rebuilds)
    results["3a"] = {"title": "rebuild after one paragraph changed / cold build, the sample", "ours_s": rebuild,
                     "baseline_s": cold, "ratio": rebuild / cold, "target": "<= 0.10", "met": rebuild / cold <= 0.10, "runs": runs}


def figure_noop_make(results: dict) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory(prefix="bench-make-") as w:
        work = Path(w)
        (work / "texts").mkdir()
        shutil.copy(SAMPLE, work / "texts")
        shutil.copy(SAMPLE.with_suffix(".toml"), work / "texts")
        argv = ["make", "-C", str(ROOT), f"TEXTS_DIR={work / 'texts'}", f"OUT={work / 'out'}"]
        env = {**os.environ, "PRODUCER_CACHE": str(work / "cache")}
        measured(argv, env=env)  # the first make builds the shelf
        times = [measured(argv, env=env)[0] for _ in range(5)]
    noop = statistics.median(times)
    results["4"] = {"title": "no-op make on a built shelf", "ours_s": noop, "target": "< 1 s", "met": noop < 1.0, "runs": 5}


def figure_scaling(scales: list[int], results: dict, after_10x: Callable[[Path, Path, float], None]) -> None:  # type: ignore[type-arg]
    rows = {}
    for n in scales:
        with tempfile.TemporaryDirectory(prefix=f"bench-scale-{n}x-") as w:
            work = Path(w)
            text = sample_times(n, work, distinct=True)  # chapters that sound alike would share clips and sections
            seconds, peak = build(text, work)
            rows[n] = {"seconds": seconds, "peak_rss_mb": peak}
            if n == 10:
                after_10x(text, work, seconds)
    row = {"title": "1x..10x the sample as one book, cold", "rows": rows}
    if 1 in rows and 10 in rows:
        t, m = rows[10]["seconds"] / rows[1]["seconds"], rows[10]["peak_rss_mb"] / rows[1]["peak_rss_mb"]
        row.update({"time_ratio": t, "rss_ratio": m, "target": "time <= 11x, peak RSS <= 1.5x and <= 300 MB",
                    "met": t <= 11 and m <= 1.5 and rows[10]["peak_rss_mb"] <= 300})
    results["5"] = row


def figure_rebuild_ten(results: dict):  # type: ignore[no-untyped-def, type-arg]
    def after_10x(text: Path, work: Path, cold: float) -> None:
        share = chapter_share(work / "out", 5)
        raw = text.read_text(encoding="utf-8")  # change one paragraph of chapter V only
        start = raw.index("CHAPTER V\n")
        end = raw.index("CHAPTER VI\n")
        chapter = raw[start:end]
        paragraphs = chapter.split("\n\n")
        i = max(range(len(paragraphs)), key=lambda j: len(paragraphs[j]) if j > len(paragraphs) // 3 else 0)
        paragraphs[i] = paragraphs[i].rstrip() + " This sentence was added for the rebuild."
        text.write_text(raw[:start] + "\n\n".join(paragraphs) + raw[end:], encoding="utf-8")
        seconds = build(text, work)[0]
        ratio = seconds / cold
        results["3b"] = {"title": "rebuild after one paragraph of chapter V changed / cold build, ten-chapter book",
                         "ours_s": seconds, "baseline_s": cold, "ratio": ratio, "chapter_share": share,
                         "target": f"<= 1.5 x {share:.3f} = {1.5 * share:.3f}", "met": ratio <= 1.5 * share}
    return after_10x


def figure_shelf(results: dict) -> None:  # type: ignore[type-arg]
    from distributed import LocalCluster

    with tempfile.TemporaryDirectory(prefix="bench-shelf-") as w:
        work = Path(w)
        texts = []
        for src in SHELF:
            target = work / "texts" / f"{src.parent.name}.txt"
            target.parent.mkdir(exist_ok=True)
            shutil.copy(src, target)
            texts.append(str(target))
        local = 0.0
        for text in texts:
            local += measured([*PRODUCER, "build", text, "--out", str(work / "local"), "--cache", str(work / "cache-local")])[0]
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            cluster_s = measured([*PRODUCER, "build", "--scheduler", cluster.scheduler_address, *texts,
                                  "--out", str(work / "cluster"), "--cache", str(work / "cache-cluster")])[0]
    results["6"] = {"title": "8 books: LocalCluster (2 workers) / one after another locally", "ours_s": cluster_s,
                    "baseline_s": local, "ratio": cluster_s / local, "target": "for the record (~1x on 2 cores)", "met": None,
                    "books": [p.parent.name for p in SHELF]}


# -- the report ---------------------------------------------------------------------------------------


def _verdict(met: bool | None) -> str:
    return "—" if met is None else "met" if met else "**not met**"


def report(results: dict, started: datetime.datetime, seconds: float) -> str:  # type: ignore[type-arg]
    """The results as RESULTS.md's text."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`bench/run.py`); never edited by hand. Each figure is a ratio against a baseline",
        "timed in the same run on the same machine (see bench/run.py for what each one times).",
        "",
        f"- date: {started:%Y-%m-%d %H:%M} UTC; the run took {seconds / 60:.0f} min",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}",
        f"- load average before the run: {results['load']:.2f}",
        "",
        "| # | figure | ours | baseline | ratio | target | |",
        "|---|---|---|---|---|---|---|",
    ]
    for key in ("1", "2", "3a", "3b", "4", "5", "6"):
        r = results.get(key)
        if r is None:
            lines.append(f"| {key} | (not run) | | | | | |")
        elif key == "2":
            for name, f in r["figures"].items():
                lines.append(f"| 2 | EPUB-only, {name} / pandoc | {f['median_s']:.3f} s | {f['baseline_s']:.3f} s | "
                             f"{f['ratio']:.2f} | <= {f['target']} | {_verdict(f['met'])} |")
        elif key == "5":
            for n, row in r["rows"].items():
                lines.append(f"| 5 | {n}x the sample, cold, every format | {row['seconds']:.0f} s, {row['peak_rss_mb']:.0f} MB | | | | |")
            if "time_ratio" in r:
                lines.append(f"| 5 | 10x / 1x: time; peak RSS of the process tree | | | {r['time_ratio']:.2f}; {r['rss_ratio']:.2f} | "
                             f"{r['target']} | {_verdict(r['met'])} |")
        else:
            baseline = f"{r['baseline_s']:.2f} s" if "baseline_s" in r else ""
            ratio = f"{r['ratio']:.3f}" if "ratio" in r else ""
            lines.append(f"| {key} | {r['title']} | {r['ours_s']:.2f} s | {baseline} | {ratio} | {r['target']} | {_verdict(r['met'])} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each timed pair (default 3)")
    parser.add_argument("--only", default="1,2,3,4,5,6", help="which figures (default: all)")
    parser.add_argument("--scales", default=SCALES, help=f"figure 5's sizes (default {SCALES})")
    args = parser.parse_args()
    for tool in ("espeak-ng", "ffmpeg", "ffprobe", "pandoc", "make"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed; run `make` first (it installs what is missing)", file=sys.stderr)
            return 3
    only = set(args.only.split(","))
    started, clock = datetime.datetime.now(datetime.UTC), time.perf_counter()
    results: dict = {"load": os.getloadavg()[0]}  # type: ignore[type-arg]
    steps: list[tuple[str, Callable[[], None]]] = [
        ("1", lambda: figure_cold(args.runs, results)),
        ("2", lambda: figure_epub(args.runs, results)),
        ("3", lambda: figure_rebuild_sample(args.runs, results)),
        ("4", lambda: figure_noop_make(results)),
        ("5", lambda: figure_scaling([int(s) for s in args.scales.split(",")], results, figure_rebuild_ten(results))),
        ("6", lambda: figure_shelf(results)),
    ]
    for key, step in steps:
        if key in only:
            print(f"figure {key} ...", file=sys.stderr, flush=True)
            step()
    text = report(results, started, time.perf_counter() - clock)
    (BENCH / "results").mkdir(exist_ok=True)
    (BENCH / "results" / "run.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if only >= {key for key, _ in steps} and args.scales == SCALES:
        (BENCH / "RESULTS.md").write_text(text, encoding="utf-8")
    else:  # RESULTS.md shows one whole run
        print("a partial run: bench/RESULTS.md is left as it was; its figures are in bench/results/run.json", file=sys.stderr)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
