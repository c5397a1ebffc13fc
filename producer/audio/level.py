"""One loudness for every voice: each role is brought to the narration's integrated loudness.

eSpeak NG's voices differ in level (the document voice measured 2.3 LU louder than the
narration, the note voice 1.9 LU quieter), so a listener would reach for the volume at every
quotation. Each role's voice reads the same calibration passage once (a cached clip); the
gain that brings it to the narration's integrated loudness (EBU R128, ffmpeg's ebur128
filter), measured after the tracks' limiter, is cached too and applied to that role's clips
when a track is assembled.
"""

from __future__ import annotations

import json
import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from producer.audio.encode import EXTRA_GAIN_DB, LOUDNESS_FILTER
from producer.audio.ffrun import ffmpeg, ffmpeg_version
from producer.cache import content_key, used
from producer.speech.script import Utterance
from producer.speech.voices import VoiceProfile

# About 30 seconds of plain narrative prose: long enough for a stable integrated loudness.
CALIBRATION = (
    "It was late in the autumn when the letter reached us, and by then the roads were already deep in mud. "
    "My father read it twice at the window, folded it carefully, and said nothing until supper. "
    "Then he told us that we would leave for the city at the end of the week, and that nobody was to ask why. "
    "The house was sold with everything in it except the books, which filled eleven wooden boxes. "
    "On the morning we left, the whole village came out to watch, as if we were going to the end of the world. "
    "Nobody spoke on the road, and for a long time the only sound was the creaking of the wheels."
)
STEP_DB = 0.1  # gains are rounded, so that a measurement's last digit never changes an encode's cache key
# The track filter's limiter takes more off a peaky voice than a smooth one, so gains are fitted to what
# comes out of it, at the make-up gain of a typical chapter (speech fills about 94% of its samples).
TYPICAL_TRACK_GAIN_DB = EXTRA_GAIN_DB + 0.25
ROUNDS = 3


def loudness_after_filter(clip: Path, gain_db: float) -> float:
    """Integrated loudness (LUFS) of `clip` raised by `gain_db` and put through a typical track's filter."""
    chain = f"volume={gain_db:.2f}dB,{LOUDNESS_FILTER.format(level_in=10 ** (TYPICAL_TRACK_GAIN_DB / 20))},ebur128"
    report = ffmpeg(["-nostats", "-i", str(clip), "-af", chain, "-f", "null", "-"], f"measuring the loudness of {clip}",
                    loglevel="info")
    found = re.findall(r"I:\s+(-?[0-9.]+) LUFS", report)
    return float(found[-1]) if found else -70.0


def _fit(clip: Path, target: float) -> float:
    """The gain (dB) that brings `clip` to `target` LUFS after the filter, in a few rounds (the curve is near linear)."""
    gain = 0.0
    for _ in range(ROUNDS):
        miss = target - loudness_after_filter(clip, gain)
        if abs(miss) < STEP_DB / 2:
            break
        gain += miss
    return round(round(gain / STEP_DB) * STEP_DB, 1)


def role_gains(profile: VoiceProfile, cache_dir: Path, jobs: int, quiet: bool) -> dict[str, float]:
    """dB to add to each role's clips so that it sounds as loud as the narration; kept in the cache; raises ProducerError."""
    from producer.speech.synth import synthesize

    roles = sorted(profile.roles)
    passages = [Utterance(f"level-{r}", "level", None, None, None, None, r, CALIBRATION, CALIBRATION, 0) for r in roles]
    clips = dict(zip(roles, synthesize(passages, profile, cache_dir, jobs, quiet), strict=True))
    key = content_key({"clips": {r: c.stem for r, c in clips.items()}, "filter": LOUDNESS_FILTER,
                       "gain": TYPICAL_TRACK_GAIN_DB, "ffmpeg": ffmpeg_version()})
    record = cache_dir / "loudness" / f"{key}.json"
    try:
        gains = {r: float(g) for r, g in json.loads(record.read_text()).items()}
        used(record)
        return gains
    except (OSError, ValueError, AttributeError):
        pass
    reference = "narration" if "narration" in clips else roles[0]
    target = loudness_after_filter(clips[reference], 0.0)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:  # each fit waits on its own ffmpeg: roles share the cores
        gains = dict(zip(roles, pool.map(lambda r: 0.0 if r == reference else _fit(clips[r], target), roles), strict=True))
    record.parent.mkdir(parents=True, exist_ok=True)
    tmp = record.with_name(f".{record.name}.{os.getpid()}.part")
    tmp.write_text(json.dumps(gains))
    os.replace(tmp, record)
    return gains
