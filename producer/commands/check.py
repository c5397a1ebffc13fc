"""`producer check PATH...`: validate built files (EPUBCheck and Ace for EPUBs) and summarise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from producer.tools import require


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `check` subcommand."""
    p = sub.add_parser("check", help="validate built files or output folders (EPUBCheck, Ace by DAISY, ...)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="built files, or folders to search (e.g. output)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check every file; exit 1 on any error (on warnings too with --strict)."""
    from producer.check import checker_for, collect  # loaded only when checking

    files = collect(args.paths)
    checkers = {f: checker_for(f) for f in files}
    require(*{t for f, c in checkers.items() if hasattr(c, "requirements") for t in c.requirements(f)})
    errors = warnings = 0
    for path, checker in checkers.items():
        reports = checker.check(path)
        print(path)
        for report in reports:
            for finding in report.findings:
                if finding.severity != "info":
                    print(f"  {finding.line()}  [{report.tool}]")
            if not args.quiet or report.errors or report.warnings:
                print(f"  {report.summary()}")
            errors += report.errors
            warnings += report.warnings
    failed = errors > 0 or (args.strict and warnings > 0)
    verdict = "FAILED" if failed else "ok"
    print(f"{len(files)} file(s) checked: {errors} error(s), {warnings} warning(s): {verdict}", file=sys.stderr if args.quiet else sys.stdout)
    return 1 if failed else 0
