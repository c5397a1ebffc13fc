"""The JSON form of a Document (schema "producer.document/2"): writing it and reading it back.

The JSON is both the output of `producer segment` and an input in its own right, so a
person can hand-correct a segmentation; reading it validates every field and reference.
Version 2 only adds to version 1: a document's quotation marks on its start and end points
(`"mark"`, no longer inside the neighbouring text runs) and a `signature` inline where an
inline document's signature begins. Version 1 files are still read, and given those parts.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from producer.errors import BadReference, ContentError
from producer.model import (
    BLOCK_KINDS,
    Block,
    Chapter,
    Diagnostic,
    DocEnd,
    DocStart,
    Document,
    Inline,
    Meta,
    Note,
    NoteRef,
    QuotedDocument,
    Signature,
    Text,
    printed,
)
from producer.read.parts import attach_parts

SCHEMA = "producer.document/2"
SCHEMAS = ("producer.document/1", SCHEMA)


def _inline_json(inline: Inline) -> dict[str, Any]:
    if isinstance(inline, Text):
        return {"type": "text", "text": inline.text, **({"emphasis": True} if inline.emphasis else {})}
    if isinstance(inline, NoteRef):
        return {"type": "noteref", "note": inline.note}
    if isinstance(inline, Signature):
        return {"type": "signature", "document": inline.document}
    kind = "doc-start" if isinstance(inline, DocStart) else "doc-end"
    return {"type": kind, "document": inline.document, **({"mark": inline.mark} if inline.mark else {})}


def to_json(doc: Document) -> dict[str, Any]:
    """The document as JSON-ready data."""
    meta = doc.meta
    return {
        "schema": SCHEMA,
        "meta": {"title": meta.title, "subtitle": meta.subtitle, "author": meta.author, "language": meta.language,
                 "source": meta.source, "complete": meta.complete, "year": meta.year,
                 **({"foreign": dict(meta.foreign)} if meta.foreign else {})},
        "chapters": [_chapter_json(ch) for ch in doc.chapters],
        "notes": [{"id": n.id, "label": n.label, "text": n.text, "author": n.author, "refs": list(n.refs), "chapter": n.chapter,
                   "line": n.line} for n in doc.notes],
        "documents": [_document_json(d) for d in doc.documents],
        "diagnostics": [{"code": g.code, "severity": g.severity, "line": g.line, "column": g.column, "message": g.message}
                        for g in doc.diagnostics],
    }


def _chapter_json(ch: Chapter) -> dict[str, Any]:
    return {
        "id": ch.id, "number": ch.number, "ordinal": ch.ordinal, "title": ch.title,
        **({"part": ch.part} if ch.part else {}),
        **({"label": ch.label} if ch.label != "Chapter" else {}),
        "blocks": [{"id": b.id, "kind": b.kind, "text": b.text, "line": b.line, "inlines": [_inline_json(i) for i in b.inlines]}
                   for b in ch.blocks],
    }


def _document_json(d: QuotedDocument) -> dict[str, Any]:
    return {
        "id": d.id, "kind": d.kind, "text": d.text, "senders": list(d.senders), "recipients": list(d.recipients), "date": d.date,
        "place": d.place, "destination": d.destination, "signature": d.signature, "shape": d.shape, "blocks": list(d.blocks),
        "chapter": d.chapter, **({"evidence": dict(d.evidence)} if d.evidence else {}),
    }


def dumps(doc: Document) -> str:
    """The document as indented JSON text, ending in a newline."""
    return json.dumps(to_json(doc), ensure_ascii=False, indent=1) + "\n"


class _Reader:
    """Typed access to JSON values; every failure names the JSON path and the fix."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, path: str, what: str) -> ContentError:
        return ContentError(f"{self.name}: {path}: {what}; fix it or re-create the file with `producer segment`")

    def obj(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "expected an object")
        return value

    def arr(self, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, "expected a list")
        return value

    def string(self, obj: dict[str, Any], key: str, path: str) -> str:
        value = obj.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "expected a string")
        return value

    def opt_string(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "expected a string or null")
        return value

    def opt_int(self, obj: dict[str, Any], key: str, path: str) -> int | None:
        value = obj.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise self.fail(f"{path}.{key}", "expected a whole number or null")
        return value

    def strings(self, obj: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = obj.get(key) or []
        items = self.arr(value, f"{path}.{key}")
        if not all(isinstance(v, str) for v in items):
            raise self.fail(f"{path}.{key}", "expected a list of strings")
        return tuple(items)


def _inline(r: _Reader, raw: Any, path: str) -> Inline:
    obj = r.obj(raw, path)
    kind = obj.get("type")
    if kind == "text":
        emphasis = obj.get("emphasis", False)
        if not isinstance(emphasis, bool):
            raise r.fail(f"{path}.emphasis", "expected true or false")
        return Text(r.string(obj, "text", path), emphasis)
    if kind == "noteref":
        return NoteRef(r.string(obj, "note", path))
    if kind == "doc-start":
        return DocStart(r.string(obj, "document", path), r.opt_string(obj, "mark", path) or "")
    if kind == "doc-end":
        return DocEnd(r.string(obj, "document", path), r.opt_string(obj, "mark", path) or "")
    if kind == "signature":
        return Signature(r.string(obj, "document", path))
    raise r.fail(f"{path}.type", f"unknown inline type {kind!r} (text, noteref, doc-start, doc-end, signature)")


def _block(r: _Reader, raw: Any, path: str) -> Block:
    obj = r.obj(raw, path)
    inlines = tuple(
        _inline(r, item, f"{path}.inlines[{i}]") for i, item in enumerate(r.arr(obj.get("inlines", []), f"{path}.inlines"))
    )
    text = "".join(printed(i) for i in inlines)
    if not inlines:  # a hand-written block may give only its text
        text = r.string(obj, "text", path)
        inlines = (Text(text),) if text else ()
    kind = r.string(obj, "kind", path)
    if kind not in BLOCK_KINDS:
        raise r.fail(f"{path}.kind", f"unknown block kind {kind!r} ({', '.join(BLOCK_KINDS)})")
    return Block(
        id=r.string(obj, "id", path),
        kind=kind,  # type: ignore[arg-type]
        text=text,
        inlines=inlines,
        line=r.opt_int(obj, "line", path),
    )


def from_json(data: Any, name: str) -> Document:
    """A Document from its JSON form; raises ContentError naming the bad field."""
    r = _Reader(name)
    top = r.obj(data, "$")
    if top.get("schema") not in SCHEMAS:
        raise r.fail("$.schema", f"expected {SCHEMA!r} (or {SCHEMAS[0]!r})")
    m = r.obj(top.get("meta"), "$.meta")
    meta = Meta(
        title=r.string(m, "title", "$.meta"),
        author=r.opt_string(m, "author", "$.meta"),
        subtitle=r.opt_string(m, "subtitle", "$.meta"),
        language=r.opt_string(m, "language", "$.meta") or "en",
        source=r.opt_string(m, "source", "$.meta"),
        complete=bool(m.get("complete", False)),
        year=r.opt_int(m, "year", "$.meta"),
        foreign=_foreign(r, m),
    )
    chapters = [_chapter(r, raw, f"$.chapters[{ci}]") for ci, raw in enumerate(r.arr(top.get("chapters"), "$.chapters"))]
    if not chapters:
        raise r.fail("$.chapters", "a document needs at least one chapter")
    notes = [_note(r, raw, f"$.notes[{ni}]", chapters[0].id) for ni, raw in enumerate(r.arr(top.get("notes", []), "$.notes"))]
    documents = [_document(r, raw, f"$.documents[{di}]", chapters[0].id)
                 for di, raw in enumerate(r.arr(top.get("documents", []), "$.documents"))]
    diagnostics = [_diagnostic(r, raw, f"$.diagnostics[{gi}]") for gi, raw in enumerate(r.arr(top.get("diagnostics", []), "$.diagnostics"))]
    if top["schema"] == SCHEMAS[0]:  # version 1 kept the quotation marks in the text runs
        chapters = [replace(ch, blocks=attach_parts(ch.blocks, documents)) for ch in chapters]
    try:
        return Document(meta, tuple(chapters), tuple(notes), tuple(documents), tuple(diagnostics))
    except BadReference as e:
        raise r.fail(f"$.{e.where}", e.what) from None


def _chapter(r: _Reader, raw: Any, path: str) -> Chapter:
    c = r.obj(raw, path)
    blocks = tuple(_block(r, b, f"{path}.blocks[{bi}]") for bi, b in enumerate(r.arr(c.get("blocks"), f"{path}.blocks")))
    return Chapter(id=r.string(c, "id", path), number=r.opt_string(c, "number", path), ordinal=r.opt_int(c, "ordinal", path),
                   title=r.opt_string(c, "title", path), blocks=blocks, part=r.opt_string(c, "part", path),
                   label=r.opt_string(c, "label", path) or "Chapter")


def _note(r: _Reader, raw: Any, path: str, first_chapter: str) -> Note:
    n = r.obj(raw, path)
    return Note(id=r.string(n, "id", path), label=r.string(n, "label", path), text=r.string(n, "text", path),
                author=r.opt_string(n, "author", path), refs=r.strings(n, "refs", path),
                chapter=r.opt_string(n, "chapter", path) or first_chapter, line=r.opt_int(n, "line", path))


def _document(r: _Reader, raw: Any, path: str, first_chapter: str) -> QuotedDocument:
    d = r.obj(raw, path)
    shape = d.get("shape", "inline")
    if shape not in ("inline", "block"):
        raise r.fail(f"{path}.shape", "expected 'inline' or 'block'")
    return QuotedDocument(
        id=r.string(d, "id", path), kind=r.string(d, "kind", path), text=r.string(d, "text", path),
        senders=r.strings(d, "senders", path), recipients=r.strings(d, "recipients", path), date=r.opt_string(d, "date", path),
        place=r.opt_string(d, "place", path), destination=r.opt_string(d, "destination", path),
        signature=r.opt_string(d, "signature", path), shape=shape, blocks=r.strings(d, "blocks", path),
        chapter=r.opt_string(d, "chapter", path) or first_chapter, evidence=_evidence(r, d, path),
    )


def _foreign(r: _Reader, m: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    raw = m.get("foreign", {})
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise r.fail("$.meta.foreign", 'expected an object of phrases to languages, e.g. {"Che-Ka": "ru-Latn"}')
    return tuple(raw.items())


def _evidence(r: _Reader, d: dict[str, Any], path: str) -> tuple[tuple[str, str], ...]:
    raw = d.get("evidence", {})
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise r.fail(f"{path}.evidence", 'expected an object of field names to sources, e.g. {"senders": "signature"}')
    return tuple(raw.items())


def _diagnostic(r: _Reader, raw: Any, path: str) -> Diagnostic:
    g = r.obj(raw, path)
    severity = g.get("severity")
    if severity not in ("info", "warning", "error"):
        raise r.fail(f"{path}.severity", "expected info, warning or error")
    return Diagnostic(code=r.string(g, "code", path), severity=severity, message=r.string(g, "message", path),
                      line=r.opt_int(g, "line", path), column=r.opt_int(g, "column", path))
