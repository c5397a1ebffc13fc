"""Golden outputs of every writer for the sample (issue 10): refreshed only with `pytest --update-golden`, reviewed as diffs.

The chapter XHTML, nav and OPF of the EPUB (with a fixed SOURCE_DATE_EPOCH), the speech script,
and the timeline as structure: its tracks, marks and utterances with their ids, roles and order
exactly, and each utterance's length within a tolerance. Through pyttsx3 a clip now and then
comes out at the previous utterance's rate (about 6%, more often under load); libespeak-ng
directly gives the same clips on every run, so the golden timeline is made with the `espeak`
engine, by one worker, in script order; the tolerance covers other eSpeak NG builds.
"""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from producer.audio.plan import plan_tracks
from producer.audio.timeline import timeline
from producer.commands.script import format_script
from producer.epub.lexicon import find_lexicons
from producer.epub.writer import epub_bytes
from producer.read import load
from producer.speech.script import build_script
from producer.speech.synth import synthesize
from producer.speech.voices import load_profile
from tests.fixtures import ROOT, SAMPLE

GOLDEN = ROOT / "tests" / "golden" / "my-life-ch36"
LENGTH_TOLERANCE = 0.02  # of an utterance's length, plus 50 ms


def _compare(name: str, made: str, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(made, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run pytest --update-golden and review it"
    assert made == path.read_text(encoding="utf-8"), f"{name} differs from {path}: review the change, then --update-golden"


@pytest.mark.parametrize("member", ["chapter-01.xhtml", "endnotes.xhtml", "nav.xhtml", "content.opf"])
def test_epub_files_match_golden(member: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = epub_bytes(load(SAMPLE), find_lexicons(SAMPLE))
    made = zipfile.ZipFile(BytesIO(data)).read(f"EPUB/{member}").decode("utf-8")
    _compare(member, made, update_golden)


def test_speech_script_matches_golden(update_golden: bool) -> None:
    _compare("script.txt", format_script(build_script(load(SAMPLE), load_profile("default"))), update_golden)


def _structure(data: dict[str, Any]) -> dict[str, Any]:
    """The timeline without its times."""
    return {
        "tracks": [(t["number"], t["title"], t["section"], t["chapter"], [m["title"] for m in t["marks"]]) for t in data["tracks"]],
        "utterances": [(u["id"], u["role"], u["block"], u["document"], u["note"], u["track"]) for u in data["utterances"]],
        "documents": [d["id"] for d in data["documents"]],
        "notes": [n["id"] for n in data["notes"]],
    }


def _times(data: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(u["id"], u["begin_ms"], u["end_ms"]) for u in data["utterances"]]


@pytest.mark.slow
def test_timeline_matches_golden(update_golden: bool, tmp_path: Path) -> None:
    doc, profile = load(SAMPLE), load_profile("direct")
    script = build_script(doc, profile)
    tracks = plan_tracks(doc, script, synthesize(script, profile, tmp_path, jobs=1, quiet=True), tail_ms=2000)
    made = timeline(doc.meta.title, tracks, [f"mp3/{t.name}.mp3" for t in tracks], None, None, {})
    path = GOLDEN / "timeline.json"
    if update_golden:
        path.write_text(json.dumps({"structure": _structure(made), "times": _times(made)}, ensure_ascii=False, indent=0) + "\n")
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert json.loads(json.dumps(_structure(made))) == golden["structure"]
    for (uid, begin, end), (_, want_begin, want_end) in zip(_times(made), golden["times"], strict=True):
        assert abs((end - begin) - (want_end - want_begin)) <= LENGTH_TOLERANCE * (want_end - want_begin) + 50, uid
