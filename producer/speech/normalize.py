"""Normalization for the ear: numbers, years, dates, Roman numerals, abbreviations, initials, dashes.

eSpeak NG reads "1919" after a comma as "nineteen hundred nineteen", "Gen." as "Jen" and
"XXXVI" as "roman thirty six", so what the engine is given is rewritten here; the source
text itself is never changed (an utterance keeps both).
"""

from __future__ import annotations

import re

from producer.describe import MONTHS

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_ENDINGS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"

# Abbreviations eSpeak NG misreads; only before a capitalized name or where unambiguous.
_ABBREVIATIONS = {
    "Gen.": "General", "Col.": "Colonel", "Lieut.": "Lieutenant", "Capt.": "Captain", "Maj.": "Major",
    "Sgt.": "Sergeant", "Adm.": "Admiral", "Gov.": "Governor", "Prof.": "Professor", "Dr.": "Doctor",
    "Mr.": "Mister", "Mrs.": "Missus", "St.": "Saint", "Mt.": "Mount", "Comr.": "Comrade",
    "Trans.": "Translator", "Ed.": "Editor", "Vol.": "Volume", "vol.": "volume", "pp.": "pages",
    "p.": "page", "cf.": "compare", "i.e.": "that is", "e.g.": "for example", "viz.": "namely",
    "ca.": "circa", "No.": "number", "Co.": "company",
}
_ABBREV_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?=\s|$|[,;:)\]”’\"'])")
_MONTH_RE = "|".join(MONTHS)


def cardinal(n: int) -> str:
    """12 -> 'twelve', 36 -> 'thirty-six', 1918 -> 'one thousand nine hundred and eighteen'."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            head, rest = divmod(n, size)
            tail = "" if not rest else (" and " if rest < 100 else " ") + cardinal(rest)
            return f"{cardinal(head)} {name}{tail}"
    raise AssertionError(n)


def ordinal(n: int) -> str:
    """1 -> 'first', 22 -> 'twenty-second', 36 -> 'thirty-sixth'."""
    words = cardinal(n)
    head, sep, last = words.rpartition("-" if "-" in words.split(" ")[-1] else " ")
    if last in _ORDINAL_ENDINGS:
        last = _ORDINAL_ENDINGS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def year(n: int) -> str:
    """1918 -> 'nineteen eighteen', 1900 -> 'nineteen hundred', 1905 -> 'nineteen oh five', 2005 -> 'two thousand and five'."""
    if 2000 <= n < 2010 or not 1100 <= n < 2100:
        return cardinal(n)
    century, rest = divmod(n, 100)
    if rest == 0:
        return f"{cardinal(century)} hundred"
    return f"{cardinal(century)} {'oh ' + cardinal(rest) if rest < 10 else cardinal(rest)}"


def roman_value(numeral: str) -> int | None:
    """'XXXVI' -> 36; None when it is not a well-formed Roman numeral."""
    if not numeral or not re.fullmatch(_ROMAN_RE, numeral.upper()):
        return None
    total = 0
    values = [_ROMAN[c] for c in numeral.upper()]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total


def spoken_date(iso: str | None) -> str | None:
    """'1918-10-04' -> 'October the fourth, nineteen eighteen'; 'August 1918' or the year for less precise dates."""
    if not iso:
        return None
    parts = iso.split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return f"{MONTHS[numbers[1] - 1]} the {ordinal(numbers[2])}, {year(numbers[0])}"
        if len(numbers) == 2:
            return f"{MONTHS[numbers[1] - 1]} {year(numbers[0])}"
        if len(numbers) == 1:
            return year(numbers[0])
    except (ValueError, IndexError):
        pass
    return iso


def title_case_caps(text: str) -> str:
    """'A. B. SMITH' -> 'A. B. Smith': all-capital words of 4+ letters read as names, not spelled out."""
    return re.sub(r"\b([A-Z])([A-Z]{3,})\b", lambda m: m.group(1) + m.group(2).lower(), text)


def _dates(text: str) -> str:
    """'March 22, 1919' -> 'March the twenty-second, 1919'; '4 October' -> 'the fourth of October'."""
    text = re.sub(
        rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)",
        lambda m: f"{m.group(1)} the {ordinal(int(m.group(2)))}" if 1 <= int(m.group(2)) <= 31 else m.group(0),
        text,
    )
    return re.sub(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\b",
        lambda m: f"the {ordinal(int(m.group(1)))} of {m.group(2)}" if 1 <= int(m.group(1)) <= 31 else m.group(0),
        text,
    )


def _romans(text: str) -> str:
    """'Chapter XXXVI' -> 'Chapter thirty-six'; 'Nicholas II' -> 'Nicholas the Second'."""

    def counted(m: re.Match[str]) -> str:
        value = roman_value(m.group(2))
        return f"{m.group(1)} {cardinal(value)}" if value else m.group(0)

    def regnal(m: re.Match[str]) -> str:
        value = roman_value(m.group(2))
        return f"{m.group(1)} the {ordinal(value).capitalize()}" if value else m.group(0)

    text = re.sub(rf"\b(Chapter|Part|Book|Volume|Section|Article|Act|Appendix)\s+({_ROMAN_RE})\b", counted, text, flags=re.IGNORECASE)
    # A capitalized name then a numeral of two or more letters (a lone "I" is the pronoun).
    return re.sub(rf"\b([A-Z][a-z]+)\s+({_ROMAN_RE})\b(?<=[IVXLC]{{2}})", regnal, text)


def _numbers(text: str) -> str:
    """Years as spoken ('nineteen nineteen'), ranges of years with 'to'."""
    def year_range(m: re.Match[str]) -> str:
        end = m.group(2)
        return f"{year(int(m.group(1)))} to {year(int(end)) if len(end) == 4 else cardinal(int(end))}"

    text = re.sub(r"\b(1[1-9]\d\d|20\d\d)\s*[–-]\s*(1[1-9]\d\d|20\d\d|\d\d)\b", year_range, text)

    def one_year(m: re.Match[str]) -> str:
        return year(int(m.group(0)))

    # A four-digit number standing alone (not part of 1,000 or 3.1416) is a year in these texts.
    return re.sub(r"(?<![\d,.$£])\b(1[1-9]\d\d|20\d\d)\b(?![,.]\d)", one_year, text)


def _initials(text: str) -> str:
    """'L.T.' -> 'L. T.' so each letter is said; 'A. B. SMITH' -> 'A. B. Smith'."""
    text = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1. ", text)
    return re.sub(r"((?:\b[A-Z]\.\s*){1,3})([A-Z]{2,})\b", lambda m: m.group(1) + title_case_caps(m.group(2)), text)


def _punctuation(text: str) -> str:
    """Dashes and ellipses become pauses (commas) rather than words; quotes are dropped."""
    text = re.sub(r"\s*(?:\.\s?\.\s?\.|…)\s*(?=[\w“‘\"'])", ", ", text)
    text = re.sub(r"\s*(?:\.\s?\.\s?\.|…)\s*", ". ", text)
    text = re.sub(r"\s*[—―]\s*|\s+[–-]\s+|\s*--\s*", ", ", text)
    text = re.sub(r"[“”„\"]", "", text)
    text = re.sub(r"(?<!\w)[‘’']|[‘’'](?!\w)", "", text)  # quotation marks, not apostrophes
    text = re.sub(r",\s*([,.;:!?])", r"\1", text)
    text = re.sub(r"^\s*,\s*", "", text)
    return re.sub(r"\s+", " ", text).strip()


def normalize(text: str) -> str:
    """What the engine should be given for `text` (before the lexicon)."""
    text = _ABBREV_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)
    text = _initials(text)
    text = _romans(text)
    text = _dates(text)
    text = _numbers(text)
    text = re.sub(r"(\d)\s*[–-]\s*(\d)", r"\1 to \2", text)
    return _punctuation(text)
