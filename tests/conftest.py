"""Shared pytest fixtures: the default voice profile, the sample built once as an audiobook, --update-golden."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from producer.speech.voices import VoiceProfile, load_profile


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from what the writers make now; review the diff before committing it")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def profile() -> VoiceProfile:
    """The default voice profile (voices/default.toml)."""
    return load_profile("default")


@dataclass(frozen=True)
class SampleBuild:
    """The sample's audiobook built once per session by the command a user runs: its folder, out root and cache."""

    folder: Path
    out: Path
    cache: Path
    argv: tuple[str, ...]


@pytest.fixture(scope="session")
def sample_audio(tmp_path_factory: pytest.TempPathFactory) -> SampleBuild:
    from tests.fixtures import ROOT, SAMPLE

    root = tmp_path_factory.mktemp("sample-audio")
    argv = (sys.executable, "-m", "producer", "--quiet", "build", str(SAMPLE), "--formats", "m4b,mp3",
            "--out", str(root / "out"), "--cache", str(root / "cache"))
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr
    return SampleBuild(root / "out" / SAMPLE.stem, root / "out", root / "cache", argv)


def build_sample_as(sample: SampleBuild, out: Path, formats: str) -> Path:
    """The sample built by the CLI in `formats` into `out`, with the session's clip cache (nothing spoken again);
    returns its folder. The build must succeed and place every spoken sentence on its page."""
    from tests.fixtures import ROOT, SAMPLE

    argv = [sys.executable, "-m", "producer", "--quiet", "build", str(SAMPLE), "--formats", formats,
            "--out", str(out), "--cache", str(sample.cache)]
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "readaloud-" not in proc.stderr, proc.stderr  # every sentence placed, no printed text left unspoken
    return out / SAMPLE.stem
