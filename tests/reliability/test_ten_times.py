"""Reliability (issue 15, case 9): a text ten times the sample is built chapter by chapter in bounded memory.

The peak is the largest process's, measured from a fresh parent (tests/reliability/common.peak_mb).
`make bench` (figure 5) measures the whole process tree at 1x, 2x, 5x and 10x with every format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.reliability.common import PRODUCER, ROOT, peak_mb

pytestmark = pytest.mark.slow
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _sample_times(n: int, folder: Path) -> Path:
    """The sample's chapter n times, as chapters I..n, with its sidecar's metadata."""
    raw = (ROOT / "texts" / "my-life-ch36.txt").read_text(encoding="utf-8")
    front, body = raw.split("\n\n\n", 1)
    parts = [front.strip()] + [f"CHAPTER {ROMAN[k]}\n\nThe Military Opposition, Part {ROMAN[k]}\n\n{body.strip()}" for k in range(n)]
    target = folder / f"sample-x{n}.txt"
    target.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    sidecar = (ROOT / "texts" / "my-life-ch36.toml").read_text(encoding="utf-8")
    target.with_suffix(".toml").write_text(re.sub(r"\[\[chapters\]\][^\[]*", "", sidecar), encoding="utf-8")
    return target


def test_9_ten_times_the_sample_in_bounded_memory(tmp_path: Path) -> None:
    peaks = {}
    for n in (1, 10):
        text = _sample_times(n, tmp_path)
        peaks[n], _ = peak_mb([PRODUCER, "--quiet", "build", "--formats", "epub,mp3", "--out", str(tmp_path / "out"),
                             "--cache", str(tmp_path / f"cache{n}"), str(text)])
    timeline = json.loads((tmp_path / "out" / "sample-x10" / "sample-x10.timeline.json").read_text())
    assert len({t["chapter"] for t in timeline["tracks"] if t.get("chapter")}) == 10
    assert peaks[10] <= 1.5 * peaks[1], peaks
