"""The front pages: cover, title page, and the navigation document (contents, landmarks, documents)."""

from __future__ import annotations

from dataclasses import dataclass, field

from producer.cover import cover_alt
from producer.describe import chapter_heading, document_header
from producer.epub.xhtml import Element, PageStyle, el, page, serialize
from producer.model import Document

COVER_FILE, COVER_IMAGE, TITLE_FILE, NAV_FILE = "cover.xhtml", "cover.png", "title.xhtml", "nav.xhtml"


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One line of the table of contents, with its nested lines."""

    title: str
    href: str
    children: tuple[TocEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Landmark:
    """A landmarks entry: EPUB structural type, target, label."""

    kind: str
    href: str
    title: str


@dataclass
class Navigation:
    """Everything the nav document and the NCX list."""

    toc: list[TocEntry] = field(default_factory=list)
    landmarks: list[Landmark] = field(default_factory=list)
    documents: list[TocEntry] = field(default_factory=list)


def cover_page(doc: Document, style: PageStyle) -> bytes:
    """A page holding only the cover image, with its text alternative."""
    html, body = page("Cover", doc.meta.language, style, "cover")
    section = el(body, "section", {"class": "cover", "epub:type": "cover"})
    el(section, "img", {"src": COVER_IMAGE, "alt": cover_alt(doc.meta), "role": "doc-cover"})
    return serialize(html, style)


def title_page(doc: Document, style: PageStyle) -> bytes:
    """Title, subtitle, author and the chapters this file holds."""
    meta = doc.meta
    html, body = page(f"Title page: {meta.title}", meta.language, style, "frontmatter")
    section = el(body, "section", {"class": "titlepage", "epub:type": "titlepage", "aria-labelledby": "book-title"})
    el(section, "h1", {"id": "book-title"}, meta.title)
    if meta.subtitle:
        el(section, "p", {"class": "subtitle"}, meta.subtitle)
    if meta.author:
        el(section, "p", {"class": "author"}, meta.author)
    if not meta.complete:  # an excerpt: say which part of the book this is
        for i, ch in enumerate(doc.chapters):
            el(section, "p", {"class": "chapter-name first" if i == 0 else "chapter-name"}, chapter_heading(ch))
    return serialize(html, style)


def _entries(parent: Element, entries: list[TocEntry]) -> None:
    ol = el(parent, "ol")
    for entry in entries:
        li = el(ol, "li")
        el(li, "a", {"href": entry.href}, entry.title)
        if entry.children:
            _entries(li, list(entry.children))


def nav_page(doc: Document, nav: Navigation, style: PageStyle) -> bytes:
    """The EPUB navigation document: toc, landmarks and the list of quoted documents."""
    html, body = page("Contents", doc.meta.language, style, "frontmatter")
    toc = el(body, "nav", {"id": "toc", "epub:type": "toc", "role": "doc-toc", "aria-labelledby": "toc-title"})
    el(toc, "h1", {"id": "toc-title"}, "Contents")
    _entries(toc, nav.toc)
    if nav.documents:
        docs = el(body, "nav", {"id": "documents", "aria-labelledby": "documents-title"})
        el(docs, "h2", {"id": "documents-title"}, "Quoted documents")
        _entries(docs, nav.documents)
    marks = el(body, "nav", {"id": "landmarks", "epub:type": "landmarks", "hidden": "hidden", "aria-labelledby": "landmarks-title"})
    el(marks, "h2", {"id": "landmarks-title"}, "Landmarks")
    ol = el(marks, "ol")
    for mark in nav.landmarks:
        el(el(ol, "li"), "a", {"epub:type": mark.kind, "href": mark.href}, mark.title)
    return serialize(html, style)


def document_entries(doc: Document, anchors: dict[str, tuple[str, str]]) -> list[TocEntry]:
    """One entry per quoted document, labelled with its header line, in reading order."""
    return [TocEntry(document_header(qd), "#".join(anchors[qd.id])) for qd in doc.documents if qd.id in anchors]
