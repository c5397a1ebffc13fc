"""Small XHTML building blocks: namespaced elements, safe ids, the page skeleton, serialization."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeAlias

from lxml import etree

from producer.epub.lexicon import Lexicon
from producer.speech.abbreviations import LATIN, TITLES

XHTML_NS = "http://www.w3.org/1999/xhtml"
OPS_NS = "http://www.idpf.org/2007/ops"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NSMAP = {None: XHTML_NS, "epub": OPS_NS}
Z3998_PREFIX = "z3998: http://www.daisy.org/z3998/2012/vocab/structure/#"  # letters, salutations, signatures, numerals

Element: TypeAlias = etree._Element

# Characters XML 1.0 cannot hold; a hand-edited JSON form may carry them, and lxml would raise.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """`text` without the characters XML cannot represent."""
    return _NOT_XML.sub("", text)


def _attr_name(name: str) -> str:
    """'epub:type' -> Clark name; 'xml:lang' -> Clark name; anything else unchanged."""
    if name.startswith("epub:"):
        return f"{{{OPS_NS}}}{name[5:]}"
    if name == "xml:lang":
        return XML_LANG
    return name


def el(parent: Element | None, tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> Element:
    """A new XHTML element (appended to `parent` when given) with attributes and text."""
    qname = f"{{{XHTML_NS}}}{tag}"
    attributes = {_attr_name(k): clean(v) for k, v in (attrs or {}).items()}
    node = etree.Element(qname, attributes, nsmap=NSMAP) if parent is None else etree.SubElement(parent, qname, attributes)
    if text:
        node.text = clean(text)
    return node


def add_text(parent: Element, text: str) -> None:
    """Append text at the end of `parent` (after its last child, if any)."""
    text = clean(text)
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


# the speech's own table: what the page marks as an abbreviation, the speech expands
_ABBREVIATION = re.compile(r"(?<![\w.&])(?:" + "|".join(re.escape(k) for k in sorted([*TITLES, *LATIN], key=len, reverse=True))
                           + r")(?!\w)")


@dataclass(frozen=True, slots=True)
class Phrases:
    """Phrases marked up wherever they stand: each as an element with attributes (phrase -> (tag, attributes)).
    A book's foreign phrases (the sidecar's `foreign` table: `lang` and `xml:lang`, so reading systems and screen
    readers voice them in their language), and within one line of a letter its date and its sender."""

    marks: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    @staticmethod
    def of(marks: dict[str, tuple[str, dict[str, str]]]) -> Phrases:
        if not marks:
            return Phrases()
        phrases = sorted(marks, key=len, reverse=True)
        return Phrases(marks, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)"))

    @staticmethod
    def foreign(pairs: tuple[tuple[str, str], ...]) -> Phrases:
        """The sidecar's foreign phrases, each in a span of its language."""
        return Phrases.of({phrase: ("span", {"lang": tag, "xml:lang": tag}) for phrase, tag in pairs})

    def adding(self, marks: dict[str, tuple[str, dict[str, str]]]) -> Phrases:
        """These phrases and `marks`."""
        return Phrases.of({**self.marks, **marks}) if marks else self


def add_words(parent: Element, text: str, phrases: Phrases | None = None) -> None:
    """`add_text`, with marked phrases (see Phrases) as their elements, and ranks, titles and Latin abbreviations
    marked as `<abbr>` ("Gen.", "Mr.", "i.e."): a title before a name is `z3998:name-title`, a Latin one carries its
    meaning ("that is") for readers that show it."""
    pos = 0
    if phrases is not None and phrases.pattern is not None:
        for m in phrases.pattern.finditer(text):
            _abbreviated(parent, text[pos: m.start()])
            tag, attrs = phrases.marks[m.group(0)]
            el(parent, tag, attrs, m.group(0))
            pos = m.end()
    _abbreviated(parent, text[pos:])


def _abbreviated(parent: Element, text: str) -> None:
    pos = 0
    for m in _ABBREVIATION.finditer(text):
        add_text(parent, text[pos: m.start()])
        word = m.group(0)
        attrs = {"title": LATIN[word]} if word in LATIN else {"epub:type": "z3998:name-title"}
        el(parent, "abbr", attrs, word)
        pos = m.end()
    add_text(parent, text[pos:])


@dataclass
class IdMaker:
    """Turns model ids (which a hand-edited JSON may fill with anything) into unique XML ids."""

    used: set[str] = field(default_factory=set)
    assigned: dict[tuple[str, str], str] = field(default_factory=dict)

    @staticmethod
    def safe(raw: str) -> str:
        """`raw` with everything but ASCII letters, digits, '_' and '-' replaced by '-'."""
        return re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-") or "x"

    def get(self, prefix: str, raw: str) -> str:
        """The XML id for (`prefix`, `raw`); the same pair always gives the same id."""
        key = (prefix, raw)
        if key in self.assigned:
            return self.assigned[key]
        base = f"{prefix}-{self.safe(raw)}" if prefix else self.safe(raw)
        if not re.match(r"[A-Za-z]", base):
            base = f"id-{base}"
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        self.assigned[key] = candidate
        return candidate

    def fresh(self, base: str) -> str:
        """A new id not used before, starting from `base`."""
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate


@dataclass(slots=True)
class PageStyle:
    """What content documents link: the stylesheet, and each pronunciation lexicon from the pages holding its words.

    `linked` collects the lexicons some page linked, the ones the package must hold."""

    css_href: str
    lexicons: tuple[Lexicon, ...] = ()
    linked: set[str] = field(default_factory=set)

    @staticmethod
    def href(lexicon: Lexicon) -> str:
        return f"lexicon/{lexicon.name}"


def page(title: str, lang: str, style: PageStyle, body_type: str | None = None) -> tuple[Element, Element]:
    """An XHTML page skeleton; returns (html, body). `lang` goes on both lang and xml:lang."""
    html = el(None, "html", {"lang": lang, "xml:lang": lang, "epub:prefix": Z3998_PREFIX})
    head = el(html, "head")
    el(head, "meta", {"charset": "utf-8"})
    el(head, "title", None, title)
    el(head, "link", {"rel": "stylesheet", "type": "text/css", "href": style.css_href})
    body = el(html, "body", {"epub:type": body_type} if body_type else None)
    return html, body


def serialize(html: Element, style: PageStyle) -> bytes:
    """The page as UTF-8 XHTML with an XML declaration and the HTML doctype, linking the lexicons its text uses."""
    if style.lexicons:
        text = "".join(html[1].itertext())
        head = html[0]
        for lexicon in style.lexicons:
            if lexicon.used_in(text):
                href = style.href(lexicon)
                el(head, "link", {"rel": "pronunciation", "type": "application/pls+xml", "hreflang": lexicon.language, "href": href})
                style.linked.add(lexicon.name)
    return etree.tostring(html, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>", pretty_print=True)
