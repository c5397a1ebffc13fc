"""`producer segment FILE`: print the document model as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("segment", help="print the segmented document as JSON on stdout")
    p.add_argument("file", type=Path, help="a .txt chapter (with optional NAME.toml beside it) or its .json form")
    p.add_argument("--encoding", help="the text's encoding when it is not UTF-8 (e.g. cp1252)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from producer.diagnostics import report
    from producer.read import load
    from producer.read.jsonform import dumps

    doc = load(args.file, args.encoding)
    report(str(args.file), doc.diagnostics, strict=args.strict, quiet=args.quiet)
    sys.stdout.write(dumps(doc))
    return 0
