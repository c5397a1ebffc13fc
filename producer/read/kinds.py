"""What the words before a quotation say it is: a letter, a telegram, an order ... (or nothing written at all)."""

from __future__ import annotations

import re

_DIRECT_WIRE = re.compile(r"\bdirect[ -]wire\b|\bHughes(?: apparatus)?\b|\bby\s+(?:the\s+)?(?:direct\s+)?telephone\b", re.IGNORECASE)


def _table(*rows: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, kind) rows, each pattern compiled to match in any case."""
    return tuple((re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in rows)


_KIND_NOUNS = _table(
    (r"\btelegrams?\b|\bcablegrams?\b|\bcables?\b|\bdespatch by wire\b|\bheliograms?\b|\bsignal\s+from\b", "telegram"),
    (r"\bletters?\b|\bepistle\b", "letter"),
    (r"\bdespatch(?:es)?\b|\bdispatch(?:es)?\b", "dispatch"),
    (r"(?<!\bto )\bnotes?\b(?! of)(?![-‐])", "note"),  # not "the note-book is filling up"
    (r"(?<!\bin )\border(?:s)?\b|\bcommand\b(?= to)|\binstructions\b", "order"),
    (r"\bdecrees?\b|\bukase\b", "decree"),
    (r"\bresolutions?\b|\bdecisions?\b|\bmotion\b(?! of\b)", "resolution"),  # not "no motion of stepping"
    (r"\bproclamations?\b|\bmanifesto\b|\bappeal\b", "proclamation"),
    (r"\bbulletins?\b|\bcommuniqu[ée]\b", "bulletin"),
    (r"\barticles?\b|\bpamphlet\b|\beditorial\b|\bleader\b", "article"),
    (r"\bspeech(?:es)?\b|\baddress(?:ed)? the (?:meeting|congress|crowd|soldiers)\b", "speech"),
    (r"\bstatement\b|\bdeclaration\b", "statement"),
    (r"\bmemorandum\b|\bmemoranda\b", "memorandum"),
    (r"\bsummons\b|\bultimatum\b", "summons"),
    (r"\bplacards?\b|\bposters?\b|\bleaflets?\b|\bhandbills?\b", "proclamation"),
    (r"\brecord\b(?! of)|\bminutes\b(?= of the)|\bprotocol\b", "record"),
    (r"\bcirculars?\b", "circular"),
    (r"\bpetitions?\b|\bmemorial\b", "petition"),
)
_TRANSMIT_VERBS = re.compile(r"\b(?:telegraphed|wired|cabled|transmitted|telegraph|wire)\b(?! (?:of|fence))", re.IGNORECASE)
# the verb, not the adjective: "the Committee resolved:", not "cut in with a decided," or "a very decided tone"
_VERB_NOT_ADJECTIVE = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bvery )(?<!\bmost )(?<!\bmore )(?<!\bonly )\b(?:resolved|decided)\b"
                                 r"(?!\s+(?:tone|manner|air|way|look|step|opinion|conclusion|preference)\b)", re.IGNORECASE)
_KIND_VERBS = ((_VERB_NOT_ADJECTIVE, "resolution"), *_table(
    (r"\bdecreed\b", "decree"),
    (r"\bordered\b", "order"),
    (r"\breported\s+to\b", "report"),
    (r"\bproclaimed\b", "proclamation"),
    (r"\brecords\b(?=\W*$)|\brecorded\b(?=\W*$)", "record"),  # 'M. de la Bergerie privately records:--'
    (r"\bwrote\b|\bwritten\b|\bwrites\b|\bwrite\b", "letter"),
))
_GENERIC = re.compile(r"\bmessages?\b|\breports?\b|\bcommunication\b", re.IGNORECASE)
# "the following" and "as follows" point at what comes, not at a document: only beside a word of replying, writing or
# reading, or a written thing ("It ran as follows:", "the following document", "the following act passed in 1702:");
# not "the following syllogism:", "were distributed as follows:", "the following nine:"
_FOLLOWS = re.compile(r"\bthe following\b|\bas follows\b", re.IGNORECASE)
_WRITTEN = re.compile(r"\b(?:replied|replies|answered|answers|ran|runs|reads?|remarks?|documents?|acts?|statutes?|"
                      r"laws?|papers?|notices?|inscriptions?|advertisements?|placards?|terms|entry|entries)\b", re.IGNORECASE)
# "as follows:" after a verb of telling or talking, "the following" before a tale or a manner of speaking: not a document
TOLD_AS_FOLLOWS = re.compile(
    r"\b(?:did|proceeded|proceed|delivered\s+(?:himself|herself)|discoursed?|thundered|spoke|began|continued|went\s+on)\s+"
    r"(?:\w+\s+){0,3}?as follows\b|\bthe following\s+(?:\w+\s+)?(?:story|tale|anecdote|consolation|sounds|manner|speech|strain|phrase|conversation|dialogue)\b"
    r"|\b(?:circumstances|facts|particulars|events)\b[^.:]{0,80}\b(?:were|are)\s+as follows\b",
    re.IGNORECASE)

# verbs that introduce speech or writing; the neutral ones need a cue nearby to mean a document
SPEECH_VERBS = re.compile(
    r"\b(?:said|says|say|asked|asks|answered|answers|replied|replies|told|tells|exclaimed|cried|shouted|remarked|declared|"
    r"retorted|added|repeated|continued|observed|whispered|muttered|insisted|began|went on|put it|responded|inquired|"
    r"demanded|informed|communicated|announced|stated|reported|urged|requested|warned|wrote|telegraphed|wired|cabled|"
    r"transmitted|resolved|decided|decreed|ordered|proclaimed|sent|adopted|read|reads|ran|runs|received|addressed|issued|published|signed|posted)\b",
    re.IGNORECASE,
)
# "The answer came at noon:": a reply to the document just quoted, of the same kind
_ANSWER = re.compile(r"\b(?:answer|reply|response|rejoinder|acknowledge?ment|retort)\b", re.IGNORECASE)
FIGURATIVE = re.compile(r"\b(?:seemed|seems|as if|as though|meant|used)\s+to\s+(?:say|ask|tell)\b", re.IGNORECASE)


_LETTERING = re.compile(r"\b(?:large|small|capital|block|white|black|red|gold|gilt|gilded|golden|brass|carved|big|great|printed|painted|Latin|Cyrillic)\s+(?:\w+\s+)?letters\b")
_NAMED_NOUN = re.compile(r"(?<=\S\s)(?:Order|Orders|Note|Letter|Letters|Decree|Bulletin|Appeal|Statement|Record|Resolution|Address|"
                         r"Telegraph)\b")  # "the Daily Telegraph": a newspaper


def kind_of(text: str) -> str | None:
    """The document kind a passage of narrative names, strongest cue first; None when it names none."""
    if FIGURATIVE.search(text):
        return None
    text = _NAMED_NOUN.sub("Name", text)  # "officers of the Order": part of a name, not a document
    text = _LETTERING.sub("", text)  # "painted in large white letters": lettering, not correspondence
    if _DIRECT_WIRE.search(text):
        return "direct-wire"
    hits = [(m.start(), kind) for pattern, kind in _KIND_NOUNS for m in pattern.finditer(text)]
    if hits:
        return max(hits)[1]  # the noun nearest the quotation
    if _TRANSMIT_VERBS.search(text):
        return "telegram"
    for pattern, kind in _KIND_VERBS:
        if pattern.search(text):
            return kind
    if (_GENERIC.search(text) or _FOLLOWS.search(text) and (_WRITTEN.search(text) or _ANSWER.search(text))) \
            and not TOLD_AS_FOLLOWS.search(text):
        return "message"
    if _ANSWER.search(text):
        return "reply"
    return None
