"""Issue 3: `producer check` finds files, dispatches by type, summarises, and exits with the right code."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from producer.check import Finding, ToolReport, collect
from producer.check import epub as epub_check
from producer.cli import main
from producer.epub.writer import epub_bytes
from tests.fixtures import hand_built


@pytest.fixture
def built(tmp_path: Path) -> Path:
    folder = tmp_path / "output" / "ch"
    folder.mkdir(parents=True)
    path = folder / "ch.epub"
    path.write_bytes(epub_bytes(hand_built()))
    (folder / ".ch.epub.abc.part").write_bytes(b"partial")  # a killed build's leftover is not checked
    return path


def _fake(monkeypatch: pytest.MonkeyPatch, epubcheck: list[Finding], ace: list[Finding] | None) -> None:
    monkeypatch.setattr(epub_check, "run_epubcheck", lambda p: ToolReport("EPUBCheck 5.3.0", list(epubcheck)))
    ace_report = ToolReport("Ace", skipped="not installed", unit="violations") if ace is None else ToolReport("Ace 1.4.6", list(ace), unit="violations")
    monkeypatch.setattr(epub_check, "run_ace", lambda p: ace_report)


def test_collect_searches_folders_and_skips_hidden_files(built: Path) -> None:
    assert collect([built.parent.parent]) == [built]
    assert collect([built, built]) == [built]


def test_missing_path_and_empty_folder_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.epub")]) == 2
    assert "nope.epub: no such file or folder" in capsys.readouterr().err
    assert main(["check", str(tmp_path)]) == 2
    assert "run `producer build` first" in capsys.readouterr().err
    (tmp_path / "x.txt").write_text("hello")
    assert main(["check", str(tmp_path / "x.txt")]) == 2


def test_clean_file_exits_0_and_ace_skip_is_explained(built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _fake(monkeypatch, [], None)
    assert main(["check", str(built.parent.parent)]) == 0
    out = capsys.readouterr().out
    assert "EPUBCheck 5.3.0: 0 errors, 0 warnings" in out and "Ace: skipped (not installed)" in out


def test_errors_exit_1_and_warnings_only_with_strict(built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _fake(monkeypatch, [Finding("warning", "OPF-999", "a warning", "EPUB/content.opf:3:1")], [])
    assert main(["check", str(built)]) == 0
    assert main(["--strict", "check", str(built)]) == 1
    _fake(monkeypatch, [], [Finding("error", "color-contrast", "too faint (serious)", "chapter-01.xhtml p")])
    assert main(["check", str(built)]) == 1
    assert "error: chapter-01.xhtml p: color-contrast too faint (serious)  [Ace 1.4.6]" in capsys.readouterr().out


def test_a_file_of_another_type_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "book.json"
    other.write_text("{}", encoding="utf-8")
    assert main(["check", str(other)]) == 2
    assert "cannot check .json; give .epub, .m4b, .mp3, .timeline.json, ncc.html files" in capsys.readouterr().err


def test_a_timeline_without_spoken_text_is_skipped_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "book.timeline.json"
    old.write_text('{"version": 1, "utterances": []}', encoding="utf-8")
    assert main(["check", str(old)]) == 0
    assert "speech fidelity: skipped (a timeline from before version 2 (no spoken text); rebuild to check it)" in capsys.readouterr().out


def test_missing_java_exits_3_naming_the_package(built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("producer.tools.shutil.which", lambda cmd: None)
    assert main(["check", str(built)]) == 3
    assert "default-jre-headless" in capsys.readouterr().err


def test_ace_missing_is_a_reason_not_a_failure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PRODUCER_ACE", str(tmp_path / "no-ace"))
    report = epub_check.run_ace(tmp_path / "x.epub")
    assert report.skipped and "not installed" in report.skipped and report.errors == 0


def _broken(path: Path) -> Path:
    """The book with a dangling note link in chapter 1."""
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("chapter-01.xhtml"):
                data = data.replace(b'href="endnotes.xhtml#note-n2"', b'href="endnotes.xhtml#note-missing"')
            dst.writestr(info, data, compress_type=info.compress_type)
    broken = path.with_name("broken.epub")
    broken.write_bytes(out.getvalue())
    return broken


@pytest.mark.slow
def test_real_epubcheck_reports_a_broken_link_with_its_position(built: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PRODUCER_ACE", str(built.parent / "no-ace"))  # EPUBCheck only: keep it quick
    assert main(["check", str(_broken(built))]) == 1
    out = capsys.readouterr().out
    assert "error: EPUB/chapter-01.xhtml:" in out and "RSC-012" in out
    assert "Ace: skipped" in out
