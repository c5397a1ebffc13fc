"""The progress bar (issue 4): count, rate and time left on a terminal; nothing in pipes or with --quiet."""

from __future__ import annotations

import io

from producer.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_draws_on_a_terminal():
    stream = FakeTerminal()
    with Progress(4, "speech", stream=stream) as bar:
        for _ in range(4):
            bar.update()
    out = stream.getvalue()
    assert "speech [" in out and "4/4" in out and "/s" in out and "left" in out
    assert out.endswith("\n")


def test_silent_in_pipes_and_when_quiet():
    pipe = io.StringIO()
    with Progress(3, "speech", stream=pipe) as bar:
        bar.update(3)
    quiet = FakeTerminal()
    with Progress(3, "speech", quiet=True, stream=quiet) as bar:
        bar.update(3)
    assert pipe.getvalue() == "" and quiet.getvalue() == ""


def test_line_shows_time_left():
    bar = Progress(10, "speech", stream=io.StringIO())
    bar.done = 5
    line = bar.line(bar.started + 10.0)
    assert "5/10" in line and "0.5/s" in line and "0:10 left" in line
