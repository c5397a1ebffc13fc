"""Voice profiles (voices/NAME.toml): a voice per role, pauses and the notes mode, loaded into typed objects.

A profile is looked up in ./voices/ first, then in the defaults shipped inside the package,
so an installed producer works outside the repository. `extends = "other"` starts from
another profile and overrides what the file sets. Errors name file:line and the fix.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from producer.errors import ContentError, UsageError
from producer.speech import NOTES_MODES, ROLES

ENGINES = ("pyttsx3", "espeak")
PACKAGED_VOICES = Path(__file__).resolve().parent.parent / "data" / "voices"
_VOICE_ID = re.compile(r"^[A-Za-z0-9_/.-]+(\+[A-Za-z0-9_]+)?$")


@dataclass(frozen=True, slots=True)
class Voice:
    """How one role sounds: engine, eSpeak NG voice id ('en-gb+f2'), rate (wpm), pitch (0-100), volume (0-1)."""

    engine: str = "pyttsx3"
    voice: str = "en-us"
    rate: int = 175
    pitch: int = 50
    volume: float = 1.0


@dataclass(frozen=True, slots=True)
class Pauses:
    """Silence in milliseconds after a sentence, a paragraph, around a document or note, between chapters."""

    sentence: int = 300
    paragraph: int = 700
    document: int = 900
    note: int = 700
    chapter: int = 2000
    announcement: int = 900


@dataclass(frozen=True, slots=True)
class VoiceProfile:
    """A named set of voices: `roles` maps narration/document/note/announcement to a Voice."""

    name: str
    path: Path | None
    roles: dict[str, Voice]
    pauses: Pauses = field(default_factory=Pauses)
    notes: str = "after-paragraph"  # the default --notes mode
    lexicons: tuple[Path, ...] = ()  # W3C PLS files, resolved against the profile's folder; each applies by its xml:lang
    note_cue: bool = False  # after-paragraph mode: a soft "note 1" in the note voice where each marker stands
    files: tuple[Path, ...] = ()  # the profile's file and those it extends, its own first

    def voice(self, role: str) -> Voice:
        """The Voice for a role; raises KeyError for an unknown role."""
        return self.roles[role]


def profile_dirs() -> tuple[Path, ...]:
    """Where profiles are looked up, in order: ./voices, then the packaged defaults."""
    return (Path.cwd() / "voices", PACKAGED_VOICES)


def find_profile(name: str) -> Path:
    """The file for profile `name`; raises UsageError listing the folders searched."""
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", name) or name.startswith("."):
        raise UsageError(f"--voice {name!r}: a profile name is letters, digits, '-', '_' or '.' (a file voices/NAME.toml)")
    for folder in profile_dirs():
        path = folder / f"{name}.toml"
        if path.is_file():
            return path
    searched = ", ".join(str(d) for d in profile_dirs())
    raise UsageError(f"--voice {name}: no profile {name}.toml in {searched}; see `producer voices` for the profiles there are")


def list_profiles() -> list[tuple[str, Path]]:
    """Every profile name with the file that wins the lookup, sorted by name."""
    found: dict[str, Path] = {}
    for folder in profile_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found.setdefault(path.stem, path)
    return sorted(found.items())


def load_profile(name: str) -> VoiceProfile:
    """Load profile `name` (following `extends`); raises UsageError or ContentError with file:line."""
    return _load(find_profile(name), seen=())


def line_of(raw: str, table: str | None, key: str) -> int:
    """The 1-based line where `key` is set inside `[table]` (None: top level), or 1."""
    current: str | None = None
    for number, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([^\]]+?)\s*\]", stripped)
        if header:
            current = header.group(1).strip().strip('"')
            if current == table and key == "":
                return number
            continue
        if current == table and re.match(rf'^"?{re.escape(key)}"?\s*=', stripped):
            return number
    return 1


def _load(path: Path, seen: tuple[Path, ...]) -> VoiceProfile:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UsageError(f"{path}: cannot read voice profile: {e.strerror}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        where = re.search(r"at line (\d+), column (\d+)", str(e))
        pos = f"{where.group(1)}:{where.group(2)}" if where else "1"
        raise ContentError(f"{path}:{pos}: not valid TOML: {str(e).split(' (at')[0]}") from None

    def fail(table: str | None, key: str, message: str) -> ContentError:
        return ContentError(f"{path}:{line_of(raw, table, key)}: {message}")

    allowed = {"extends", "engine", "notes", "lexicon", "note_cue", "pauses", *ROLES}
    for key in data:
        if key not in allowed:
            raise fail(None, key, f"unknown setting {key!r}; expected one of {', '.join(sorted(allowed))}")
    base = _base_profile(path, raw, data, seen, fail)
    engine = data.get("engine")
    if engine is not None and engine not in ENGINES:
        raise fail(None, "engine", f"engine = {engine!r}: choose one of {', '.join(ENGINES)}")
    roles = {}
    for role in ROLES:
        voice = base.roles[role]
        if engine is not None:
            voice = replace(voice, engine=engine)
        roles[role] = _voice(data.get(role, {}), voice, role, fail)
    notes = data.get("notes", base.notes)
    if notes not in NOTES_MODES:
        raise fail(None, "notes", f"notes = {notes!r}: choose one of {', '.join(NOTES_MODES)}")
    lexicons = base.lexicons
    if "lexicon" in data:
        given = data["lexicon"] if isinstance(data["lexicon"], list) else [data["lexicon"]]
        if not all(isinstance(g, str) for g in given):
            raise fail(None, "lexicon", "lexicon must be a .pls file or a list of them, relative to the profile's folder, or \"\"")
        lexicons = tuple((path.parent / g).resolve() for g in given if g)
        for g, lexicon in zip([g for g in given if g], lexicons, strict=True):
            if not lexicon.is_file():
                raise fail(None, "lexicon", f"lexicon {g!r}: no such file {lexicon}")
    note_cue = data.get("note_cue", base.note_cue)
    if not isinstance(note_cue, bool):
        raise fail(None, "note_cue", f"note_cue = {note_cue!r}: expected true or false")
    pauses = _pauses(data.get("pauses", {}), base.pauses, fail)
    return VoiceProfile(path.stem, path, roles, pauses, notes, lexicons, note_cue, (path, *base.files))


def _base_profile(path: Path, raw: str, data: dict[str, Any], seen: tuple[Path, ...], fail: Any) -> VoiceProfile:
    """The profile this one extends, or the built-in defaults."""
    parent = data.get("extends")
    if parent is None:
        return VoiceProfile("builtin", None, {role: Voice() for role in ROLES})
    if not isinstance(parent, str):
        raise fail(None, "extends", "extends must be a profile name, e.g. extends = \"default\"")
    # A profile extending its own name (voices/default.toml over the packaged one) looks past itself.
    candidates = [d / f"{parent}.toml" for d in profile_dirs()] + [path.parent / f"{parent}.toml"]
    for candidate in candidates:
        if candidate.is_file() and candidate.resolve() != path.resolve() and candidate.resolve() not in seen:
            return _load(candidate, seen + (path.resolve(),))
    raise fail(None, "extends", f"extends = {parent!r}: no other profile {parent}.toml found (or the profiles extend each other in a loop)")


def _voice(table: Any, base: Voice, role: str, fail: Any) -> Voice:
    """Overlay one [role] table on a Voice, checking types and ranges."""
    if not isinstance(table, dict):
        raise fail(None, role, f"{role} must be a table: [{role}]")
    known = {f.name for f in fields(Voice)}
    for key in table:
        if key not in known:
            raise fail(role, key, f"[{role}] unknown setting {key!r}; expected one of {', '.join(sorted(known))}")
    voice = replace(base, **table)
    checks = (
        ("engine", voice.engine in ENGINES, f"choose one of {', '.join(ENGINES)}"),
        ("voice", isinstance(voice.voice, str) and bool(_VOICE_ID.match(voice.voice)), "an eSpeak NG voice id such as \"en-us\" or \"en-gb+f2\""),
        ("rate", isinstance(voice.rate, int) and not isinstance(voice.rate, bool) and 80 <= voice.rate <= 450, "words per minute, a whole number from 80 to 450"),
        ("pitch", isinstance(voice.pitch, int) and not isinstance(voice.pitch, bool) and 0 <= voice.pitch <= 100, "a whole number from 0 to 100"),
        ("volume", isinstance(voice.volume, (int, float)) and not isinstance(voice.volume, bool) and 0 <= voice.volume <= 1, "a number from 0 to 1"),
    )
    for key, ok, expected in checks:
        if not ok:
            raise fail(role, key, f"[{role}] {key} = {getattr(voice, key)!r}: expected {expected}")
    return replace(voice, volume=float(voice.volume))


def _pauses(table: Any, base: Pauses, fail: Any) -> Pauses:
    """Overlay the [pauses] table on the base pauses."""
    if not isinstance(table, dict):
        raise fail(None, "pauses", "pauses must be a table: [pauses]")
    known = {f.name for f in fields(Pauses)}
    for key, value in table.items():
        if key not in known:
            raise fail("pauses", key, f"[pauses] unknown setting {key!r}; expected one of {', '.join(sorted(known))}")
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000:
            raise fail("pauses", key, f"[pauses] {key} = {value!r}: expected milliseconds, a whole number from 0 to 10000")
    return replace(base, **table)
