"""Held-out chapters (tests/heldout/): the reader's accuracy must not fall below its measured floor."""

from __future__ import annotations

import json
from pathlib import Path

from producer.read import load
from producer.read.jsonform import to_json
from tests.expected import score

HERE = Path(__file__).resolve().parent
# measured 0.818 over 15 chapters on 2026-12-02 (a missed document fails all its checks). These chapters were written for
# the purpose; where they and the real-book corpus (tests/corpus/) disagree, the real books decide: a sender taken from
# the subject of a sentence with no verb of sending ("Elizabeth took the letter and ...") is right here, and was wrong
# more often than right on real books, so the reader leaves it empty.
FLOOR = 0.81


def test_heldout_accuracy_stays_above_floor() -> None:
    passed = total = 0
    for case in sorted(p for p in (HERE / "heldout").iterdir() if (p / "expected.json").is_file()):
        got = to_json(load(case / "input.txt"))
        ok, n, _ = score(got, json.loads((case / "expected.json").read_text(encoding="utf-8")))
        passed, total = passed + ok, total + n
    assert total > 0
    assert passed / total >= FLOOR, f"held-out accuracy {passed}/{total} = {passed / total:.1%} < {FLOOR:.0%}"
