"""The `producer` command line: global options, subcommands, error and exit-code handling."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from producer.errors import ExitCode, ProducerError


def parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    from producer.commands import build, cache, check, deps, say, script, segment, voices  # inside main's Ctrl-C handling

    p = argparse.ArgumentParser(
        prog="producer",
        description="Turn a plain-text book chapter into an accessible EPUB3 and a chaptered audiobook (M4B, MP3).",
    )
    p.add_argument("--quiet", action="store_true", help="no progress output (warnings are still shown)")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in (segment, build, check, script, say, voices, deps, cache):
        module.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        p = parser()
        try:
            args = p.parse_args(argv)
        except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
            return int(e.code or 0)
        return int(args.func(args))
    except ProducerError as e:
        print(f"producer: error: {e.message}", file=sys.stderr)
        return int(e.exit_code)
    except KeyboardInterrupt:
        print("producer: interrupted", file=sys.stderr)
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        return int(ExitCode.OK)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
