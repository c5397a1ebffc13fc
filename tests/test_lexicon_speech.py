"""The pronunciation lexicons, spoken by the real eSpeak NG with every voice each one applies to.

For every lexeme of every voices/lexicon/*.pls: eSpeak NG says its phonemes (and does not drop them, as it
does right after punctuation), the respelling (<alias>) has as many syllables as the phonemes with the stress
on the same syllable, and no grapheme is listed twice in a file. The voices are the default profile's;
a file applies to a voice by its xml:lang ("en": every English voice, "en-GB": en-gb, en-gb-x-rp, ...),
and where a more specific file lists a word, the word is checked there, not in the general file.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from producer.speech.lexicon import Lexeme, load_lexicon
from tests.fixtures import ROOT

pytestmark = pytest.mark.slow

LEXICONS = ROOT / "voices" / "lexicon"
PACKAGED = ROOT / "producer" / "data" / "voices" / "lexicon"
PLS_FILES = sorted(LEXICONS.glob("*.pls"))
# narration, announcements, quoted documents, notes (voices/default.toml)
VOICES = ("en-us+m3", "en-us+f3", "en-gb+f2", "en-gb-x-rp+m1")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TIMEOUT = 30

# -- reading eSpeak NG's phoneme mnemonics ---------------------------------------------------------
#
# `espeak-ng -x` does not echo a [[...]] string verbatim, so comparing strings would fail for harmless
# reasons: each voice respells some phonemes (en-us makes 0 before r O:, @r 3r, a final I i, t between
# vowels the flap t#; en-gb-x-rp makes a final @ a#), it adds marks (; after I, _: for the pause after
# "("), writes stress marks where it likes, and the British voices add a linking "r-" between words.
# So both sides are cut into phonemes (longest match against English vowel names, so "aI@" is one vowel
# and "A:U" two), and compared as: the same consonants in the same order (t# counted as t, "r-" linking
# r dropped), the same number of vowels (syllables), and primary stress on the same vowels. Vowel
# qualities may differ between voices; a dropped, cut or misparsed phoneme string, an extra or lost
# syllable, or a consonant the voice adds (like en-gb's intrusive r in "A:U" -> "A:rU") fails.
# vowel names; n- m- l- are syllabic consonants ("button" in en-us: b'V?n-)
VOWELS = frozenset(
    ("aI@", "aU@", "aI3", "aU3", "i@3", "A:", "A@", "A#", "a#", "aa", "aI", "aU", "a", "e@", "eI", "e", "E#", "E2", "E")
    + ("3:", "3", "@L", "@2", "@5", "@", "i:", "i@", "i", "I#", "I2", "I", "0@", "0", "O:", "O@", "O2", "OI", "O")
    + ("o@", "o:", "oU", "o", "u:", "U@", "U", "u", "V", "n-", "m-", "l-")
)
_TOKEN = re.compile("|".join(re.escape(v) for v in sorted(VOWELS, key=len, reverse=True)) + r"|tS|dZ|t#|d#|[',]|.")


def phonemes(mnemonics: str) -> list[tuple[str, int | None]]:
    """(phoneme, stress) pairs: stress 2 primary, 1 secondary, 0 none for vowels; None for consonants."""
    text = re.sub(r"_:?|r-", "", mnemonics)  # pauses; the linking r between words
    text = re.sub(r"[\s;|%=]", "", text)
    result: list[tuple[str, int | None]] = []
    stress = 0
    for token in _TOKEN.findall(text):
        if token == "-":
            continue
        if token in ("'", ","):
            stress = max(stress, 2 if token == "'" else 1)
        elif token in VOWELS:
            result.append((token, stress))
            stress = 0
        else:
            result.append((token.rstrip("#"), None))
    return result


def consonants(said: list[tuple[str, int | None]]) -> list[str]:
    return [p for p, stress in said if stress is None]


def syllables(said: list[tuple[str, int | None]]) -> int:
    return sum(stress is not None for _, stress in said)


def stressed(said: list[tuple[str, int | None]]) -> list[int]:
    """Which syllables (0-based) carry primary stress."""
    return [i for i, stress in enumerate(s for _, s in said if s is not None) if stress == 2]


@cache
def espeak(voice: str, text: str) -> str:
    """eSpeak NG's phonemes for `text` (-x), as the engine reads it, without the audio."""
    done = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True, text=True, timeout=TIMEOUT, check=True
    )
    return " ".join(done.stdout.split())


def in_carrier(voice: str, inner: str) -> list[tuple[str, int | None]]:
    """What eSpeak NG says for `inner` in "I saw ... there.", the carrier's own phonemes cut off."""
    said = phonemes(espeak(voice, f"I saw {inner} there."))
    before, after = phonemes(espeak(voice, "I saw")), phonemes(espeak(voice, "there."))
    names = [p for p, _ in said]
    assert names[: len(before)] == [p for p, _ in before] and names[len(names) - len(after) :] == [p for p, _ in after], (
        f"{voice}: the carrier sentence was not read as expected: {espeak(voice, f'I saw {inner} there.')}"
    )
    return said[len(before) : len(said) - len(after)]


# -- which lexemes each voice gets -------------------------------------------------------------------


def language(path: Path) -> str:
    return etree.parse(str(path)).getroot().get(XML_LANG, "")


def applies(lang: str, voice: str) -> bool:
    """A file in `lang` is for `voice` when the voice's language tag is `lang` or a subtag of it."""
    tag = voice.split("+")[0].lower()
    return not lang or tag == lang.lower() or tag.startswith(lang.lower() + "-")


def cases() -> list:
    params = []
    for path in PLS_FILES:
        lang = language(path)
        for voice in VOICES:
            if not applies(lang, voice):
                continue
            # words a more specific file gives this voice are checked in that file
            overridden = {
                g
                for other in PLS_FILES
                if len(language(other)) > len(lang) and applies(language(other), voice)
                for lx in load_lexicon(other).lexemes
                for g in lx.graphemes
            }
            for lexeme in load_lexicon(path).lexemes:
                if not set(lexeme.graphemes) <= overridden:
                    params.append(pytest.param(lexeme, voice, id=f"{path.name}:{lexeme.graphemes[0]}@{voice}"))
    return params


CASES = cases()


def test_every_voice_and_file_is_covered():
    assert {"en.pls", "en-GB.pls"} <= {p.name for p in PLS_FILES}
    assert {language(p) for p in PLS_FILES} >= {"en", "en-GB"}
    checked = {(v, g) for p in CASES for v in [p.values[1]] for g in p.values[0].graphemes}
    assert ("en-gb+f2", "Mezhlauk") in checked and ("en-us+m3", "Mezhlauk") in checked


@pytest.mark.parametrize("lexeme, voice", CASES)
def test_phonemes_are_spoken(lexeme: Lexeme, voice: str):
    assert lexeme.espeak, "every entry needs eSpeak NG phonemes"
    meant = phonemes(lexeme.espeak)
    assert len(stressed(meant)) == 1, f"{lexeme.espeak}: mark exactly one primary stress (')"
    for where, said in (
        ("I saw [[...]] there.", in_carrier(voice, f"[[{lexeme.espeak}]]")),
        ("( [[...]] )", phonemes(espeak(voice, f"( [[{lexeme.espeak}]] )"))),
    ):
        shown = f"{voice} said {said} for [[{lexeme.espeak}]] in {where!r}"
        assert consonants(said) == consonants(meant), shown
        assert syllables(said) == syllables(meant), shown
        assert stressed(said) == stressed(meant), shown


@pytest.mark.parametrize("lexeme, voice", CASES)
def test_alias_has_the_syllables_and_stress_of_the_phonemes(lexeme: Lexeme, voice: str):
    # The respelling is for engines without phoneme input; eSpeak NG reading it is our stand-in for them.
    # eSpeak stresses the first syllable of a word it does not know, so a respelling stressed later is
    # hyphenated ("tsa-reetsin") and may stress the syllables before too; the last stress (where an
    # English listener hears the word's accent) must be the phonemes' stress.
    assert lexeme.alias and lexeme.espeak
    meant, said = phonemes(lexeme.espeak), in_carrier(voice, lexeme.alias)
    shown = f"{voice} reads {lexeme.alias!r} as {espeak(voice, lexeme.alias)}; the phonemes are {lexeme.espeak}"
    assert syllables(said) == syllables(meant), shown
    assert stressed(said) and stressed(said)[-1] == stressed(meant)[-1], shown


@pytest.mark.parametrize("path", PLS_FILES, ids=lambda p: p.name)
def test_graphemes_are_unique(path: Path):
    graphemes = [g for lx in load_lexicon(path).lexemes for g in lx.graphemes]
    assert sorted({g for g in graphemes if graphemes.count(g) > 1}) == []


def test_packaged_lexicons_are_the_repository_ones():
    assert sorted(p.name for p in PACKAGED.glob("*.pls")) == [p.name for p in PLS_FILES]
    for path in PLS_FILES:
        assert (PACKAGED / path.name).read_bytes() == path.read_bytes(), f"copy {path} to {PACKAGED}"
