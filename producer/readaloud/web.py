"""The `web` format: a static, offline player in `<slug>/web/` that plays each chapter and highlights what is spoken.

    index.html          the book's contents and how to use the player
    chapter-NN.html     the chapter's text (the EPUB's page, every spoken sentence an element), an audio player
                        with play/pause, previous/next document or note and speed, and the sync data inline
    player.js, player.css, book.css, audio/NN-....mp3

No network and no framework: the pages open from `file://` (the sync data is in the page, since browsers refuse
to fetch files beside a local page), and work with the keyboard alone (K, J, L).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from lxml import etree

from producer.describe import chapter_heading, document_header
from producer.epub.css import STYLESHEET
from producer.job import BuildJob
from producer.model import Chapter, Document
from producer.publish import publish_bytes, publish_text, remove_stale
from producer.readaloud.smil import Par
from producer.readaloud.synced import audio_name, audio_of, not_an_audiobook, place_audio, synced_for
from producer.readaloud.synced import requirements as audio_requirements

requirements = audio_requirements  # what build.py checks before this format: the audio build's tools

_XHTML = "{http://www.w3.org/1999/xhtml}"
_OPS = "{http://www.idpf.org/2007/ops}"
SPEEDS = ("0.75", "1", "1.25", "1.5", "1.75", "2")


def write(job: BuildJob) -> list[Path]:
    """Build and publish the web player in `web/`; raises ProducerError."""
    doc, folder = job.doc, job.out_dir / "web"
    with audio_of(job) as (audio_folder, timeline):
        synced = synced_for(job, timeline)
        files = list(dict.fromkeys(p.audio for _, items in synced.chapters for p in items))
        written = [place_audio(audio_folder / f, folder / "audio" / audio_name(f)) for f in files]
    chapters = [(ch, items) for ch, items in synced.chapters if items]
    names = [f"chapter-{n:02d}.html" for n in range(1, len(chapters) + 1)]
    for k, (chapter, items) in enumerate(chapters):
        section = _section(etree.fromstring(synced.built.pages[chapter.id].content))
        neighbours = (names[k - 1] if k else None, names[k + 1] if k + 1 < len(names) else None)
        written.append(publish_text(folder / names[k], _chapter_page(doc, chapter, section, items, neighbours)))
    written.append(publish_text(folder / "index.html", _index(doc, [c for c, _ in chapters], names)))
    web = resources.files("producer") / "data" / "web"
    for name in ("player.js", "player.css"):
        written.append(publish_bytes(folder / name, (web / name).read_bytes()))
    written.append(publish_text(folder / "book.css", STYLESHEET))
    written.append(not_an_audiobook(folder))
    remove_stale(folder, "*.html", {p.name for p in written})
    remove_stale(folder / "audio", "*.mp3", {p.name for p in written})
    return written


def _section(page: etree._Element) -> etree._Element:
    """The chapter's section of an EPUB page, as HTML: no namespace, no EPUB attributes."""
    section = next(e for e in page.iter(f"{_XHTML}section") if e.get(f"{_OPS}type") == "chapter")
    for element in section.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
            for attr in [a for a in element.attrib if a.startswith(_OPS)]:
                del element.attrib[attr]
    etree.cleanup_namespaces(section)
    return section


def _sync(doc: Document, items: Sequence[Par]) -> str:
    """The page's sync data: audio files, pars, and a label for each document and note group."""
    files = list(dict.fromkeys(p.audio for p in items))
    labels = {d.id: document_header(d) for d in doc.documents}
    labels.update({n.id: f"note {n.label}" for n in doc.notes})
    groups = sorted({p.note or p.document or "" for p in items} - {""})
    data = {"files": [f"audio/{audio_name(f)}" for f in files],
            "pars": [[p.element, files.index(p.audio), p.begin_ms, p.end_ms, p.note or p.document or ""] for p in items],
            "labels": {g: labels.get(g, "") for g in groups}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _skeleton(doc: Document, title: str) -> tuple[etree._Element, etree._Element]:
    html = etree.Element("html", {"lang": doc.meta.language})
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", {"charset": "utf-8"})
    etree.SubElement(head, "meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"})
    etree.SubElement(head, "title").text = title
    for css in ("book.css", "player.css"):
        etree.SubElement(head, "link", {"rel": "stylesheet", "href": css})
    return html, etree.SubElement(html, "body")


def _serialize(html: etree._Element) -> str:
    return "<!DOCTYPE html>\n" + etree.tostring(html, method="html", encoding="unicode", pretty_print=True)


def _chapter_page(doc: Document, chapter: Chapter, section: etree._Element, items: Sequence[Par],
                  neighbours: tuple[str | None, str | None]) -> str:
    heading = chapter_heading(chapter)
    html, body = _skeleton(doc, f"{heading}, {doc.meta.title}")
    skip = etree.SubElement(body, "a", {"class": "visually-hidden-focusable", "href": "#text"})
    skip.text = "Skip to the text"
    player = etree.SubElement(body, "div", {"class": "player", "role": "region", "aria-label": "Audio player"})
    etree.SubElement(player, "audio", {"id": "audio", "controls": "controls", "preload": "metadata",
                                       "aria-label": f"Audio of {heading}"})
    for ident, label, key in (("play", "Play", "k"), ("previous", "Previous document or note", "j"),
                              ("next", "Next document or note", "l")):
        etree.SubElement(player, "button", {"id": ident, "type": "button", "aria-keyshortcuts": key}).text = label
    speed_label = etree.SubElement(player, "label", {"for": "speed"})
    speed_label.text = "Speed"
    select = etree.SubElement(player, "select", {"id": "speed"})
    for value in SPEEDS:
        option = etree.SubElement(select, "option", {"value": value, **({"selected": "selected"} if value == "1" else {})})
        option.text = f"{value}×"
    etree.SubElement(player, "p", {"id": "status", "role": "status", "class": "visually-hidden"})
    keys = etree.SubElement(body, "p", {"class": "keys"})
    keys.text = "Keys: K plays or pauses; J and L go to the previous or next quoted document or note. Select a sentence to play from it."
    nav = etree.SubElement(body, "nav", {"class": "chapters", "aria-label": "Chapters"})
    links = etree.SubElement(nav, "ul")
    for href, label in (("index.html", "Contents"), (neighbours[0], "Previous chapter"), (neighbours[1], "Next chapter")):
        if href:
            etree.SubElement(etree.SubElement(links, "li"), "a", {"href": href}).text = label
    main = etree.SubElement(body, "main", {"id": "text"})
    main.append(section)
    etree.SubElement(body, "script", {"type": "application/json", "id": "sync"}).text = _sync(doc, items)
    etree.SubElement(body, "script", {"src": "player.js"}).text = ""
    return _serialize(html)


def _index(doc: Document, chapters: Sequence[Chapter], names: Sequence[str]) -> str:
    html, body = _skeleton(doc, doc.meta.title)
    main = etree.SubElement(body, "main")
    etree.SubElement(main, "h1").text = doc.meta.title
    if doc.meta.author:
        etree.SubElement(main, "p").text = f"By {doc.meta.author}. Read by the eSpeak NG synthetic voice."
    intro = etree.SubElement(main, "p")
    intro.text = ("Each chapter plays its audio and highlights the sentence being spoken. Keys: K plays or pauses; "
                  "J and L go to the previous or next quoted document or note.")
    nav = etree.SubElement(main, "nav", {"aria-labelledby": "contents"})
    etree.SubElement(nav, "h2", {"id": "contents"}).text = "Contents"
    ol = etree.SubElement(nav, "ol")
    for chapter, name in zip(chapters, names, strict=True):
        etree.SubElement(etree.SubElement(ol, "li"), "a", {"href": name}).text = chapter_heading(chapter)
    return _serialize(html)
