"""One SMIL Media Overlay per chapter page: each sentence (and heading, document header, note label) paired with its clip.

Pars follow the audio, which is the reading order with notes where the listener hears them (after their paragraph,
or at the chapter's end). A quoted document's pars sit in a `<seq>` pointing at the document, so a reading system
can escape it; a note's in a `<seq epub:type="footnote">`, and a note's marker (with the profile's `note_cue`, a
soft "note 1" where it stands) in a `<par epub:type="noteref">`, so it can skip them. Announcements with no words on the
page ("End of telegram.") have no par of their own: each clip runs on to the next par's start (the first from the
file's start, the last to its end), so the pars tile the audio and a listener hears everything the audiobook says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

from producer.audio.captions import stamp
from producer.describe import CORRESPONDENCE
from producer.epub.xhtml import Z3998_PREFIX
from producer.readaloud.sync import Clip

SMIL_NS = "http://www.w3.org/ns/SMIL"
OPS_NS = "http://www.idpf.org/2007/ops"


@dataclass(frozen=True, slots=True)
class Par:
    """A clip placed: the element id it highlights, and the structure it belongs to (document id, note id)."""

    element: str
    audio: str  # the audio file as the timeline names it ('mp3/02-chapter-i.mp3')
    begin_ms: int
    end_ms: int
    document: str | None
    note: str | None
    noteref: bool = False  # the marker of a note ("note 1" heard where it stands): skippable


def pars(heard: Sequence[Clip], element_of: Callable[[Clip], str | None], file_ms: Mapping[str, int]) -> list[Par]:
    """The pars of one chapter's clips (those with an element on the page), tiling each audio file of `file_ms`."""
    chosen = [(c, e) for c in heard if (e := element_of(c)) is not None]
    out: list[Par] = []
    for k, (clip, element) in enumerate(chosen):
        first = k == 0 or chosen[k - 1][0].file != clip.file
        last = k + 1 == len(chosen) or chosen[k + 1][0].file != clip.file
        begin = 0 if first else clip.begin_ms
        end = file_ms[clip.file] if last else chosen[k + 1][0].begin_ms
        out.append(Par(element, clip.file, begin, end, clip.document, clip.note, clip.cue.startswith("noteref ")))
    return out


def duration_ms(items: Sequence[Par]) -> int:
    """The overlay's duration: the sum of its clips."""
    return sum(p.end_ms - p.begin_ms for p in items)


def smil(page: str, chapter_element: str, items: Sequence[Par], kinds: dict[str, str], anchors: dict[str, str],
         audio_href: Callable[[str], str]) -> bytes:
    """The overlay for content document `page`; `kinds` gives each document's kind, `anchors` its element id,
    `audio_href` each audio file's path from the overlay."""
    root = etree.Element(f"{{{SMIL_NS}}}smil", {"version": "3.0", f"{{{OPS_NS}}}prefix": Z3998_PREFIX},
                         nsmap={None: SMIL_NS, "epub": OPS_NS})
    body = etree.SubElement(root, f"{{{SMIL_NS}}}body")
    chapter = _seq(body, f"{page}#{chapter_element}", "chapter")
    group: tuple[str, str] | None = None  # ("document" | "note", id) of the open seq
    parent = chapter
    for n, par in enumerate(items, start=1):
        wanted = ("note", par.note) if par.note else ("document", par.document) if par.document else None
        if wanted != group:
            group, parent = wanted, chapter
            if wanted is not None:
                kind, ident = wanted
                target = anchors.get(ident)
                structure = "footnote" if kind == "note" else "z3998:letter" if kinds.get(ident) in CORRESPONDENCE else None
                parent = _seq(chapter, f"{page}#{target or par.element}", structure)
        attrs = {"id": f"par{n}", **({f"{{{OPS_NS}}}type": "noteref"} if par.noteref else {})}
        node = etree.SubElement(parent, f"{{{SMIL_NS}}}par", attrs)
        etree.SubElement(node, f"{{{SMIL_NS}}}text", {"src": f"{page}#{par.element}"})
        etree.SubElement(node, f"{{{SMIL_NS}}}audio", {"src": audio_href(par.audio), "clipBegin": stamp(par.begin_ms),
                                                       "clipEnd": stamp(par.end_ms)})
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _seq(parent: etree._Element, textref: str, structure: str | None) -> etree._Element:
    attrs = {f"{{{OPS_NS}}}textref": textref}
    if structure:
        attrs[f"{{{OPS_NS}}}type"] = structure
    return etree.SubElement(parent, f"{{{SMIL_NS}}}seq", attrs)
