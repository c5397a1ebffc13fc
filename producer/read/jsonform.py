"""The JSON form of a Document (schema "producer.document/1"): writing it and reading it back.

The JSON is both the output of `producer segment` and an input in its own right, so a
person can hand-correct a segmentation; reading it validates every field and reference.
"""

from __future__ import annotations

import json
from typing import Any

from producer.errors import ContentError
from producer.model import (
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
    Text,
)

SCHEMA = "producer.document/1"


def _inline_json(inline: Inline) -> dict[str, str]:
    if isinstance(inline, Text):
        return {"type": "text", "text": inline.text}
    if isinstance(inline, NoteRef):
        return {"type": "noteref", "note": inline.note}
    if isinstance(inline, DocStart):
        return {"type": "doc-start", "document": inline.document}
    return {"type": "doc-end", "document": inline.document}


def to_json(doc: Document) -> dict[str, Any]:
    """The document as JSON-ready data."""
    meta = doc.meta
    return {
        "schema": SCHEMA,
        "meta": {
            "title": meta.title,
            "subtitle": meta.subtitle,
            "author": meta.author,
            "language": meta.language,
            "source": meta.source,
            "complete": meta.complete,
        },
        "chapters": [
            {
                "id": ch.id,
                "number": ch.number,
                "ordinal": ch.ordinal,
                "title": ch.title,
                "blocks": [
                    {
                        "id": b.id,
                        "kind": b.kind,
                        "text": b.text,
                        "line": b.line,
                        "inlines": [_inline_json(i) for i in b.inlines],
                    }
                    for b in ch.blocks
                ],
            }
            for ch in doc.chapters
        ],
        "notes": [
            {
                "id": n.id,
                "label": n.label,
                "text": n.text,
                "author": n.author,
                "refs": list(n.refs),
                "chapter": n.chapter,
                "line": n.line,
            }
            for n in doc.notes
        ],
        "documents": [
            {
                "id": d.id,
                "kind": d.kind,
                "text": d.text,
                "senders": list(d.senders),
                "recipients": list(d.recipients),
                "date": d.date,
                "place": d.place,
                "destination": d.destination,
                "signature": d.signature,
                "shape": d.shape,
                "blocks": list(d.blocks),
                "chapter": d.chapter,
            }
            for d in doc.documents
        ],
        "diagnostics": [
            {
                "code": g.code,
                "severity": g.severity,
                "line": g.line,
                "column": g.column,
                "message": g.message,
            }
            for g in doc.diagnostics
        ],
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
        return Text(r.string(obj, "text", path))
    if kind == "noteref":
        return NoteRef(r.string(obj, "note", path))
    if kind == "doc-start":
        return DocStart(r.string(obj, "document", path))
    if kind == "doc-end":
        return DocEnd(r.string(obj, "document", path))
    raise r.fail(f"{path}.type", f"unknown inline type {kind!r} (text, noteref, doc-start, doc-end)")


def _block(r: _Reader, raw: Any, path: str) -> Block:
    obj = r.obj(raw, path)
    inlines = tuple(
        _inline(r, item, f"{path}.inlines[{i}]") for i, item in enumerate(r.arr(obj.get("inlines", []), f"{path}.inlines"))
    )
    text = "".join(i.text for i in inlines if isinstance(i, Text))
    if not inlines:  # a hand-written block may give only its text
        text = r.string(obj, "text", path)
        inlines = (Text(text),)
    return Block(
        id=r.string(obj, "id", path),
        kind=r.string(obj, "kind", path),
        text=text,
        inlines=inlines,
        line=r.opt_int(obj, "line", path),
    )


def from_json(data: Any, name: str) -> Document:
    """A Document from its JSON form; raises ContentError naming the bad field."""
    r = _Reader(name)
    top = r.obj(data, "$")
    if top.get("schema") != SCHEMA:
        raise r.fail("$.schema", f"expected {SCHEMA!r}")
    m = r.obj(top.get("meta"), "$.meta")
    meta = Meta(
        title=r.string(m, "title", "$.meta"),
        author=r.opt_string(m, "author", "$.meta"),
        subtitle=r.opt_string(m, "subtitle", "$.meta"),
        language=r.opt_string(m, "language", "$.meta") or "en",
        source=r.opt_string(m, "source", "$.meta"),
        complete=bool(m.get("complete", False)),
    )
    chapters = []
    for ci, raw in enumerate(r.arr(top.get("chapters"), "$.chapters")):
        path = f"$.chapters[{ci}]"
        c = r.obj(raw, path)
        blocks = tuple(_block(r, b, f"{path}.blocks[{bi}]") for bi, b in enumerate(r.arr(c.get("blocks"), f"{path}.blocks")))
        chapters.append(
            Chapter(
                id=r.string(c, "id", path),
                number=r.opt_string(c, "number", path),
                ordinal=r.opt_int(c, "ordinal", path),
                title=r.opt_string(c, "title", path),
                blocks=blocks,
            )
        )
    if not chapters:
        raise r.fail("$.chapters", "a document needs at least one chapter")
    notes = []
    for ni, raw in enumerate(r.arr(top.get("notes", []), "$.notes")):
        path = f"$.notes[{ni}]"
        n = r.obj(raw, path)
        notes.append(
            Note(
                id=r.string(n, "id", path),
                label=r.string(n, "label", path),
                text=r.string(n, "text", path),
                author=r.opt_string(n, "author", path),
                refs=r.strings(n, "refs", path),
                chapter=r.opt_string(n, "chapter", path) or chapters[0].id,
                line=r.opt_int(n, "line", path),
            )
        )
    documents = []
    for di, raw in enumerate(r.arr(top.get("documents", []), "$.documents")):
        path = f"$.documents[{di}]"
        d = r.obj(raw, path)
        shape = d.get("shape", "inline")
        if shape not in ("inline", "block"):
            raise r.fail(f"{path}.shape", "expected 'inline' or 'block'")
        documents.append(
            QuotedDocument(
                id=r.string(d, "id", path),
                kind=r.string(d, "kind", path),
                text=r.string(d, "text", path),
                senders=r.strings(d, "senders", path),
                recipients=r.strings(d, "recipients", path),
                date=r.opt_string(d, "date", path),
                place=r.opt_string(d, "place", path),
                destination=r.opt_string(d, "destination", path),
                signature=r.opt_string(d, "signature", path),
                shape=shape,
                blocks=r.strings(d, "blocks", path),
                chapter=r.opt_string(d, "chapter", path) or chapters[0].id,
            )
        )
    diagnostics = []
    for gi, raw in enumerate(r.arr(top.get("diagnostics", []), "$.diagnostics")):
        path = f"$.diagnostics[{gi}]"
        g = r.obj(raw, path)
        severity = g.get("severity")
        if severity not in ("info", "warning", "error"):
            raise r.fail(f"{path}.severity", "expected info, warning or error")
        diagnostics.append(
            Diagnostic(
                code=r.string(g, "code", path),
                severity=severity,
                message=r.string(g, "message", path),
                line=r.opt_int(g, "line", path),
                column=r.opt_int(g, "column", path),
            )
        )
    doc = Document(meta, tuple(chapters), tuple(notes), tuple(documents), tuple(diagnostics))
    _check_references(r, doc)
    return doc


def _check_references(r: _Reader, doc: Document) -> None:
    """Every id is unique and every reference points at something that exists."""
    seen: set[str] = set()
    block_ids: set[str] = set()
    for ci, ch in enumerate(doc.chapters):
        for bi, b in enumerate(ch.blocks):
            if b.id in seen:
                raise r.fail(f"$.chapters[{ci}].blocks[{bi}].id", f"duplicate id {b.id!r}")
            seen.add(b.id)
            block_ids.add(b.id)
        if ch.id in seen:
            raise r.fail(f"$.chapters[{ci}].id", f"duplicate id {ch.id!r}")
        seen.add(ch.id)
    note_ids = {n.id for n in doc.notes}
    doc_ids = {d.id for d in doc.documents}
    for ni, n in enumerate(doc.notes):
        for ref in n.refs:
            if ref not in block_ids:
                raise r.fail(f"$.notes[{ni}].refs", f"no block has the id {ref!r}")
    for di, d in enumerate(doc.documents):
        for ref in d.blocks:
            if ref not in block_ids:
                raise r.fail(f"$.documents[{di}].blocks", f"no block has the id {ref!r}")
    for ci, ch in enumerate(doc.chapters):
        for bi, b in enumerate(ch.blocks):
            for ii, inline in enumerate(b.inlines):
                path = f"$.chapters[{ci}].blocks[{bi}].inlines[{ii}]"
                if isinstance(inline, NoteRef) and inline.note not in note_ids:
                    raise r.fail(path, f"no note has the id {inline.note!r}")
                if isinstance(inline, (DocStart, DocEnd)) and inline.document not in doc_ids:
                    raise r.fail(path, f"no document has the id {inline.document!r}")
