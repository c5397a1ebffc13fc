"""Reliability (issue 15, case 7): a paragraph of 200,000 characters is spoken sentence by sentence, in bounded memory,
with one read-aloud par and one caption cue per utterance."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.reliability.common import PRODUCER, ROOT, peak_mb

pytestmark = pytest.mark.slow


def _paragraph(size: int) -> str:
    """Real prose (the sample's long paragraphs) run together into one paragraph of about `size` characters."""
    raw = (ROOT / "texts" / "my-life-ch36.txt").read_text(encoding="utf-8").split("\n\n")
    prose = " ".join(p.replace("\n", " ") for p in raw if len(p) > 300 and not re.match(r"\s*\d+\.", p))
    body = prose
    while len(body) < size:
        body += " " + prose
    return body[:size].rsplit(". ", 1)[0] + "."


def test_7_a_200000_character_paragraph(tmp_path: Path) -> None:
    paragraph = _paragraph(200_000)
    source = tmp_path / "long.txt"
    source.write_text(f"CHAPTER I. One Paragraph\n\n{paragraph}\n", encoding="utf-8")
    out = tmp_path / "out"
    largest_mb, _ = peak_mb([PRODUCER, "--quiet", "build", "--formats", "epub,mp3,readaloud", "--out", str(out), str(source)])
    assert largest_mb < 400, f"the largest process took {largest_mb:.0f} MB"
    book = out / "long"
    timeline = json.loads((book / "long.timeline.json").read_text())
    spoken = [u for u in timeline["utterances"] if u.get("text")]
    assert len(spoken) > 500 and max(len(u["text"]) for u in spoken) < 2000  # split for speech
    assert all(u["end_ms"] > u["begin_ms"] for u in timeline["utterances"])
    with zipfile.ZipFile(book / "long-readaloud.epub") as z:
        smil = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".smil"))
        page = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith("chapter-01.xhtml"))
    targets = re.findall(r'<text src="chapter-01\.xhtml#(u\d+)"', smil)
    assert len(targets) == len(set(targets)) >= len(spoken) - 1  # one par per sentence (the heading's aside)
    assert all(f'id="{t}"' in page for t in targets)
    # one cue per utterance, in the chapter's files (a long chapter is cut into parts of at most a few hours)
    captions = "".join(p.read_text(encoding="utf-8") for p in (book / "mp3").glob("*-chapter-i-one-paragraph*.vtt"))
    assert captions.count(" --> ") >= len(spoken)
