"""Proof, on the audio side, that every word is heard.

eSpeak NG drops some input without an error (a phoneme string right after punctuation, as in
"([[...]])"), so a script that holds every word does not prove the listener hears them. Two
independent checks, for any build: (1) each lexicon phoneme string an utterance gives eSpeak
NG appears in eSpeak NG's own phoneme output for that utterance (`espeak-ng -x`); (2) each
clip lasts at least `MIN_RATIO` of a plain rendering of the same words (the same voice, the
same normalization, no lexicon), made and cached like any clip: a clip 20% short has lost a
word.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from producer.errors import ToolFailure
from producer.model import SCENE_BREAK
from producer.speech.catalog import engine_voice_id
from producer.speech.clips import clip_ms
from producer.speech.lexicon import EMPTY
from producer.speech.prosody import continuing
from producer.speech.script import Utterance, speakable
from producer.speech.voices import Voice, VoiceProfile

MIN_RATIO = 0.85  # the bar: no clip more than 15% shorter than its plain rendering
_PHONEME_STRING = re.compile(r"\[\[(.*?)\]\]")
# eSpeak NG adapts vowels and r to the dialect ("v0r@" comes out "vO:r@" in en-us, an r appears in
# en-gb), so a phoneme string is compared by its consonants other than r, which it keeps.
_CONSONANTS = re.compile(r"[bdfghjklmnpstvwxzDSTZN]")


@dataclass(frozen=True, slots=True)
class Heard:
    """One utterance as built: what eSpeak NG was given, by which voice, and how long its clip is."""

    id: str
    role: str
    text: str  # the source text it covers ("" for an announcement)
    spoken: str
    voice: Voice
    clip_ms: int


def _skeleton(phonemes: str) -> str:
    return "".join(_CONSONANTS.findall(phonemes))


def espeak_phonemes(spoken: str, voice: str) -> str:
    """eSpeak NG's phoneme output for `spoken` in `voice` (`espeak-ng -q -x`); raises ToolFailure."""
    argv = ["espeak-ng", "-q", "-x", "-v", engine_voice_id(voice), spoken]
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise ToolFailure(f"{' '.join(argv[:5])} failed: {e}") from None
    if done.returncode != 0:
        raise ToolFailure(f"{' '.join(argv[:5])} failed ({done.returncode}): {done.stderr.strip()[-200:]}")
    return done.stdout


def dropped_phonemes(spoken: str, voice: str) -> list[str]:
    """The [[...]] strings in `spoken` that eSpeak NG does not say."""
    strings = _PHONEME_STRING.findall(spoken)
    if not strings:
        return []
    said = _skeleton(espeak_phonemes(spoken, voice))
    missing, at = [], 0
    for phonemes in strings:  # in order, each after the one before
        found = said.find(_skeleton(phonemes), at)
        if found == -1:
            missing.append(phonemes)
        else:
            at = found + len(_skeleton(phonemes))
    return missing


def plain_form(heard: Heard) -> str:
    """The same words without the lexicon, ending as the clip does (a comma where the sentence runs on). A scene
    break's mark, folded into the utterance before it so that every printed character is accounted for, is a pause,
    not words: eSpeak NG would name it. So are quotation marks folded onto its ends ('TROTSKY.”'): the clip was
    made without them."""
    plain = speakable(heard.text.replace(SCENE_BREAK, " ").strip().strip("“”‘’\"'").strip(), EMPTY, phonemes=False)
    return continuing(plain) if heard.spoken.endswith(",") else plain


def audit(heard: Sequence[Heard], cache_dir: Path, jobs: int = 2, quiet: bool = True) -> list[tuple[str, str]]:
    """(utterance id, problem) for every dropped phoneme string and every clip short of its plain rendering.

    Plain renderings are synthesized through the clip cache; raises ToolFailure or MissingToolError.
    """
    from producer.speech.synth import synthesize  # the engines' machinery, only when auditing audio

    problems: list[tuple[str, str]] = []
    for h in heard:
        for phonemes in dropped_phonemes(h.spoken, h.voice.voice):
            problems.append((h.id, f"eSpeak NG drops [[{phonemes}]] in {h.spoken[:80]!r}"))
    worded = [h for h in heard if h.text and re.search(r"\w", h.text)]
    roles = {h.role: h.voice for h in worded}
    plain = [Utterance(h.id, "audit", None, None, None, None, h.role, h.text, plain_form(h), 0) for h in worded]
    profile = VoiceProfile("plain", None, roles)
    for h, path in zip(worded, synthesize(plain, profile, cache_dir, jobs, quiet), strict=True):
        expected = clip_ms(path)
        if h.clip_ms < MIN_RATIO * expected:
            short = 100 - round(100 * h.clip_ms / expected)
            why = (f"clip is {h.clip_ms} ms, {short}% shorter than a plain rendering of the same words "
                   f"({expected} ms): a word may be lost; spoken: {h.spoken[:80]!r}")
            problems.append((h.id, why))
    return problems
