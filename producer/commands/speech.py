"""`producer script`, `producer say` and `producer voices`: the speech script, auditioning, and the voices there are."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from producer.errors import UsageError
from producer.speech import NOTES_MODES, ROLES

if TYPE_CHECKING:
    from producer.speech.script import Utterance

# The reader, the profiles, the script and the synthesis engines are imported inside the commands that use
# them, so `producer --help` and the other commands start without loading them.

SAY_MAX_CHARS = 2000  # one clip; pyttsx3's driver crashes on very long text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("script", help="print the utterances a build will speak (no engine needed)")
    p.add_argument("file", type=Path, help="a .txt chapter (with optional NAME.toml beside it) or its .json form")
    p.add_argument("--voice", default="default", metavar="NAME", help="voice profile voices/NAME.toml (default: default)")
    p.add_argument("--notes", choices=NOTES_MODES, help="where notes are read (default: the profile's, after-paragraph)")
    p.add_argument("--json", action="store_true", help='print {"utterances": [...]} as JSON')
    p.add_argument("--encoding", help="the text's encoding when it is not UTF-8 (e.g. cp1252)")
    p.set_defaults(func=run_script)

    p = sub.add_parser("say", help="speak a sample with a profile's voice and the lexicon, for auditioning")
    p.add_argument("text", help="the words to speak")
    p.add_argument("-o", "--output", type=Path, help="the WAV file to write")
    p.add_argument("--phonemes", action="store_true",
                   help="print eSpeak NG's phonemes for the words as it reads them alone and with the lexicon (to check an entry)")
    p.add_argument("--role", choices=ROLES, default="narration", help="which of the profile's voices (default: narration)")
    p.add_argument("--voice", default="default", metavar="NAME", help="voice profile voices/NAME.toml (default: default)")
    p.add_argument("--cache", type=Path, help="clip cache folder (default: $PRODUCER_CACHE or .cache/producer)")
    p.set_defaults(func=run_say)

    p = sub.add_parser("voices", help="list eSpeak NG's installed voices and the voice profiles")
    p.add_argument("--all", action="store_true", help="every language, not only English")
    p.set_defaults(func=run_voices)


def utterance_json(u: Utterance) -> dict[str, object]:
    """One utterance as the JSON the script command prints."""
    return asdict(u)


def format_script(utterances: tuple[Utterance, ...]) -> str:
    """The script as readable text: one line per utterance, a header per section."""
    lines: list[str] = []
    section = None
    for u in utterances:
        if u.section != section:
            section = u.section
            lines.append(f"\n== {section} ==" if lines else f"== {section} ==")
        owner = f" {u.document}" if u.document else f" {u.note}" if u.note and u.role == "note" else ""
        lines.append(f"{u.id} {u.role + owner:<22} {u.spoken}  [{u.pause_ms} ms]")
        if u.text and " ".join(u.text.split()) != u.spoken:
            lines.append(f"{'':6} {'text:':<22} {' '.join(u.text.split())}")
    return "\n".join(lines) + "\n"


def run_script(args: argparse.Namespace) -> int:
    from producer.diagnostics import report
    from producer.read import load
    from producer.speech.script import build_script
    from producer.speech.voices import load_profile

    profile = load_profile(args.voice)
    doc = load(args.file, args.encoding)
    report(str(args.file), doc.diagnostics, strict=args.strict, quiet=args.quiet)
    utterances = build_script(doc, profile, args.notes)
    if args.json:
        sys.stdout.write(json.dumps({"utterances": [utterance_json(u) for u in utterances]}, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(format_script(utterances))
    return 0


def run_say(args: argparse.Namespace) -> int:
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


def run_voices(args: argparse.Namespace) -> int:
    from producer.speech.catalog import installed_variants, installed_voices
    from producer.speech.voices import list_profiles, load_profile, profile_dirs

    voices = [v for v in installed_voices() if args.all or v.language.startswith("en")]
    print("eSpeak NG voices (use the language or file as voice id, add +variant):")
    for v in voices:
        print(f"  {v.language:<16} {v.file:<24} {v.gender:<2} {v.name}")
    print(f"variants: {' '.join(installed_variants())}")
    print(f"\nprofiles (looked up in {', '.join(str(d) for d in profile_dirs())}):")
    for name, path in list_profiles():
        profile = load_profile(name)
        roles = ", ".join(f"{role} {v.voice} {v.rate} wpm" for role, v in profile.roles.items())
        shown = os.path.relpath(path) if Path.cwd() in path.parents else str(path)
        print(f"  {name:<12} {shown}\n    engine {profile.roles['narration'].engine}; notes {profile.notes}; {roles}")
    return 0
