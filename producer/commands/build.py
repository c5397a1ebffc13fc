"""`producer build FILE... [--formats LIST] [--out DIR]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from producer.build import FORMATS, build, parse_formats
from producer.job import BuildOptions
from producer.speech import NOTES_MODES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("build", help="build the EPUB and audiobook formats into DIR/<slug>/")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".txt chapters or their .json form")
    p.add_argument("--formats", help=f"comma list of {', '.join(FORMATS)} (default: all)")
    p.add_argument("--out", type=Path, default=Path("output"), metavar="DIR", help="output folder (default: output)")
    p.add_argument("--voice", default="default", help="voice profile name: voices/NAME.toml (default: default)")
    p.add_argument("--notes", choices=NOTES_MODES, default=None,
                   help="where notes are read in the audio (default: the profile's, after-paragraph)")
    p.add_argument("--cache", type=Path, help="cache folder for speech clips and encoded audio (default: $PRODUCER_CACHE or .cache/producer)")
    p.add_argument("--jobs", type=int, default=None,
                   help="processes reading, synthesizing and encoding at once (default: one per core; with --scheduler, one per task)")
    p.add_argument("--marks", choices=("chapters", "documents"), default="chapters",
                   help="the M4B's chapter marks: one per chapter and the credits (default), or also one per quoted "
                        "document of 30 s or more (the MP3s always nest them under their chapter)")
    p.add_argument("--encoding", help="the text's encoding when it is not UTF-8")
    p.add_argument("--scheduler", default=os.environ.get("PRODUCER_SCHEDULER") or None, metavar="ADDRESS",
                   help="build on a Dask cluster, one task per book, e.g. tcp://host:8786 (default: $PRODUCER_SCHEDULER; "
                        "none: build here)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    formats = parse_formats(args.formats)
    options = BuildOptions(
        voice=args.voice,
        notes=args.notes,
        cache=args.cache,
        jobs=max(1, args.jobs if args.jobs is not None else 1 if args.scheduler else os.cpu_count() or 1),
        quiet=args.quiet,
        strict=args.strict,
        marks=args.marks,
    )
    if args.scheduler:
        from producer.cluster import build_on_cluster, report_results

        failed = report_results(build_on_cluster(args.scheduler, args.files, args.out, formats, options, args.encoding), args.quiet)
        return min(failed, 125)
    for path in build(args.files, args.out, formats, options, args.encoding):
        if not args.quiet:
            print(path, file=sys.stderr)
    return 0
