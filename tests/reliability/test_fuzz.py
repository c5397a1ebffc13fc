"""Reliability (issue 15, case 20): the reader and the EPUB writer fed arbitrary Unicode never fail with anything but
the project's error, and every EPUB they make is well formed, links only to what exists, and passes EPUBCheck."""

from __future__ import annotations

import io
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

made: list[bytes] = []


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
    data = epub_bytes(doc)
    _well_formed(data)
    if len(made) < 6 and len(doc.chapters[0].blocks) > 1:
        made.append(data)


def test_20_the_fuzzed_epubs_pass_epubcheck(tmp_path: Path) -> None:
    if not made:
        test_20_any_text_is_a_book_or_one_project_error()  # when run alone
    assert made
    for k, data in enumerate(made):
        path = tmp_path / f"fuzz-{k}.epub"
        path.write_bytes(data)
        report = run_epubcheck(path)
        problems = [f for f in report.findings if f.severity in ("error", "warning")]
        assert problems == [], (path, problems)
