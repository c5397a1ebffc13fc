"""Runs of paragraphs set apart from the narrative: a letter set in from it, or dated entries one after another."""

from __future__ import annotations

import re

from producer.model import SCENE_BREAK
from producer.read.addresses import addressee_under
from producer.read.cues import MONTH_WORD
from producer.read.headline import caps_heading, person_heading
from producer.read.paragraphs import Para
from producer.read.setoff import (
    RANK_ADDRESS,
    heads_a_letter,
    line_role,
    quoted_roles,
    signed_above_postscript,
    under_signature,
)

_SET_IN = 2  # columns of indentation that set a paragraph in from the narrative
_RUN_MAX = 60  # paragraphs one set-in letter may span


def set_in(paras: list[Para]) -> set[int]:
    """The paragraphs set in from the narrative (every line indented), with an omission mark ('⁂') between two."""
    indented = {i for i, p in enumerate(paras) if p.starts and min(col for _, _, col in p.starts) > _SET_IN}
    return indented | {i for i, p in enumerate(paras) if p.text == SCENE_BREAK and {i - 1, i + 1} <= indented}


# "January 13. Christians in Shantung ...", "May 28, 4.10 P.M. Legation guards ...": an entry whose date is run in
RUN_IN_DATE = re.compile(rf"^(?P<date>(?:{MONTH_WORD})\.?\s+\d{{1,2}}(?:st|nd|rd|th|d)?(?:,\s+\d{{4}})?"
                         r"(?:,?\s+(?:\d{1,2}(?:[.:]\d{2})?\s*)?[AP]\.\s?M\.?|\s+\([a-z]+\))?)[.:]?\s+(?=[A-Z])")
_ILLUSTRATION = re.compile(r"^\[?Illustration\b")
_RUN_MIN = 3  # dated entries that make a run


def dated_run(texts: list[str], first: int) -> list[int]:
    """The paragraphs from `first` on that each open with a run-in date (illustrations between them are skipped);
    empty unless there are at least three."""
    run: list[int] = []
    for i in range(first, len(texts)):
        if RUN_IN_DATE.match(texts[i]):
            run.append(i)
        elif not _ILLUSTRATION.match(texts[i]):
            break
    return run if len(run) >= _RUN_MIN else []


def _to_line(text: str) -> bool:
    """'To C. Darwin, Esq.': a short line saying whom a letter is to, over its date line."""
    return text.startswith("To ") and len(text.split()) <= 8 and line_role(text, False) == "address"


def _to_over_date(texts: list[str], i: int) -> bool:
    """'To C. Darwin, Esq.' over a date line: the next letter's heading, not this one's address at its foot."""
    return i + 1 < len(texts) and _to_line(texts[i]) and line_role(texts[i + 1], False) == "dateline"


def indented_letter(texts: list[str], indented: set[int], first: int) -> list[tuple[int, str]] | None:
    """A letter set in from the narrative, opening with its date line ('Steventon: Saturday [January 9, 1796].', or
    over two lines: 'Cæsar, off the Black Rocks, Sunday evening,' / '2d Sept. 1800.'), maybe under its heading ('GENERAL
    CUNINGHAME TO LORD TEMPLE.'); it runs to the end of the block, the next heading or date line over a body."""
    head = None
    if first in indented and first + 1 < len(texts):
        head = "heading" if caps_heading(texts[first]) or person_heading(texts[first]) else "address" if _to_line(texts[first]) else None
    headed = head is not None
    first += headed
    broken = first + 1 in indented and texts[first].rstrip().endswith(",") and len(texts[first].split()) <= 10 \
        and line_role(texts[first], False) in (None, "heading")
    if first not in indented or line_role(texts[first + broken], False) != "dateline":
        return None
    end = first + broken
    while end + 1 in indented and end + 1 - first < _RUN_MAX and not heads_a_letter(texts[end + 1]) and not (
            line_role(texts[end + 1], False) == "dateline" and end + 2 in indented and len(texts[end + 2].split()) >= 15) \
            and not _to_over_date(texts, end + 1):
        end += 1  # to the next letter's heading ('GENERAL CUNINGHAME TO LORD TEMPLE.') or date line over a body
    if sum(len(t.split()) for t in texts[first + 1: end + 1]) < 15:
        return None
    end, foot = _signed_foot(texts, first, end)
    roles = quoted_roles(texts[first: end + 1]) | {k - first: role for k, role in foot}
    if "signature" not in roles.values():
        roles.update(signed_above_postscript(texts[first: end + 1]))
    if broken:
        roles.update({0: "dateline", 1: "dateline"})
    return [(first - 1, head or "heading")] * headed + [(first + k, roles.get(k, "document")) for k in range(end - first + 1)]


_LABEL = re.compile(r"^\[[^\]]{1,40}\]\.?$")  # '[Indorsement.]' over the next paper


def _signed_foot(texts: list[str], first: int, end: int) -> tuple[int, list[tuple[int, str]]]:
    """A set-in run that holds several papers one under another ends at the first signature whose lines the next
    paper's heading, date line or label follows: (its last paragraph, the roles of the signature's lines); (end, [])
    when there is none. Orders and reports print whom they went to under the signature ('J. E. B. STUART,' /
    '_Major-General Commanding_.' / 'CAPTAIN J. S. MOSBY, _Commanding, etc._'; 'COL. R. BUTLER PRICE,' / '_Commanding
    Cav. Brig._'): a rank and a name under the name and its rank is the address. (Read so under any signature, it gave
    two blind sets a wrong recipient each: only here, where papers follow one another.)"""
    for k in range(first + 2, end):
        if line_role(texts[k], True) != "signature":
            continue
        foot = [(k, "signature")]
        for j, role in under_signature(texts, k, end + 1):
            if len(foot) > 1 and RANK_ADDRESS.match(texts[j].replace("_", "")):
                break
            foot.append((j, role))
        j = foot[-1][0] + 1
        if j <= end and addressee_under(texts[j - 1], texts[j]):
            foot.append((j, "address"))  # 'C. B. MARSH, Esq.' under 'T. H. GREY.'
        elif j <= end and RANK_ADDRESS.match(texts[j].replace("_", "")) and len(texts[j]) < 60:
            foot.append((j, "address"))
            if texts[j].rstrip().endswith(",") and j + 1 <= end and len(texts[j + 1].split()) <= 5 \
                    and line_role(texts[j + 1], False) is None:
                foot.append((j + 1, "address"))  # the office under the name
        below = foot[-1][0] + 1
        if below <= end and (line_role(texts[below], False) in ("heading", "dateline") or _LABEL.match(texts[below])):
            return foot[-1][0], foot
    return end, []

