"""`producer build` over several sources: read in parallel, reported and written in the order given."""

from __future__ import annotations

from pathlib import Path

import pytest

from producer.cli import main


def chapter(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_several_sources_are_reported_and_built_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    sources = [chapter(tmp_path, f"{n}.txt", f"Title {n}\n\nA marker with no note.[{n}]\n") for n in (3, 1, 2)]
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    rc = main(["build", *map(str, sources), "--formats", "epub", "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 0
    warnings = [line.split(":")[0] for line in err.splitlines() if "[note-without-body]" in line]
    assert warnings == [str(s) for s in sources]
    assert all((out / s.stem / f"{s.stem}.epub").is_file() for s in sources)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["1.txt", "2.txt", "3.txt", "out"]  # nothing outside DIR


def test_a_bad_source_stops_the_build_before_anything_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = chapter(tmp_path, "good.txt", "Title\n\nA plain paragraph of the chapter.\n")
    empty = chapter(tmp_path, "empty.txt", "")
    out = tmp_path / "out"
    rc = main(["build", str(good), str(empty), "--formats", "epub", "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 1 and "Traceback" not in err
    [line] = [line for line in err.splitlines() if line.startswith("producer: error:")]
    assert str(empty) in line and "empty" in line
    assert not out.exists() or not any(out.rglob("*.epub"))


def test_two_sources_with_one_slug_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = chapter(tmp_path / "a", "ch.txt", "Title\n\nA plain paragraph of the chapter.\n")
    second = chapter(tmp_path / "b", "ch.txt", "Title\n\nAnother plain paragraph.\n")
    out = tmp_path / "out"
    rc = main(["build", str(first), str(second), "--formats", "epub", "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 2 and f"{first} and {second} would both build into" in err
    assert not out.exists() or not any(out.rglob("*.epub"))


def test_work_handed_over_finishes_before_the_book_is_published() -> None:
    """job.later: the M4B's join goes on while the next writers run; the book's block waits for it and raises its
    error there; an error in the block waits for it too (nothing writes into a staging folder being removed); outside
    a build it is waited for at once."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from producer.job import finishing, later

    go = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        slow = pool.submit(go.wait, 10)
        with finishing():
            later(slow)
            assert not slow.done()  # the writers after it run meanwhile
            go.set()
        assert slow.done()

        failing = pool.submit(lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError), finishing():
            later(failing)

        go.clear()
        pending = pool.submit(go.wait, 10)
        threading.Timer(0.2, go.set).start()
        with pytest.raises(KeyError), finishing():
            later(pending)
            raise KeyError("a writer failed")
        assert pending.done()

        alone = pool.submit(lambda: "joined")
        later(alone)
        assert alone.done()
