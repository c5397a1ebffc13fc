"""Bad input gets one line naming file, position and fix, the right exit code, and never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from producer.cli import main
from producer.read import load
from producer.read.jsonform import dumps, from_json, to_json
from tests.fixtures import SAMPLE

GOOD = "Jane Roe\n\nA Life\n\n\nOn May 2, 1905, I wrote to Smith from Paris: “Come at once, the matter cannot wait.”\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("producer: error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("content", "code", "needle"),
    [
        (b"", 1, "empty"),
        (b"   \n\n \t\n", 1, "empty"),
        (b"\x00\x01\x02binary\x00", 1, "binary"),
    ],
    ids=["empty", "whitespace", "binary"],
)
def test_bad_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, code: int, needle: str) -> None:
    f = tmp_path / "ch.txt"
    f.write_bytes(content)
    rc, out, err = run(capsys, "segment", str(f))
    assert rc == code
    assert needle in one_error_line(err)
    assert str(f) in err and out == ""


def test_issue11_latin1_text_is_read_with_a_warning_and_explicit_utf8_still_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ch.txt"
    # a Project Gutenberg "-8.txt", whose header declares its ISO-8859-1
    f.write_bytes(b"Title\n\nCharacter set encoding: ISO-8859-1\n\nA caf\xe9 in Paris.\n")
    rc, out, err = run(capsys, "segment", str(f))
    assert rc == 0 and "café" in out
    assert ("warning: not valid UTF-8 (byte 0xe9 on line 5, offset 48); read as Windows-1252 / ISO-8859-1, as its header "
            "declares on line 3") in err and "[encoding]" in err
    rc, out, err = run(capsys, "segment", "--encoding", "utf-8", str(f))
    assert rc == 1 and "ch.txt:5: byte offset 48" in one_error_line(err) and out == ""


def test_undeclared_8bit_text_is_read_as_windows_1252_with_a_warning_that_says_it_is_a_guess(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an early Project Gutenberg file: ASCII with one accented letter in Latin-1, no "Character set encoding:" line
    # (A Forgotten Empire, 3310.txt, line 4672: 'DURA\xd5')
    f = tmp_path / "ch.txt"
    f.write_bytes(b"Title\n\nA caf\xe9 in Paris.\n")
    rc, out, err = run(capsys, "segment", str(f))
    assert rc == 0 and "café" in out
    assert ("warning: not valid UTF-8 (byte 0xe9 on line 3, offset 12); read as Windows-1252 / ISO-8859-1, a guess, as "
            "nothing in the file declares its encoding; pass --encoding to choose another") in err


def test_text_in_another_8bit_encoding_is_an_error_with_its_byte_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ch.txt"
    f.write_bytes(b"Title\n\nA caf\x82 in Paris, \x8d.\n")  # code page 437: 0x8D is no Windows-1252 character
    out_dir = tmp_path / "out"
    rc, _, err = run(capsys, "build", "--formats", "epub", "--out", str(out_dir), str(f))
    line = one_error_line(err)
    assert rc == 1 and f"{f}:3: byte offset 12: not valid utf-8" in line and "--encoding" in line
    assert not out_dir.exists()


def test_encoding_option_reads_legacy_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ch.txt"
    f.write_bytes("Title\n\nA café in Paris, said I.\n".encode("cp1252"))
    rc, out, _ = run(capsys, "segment", "--encoding", "cp1252", str(f))
    assert rc == 0 and "café" in out


@pytest.mark.parametrize("what", ["missing", "directory"])
def test_bad_paths_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str) -> None:
    target = tmp_path / "nothing.txt" if what == "missing" else tmp_path
    rc, _, err = run(capsys, "segment", str(target))
    assert rc == 2
    assert str(target) in one_error_line(err)


def test_invalid_sidecar_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ch.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ch.toml").write_text('title = "A Life"\nauthor = Jane Roe\n', encoding="utf-8")
    rc, _, err = run(capsys, "segment", str(tmp_path / "ch.txt"))
    assert rc == 1
    assert f"{tmp_path / 'ch.toml'}:2" in one_error_line(err)


def test_sidecar_value_of_wrong_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ch.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ch.toml").write_text('title = "A Life"\n\nauthor = 3\n', encoding="utf-8")
    rc, _, err = run(capsys, "segment", str(tmp_path / "ch.txt"))
    assert rc == 1 and "ch.toml:3: author must be" in one_error_line(err)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("{not json", ":1:2: invalid JSON"),
        ('{"schema": "other"}', "$.schema"),
        ('{"schema": "producer.document/1", "meta": {"title": "T"}, "chapters": []}', "$.chapters"),
    ],
)
def test_invalid_json_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, needle: str) -> None:
    f = tmp_path / "ch.json"
    f.write_text(text, encoding="utf-8")
    rc, _, err = run(capsys, "segment", str(f))
    assert rc == 1 and needle in one_error_line(err)


def test_json_with_dangling_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = to_json(load(SAMPLE))
    data["notes"][0]["refs"] = ["no-such-block"]
    f = tmp_path / "ch.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    rc, _, err = run(capsys, "segment", str(f))
    assert rc == 1 and "no-such-block" in one_error_line(err)


def test_json_round_trip_is_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, first, _ = run(capsys, "segment", str(SAMPLE))
    assert rc == 0
    f = tmp_path / "sample.json"
    f.write_text(first, encoding="utf-8")
    rc, second, _ = run(capsys, "segment", str(f))
    assert rc == 0 and second == first
    assert from_json(json.loads(first), "x") == load(SAMPLE)


def test_hand_edited_json_is_honoured(tmp_path: Path) -> None:
    data = to_json(load(SAMPLE))
    data["documents"][0]["kind"] = "telegram"
    data["documents"][0]["senders"] = ["Someone Else"]
    f = tmp_path / "fixed.json"
    f.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    doc = load(f)
    assert doc.documents[0].kind == "telegram" and doc.documents[0].senders == ("Someone Else",)
    assert dumps(doc) == dumps(from_json(data, "x"))


def test_strict_turns_warnings_into_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "ch.txt"
    f.write_text("Title\n\nA marker with no note.[4]\n", encoding="utf-8")
    rc, out, err = run(capsys, "segment", str(f))
    assert rc == 0 and "warning" in err and "[note-without-body]" in err
    assert f"{f}:3:23: warning:" in err
    rc, out, err = run(capsys, "--strict", "segment", str(f))
    assert rc == 1 and out == ""


def test_help_and_module_entry(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "--help")
    assert rc == 0 and "segment" in out and "build" in out
    rc, _, err = run(capsys, "segment")
    assert rc == 2 and "usage" in err


def test_interrupt_exits_130_without_traceback(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("producer.read.load", interrupted)
    rc, _, err = run(capsys, "segment", str(SAMPLE))
    assert rc == 130 and err.strip() == "producer: interrupted"
