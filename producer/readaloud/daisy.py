"""The `daisy` format: a full-text, full-audio DAISY 2.02 talking book in `<slug>/daisy/`.

    ncc.html            the navigation control centre: the title, an h1 per chapter, an h2 per quoted document,
                        a `noteref` span per note, each pointing at a SMIL par; the book's metadata
    title.html/.smil    the opening credits as text and audio; end.html/.smil the closing ones
    chapter-NN.html     the chapter's text (the EPUB's page as XHTML 1.0), every spoken sentence an element with an id
    chapter-NN.smil     SMIL 1.0: a par per sentence with its clip; a note's pars are `footnote-on`, so players skip them
    NN-....mp3          the audio build's MP3s, as they are

DAISY 2.02 keeps the whole file set in one folder; hardware players (Victor Reader Stream, Plextalk) and Thorium
read it. `producer check` runs the structural check in `check/daisy.py` on `ncc.html`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from lxml import etree

from producer.context import build_time
from producer.describe import chapter_heading, document_header
from producer.epub.css import STYLESHEET
from producer.epub.package import identifier
from producer.job import BuildJob
from producer.model import Document
from producer.publish import publish_bytes, remove_stale
from producer.readaloud.smil import Par, duration_ms, pars
from producer.readaloud.sync import Clip, clips
from producer.readaloud.synced import Synced, audio_name, audio_of, not_an_audiobook, place_audio, synced_for
from producer.readaloud.synced import requirements as audio_requirements

requirements = audio_requirements  # what build.py checks before this format: the audio build's tools

XHTML_NS = "http://www.w3.org/1999/xhtml"
OPS_NS = "http://www.idpf.org/2007/ops"
XHTML_DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
SMIL_DOCTYPE = '<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN" "http://www.w3.org/TR/REC-smil/SMIL10.dtd">'
CSS = "daisy.css"
_HTML5_TO_XHTML1 = {"section": "div", "header": "div", "footer": "div", "aside": "div", "nav": "div"}


def hms(ms: int) -> str:
    """'h:mm:ss' for the NCC's and SMIL heads' times (whole seconds, rounded)."""
    seconds = round(ms / 1000)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def npt(ms: int) -> str:
    """A SMIL 1.0 clip time: 'npt=12.806s'."""
    return f"npt={ms / 1000:.3f}s"


class _Section:
    """One SMIL file of the book: its name, the page it pairs, its pars and what the NCC lists from it."""

    def __init__(self, name: str, page: str, items: list[Par]) -> None:
        self.name, self.page, self.items = name, page, items
        self.ncc: list[tuple[str, str, int]] = []  # (tag or 'noteref', label, index of the par)

    @property
    def ms(self) -> int:
        return duration_ms(self.items)


def write(job: BuildJob) -> list[Path]:
    """Build and publish the DAISY 2.02 book in `daisy/`; raises ProducerError (the previous folder's files stay)."""
    doc = job.doc
    folder = job.out_dir / "daisy"
    with audio_of(job) as (audio_folder, timeline):
        synced = synced_for(job, timeline)
        sections, pages = _sections(doc, synced, clips(timeline, credits=True))
        written = [place_audio(audio_folder / f, folder / audio_name(f)) for f in
                   dict.fromkeys(p.audio for s in sections for p in s.items)]
    files: dict[str, bytes] = {name: _xhtml(page) for name, page in pages.items()}
    files[CSS] = STYLESHEET.encode("utf-8")
    elapsed = 0
    for s in sections:
        files[s.name] = _smil(doc, s, elapsed)
        elapsed += s.ms
    count = len(files) + len(written) + 1  # and ncc.html
    size = sum(map(len, files.values())) + sum(p.stat().st_size for p in written)
    files["ncc.html"] = _ncc(doc, sections, elapsed, count, size)
    written += [publish_bytes(folder / name, data) for name, data in files.items()]
    written.append(not_an_audiobook(folder))
    remove_stale(folder, "*", {p.name for p in written})
    return written


def _sections(doc: Document, synced: Synced, credits: Sequence[Clip]) -> tuple[list[_Section], dict[str, etree._Element]]:
    """The SMIL sections in reading order (opening credits, chapters, closing credits) and the XHTML pages."""
    pages: dict[str, etree._Element] = {}
    opening = _credits_section("opening", "title", doc.meta.title, credits, synced, pages)
    closing = _credits_section("closing", "end", "Closing credits", credits, synced, pages)
    chapters = []
    for number, (chapter, items) in enumerate(synced.chapters, start=1):
        if not items:
            continue
        page_name = f"chapter-{number:02d}.html"
        pages[page_name] = etree.fromstring(synced.built.pages[chapter.id].content)
        s = _Section(f"chapter-{number:02d}.smil", page_name, items)
        heading = synced.built.ids.cues.get(("heading", chapter.id))
        s.ncc.append(("h1", chapter_heading(chapter), next((k for k, p in enumerate(items) if p.element == heading), 0)))
        for d in (d for d in doc.documents if d.shape == "block" and d.chapter == chapter.id):
            at = next((k for k, p in enumerate(items) if p.document == d.id), None)
            if at is not None:
                s.ncc.append(("h2", document_header(d), at))
        for n in (n for n in doc.notes if n.chapter == chapter.id):
            at = next((k for k, p in enumerate(items) if p.note == n.id), None)
            if at is not None:
                s.ncc.append(("noteref", f"Note {n.label}", at))
        s.ncc.sort(key=lambda entry: (entry[2], entry[0] != "h1"))
        chapters.append(s)
    return [*opening, *chapters, *closing], pages


def _credits_section(section: str, name: str, label: str, credits: Sequence[Clip], synced: Synced,
                     pages: dict[str, etree._Element]) -> list[_Section]:
    """The opening or closing credits as a section of their own (none when the audio has no such track)."""
    heard = [c for c in credits if c.chapter == section]
    if not heard:
        return []
    pages[f"{name}.html"], items = _credits_page(name, heard, synced.file_ms)
    s = _Section(f"{name}.smil", f"{name}.html", items)
    s.ncc.append(("h1", label, 0))
    return [s]


def _credits_page(name: str, heard: Sequence[Clip], file_ms: Mapping[str, int]) -> tuple[etree._Element, list[Par]]:
    """A page of the credits' words, one paragraph per announcement, and their pars."""
    html = etree.Element(f"{{{XHTML_NS}}}html", nsmap={None: XHTML_NS})
    body = etree.SubElement(html, f"{{{XHTML_NS}}}body")
    for k, clip in enumerate(heard):
        tag = "h1" if k == 0 and name == "title" else "p"
        element = etree.SubElement(body, f"{{{XHTML_NS}}}{tag}", {"id": f"c-{clip.uid}"})
        element.text = _words(clip)
    return html, pars(heard, lambda c: f"c-{c.uid}", file_ms)


def _words(clip: Clip) -> str:
    return clip.text or re.sub(r"\[\[.*?\]\]", "", clip.spoken).strip()


def _xhtml(page: etree._Element) -> bytes:
    """An EPUB page as a DAISY 2.02 XHTML 1.0 document: no EPUB attributes, no HTML5 sectioning, links to .html, and
    nothing meant for the eye only (aria-hidden): DAISY players read every element."""
    for hidden in page.xpath("//*[@aria-hidden='true']"):
        if hidden.tail:
            previous = hidden.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + hidden.tail
            else:
                parent = hidden.getparent()
                parent.text = (parent.text or "") + hidden.tail
        hidden.getparent().remove(hidden)
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        local = etree.QName(element).localname
        element.tag = f"{{{XHTML_NS}}}{_HTML5_TO_XHTML1.get(local, local)}"
        for attr in [a for a in element.attrib if a.startswith((f"{{{OPS_NS}}}", "aria-")) or a == "role"]:
            del element.attrib[attr]
        href = element.get("href")
        if href is not None:
            element.set("href", re.sub(r"\.xhtml(?=#|$)", ".html", href))
    head = page.find(f"{{{XHTML_NS}}}head")
    if head is None:
        head = etree.Element(f"{{{XHTML_NS}}}head")
        page.insert(0, head)
    for link in head.findall(f"{{{XHTML_NS}}}link") + head.findall(f"{{{XHTML_NS}}}meta"):
        head.remove(link)
    etree.SubElement(head, f"{{{XHTML_NS}}}meta", {"http-equiv": "Content-type", "content": "text/html; charset=utf-8"})
    etree.SubElement(head, f"{{{XHTML_NS}}}link", {"rel": "stylesheet", "type": "text/css", "href": CSS})
    etree.cleanup_namespaces(page)
    return etree.tostring(page, xml_declaration=True, encoding="utf-8", doctype=XHTML_DOCTYPE, pretty_print=True)


def _smil(doc: Document, section: _Section, elapsed_ms: int) -> bytes:
    """One SMIL 1.0 file: a par per clip, `footnote-on` for a note's, in a seq as long as its clips."""
    root = etree.Element("smil")
    head = etree.SubElement(root, "head")
    for name, content in (("dc:format", "Daisy 2.02"), ("dc:title", doc.meta.title), ("dc:identifier", identifier(doc)),
                          ("ncc:generator", "producer"), ("ncc:totalElapsedTime", hms(elapsed_ms)),
                          ("ncc:timeInThisSmil", hms(section.ms))):
        etree.SubElement(head, "meta", {"name": name, "content": content})
    layout = etree.SubElement(head, "layout")
    etree.SubElement(layout, "region", {"id": "txtView"})
    seq = etree.SubElement(etree.SubElement(root, "body"), "seq", {"dur": f"{section.ms / 1000:.3f}s"})
    for k, par in enumerate(section.items, start=1):
        attrs = {"endsync": "last", "id": f"par{k}"}
        if par.note:
            attrs["system-required"] = "footnote-on"
        node = etree.SubElement(seq, "par", attrs)
        etree.SubElement(node, "text", {"src": f"{section.page}#{par.element}", "id": f"txt{k}"})
        etree.SubElement(node, "audio", {"src": audio_name(par.audio), "clip-begin": npt(par.begin_ms),
                                         "clip-end": npt(par.end_ms), "id": f"aud{k}"})
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", doctype=SMIL_DOCTYPE, pretty_print=True)


def _ncc(doc: Document, sections: Sequence[_Section], total_ms: int, files: int, size: int) -> bytes:
    """The navigation control centre: the metadata DAISY 2.02 requires and a heading per navigation point."""
    meta = doc.meta
    html = etree.Element(f"{{{XHTML_NS}}}html", {"lang": meta.language, "{http://www.w3.org/XML/1998/namespace}lang": meta.language},
                         nsmap={None: XHTML_NS})
    head = etree.SubElement(html, f"{{{XHTML_NS}}}head")
    etree.SubElement(head, f"{{{XHTML_NS}}}meta", {"http-equiv": "Content-type", "content": "text/html; charset=utf-8"})
    etree.SubElement(head, f"{{{XHTML_NS}}}title").text = meta.title
    body = etree.SubElement(html, f"{{{XHTML_NS}}}body")
    entries = [(s, tag, label, at) for s in sections for tag, label, at in s.ncc]
    for n, (s, tag, label, at) in enumerate(entries, start=1):
        attrs = {"id": f"ncc{n}"}
        if n == 1:
            attrs["class"] = "title"
        if tag == "noteref":
            element = etree.SubElement(body, f"{{{XHTML_NS}}}span", {**attrs, "class": "noteref"})
        else:
            element = etree.SubElement(body, f"{{{XHTML_NS}}}{tag}", attrs)
        etree.SubElement(element, f"{{{XHTML_NS}}}a", {"href": f"{s.name}#par{at + 1}"}).text = label
    depth = 2 if any(tag == "h2" for _, tag, _, _ in entries) else 1
    values = {
        "dc:title": meta.title, "dc:creator": meta.author or "Unknown", "dc:date": build_time().strftime("%Y-%m-%d"),
        "dc:format": "Daisy 2.02", "dc:identifier": identifier(doc), "dc:language": meta.language,
        "dc:publisher": "producer", "ncc:charset": "utf-8", "ncc:generator": "producer",
        "ncc:narrator": "eSpeak NG synthetic voice", "ncc:multimediaType": "audioFullText",
        "ncc:totalTime": hms(total_ms), "ncc:files": str(files), "ncc:kByteSize": str(round(size / 1024)),
        "ncc:depth": str(depth), "ncc:tocItems": str(len(entries)),
        "ncc:footnotes": str(sum(tag == "noteref" for _, tag, _, _ in entries)),
        "ncc:pageFront": "0", "ncc:pageNormal": "0", "ncc:pageSpecial": "0", "ncc:maxPageNormal": "0",
        "ncc:prodNotes": "0", "ncc:sidebars": "0", "ncc:setInfo": "1 of 1",
    }
    for name, content in values.items():
        etree.SubElement(head, f"{{{XHTML_NS}}}meta", {"name": name, "content": content})
    return etree.tostring(html, xml_declaration=True, encoding="utf-8", doctype=XHTML_DOCTYPE, pretty_print=True)
