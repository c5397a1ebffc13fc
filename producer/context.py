"""The one place clock values come from: SOURCE_DATE_EPOCH makes builds reproducible."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime

from producer.errors import UsageError


def build_time() -> datetime:
    """The build's timestamp: SOURCE_DATE_EPOCH when set, else now (UTC, whole seconds).

    Raises UsageError when SOURCE_DATE_EPOCH is not a whole number.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        seconds = int(time.time())
    else:
        try:
            seconds = int(raw)
        except ValueError:
            raise UsageError(f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds; unset it or give e.g. 1700000000") from None
    return datetime.fromtimestamp(seconds, tz=UTC)
