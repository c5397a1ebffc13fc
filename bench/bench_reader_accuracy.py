"""Segmentation accuracy on the held-out chapters (tests/heldout/) and the golden cases, check by check.

Usage: .venv/bin/python bench/bench_reader_accuracy.py [-v]   (-v lists every failed check)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a bench script run by path: the checkout's tests/ and producer/

from producer.read import load
from producer.read.jsonform import to_json
from tests.expected import score


def main() -> None:
    verbose = "-v" in sys.argv
    for group in ("heldout", "cases"):
        passed = total = 0
        for case in sorted(p for p in (ROOT / "tests" / group).iterdir() if (p / "expected.json").is_file()):
            ok, n, found = score(to_json(load(case / "input.txt")), json.loads((case / "expected.json").read_text(encoding="utf-8")))
            passed, total = passed + ok, total + n
            print(f"{group}/{case.name:28} {ok:4}/{n:<4} {ok / n:6.1%}")
            if verbose:
                for problem in found:
                    print(f"    {problem}")
        print(f"{group:>7} total {passed}/{total} = {passed / total:.1%}\n")


if __name__ == "__main__":
    main()
