"""Address lines and the names in them: whom a document went to, and where ('To Mr. Brock, at Boscombe.')."""

from __future__ import annotations

import re

from producer.read.cues import LETTER_NUMBER, NAME_WORD, OFFICES, RANKS, TITLE_WORDS, US_STATES
from producer.read.fields import is_org, names_in, title_name
from producer.read.notes import MARKER
from producer.read.titles import title_case

_STYLES = frozenset({"Hon.", "Honourable", "Honorable", "Right", "Rt.", "Excellency"})  # 'The Hon. J.H. EATON'

_NOT_PLACE = frozenset({"Forces", "States", "Troops", "Commanding", "Aide-de-Camp", "Aide-A-Camp", "Esq", "Esquire", "etc", "Etc"})
_NOT_PLACE_LOWER = frozenset({"esq", "esquire", "etc", "jun", "sen", "m.d", "bart", "k.b", "commanding"})


def address(line: str) -> tuple[str, str | None]:
    """(addressee, destination) from an address line: 'To Mr. Brock, at Boscombe.' -> ('Mr. Brock', 'Boscombe');
    'President LINCOLN, Washington., D. C.:' -> ('President Lincoln', 'Washington'). A part after the name is
    the destination only if it is a plain place name, not a rank, an office or a state."""
    text = re.sub(rf"^(?:{LETTER_NUMBER})?(?:To|TO)\s+(?:the\s+)?", "", MARKER.sub("", line)).rstrip(".,: ")  # "TO THE DUKE D'AYEN.[1]"
    at = re.search(rf",?\s+(?:at|in)\s+({NAME_WORD}(?:\s+{NAME_WORD})*)$", text)
    if at:
        return cased_name(text[: at.start()]), at.group(1)
    parts = [p.strip(" .") for p in text.split(",")]
    destination = None
    for part in parts[1:]:
        part = re.sub(r"^(?:at|in|near|AT|IN|NEAR|At|In|Near)\s+(?=[A-Z])", "", part)  # "ESQ., AT LANGTON, NEAR SPILSBY"
        if not part or part[:1].islower() or part.lower() in _NOT_PLACE_LOWER or "-in-" in part.lower():  # General-in-Chief
            continue
        words = part.split()
        if names_in(part) == [part] and not is_org(part) and not set(words) & _NOT_PLACE and part not in RANKS \
                and not {w.title() for w in words} & OFFICES \
                and not {part.lower(), part.lower() + "."} & US_STATES and not re.fullmatch(r"(?:[A-Z]\.\s?)+[A-Z]?", part):
            destination = title_name(part) if part.isupper() else part
            break
    return cased_name(parts[0] if len(parts) > 1 else text), destination


def cased_name(name: str) -> str:
    """'General J. B. HOOD' -> 'General J. B. Hood', 'MAJOR-GENERAL THOMAS' -> 'Major-General Thomas', 'SALLIE McBRIDE'
    -> 'Sallie McBride': a name's words in capitals cased, initials kept."""
    if name.isupper():
        return re.sub(r"-([a-z])", lambda m: "-" + m.group(1).upper(), title_case(name))
    return re.sub(r"\b(?:Ma?c)?[A-Z][A-Z'’\-]{2,}\b", lambda m: title_name(m.group()), name)  # "McBRIDE" too


_ESQUIRE = re.compile(r",\s+Esq(?:uire)?\b")  # no one signs himself Esquire


def addressee_under(signature: str, line: str) -> bool:
    """'ST. VINCENT.' / 'Sir James Saumarez.', 'WINFIELD SCOTT.' / 'The Hon. GENERAL A. JACKSON, Senator, etc.',
    'EDWIN M. STANTON.' / 'C. A. DANA, Esq., Tribune Office.': a signature ended, then the titled name of the one the
    letter went to."""
    words = line.replace("_", "").strip("“”\"' ").split()
    if words[:1] in (["To"], ["The"], ["His"], ["Her"]):
        words = words[1:]  # '"_To Major-General_ WINFIELD SCOTT."', 'His Excellency the Earl Temple'
    return signature.rstrip().endswith(".") and bool(words) and not line.isupper() \
        and (words[0] in TITLE_WORDS or words[0] in RANKS or words[0] in _STYLES or bool(_ESQUIRE.search(line)))
