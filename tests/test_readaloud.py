"""Issue 12: the read-aloud EPUB (Media Overlays) and captions of the sample, checked from the files alone."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from producer.audio.ffrun import ffprobe_json
from producer.check.epub import ace_unavailable, run_ace, run_epubcheck
from tests.conftest import SampleBuild, build_sample_as
from tests.fixtures import ROOT, SAMPLE

pytestmark = pytest.mark.slow

SMIL = {"s": "http://www.w3.org/ns/SMIL", "epub": "http://www.idpf.org/2007/ops"}
H = {"h": "http://www.w3.org/1999/xhtml"}
OPF = {"o": "http://www.idpf.org/2007/opf"}


@dataclass(frozen=True)
class Par:
    page: str
    element: str
    audio: str
    begin: int
    end: int


def clock_ms(value: str) -> int:
    hours, minutes, seconds = value.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


@pytest.fixture(scope="module")
def built(sample_audio: SampleBuild, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample built as mp3 + readaloud by the CLI, with the session's clip cache (nothing is spoken again)."""
    return build_sample_as(sample_audio, tmp_path_factory.mktemp("readaloud"), "mp3,readaloud")


@dataclass
class Unpacked:
    zip: zipfile.ZipFile
    opf: etree._Element
    overlays: dict[str, str]  # page href -> SMIL href

    def xml(self, href: str) -> etree._Element:
        return etree.fromstring(self.zip.read(f"EPUB/{href}"))

    def pars(self, smil_href: str) -> list[Par]:
        out = []
        for par in self.xml(smil_href).iter(f"{{{SMIL['s']}}}par"):
            text, audio = par.find("s:text", SMIL), par.find("s:audio", SMIL)
            page, element = text.get("src").split("#")
            out.append(Par(page, element, audio.get("src"), clock_ms(audio.get("clipBegin")), clock_ms(audio.get("clipEnd"))))
        return out


@pytest.fixture(scope="module")
def epub(built: Path) -> Unpacked:
    book = zipfile.ZipFile(built / f"{SAMPLE.stem}-readaloud.epub")
    opf = etree.fromstring(book.read("EPUB/content.opf"))
    items = {i.get("id"): i for i in opf.iterfind(".//o:manifest/o:item", OPF)}
    overlays = {i.get("href"): items[i.get("media-overlay")].get("href") for i in items.values() if i.get("media-overlay")}
    return Unpacked(book, opf, overlays)


def _audio_ms(book: zipfile.ZipFile, href: str, tmp: Path) -> int:
    path = tmp / Path(href).name
    path.write_bytes(book.read(f"EPUB/{href}"))
    return round(float(ffprobe_json(path, "-show_entries", "format=duration")["format"]["duration"]) * 1000)


def _vtt(path: Path) -> dict[str, tuple[int, int, str]]:
    cues = {}
    for block in path.read_text(encoding="utf-8").split("\n\n")[1:]:
        lines = block.strip().split("\n")
        if len(lines) >= 3:
            begin, end = (clock_ms(t) for t in lines[1].split(" --> "))
            cues[lines[0]] = (begin, end, " ".join(lines[2:]))
    return cues


def test_every_sentence_has_one_par_and_every_par_a_target(epub: Unpacked) -> None:
    assert epub.overlays, "no content document has a media overlay"
    for page_href, smil_href in epub.overlays.items():
        page = epub.xml(page_href)
        sentences = page.xpath("//h:span[@class='sentence']/@id", namespaces=H)
        targets = Counter(p.element for p in epub.pars(smil_href))
        assert sentences and all(targets[s] == 1 for s in sentences), [s for s in sentences if targets[s] != 1][:5]
        ids = set(page.xpath("//@id"))
        assert all(t in ids for t in targets), [t for t in targets if t not in ids][:5]
        assert max(targets.values()) == 1
        # the body text is all inside sentences: outside them, only quotation marks, spaces and note numbers
        body = page.xpath("//h:section[@epub:type='chapter']//h:p[not(@class='document-header')]", namespaces={**H, **SMIL})
        for p in body:
            outside = "".join(t for t in p.xpath(".//text()[not(ancestor::h:span[@class='sentence'])]"
                                                   "[not(ancestor::h:a)][not(ancestor::h:span[@class='note-label'])]"
                                                   "[not(ancestor::*[@aria-hidden='true'])]",
                                                   namespaces=H))
            assert not re.search(r"\w", outside), (p.get("id"), outside[:80])


def test_clips_are_in_order_inside_their_audio_and_add_up_to_it(epub: Unpacked, tmp_path: Path) -> None:
    refined = {m.get("refines").lstrip("#"): clock_ms(m.text) for m in epub.opf.iterfind(".//o:metadata/o:meta", OPF)
               if m.get("property") == "media:duration" and m.get("refines")}
    total = next(clock_ms(m.text) for m in epub.opf.iterfind(".//o:metadata/o:meta", OPF)
                 if m.get("property") == "media:duration" and not m.get("refines"))
    items = {i.get("href"): i.get("id") for i in epub.opf.iterfind(".//o:manifest/o:item", OPF)}
    audio_total = 0
    for smil_href in epub.overlays.values():
        pars = epub.pars(smil_href)
        files = list(dict.fromkeys(p.audio for p in pars))
        for audio in files:
            length = _audio_ms(epub.zip, audio, tmp_path)
            audio_total += length
            mine = [p for p in pars if p.audio == audio]
            assert all(p.begin < p.end for p in mine)
            assert all(a.end <= b.begin for a, b in itertools.pairwise(mine)), "clips overlap or go back"
            assert mine[-1].end <= length + 50, (mine[-1].end, length)
        assert abs(sum(p.end - p.begin for p in pars) - refined[items[smil_href]]) <= 2
    assert abs(sum(refined.values()) - total) <= 1000
    assert abs(total - audio_total) <= 1000, (total, audio_total)


def test_captions_are_the_sentences_as_printed_at_the_overlay_times(epub: Unpacked, built: Path) -> None:
    compared = 0
    for page_href, smil_href in epub.overlays.items():
        page = epub.xml(page_href)
        for par in epub.pars(smil_href):
            span = page.xpath(f"//h:span[@id='{par.element}'][@class='sentence']", namespaces=H)
            if not span:
                continue  # a heading, a document header or a note label: its cue is the announcement's
            cues = _vtt(built / "mp3" / Path(par.audio).with_suffix(".vtt").name)
            begin, end, text = cues[par.element]
            assert (begin, end) == (par.begin, par.end)  # the cue is the overlay's clip
            compared += 1
            if span[0].getparent().get("class") == "note-author":
                continue  # "Translator" printed for "Trans." heard
            # a closing mark may stand outside the span, after the element it closes ("TROTSKY.</span></span>”")
            printed = " ".join("".join(span[0].xpath(".//text()")).split()).strip("“”‘’")
            assert " ".join(text.split()).strip("“”‘’") == printed
    assert compared > 300


def test_chapter_marks_track_follows_the_m4b(sample_audio: SampleBuild) -> None:
    cues = _vtt(sample_audio.folder / f"{SAMPLE.stem}.chapters.vtt")
    marks = ffprobe_json(sample_audio.folder / "audiobook" / f"{SAMPLE.stem}.m4b", "-show_chapters")["chapters"]
    assert [c[2] for c in cues.values()] == [m["tags"]["title"] for m in marks]
    assert all(abs(c[0] - round(float(m["start_time"]) * 1000)) <= 1 for c, m in zip(cues.values(), marks, strict=True))


def test_epubcheck_and_ace_pass_the_readaloud_epub(built: Path) -> None:
    path = built / f"{SAMPLE.stem}-readaloud.epub"
    report = run_epubcheck(path)
    assert not report.findings, report.findings
    if (reason := ace_unavailable()) is not None:
        pytest.fail(f"Ace must run in CI: {reason}")
    ace = run_ace(path)
    assert not ace.findings, ace.findings


def test_every_golden_case_gives_a_readaloud_epub_that_epubcheck_and_ace_pass(tmp_path: Path) -> None:
    """The golden cases (notes in every form, documents of every shape, odd typography) built as read-aloud EPUBs in
    one run; EPUBCheck and Ace on each, two at a time."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.fixtures import CASES

    sources = tmp_path / "src"
    sources.mkdir()
    for text in CASES:
        (sources / f"{text.parent.name}.txt").write_bytes(text.read_bytes())
        if (sidecar := text.with_suffix(".toml")).is_file():
            (sources / f"{text.parent.name}.toml").write_bytes(sidecar.read_bytes())
    argv = [sys.executable, "-m", "producer", "--quiet", "build", *map(str, sorted(sources.glob("*.txt"))),
            "--formats", "readaloud", "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "readaloud-" not in proc.stderr, proc.stderr
    books = sorted((tmp_path / "out").rglob("*-readaloud.epub"))
    assert len(books) == len(list(sources.glob("*.txt")))
    if (reason := ace_unavailable()) is not None:
        pytest.fail(f"Ace must run in CI: {reason}")

    def findings(path: Path) -> list[str]:
        return [f"{path.name}: {f.line()}" for report in (run_epubcheck(path), run_ace(path)) for f in report.findings]

    with ThreadPoolExecutor(max_workers=2) as pool:
        problems = [line for found in pool.map(findings, books) for line in found]
    assert problems == []


def test_a_one_paragraph_edit_speaks_that_sentence_and_encodes_its_chapter_only(tmp_path: Path) -> None:
    from tests.fixtures import CASES

    source = tmp_path / "book.txt"
    text = next(c for c in CASES if c.parent.name == "chapters-roman").read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    argv = [sys.executable, "-m", "producer", "--quiet", "build", str(source), "--formats", "mp3,readaloud",
            "--out", str(out), "--cache", str(cache)]

    def build() -> tuple[set[str], set[str], dict[str, bytes]]:
        proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
        assert proc.returncode == 0, proc.stderr
        book = zipfile.ZipFile(out / "book" / "book-readaloud.epub")
        made = {n: book.read(n) for n in book.namelist() if n.endswith((".smil", ".mp3"))}
        made.update({f"mp3/{p.name}": p.read_bytes() for p in (out / "book" / "mp3").glob("*.mp3")})
        return {p.name for p in (cache / "clips").rglob("*") if p.is_file()}, \
            {p.name for p in (cache / "audio").rglob("*.mp3")}, made

    clips_before, encodes_before, before = build()
    source.write_text(text.replace("What I remember best is", "What I recall best is"), encoding="utf-8")
    clips_after, encodes_after, after = build()
    assert len(clips_after - clips_before) == 1  # the one sentence changed, spoken again
    assert len(encodes_after - encodes_before) == 1  # chapter V's MP3; chapter IV's comes from the cache
    changed = sorted(n for n in before if before[n] != after.get(n))
    assert changed == ["EPUB/audio/03-chapter-v-the-road-to-kandahar.mp3", "EPUB/chapter-02.smil",
                       "mp3/03-chapter-v-the-road-to-kandahar.mp3"], changed


def test_with_note_cues_each_marker_is_a_skippable_noteref_par(tmp_path: Path) -> None:
    """A profile with `note_cue = true` says "note 1" where a marker stands: that par points at the marker's link."""
    from tests.fixtures import CASES

    (tmp_path / "voices").mkdir()
    (tmp_path / "voices" / "cued.toml").write_text('extends = "default"\nnote_cue = true\n', encoding="utf-8")
    source = tmp_path / "book.txt"
    source.write_bytes(next(c for c in CASES if c.parent.name == "chapters-roman").read_bytes())
    argv = [sys.executable, "-m", "producer", "--quiet", "build", str(source), "--formats", "readaloud", "--voice", "cued",
            "--out", str(tmp_path / "out"), "--cache", str(tmp_path / "cache")]
    proc = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "out" / "book" / "book-readaloud.epub"
    book = zipfile.ZipFile(path)
    refs = []
    for name in (n for n in book.namelist() if n.endswith(".smil")):
        smil = etree.fromstring(book.read(name))
        for par in smil.iterfind(".//s:par[@epub:type='noteref']", SMIL):
            page, element = par.find("s:text", SMIL).get("src").split("#")
            target = etree.fromstring(book.read(f"EPUB/{page}")).xpath("//*[@id=$i]", i=element)
            refs.append(target[0].get("class") if target else None)
    markers = re.findall(r"\S\[\d+\]", source.read_text(encoding="utf-8"))  # glued to a word: a marker
    assert refs == ["noteref"] * len(markers) and refs
    assert not run_epubcheck(path).findings


def test_a_scene_break_folded_into_a_sentence_does_not_lose_its_highlight() -> None:
    """The speech keeps a scene break's '⁂' with the sentence before it (every printed character is accounted for);
    the page shows it as a rule, not in the sentence, so the sentence is still found on the page."""
    from producer.model import Block, Chapter, Document, Meta, Text
    from producer.readaloud.sync import Clip, place

    blocks = (Block("p1", "paragraph", "The end of it.", (Text("The end of it."),)), Block("b1", "break", "⁂", (Text("⁂"),)))
    doc = Document(Meta(title="T"), (Chapter("c1", None, None, "One", blocks),))
    clip = Clip("u1", "c1", "p1", None, None, "narration", "", "The end of it. ⁂", "The end of it.", "a.mp3", 0, 900)
    marks, lost = place(doc, [clip])
    assert lost == [] and [(m.uid, m.start, m.end) for m in marks["p1"]] == [("u1", 0, 11)]
