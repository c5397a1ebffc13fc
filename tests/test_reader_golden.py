"""Golden tests: the sample chapter and the hand-made cases in tests/cases/ segment as expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from producer.read import load
from producer.read.jsonform import to_json
from tests.expected import problems
from tests.fixtures import SAMPLE

HERE = Path(__file__).resolve().parent
CASES = sorted(p for p in (HERE / "cases").glob("*") if (p / "expected.json").is_file())


def test_sample_chapter_matches_expected() -> None:
    expected = json.loads((HERE / "my-life-ch36.expected.json").read_text(encoding="utf-8"))
    got = to_json(load(SAMPLE))
    assert problems(got, expected) == []


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_matches_expected(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    got = to_json(load(case / "input.txt"))
    assert problems(got, expected) == []
