"""The compiled-pattern cache: what it restores is exactly what `re` compiles, and a bad file is ignored."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from producer import regexcache
from producer.read import load

PATTERNS = [
    (r"\b(?:telegraphed|wired)\s+(?P<who>[A-Z][\w’'\-]+)", 0),
    (r"(?i:in\s+pencil)|\bdirect[ -]wire\b", re.IGNORECASE),
    (r"^(?:[A-Z]\.\s?){1,4}$", re.MULTILINE),
]


@pytest.fixture
def fresh_re_cache():
    """Run with an empty `re` cache, and leave one behind (patterns recompile on demand)."""
    re.purge()
    yield
    re.purge()


def test_saved_patterns_come_back_identical(tmp_path: Path, fresh_re_cache: None) -> None:
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    path = tmp_path / "regex.marshal"
    assert regexcache.save(path) >= len(PATTERNS)
    re.purge()
    assert regexcache.load(path) >= len(PATTERNS)
    for pattern, flags in PATTERNS:
        restored = re._cache[(str, pattern, int(flags))]  # type: ignore[attr-defined]
        assert restored == re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]  # flags, pattern and code
        assert restored.groupindex == re._compiler.compile(pattern, flags).groupindex  # type: ignore[attr-defined]
    match = re.search(PATTERNS[0][0], "I telegraphed Lenin at once")
    assert match and match.group("who") == "Lenin"


def test_reading_with_the_cache_gives_the_same_document(tmp_path: Path, fresh_re_cache: None) -> None:
    text = tmp_path / "ch.txt"
    text.write_text("CHAPTER I\n\nTHE WIRE\n\nI telegraphed Lenin from Kursk: “Send two regiments at once. Trotsky.”\n", encoding="utf-8")
    plain = load(text)
    path = tmp_path / "regex.marshal"
    regexcache.save(path)
    re.purge()
    regexcache.load(path)
    assert load(text) == plain


def test_a_file_from_another_interpreter_is_ignored(tmp_path: Path, fresh_re_cache: None) -> None:
    re.compile(PATTERNS[0][0])
    path = tmp_path / "regex.marshal"
    regexcache.save(path)
    stamp, entries = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((("2.7.18",) + stamp[1:], entries)))
    re.purge()
    assert regexcache.load(path) == 0


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3])])
def test_a_damaged_or_missing_file_is_ignored(tmp_path: Path, content: bytes, fresh_re_cache: None) -> None:
    path = tmp_path / "regex.marshal"
    assert regexcache.load(path) == 0  # missing
    path.write_bytes(content)
    assert regexcache.load(path) == 0


def test_code_the_engine_rejects_stops_loading(tmp_path: Path, fresh_re_cache: None) -> None:
    re.compile(PATTERNS[0][0])
    path = tmp_path / "regex.marshal"
    regexcache.save(path)
    stamp, entries = marshal.loads(path.read_bytes())
    entries = {key: (flags, [999999] + code, *rest) for key, (flags, code, *rest) in entries.items()}
    path.write_bytes(marshal.dumps((stamp, entries)))
    re.purge()
    assert regexcache.load(path) == 0
    assert re.search(PATTERNS[0][0], "I wired Lenin")  # compiles as usual


def test_the_installed_cache_matches_this_interpreter(fresh_re_cache: None) -> None:
    """What `make` stored for the package restores patterns identical to fresh compiles."""
    if not regexcache.CACHE_FILE.exists():
        pytest.skip(f"{regexcache.CACHE_FILE} not built (make builds it)")
    assert regexcache.load() > 50
    for (kind, pattern, flags), compiled in list(re._cache.items()):  # type: ignore[attr-defined]
        assert compiled == re._compiler.compile(pattern, flags), pattern  # type: ignore[attr-defined]


def test_patterns_named_in_calls_are_found_without_running_them(tmp_path: Path) -> None:
    import importlib.util

    source = tmp_path / "sample_module.py"
    source.write_text(
        "import re\n"
        "WORD = r'[A-Z]\\w+'\n"
        "def f(text, name):\n"
        "    re.sub(r'\\s+', ' ', text)\n"
        "    re.search(rf'\\bto\\s+{WORD}', text, re.IGNORECASE)\n"
        "    re.fullmatch(pattern=r'x', string=text, flags=re.M)\n"
        "    re.search(rf'\\b{name}\\b', text)\n"  # built from a local: only known at run time
        "    return re.split(r',', text, 0, re.I | re.M)\n",
        encoding="utf-8",
    )
    spec = importlib.util.spec_from_file_location("sample_module", source)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = set(regexcache._patterns_in_calls(module))
    assert found == {(r"\s+", 0), (r"\bto\s+[A-Z]\w+", re.IGNORECASE), (",", re.IGNORECASE | re.MULTILINE)}
