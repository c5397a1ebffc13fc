"""Reliability, bad input (issue 15, cases 1-4, 6, 10, 11, 19): one clear line, the right exit code, earlier
outputs untouched; what can be repaired is repaired with a warning at line:column."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from tests.reliability.common import TEXT, epub_text, producer, snapshot

pytestmark = pytest.mark.slow


def _built(tmp_path: Path, name: str = "book.txt", text: str = TEXT, formats: str = "epub") -> tuple[Path, Path]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run = producer("build", "--formats", formats, "--out", str(out), str(source))
    assert run.code == 0, run.err
    return source, out


def test_1_text_that_is_not_utf8_nor_windows_1252_is_an_error_with_its_offset_and_leaves_the_book(tmp_path: Path) -> None:
    source, out = _built(tmp_path)
    before = snapshot(out)
    # code page 437: its 'ì' is 0x8D, which Windows-1252 leaves undefined (Windows-1252 text is read, with a warning)
    source.write_bytes(TEXT.replace("dawn", "daw\xf1 \xec").encode("cp437", errors="replace"))
    run = producer("build", "--formats", "epub", "--out", str(out), str(source))
    assert run.code == 1 and len(run.errors) == 1
    offset = TEXT.index("dawn") + 3  # the text before it is ASCII: characters are bytes
    assert f"{source}:3: byte offset {offset}: not valid utf-8 (byte 0xa4)" in run.errors[0], run.errors
    assert "--encoding" in run.errors[0]
    assert snapshot(out) == before


def test_2_bom_crlf_and_decomposed_accents_give_the_clean_texts_book(tmp_path: Path) -> None:
    text = TEXT.replace("river", "rivière")
    clean, messy = tmp_path / "clean", tmp_path / "messy"
    clean.mkdir(), messy.mkdir()
    (clean / "book.txt").write_text(text, encoding="utf-8")
    (messy / "book.txt").write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode("utf-8"))
    for folder in (clean, messy):
        run = producer("build", "--formats", "epub", "--out", str(folder / "out"), str(folder / "book.txt"))
        assert run.code == 0 and "warning" not in run.err, run.err
    assert (clean / "out/book/book.epub").read_bytes() == (messy / "out/book/book.epub").read_bytes()


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n  \n"], ids=["empty", "white space"])
def test_3_an_empty_chapter_is_an_error_and_makes_nothing(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "book.txt"
    source.write_bytes(content)
    run = producer("build", "--out", str(tmp_path / "out"), str(source))
    assert run.code == 1 and len(run.errors) == 1 and "empty" in run.errors[0]
    assert not (tmp_path / "out").exists()


def test_4_notes_without_markers_and_markers_without_notes_are_warnings_never_dangling_links(tmp_path: Path) -> None:
    # Gutenberg numbers notes per page, so a label may come twice; here [2] has no note and note 3 no marker
    text = ("CHAPTER I. The Ford\n\nThe cart left.[1] Then again.[2]\n\nMore text.[1]\n\n"
            "1. First note.\n\n3. Orphan note.\n\n1. Second page's first note.\n")
    source, out = _built(tmp_path, text=text)
    run = producer("build", "--formats", "epub", "--out", str(out), str(source))
    warnings = [line for line in run.err.splitlines() if ": warning: " in line]
    assert f"{source}:3:30: warning: note marker [2] has no note" in "\n".join(warnings), warnings
    assert f"{source}:9:1: warning: note 3 has no marker" in "\n".join(warnings), warnings
    pages = epub_text(out / "book" / "book.epub")
    ids = set(re.findall(r'\bid="([^"]+)"', pages))
    for href in re.findall(r'href="[^"#]*#([^"]+)"', pages):
        assert href in ids, f"dangling link #{href}"
    strict = producer("--strict", "build", "--formats", "epub", "--out", str(out), str(source))
    assert strict.code == 1 and len(strict.errors) == 1 and "warning(s) with --strict" in strict.errors[0]


def test_6_control_characters_nul_noncharacters_and_emoji_are_removed_with_their_place(tmp_path: Path) -> None:
    text = TEXT.replace("carts left", "carts\x00 left").replace("captain.", "captain.\x07 \ufffe😀")
    source, out = _built(tmp_path, text=text, formats="epub,mp3")
    run = producer("build", "--formats", "epub", "--out", str(out), str(source))
    warned = re.findall(r":(\d+):(\d+): warning: removed ([a-z ]+) U\+([0-9A-F]+)", run.err)
    assert [(w[2], w[3]) for w in warned] == [("control character", "0000"), ("control character", "0007"),
                                               ("noncharacter", "FFFE"), ("emoji", "1F600")]
    assert warned[0][:2] == ("3", "10")
    pages = epub_text(out / "book" / "book.epub")
    assert "carts left" in pages and "😀" not in pages
    assert (out / "book" / "mp3").is_dir()


def test_6_a_file_of_binary_data_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_bytes(bytes(range(256)) * 40)
    run = producer("build", "--out", str(tmp_path / "out"), str(source))
    assert run.code == 1 and len(run.errors) == 1 and "binary data" in run.errors[0]


@pytest.mark.parametrize("stem", ["a:b", "CON", "trail.", "x" * 240, "..", "über böök"])
def test_10_any_file_name_gives_a_safe_folder_inside_the_output(tmp_path: Path, stem: str) -> None:
    source = tmp_path / f"{stem}.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    run = producer("build", "--formats", "epub", "--out", str(out), str(source))
    assert run.code == 0, run.err
    [folder] = [p for p in out.iterdir() if p.is_dir()]
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", folder.name) and len(folder.name) <= 80
    assert folder.name not in {"con", "prn", "aux", "nul"}
    [epub] = folder.glob("*.epub")
    assert epub.stem == folder.name


def test_10_titles_that_look_like_paths_stay_titles(tmp_path: Path) -> None:
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    long_title = "Tales of " + "é" * 146  # 300 bytes in UTF-8
    source.with_suffix(".toml").write_text(f'title = "../../x\\u0000 {long_title}"\nauthor = "CON: a:b."\n', encoding="utf-8")
    out = tmp_path / "out"
    run = producer("build", "--formats", "epub", "--out", str(out), str(source))
    assert run.code == 0, run.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.toml", "book.txt", "out"]
    pages = epub_text(out / "book" / "book.epub")
    assert f"../../x {long_title}" in pages and "\x00" not in pages  # the NUL is dropped, the rest kept


def test_11_a_malformed_voice_profile_is_an_error_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "odd.toml").write_text('extends = "default"\n[narration]\nrate = \n', encoding="utf-8")
    (tmp_path / "book.txt").write_text(TEXT, encoding="utf-8")
    run = producer("build", "--voice", "odd", "--formats", "mp3", "--out", "out", "book.txt", cwd=tmp_path)
    assert run.code == 1 and len(run.errors) == 1 and re.search(r"voices/odd\.toml:3(:\d+)?: not valid TOML", run.errors[0])
    assert not (tmp_path / "out").exists()


def test_11_a_lexicon_with_a_doctype_is_refused_and_nothing_is_expanded(tmp_path: Path) -> None:
    (tmp_path / "voices" / "lexicon").mkdir(parents=True)
    (tmp_path / "voices" / "lexicon" / "en.pls").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE lexicon [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        '<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">'
        "<lexeme><grapheme>Road&x;</grapheme><alias>rode</alias></lexeme></lexicon>\n", encoding="utf-8")
    (tmp_path / "book.txt").write_text(TEXT, encoding="utf-8")
    run = producer("build", "--formats", "epub", "--out", "out", "book.txt", cwd=tmp_path)
    assert run.code == 1 and len(run.errors) == 1 and "voices/lexicon/en.pls:1: a lexicon must not have a DOCTYPE" in run.errors[0]
    assert "root:" not in run.err


@pytest.mark.parametrize(("edit", "where", "what"), [
    (lambda d: d["chapters"][0]["blocks"][1].pop("kind"), "$.chapters[0].blocks[1].kind", "expected a string"),
    (lambda d: d["chapters"][0]["blocks"][1].update(kind="poem-ish"), "$.chapters[0].blocks[1].kind", "unknown block kind"),
    (lambda d: d["chapters"][0]["blocks"][1]["inlines"].append({"type": "noteref", "note": "n-99"}),
     "$.chapters[0].blocks[1].inlines[1]", "no note has the id 'n-99'"),
], ids=["missing field", "unknown kind", "dangling note"])
def test_19_a_hand_edited_json_form_is_an_error_at_its_json_path(tmp_path: Path, edit, where: str, what: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.txt"
    source.write_text(TEXT, encoding="utf-8")
    segmented = producer("segment", str(source))
    data = json.loads(segmented.out)
    edit(data)
    form = tmp_path / "book.json"
    form.write_text(json.dumps(data), encoding="utf-8")
    run = producer("build", "--formats", "epub", "--out", str(tmp_path / "out"), str(form))
    assert run.code == 1 and len(run.errors) == 1, run.err
    assert f"{form}: {where}: {what}" in run.errors[0]
    assert not (tmp_path / "out").exists()
