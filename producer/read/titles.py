"""Titles as English titles: a title printed in capitals, title-cased with its small words, numerals and initials."""

from __future__ import annotations

import re

from producer.read.numerals import ROMAN as _ROMAN
from producer.read.numerals import number_value

_NUMBERED_WORDS = {"appendix", "part", "book", "volume", "chapter", "letter", "section", "canto", "act", "no.", "number"}


def _roman(word: str) -> bool:
    """A Roman numeral in any case: 'ii', 'IV'."""
    return bool(re.fullmatch(_ROMAN, word.upper())) and number_value(word.upper()) is not None


def _number(words: list[str], i: int) -> bool:
    """words[i] numbers the word before it: 'APPENDIX II', 'PART IV.', 'APPENDIX A' or 'APPENDIX B.' (a letter only
    last or with its stop: 'BOOK A MAN WROTE' has an article)."""
    bare = words[i].rstrip(".:,")
    return i > 0 and words[i - 1] in _NUMBERED_WORDS and (
        _roman(bare) or len(bare) == 1 and bare.isalpha() and (i == len(words) - 1 or bare != words[i]))


def _opens_phrase(words: list[str], i: int) -> bool:
    """words[i] opens a phrase: 'PART IV. THE END', 'BOOK I: OF THE PLAN', 'APPENDIX B. THE LETTERS'."""
    before = words[i - 1]
    return before.endswith(":") or before.endswith(".") and (
        _roman(before[:-1]) or before[:-1].isdigit() or _number(words, i - 1))


def title_case(text: str) -> str:
    """Title-case an all-capitals title, leaving small words lower; in a title of mixed case, its parts in capitals
    ("JONATHAN HARKER'S JOURNAL--continued"); other text is kept."""
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    # each part after a dash starts a phrase of its own: "CORPUS CHRISTI--MEXICAN TERRITORY"; the editor's brackets
    # stand as they are: "COMES PATRIMONII [probably 508]"
    parts = re.split(r"(\s*(?:--|[—–]|\[[^\[\]]*\])\s*)", text)
    if not any(part.isupper() and len(re.sub(r"\W", "", part)) >= 2 for part in parts[::2]):
        return text
    out = []
    for k, part in enumerate(parts):
        if k % 2:
            # "ANECDOTES --GRAND", broken at a line: "Anecdotes--Grand"
            out.append(part.strip() if "-" in part and "[" not in part else part)
            continue
        if not part.isupper():
            out.append(part)
            continue
        words = part.lower().split(" ")
        out.append(" ".join(w.upper() if re.fullmatch(r"(?:[a-z]\.){2,}", w)  # "J.S.", "U.S.": initials
                            or _number(words, i)  # 'APPENDIX II', 'APPENDIX A': a numeral or letter after the word
                            or i and re.fullmatch(r"[ivx]{2,}[.,:;]?", w) and _roman(w.rstrip(".,:;"))  # 'LOUIS XV.'; no word is one
                            else w if i and w in small and not _opens_phrase(words, i)
                            else re.sub(r"(^[\W_]*|-(?!(?:of|the|a|in|and)-))(\w)", lambda m: m.group(1) + m.group(2).upper(), w)  # 'States-General', 'Man-of-War'
                            for i, w in enumerate(words)))  # 'FROM "THE DAILYGRAPH"': 'From "The Dailygraph"'
    return re.sub(r"\b([DOL])'([a-z]{3,})", lambda m: f"{m.group(1)}'{m.group(2).capitalize()}", "".join(out))  # "D'Ayen"
