"""Audio checks for `producer check`: duration, RMS, peak, noise floor, room tone and chapter marks, against ACX's bar."""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from producer.audio.ffrun import ffmpeg, ffprobe_json
from producer.check import Finding, ToolReport
from producer.errors import ToolFailure
from producer.tools import FFMPEG, FFPROBE, Tool

AUDIO_SUFFIXES = frozenset({".m4b", ".m4a", ".mp3"})
# ACX audiobook submission requirements
RMS_RANGE = (-23.0, -18.0)
PEAK_MAX = -3.0
NOISE_FLOOR_MAX = -60.0
HEAD_RANGE_MS = (500, 1000)
TAIL_RANGE_MS = (1000, 5000)
SILENCE_DB = -50  # below this counts as room tone when finding the head and tail
MIN_SILENCE_S = 0.25


@dataclass(frozen=True, slots=True)
class AudioReport:
    """What one audio file measures; dB values may be -inf (digital silence)."""

    path: Path
    duration_ms: int
    rms_db: float
    peak_db: float
    noise_floor_db: float
    head_ms: int
    tail_ms: int
    marks: tuple[tuple[int, str], ...] = field(default=())

    def problems(self) -> list[str]:
        """Each way the file misses the ACX bar, as a message naming the fix; empty when it passes."""
        out = []
        if not RMS_RANGE[0] <= self.rms_db <= RMS_RANGE[1]:
            out.append(f"RMS {self.rms_db:.1f} dB is outside {RMS_RANGE[0]:.0f}..{RMS_RANGE[1]:.0f} dB; adjust the loudness filter")
        if self.peak_db > PEAK_MAX:
            out.append(f"peak {self.peak_db:.1f} dBFS is above {PEAK_MAX:.0f} dBFS; lower the limiter's limit")
        if self.noise_floor_db > NOISE_FLOOR_MAX:
            out.append(f"noise floor {self.noise_floor_db:.1f} dB is above {NOISE_FLOOR_MAX:.0f} dB")
        if not HEAD_RANGE_MS[0] <= self.head_ms <= HEAD_RANGE_MS[1]:
            out.append(f"room tone at the head is {self.head_ms} ms, not {HEAD_RANGE_MS[0]}..{HEAD_RANGE_MS[1]} ms")
        if not TAIL_RANGE_MS[0] <= self.tail_ms <= TAIL_RANGE_MS[1]:
            out.append(f"room tone at the tail is {self.tail_ms} ms, not {TAIL_RANGE_MS[0]}..{TAIL_RANGE_MS[1]} ms")
        return out

    def summary(self) -> str:
        """One line: duration, levels, room tone and the number of marks."""
        minutes, seconds = divmod(self.duration_ms / 1000, 60)
        return (f"{self.path}: {int(minutes)}:{seconds:04.1f}, RMS {self.rms_db:.1f} dB, peak {self.peak_db:.1f} dBFS, "
                f"noise floor {_db(self.noise_floor_db)}, head {self.head_ms} ms, tail {self.tail_ms} ms, "
                f"{len(self.marks)} chapter mark(s)")


def _db(value: float) -> str:
    return "-inf dB (digital silence)" if math.isinf(value) else f"{value:.1f} dB"


def _number(stderr: str, label: str) -> float:
    match = re.search(rf"\] {re.escape(label)}: (-?inf|-?[0-9.]+)", stderr)
    if match is None:
        raise ValueError(label)
    return float(match.group(1))


def marks(path: Path) -> tuple[tuple[int, str], ...]:
    """(start ms, title) of every chapter mark ffprobe lists, in its order."""
    data = ffprobe_json(path, "-show_chapters")
    return tuple((round(float(c["start_time"]) * 1000), str(c.get("tags", {}).get("title", "")))
                 for c in data.get("chapters", []))


def analyse(path: Path) -> AudioReport:
    """Decode `path` once and measure it; raises ToolFailure when ffmpeg cannot read it."""
    audio_filter = (f"astats=measure_perchannel=none:measure_overall=RMS_level+Peak_level+Noise_floor+Number_of_samples,"
                    f"silencedetect=n={SILENCE_DB}dB:d={MIN_SILENCE_S}")
    err = ffmpeg(["-i", str(path), "-map", "0:a:0", "-af", audio_filter, "-f", "null", "-"],
                 f"measuring {path}", timeout=900, loglevel="info")
    rate = int(ffprobe_json(path, "-select_streams", "a:0", "-show_entries", "stream=sample_rate")["streams"][0]["sample_rate"])
    samples = int(_number(err, "Number of samples"))
    duration = samples / rate
    starts = [float(x) for x in re.findall(r"silence_start: (-?[0-9.]+)", err)]
    ends = [float(x) for x in re.findall(r"silence_end: ([0-9.]+)", err)]
    head = ends[0] if starts and starts[0] <= 0.001 and ends else 0.0
    # a silence still open at the end of the stream, or closed exactly there, is the tail
    tail = 0.0
    if starts and (len(ends) < len(starts) or ends[-1] >= duration - MIN_SILENCE_S):
        tail = duration - starts[-1]
    return AudioReport(path, round(duration * 1000), _number(err, "RMS level dB"), _number(err, "Peak level dB"),
                       _number(err, "Noise floor dB"), round(head * 1000), round(tail * 1000), marks(path))




def _titled_marks(path: Path) -> set[str]:
    """Titles of the first marks of chapters that have a title in the source, from the timeline beside the audio."""
    for folder in (path.parent, path.parent.parent):
        for timeline in folder.glob("*.timeline.json"):
            try:
                tracks = json.loads(timeline.read_text(encoding="utf-8"))["tracks"]
                return {t["marks"][0]["title"] for t in tracks if t.get("titled") and t.get("marks")}
            except (OSError, ValueError, KeyError, TypeError, IndexError):
                continue
    return set()


def _mark_problems(report: AudioReport, titled: set[str]) -> list[str]:
    """Marks out of order or untitled, and a bare 'Chapter N' where the chapter has a title the mark failed to use.

    A chapter with no title in the source is rightly marked by its number ("Chapter 5").
    """
    out = []
    starts = [s for s, _ in report.marks]
    if starts != sorted(starts):
        out.append("chapter marks are not in start order")
    for start, title in report.marks:
        bare = re.fullmatch(r"(?i)[a-z]+\s+[0-9ivxlcdm]+", title.strip())  # "Chapter 5", "Letter IV"
        if not title.strip() or (bare and title in titled):
            out.append(f"chapter mark at {start} ms is titled {title!r}; give it a title that says what it is")
    return out


def _id3_problems(path: Path) -> list[tuple[str, str]]:
    """MP3 only: CHAP frames stored in start order, each table of contents listing its chapters in start order and
    every chapter reachable from the top-level one (some tools re-sort frames by size); the tags players read."""
    from mutagen.id3 import ID3, ID3NoHeaderError

    try:
        id3 = ID3(path)
    except ID3NoHeaderError:
        return [("AUDIO-ID3", "no ID3v2 tag; rebuild with `producer build --formats mp3`")]
    chaps = {c.element_id: c for c in id3.getall("CHAP")}
    out = []
    if [c.start_time for c in chaps.values()] != sorted(c.start_time for c in chaps.values()):
        out.append("ID3 CHAP frames are not stored in start order; some players list chapters out of order")
    tocs = {t.element_id: t for t in id3.getall("CTOC")}
    top = [t for t in tocs.values() if t.flags & 2]
    reached: set[str] = set()
    for toc in tocs.values():
        inner = [chaps[c] for c in toc.child_element_ids if c in chaps]
        if [c.start_time for c in inner] != sorted(c.start_time for c in inner):
            out.append(f"ID3 CTOC {toc.element_id!r} does not list its chapters in start order")
        reached.update(toc.child_element_ids)
    if chaps and (len(top) != 1 or set(chaps) - reached):
        out.append("ID3 chapters need one top-level CTOC from which every CHAP is reached")
    problems = [("AUDIO-ID3", p) for p in out]
    wanted = (("TCOM", "the narrator (composer)"), ("TLAN", "the language"), ("COMM", "a comment"))
    problems += [("AUDIO-TAGS", f"no {what} tag ({frame}); rebuild with this version") for frame, what in wanted
                 if not id3.getall(frame)]
    if id3.getall("TLAN") and str(id3.getall("TLAN")[0]) == "und":
        problems.append(("AUDIO-TAGS", "the language tag is 'und'; set language in the sidecar"))
    return problems + _year_problem([str(f) for f in id3.getall("TDRC")])


def _mp4_problems(path: Path) -> list[tuple[str, str]]:
    """M4B only: the tags Audiobookshelf and Apple Books read (narrator, stik 2, comment) and the audio's language."""
    from mutagen.mp4 import MP4

    tags: Any = MP4(path).tags or {}
    problems = [("AUDIO-TAGS", f"no {what} tag ({atom}); rebuild with this version")
                for atom, what in (("©wrt", "narrator (composer)"), ("©cmt", "comment"), ("stik", "media kind"))
                if atom not in tags]
    if "stik" in tags and list(tags["stik"]) != [2]:
        problems.append(("AUDIO-TAGS", f"media kind (stik) is {list(tags['stik'])}, not 2 (audiobook)"))
    language = ffprobe_json(path, "-select_streams", "a:0", "-show_entries", "stream_tags=language")["streams"][0]
    if language.get("tags", {}).get("language", "und") == "und":
        problems.append(("AUDIO-TAGS", "the audio stream's language is undetermined; set language in the sidecar"))
    return problems + _year_problem([str(v) for v in tags.get("©day", [])])


def _year_problem(values: list[str]) -> list[tuple[str, str]]:
    """A date tag, when there is one, is a year of publication, not a build day."""
    if values and not re.fullmatch(r"\d{4}", values[0]):
        return [("AUDIO-TAGS", f"the date tag is {values[0]!r}, not a year of publication; set year in the sidecar")]
    return []


def requirements(path: Path) -> tuple[Tool, ...]:
    """ffmpeg decodes and measures, ffprobe lists the marks."""
    return (FFMPEG, FFPROBE)


def check(path: Path) -> list[ToolReport]:
    """`producer check` for one audio file: its measurements in the summary, each miss of the bar an error."""
    started = time.monotonic()
    try:
        report = analyse(path)
    except (ToolFailure, ValueError, KeyError, IndexError) as e:
        message = e.message if isinstance(e, ToolFailure) else f"ffmpeg gave no {e} for it"
        return [ToolReport("audio", [Finding("error", "AUDIO-READ", message, str(path))], seconds=time.monotonic() - started)]
    problems = [("AUDIO-LEVEL", p) for p in report.problems()] + [("AUDIO-MARKS", p) for p in _mark_problems(report, _titled_marks(path))]
    if path.suffix.lower() == ".mp3":
        problems += _id3_problems(path)
    elif path.suffix.lower() == ".m4b":
        problems += _mp4_problems(path)
    minutes, seconds = divmod(report.duration_ms / 1000, 60)
    tool = (f"audio ({int(minutes)}:{seconds:04.1f}, RMS {report.rms_db:.1f} dB, peak {report.peak_db:.1f} dBFS, "
            f"noise floor {_db(report.noise_floor_db)}, head {report.head_ms} ms, tail {report.tail_ms} ms, "
            f"{len(report.marks)} chapter marks)")
    return [ToolReport(tool, [Finding("error", code, message, str(path)) for code, message in problems],
                       seconds=time.monotonic() - started)]
