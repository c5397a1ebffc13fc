"""Date expressions in narrative text, resolved to ISO 8601 at the precision the text gives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from producer.read.cues import MONTH_ABBREVIATION, MONTH_NUMBERS, MONTH_WORD

_MONTH_NAMES = {**MONTH_NUMBERS, "sept": 9, "mch": 3, "septr": 9, "octr": 10, "novr": 11, "decr": 12}
_MONTH = rf"(?P<month>{MONTH_WORD}|{MONTH_WORD.upper()}|{MONTH_ABBREVIATION})"  # "APRIL 7, 1865." in a letter's date line
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|d)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

_PATTERNS = (
    # October 4, 1918 / October 4 / October 4th, 1918
    # "April 1,1861" and "London: June 10. 1835." as printed too; "January 30 [1871]", "December 24th, [1859]",
    # "[September 2], 1831": the editor's brackets
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:\]?(?:,\s*|\.\s+|\s+)\[?{_YEAR}\b\]?)?")),
    # 4 October 1918 / the 4th of October, 1918
    ("dmy", re.compile(rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\[?{_YEAR}\b\]?)?")),
    # August, 1918 / in March 1919
    ("my", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b")),
    # In October (the year carried from the narrative)
    ("m", re.compile(rf"\b(?:in|In|during|During|by|By|early in|late in|Early in|Late in|of)\s+{_MONTH}\b(?!\s+\d)")),
    # on the 29th (the month carried from the narrative)
    ("d", re.compile(rf"\b(?:on|On|of|Of|dated|until|till|since|by)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th|d)\b(?!\s+(?:of\s+)?(?:{MONTH_WORD})\b)")),
    # in 1919 (a bare year, not a range like 1914-17)
    ("y", re.compile(rf"\b(?:[Ii]n|of|[Ss]ince|[Dd]uring|[Bb]y|year)\s+{_YEAR}\b(?![-–]\d)")),
    # New Year's (Day), Christmas Eve: days of the narrative's year (New Year's late in a year is the next one's)
    ("hol", re.compile(r"\b(?P<hol>New[ -]Year[’']s|Christmas)(?:\s+(?P<part>Day|Eve))?")),
    # relative expressions (the lookahead holds every first letter: a word that starts otherwise is passed over at once)
    ("rel", re.compile(
        r"\b(?=[tnoafse\d])(?P<rel>(?:the\s+)?next\s+day|(?:on\s+)?the\s+following\s+day|the\s+day\s+after|(?:on\s+)?the\s+same\s+(?:day|evening|night|morning|afternoon)|that\s+(?:same\s+)?(?:day|evening|night|morning|afternoon)"
        r"|(?:on\s+)?the\s+previous\s+day|the\s+day\s+before|next\s+morning|the\s+next\s+morning"
        r"|(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|afterwards|after|before|earlier))\b",
        re.IGNORECASE,
    )),
)


_YEAR_END = re.compile(r"\b(?:(?:last|closing|final)\s+(?:few\s+)?(?:days|weeks)|end)\s+of\s+(?:the\s+)?(?:year\s+)?\S*$")
# a cheap test that a text may hold any date expression at all (most narrative sentences do not)
_HINT = re.compile(
    rf"\d|{MONTH_WORD}|{MONTH_ABBREVIATION}|"
    r"\b(?:later|afterwards|after|before|earlier|next|same|following|previous|that|christmas|year)\b", re.IGNORECASE
)


_HINTS = {
    "month": re.compile(rf"{MONTH_WORD}|{MONTH_WORD.upper()}|{MONTH_ABBREVIATION}"),
    "year": re.compile(r"\d\d\d\d"),
    "day": re.compile(r"\bthe\s+\d", re.IGNORECASE),
    "hol": re.compile(r"New[ -]Year|Christmas"),
    "rel": re.compile(
        r"\b(?:later|afterwards|earlier|next|same|following|previous)\b|\bday\s+(?:after|before)\b"
        r"|\bthat\s+(?:same\s+)?(?:day|evening|night|morning|afternoon)\b|\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b",
        re.IGNORECASE,
    ),
}
_NEEDS = {"mdy": "month", "dmy": "month", "my": "month", "m": "month", "d": "day", "y": "year", "rel": "rel", "hol": "hol"}


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression at [start, end) of a text; `iso` once resolved."""

    start: int
    end: int
    kind: str
    iso: str | None


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _shift(base: str, n: int, unit: str) -> str | None:
    """`base` moved by n units, at the precision both allow."""
    parts = [int(p) for p in base.split("-")]
    unit = unit.rstrip("s")
    if unit == "year":  # "a year later" is as precise as a year
        return _iso(parts[0] + n)
    if unit == "month":
        if len(parts) < 2:
            return None
        y, m = divmod(parts[0] * 12 + parts[1] - 1 + n, 12)
        return _iso(y, m + 1)
    if len(parts) < 3:
        return None
    return (date(*parts) + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()


def _opens_sentence(text: str, offset: int) -> bool:
    """True when `offset` falls within the first few words of its sentence ("In the spring of 1919")."""
    start = max(text.rfind(". ", 0, offset), text.rfind("! ", 0, offset), text.rfind("? ", 0, offset), text.rfind("\n", 0, offset))
    return len(text[start + 1: offset].split()) <= 4


class DateContext:
    """The running narrative date: explicit years carry forward; relative dates resolve against it."""

    def __init__(self) -> None:
        self.year: int | None = None
        self.current: str | None = None

    def scan(self, text: str) -> list[DateRef]:
        """Every date expression in `text`, resolved in reading order, updating the context."""
        found: list[tuple[int, int, str, re.Match[str]]] = []
        taken: list[tuple[int, int]] = []
        if not _HINT.search(text):
            return []
        hints = {name: bool(h.search(text)) for name, h in _HINTS.items()}
        for kind, pattern in _PATTERNS:
            if not hints[_NEEDS[kind]]:
                continue
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.end(), kind, m))
        refs = []
        for start, end, kind, m in sorted(found, key=lambda f: f[0]):
            if text[max(0, start - 1): start] == "(":
                # "7 April (26 March)": an Old Style equivalent in brackets does not move the story
                saved = (self.year, self.current)
                refs.append(DateRef(start, end, kind, self._resolve(kind, m)))
                self.year, self.current = saved
                continue
            if kind == "y":
                refs.append(DateRef(start, end, kind, self._bare_year(int(m.group("year")), _opens_sentence(text, start))))
                if _YEAR_END.search(text[max(0, start - 40): start + 5]):
                    self.current = f"{m.group('year')}-12"  # "in the last few days of the year 1863": its December
                continue
            refs.append(DateRef(start, end, kind, self._resolve(kind, m)))
        return refs

    def _bare_year(self, year: int, setting: bool) -> str:
        """A year on its own. "In the spring of 1919, ..." opening a sentence sets the story's year; one
        mid-sentence ("published at Belgrade in 1926", "as in 1909") only stands in until a date or a
        setting year comes, and never moves a story already under way."""
        if setting or self.current is None:
            self.year, self.current = year, _iso(year)
        return str(year)

    def _resolve(self, kind: str, m: re.Match[str]) -> str | None:
        if kind == "rel":
            return self._relative(m)
        if kind == "hol":
            return self._holiday(m.group("hol"), m.group("part"))
        year = int(m.group("year")) if m.groupdict().get("year") else None
        month = _MONTH_NAMES.get(m.group("month").lower().rstrip(".")) if m.groupdict().get("month") else None
        day = int(m.group("day")) if m.groupdict().get("day") else None
        if day is not None and not 1 <= day <= 31:
            return None
        if kind == "d":
            return self._day_only(day)
        if year is None:
            year = self.year
            # "On January 14" after a date in April: the narrative has moved into the next year
            if kind != "m" and year is not None and month is not None and self.current and len(self.current) >= 7 \
                    and int(self.current[:4]) == year and month <= int(self.current[5:7]) - 3:
                year += 1
        else:
            self.year = year
        iso = _iso(year, month, day)
        if iso and kind != "m":  # "in March" as background ("had passed in March") does not move the story on
            self.current = iso
        return iso

    def _holiday(self, name: str, part: str | None) -> str | None:
        if self.year is None:
            return None
        if name == "Christmas":
            iso = _iso(self.year, 12, 24 if part == "Eve" else 25)
        elif part == "Eve":
            iso = _iso(self.year, 12, 31)
        else:  # "about New Year's" after the last days of 1863: 1 January 1864
            late = self.current is not None and len(self.current) >= 7 and int(self.current[5:7]) >= 7
            iso = _iso(self.year + 1 if late else self.year, 1, 1)
        self.current, self.year = iso, int(iso[:4]) if iso else self.year
        return iso

    def _day_only(self, day: int | None) -> str | None:
        if day is None or not self.current or len(self.current) < 7:
            return None
        year, month = int(self.current[:4]), int(self.current[5:7])
        if len(self.current) == 10 and day <= int(self.current[8:10]) - 10:  # "on the 2nd" after the 28th
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        iso = _iso(year, month, day)
        self.current = iso
        return iso

    def _relative(self, m: re.Match[str]) -> str | None:
        if self.current is None:
            return None
        rel = m.group("rel").lower()
        if m.group("unit"):
            word = m.group("n").lower()
            n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
            if n is None:
                return None
            sign = -1 if m.group("dir").lower() in ("before", "earlier") else 1
            iso = _shift(self.current, sign * n, m.group("unit").lower())
        elif "same" in rel or rel.startswith("that"):
            iso = self.current
        elif "previous" in rel or "before" in rel:
            iso = _shift(self.current, -1, "day")
        else:
            iso = _shift(self.current, 1, "day")
        if iso and not (m.group("dir") or "").lower() in ("before", "earlier"):  # a flashback does not move the story
            self.current = iso
            self.year = int(iso[:4])
        return iso
