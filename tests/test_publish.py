"""Atomic publishing: the old output survives a failure, and a killed build's temp file is cleaned up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from producer.publish import publish_bytes, publishing


def test_failure_keeps_previous_output(tmp_path: Path) -> None:
    target = tmp_path / "book.epub"
    publish_bytes(target, b"old")
    with pytest.raises(RuntimeError), publishing(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["book.epub"]


def test_killed_writer_leaves_nothing_after_next_publish(tmp_path: Path) -> None:
    target = tmp_path / "book.epub"
    publish_bytes(target, b"old")
    code = (
        "import os, sys; from pathlib import Path; from producer.publish import publishing\n"
        f"with publishing(Path({str(target)!r})) as tmp:\n"
        "    tmp.write_bytes(b'partial'); os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=False)
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert leftovers and target.read_bytes() == b"old"
    publish_bytes(target, b"new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.epub"]
    assert target.read_bytes() == b"new"
