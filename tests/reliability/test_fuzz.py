"""Reliability (issue 15, case 20): the reader and the EPUB writer fed arbitrary Unicode never fail with anything but
the project's error, and every EPUB they make is well formed, links only to what exists, and passes EPUBCheck."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from producer.check.epub import run_epubcheck
from producer.epub.writer import epub_bytes
from producer.errors import ProducerError
from producer.read.plaintext import read_text

pytestmark = pytest.mark.slow

TOKENS = ["CHAPTER I", "CHAPTER II. The Ford", "\n\n", "\n", "“", "”", '"', "'", "[1]", "[2]", "1. ", "2. ", "* * *", ":",
          "I wrote to him: ", "My dear Sir,", "Your obedient servant,", "J. SMITH.", "&", "<", ">", "&amp;", "]]>", "—",
          "…", "_italic_", "{3}", "(1)", "ENDNOTES", "\u0000", "\ufffe", "\ud800", "😀", "\u202e", "é", "ß", "Ω", "ﬁ"]

texts = st.one_of(
    st.text(alphabet=st.characters(), max_size=300),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=40).map("".join),
)



def _well_formed(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        ids: dict[str, set[str]] = {}
        links: list[tuple[str, str, str]] = []
        for name in names:
            if name.endswith((".xhtml", ".opf", ".ncx")):
                root = etree.fromstring(z.read(name))  # raises on anything not well formed
                ids[name] = {v for v in root.xpath("//@id")}
                base = name.rsplit("/", 1)[0]
                links += [(name, f"{base}/{href.split('#')[0]}" if href.split("#")[0] else name, href.partition("#")[2])
                          for href in root.xpath("//@href") if not re.match(r"[a-z]+:", href)]
        for page, target, fragment in links:
            assert target in names, f"{page} links to {target}, which is not in the EPUB"
            if fragment and target.endswith(".xhtml"):
                assert fragment in ids[target], f"{page} links to {target}#{fragment}, which is not there"


@settings(max_examples=120, deadline=None)
@given(texts)
def test_20_any_text_is_a_book_or_one_project_error(text: str) -> None:
    try:
        doc = read_text(text, "fuzz.txt")
    except ProducerError:
        return
    _well_formed(epub_bytes(doc))


def test_20_hostile_texts_make_epubs_that_pass_epubcheck(tmp_path: Path) -> None:
    """Six texts drawn (seeded) from the same tokens and odd characters, each with several paragraphs."""
    rng = random.Random(20)
    odd = "".join(chr(c) for c in (0x0, 0x7, 0x85, 0x200B, 0x202E, 0xFEFF, 0xFFFE, 0x1F600, 0xE9, 0x3A9, 0x5D0, 0x4E2D))
    for k in range(6):
        pieces = [rng.choice(TOKENS) if rng.random() < 0.6 else "".join(rng.choices(odd + "abc xyz.,;", k=8)) for _ in range(60)]
        text = "CHAPTER I. Odd Things\n\n" + "\n\n".join("".join(pieces[i:i + 6]) for i in range(0, 60, 6))
        doc = read_text(text, f"fuzz-{k}.txt")
        assert sum(len(ch.blocks) for ch in doc.chapters) > 1
        path = tmp_path / f"fuzz-{k}.epub"
        path.write_bytes(epub_bytes(doc))
        report = run_epubcheck(path)
        problems = [f for f in report.findings if f.severity in ("error", "warning")]
        assert problems == [], (path, problems)
