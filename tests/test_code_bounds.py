"""The reader's size bounds (issue 11): every module under 400 lines, no function over 60 lines or complexity 20."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.fixtures import ROOT

READ = ROOT / "producer" / "read"


def test_reader_modules_and_functions_stay_small() -> None:
    long_modules = {p.name: n for p in READ.glob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) >= 400}
    assert not long_modules
    long_functions = [f"{p.name}:{node.name} ({node.end_lineno - node.lineno + 1} lines)"
                      for p in READ.glob("*.py") for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                      if isinstance(node, ast.FunctionDef) and node.end_lineno and node.end_lineno - node.lineno + 1 > 60]
    assert not long_functions


def test_reader_functions_are_not_too_complex() -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "C901", str(READ)], check=False, capture_output=True,
                          text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout
