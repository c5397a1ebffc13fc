"""`producer check` for a DAISY 2.02 book's `ncc.html`: a structural check written from the DAISY 2.02 specification.

No DAISY 2.02 validator is packaged for Debian or PyPI, so this checks what players rely on: every metadata item the
specification requires in the NCC (with `dc:format` "Daisy 2.02" and a known `ncc:multimediaType`); the first NCC
heading an h1 of class "title"; every NCC heading and span pointing at a par (or text) that exists in its SMIL file;
every SMIL text reference at an element of its XHTML file; every audio clip inside its MP3's duration, in order and not
overlapping; each SMIL's `ncc:timeInThisSmil` and `ncc:totalElapsedTime`, and the NCC's `ncc:totalTime`, equal to
the clips they sum (within 1 s); `ncc:files` equal to the files in the folder and `ncc:tocItems` to the NCC's entries.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from lxml import etree

from producer.audio.ffrun import ffprobe_json
from producer.check import Finding, ToolReport
from producer.errors import ProducerError
from producer.tools import FFPROBE, Tool

TOOL = "DAISY 2.02 structure"
REQUIRED = ("dc:creator", "dc:date", "dc:format", "dc:identifier", "dc:language", "dc:publisher", "dc:title",
            "ncc:charset", "ncc:depth", "ncc:files", "ncc:footnotes", "ncc:generator", "ncc:kByteSize",
            "ncc:maxPageNormal", "ncc:multimediaType", "ncc:narrator", "ncc:pageFront", "ncc:pageNormal",
            "ncc:pageSpecial", "ncc:prodNotes", "ncc:setInfo", "ncc:sidebars", "ncc:tocItems", "ncc:totalTime")
MULTIMEDIA_TYPES = ("audioOnly", "audioNcc", "audioPartText", "audioFullText", "textPartAudio", "textNcc")
_H = "{http://www.w3.org/1999/xhtml}"
_NPT = re.compile(r"^npt=(\d+(?:\.\d+)?)s$")


def requirements(path: Path) -> tuple[Tool, ...]:
    """ffprobe reads each MP3's duration."""
    return (FFPROBE,)


def seconds(clock: str) -> float:
    """'0:34:01' or '0:34:01.377' -> seconds; raises ValueError."""
    hours, minutes, secs = clock.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(secs)


class _Checker:
    def __init__(self, ncc: Path) -> None:
        self.folder, self.ncc = ncc.parent, ncc
        self.findings: list[Finding] = []
        self.durations: dict[str, float] = {}
        self.parsed: dict[str, etree._Element] = {}

    def error(self, where: str, message: str, code: str = "DAISY") -> None:
        self.findings.append(Finding("error", code, message, where))

    def xml(self, name: str) -> etree._Element | None:
        if name not in self.parsed:
            path = self.folder / name
            if not path.is_file():
                return None
            self.parsed[name] = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                        load_dtd=False)).getroot()
        return self.parsed[name]

    def audio_seconds(self, name: str) -> float | None:
        if name not in self.durations:
            path = self.folder / name
            if not path.is_file():
                return None
            self.durations[name] = float(ffprobe_json(path, "-show_entries", "format=duration")["format"]["duration"])
        return self.durations[name]

    def run(self) -> None:
        ncc = self.xml(self.ncc.name)
        if ncc is None:
            self.error(self.ncc.name, "ncc.html is missing")
            return
        meta = {m.get("name"): m.get("content", "") for m in ncc.iter(f"{_H}meta") if m.get("name")}
        for name in REQUIRED:
            if not meta.get(name):
                self.error("ncc.html", f"required metadata {name} is missing or empty", "DAISY-META")
        if meta.get("dc:format") not in (None, "", "Daisy 2.02"):
            self.error("ncc.html", f"dc:format is {meta['dc:format']!r}, not 'Daisy 2.02'", "DAISY-META")
        if meta.get("ncc:multimediaType") and meta["ncc:multimediaType"] not in MULTIMEDIA_TYPES:
            self.error("ncc.html", f"ncc:multimediaType {meta['ncc:multimediaType']!r} is not one of {', '.join(MULTIMEDIA_TYPES)}")
        entries = [e for e in ncc.iter() if isinstance(e.tag, str) and (re.fullmatch(rf"{re.escape(_H)}h[1-6]", e.tag)
                   or (e.tag == f"{_H}span" and e.get("class", "").startswith(("page-", "noteref", "sidebar", "optional-prodnote"))))]
        if not entries or entries[0].tag != f"{_H}h1" or entries[0].get("class") != "title":
            self.error("ncc.html", "the first NCC entry must be an h1 of class 'title'")
        smil_order: list[str] = []
        for entry in entries:
            self.target(entry, smil_order)
        total = 0.0
        for name in smil_order:
            total += self.smil(name, total)
        self.compare("ncc.html", "ncc:totalTime", meta.get("ncc:totalTime"), total)
        files = [p for p in self.folder.iterdir() if p.is_file() and not p.name.startswith(".")]
        if meta.get("ncc:files", "").isdigit() and int(meta["ncc:files"]) != len(files):
            self.error("ncc.html", f"ncc:files says {meta['ncc:files']} but the folder holds {len(files)} files")
        if meta.get("ncc:tocItems", "").isdigit() and int(meta["ncc:tocItems"]) != len(entries):
            self.error("ncc.html", f"ncc:tocItems says {meta['ncc:tocItems']} but the NCC lists {len(entries)}")

    def target(self, entry: etree._Element, order: list[str]) -> None:
        link = entry.find(f"{_H}a")
        where = f"ncc.html#{entry.get('id')}"
        if link is None or "#" not in link.get("href", ""):
            self.error(where, "an NCC entry must hold a link to a SMIL par")
            return
        name, fragment = link.get("href").split("#", 1)
        smil = self.xml(name)
        if smil is None:
            self.error(where, f"{name} does not exist")
            return
        if name not in order:
            order.append(name)
        if not smil.xpath("//*[@id=$i][self::par or self::text]", i=fragment):
            self.error(where, f"{name}#{fragment} is not a par or text element")

    def smil(self, name: str, elapsed: float) -> float:
        """Check one SMIL file; returns the duration of its clips in seconds."""
        smil = self.parsed[name]
        meta = {m.get("name"): m.get("content", "") for m in smil.iter("meta")}
        last: dict[str, float] = {}
        total = 0.0
        for par in smil.iter("par"):
            where = f"{name}#{par.get('id')}"
            text = par.find("text")
            if text is None or "#" not in text.get("src", ""):
                self.error(where, "a par must hold a text element with a fragment")
            else:
                page_name, fragment = text.get("src").split("#", 1)
                page = self.xml(page_name)
                if page is None or not page.xpath("//*[@id=$i]", i=fragment):
                    self.error(where, f"its text {page_name}#{fragment} does not exist")
            for audio in par.iter("audio"):
                total += self.clip(where, audio, last)
        self.compare(name, "ncc:timeInThisSmil", meta.get("ncc:timeInThisSmil"), total)
        self.compare(name, "ncc:totalElapsedTime", meta.get("ncc:totalElapsedTime"), elapsed)
        return total

    def clip(self, where: str, audio: etree._Element, last: dict[str, float]) -> float:
        src = audio.get("src", "")
        begin, end = (_NPT.match(audio.get(a, "")) for a in ("clip-begin", "clip-end"))
        if begin is None or end is None:
            self.error(where, "clip-begin and clip-end must be 'npt=<seconds>s'")
            return 0.0
        b, e = float(begin.group(1)), float(end.group(1))
        length = self.audio_seconds(src)
        if length is None:
            self.error(where, f"audio {src} does not exist")
        elif e > length + 0.05:
            self.error(where, f"clip ends at {e:.3f} s, after the end of {src} ({length:.3f} s)")
        if e <= b:
            self.error(where, f"clip ends ({e:.3f} s) before it begins ({b:.3f} s)")
        if b < last.get(src, 0.0) - 0.0005:
            self.error(where, f"clip begins at {b:.3f} s, before the previous clip of {src} ended ({last[src]:.3f} s)")
        last[src] = e
        return e - b

    def compare(self, where: str, name: str, stated: str | None, actual: float) -> None:
        try:
            value = seconds(stated or "")
        except ValueError:
            self.error(where, f"{name} {stated!r} is not a time (h:mm:ss)")
            return
        if abs(value - actual) > 1.0:
            self.error(where, f"{name} says {stated} but the clips add up to {actual:.1f} s")


def check(path: Path) -> list[ToolReport]:
    """The structural check of the DAISY 2.02 book whose NCC is `path`."""
    started = time.monotonic()
    checker = _Checker(path)
    try:
        checker.run()
    except (etree.XMLSyntaxError, ProducerError) as e:
        checker.error(path.name, f"cannot read the book: {e}")
    return [ToolReport(TOOL, checker.findings, seconds=time.monotonic() - started)]
