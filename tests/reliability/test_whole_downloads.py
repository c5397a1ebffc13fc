"""Reliability (issue 15, case 21): whole Project Gutenberg files as downloaded (header, licence, CRLF, a BOM or
ISO-8859-1) build, in bounded memory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.fixtures import download
from tests.reliability.common import PRODUCER, epub_text, peak_mb

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["tom-jones-whole-8.txt", "lafayette-whole-8.txt", "alice-in-wonderland-11-0.txt"])
def test_21_a_whole_download_builds_in_bounded_memory(tmp_path: Path, name: str) -> None:
    source = download(name, tmp_path)
    largest_mb, err = peak_mb([PRODUCER, "build", "--formats", "epub", "--out", str(tmp_path / "out"), str(source)])
    assert largest_mb < 300, f"{largest_mb:.0f} MB for a {source.stat().st_size // 1024} KB download"
    if name.endswith("-8.txt"):  # its header declares ISO-8859-1, which is how it is read
        assert re.search(r":1:1: warning: not valid UTF-8 .* as its header declares on line \d+", err)
    [epub] = (tmp_path / "out").glob("*/*.epub")
    pages = epub_text(epub)
    assert "Project Gutenberg License" not in pages and "\ufffd" not in pages
