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


TUNING = sorted(p for p in (HERE / "corpus" / "tuning").glob("*") if (p / "input.txt").is_file())


@pytest.mark.parametrize("chapter", TUNING, ids=[c.name for c in TUNING])
def test_evidence_is_given_only_for_fields_given(chapter: Path) -> None:
    """A person correcting the JSON reads why each value is there: no evidence names a field left empty (the memoirist's
    own name taken out of a book with no author had left 'recipients: narrative' over no recipient)."""
    for d in load(chapter / "input.txt").documents:
        given = {"senders": d.senders, "recipients": d.recipients, "date": d.date, "place": d.place, "destination": d.destination}
        assert all(given[key] for key, _ in d.evidence), (d.id, d.evidence)
