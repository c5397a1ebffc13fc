"""Building a shelf on a Dask cluster (a LocalCluster of two worker processes on this machine)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from producer.cluster import speech_batches
from producer.speech.script import Utterance

ROOT = Path(__file__).resolve().parent.parent
PRODUCER = str(ROOT / ".venv" / "bin" / "producer")

BOOK = """CHAPTER I. The {name}

The carts left before dawn, and by noon the column had reached the {name} river.

“We cross tonight,” said the captain. Nobody answered him.

CHAPTER II. After

They crossed at midnight and nobody spoke of it again.
"""


def _u(i: int, section: str) -> Utterance:
    return Utterance(f"u{i}", section, section, None, None, None, "narration", "x", "x", 0)


def test_speech_batches_cut_only_between_chapters() -> None:
    script = [_u(i, "opening") for i in range(2)] + [_u(i, "ch1") for i in range(2, 7)] + [_u(i, "ch2") for i in range(7, 9)]
    assert [[u.id for u in b] for b in speech_batches(script, 3)] == [
        ["u0", "u1", "u2", "u3", "u4", "u5", "u6"], ["u7", "u8"]]  # a chapter is never split
    assert len(speech_batches(script, 100)) == 1
    assert speech_batches([], 3) == []


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    # workers inherit the environment: cut each book's speech into several tasks even for these small books
    os.environ["PRODUCER_SPEECH_TASK_UTTERANCES"] = "3"
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
            yield c.scheduler_address
    finally:
        del os.environ["PRODUCER_SPEECH_TASK_UTTERANCES"]


@pytest.mark.slow
def test_three_books_on_a_local_cluster_match_local_builds(cluster: str, tmp_path: Path) -> None:
    from distributed import Client, get_task_stream

    texts = tmp_path / "texts"
    texts.mkdir()
    names = ["ford", "bridge", "weir"]
    for name in names:
        (texts / f"{name}.txt").write_text(BOOK.format(name=name.capitalize()), encoding="utf-8")
    (texts / "empty.txt").write_text("  \n", encoding="utf-8")
    sources = [str(texts / f"{n}.txt") for n in ("ford", "empty", "bridge", "weir")]
    common = ["--formats", "epub,m4b,mp3", "--cache", str(tmp_path / "cache")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # the client's, passed to the tasks

    with Client(cluster) as client, get_task_stream(client) as stream:
        remote = subprocess.run([PRODUCER, "build", "--scheduler", cluster, "--out", str(tmp_path / "cluster"), *common, *sources],
                                capture_output=True, text=True, timeout=600, check=False, env=env)
    assert remote.returncode == 1, remote.stderr  # one book failed: the exit code counts it
    errors = [line for line in remote.stderr.splitlines() if line.startswith("producer:")]
    assert errors == [f"producer: error: {texts / 'empty.txt'}: the file is empty or only white space; give a chapter's text",
                      "producer: 1 of 4 books failed"]
    # results come back in the order given: ford's files, the error, then bridge's and weir's
    order = [line.split("/")[-2] if "/cluster/" in line else "error" for line in remote.stderr.splitlines()
             if "/cluster/" in line and line.endswith(".epub") or "empty.txt" in line and "error" in line]
    assert order == ["ford", "error", "bridge", "weir"]
    tasks = [t["key"] for t in stream.data]
    assert sum("_build_book" in str(k) for k in tasks) == 4
    assert sum("_speak" in str(k) for k in tasks) >= 6, tasks  # each book's speech in several tasks

    local = subprocess.run([PRODUCER, "--quiet", "build", "--out", str(tmp_path / "local"), *common,
                            *[s for s in sources if "empty" not in s]], capture_output=True, text=True, timeout=600, check=False, env=env)
    assert local.returncode == 0, local.stderr
    for name in names:
        there, here = tmp_path / "cluster" / name, tmp_path / "local" / name
        assert (there / f"{name}.epub").read_bytes() == (here / f"{name}.epub").read_bytes()
        assert json.loads((there / f"{name}.timeline.json").read_text()) == json.loads((here / f"{name}.timeline.json").read_text())
        assert (there / "audiobook" / f"{name}.m4b").is_file()


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(BOOK.format(name="Ford"), encoding="utf-8")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    result = subprocess.run([PRODUCER, "build", "--scheduler", "tcp://127.0.0.1:9", "--out", str(tmp_path / "out"),
                             str(tmp_path / "a.txt")], capture_output=True, text=True, timeout=120, check=False, env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("producer: error: --scheduler tcp://127.0.0.1:9: cannot reach a Dask scheduler")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_workers_running_several_tasks_at_once_are_refused(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text(BOOK.format(name="Ford"), encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=":0") as c:
        result = subprocess.run([PRODUCER, "build", "--scheduler", c.scheduler_address, "--formats", "epub",
                                 "--out", str(tmp_path / "out"), str(tmp_path / "a.txt")],
                                capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 1
    assert "start them with `dask worker ADDRESS --nthreads 1`" in result.stderr
    assert not (tmp_path / "out").exists()


def test_without_a_scheduler_dask_is_never_imported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BOOK.format(name="Ford"), encoding="utf-8")
    code = ("import sys; from producer.cli import main; "
            f"rc = main(['--quiet', 'build', '--formats', 'epub', '--out', {str(tmp_path / 'out')!r}, {str(tmp_path / 'a.txt')!r}]); "
            "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed') or m == 'producer.cluster'))")
    env = {k: v for k, v in os.environ.items() if k != "PRODUCER_SCHEDULER"}
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", code], capture_output=True, text=True,
                            check=True, env=env)
    assert result.stdout.strip() == "0 []"
