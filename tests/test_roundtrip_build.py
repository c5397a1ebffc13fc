"""segment, then build from the JSON: the same EPUB as building from the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from producer.cli import main
from tests.fixtures import SAMPLE


def test_build_from_json_equals_build_from_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert main(["segment", str(SAMPLE)]) == 0
    json_src = tmp_path / "json" / f"{SAMPLE.stem}.json"
    json_src.parent.mkdir()
    json_src.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["--quiet", "build", str(SAMPLE), "--formats", "epub", "--out", str(tmp_path / "a")]) == 0
    assert main(["--quiet", "build", str(json_src), "--formats", "epub", "--out", str(tmp_path / "b")]) == 0
    slug = SAMPLE.stem
    first = (tmp_path / "a" / slug / f"{slug}.epub").read_bytes()
    second = (tmp_path / "b" / slug / f"{slug}.epub").read_bytes()
    assert first == second
