"""A document's own opening and closing lines found inside its text: salutations, "X to Y." headers, signatures."""

from __future__ import annotations

import re

from producer.read.cues import (
    CLOSING_LINE,
    DATED_SALUTATION,
    GIVEN_NAME_ABBREVIATIONS,
    RANKS,
    RELATIONS,
    SIGNED_IN_PARENS,
    TITLE_WORDS,
)

_GIVEN = "|".join(a.upper() for a in GIVEN_NAME_ABBREVIATIONS)

# "... enterprise. TROTSKY.", "... railroad. J. B. WHITCOMB, Major-General.", "... in its place. E. H.", "... CHAS. DARWIN.",
# "... I have the honour, etc., (Signed) COLLI."
_CAPS_SIGNATURE = re.compile(
    rf"(?:^|(?<=[.!?,:])\s+|\n\s*)(?P<sig>(?:{SIGNED_IN_PARENS}\s+)?(?:[A-Z]\.\s?){{2,4}}$|(?:{SIGNED_IN_PARENS}\s+)?(?:[A-Z]\.\s?|(?:{_GIVEN})\.\s)*[A-Z][A-Z'’\-]{{2,}}(?:\s+[A-Z][A-Z'’\-]+){{0,3}}"
    r"(?:,\s+[A-Z][\w’'.\-]*(?:[ -][\w’'.\-]+){0,6})?\.)\s*$"
)

OPENING_SALUTATION = re.compile(  # "My dear Konstantin Ivanovich, I write", "Forgive me, my dear Fanny, as soon as you can"
    rf"^(?:{DATED_SALUTATION}|[^.!?,]{{1,40}},\s+(?=(?:my\s+dear|my\s+dearest|dear|dearest)\s))?"
    r"(?:(?i:my\s+(?:dear|dearest|precious|darling|beloved|own))|My|MY|(?i:dear|dearest|darling))\s+(?P<name>(?:(?i:comrade|mr\.|mrs\.|miss|general|colonel|sir)\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\s*[,!:–—-]"
)
# a salutation opening a letter's first paragraph, run into its text or alone on it: "MY DEAR MISS BROOKE,--I have your
# guardian's permission", "Excellency,--You are aware", "MADAM,", "Dear Pierrepont: Your Ma got back"
SALUTATION_OPENING = re.compile(
    rf"^(?:{DATED_SALUTATION})?"
    r"(?:(?:(?:MY DEAR(?:EST)?|My [Dd]ear(?:est)?|DEAR(?:EST)?|Dear(?:est)?)\b(?:(?i:mr|mrs|dr|st)\.|[^.!?\n]){0,50}?"
    r"|SIR|Sir|MADAM|Madam|EXCELLENCY|Excellency|GENTLEMEN|Gentlemen)"  # alone: "Sir James writes:--" is no salutation
    r"(?:,--|,—|:--|:—|[,:]\s*$|:\s+(?=[A-Z]))"
    r"|(?:MY\s+)?DEAR(?:EST)?(?:\s+[A-Z][A-Z.’'\-]*){1,3},\s+(?=[A-Z]|\.\.\.))")  # "MY DEAREST SISTER, The ...": in capitals, run in
# words a salutation gives that are no one's name: "DEAR SIR,", "My dear friend,"
_NO_ONES_NAME = re.compile(r"(?:(?:old|good|kind|dear|little)\s+)?(?:Comrades?|Sirs?|Madam|Colleague|Citizens?|Gentlemen|Child|Boy|Girl|"
                           rf"Love|Darling|Fellow|Man|Lady|Heart|Kinsman|(?:{'|'.join(RELATIONS)})s?)", re.IGNORECASE)


# a title or rank alone names no one either: "MY DEAR GENERAL,--", "My dear Marquis,"
_TITLES = {w.lower().rstrip(".") for w in (*TITLE_WORDS, *RANKS)}


def salutation_name(text: str) -> str | None:
    """The name of the salutation opening `text` ("MY DEAR MISS BROOKE,--I have" -> "MISS BROOKE"), as printed; None
    when there is none or it is no one's name ("DEAR SIR,", "MY DEAR GENERAL,")."""
    m = OPENING_SALUTATION.match(text)
    if not m or _NO_ONES_NAME.fullmatch(m.group("name")) or m.group("name").lower() in _TITLES:
        return None
    return m.group("name")


NAME_ENDING = re.compile(r"(?<=[.!?])\s+(?P<name>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)\.\s*$")
_NAMEISH = r"(?:[A-Z][\w’'.\-]*)(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.\-]*){0,4}"
FROM_TO = re.compile(rf"^(?:From\s+)?(?P<a>{_NAMEISH})\s+to\s+(?P<b>{_NAMEISH})\.\s")
_DASH_SIGNATURE = re.compile(
    r"(?<=[.!?])\s+[–—-]+\s*(?P<sig>(?:[A-Z]\.\s?){1,3}|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}\.?)\s*$"
)


# "... speak to the people. Yours very sincerely, Alfred Penrose.": a closing and a name ending the last paragraph
_CLOSING_SIGNATURE = re.compile(
    r"(?:(?<=[.!?])\s+|(?<=[.!?])--|(?<=[.!?])—|\n\s*)(?P<sig>(?:Yours|Your|Ever yours|Ever|With|Believe me|I remain|Sincerely|Faithfully)\b[^.\n]{0,40},\s+"
    r"(?:[A-Z]\.\s?)*[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w’'\-]+){0,2}\.?)\s*$"
)


# "... who must decide. I am, My dear Doctor, Affectionately yours, JOSIAH WEDGWOOD.", "... attached to you. (Signed)
# MARMONT.": the closing and the name run into the last paragraph, as editions of collected letters print them
_RUN_IN_CLOSING = re.compile(rf"(?:\b(?:[Yy]ours|[Ss]ervant|[Ff]riend|[Ss]on|[Dd]aughter|[Ss]ister|[Bb]rother)\b[^.!?\n]{{0,30}},|{SIGNED_IN_PARENS})"
                             r"\s+(?:[A-Z][A-Z’'\-]*\.\s?)*[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){0,2}\.\s*$")  # in capitals: a name


def signs_off(text: str) -> bool:
    """Whether a paragraph ends its letter: the closing and the signature run into it."""
    return bool(_RUN_IN_CLOSING.search(text))


def trailing_signature(text: str) -> tuple[str | None, str]:
    """Split a closing signature off a document's text: '... enterprise. TROTSKY.' or '... badly. – J. H.'."""
    for pattern in (_CAPS_SIGNATURE, _DASH_SIGNATURE, _CLOSING_SIGNATURE):
        m = pattern.search(text)
        if m and m.start("sig") > 0:
            return m.group("sig").strip(), text[: m.start()].rstrip()
    return None, text


def greeting_only(text: str) -> bool:
    """The words are a letter's salutation or closing and nothing more: 'My dear Mamma,', 'Your obedient son,'."""
    return bool(SALUTATION_OPENING.match(text) or CLOSING_LINE.match(text.strip()))
