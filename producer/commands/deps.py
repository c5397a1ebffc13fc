"""`producer deps [--voice NAME] PATH...`: what each book's outputs depend on, as make variables.

The Makefile includes this output to rebuild a book only when one of its inputs changed: the
text, its sidecar, the voice profile and the profiles it extends, and the pronunciation
lexicons (the voice's and those packaged into the EPUB). The installed producer itself is the
Makefile's own prerequisite.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from producer.errors import UsageError
from producer.job import slugify

SOURCE_SUFFIXES = (".txt", ".json")
# Characters make cannot take in a file name without quoting we would rather not rely on.
_MAKE_UNSAFE = re.compile(r"[\s#$%:;=\\*?\[\]|&<>'\"`()]")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("deps", help="print each book's slug, source and input files as make variables (for the Makefile)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="source files (.txt, .json), or folders holding them")
    p.add_argument("--voice", default="default", help="the voice profile the build uses (default: default)")
    p.set_defaults(func=run)


def sources(paths: list[Path]) -> list[Path]:
    """The source files named, folders expanded to their .txt and .json files (sorted); raises UsageError."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file()
                            and not p.name.startswith("."))
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder; give .txt or .json sources or a folder of them")
    return found


def book_inputs(source: Path, voice: str) -> list[Path]:
    """Every file whose change changes the book built from `source` with `voice` (producer itself aside)."""
    from producer.epub.lexicon import lexicon_dirs
    from producer.speech.voices import load_profile

    inputs = [source]
    sidecar = source.with_suffix(".toml")
    if source.suffix.lower() == ".txt" and sidecar.is_file():
        inputs.append(sidecar)
    profile = load_profile(voice)
    inputs += [*profile.files, *profile.lexicons]
    for folder in lexicon_dirs(source):
        if folder.is_dir():
            inputs += sorted(folder.glob("*.pls"))
    unique: dict[Path, Path] = {}
    for path in inputs:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _name(path: Path) -> str:
    """`path` as make should see it: relative to here when inside, else absolute; raises UsageError if unsafe."""
    resolved = path.resolve()
    here = Path.cwd().resolve()
    shown = os.path.relpath(resolved, here) if here in resolved.parents else str(resolved)
    if _MAKE_UNSAFE.search(shown):
        raise UsageError(f"{shown}: make cannot name a file with spaces or any of #$%:;=\\*?[]|&<>'\"`(); "
                         "rename it (or build it with `producer build` directly)")
    return shown


def run(args: argparse.Namespace) -> int:
    files = sources(args.paths)
    lines = ["# made by `producer deps`: each book's slug, its source, and the files its outputs depend on"]
    slugs: dict[str, Path] = {}
    for source in files:
        slug = slugify(source.stem)
        if (other := slugs.setdefault(slug, source)) != source:
            raise UsageError(f"{other} and {source} would both build into output/{slug}; rename one of them")
        lines += [
            f"BOOKS += {slug}",
            f"SOURCE.{slug} := {_name(source)}",
            f"DEPS.{slug} := {' '.join(_name(p) for p in book_inputs(source, args.voice))}",
        ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
