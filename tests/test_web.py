"""Issue 12: the web player of the sample, driven in headless Chromium from file:// (Ace's puppeteer), checked by axe."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from lxml import html

from producer.check.epub import find_ace, find_chromium
from tests.conftest import SampleBuild, build_sample_as
from tests.fixtures import ROOT

pytestmark = pytest.mark.slow
SCRIPT = ROOT / "tests" / "web" / "player_check.cjs"


@pytest.fixture(scope="module")
def web(sample_audio: SampleBuild, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_as(sample_audio, tmp_path_factory.mktemp("web"), "mp3,web") / "web"


def _sync(page: Path) -> dict:  # type: ignore[type-arg]
    found = re.search(r'<script type="application/json" id="sync">(.*?)</script>', page.read_text(encoding="utf-8"), re.DOTALL)
    assert found
    return json.loads(found.group(1).replace("<\\/", "</"))


def _drive(page: Path, seeks: list[tuple[str, int]]) -> dict:  # type: ignore[type-arg]
    ace = find_ace()
    chromium = find_chromium()
    if ace is None or chromium is None:
        pytest.fail("the web player test needs Ace's puppeteer (make ace) and Debian's chromium, as CI has")
    modules = ace.parent.parent
    axe = next(modules.rglob("axe.min.js"))
    env = {**os.environ, "ACE_MODULES": str(modules), "PUPPETEER_EXECUTABLE_PATH": chromium}
    proc = subprocess.run(["node", str(SCRIPT), str(page), str(axe), *(f"{i}:{ms}" for i, ms in seeks)],
                          capture_output=True, text=True, timeout=300, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_seeking_highlights_exactly_that_sentence_and_the_keys_work(web: Path) -> None:
    page = web / "chapter-01.html"
    data = _sync(page)
    pars = data["pars"]
    narrative = next(p for p in pars[1:] if not p[4])
    in_document = next(p for p in pars if p[4] and "doc" in p[4])
    in_note = next(p for p in pars if p[4] and "note" in p[4])
    chosen = [narrative, in_document, in_note, pars[-1]]
    result = _drive(page, [(p[0], p[2] + 1) for p in chosen])
    assert result["errors"] == []
    assert [s["active"] for s in result["seeks"]] == [[p[0]] for p in chosen]
    first_group = next(p for p in pars if p[4])
    assert result["after_next"]["time_ms"] == first_group[2]
    assert result["after_next"]["status"].startswith("Moved to ")
    assert result["playing"] == "Pause" and result["rate"] == 1.5
    assert result["axe"] == []


def test_pages_are_offline_and_linked(web: Path) -> None:
    assert (web / ".ignore").is_file()  # Audiobookshelf does not list its MP3 copies as another book
    index = html.parse(str(web / "index.html")).getroot()
    chapters = index.xpath("//nav//a/@href")
    assert chapters == ["chapter-01.html"]
    for name in chapters:
        page = web / name
        text = page.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text  # nothing fetched from the network
        for audio in _sync(page)["files"]:
            assert (web / audio).is_file()
        sentences = html.parse(str(page)).getroot().xpath("//span[@class='sentence']/@id")
        targets = {p[0] for p in _sync(page)["pars"]}
        assert sentences and set(sentences) <= targets
