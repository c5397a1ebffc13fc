"""Voice profiles (issue 4): typed loading, lookup order, extends, file:line errors, the shipped copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from producer.errors import ContentError, UsageError
from producer.speech.voices import ROLES, Pauses, Voice, list_profiles, load_profile
from tests.fixtures import ROOT


def write(folder: Path, name: str, text: str) -> Path:
    (folder / "voices").mkdir(exist_ok=True)
    path = folder / "voices" / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_profile_has_every_role_and_distinct_voices():
    profile = load_profile("default")
    assert set(profile.roles) == set(ROLES)
    assert all(isinstance(v, Voice) for v in profile.roles.values())
    assert profile.roles["narration"].engine == "pyttsx3"
    narration = profile.roles["narration"].voice
    assert profile.roles["document"].voice != narration and profile.roles["note"].voice != narration
    assert profile.notes == "after-paragraph"
    assert isinstance(profile.pauses, Pauses) and profile.pauses.chapter > profile.pauses.sentence
    assert [p.name for p in profile.lexicons] == ["en.pls", "en-GB.pls"]


def test_shipped_copies_match_the_repository():
    for rel in ("default.toml", "direct.toml", "lexicon/en.pls", "lexicon/en-GB.pls"):
        assert (ROOT / "voices" / rel).read_bytes() == (ROOT / "producer" / "data" / "voices" / rel).read_bytes(), rel


def test_packaged_default_works_outside_the_repository(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    profile = load_profile("default")
    assert "producer/data/voices" in profile.path.as_posix()
    assert profile.lexicons and all(p.is_file() for p in profile.lexicons)


def test_local_profile_wins_and_extends(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "slow", 'extends = "default"\nnotes = "end-of-chapter"\n[narration]\nrate = 140\n[pauses]\nsentence = 500\n')
    profile = load_profile("slow")
    default = load_profile("default")
    assert profile.roles["narration"].rate == 140
    assert profile.roles["narration"].voice == default.roles["narration"].voice
    assert profile.roles["document"] == default.roles["document"]
    assert (profile.notes, profile.pauses.sentence, profile.pauses.chapter) == ("end-of-chapter", 500, default.pauses.chapter)
    assert profile.lexicons == default.lexicons and not profile.note_cue
    assert [name for name, _ in list_profiles()] == ["default", "direct", "slow"]


def test_local_default_can_extend_the_packaged_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "default", 'extends = "default"\nengine = "espeak"\n')
    profile = load_profile("default")
    assert {v.engine for v in profile.roles.values()} == {"espeak"}


def test_extends_loop_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a", 'extends = "b"\n')
    write(tmp_path, "b", 'extends = "a"\n')
    with pytest.raises(ContentError, match=r"b.toml:1: extends"):
        load_profile("a")


@pytest.mark.parametrize(
    "text, where, what",
    [
        ('[narration]\nvoice = "en-us"\nrate = 900\n', ":3:", "rate = 900"),
        ('notes = "sometimes"\n', ":1:", "notes = 'sometimes'"),
        ('\n\n[document]\npitch = "high"\n', ":4:", "pitch"),
        ('[note]\nvolume = 2\n', ":2:", "volume"),
        ('[note]\nspeed = 2\n', ":2:", "unknown setting 'speed'"),
        ('colour = "red"\n', ":1:", "unknown setting 'colour'"),
        ('[narration]\nvoice = "en us; rm"\n', ":2:", "voice"),
        ('[pauses]\nsentence = -1\n', ":2:", "sentence"),
        ('engine = "festival"\n', ":1:", "engine"),
        ('[narration\nrate = 1\n', ":1:", "not valid TOML"),
        ('lexicon = "nowhere.pls"\n', ":1:", "no such file"),
    ],
)
def test_errors_name_file_and_line(tmp_path, monkeypatch, text, where, what):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad", text)
    with pytest.raises(ContentError) as info:
        load_profile("bad")
    assert f"bad.toml{where}" in info.value.message and what in info.value.message


def test_unknown_profile_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="no profile nope.toml"):
        load_profile("nope")
    with pytest.raises(UsageError):
        load_profile("../etc/passwd")


@pytest.mark.slow
def test_uninstalled_voice_is_reported_with_line(tmp_path, monkeypatch):
    from producer.speech.catalog import check_profile

    monkeypatch.chdir(tmp_path)
    write(tmp_path, "odd", 'extends = "default"\n[note]\nvoice = "en-us+nosuchvariant"\n')
    with pytest.raises(ContentError, match=r"odd.toml:3: \[note\] voice"):
        check_profile(load_profile("odd"))
    check_profile(load_profile("default"))
