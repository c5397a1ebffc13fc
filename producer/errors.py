"""Exit codes and the one error type every user-facing failure goes through."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, the same for every command."""

    OK = 0
    CONTENT = 1  # bad input text, failed validation
    USAGE = 2  # bad arguments, missing or unreadable path
    MISSING_TOOL = 3  # an external program or library is not installed
    INTERRUPTED = 130


class ProducerError(Exception):
    """A failure the user can fix: one line naming what, where and how to fix it."""

    exit_code: ExitCode = ExitCode.CONTENT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ContentError(ProducerError):
    """The input text, JSON or configuration is wrong."""

    exit_code = ExitCode.CONTENT


class BadReference(ContentError):
    """A Document refers to an id that does not exist, or uses one twice; `where` is its path ('chapters[0].id')."""

    def __init__(self, name: str, where: str, what: str) -> None:
        super().__init__(f"{name}: {where}: {what}")
        self.name, self.where, self.what = name, where, what

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:  # picklable, for parallel reading
        return (BadReference, (self.name, self.where, self.what))


class UsageError(ProducerError):
    """Bad arguments or a path that cannot be used."""

    exit_code = ExitCode.USAGE


class MissingToolError(ProducerError):
    """An external tool is not installed; the message names the package."""

    exit_code = ExitCode.MISSING_TOOL


class ToolFailure(ProducerError):
    """An external tool ran and failed; the message keeps its stderr tail."""

    exit_code = ExitCode.CONTENT
