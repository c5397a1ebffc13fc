"""Issue 3: the accessible EPUB3 writer. Parses the EPUB and checks what readers rely on."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from lxml import etree

from producer.check.epub import ace_unavailable, run_ace, run_epubcheck
from producer.cover import COVER_FILE, book_cover, cover_key, cover_png, embedded_key
from producer.describe import document_header
from producer.epub.lexicon import find_lexicons, read_lexicon
from producer.epub.package import identifier
from producer.epub.writer import epub_bytes, write
from producer.errors import ContentError
from producer.model import Block, Chapter, DocEnd, DocStart, Document, Meta, Note, NoteRef, QuotedDocument, Text
from tests.fixtures import ROOT, hand_built

NS = {
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
EPOCH = "1700000000"
PLS = b"""<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">
  <lexeme><grapheme>Svyerdlov</grapheme><phoneme>sv\xc9\xaa\xcb\x88\xc9\x9brdl\xc9\x99f</phoneme></lexeme>
</lexicon>
"""


class Book:
    """An unpacked EPUB: parsed package, nav and content documents, keyed by their zip path."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.opf = etree.fromstring(self.zip.read("EPUB/content.opf"))
        self.manifest = {i.get("href"): i for i in self.opf.xpath("//opf:item", namespaces=NS)}
        self.pages = {href: etree.fromstring(self.zip.read(f"EPUB/{href}"))
                      for href, i in self.manifest.items() if i.get("media-type") == "application/xhtml+xml"}

    def resolve(self, page: str, href: str) -> etree._Element | None:
        """The element an href points at (the page's root for a bare file), or None."""
        file, _, frag = href.partition("#")
        target = self.pages.get(file or page)
        if target is None or not frag:
            return target
        found = target.xpath("//*[@id=$id]", id=frag)
        return found[0] if found else None

    def metas(self, prop: str) -> list[str]:
        return [m.text for m in self.opf.xpath("//opf:meta[@property=$p]", namespaces=NS, p=prop)]


@pytest.fixture(scope="module", autouse=True)
def fixed_epoch() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield


@pytest.fixture(scope="module")
def book() -> Book:
    return Book(epub_bytes(hand_built(two_chapters=True)))


def test_zip_is_reproducible_and_ordered(book: Book) -> None:
    infos = book.zip.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert book.zip.read("mimetype") == b"application/epub+zip"
    names = [i.filename for i in infos[1:]]
    assert names == sorted(names)
    assert {i.date_time for i in infos} == {(2023, 11, 14, 22, 13, 20)}
    assert book.metas("dcterms:modified") == ["2023-11-14T22:13:20Z"]
    assert epub_bytes(hand_built(two_chapters=True)) == book.data


def test_identifier_is_stable_and_differs_per_chapter_set() -> None:
    one, two = hand_built(), hand_built(two_chapters=True)
    assert identifier(one) == identifier(hand_built())
    assert identifier(one) != identifier(two)
    assert identifier(one) != identifier(hand_built(title="Another Book"))


def test_language_and_accessibility_metadata(book: Book) -> None:
    assert book.opf.get(XML_LANG) == "en"
    assert book.opf.xpath("//dc:language/text()", namespaces=NS) == ["en"]
    for href, page in book.pages.items():
        assert page.get("lang") == "en" and page.get(XML_LANG) == "en", href
    assert set(book.metas("schema:accessMode")) == {"textual", "visual"}
    assert book.metas("schema:accessModeSufficient") == ["textual"]
    features = set(book.metas("schema:accessibilityFeature"))
    assert {"structuralNavigation", "tableOfContents", "readingOrder", "annotations", "alternativeText"} <= features
    assert "ttsMarkup" not in features  # no lexicon was packaged
    assert book.metas("schema:accessibilityHazard") == ["none"]
    assert "endnotes" in book.metas("schema:accessibilitySummary")[0]
    assert book.metas("dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]
    assert book.metas("a11y:certifiedBy")
    certified = book.opf.xpath("//opf:meta[@property='a11y:certifiedBy']", namespaces=NS)[0]
    claim = book.opf.xpath("//opf:meta[@property='dcterms:conformsTo']", namespaces=NS)[0]
    assert certified.get("refines") == f"#{claim.get('id')}" and "self-declared" in certified.text
    role = book.opf.xpath("//opf:meta[@property='role'][@refines='#creator']/text()", namespaces=NS)
    assert role == ["aut"]


def test_noterefs_resolve_and_every_reference_has_a_backlink(book: Book) -> None:
    refs = 0
    for href, page in book.pages.items():
        for a in page.xpath("//h:a[@epub:type='noteref']", namespaces=NS):
            refs += 1
            assert a.get("role") == "doc-noteref"
            note = book.resolve(href, a.get("href"))
            assert note is not None and note.tag == f"{{{NS['h']}}}li" and note.get(EPUB_TYPE) is None, a.get("href")
            assert a.get("href").startswith("endnotes.xhtml#") and a.get("aria-label") == f"Note {a.text}"
            section = note.xpath("ancestor::h:section[@epub:type='endnotes']", namespaces=NS)
            assert section and section[0].get("role") == "doc-endnotes"
            backs = note.xpath(".//h:a[@role='doc-backlink']/@href", namespaces=NS)
            assert f"#{a.get('id')}" in backs or any(b.endswith(f"#{a.get('id')}") for b in backs)
            for back in backs:
                assert book.resolve(href, back) is not None
    assert refs == 5  # n1 twice, n2, n3, n4


def test_note_text_author_tags_and_labels(book: Book) -> None:
    notes = book.pages["endnotes.xhtml"]  # the endnotes' own document, grouped under each chapter's heading
    text = "".join(notes.xpath("//h:li[@id='note-n3']//text()", namespaces=NS)).strip()
    assert "— Translator" in text and text.startswith("3.")
    n1 = "".join(notes.xpath("//h:li[@id='note-n1']//text()", namespaces=NS))
    assert "— L.T." in n1
    assert len(notes.xpath("//h:li[@id='note-n2']/h:p", namespaces=NS)) == 2
    assert notes.xpath("//h:section[@epub:type='endnotes']/h:h2/text()", namespaces=NS)  # two chapters have notes
    assert not book.pages["chapter-01.xhtml"].xpath("//h:li", namespaces=NS)


def test_documents_list_is_complete_with_header_lines(book: Book) -> None:
    nav = book.pages["nav.xhtml"]
    links = nav.xpath("//h:nav[@id='documents']//h:a", namespaces=NS)
    doc = hand_built(two_chapters=True)
    assert [a.text for a in links] == [document_header(d) for d in doc.documents]
    for a in links:
        assert book.resolve("nav.xhtml", a.get("href")) is not None, a.get("href")
        assert "·" not in a.text  # a screen reader would say "dot"


def test_toc_landmarks_and_ncx_point_at_existing_targets(book: Book) -> None:
    nav = book.pages["nav.xhtml"]
    toc = nav.xpath("//h:nav[@epub:type='toc']", namespaces=NS)[0]
    labels = [a.text for a in toc.xpath(".//h:a", namespaces=NS)]
    assert labels[0] == "Title page" and "Chapter XXXVI: The Military Opposition" in labels and "Notes" in labels
    assert all(label and label.strip() for label in labels)
    for a in nav.xpath("//h:nav//h:a", namespaces=NS):
        assert book.resolve("nav.xhtml", a.get("href")) is not None, a.get("href")
    kinds = nav.xpath("//h:nav[@epub:type='landmarks']//h:a/@epub:type", namespaces=NS)
    assert {"titlepage", "toc", "bodymatter", "endnotes"} <= set(kinds)
    ncx = etree.fromstring(book.zip.read("EPUB/toc.ncx"))
    srcs = ncx.xpath("//*[local-name()='content']/@src")
    assert srcs and all(book.resolve("nav.xhtml", s) is not None for s in srcs)
    assert all(t.strip() for t in ncx.xpath("//*[local-name()='navLabel']/*[local-name()='text']/text()"))


def test_block_document_is_a_letter_with_caption_footer_and_time(book: Book) -> None:
    page = book.pages["chapter-01.xhtml"]
    quote = page.xpath("//h:blockquote[@id='doc-d2']", namespaces=NS)[0]
    assert quote.get(f"{{{NS['epub']}}}type") == "z3998:letter" and quote.get("aria-labelledby") is None  # not read twice
    caption = quote.getprevious()
    assert caption.get("class") == "document-header" and "".join(caption.itertext()) == \
        "Direct wire: Trotsky to Lenin and Svyerdlov; Tambov, 4 October 1918"
    assert caption.xpath("h:time/@datetime", namespaces=NS) == ["1918-10-04"]
    signature = quote.xpath("h:footer/h:p[@epub:type='z3998:signature']", namespaces=NS)[0]
    assert "".join(signature.itertext()).strip() == "Trotsky"
    assert signature.xpath("h:span[@epub:type='z3998:sender']/text()", namespaces=NS) == ["Trotsky"]
    assert quote.xpath("h:p[1]/text()", namespaces=NS)[0].startswith("“I insist")


def test_block_document_closing_mid_paragraph_continues_as_narrative(book: Book) -> None:
    page = book.pages["chapter-01.xhtml"]
    quote = page.xpath("//h:blockquote[@id='doc-d3']", namespaces=NS)[0]
    assert "".join(quote.itertext()).rstrip().endswith("work with Stalin.”")
    after = quote.getparent().getnext()
    assert after.tag == f"{{{NS['h']}}}p" and after.text == "I replied stating my accord."


def test_inline_documents_are_wrapped_across_paragraphs_without_a_group_role(book: Book) -> None:
    page = book.pages["chapter-01.xhtml"]
    parts = page.xpath("//h:span[contains(@class, 'document-telegram')]", namespaces=NS)
    assert [p.get("id") for p in parts] == ["doc-d4", None]
    assert parts[0].getparent().get("id") == "p9" and parts[1].getparent().get("id") == "p10"
    assert not page.xpath("//h:p//*[@role='group']", namespaces=NS)  # no "grouping" said mid-sentence
    cue = parts[0].xpath("h:span[@class='document-cue']", namespaces=NS)[0]
    assert cue.text == "Telegram" and cue.get("aria-hidden") == "true" and not parts[1].xpath("h:span", namespaces=NS)
    # the quotation marks belong to the quotation: inside its span, as the model records them
    assert cue.tail.startswith("“It is") and parts[1].text.endswith("Ukraine.”") and parts[1].tail == " This was accepted."
    d1 = page.xpath("//h:span[@id='doc-d1']", namespaces=NS)[0]
    assert d1[0].tail == "“decide the question of an official inquiry" and d1.getparent().get("id") == "p2"


def test_cover_image_alt_text_and_properties(book: Book) -> None:
    item = book.manifest["cover.png"]
    assert item.get("properties") == "cover-image" and item.get("media-type") == "image/png"
    assert book.opf.xpath("//opf:meta[@name='cover']/@content", namespaces=NS) == [item.get("id")]
    img = book.pages["cover.xhtml"].xpath("//h:img", namespaces=NS)[0]
    assert img.get("alt") == "Cover: My Life: An Attempt at an Autobiography, by Leon Trotsky"
    png = book.zip.read("EPUB/cover.png")
    assert png.startswith(b"\x89PNG") and png == cover_png(hand_built().meta)


def test_title_page_names_title_subtitle_author_chapter(book: Book) -> None:
    text = " ".join(book.pages["title.xhtml"].xpath("//h:body//text()", namespaces=NS))
    for part in ("My Life", "An Attempt at an Autobiography", "Leon Trotsky", "Chapter XXXVI: The Military Opposition"):
        assert part in text


def test_lexicons_are_packaged_and_linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "voices" / "lexicon").mkdir(parents=True)
    (tmp_path / "voices" / "lexicon" / "en.pls").write_bytes(PLS)
    monkeypatch.chdir(tmp_path)
    lexicons = find_lexicons(None)
    named = {lx.name: lx for lx in lexicons}
    assert named["en.pls"].data == PLS and named["en-GB.pls"].language == "en-GB"  # the local file wins; each language its own
    book = Book(epub_bytes(hand_built(), lexicons))
    assert book.manifest["lexicon/en.pls"].get("media-type") == "application/pls+xml"

    def linked(href: str) -> list[tuple[str | None, str | None]]:
        links = book.pages[href].xpath("//h:link[@rel='pronunciation']", namespaces=NS)
        return [(link.get("href"), link.get("hreflang")) for link in links]

    # linked from the pages that hold its word ("Svyerdlov", a recipient: the chapter and the documents list)
    assert linked("chapter-01.xhtml") == linked("nav.xhtml") == [("lexicon/en.pls", "en")]
    assert linked("title.xhtml") == linked("cover.xhtml") == []
    # the package's en-GB lexicon lists no word of this book: not packaged, so nothing unreferenced
    assert "lexicon/en-GB.pls" not in book.manifest
    assert "ttsMarkup" in book.metas("schema:accessibilityFeature")


def test_a_broken_lexicon_is_named_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pls"
    bad.write_text("<lexicon>\n<oops></lexicon>")
    with pytest.raises(ContentError, match=r"bad\.pls:2:\d+: not well-formed"):
        read_lexicon(bad)


def test_odd_ids_and_untitled_chapters_still_give_valid_links() -> None:
    blocks = (Block("1 st", "paragraph", "A", (Text("A"), NoteRef("#1"))), Block("1 st!", "paragraph", "B", (Text("B"),)))
    doc = Document(Meta(title="Untitled <&> Test"), (Chapter("9", None, None, None, blocks),),
                   (Note("#1", "*", "A note.", None, ("1 st",), "9"),))
    book = Book(epub_bytes(doc))
    page = book.pages["chapter-01.xhtml"]
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids)) and all(i[0].isalpha() for i in ids)
    ref = page.xpath("//h:a[@epub:type='noteref']", namespaces=NS)[0]
    assert book.resolve("chapter-01.xhtml", ref.get("href")) is not None
    labels = book.pages["nav.xhtml"].xpath("//h:nav[@epub:type='toc']//h:a/text()", namespaces=NS)
    assert "Chapter" in labels


def test_a_block_document_resumed_after_narration_keeps_ids_unique() -> None:
    """Tom Jones (tests/corpus/gutenberg/tom-jones-whole-8.txt.gz, line 15837): a quotation interrupted by 'cries Jones' and
    resumed in the same paragraph wrote its blockquote's id twice (EPUBCheck RSC-005); the id stays on the first part."""
    blocks = (Block("p1", "document", "I was reduced. I believe it, cries Jones, and I pity you.",
                    (DocStart("d1"), Text("I was reduced."), DocEnd("d1"), Text(" I believe it, cries Jones, "),
                     DocStart("d1"), Text("and I pity you."), DocEnd("d1"))),)
    qd = QuotedDocument("d1", "message", "I was reduced.", (), (), None, None, None, None, "block", ("p1",), "c1")
    book = Book(epub_bytes(Document(Meta(title="Resumed"), (Chapter("c1", "I", 1, "One", blocks),), (), (qd,))))
    page = book.pages["chapter-01.xhtml"]
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids)), ids
    parts = page.xpath("//h:blockquote", namespaces=NS)
    assert len(parts) == 2 and parts[0].get("id") == "doc-d1" and parts[1].get("id") is None
    assert book.pages["nav.xhtml"].xpath("//h:nav[@id='documents']//h:a/@href", namespaces=NS) == ["chapter-01.xhtml#doc-d1"]


def _job(tmp_path: Path) -> SimpleNamespace:
    return SimpleNamespace(doc=hand_built(), source=tmp_path / "ch.txt", slug="ch", out_dir=tmp_path / "out" / "ch")


def test_failed_build_leaves_previous_epub_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = _job(tmp_path)
    target, _ = write(job)  # type: ignore[arg-type]
    before = target.read_bytes()

    def boom(*args: object, **kwargs: object) -> bytes:
        raise ContentError("simulated failure")

    monkeypatch.setattr("producer.epub.writer.write_zip", boom)
    with pytest.raises(ContentError):
        write(job)  # type: ignore[arg-type]
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["ch.epub", "cover.png"]


def test_killed_build_leaves_previous_epub_intact(tmp_path: Path) -> None:
    job = _job(tmp_path)
    target, _ = write(job)  # type: ignore[arg-type]
    before = target.read_bytes()
    script = textwrap.dedent(f"""
        import os, time
        from types import SimpleNamespace
        from pathlib import Path
        from tests.fixtures import hand_built
        import producer.epub.writer as w
        os.replace = lambda *a: (print("ready", flush=True), time.sleep(60))  # stop just before publishing
        w.write(SimpleNamespace(doc=hand_built(title="Changed"), source=Path("x.txt"), slug="ch", out_dir=Path({str(target.parent)!r})))
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT)  # tests/ importable
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert target.read_bytes() == before  # a stale hidden .part may remain; the EPUB itself is untouched


def test_cover_png_is_deterministic_and_survives_missing_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    meta = hand_built().meta
    assert cover_png(meta) == cover_png(meta)
    monkeypatch.setattr("producer.cover.FONT_DIR", Path("/nonexistent"))
    assert cover_png(Meta(title="A title long enough to wrap onto several lines of the cover", author="X")).startswith(b"\x89PNG")


def test_the_cover_is_published_and_reused_while_its_key_matches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = _job(tmp_path)
    write(job)  # type: ignore[arg-type]
    published = (job.out_dir / COVER_FILE).read_bytes()
    meta = job.doc.meta
    assert published == cover_png(meta) and embedded_key(published) == cover_key(meta)
    assert Book((job.out_dir / "ch.epub").read_bytes()).zip.read("EPUB/cover.png") == published

    def no_drawing(meta: Meta, square: bool = False) -> bytes:
        raise AssertionError("drawn again")

    monkeypatch.setattr("producer.cover.cover_png", no_drawing)
    assert book_cover(meta, job.out_dir) == published  # the same text, fonts and Pillow: reused
    with pytest.raises(AssertionError):  # another title is another cover
        book_cover(Meta(title="Another", author=meta.author), job.out_dir)
    (job.out_dir / COVER_FILE).write_bytes(b"\x89PNG\r\n\x1a\n damaged")
    with pytest.raises(AssertionError):  # a cover.png without the key is drawn again
        book_cover(meta, job.out_dir)
    assert embedded_key(b"not a png") is None


@pytest.mark.slow
def test_epubcheck_and_ace_find_nothing_in_the_hand_built_book(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "voices" / "lexicon").mkdir(parents=True)
    (tmp_path / "voices" / "lexicon" / "en.pls").write_bytes(PLS)
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "hand.epub"
    path.write_bytes(epub_bytes(hand_built(two_chapters=True), find_lexicons(None)))
    report = run_epubcheck(path)
    assert [f.line() for f in report.findings if f.severity != "info"] == []
    reason = ace_unavailable()
    if reason:
        pytest.skip(f"Ace not run: {reason}")
    ace = run_ace(path)
    assert [f.line() for f in ace.findings] == []


def test_control_characters_and_empty_titles_do_not_break_the_xml() -> None:
    blocks = (Block("p1", "paragraph", "bell\x07 here", (Text("bell\x07 here"),)),)
    doc = Document(Meta(title=" ", author="A\x01B"), (Chapter("c1", "1", 1, "Ti\x0btle", blocks),))
    book = Book(epub_bytes(doc))
    assert book.opf.xpath("//dc:title/text()", namespaces=NS) == ["Untitled"]
    assert book.pages["chapter-01.xhtml"].xpath("//h:p[@id='p1']/text()", namespaces=NS) == ["bell here"]


def test_rebuild_in_another_process_is_byte_identical(book: Book) -> None:
    script = ("import hashlib; "
              "from tests.fixtures import hand_built; from producer.epub.writer import epub_bytes; "
              "print(hashlib.sha256(epub_bytes(hand_built(two_chapters=True))).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": EPOCH}).stdout.strip()
               for seed in ("1", "2")}
    assert digests == {hashlib.sha256(book.data).hexdigest()}


def test_a_note_referenced_from_another_chapter_links_across_files() -> None:
    ch1 = Chapter("a", "1", 1, "One", (Block("a1", "paragraph", "x", (Text("x"), NoteRef("n"))),))
    ch2 = Chapter("b", "2", 2, "Two", (Block("b1", "paragraph", "y", (Text("y"),)),))
    book = Book(epub_bytes(Document(Meta(title="T"), (ch1, ch2), (Note("n", "1", "Far note.", None, ("a1",), "b"),))))
    ref = book.pages["chapter-01.xhtml"].xpath("//h:a[@epub:type='noteref']", namespaces=NS)[0]
    assert ref.get("href") == "endnotes.xhtml#note-n"
    back = book.pages["endnotes.xhtml"].xpath("//h:a[@role='doc-backlink']/@href", namespaces=NS)
    assert back == [f"chapter-01.xhtml#{ref.get('id')}"] and book.resolve("endnotes.xhtml", back[0]) is not None


def test_abbreviations_are_marked_with_what_they_stand_for() -> None:
    from producer.epub.xhtml import add_words, el

    p = el(None, "p")
    add_words(p, "Gen. Grant and Mr. Smith, i.e. the two, but not Gent. nor Mr.X")
    abbrs = [(a.text, a.get("title"), a.get(EPUB_TYPE)) for a in p]
    assert abbrs == [("Gen.", None, "z3998:name-title"), ("Mr.", None, "z3998:name-title"), ("i.e.", "that is", None)]
    assert "".join(p.itertext()) == "Gen. Grant and Mr. Smith, i.e. the two, but not Gent. nor Mr.X"


def test_foreign_phrases_from_the_sidecar_carry_their_language(tmp_path: Path) -> None:
    from producer.read import load

    doc = load(ROOT / "texts" / "my-life-ch36.txt")
    assert dict(doc.meta.foreign) == {"Chrezvychaynaya Komissia": "ru-Latn"}
    page = Book(epub_bytes(doc)).pages["endnotes.xhtml"]
    spans = page.xpath("//h:span[@lang='ru-Latn']", namespaces=NS)
    assert [s.text for s in spans] == ["Chrezvychaynaya Komissia"] and spans[0].get(XML_LANG) == "ru-Latn"
    bad = tmp_path / "t.txt"
    bad.write_text("Text.\n", encoding="utf-8")
    (tmp_path / "t.toml").write_text('[foreign]\n"Che-Ka" = "not a tag"\n', encoding="utf-8")
    with pytest.raises(ContentError, match="foreign must be"):
        load(bad)
