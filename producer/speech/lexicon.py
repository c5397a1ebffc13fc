"""The W3C PLS 1.0 pronunciation lexicon: respellings (<alias>) and eSpeak NG phonemes (<phoneme>).

eSpeak NG 1.51 cannot read IPA, but takes its own phoneme mnemonics inside [[...]]; so a
<phoneme alphabet="x-espeak"> is used where the engine allows it, else the <alias>
respelling, else the word as written. IPA phonemes are kept for reading systems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from producer.errors import ContentError

PLS_NS = "http://www.w3.org/2005/01/pronunciation-lexicon"
ESPEAK_ALPHABET = "x-espeak"
_WORD_EDGE_BEFORE = r"(?<![\w\-])"
_WORD_EDGE_AFTER = r"(?![\w\-])"


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One entry: the written forms and how to say them."""

    graphemes: tuple[str, ...]
    alias: str | None
    espeak: str | None  # eSpeak NG phoneme mnemonics, without the [[ ]]
    line: int | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A parsed PLS file, ready to apply to text."""

    path: Path | None
    lexemes: tuple[Lexeme, ...]
    language: str = ""  # the file's xml:lang ("en", "en-GB"); "" applies to every voice

    def replacement(self, word: str, phonemes: bool) -> str | None:
        """How the engine should get `word`: '[[...]]', a respelling, or None when not listed."""
        for lexeme in self.lexemes:
            if word in lexeme.graphemes:
                if phonemes and lexeme.espeak:
                    return f"[[{lexeme.espeak}]]"
                return lexeme.alias
        return None

    def apply(self, text: str, phonemes: bool = False) -> str:
        """`text` with every listed word replaced (whole words, case-sensitive, possessives too)."""
        pattern = _pattern(self)
        if pattern is None:
            return text

        def replace(m: re.Match[str]) -> str:
            word, possessive = m.group("word"), m.group("poss") or ""
            said = self.replacement(word, phonemes)
            if said is None:
                return m.group(0)
            if possessive and said.startswith("[[") and said.endswith("]]"):
                # "[[...]]’s" would be read "ess" after a pause: put the ending inside the phonemes.
                return f"{said[:-2]}{_possessive_ending(said[2:-2])}]]"
            return said + possessive

        return pattern.sub(replace, text)


def _possessive_ending(phonemes: str) -> str:
    """The sound of 's after these eSpeak phonemes: s after voiceless stops and f/T, Iz after sibilants, else z."""
    last = phonemes.rstrip("',:;#")
    if last.endswith(("s", "z", "S", "Z", "tS", "dZ")):
        return "Iz"
    if last.endswith(("p", "t", "k", "f", "T")):
        return "s"
    return "z"


EMPTY = Lexicon(None, ())


def applies_to(language: str, voice: str) -> bool:
    """Whether a lexicon in `language` ('en', 'en-GB') is for an eSpeak NG voice id ('en-gb-x-rp+m1', 'gmw/en-us')."""
    if not language:
        return True
    tag = voice.split("+")[0].rsplit("/", 1)[-1].lower()
    return tag == language.lower() or tag.startswith(language.lower() + "-")


def lexicon_for(paths: tuple[Path, ...], voice: str) -> Lexicon:
    """The lexicons among `paths` that apply to `voice`, merged: where two list a word, the more specific language wins.

    Raises ContentError for a bad file.
    """
    chosen = [load_lexicon(p) for p in paths]
    chosen = sorted((lx for lx in chosen if applies_to(lx.language, voice)), key=lambda lx: -len(lx.language))
    if not chosen:
        return EMPTY
    if len(chosen) == 1:
        return chosen[0]
    return Lexicon(None, tuple(lexeme for lx in chosen for lexeme in lx.lexemes), chosen[0].language)


def word_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of `words` as a whole word (case-sensitive, possessive 's in group `poss`); None for none."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return None
    alternatives = "|".join(re.escape(w) for w in ordered)
    return re.compile(_WORD_EDGE_BEFORE + f"(?P<word>{alternatives})(?P<poss>[’']s)?" + _WORD_EDGE_AFTER)


@lru_cache(maxsize=64)
def _pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    return word_pattern(g for lx in lexicon.lexemes for g in lx.graphemes if lx.alias or lx.espeak)


def _text(element: etree._Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def parse_pls(data: bytes, path: Path) -> etree._Element:
    """The <lexicon> root of a PLS file's bytes; raises ContentError naming file:line for XML that is not well formed,
    a DOCTYPE (whose entities could read local files: never expanded, and refused), or another root."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError as e:
        line, column = e.position if e.position else (1, 0)
        raise ContentError(f"{path}:{line}:{column}: not well-formed XML: {e.msg}") from None
    if root.getroottree().docinfo.doctype:
        raise ContentError(f"{path}:1: a lexicon must not have a DOCTYPE (entities are never expanded); remove it")
    if root.tag != f"{{{PLS_NS}}}lexicon":
        raise ContentError(f"{path}:{root.sourceline}: the root must be <lexicon xmlns=\"{PLS_NS}\"> (W3C PLS 1.0)")
    return root


@lru_cache(maxsize=16)
def load_lexicon(path: Path) -> Lexicon:
    """Parse a PLS 1.0 file; raises ContentError naming file:line."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ContentError(f"{path}: cannot read the lexicon: {e.strerror}") from None
    root = parse_pls(data, path)
    default_alphabet = root.get("alphabet", "ipa")
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang", "")
    lexemes = []
    for element in root.iter(f"{{{PLS_NS}}}lexeme"):
        graphemes = tuple(_text(g) for g in element.iter(f"{{{PLS_NS}}}grapheme") if _text(g))
        if not graphemes:
            raise ContentError(f"{path}:{element.sourceline}: a <lexeme> needs at least one <grapheme>")
        aliases = [_text(a) for a in element.iter(f"{{{PLS_NS}}}alias") if _text(a)]
        espeak = [
            _text(p)
            for p in element.iter(f"{{{PLS_NS}}}phoneme")
            if p.get("alphabet", default_alphabet) == ESPEAK_ALPHABET and _text(p)
        ]
        for phoneme in espeak:
            if "]]" in phoneme or "[[" in phoneme:
                raise ContentError(f"{path}:{element.sourceline}: write eSpeak phonemes without [[ ]]")
        lexemes.append(Lexeme(graphemes, aliases[0] if aliases else None, espeak[0] if espeak else None, element.sourceline))
    return Lexicon(path, tuple(lexemes), language)
