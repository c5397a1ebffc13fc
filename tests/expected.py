"""Matching a segmentation against an expected.json, by the rules in the sample's `_about`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})


def fold(text: str | None) -> str:
    """Fold quotation marks (either direction, curly or straight), Gutenberg's italics underscores, the typography
    pass's ellipses and dashes (as the source set them or as a book sets them), and spaces; drop note markers ('NEWBY
    HALL,[66]' as printed is 'NEWBY HALL,' in a document's text, its marker a link)."""
    text = re.sub(r"\[\d{1,3}\]", "", text or "").translate(_QUOTES).replace('"', "").replace("'", "").replace("_", "").replace("…", "...")
    text = re.sub(r"\s*(?:--|[–—])\s*", " - ", re.sub(r"\s*\.\.\.\s*", " ... ", text))
    return re.sub(r"\s+", " ", text).strip().lower()


def same_party(reported: str, listed: str) -> bool:
    """One person or body, compared by words, never as substrings ('Pell' is not in 'Pellew'): the same words, the same
    surname ('Sir Arthur Pell' is 'Pell'), or a one-word listed name that is the reported one's head noun
    ('Commandant' for 'Commandant of the Fortress')."""
    a, b = fold(reported).split(), fold(listed).split()
    if not a or not b:
        return False
    return a == b or a[-1].strip(".,") == b[-1].strip(".,") or (len(b) == 1 and a[0] == b[0])


def _names_ok(expected: list[str] | None, got: Any) -> bool:
    """One of the reported names (or the place) is one of the listed ones (see same_party)."""
    if expected is None:
        return True
    values = got if isinstance(got, list) else ([got] if got else [])
    return any(same_party(v, name) for v in values for name in expected)


def _doc_matches(exp: dict[str, Any], doc: dict[str, Any]) -> bool:
    """The document's text, or one of its first three paragraphs (after a heading or salutation line), begins as expected;
    or its first paragraph does from where the document starts. An annotation gives the words from the first one as the
    book prints them, and those may hold narration that the text leaves out ('The discipline," he wrote, "cannot')."""
    heads = [doc["text"], *doc["text"].split("\n\n")[1:3], doc.get("_source", "")]
    return any(fold(h).startswith(fold(s)) for s in exp["starts"] for h in heads if h)


def _pairs(expected: dict[str, Any], docs: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """For each annotated document, the reported one it describes (or None), each reported one used once: first by a
    start no other annotated document lists (its own words), then by one they share ('TO SIR HORACE MANN.' over five
    letters), so that a missed letter does not take the next one's match; in each round the required documents before the
    optional ones (a fragment read before the whole letter starts as it does)."""
    annotated = expected.get("documents", [])
    free = list(docs)
    pairs: list[dict[str, Any] | None] = [None] * len(annotated)
    order = sorted(range(len(annotated)), key=lambda k: bool(annotated[k].get("optional")))  # the required choose first
    for own_words in (True, False):
        for k in order:
            exp = annotated[k]
            if pairs[k] is not None:
                continue
            shared = {fold(s) for e in annotated if e is not exp for s in e["starts"]}
            starts = [s for s in exp["starts"] if fold(s) not in shared] if own_words else exp["starts"]
            pairs[k] = next((d for d in free if starts and _doc_matches({**exp, "starts": starts}, d)), None)
            if pairs[k] is not None:
                free.remove(pairs[k])
    return pairs


def _with_sources(got: dict[str, Any]) -> list[dict[str, Any]]:
    """The documents, each with '_source': its first block's text from the document's start to the block's end."""
    starts: dict[str, str] = {}
    for chapter in got["chapters"]:
        for block in chapter["blocks"]:
            pos = 0
            for inline in block.get("inlines", []):
                if inline["type"] == "text":
                    pos += len(inline["text"])
                elif inline["type"] == "doc-start" and inline["document"] not in starts:
                    starts[inline["document"]] = block["text"][pos:]
    return [{**d, "_source": starts.get(d["id"], "")} for d in got["documents"]]


def problems(got: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Everything in `got` (segment JSON) that breaks `expected`; empty when it matches."""
    out: list[str] = []
    meta = got["meta"]
    for key in ("title", "author"):
        if expected.get(key) and fold(expected[key]) != fold(meta.get(key)):
            out.append(f"meta {key}: expected {expected[key]!r}, got {meta.get(key)!r}")
    for i, ch in enumerate(expected.get("chapters", [])):
        if i >= len(got["chapters"]):
            out.append(f"chapter {i + 1} missing")
            continue
        g = got["chapters"][i]
        for key in ("number", "ordinal", "title"):
            if key in ch and ch[key] is not None and fold(str(ch[key])) != fold(str(g.get(key))):
                out.append(f"chapter {i + 1} {key}: expected {ch[key]!r}, got {g.get(key)!r}")
    if "chapters" in expected and len(expected["chapters"]) != len(got["chapters"]):
        out.append(f"expected {len(expected['chapters'])} chapters, got {len(got['chapters'])}")
    notes = list(got["notes"])
    for n in expected.get("notes", []):
        match = next((g for g in notes if n["label"] in (None, g["label"]) and fold(g["text"]).startswith(fold(n["text_starts"]))), None)
        if match is None:  # a note printed without a label may get any (as in measures())
            out.append(f"note {n['label']} starting {n['text_starts']!r} not found")
            continue
        notes.remove(match)
        if "author_tag" in n and fold(n["author_tag"]) != fold(match["author"]):
            out.append(f"note {n['label']}: author {match['author']!r}, expected {n['author_tag']!r}")
        if "text_ends" in n and not fold(match["text"]).rstrip(".,;:!? ").endswith(fold(n["text_ends"]).rstrip(".,;:!? ")):
            out.append(f"note {n['label']}: ends {match['text'][-40:]!r}, expected {n['text_ends']!r}")
        if "chapter" in n:
            number = next((c["number"] for c in got["chapters"] if c["id"] == match["chapter"]), None)
            if fold(str(number)) != fold(n["chapter"]):
                out.append(f"note {n['label']}: in chapter {number!r}, expected {n['chapter']!r}")
    if "notes" in expected and len(got["notes"]) != len(expected["notes"]):
        out.append(f"expected {len(expected['notes'])} notes, got {len(got['notes'])}")
    # "known_misses": fields a case's author expects that the reader does not find yet, listed
    # openly in the case (document start + field) rather than deleted from it
    misses = {(m["starts"], m["field"]) for m in expected.get("known_misses", [])}
    docs = _with_sources(got)
    for exp, match in zip(expected.get("documents", []), _pairs(expected, docs), strict=True):
        if match is None:
            if not exp.get("optional"):
                out.append(f"document starting {exp['starts'][0]!r} not found")
            continue
        docs.remove(match)
        label = exp["starts"][0][:30]
        if exp.get("ends"):
            def tail(t: str) -> str:
                return fold(t).rstrip(".,;:!?… ")

            full = match["text"] + " " + (match.get("signature") or "")
            if not any(tail(match["text"]).endswith(tail(e)) or tail(full).endswith(tail(e)) for e in exp["ends"]):
                out.append(f"document {label!r}: ends {match['text'][-50:]!r}, expected one of {exp['ends']}")
        if exp.get("kind") and not exp.get("optional") and exp["kind"] != match["kind"]:
            out.append(f"document {label!r}: kind {match['kind']!r}, expected {exp['kind']!r}")
        for key in ("senders", "recipients", "place", "destination"):
            if (exp["starts"][0], key) in misses:
                continue
            if not _names_ok(exp.get(key), match.get(key)):
                out.append(f"document {label!r}: {key} {match.get(key)!r}, expected one of {exp[key]}")
        if exp.get("date") is not None and (exp["starts"][0], "date") not in misses and exp["date"] != match["date"]:
            out.append(f"document {label!r}: date {match['date']!r}, expected {exp['date']!r}")
        for key in ("signature", "shape"):
            options = exp.get(key)
            if isinstance(options, str):
                options = [options]
            if options is not None and not any(fold(o).rstrip(".") in fold(match.get(key)) for o in options):
                out.append(f"document {label!r}: {key} {match.get(key)!r}, expected {exp[key]!r}")
    for d in docs:
        out.append(f"unexpected document {d['kind']} starting {d['text'][:50]!r}")
    blocks = [b for ch in got["chapters"] for b in ch["blocks"]]
    for start in expected.get("dialogue_starts", []):
        b = next((b for b in blocks if fold(b["text"]).startswith(fold(start))), None)
        if b is None or b["kind"] != "dialogue":
            out.append(f"paragraph {start!r} should be dialogue, is {b and b['kind']}")
    for start in expected.get("not_documents", []):
        if any(fold(d["text"]).startswith(fold(start)) for d in got["documents"]):
            out.append(f"{start!r} must not be a document")
    for w in expected.get("expected_warnings", []):
        if not any(w["code_contains"] in g["code"] and g["severity"] == "warning" and (w.get("line") is None or g["line"] == w["line"])
                   and w.get("message_contains", "") in g["message"] for g in got["diagnostics"]):
            out.append(f"expected warning {w}")
    texts = [b["text"] for b in blocks] + [n["text"] for n in got["notes"]]
    for needle in expected.get("expected_text", []):
        if not any(needle in t for t in texts):
            out.append(f"text {needle!r} not found verbatim")
    for needle in expected.get("unexpected_text", []):
        if any(needle in t for t in texts):
            out.append(f"text {needle!r} should not be there")
    if "paragraph_count" in expected and expected["paragraph_count"] != len(blocks):
        out.append(f"expected {expected['paragraph_count']} paragraphs, got {len(blocks)}")
    labels = {n["id"]: n["label"] for n in got["notes"]}
    for ref in expected.get("note_refs", []):
        if not any(_ref_after(b["inlines"], labels, ref["label"], ref["after"]) for b in blocks):
            out.append(f"note reference [{ref['label']}] not found after {ref['after']!r}")
    return out


def _ref_after(inlines: list[dict[str, Any]], labels: dict[str, str], label: str, after: str) -> bool:
    """A reference to a note labelled `label` right after text ending with `after`."""
    before = ""
    for inline in inlines:
        if inline["type"] == "text":
            before += inline["text"]
        elif inline["type"] == "noteref" and labels.get(inline["note"]) == label and fold(before).endswith(fold(after)):
            return True
    return False


def _doc_checks(exp: dict[str, Any]) -> int:
    """The checks one expected document stands for: found, and each field it states."""
    fields = sum(1 for key in ("ends", "senders", "recipients", "place", "destination", "date", "signature", "shape")
                 if exp.get(key) is not None)
    return (0 if exp.get("optional") else 1) + fields + (1 if exp.get("kind") and not exp.get("optional") else 0)


def check_count(expected: dict[str, Any]) -> int:
    """How many checks `problems` makes for `expected`: one per document found and per field it states, and so on."""
    total = 0
    for exp in expected.get("documents", []):
        total += _doc_checks(exp)
    for n in expected.get("notes", []):
        total += 1 + sum(1 for key in ("author_tag", "text_ends", "chapter") if key in n)
    total += len(expected.get("chapters", [])) * 3 + len(expected.get("dialogue_starts", []))
    total += len(expected.get("not_documents", [])) + len(expected.get("expected_warnings", []))
    return total + 2  # title and author


def score(got: dict[str, Any], expected: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(checks passed, checks made, problems).

    A missed document fails all its checks (its fields too), so finding it never lowers
    the score; a false document counts as one more failed check.
    """
    found = problems(got, expected)
    failed = 0
    for p in found:
        exp = next((e for e in expected.get("documents", []) if p == f"document starting {e['starts'][0]!r} not found"), None)
        failed += _doc_checks(exp) if exp else 1
    total = check_count(expected) + sum(1 for p in found if p.startswith("unexpected document"))
    return max(0, total - failed), total, found


# -- the four measures of the reader issue, for real annotated chapters (tests/corpus/) -----------

FIELDS = ("senders", "recipients", "date", "place", "destination")


@dataclass
class Measures:
    """Counts behind: notes found (with text and author tag), documents F1, fields found, field precision."""

    notes_expected: int = 0
    notes_found: int = 0
    docs_expected: int = 0  # not optional
    docs_reported: int = 0  # not matching an optional one
    docs_matched: int = 0  # expected (not optional) and found
    fields_expected: int = 0
    fields_found: int = 0
    fields_given: int = 0
    fields_right: int = 0

    def add(self, other: Measures) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | None]:
        """notes, documents F1, fields found, field precision (None where nothing was there to measure)."""
        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        precision, recall = ratio(self.docs_matched, self.docs_reported), ratio(self.docs_matched, self.docs_expected)
        f1 = (2 * precision * recall / (precision + recall) if precision and recall else 0.0) \
            if precision is not None and recall is not None else None
        return {"notes": ratio(self.notes_found, self.notes_expected), "documents_f1": f1,
                "fields_found": ratio(self.fields_found, self.fields_expected),
                "field_precision": ratio(self.fields_right, self.fields_given)}


def _surnames(names: Any) -> set[str]:
    return {fold(n).split()[-1] for n in (names or []) if fold(n)}


def _field_right(key: str, expected: Any, got: Any) -> bool:
    """Exact comparison: every name given is one listed (by surname), dates as strings, places equal to one listed."""
    if key in ("senders", "recipients"):  # the listed names are alternatives (one person may be named two ways)
        return bool(_surnames(got)) and _surnames(got) <= _surnames(expected)
    if key == "date":
        return expected == got
    options = expected if isinstance(expected, list) else [expected]
    return any(fold(o) == fold(got) for o in options)


def measures(got: dict[str, Any], expected: dict[str, Any]) -> Measures:
    """The four measures' counts for one chapter: `got` is segment JSON, `expected` its annotation."""
    m = Measures()
    notes = list(got["notes"])
    for n in expected.get("notes", []):
        m.notes_expected += 1
        match = next((g for g in notes if n["label"] in (None, g["label"]) and fold(g["text"]).startswith(fold(n["text_starts"]))), None)
        if match is not None:  # a note printed without a label may get any
            notes.remove(match)
            m.notes_found += fold(n.get("author_tag")) == fold(match.get("author"))
    docs = _with_sources(got)
    for exp, match in zip(expected.get("documents", []), _pairs(expected, docs), strict=True):
        if match is not None:
            docs.remove(match)
        if exp.get("optional"):
            continue
        m.docs_expected += 1
        if match is None:
            continue
        m.docs_matched += 1
        m.docs_reported += 1
        for key in FIELDS:
            value = match.get(key)
            given = bool(value)
            stated = exp.get(key) is not None
            m.fields_expected += stated
            m.fields_given += given
            right = stated and given and _field_right(key, exp[key], value)
            m.fields_found += right
            m.fields_right += right
    m.docs_reported += len(docs)  # reported documents that match no expected one are spurious
    return m
