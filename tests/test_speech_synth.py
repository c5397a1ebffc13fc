"""Synthesis (issue 4) with real eSpeak NG: clips, the cache, retries, the lexicon heard, a missing engine."""

from __future__ import annotations

import wave
from dataclasses import replace
from pathlib import Path

import pytest

from producer.cache import resolve_cache_dir
from producer.cli import main
from producer.errors import MissingToolError
from producer.speech import synth
from producer.speech.script import Utterance, build_script
from producer.speech.synth import check_clip, clip_key, synthesize
from producer.speech.voices import load_profile
from tests.fixtures import sample_document

pytestmark = pytest.mark.slow


def frames(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22_050)
        return w.getnframes()


def utterance(spoken: str, role: str = "narration", uid: str = "t1") -> Utterance:
    return Utterance(uid, "test", None, None, None, None, role, spoken, spoken, 0)


def with_engine(profile, engine: str):
    return replace(profile, roles={role: replace(v, engine=engine) for role, v in profile.roles.items()})


@pytest.fixture(scope="module")
def script(profile):
    return build_script(sample_document(), profile)


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory, profile, script):
    cache = tmp_path_factory.mktemp("cache")
    paths = synthesize(script, profile, cache, jobs=2, quiet=True)
    return cache, paths


def test_one_valid_clip_per_utterance_in_order(warm_cache, script):
    _, paths = warm_cache
    assert len(paths) == len(script)
    for u, path in zip(script, paths):
        assert path.is_file() and frames(path) > 0
        assert check_clip(path, u.spoken, 175) is None or u.role != "narration"
    # the same words in the same voice share one clip
    ends = [p for u, p in zip(script, paths) if u.spoken == "End of note."]
    assert len(ends) == 2 and ends[0] == ends[1]


def test_full_cache_synthesizes_nothing(warm_cache, profile, script, monkeypatch):
    cache, paths = warm_cache

    def refuse(*args, **kwargs):
        raise AssertionError("a cached clip was synthesized again")

    monkeypatch.setattr(synth, "_run_pool", refuse)
    assert synthesize(script, profile, cache, jobs=2, quiet=True) == paths


def test_edit_synthesizes_only_the_changed_utterance(warm_cache, profile, script, monkeypatch):
    cache, _ = warm_cache
    edited = list(script)
    i = next(i for i, u in enumerate(script) if u.role == "narration")
    edited[i] = replace(edited[i], text="That was all, really.", spoken="That was all, really.")
    made: list[int] = []
    real = synth._run_pool

    def counting(tasks, engine, jobs, progress):
        made.append(len(tasks))
        return real(tasks, engine, jobs, progress)

    monkeypatch.setattr(synth, "_run_pool", counting)
    synthesize(edited, profile, cache, jobs=2, quiet=True)
    assert made == [1]


def test_cache_key_covers_voice_text_and_engine(profile, monkeypatch):
    voice = profile.roles["narration"]
    base = clip_key("Hello.", voice)
    assert clip_key("Hello!", voice) != base
    assert clip_key("Hello.", replace(voice, rate=voice.rate + 1)) != base
    assert clip_key("Hello.", replace(voice, voice="en-gb")) != base
    assert clip_key("Hello.", replace(voice, engine="espeak")) != base
    monkeypatch.setattr(synth, "engine_identity", lambda engine: f"{engine} espeak-ng 1.52")
    assert clip_key("Hello.", voice) != base  # a new eSpeak NG sounds different


def test_cache_dir_resolution(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRODUCER_CACHE", raising=False)
    assert resolve_cache_dir(None) == tmp_path / ".cache" / "producer"
    monkeypatch.setenv("PRODUCER_CACHE", str(tmp_path / "env"))
    assert resolve_cache_dir(None) == tmp_path / "env"
    assert resolve_cache_dir(tmp_path / "flag") == tmp_path / "flag"


def test_check_clip_rejects_bad_clips(tmp_path):
    from producer.speech.engines import write_wav

    empty, short, good = tmp_path / "e.wav", tmp_path / "s.wav", tmp_path / "g.wav"
    write_wav(empty, b"")
    write_wav(short, b"\0\0" * 100)
    write_wav(good, b"\0\0" * 22_050 * 3)
    text = "a sentence of about nine words for the check"
    assert "no audio frames" in check_clip(empty, text, 175)
    assert "implausible" in check_clip(short, text, 175)
    assert check_clip(good, text, 175) is None
    (tmp_path / "n.wav").write_bytes(b"RIFF junk")
    assert "unreadable" in check_clip(tmp_path / "n.wav", text, 175)


@pytest.mark.parametrize("engine", ["pyttsx3", "espeak"])
def test_phoneme_input_takes_effect(tmp_path, profile, engine):
    chosen = with_engine(profile, engine)
    word, phonemes, literal = synthesize(
        [utterance("hello", uid="a"), utterance("[[h@l'oU]]", uid="b"), utterance("h at l o u", uid="c")], chosen, tmp_path, jobs=1, quiet=True
    )
    assert abs(frames(word) - frames(phonemes)) < 0.2 * frames(word)
    assert frames(literal) > 1.5 * frames(phonemes)


def test_engines_sound_alike(tmp_path, profile):
    text = "The Tenth army was in a bad way."
    a = synthesize([utterance(text)], with_engine(profile, "pyttsx3"), tmp_path, jobs=1, quiet=True)[0]
    b = synthesize([utterance(text)], with_engine(profile, "espeak"), tmp_path, jobs=1, quiet=True)[0]
    assert a != b and abs(frames(a) - frames(b)) < 0.05 * frames(a)


def test_say_writes_the_lexicon_respelling(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PRODUCER_CACHE", str(tmp_path / "cache"))
    out, alias = tmp_path / "name.wav", tmp_path / "alias.wav"
    assert main(["say", "Voroshilov", "-o", str(out)]) == 0
    assert "[[v0r@S'i:l@f]]" in capsys.readouterr().err
    assert main(["--quiet", "say", "[[v0r@S'i:l@f]]", "-o", str(alias), "--role", "narration"]) == 0
    assert out.read_bytes() == alias.read_bytes()
    assert main(["--quiet", "say", "Voroshilov", "--role", "document", "-o", str(tmp_path / "doc.wav")]) == 0
    assert (tmp_path / "doc.wav").read_bytes() != out.read_bytes()


def test_missing_espeak_is_exit_3_before_any_work(tmp_path, monkeypatch, capsys, profile):
    monkeypatch.setenv("PATH", str(tmp_path))  # configuration, not uninstalling
    with pytest.raises(MissingToolError, match="apt-get install espeak-ng"):
        synthesize([utterance("Hello.")], profile, tmp_path / "cache", jobs=1, quiet=True)
    assert not (tmp_path / "cache").exists()
    assert main(["say", "Hello", "-o", str(tmp_path / "x.wav")]) == 3
    assert "brew install espeak-ng" in capsys.readouterr().err
    assert not (tmp_path / "x.wav").exists()


def test_voices_command_lists_voices_and_profiles(capsys):
    assert main(["voices"]) == 0
    out = capsys.readouterr().out
    assert "en-us" in out and "default" in out and "variants:" in out


@pytest.mark.parametrize("engine", ["pyttsx3", "espeak"])
def test_language_code_voices_really_change_the_voice(tmp_path, profile, engine):
    from producer.speech.catalog import engine_voice_id

    assert engine_voice_id("en-gb+f2") == "gmw/en+f2"
    base = with_engine(profile, engine)
    clips = []
    for voice_id in ("en-gb", "en-us", "en-gb-x-rp"):
        chosen = replace(base, roles={r: replace(v, voice=voice_id, pitch=50, rate=175) for r, v in base.roles.items()})
        clips.append(synthesize([utterance("The telegram arrived at noon.")], chosen, tmp_path, jobs=1, quiet=True)[0].read_bytes())
    assert len(set(clips)) == 3


def test_a_spare_worker_speaks_as_a_fresh_one_and_ends_when_not_taken(tmp_path, profile, script):
    """`spare_workers` starts a worker before the speech is known; the next synthesis takes it (its clips are the
    bytes a fresh worker makes), and one that no synthesis took is ended when the build leaves the block."""
    items = list(script[:6])
    fresh = synthesize(items, profile, tmp_path / "fresh", jobs=1, quiet=True)
    with synth.spare_workers(["pyttsx3"]):
        spare = synth._spares["pyttsx3"]
        spoken = synthesize(items, profile, tmp_path / "spare", jobs=1, quiet=True)
        assert "pyttsx3" not in synth._spares and spare.process.returncode is not None  # taken, and ended by its pool
    assert [p.read_bytes() for p in spoken] == [p.read_bytes() for p in fresh]
    with synth.spare_workers(["pyttsx3"]):
        unused = synth._spares["pyttsx3"]
    assert unused.process.returncode is not None and not synth._spares


def test_concurrent_builds_share_the_cache_safely(tmp_path, profile, script):
    from concurrent.futures import ThreadPoolExecutor

    items = list(script[:40])
    with ThreadPoolExecutor(2) as pool:
        a, b = pool.map(lambda _: synthesize(items, profile, tmp_path, jobs=1, quiet=True), range(2))
    assert a == b and all(frames(p) > 0 for p in a)
    assert not list(tmp_path.rglob("*.tmp"))


def test_direct_profile_uses_libespeak():
    direct = load_profile("direct")
    assert {v.engine for v in direct.roles.values()} == {"espeak"}
    assert direct.roles["document"].voice == load_profile("default").roles["document"].voice


def test_missing_library_is_exit_3(tmp_path, monkeypatch, profile):
    def no_library():
        raise OSError("libespeak-ng not found")

    monkeypatch.setattr(synth, "load_espeak_library", no_library)
    with pytest.raises(MissingToolError, match="libespeak-ng1") as info:
        synthesize([utterance("Hello.")], profile, tmp_path / "cache", jobs=1, quiet=True)
    assert info.value.exit_code == 3


def test_unwritable_cache_is_a_usage_error(tmp_path, profile):
    from producer.errors import UsageError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UsageError, match="cannot create the speech cache"):
        synthesize([utterance("Hello.")], profile, blocker / "cache", jobs=1, quiet=True)


def test_say_refuses_long_text(tmp_path):
    assert main(["say", "word " * 1000, "-o", str(tmp_path / "x.wav")]) == 2
