"""Finding the W3C PLS pronunciation lexicons to package, and checking they are lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from producer.errors import ContentError
from producer.speech.lexicon import parse_pls, word_pattern

PLS_NS = "http://www.w3.org/2005/01/pronunciation-lexicon"
PACKAGE_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One PLS file: its name in the EPUB, its language, its bytes and the words it lists."""

    name: str
    language: str
    data: bytes
    graphemes: tuple[str, ...] = ()

    def used_in(self, text: str) -> bool:
        """Whether `text` holds one of the lexicon's words (whole words, as speech matches them)."""
        pattern = _pattern(self.graphemes)
        return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=16)
def _pattern(graphemes: tuple[str, ...]) -> re.Pattern[str] | None:
    return word_pattern(graphemes)


def lexicon_dirs(source: Path | None) -> list[Path]:
    """Where lexicons live, most specific first: ./voices/lexicon, beside the text's project, the package's."""
    dirs = [Path.cwd() / "voices" / "lexicon"]
    if source is not None:
        dirs.append(source.resolve().parent.parent / "voices" / "lexicon")
    dirs += [PACKAGE_DATA / "lexicon", PACKAGE_DATA / "voices" / "lexicon"]
    unique: list[Path] = []
    for d in dirs:
        if d.resolve() not in [u.resolve() for u in unique]:
            unique.append(d)
    return unique


def find_lexicons(source: Path | None = None) -> tuple[Lexicon, ...]:
    """Every `*.pls` found, one per file name (the first found wins); raises ContentError on a bad file."""
    found: dict[str, Lexicon] = {}
    for folder in lexicon_dirs(source):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.pls")):
            if path.name not in found:
                found[path.name] = read_lexicon(path)
    return tuple(found[name] for name in sorted(found))


def read_lexicon(path: Path) -> Lexicon:
    """Read and check one PLS file; raises ContentError naming the file, line and fix."""
    data = path.read_bytes()
    root = parse_pls(data, path)
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not language or not root.get("alphabet"):
        raise ContentError(f"{path}:{root.sourceline or 1}: <lexicon> needs xml:lang and alphabet attributes; add them")
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "-" for c in path.name)
    graphemes = tuple(" ".join("".join(g.itertext()).split()) for g in root.iter(f"{{{PLS_NS}}}grapheme"))
    return Lexicon(safe, language, data, tuple(g for g in graphemes if g))
