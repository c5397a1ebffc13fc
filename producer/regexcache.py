"""Compiled regular expressions kept on disk between runs, as bytecode is.

CPython compiles a pattern in pure Python, and the reader's ~150 patterns (with those of
the libraries it loads) cost ~90 ms at every start, a quarter of an EPUB build. `make`
runs `regexcache.main()`, which imports every module of the package and stores
the compiled form of each pattern that compiled; `load()`, run when the package is
imported, hands them to `re`'s own cache, so `re.compile(...)` and `re.search(pattern, ...)`
find them ready. The file is tied to the exact interpreter: another Python, a damaged file
or a pattern not in it just means compiling as usual.

This uses CPython internals (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`),
which is why every step is checked and any surprise falls back to plain `re`.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # not CPython
    _sre = None  # type: ignore[assignment]

CACHE_FILE = Path(__file__).resolve().parent / "__pycache__" / f"regex.{sys.implementation.cache_tag}.marshal"


def _stamp() -> tuple[Any, ...]:
    """What the stored code depends on: the interpreter build and the regex engine's format."""
    return (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), getattr(_sre, "MAXREPEAT", None))


def _entry(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments `_sre.compile` takes for this pattern, as `re._compiler.compile` builds them."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def load(path: Path = CACHE_FILE) -> int:
    """Put the stored patterns into `re`'s cache; returns how many (0 when the file is missing or does not fit)."""
    if _sre is None or not isinstance(getattr(re, "_cache", None), dict):
        return 0
    try:
        stamp, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return 0
    if stamp != _stamp() or not isinstance(entries, dict):
        return 0
    loaded = 0
    for (pattern, flags), entry in entries.items():
        key = (str, pattern, flags)
        if key in re._cache:  # type: ignore[attr-defined]
            continue
        try:
            re._cache[key] = _sre.compile(pattern, *entry)  # type: ignore[attr-defined]
        except (TypeError, ValueError, RuntimeError, OverflowError):
            return loaded  # _sre rejected the code: stop trusting the file
        loaded += 1
    return loaded


def save(path: Path = CACHE_FILE) -> int:
    """Store every text pattern in `re`'s cache whose stored form compiles to the same Pattern; returns how many."""
    if _sre is None:
        return 0
    entries: dict[tuple[str, int], tuple[Any, ...]] = {}
    for kind, pattern, flags in list(re._cache):  # type: ignore[attr-defined]
        if kind is not str or flags & re.DEBUG:
            continue
        entry = _entry(pattern, flags)
        if _sre.compile(pattern, *entry) == _compiler.compile(pattern, flags):  # same flags, pattern and code
            entries[(pattern, int(flags))] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(marshal.dumps((_stamp(), entries)))
    tmp.replace(path)
    return len(entries)


def main() -> int:
    """Import every module of the package, then store the patterns that compiled."""
    import pkgutil
    from importlib import import_module

    re.purge()  # forget what load() brought, so patterns the code no longer has are not kept
    package = sys.modules[__package__ or "producer"]
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        import_module(module.name)
    count = save()
    print(f"{CACHE_FILE}: {count} compiled patterns")
    return 0

