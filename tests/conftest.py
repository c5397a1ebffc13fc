"""Shared pytest fixtures: the default voice profile, and the --update-golden switch."""

from __future__ import annotations

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
