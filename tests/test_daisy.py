"""Issue 12: the DAISY 2.02 book of the sample, and the structural check that `producer check` runs on it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from producer.check import collect
from producer.check.daisy import REQUIRED, check
from producer.read import load
from tests.conftest import SampleBuild, build_sample_as
from tests.fixtures import ROOT, SAMPLE

pytestmark = pytest.mark.slow
H = {"h": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def book(sample_audio: SampleBuild, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built as DAISY alone (its audio made in a scratch folder from the session's cache)."""
    folder = build_sample_as(sample_audio, tmp_path_factory.mktemp("daisy"), "daisy")
    assert not (folder / "mp3").exists()  # not asked for: the MP3s live only in the DAISY folder
    return folder


def _errors(folder: Path) -> list[str]:
    return [f.line() for r in check(folder / "ncc.html") for f in r.findings]


def test_the_structural_check_passes_and_producer_check_runs_it(book: Path) -> None:
    assert _errors(book / "daisy") == []
    assert (book / "daisy" / ".ignore").is_file()  # Audiobookshelf does not list its MP3 copies as another book
    assert collect([book]) == [book / "daisy" / "ncc.html"]  # its MP3s are the DAISY check's, not listed again
    proc = subprocess.run([sys.executable, "-m", "producer", "check", str(book)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert proc.returncode == 0 and "DAISY 2.02 structure: 0 errors" in proc.stdout, proc.stdout + proc.stderr


def test_ncc_lists_chapters_documents_and_notes_with_the_required_metadata(book: Path) -> None:
    doc = load(SAMPLE)
    ncc = etree.parse(str(book / "daisy" / "ncc.html")).getroot()
    meta = {m.get("name"): m.get("content") for m in ncc.iterfind(".//h:meta", H) if m.get("name")}
    assert set(REQUIRED) <= set(meta) and meta["dc:format"] == "Daisy 2.02" and meta["ncc:multimediaType"] == "audioFullText"
    h1 = [e.xpath("string(.)").strip() for e in ncc.iterfind(".//h:h1", H)]
    assert h1 == [doc.meta.title, "Chapter XXXVI: The Military Opposition", "Closing credits"]
    assert len(ncc.findall(".//h:h2", H)) == sum(d.shape == "block" for d in doc.documents)
    assert int(meta["ncc:footnotes"]) == len(ncc.findall(".//h:span[@class='noteref']", H)) == len(doc.notes)
    smil = etree.parse(str(book / "daisy" / "chapter-01.smil")).getroot()
    skippable = smil.xpath("//par[@system-required='footnote-on']")
    assert skippable and all(p.find("text").get("src").startswith("chapter-01.html#") for p in skippable)


def test_text_is_xhtml_1_with_every_sentence_an_element(book: Path) -> None:
    raw = (book / "daisy" / "chapter-01.html").read_text(encoding="utf-8")
    assert "XHTML 1.0 Transitional" in raw and "epub:" not in raw and "<section" not in raw
    page = etree.fromstring(raw.encode())
    smil = etree.parse(str(book / "daisy" / "chapter-01.smil")).getroot()
    targets = [t.get("src").split("#")[1] for t in smil.iter("text")]
    sentences = page.xpath("//h:span[@class='sentence']/@id", namespaces=H)
    assert sentences and set(sentences) <= set(targets) and len(targets) == len(set(targets))


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: _edit(d / "ncc.html", r'<meta name="ncc:narrator"[^>]*/>', ""), "ncc:narrator is missing"),
    (lambda d: _edit(d / "ncc.html", r'chapter-01\.smil#par1"', 'chapter-01.smil#nowhere"'), "#nowhere is not a par"),
    (lambda d: _edit(d / "chapter-01.smil", r'clip-end="npt=[\d.]+s" id="aud2"', 'clip-end="npt=99999.000s" id="aud2"'),
     "after the end of"),
    (lambda d: _edit(d / "ncc.html", r'name="ncc:totalTime" content="[^"]*"', 'name="ncc:totalTime" content="9:00:00"'),
     "ncc:totalTime says 9:00:00"),
    (lambda d: (d / "stray.txt").write_text("x"), "ncc:files says"),
    (lambda d: _edit(d / "chapter-01.smil", r'#u00007"', '#u99999"'), "u99999 does not exist"),
])
def test_the_check_finds_what_is_broken(book: Path, tmp_path: Path, change, expected: str) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "daisy"
    shutil.copytree(book / "daisy", copy)
    change(copy)
    errors = _errors(copy)
    assert any(expected in e for e in errors), errors


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    changed, n = re.subn(pattern, replacement, text, count=1)
    assert n == 1, pattern
    path.write_text(changed, encoding="utf-8")
