"""What the words before a quotation say it is: a letter, a telegram, an order ... (or nothing written at all)."""

from __future__ import annotations

import re

_DIRECT_WIRE = re.compile(r"\bdirect[ -]wire\b|\bHughes(?: apparatus)?\b|\bby\s+(?:the\s+)?(?:direct\s+)?telephone\b", re.IGNORECASE)
_KIND_NOUNS = (
    (re.compile(r"\btelegrams?\b|\bcablegrams?\b|\bcables?\b|\bdespatch by wire\b|\bheliograms?\b|\bsignal\s+from\b", re.IGNORECASE),
     "telegram"),
    (re.compile(r"\bletters?\b|\bepistle\b", re.IGNORECASE), "letter"),
    (re.compile(r"\bdespatch(?:es)?\b|\bdispatch(?:es)?\b", re.IGNORECASE), "dispatch"),
    (re.compile(r"(?<!\bto )\bnotes?\b(?! of)(?![-‐])", re.IGNORECASE), "note"),  # not "the note-book is filling up"
    (re.compile(r"(?<!\bin )\border(?:s)?\b|\bcommand\b(?= to)|\binstructions\b", re.IGNORECASE), "order"),
    (re.compile(r"\bdecrees?\b|\bukase\b", re.IGNORECASE), "decree"),
    (re.compile(r"\bresolutions?\b|\bdecisions?\b|\bmotion\b(?! of\b)", re.IGNORECASE), "resolution"),  # not "no motion of stepping"
    (re.compile(r"\bproclamations?\b|\bmanifesto\b|\bappeal\b", re.IGNORECASE), "proclamation"),
    (re.compile(r"\bbulletins?\b|\bcommuniqu[ée]\b", re.IGNORECASE), "bulletin"),
    (re.compile(r"\barticles?\b|\bpamphlet\b|\beditorial\b|\bleader\b", re.IGNORECASE), "article"),
    (re.compile(r"\bspeech(?:es)?\b|\baddress(?:ed)? the (?:meeting|congress|crowd|soldiers)\b", re.IGNORECASE), "speech"),
    (re.compile(r"\bstatement\b|\bdeclaration\b", re.IGNORECASE), "statement"),
    (re.compile(r"\bmemorandum\b|\bmemoranda\b", re.IGNORECASE), "memorandum"),
    (re.compile(r"\bsummons\b|\bultimatum\b", re.IGNORECASE), "summons"),
    (re.compile(r"\bplacards?\b|\bposters?\b|\bleaflets?\b|\bhandbills?\b", re.IGNORECASE), "proclamation"),
    (re.compile(r"\brecord\b(?! of)|\bminutes\b(?= of the)|\bprotocol\b", re.IGNORECASE), "record"),
    (re.compile(r"\bcirculars?\b", re.IGNORECASE), "circular"),
    (re.compile(r"\bpetitions?\b|\bmemorial\b", re.IGNORECASE), "petition"),
)
_TRANSMIT_VERBS = re.compile(r"\b(?:telegraphed|wired|cabled|transmitted|telegraph|wire)\b(?! (?:of|fence))", re.IGNORECASE)
# the verb, not the adjective: "the Committee resolved:", not "cut in with a decided," or "a very decided tone"
_VERB_NOT_ADJECTIVE = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bvery )(?<!\bmost )(?<!\bmore )(?<!\bonly )\b(?:resolved|decided)\b"
                                 r"(?!\s+(?:tone|manner|air|way|look|step|opinion|conclusion|preference)\b)", re.IGNORECASE)
_KIND_VERBS = (
    (_VERB_NOT_ADJECTIVE, "resolution"),
    (re.compile(r"\bdecreed\b", re.IGNORECASE), "decree"),
    (re.compile(r"\bordered\b", re.IGNORECASE), "order"),
    (re.compile(r"\breported\s+to\b", re.IGNORECASE), "report"),
    (re.compile(r"\bproclaimed\b", re.IGNORECASE), "proclamation"),
    (re.compile(r"\bwrote\b|\bwritten\b|\bwrites\b|\bwrite\b", re.IGNORECASE), "letter"),
)
_GENERIC = re.compile(r"\bmessages?\b|\breports?\b|\bcommunication\b", re.IGNORECASE)
# "the following" and "as follows" point at what comes, not at a document: only beside a word of replying, writing or
# reading, or a written thing ("It ran as follows:", "the following document", "the following act passed in 1702:");
# not "the following syllogism:", "were distributed as follows:", "the following nine:"
_FOLLOWS = re.compile(r"\bthe following\b|\bas follows\b", re.IGNORECASE)
_WRITTEN = re.compile(r"\b(?:replied|replies|reply|answered|answers?|response|ran|runs|reads?|remarks?|documents?|acts?|statutes?|"
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
    if (_GENERIC.search(text) or _FOLLOWS.search(text) and _WRITTEN.search(text)) and not TOLD_AS_FOLLOWS.search(text):
        return "message"
    if _ANSWER.search(text):
        return "reply"
    return None
