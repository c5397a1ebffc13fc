"""Printing diagnostics as FILE:LINE:COL: severity: message, and the --strict rule."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from producer.errors import ContentError
from producer.model import Diagnostic


def format_diagnostic(source: str, d: Diagnostic) -> str:
    """One line in the compiler style editors understand."""
    where = source
    if d.line is not None:
        where += f":{d.line}"
        if d.column is not None:
            where += f":{d.column}"
    return f"{where}: {d.severity}: {d.message} [{d.code}]"


def report(source: str, diagnostics: Iterable[Diagnostic], *, strict: bool, quiet: bool = False, stream: TextIO | None = None) -> None:
    """Print warnings and errors (info too unless quiet); raise ContentError on errors, or on warnings when strict."""
    out = stream or sys.stderr
    errors = warnings = 0
    for d in diagnostics:
        if d.severity == "info" and quiet:
            continue
        print(format_diagnostic(source, d), file=out)
        errors += d.severity == "error"
        warnings += d.severity == "warning"
    if errors or (strict and warnings):
        what = f"{errors} error(s)" if errors else f"{warnings} warning(s) with --strict"
        raise ContentError(f"{source}: {what}; fix the text or its sidecar .toml (or correct the segmentation in its JSON form)")
