"""Normalization for the ear: numbers, years, dates, money, fractions, Roman numerals, abbreviations, initials.

eSpeak NG reads "1919" after a comma as "nineteen hundred nineteen", "Gen." as "Jen", "$20" as
"dollar twenty" and "XXXVI" as "roman thirty six", so what the engine is given is rewritten here;
the source text itself is never changed (an utterance keeps both). Where a reading is doubtful the
text is left alone: eSpeak NG's own guess beats a wrong word. Punctuation is left to
`producer.speech.prosody`, which runs after the lexicon.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from fractions import Fraction
from math import gcd

from num2words import num2words

from producer.describe import MONTHS
from producer.speech.abbreviations import BEFORE_NAME, BEFORE_NUMBER, BEFORE_NUMERAL, LATIN, MONTH_ABBREVIATIONS, TAGS, TITLES

# -- cue tables (the abbreviations in producer.speech.abbreviations, which the EPUB marks up too) --------------------
# Words before a numeral that counts ("Chapter XXXVI"). Not "War": "after the War I went home".
COUNTED = "Chapter|Part|Book|Volume|Section|Article|Act|Appendix|Canto|Class|Division|Figure|Plate|Table|Type"

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_MONTH_RE = "|".join(MONTHS)
_CLOSERS = "”’\"')]"
_FOLLOWS = r"(?=\s|$|[,;:)\]”’\"'])"  # the abbreviation is a whole token
_PENCE = {1: "one penny", 2: "twopence", 3: "threepence", 4: "fourpence", 5: "fivepence", 6: "sixpence",
          7: "sevenpence", 8: "eightpence", 9: "ninepence", 10: "tenpence", 11: "elevenpence"}


def _alternation(table: dict[str, str]) -> str:
    """A regex alternation of the keys of `table`, longest first so 'Lt.-Col.' wins over 'Lt.'."""
    return "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))


def cardinal(n: int) -> str:
    """12 -> 'twelve', 36 -> 'thirty-six', 1918 -> 'one thousand nine hundred and eighteen'."""
    return str(num2words(n)).replace(",", "")  # num2words' commas would be heard as pauses


def ordinal(n: int) -> str:
    """1 -> 'first', 22 -> 'twenty-second', 36 -> 'thirty-sixth'."""
    return str(num2words(n, to="ordinal")).replace(",", "")


def year(n: int) -> str:
    """1918 -> 'nineteen eighteen', 1900 -> 'nineteen hundred', 1905 -> 'nineteen oh five', 2005 -> 'two thousand and five'."""
    if 2000 <= n < 2010 or not 1100 <= n < 2100:
        return cardinal(n)
    return str(num2words(n, to="year")).replace("oh-", "oh ")


def roman_value(numeral: str) -> int | None:
    """'XXXVI' -> 36; None when it is not a well-formed Roman numeral."""
    if not numeral or not re.fullmatch(_ROMAN_RE, numeral.upper()):
        return None
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and values[i + 1] > v else v for i, v in enumerate(values))


def spoken_date(iso: str | None) -> str | None:
    """'1918-10-04' -> 'October the fourth, nineteen eighteen'; 'August 1918' or the year for less precise dates."""
    if not iso:
        return None
    try:
        numbers = [int(p) for p in iso.split("-")]
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


def _word(m: re.Match[str], word: str) -> str:
    """`word` for the abbreviation matched by `m`, keeping its full stop where it also ends the text."""
    ends = m.group(0).endswith(".") and not m.string[m.end():].strip(_CLOSERS + " ")
    return word + "." if ends else word


def _number_list(numbers: str) -> str:
    """'3 and 4' -> 'three and four', '3-5' -> 'three to five': said as counts, never as years."""
    return re.sub(r"\d+", lambda m: cardinal(int(m.group(0))), re.sub(r"\s*[–-]\s*", " to ", numbers))


def _after_name(m: re.Match[str]) -> bool:
    """Whether the match follows a capitalized word inside the sentence ('Main St.', not 'In St.')."""
    before = m.string[: m.start()]
    prev = re.search(r"(?:^|\s)[A-Z][\w’'-]*\s+$", before)
    return bool(prev and before[: prev.start()].strip(" “‘\"(—"))


def _name_cue(m: re.Match[str]) -> str:
    """'St. Anne' -> 'Saint Anne', 'Main St.' -> 'Main Street'; after a name before another, left to eSpeak NG."""
    abbreviation, follows_name = m.group(1), m.group(2) is not None
    if follows_name:
        return m.group(0) if _after_name(m) else BEFORE_NAME[abbreviation] + " "
    after_word = re.search(r"[A-Z][\w’'-]*\s+$", m.string[: m.start()])
    return _word(m, "Street") if abbreviation == "St." and after_word else m.group(0)


def _company(m: re.Match[str]) -> str:
    """'Smith and Co.' -> 'company'; 'in Co. Cork' -> 'County'; otherwise left alone."""
    if re.search(r"(?:&|\band|[A-Z][\w’']*)\s*$", m.string[: m.start()]):  # "Tralee, Co. Kerry" is a county
        return _word(m, "company")
    return "County" if re.match(r"\s+[A-Z]", m.string[m.end():]) else m.group(0)


@functools.cache
def _abbreviation_patterns() -> tuple[re.Pattern[str], ...]:
    """_abbreviations' patterns, compiled once, when speech first needs them (an EPUB-only build never does)."""
    months = _alternation(MONTH_ABBREVIATIONS)
    return tuple(re.compile(p) for p in (
        rf"(?<![\w.])({_alternation(TITLES)}){_FOLLOWS}",
        rf"(?<![\w.])({_alternation(LATIN)}){_FOLLOWS}",
        rf"(?:(?<=[—–-] )|(?<=[—–(\[-]))({_alternation(TAGS)}){_FOLLOWS}",
        rf"(?<![\w.])({_alternation(BEFORE_NAME)})(?:\s+(?=([A-Z]))|{_FOLLOWS})",
        rf"(?<![\w.])Co\.{_FOLLOWS}",
        rf"(?<![\w.])({_alternation(BEFORE_NUMBER)})\s+(\d+(?:(?:\s*,\s*|\s+and\s+|\s*[–-]\s*)\d+)*)\b(?![.,]\d)",
        rf"(?<![\w.])({_alternation(BEFORE_NUMERAL)})(?=\s+(?:\d|[IVXLC]+\b|[ivxlc]+\b))",
        rf"(?<![\w.])({months})(?=\s+\d)",
        rf"(?<=\d\s)({months}){_FOLLOWS}|(?<=\d[snrt][tdh]\s)({months}){_FOLLOWS}",
    ))


def _abbreviations(text: str) -> str:
    """Ranks, titles, Latin and reference abbreviations in full, each only where it is unambiguous."""
    titles, latin, tags, names, company, numbers, numerals, months, dates = _abbreviation_patterns()
    text = titles.sub(lambda m: _word(m, TITLES[m.group(1)]), text)
    text = latin.sub(lambda m: _word(m, LATIN[m.group(1)]), text)
    text = tags.sub(lambda m: _word(m, TAGS[m.group(1)]), text)
    text = names.sub(_name_cue, text)
    text = company.sub(_company, text)
    text = numbers.sub(lambda m: f"{BEFORE_NUMBER[m.group(1)]} {_number_list(m.group(2))}", text)
    text = numerals.sub(lambda m: BEFORE_NUMERAL[m.group(1)], text)
    text = months.sub(lambda m: MONTH_ABBREVIATIONS[m.group(1)], text)
    return dates.sub(lambda m: _word(m, MONTH_ABBREVIATIONS[m.group(1) or m.group(2)]), text)


def _romans(text: str) -> str:
    """'Chapter XXXVI' -> 'Chapter thirty-six'; 'Nicholas II' -> 'Nicholas the Second'; 'XIVth' -> 'fourteenth'."""

    def counted(m: re.Match[str]) -> str:
        value = roman_value(m.group(2))
        # "Part iv" and "volume iii", but not "for my part I think"
        lower_word = m.group(1).islower()
        return f"{m.group(1)} {cardinal(value)}" if value and not (lower_word and m.group(2).isupper()) else m.group(0)

    def regnal(m: re.Match[str]) -> str:
        value = roman_value(m.group(2))
        if m.group(1) == "War":  # "World War II"
            return f"War {cardinal(value)}" if value else m.group(0)
        return f"{m.group(1)} the {ordinal(value).capitalize()}" if value and value <= 30 else m.group(0)

    def ordinal_numeral(m: re.Match[str]) -> str:
        value = roman_value(m.group(1))
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10 if value and value % 100 not in (11, 12, 13) else 0, "th")
        return ordinal(value) if value and m.group(2) == suffix and (suffix == "th" or len(m.group(1)) > 1) else m.group(0)

    words = "|".join(f"{w}|{w.lower()}|{w.upper()}" for w in COUNTED.split("|"))
    text = re.sub(rf"\b({words})\s+({_ROMAN_RE}|{_ROMAN_RE.lower()})\b", counted, text)
    text = re.sub(rf"\b({_ROMAN_RE})(st|nd|rd|th)\b", ordinal_numeral, text)
    # A name then a numeral of I, V and X up to 30: "Louis XIV", "Charles V"; a lone "I" is the pronoun and "X" a name
    # ("Malcolm X"), "DC", "MD" and "MC" are letters ("Washington DC").
    return re.sub(r"\b([A-Z][a-z]+)\s+([IVX]{2,}|V|(?<=World War )I)\b", regnal, text)


def _money(text: str) -> str:
    """'$3.50' -> 'three dollars and fifty cents'; '£3 10s. 6d.' -> 'three pounds ten shillings and sixpence'."""

    def plural(n: int, unit: str) -> str:
        return f"{cardinal(n)} {unit}{'' if n == 1 else 's'}"

    def pence(n: str | None, half: str | None) -> str:
        count = int(n) if n else 0
        words = _PENCE.get(count, f"{cardinal(count)} pence")
        return (words + " halfpenny" if count else "a halfpenny") if half else words

    def dollars(m: re.Match[str]) -> str:
        whole, cents, scale = int(m.group(1).replace(",", "")), m.group(2), m.group(3)
        if scale:
            return f"{cardinal(whole)}{' point ' + ' '.join(cardinal(int(d)) for d in cents) if cents else ''} {scale} dollars"
        if cents and len(cents) != 2:
            return m.group(0)
        spoken = [plural(whole, "dollar")] if whole or not cents else []
        return " and ".join(spoken + ([plural(int(cents), "cent")] if cents and int(cents) else []))

    def sterling(m: re.Match[str]) -> str:
        parts = [plural(int(m.group(1).replace(",", "")), "pound")] if m.group(1) else []
        parts += [plural(int(m.group(2)), "shilling")] if m.group(2) else []
        if m.group(3) or m.group(4):
            parts = [" ".join(parts)] if parts else []
            return _word(m, " and ".join(parts + [pence(m.group(3), m.group(4))]))
        return _word(m, " ".join(parts))

    number = r"(\d{1,3}(?:,\d{3})+|\d+)"  # 1,000,000 or 20
    pence_amount = r"(?:\s+(?=\d|½)(\d+)?(½)?d\b\.?)?"
    text = re.sub(rf"\${number}(?:\.(\d+))?(?:\s+(thousand|million|billion)\b)?", dollars, text)
    text = re.sub(rf"£{number}(?![.,]?\d)(?:\s+(\d+)s\b\.?)?{pence_amount}", sterling, text)
    text = re.sub(rf"(?<![\w£$.,]){number}l\.(?:\s+(\d+)s\b\.?)?{pence_amount}", sterling, text)  # "26l." (libra): pounds
    # Shillings alone need their full stop; "20s." or "30s." may be an age ("in his 20s."), so left alone.
    text = re.sub(rf"(?<![\w£$])()(\d*[1-9]|1\d)s\.{pence_amount}", sterling, text)
    return re.sub(r"(?<![\w£$.,])()()(?=\d|½)(\d+)?(½)?d\.", sterling, text)


def _fractions(text: str) -> str:
    """'2 1/2' -> 'two and a half', '3/4' -> 'three quarters', '⅝' -> 'five eighths'; dates like 12/5/1918 stay."""

    def vulgar(m: re.Match[str]) -> str:
        value = Fraction(unicodedata.numeric(m.group(2))).limit_denominator(16)
        return f"{m.group(1)} " * bool(m.group(1)) + f"{value.numerator}/{value.denominator}"

    def spoken(m: re.Match[str]) -> str:
        whole, top, bottom = m.group(1), int(m.group(2)), int(m.group(3))
        if not 0 < top < bottom <= 16 or gcd(top, bottom) != 1:
            return m.group(0)  # "2/6" is two and six (shillings and pence), "4/6" is no fraction anyone writes
        name = {2: "half", 4: "quarter"}.get(bottom) or ordinal(bottom)
        plural_name = {2: "halves"}.get(bottom, name + "s") if top > 1 else name
        if whole:
            return f"{cardinal(int(whole))} and {'a ' + name if top == 1 else cardinal(top) + ' ' + plural_name}"
        return f"{cardinal(top)} {plural_name}"

    text = re.sub(r"(\d*)\s?([¼½¾⅐-⅞])", vulgar, text)
    return re.sub(rf"(?<![\d/.,])(?:(\d+)\s+)?(\d+)/(\d+)(?![\d/])(?!\s+(?:{_MONTH_RE}))", spoken, text)


def _dates(text: str) -> str:
    """'March 22, 1919' -> 'March the twenty-second, 1919'; '14 to 22 June' -> 'the fourteenth to the twenty-second of June'."""

    def month_day(m: re.Match[str]) -> str:
        return f"{m.group(1)} the {ordinal(int(m.group(2)))}" if 1 <= int(m.group(2)) <= 31 else m.group(0)

    def day_month(m: re.Match[str]) -> str:
        the, first, joiner, last, month = m.groups()
        if not all(1 <= int(d) <= 31 for d in (first, last) if d):
            return m.group(0)
        days = ordinal(int(first)) + (f" {'to' if joiner in '–-' else joiner} the {ordinal(int(last))}" if last else "")
        return f"{the or 'the '}{days} of {month}"  # "the 7th Nov." has its "the"

    text = re.sub(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)", month_day, text)
    # "3/16 October" (Old and New Style) is left alone: which reading is meant cannot be told here.
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    return re.sub(rf"(?<![/\d])\b((?:[Tt]he\s+)?){day}(?:\s*(to|and|[–-])\s*(?:the\s+)?{day})?\s+({_MONTH_RE})\b", day_month, text)


def _times(text: str) -> str:
    """'11.40 p.m.' -> 'eleven forty p.m.': eSpeak NG says "eleven point four zero"; before a.m./p.m. it is surely a time."""

    def clock(m: re.Match[str]) -> str:
        minutes = int(m.group(2))
        return cardinal(int(m.group(1))) + ("" if not minutes else " oh" * (minutes < 10) + " " + cardinal(minutes))

    return re.sub(r"\b(\d{1,2})\.([0-5]\d)(?=\s*[ap]\.\s?m\.)", clock, text)


def _numbers(text: str) -> str:
    """Decades, ranges of years with 'to', years as spoken ('nineteen nineteen'), ordinals ('12th')."""

    def decade(words: str) -> str:
        return words[:-1] + "ies" if words.endswith("y") else words + "s"

    def year_range(m: re.Match[str]) -> str:
        end = m.group(2)
        start = int(m.group(1))
        # "1914-17" is "nineteen fourteen to seventeen", "1900-05" "... to nineteen oh five"
        short = year(start // 100 * 100 + int(end)) if end[0] == "0" else cardinal(int(end))
        return f"{year(start)} to {year(int(end)) if len(end) == 4 else short}"

    text = re.sub(r"\b(1[1-9]\d0|20\d0)[’']?s\b", lambda m: decade(year(int(m.group(1)))), text)
    text = re.sub(r"(?<!\w)[’']([1-9]0)s\b", lambda m: decade(cardinal(int(m.group(1)))), text)
    text = re.sub(r"(?<![\d/])\b(1[1-9]\d\d|20\d\d)\s*[–-]\s*(1[1-9]\d\d|20\d\d|\d\d)\b(?![/\d])", year_range, text)
    # A four-digit number standing alone (not part of 1,000, 3.1416 or 12/5/1918) is a year in these texts.
    text = re.sub(r"(?<![\d,.$£/])\b(1[1-9]\d\d|20\d\d)\b(?![,./]\d)", lambda m: year(int(m.group(1))), text)
    return re.sub(r"(?<![\d,.])\b(\d+)(?:st|nd|rd|th)\b", lambda m: ordinal(int(m.group(1))), text)


def _initials(text: str) -> str:
    """'L.T.' -> 'L. T.' so each letter is said; 'A. B. SMITH' -> 'A. B. Smith'."""
    text = re.sub(r"\b([A-Z])\.(?=[A-Z]\.)", r"\1. ", text)
    return re.sub(r"((?:\b[A-Z]\.\s*){1,3})([A-Z]{2,})\b", lambda m: m.group(1) + title_case_caps(m.group(2)), text)


def _versus(text: str) -> str:
    """'BARDELL v. PICKWICK' -> 'BARDELL versus PICKWICK': a lone "v." between two capitalized parties."""
    return re.sub(r"\b([A-Z][\w’']*),?\s+v\.\s+(?=[A-Z])", r"\1 versus ", text)


def _symbols(text: str) -> str:
    """'&' -> 'and' (after the abbreviations: '&c.' is one of them), and '<' / '>' before a number -> 'less than' /
    'greater than' (eSpeak NG reads '<' and '>' as a pause: "paid < 5" would be heard as "paid five"); '<word>'
    brackets are left alone."""
    text = re.sub(r"\s*&\s*", " and ", text)
    text = re.sub(r"(?<![\w>])<\s*(?=[\d$£])", "less than ", text)
    return re.sub(r"(?<![\w<])>\s*(?=[\d$£])", "greater than ", text)


def normalize(text: str) -> str:
    """What the engine should be given for `text` (before the lexicon)."""
    # Abbreviations first ("No. 1187" is no year, "&c." no "and"), symbols before money ("< £5"), money before
    # fractions ("2½d.") and years ("£1918").
    for step in (_versus, _abbreviations, _symbols, _initials, _romans, _money, _dates, _times, _fractions, _numbers):
        text = step(text)
    return re.sub(r"(\d)\s*[–-]\s*(\d)", r"\1 to \2", text)
