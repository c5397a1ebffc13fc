"""Calls run in forked child processes while the parent goes on; results come back in order.

The build reads its sources this way: on two cores, reading a chapter (loading the reader
and segmenting) overlaps with loading the writers, and several chapters are read at once.
A child inherits everything imported before the fork, sends back its result (or its
exception, with the child's traceback as a note) pickled through a pipe, and exits
without running the parent's exit handlers. Where `os.fork` does not exist the calls run
in the parent when their results are asked for.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

from producer.errors import ProducerError

T = TypeVar("T")
R = TypeVar("R")


class _Child:
    """One forked call: its pid and the read end of its result pipe."""

    def __init__(self, fn: Callable[[T], R], item: T) -> None:
        read_end, write_end = os.pipe()
        sys.stdout.flush()  # buffered output would otherwise be written twice, once by each process
        sys.stderr.flush()
        gc.freeze()  # the child's collections skip what it inherits, so those pages are not copied
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _run_child(fn, item, write_end)
        gc.unfreeze()
        os.close(write_end)
        self.pid = pid
        self.pipe = read_end

    def result(self) -> object:
        """The call's value; raises the exception the call raised."""
        pipe, self.pipe = self.pipe, -1  # closed by the `with`, however the read ends
        with os.fdopen(pipe, "rb") as stream:
            data = stream.read()  # read before waiting: a result larger than the pipe blocks the child
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if not data:
            how = f"was killed by signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exited with {os.waitstatus_to_exitcode(status)}"
            raise ProducerError(f"a background process {how} before it finished; if memory ran out, try --jobs 1")
        ok, value = pickle.loads(data)
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        """Kill the child if it still runs and reap it."""
        if self.pipe >= 0:
            os.close(self.pipe)
            self.pipe = -1
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.pid = 0


def _run_child(fn: Callable[[T], R], item: T, write_end: int) -> None:
    """In the child: call, send (True, value) or (False, exception), and leave at once."""
    try:
        try:
            payload = pickle.dumps((True, fn(item)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as e:  # noqa: BLE001 - every outcome goes back to the parent, Ctrl-C too
            e.add_note("in a background process:\n" + "".join(traceback.format_exception(e)).rstrip())
            try:
                payload = pickle.dumps((False, e), protocol=pickle.HIGHEST_PROTOCOL)
                pickle.loads(payload)  # some exceptions pickle but cannot be rebuilt from their args
            except (pickle.PickleError, TypeError, AttributeError):  # such an exception travels as text
                payload = pickle.dumps((False, RuntimeError("".join(traceback.format_exception(e)))))
        with os.fdopen(write_end, "wb") as stream:
            stream.write(payload)
    finally:
        os._exit(0)  # never return into the parent's code, its exit handlers or its buffers


class Background(Generic[T, R]):
    """`fn(item)` for each item, in at most `limit` forked children at a time; `results()` yields in item order.

    Use as a context manager: leaving it early kills and reaps the children still running.
    """

    def __init__(self, fn: Callable[[T], R], items: Sequence[T], limit: int) -> None:
        self._fn = fn
        self._items = list(items)
        self._forks = hasattr(os, "fork") and limit > 0
        self._limit = max(1, limit)
        self._children: list[_Child] = []
        self._started = 0
        self._start_more()

    def _start_more(self) -> None:
        while self._forks and self._started < len(self._items) and len(self._children) < self._limit:
            self._children.append(_Child(self._fn, self._items[self._started]))
            self._started += 1

    def results(self) -> Iterator[R]:
        """Each call's value in item order; raises the first failing call's exception when its turn comes."""
        for item in self._items:
            if not self._forks:
                yield self._fn(item)
                continue
            value = self._children[0].result()  # stays listed until done, so close() can stop it
            self._children.pop(0)
            self._start_more()
            yield value  # type: ignore[misc]

    def close(self) -> None:
        """Stop every child still running."""
        for child in self._children:
            child.stop()
        self._children.clear()
        self._started = len(self._items)

    def __enter__(self) -> Background[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
