"""Reliability (issue 15, case 9): a text ten times the sample is built chapter by chapter in bounded memory.

The peak is the largest process's, measured from a fresh parent (tests/reliability/common.peak_mb).
`make bench` (figure 5) measures the whole process tree at 1x, 2x, 5x and 10x with every format.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures import sample_times
from tests.reliability.common import PRODUCER, peak_mb

pytestmark = pytest.mark.slow


def test_9_ten_times_the_sample_in_bounded_memory(tmp_path: Path) -> None:
    peaks = {}
    for n in (1, 10):
        text = sample_times(n, tmp_path)
        peaks[n], _ = peak_mb([PRODUCER, "--quiet", "build", "--formats", "epub,mp3", "--out", str(tmp_path / "out"),
                               "--cache", str(tmp_path / f"cache{n}"), str(text)])
    timeline = json.loads((tmp_path / "out" / "sample-x10" / "sample-x10.timeline.json").read_text())
    assert len({t["chapter"] for t in timeline["tracks"] if t.get("chapter")}) == 10
    assert peaks[10] <= 1.5 * peaks[1], peaks
