"""Chapter numbers as books print them: Roman numerals, figures, words ('Thirty-Six')."""

from __future__ import annotations

import re

ROMAN = r"[IVXLCDM]+"
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}


def roman_to_int(s: str) -> int | None:
    """'XXXVI' -> 36; None for a malformed numeral."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total if total > 0 and int_to_roman(total) == s else None


def int_to_roman(n: int) -> str:
    """36 -> 'XXXVI'."""
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def number_value(num: str) -> int | None:
    """The integer a chapter number stands for: '36', 'XXXVI', 'lxxvij', 'Thirty-Six'."""
    if num.isdigit():
        return int(num)
    if re.fullmatch(r"[ivxlcdm]*ij|[ivxlcdm]+", num):
        num = re.sub("J$", "I", num.upper())  # 'lxxvij' is LXXVII
    if re.fullmatch(ROMAN, num):
        return roman_to_int(num)
    total = 0
    for word in re.split(r"[- ]", num.lower()):
        if word not in WORD_NUMBERS:
            return None
        total += WORD_NUMBERS[word]
    return total or None
