"""`producer cache stats|prune`: what the build cache holds, and trimming it (least recently used first)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from producer.errors import UsageError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("cache", help="show the cache's size (stats) or trim it (prune)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    stats = actions.add_parser("stats", help="files, size and age of the cache, by kind")
    prune = actions.add_parser("prune", help="delete the least recently used files: those older than AGE, then down to SIZE")
    prune.add_argument("--max-size", metavar="SIZE", help="keep at most this much, e.g. 2G or 500M")
    prune.add_argument("--older-than", metavar="AGE", help="delete what no build used for this long, e.g. 30d, 12h, 2w")
    prune.add_argument("--dry-run", action="store_true", help="say what would go, delete nothing")
    for action in (stats, prune):
        action.add_argument("--cache", type=Path, help="the cache folder (default: $PRODUCER_CACHE or .cache/producer)")
    p.set_defaults(func=run)


def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def _age(seconds: float) -> str:
    for unit, length in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= length:
            return f"{seconds / length:.0f} {unit}"
    return f"{seconds:.0f} s"


def run(args: argparse.Namespace) -> int:
    from producer.cache import entries, parse_age, parse_size, prune, resolve_cache_dir

    cache_dir = resolve_cache_dir(args.cache)
    if args.action == "stats":
        files, temps = entries(cache_dir)
        now = time.time()
        print(f"cache: {cache_dir}")
        kinds = sorted({e.kind for e in files})
        for kind in kinds:
            group = [e for e in files if e.kind == kind]
            print(f"  {kind:<10} {len(group):>7} files {_size(sum(e.size for e in group)):>10}   "
                  f"last used {_age(now - group[-1].mtime)} ago, least recently {_age(now - group[0].mtime)} ago")
        print(f"  {'total':<10} {len(files):>7} files {_size(sum(e.size for e in files)):>10}"
              + (f"   (+ {len(temps)} temporary files of builds)" if temps else ""))
        return 0
    if args.max_size is None and args.older_than is None:
        raise UsageError("cache prune: give --max-size SIZE and/or --older-than AGE (e.g. --max-size 2G --older-than 30d)")
    max_size = parse_size(args.max_size) if args.max_size is not None else None
    older = parse_age(args.older_than) if args.older_than is not None else None
    deleted = prune(cache_dir, max_size, older, dry_run=args.dry_run)
    files, _temps = entries(cache_dir)
    left = [e for e in files if e not in deleted]
    print(f"{'would delete' if args.dry_run else 'deleted'} {len(deleted)} files ({_size(sum(e.size for e in deleted))}); "
          f"{len(left)} files ({_size(sum(e.size for e in left))}) {'would stay' if args.dry_run else 'left'}", file=sys.stderr)
    return 0
