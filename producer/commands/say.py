"""`producer say "text"`: speak a sample with a profile's voice and the lexicon, or show its phonemes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from producer.errors import UsageError
from producer.speech import ROLES

# The reader, the profiles, the script and the engines load inside the command, so other commands start without them.

SAY_MAX_CHARS = 2000  # one clip; pyttsx3's driver crashes on very long text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("say", help="speak a sample with a profile's voice and the lexicon, for auditioning")
    p.add_argument("text", help="the words to speak")
    p.add_argument("-o", "--output", type=Path, help="the WAV file to write")
    p.add_argument("--phonemes", action="store_true",
                   help="print eSpeak NG's phonemes for the words as it reads them alone and with the lexicon (to check an entry)")
    p.add_argument("--role", choices=ROLES, default="narration", help="which of the profile's voices (default: narration)")
    p.add_argument("--voice", default="default", metavar="NAME", help="voice profile voices/NAME.toml (default: default)")
    p.add_argument("--cache", type=Path, help="clip cache folder (default: $PRODUCER_CACHE or .cache/producer)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise UsageError("producer say: give some words to speak, e.g. producer say \"Tsaritsin\" -o x.wav")
    if len(args.text) > SAY_MAX_CHARS:
        raise UsageError(f"producer say: give at most {SAY_MAX_CHARS} characters (a sentence or two to audition); build the text for more")
    if args.output is None and not args.phonemes:
        raise UsageError("producer say: give -o FILE.wav to hear the words, or --phonemes to see how eSpeak NG reads them")
    if args.output is not None and args.output.suffix.lower() != ".wav":
        raise UsageError(f"-o {args.output}: say writes WAV; give a name ending in .wav")
    from producer.cache import resolve_cache_dir
    from producer.publish import publish_bytes
    from producer.speech.fidelity import dropped_phonemes, espeak_phonemes
    from producer.speech.lexicon import EMPTY, lexicon_for
    from producer.speech.script import PHONEME_ENGINES, Utterance, speakable
    from producer.speech.synth import check_requirements, synthesize
    from producer.speech.voices import load_profile

    check_requirements()
    profile = load_profile(args.voice)
    voice = profile.roles[args.role]
    spoken = speakable(args.text, lexicon_for(profile.lexicons, voice.voice), voice.engine in PHONEME_ENGINES)
    if args.phonemes:
        plain = speakable(args.text, EMPTY, phonemes=False)
        print(f"voice {voice.voice} ({args.role})")
        print(f"  eSpeak NG alone:   {' '.join(espeak_phonemes(plain, voice.voice).split())}   [{plain}]")
        print(f"  with the lexicon:  {' '.join(espeak_phonemes(spoken, voice.voice).split())}   [{spoken}]")
        for lost in dropped_phonemes(spoken, voice.voice):
            print(f"  DROPPED by eSpeak NG: [[{lost}]]")
        if args.output is None:
            return 0
    utterance = Utterance("say", "say", None, None, None, None, args.role, args.text, spoken, 0)
    [clip] = synthesize([utterance], profile, resolve_cache_dir(args.cache), jobs=1, quiet=True)
    publish_bytes(args.output, clip.read_bytes())
    if not args.quiet:
        print(f"{args.output}: {args.role} voice {voice.voice} ({voice.engine}) said: {spoken}", file=sys.stderr)
    return 0
