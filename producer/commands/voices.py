"""`producer voices`: the eSpeak NG voices installed and the voice profiles found."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("voices", help="list eSpeak NG's installed voices and the voice profiles")
    p.add_argument("--all", action="store_true", help="every language, not only English")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
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
