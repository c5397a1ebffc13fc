"""Compiled regular expressions kept on disk between runs, as bytecode is.

CPython compiles a pattern in pure Python, and the ~250 patterns of the package and the
libraries it loads cost ~80 ms at every start, a third of an EPUB build. `make`
runs `regexcache.main()`, which imports every module of the package, compiles the
patterns its `re.*(...)` calls name in their source, and stores the compiled form of
each; `load()`, run when the package is imported, hands them to `re`'s own cache, so `re.compile(...)` and `re.search(pattern, ...)`
find them ready. The file is tied to the exact interpreter: another Python, a damaged file
or a pattern not in it just means compiling as usual.

This uses CPython internals (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`),
which is why every step is checked and any surprise falls back to plain `re`.
"""

from __future__ import annotations

import contextlib
import marshal
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
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


# where each `re` function takes its flags: (position among the arguments, or None)
_FLAGS_AT = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2, "split": 3, "sub": 4, "subn": 4}


def _patterns_in_calls(module: ModuleType) -> Iterator[tuple[str, int]]:
    """(pattern, flags) of each `re.<function>(pattern, ...)` call in the module's source whose
    pattern and flags are literals or built from the module's own constants; calls inside
    functions compile only when they first run, so importing alone does not find them."""
    import ast

    try:
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return
    namespace = vars(module)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.func.attr in _FLAGS_AT):
            continue
        position = _FLAGS_AT[node.func.attr]
        flags_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        if flags_node is None and len(node.args) > position:
            flags_node = node.args[position]
        try:
            pattern = eval(compile(ast.Expression(node.args[0]), "<pattern>", "eval"), namespace)  # the package's own source
            flags = eval(compile(ast.Expression(flags_node), "<flags>", "eval"), namespace) if flags_node else 0
        except (NameError, AttributeError, TypeError, ValueError, KeyError, IndexError):  # built from local values
            continue
        if isinstance(pattern, str) and isinstance(flags, int):
            yield pattern, int(flags)


def main() -> int:
    """Import every module of the package and compile the patterns its calls name, then store them all."""
    import pkgutil
    from importlib import import_module

    re.purge()  # forget what load() brought, so patterns the code no longer has are not kept
    package = sys.modules[__package__ or "producer"]
    modules = [import_module(info.name) for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")]
    for module in modules:
        for pattern, flags in _patterns_in_calls(module):
            with contextlib.suppress(re.error):
                re.compile(pattern, flags)
    count = save()
    print(f"{CACHE_FILE}: {count} compiled patterns")
    return 0
