"""Calls in forked children: results in order, errors come back whole, nothing is left running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from producer.background import Background
from producer.errors import ContentError, ProducerError


def pid_of(_: object) -> int:
    return os.getpid()


def square(n: int) -> int:
    return n * n


def fail_on_three(n: int) -> int:
    if n == 3:
        raise ContentError(f"item {n}: bad")
    return n


class Unpicklable(Exception):
    def __init__(self, a: int, b: int) -> None:  # pickle rebuilds exceptions from args: this one cannot be
        super().__init__(f"{a}/{b}")


def raise_unpicklable(_: object) -> None:
    raise Unpicklable(1, 2)


def test_results_come_in_item_order_from_children() -> None:
    with Background(square, list(range(7)), limit=2) as calls:
        assert list(calls.results()) == [n * n for n in range(7)]
    with Background(pid_of, [1, 2, 3], limit=2) as calls:
        pids = list(calls.results())
    assert os.getpid() not in pids and len(set(pids)) == 3


def test_at_most_limit_children_run_at_once() -> None:
    calls = Background(pid_of, list(range(5)), limit=2)
    assert len(calls._children) == 2
    list(calls.results())
    assert calls._children == []


def test_limit_zero_runs_in_this_process() -> None:
    with Background(pid_of, [1, 2], limit=0) as calls:
        assert list(calls.results()) == [os.getpid()] * 2


def test_an_error_in_a_child_is_raised_in_turn_with_its_traceback() -> None:
    with Background(fail_on_three, [1, 2, 3, 4], limit=2) as calls:
        results = calls.results()
        assert next(results) == 1 and next(results) == 2
        with pytest.raises(ContentError, match="item 3: bad") as info:
            next(results)
    assert "in a background process" in "".join(info.value.__notes__) and "fail_on_three" in "".join(info.value.__notes__)


def test_an_exception_that_does_not_pickle_arrives_as_text() -> None:
    with Background(raise_unpicklable, [1], limit=1) as calls, pytest.raises(RuntimeError, match="Unpicklable: 1/2"):
        list(calls.results())


def test_leaving_early_stops_and_reaps_the_children() -> None:
    start = time.monotonic()
    with Background(time.sleep, [30, 30], limit=2) as calls:
        pids = [child.pid for child in calls._children]
    assert time.monotonic() - start < 10
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left behind


def test_buffered_output_is_written_once() -> None:
    script = ("import sys; sys.stdout.write('before '); from producer.background import Background; "
              "print(list(Background(abs, [-1, -2], 2).results()))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out == "before [1, 2]\n"


def test_no_thread_is_started() -> None:
    before = threading.active_count()
    list(Background(square, [1, 2], limit=2).results())
    assert threading.active_count() == before


def test_an_interrupted_wait_still_stops_the_child() -> None:
    calls = Background(time.sleep, [30], limit=1)
    [child] = calls._children
    pid = child.pid
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    previous = signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        with calls, pytest.raises(KeyboardInterrupt):
            list(calls.results())
    finally:
        signal.signal(signal.SIGALRM, previous)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def die(_: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_child_killed_midway_is_a_one_line_error() -> None:
    with Background(die, [1], limit=1) as calls, pytest.raises(ProducerError, match="killed by signal 9.*--jobs 1"):
        list(calls.results())
