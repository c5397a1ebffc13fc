"""Assembling the EPUB package with ebooklib, then making the zip reproducible.

ebooklib writes the OPF, NCX and container; the content documents are our own XHTML
(ebooklib's EpubHtml re-parses pages with an HTML parser and rebuilds their head), passed
as plain items. Its zip carries the current time and no `xml:lang` on `<package>`, so the
archive is rewritten: mimetype first and stored, entries sorted, fixed timestamps.
"""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from ebooklib import epub
from lxml import etree

from producer.describe import chapter_heading
from producer.epub.chapter import BookIds, ChapterPage, NotesPage
from producer.epub.css import STYLESHEET
from producer.epub.lexicon import Lexicon
from producer.epub.pages import (
    COVER_FILE,
    COVER_IMAGE,
    NAV_FILE,
    TITLE_FILE,
    Landmark,
    Navigation,
    TocEntry,
    cover_page,
    document_entries,
    nav_page,
    title_page,
)
from producer.epub.sentences import Mark, SentenceSpans
from producer.epub.xhtml import PageStyle, Phrases, clean
from producer.errors import ContentError
from producer.model import Document

XHTML = "application/xhtml+xml"
CSS_FILE = "style.css"
NOTES_FILE = "endnotes.xhtml"
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
CERTIFIED_BY = "producer (self-declared, from automated checks with EPUBCheck and Ace by DAISY)"
_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the earliest time a zip entry can hold


def identifier(doc: Document) -> str:
    """A stable urn:uuid from title, author and the chapters this file holds."""
    key = json.dumps([doc.meta.title, doc.meta.author, [[c.id, c.number, c.title] for c in doc.chapters]], ensure_ascii=False)
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'producer:' + key)}"


def _features(doc: Document, lexicons: tuple[Lexicon, ...]) -> list[str]:
    """The schema.org accessibility features this book really has."""
    features = ["structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "displayTransformability"]
    if doc.notes:
        features.append("annotations")
    if lexicons:
        features.append("ttsMarkup")
    return features


def _summary(doc: Document, lexicons: tuple[Lexicon, ...]) -> str:
    """A plain sentence on what the book offers a reader who cannot see or hold print."""
    parts = ["reflowable text that follows the reader's font and colour settings",
             "a table of contents and headings for each chapter"]
    if doc.documents:
        parts.append("a list of the quoted documents (telegrams, letters, orders and the like), each labelled in the text")
    if doc.notes:
        parts.append("endnotes linked both ways")
    parts.append("a text description of the cover image")
    if lexicons:
        parts.append("a pronunciation lexicon for text-to-speech")
    return "This publication offers " + ", ".join(parts[:-1]) + " and " + parts[-1] + ". It has no known hazards."


def _printable(doc: Document) -> Document:
    """The document with metadata XML can hold and a title that is never empty (EPUBCheck requires one)."""
    meta = doc.meta
    printable = dataclasses.replace(
        meta,
        title=clean(meta.title).strip() or "Untitled",
        author=clean(meta.author) if meta.author else meta.author,
        subtitle=clean(meta.subtitle) if meta.subtitle else meta.subtitle,
    )
    return dataclasses.replace(doc, meta=printable)


def _metadata(book: epub.EpubBook, doc: Document, lexicons: tuple[Lexicon, ...]) -> None:
    meta = doc.meta
    book.set_identifier(identifier(doc))
    book.set_language(meta.language)
    book.title = meta.title
    book.add_metadata("DC", "title", meta.title, {"id": "title"})
    book.add_metadata(None, "meta", "main", {"refines": "#title", "property": "title-type"})
    if meta.subtitle:
        book.add_metadata("DC", "title", meta.subtitle, {"id": "subtitle"})
        book.add_metadata(None, "meta", "subtitle", {"refines": "#subtitle", "property": "title-type"})
    if meta.author:
        book.add_author(meta.author, role="aut", uid="creator")
    add = book.add_metadata
    add(None, "meta", "textual", {"property": "schema:accessMode"})
    add(None, "meta", "visual", {"property": "schema:accessMode"})  # the cover image
    add(None, "meta", "textual", {"property": "schema:accessModeSufficient"})
    for feature in _features(doc, lexicons):
        add(None, "meta", feature, {"property": "schema:accessibilityFeature"})
    add(None, "meta", "none", {"property": "schema:accessibilityHazard"})
    add(None, "meta", _summary(doc, lexicons), {"property": "schema:accessibilitySummary"})
    add(None, "meta", CONFORMS_TO, {"property": "dcterms:conformsTo", "id": "conformance"})
    add(None, "meta", CERTIFIED_BY, {"property": "a11y:certifiedBy", "refines": "#conformance"})  # who says so


def _ncx_toc(entries: list[TocEntry], counter: list[int]) -> list[object]:
    """Our contents entries as ebooklib's toc structure, which it turns into the NCX."""
    out: list[object] = []
    for entry in entries:
        counter[0] += 1
        if entry.children:
            out.append((epub.Section(clean(entry.title), entry.href), _ncx_toc(list(entry.children), counter)))
        else:
            out.append(epub.Link(entry.href, clean(entry.title), f"toc-{counter[0]}"))
    return out


def _navigation(doc: Document, ids: BookIds) -> Navigation:
    nav = Navigation()
    nav.toc.append(TocEntry("Title page", TITLE_FILE))
    nav.documents = document_entries(doc, ids.anchors)
    if nav.documents:  # the list sits in nav.xhtml, before the chapters in reading order (NAV-011)
        nav.toc.append(TocEntry("Quoted documents", f"{NAV_FILE}#documents"))
    part: list[TocEntry] | None = None  # the chapters of the part being listed, nested under it
    for ch in doc.chapters:
        file = ids.files[ch.id]
        in_chapter = ch.id in ids.notes_anchor and ids.notes_file is None
        children = (TocEntry("Notes", f"{file}#{ids.notes_anchor[ch.id]}"),) if in_chapter else ()
        entry = TocEntry(chapter_heading(ch), file, children)
        if ch.part:
            part = [entry]
            nav.toc.append(TocEntry(ch.part, file, ()))
        elif part is not None:
            part.append(entry)
        else:
            nav.toc.append(entry)
        if part is not None:
            nav.toc[-1] = replace(nav.toc[-1], children=tuple(part))
    nav.landmarks = [
        Landmark("cover", COVER_FILE, "Cover"),
        Landmark("titlepage", TITLE_FILE, "Title page"),
        Landmark("toc", f"{NAV_FILE}#toc", "Contents"),
        Landmark("bodymatter", ids.files[doc.chapters[0].id], "Start of text"),
    ]
    if ids.notes_file:  # the endnotes' own document, after the chapters
        nav.toc.append(TocEntry("Notes", ids.notes_file))
        nav.landmarks.append(Landmark("endnotes", ids.notes_file, "Notes"))
        return nav
    for ch in doc.chapters:
        if ch.id in ids.notes_anchor:
            nav.landmarks.append(Landmark("endnotes", f"{ids.files[ch.id]}#{ids.notes_anchor[ch.id]}", "Notes"))
            break  # landmarks name each kind once; the contents list every chapter's notes
    return nav


@dataclass(frozen=True, slots=True)
class Assembled:
    """An ebooklib book with what a read-aloud writer adds to: the ids used, and each chapter's page item."""

    book: epub.EpubBook
    ids: BookIds
    pages: dict[str, epub.EpubItem]  # chapter id -> its content document


def build_book(doc: Document, lexicons: tuple[Lexicon, ...], cover: bytes) -> epub.EpubBook:
    """The ebooklib book: metadata, every item (`cover` is the cover image's PNG), spine and NCX contents."""
    return assemble(doc, lexicons, cover).book


def assemble(doc: Document, lexicons: tuple[Lexicon, ...], cover: bytes,
             marks: Mapping[str, Sequence[Mark]] | None = None) -> Assembled:
    """The book, as `build_book`; with `marks`, every spoken sentence of the text is an element with an id.

    Notes go in a document of their own (NOTES_FILE), except with `marks`: a Media Overlay may only point into its own
    content document, and the audio reads a note after its paragraph or its chapter, so read-aloud keeps each
    chapter's notes at its end."""
    if not doc.chapters:
        raise ContentError(f"{doc.meta.source or 'document'}: no chapters to write; check the text has paragraphs")
    doc = _printable(doc)
    ids = BookIds(phrases=Phrases.foreign(doc.meta.foreign))
    if marks is not None:
        ids.sentences = SentenceSpans(marks, ids.ids)
    ids.files = {ch.id: f"chapter-{i:02d}.xhtml" for i, ch in enumerate(doc.chapters, start=1)}
    style = PageStyle(CSS_FILE, lexicons)
    ids.notes_file = NOTES_FILE if doc.notes and marks is None else None
    chapters = [ChapterPage(doc, ch, ids, style).render() for ch in doc.chapters]
    notes_page = NotesPage(doc, ids, style).render() if ids.notes_file else None
    nav = _navigation(doc, ids)
    nav_item = epub.EpubItem("nav", NAV_FILE, XHTML, nav_page(doc, nav, style))
    nav_item.properties = ["nav"]  # type: ignore[attr-defined]
    spine: list[epub.EpubItem] = [
        epub.EpubItem("cover", COVER_FILE, XHTML, cover_page(doc, style)),
        epub.EpubItem("titlepage", TITLE_FILE, XHTML, title_page(doc, style)),
        nav_item,
    ]
    spine += [epub.EpubItem(f"chapter-{i:02d}", ids.files[ch.id], XHTML, data)
              for i, (ch, data) in enumerate(zip(doc.chapters, chapters), start=1)]
    pages = {ch.id: item for ch, item in zip(doc.chapters, spine[-len(doc.chapters):], strict=True)}
    if notes_page is not None:
        spine.append(epub.EpubItem("endnotes", NOTES_FILE, XHTML, notes_page))
    used = tuple(lx for lx in lexicons if lx.name in style.linked)  # a lexicon no page links is left out

    book = epub.EpubBook()
    _metadata(book, doc, used)
    # what book.set_cover does, with the media type given: ebooklib would guess it by loading mimetypes (~8 ms)
    image = epub.EpubCover(file_name=COVER_IMAGE)
    image.media_type, image.content = "image/png", cover
    book.add_item(image)
    book.add_metadata(None, "meta", "", {"name": "cover", "content": image.id})
    book.add_item(epub.EpubItem("style", CSS_FILE, "text/css", STYLESHEET.encode("utf-8")))
    for lx in used:
        book.add_item(epub.EpubItem(f"lexicon-{lx.name.rsplit('.', 1)[0]}", style.href(lx), "application/pls+xml", lx.data))
    for item in spine:
        book.add_item(item)
    book.add_item(epub.EpubNcx())  # ebooklib always writes toc="ncx"; older readers use it too
    book.spine = spine
    book.toc = _ncx_toc(nav.toc, [0])
    return Assembled(book, ids, pages)


def write_zip(book: epub.EpubBook, modified: datetime, language: str, name: str = "EPUB") -> bytes:
    """The book as reproducible EPUB bytes; raises ContentError (naming `name`) when ebooklib fails."""
    out = io.BytesIO()
    write_zip_to(out, book, modified, language, name)
    return out.getvalue()


def write_zip_to(out: BinaryIO, book: epub.EpubBook, modified: datetime, language: str, name: str = "EPUB",
                 external: Mapping[str, Path] | None = None) -> None:
    """Write the book as a reproducible EPUB into `out`; raises ContentError (naming `name`) when ebooklib fails.

    `external` maps entries of the book (added to it empty) to files whose bytes are streamed into the zip
    in their place, so large media (a read-aloud book's MP3s) never sit in memory."""
    raw = io.BytesIO()
    options = {"epub3_pages": False, "epub3_landmark": False, "epub2_guide": False, "raise_exceptions": True,
               "mtime": modified.astimezone(UTC), "compresslevel": 0}  # normalize_zip compresses, once
    try:
        ok = epub.write_epub(raw, book, options)
    except Exception as e:  # noqa: BLE001 - ebooklib raises bare errors from deep inside; name the step instead
        raise ContentError(f"{name}: EPUB packaging failed in ebooklib ({type(e).__name__}: {e}); report this with the input file") from None
    if ok is False:
        raise ContentError(f"{name}: EPUB packaging failed in ebooklib without a reason; report this with the input file")
    normalize_zip(raw.getvalue(), modified, language, out, external or {})


def _patch_opf(data: bytes, language: str) -> bytes:
    """Add xml:lang to <package> (reading systems and Ace use it for the metadata's language)."""
    root = etree.fromstring(data)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", language)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def normalize_zip(data: bytes, modified: datetime, language: str, out: BinaryIO, external: Mapping[str, Path]) -> None:
    """Rewrite an EPUB zip into `out`: mimetype first and stored, other entries sorted, one fixed time.

    Text is deflated; images and audio (compressed already) are stored. Entries named in `external` take
    their bytes from those files, copied in blocks."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        entries = {info.filename: src.read(info) for info in src.infolist()}
    opf = next(name for name in entries if name.endswith(".opf"))
    entries[opf] = _patch_opf(entries[opf], language)
    if stray := sorted(set(external) - set(entries)):
        raise ValueError(f"no entry {stray[0]} in the EPUB for its external file")  # a writer's mistake, not the user's
    stamp = max(modified.astimezone(UTC), _ZIP_EPOCH).timetuple()[:6]
    with zipfile.ZipFile(out, "w") as dst:
        for name in ["mimetype"] + sorted(n for n in entries if n != "mimetype"):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3  # unix, whatever system builds it
            info.external_attr = 0o644 << 16
            # the mimetype must be stored; PNG and MP3 are compressed already, deflating them again only costs time
            stored = name == "mimetype" or name.endswith((".png", ".mp3"))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            if name in external:
                info.file_size = external[name].stat().st_size
                with open(external[name], "rb") as f, dst.open(info, "w") as member:
                    shutil.copyfileobj(f, member, 1 << 20)
            else:
                dst.writestr(info, entries[name], compresslevel=None if stored else 9)
