"""`producer script FILE`: print the utterances a build will speak, without any engine."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from producer.speech import NOTES_MODES

if TYPE_CHECKING:
    from producer.speech.script import Utterance

# The reader, the profiles, the script and the engines load inside the command, so other commands start without them.


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("script", help="print the utterances a build will speak (no engine needed)")
    p.add_argument("file", type=Path, help="a .txt chapter (with optional NAME.toml beside it) or its .json form")
    p.add_argument("--voice", default="default", metavar="NAME", help="voice profile voices/NAME.toml (default: default)")
    p.add_argument("--notes", choices=NOTES_MODES, help="where notes are read (default: the profile's, after-paragraph)")
    p.add_argument("--json", action="store_true", help='print {"utterances": [...]} as JSON')
    p.add_argument("--encoding", help="the text's encoding when it is not UTF-8 (e.g. cp1252)")
    p.set_defaults(func=run)


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


def run(args: argparse.Namespace) -> int:
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
