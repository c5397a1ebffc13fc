"""What the words around a quotation say about it: is it a document, of what kind, from whom to whom, where."""

from __future__ import annotations

import re
from dataclasses import dataclass

from producer.read import cues
from producer.read.cues import COMPASS, MONTHS, NAME_ABBREVIATIONS, NAME_WORD, ORG_WORDS, TITLE_WORDS
from producer.read.kinds import SPEECH_VERBS, kind_of

# ---- names ------------------------------------------------------------------------------------

_STOP = {
    "On", "In", "At", "When", "The", "A", "An", "After", "Before", "Even", "Next", "Unfortunately", "It", "This", "That",
    "Then", "Later", "There", "Here", "Having", "But", "And", "As", "So", "Thus", "Meanwhile", "During", "From", "To",
    "By", "Of", "For", "With", "While", "Yet", "Soon", "Only", "Once", "Some", "Every", "All", "One", "Two", "Three",
    "Four", "Five", "Dear", "Sir", "Yes", "No", "My", "Our", "His", "Her", "Their", "We", "They", "He", "She", "You",
    "Comrade", "Comrades", "General", "Colonel", "Captain", "Major", "Admiral", "Prince", "Count", "Mr", "Mrs", "Dr",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "If", "Now", "Still", "Of course",
    *MONTHS,
    "How", "What", "Why", "Where", "Who", "Whom", "Which", "Not", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Can",
    "Could", "Would", "Should", "Will", "Shall", "Let", "Please", "Well", "Oh", "Ah", "Alas", "Perhaps", "Such", "These",
    "Those", "Nor", "Neither", "Either", "Both", "Each", "Many", "Most", "Much", "Nothing", "Everything", "Nobody",
    "Everyone", "Anyone", "Someone", "Whatever", "Whenever", "Although", "Though", "Because", "Since", "Until", "Unless",
    "Whether", "Like", "Among", "Against", "Without", "Within", "Toward", "Towards", "Upon", "Under", "Over",
    "East", "West", "North", "South", "Lord", "God", "Chapter", "Early", "Late", "Presently", "Afterwards",
    "Finally", "Suddenly", "Accordingly", "Nevertheless", "Shortly", "Immediately", "Yesterday", "Today", "To-day",
    "Tonight", "To-night", "Tomorrow", "To-morrow", "Hence", "Therefore", "Indeed", "Again", "Everywhere",
    "Its", "Your", "Yours", "Whose", "Everybody", "Somebody", "Anybody",
    # prepositions that open a sentence ("Inside was a single sheet ..."): never the start of a name
    "Inside", "Outside", "Beside", "Besides", "Behind", "Beyond", "Above", "Below", "Beneath", "Across", "Along",
    "Around", "About", "Through", "Throughout", "Near",
}
_TITLES = r"(?:Comrade|Comrades|General|Colonel|Captain|Major|Admiral|Prince|Count|Mr\.|Mrs\.|Dr\.|Lord|Sir|Citizen|Commander)"
_CAP = r"[A-Z][\w’'\-]*\.?"
NAME = re.compile(
    rf"(?:{_TITLES}\s+)?(?:[A-Z]\.\s?)*{_CAP}(?:\s+(?:of\s+the\s+|of\s+|for\s+|de\s+|von\s+)?{_CAP})*"
)
_PLACE_PREFIX = re.compile(r"^(?:the\s+)?(?:station|town|city|village|fortress|port|front|headquarters|camp)\s+(?:of|at)\s+", re.IGNORECASE)
_UNIT_NOUNS = re.compile(
    r"\b(?:army|armies|regiment|regiments|division|divisions|corps|front|fronts|committee|council|soviet|staff|command|"
    r"garrison|troops|workers|soldiers|comrades|commanders|commissaries|sailors|fleet|brigade|battalion|government|party|"
    r"congress|bureau|population|people|peasants|citizens|headquarters|legation|embassy|consulate|ministry|department|"
    r"office|authorities|commissioner|governor|minister|consul|chief|editor|paper|newspaper)\b",
    re.IGNORECASE,
)


def names_in(text: str) -> list[str]:
    """Capitalised names in narrative text (persons, organisations, places), sentence-initial words skipped."""
    found = []
    for m in NAME.finditer(text):
        name = m.group().rstrip(".").strip()
        words = name.split()
        while words and words[0] in _STOP and not re.match(_TITLES, words[0]):
            words = words[1:]
        name = re.sub(r"[’']s$", "", " ".join(words).rstrip("."))
        if not name or name in _STOP or name in MONTHS or name.isupper() and len(name) <= 2:
            continue
        found.append(name)
    return found


def is_org(name: str) -> bool:
    """An organisation rather than a person: 'Central Committee', 'Politbureau of the Central Committee'."""
    return any(word in ORG_WORDS for word in re.split(r"\s+", name))


def strip_place(text: str) -> str:
    """'the station of Gryazi' -> 'Gryazi'; 'the Ukraine' -> 'Ukraine'."""
    text = _PLACE_PREFIX.sub("", text.strip())
    return re.sub(r"^the\s+", "", text)


def title_name(caps: str) -> str:
    """'TROTSKY' -> 'Trotsky'; 'A. B. SMITH' -> 'A. B. Smith'; 'McBRIDE', 'MCBRIDE' -> 'McBride'."""
    return " ".join(w if re.fullmatch(r"(?:[A-Z]\.)+", w) else re.sub(  # initials kept: "J.", "J.S."
        r"^(\W*)(M[Cc]|Mac)?(\w)(.*)$", lambda m: m[1] + (m[2] or "").capitalize() + m[3] + m[4].lower(), w) for w in caps.split())


# ---- a quotation's introduction ---------------------------------------------------------------

_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b")
_OBJECT_ME = re.compile(r"\b(?:me|us)\b")
_PRONOUN = re.compile(r"\b(?:he|she|He|She|him|her)\b")
# a capitalised noun phrase: "Lenin and Svyerdlov", "the Revolutionary Military Council of the Republic", "Mr. Thorne"
_CAPS_WORD = rf"(?:(?:{'|'.join(NAME_ABBREVIATIONS)})\.|[A-Z][\w’'\-]*)"  # a NAME_WORD that may be one letter
_CAPS_NP = rf"{_CAPS_WORD}(?:\s+(?:(?:of|and|for|de|von|du|la)\s+(?:the\s+)?)?{_CAPS_WORD})*"
_RECIPIENT_TO = re.compile(  # "to General Gordon", "... to the Mahdi ran as follows:" (the document's verb after it)
    rf"\b(?:to|To)\s+(?P<np>(?:my|our|his|her|their)\s+[a-z]+\s+{_CAPS_NP}|(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:me|us|him|her|{_CAPS_NP}|[a-z]+(?:\s+[a-z]+)?(?:\s+of\s+(?:the\s+)?{NAME_WORD})?))(?=\s+(?:at|in|from|over|by|on|with|that|who|which|and to|a|an|the|ran|runs|read|reads|said|says|he|she|I|we|they)\b|\s?\(|[,;:“\"]|$)")
_PLACE_FROM = re.compile(rf"\b(?:from|before|near|outside|on\s+board(?:\s+of)?)\s+(?P<np>(?:the\s+(?:station|town|city|village|fortress|port)\s+of\s+)?(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*)")
_PLACE_DATED = re.compile(  # "a letter dated Canterbury"; not "a letter dated Jan. 26, 1884"
    rf"\bdated\s+(?:at\s+|from\s+)?(?!(?:{cues.MONTH_WORD})\b|{cues.MONTH_ABBREVIATION})(?P<np>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*)")
_PLACE_IN = re.compile(rf"\b(?:in|at|In|At)\s+(?P<np>(?:the\s+(?:station|town|city|village|fortress|port)\s+of\s+)?(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*)")


@dataclass(slots=True)
class Parties:
    """Who sent a document to whom, and where each was."""

    senders: list[str]
    recipients: list[str]
    place: str | None
    destination: str | None
    explicit: bool = False  # the sender is named with the document ("Aldersey's reply", "a letter from X")


def _is_place_word(name: str) -> bool:  # not someone's ("at Madame Goesler's"), nor titled ("in General Orders")
    return name not in MONTHS and name not in COMPASS and not is_org(name) and not name[:1].isdigit() \
        and not name.endswith(("'s", "’s")) and name.split()[0] not in TITLE_WORDS


def _clean_np(np: str, author: str, resolve: dict[str, str | None]) -> str | None:
    np = np.strip().rstrip(".,-—–")  # 'wrote to Lord Grey--"I wish ...'
    if re.fullmatch(r"(?:me|us)", np):
        return author
    if re.fullmatch(r"(?:him|her)", np):
        return resolve.get("him")
    np = re.sub(r"^(?:all\s+)?the\s+", "", np)
    caps = names_in(np)
    if not caps and re.fullmatch(r"[A-Z][a-z]+", np) and np not in MONTHS:
        caps = [np]  # a rank or office standing for a person: "the Colonel", "the Minister"
    if caps and np[:1].isupper():
        return caps[0] if len(np.split()) > 6 else np
    if caps:
        return caps[0]
    possessive = re.fullmatch(r"(?:my|our|his|her|their)\s+([a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", np)
    if possessive and not kind_of(possessive.group(1)):  # "my reply" is the document, not its recipient
        return possessive.group(1)
    return np if _UNIT_NOUNS.search(np) and len(np.split()) <= 5 else None


_ZONE_END = re.compile(r"\s(?:from|over|by|through|via|with|on|that|who|which|when|as|because|for)\s|[:;“\"(]|\bthe following\b|\bas follows\b")
_OBJECT = re.compile(
    r"^\s*(?:\w+ly\s+)?(?P<np>me|us|him|her|(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?"
    rf"(?:{_TITLES}\s+)?(?:[A-Z]\.\s?)*{NAME_WORD}(?:\s+(?:of\s+|of\s+the\s+|and\s+)?{NAME_WORD})*"
    r"|(?:my|our|his|her|their)\s+[a-z][\w\-]*|the\s+[a-z]+\s+(?:army|regiment|division|corps|front|committee|council|headquarters)|headquarters)"
)
DOC_NOUNS = (r"(?:telegram|letter|note|reply|answer|order|proclamation|message|dispatch|despatch|report|instructions|"
              r"bulletin|decree|resolution|wire|cable|memorandum|statement|manifesto|appeal|speech|article)s?")
_OWNER = re.compile(
    rf"(?:(?P<owner>\b(?:My|my|Our|our|His|his|Her|her|Its|its|Their|their))|(?:the\s+|The\s+)?(?P<name>(?:[A-Z][\w\-]+\s+)*[A-Z][\w\-]+)[’']s)"
    rf"\s+(?:own\s+)?(?:[a-z]+\s+)?{DOC_NOUNS}\b"
)
_APPOSITION = re.compile(
    r"(?:\s+(?:at|in)\s+[A-Z][\w’'\-]+)?,\s+(?P<name>(?:(?:Mr|Mrs|Dr|Sir|Lord|General|Colonel|Captain|Major|Comrade)\.?\s+)?"
    r"(?:[A-Z]\.\s?)*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)(?=\s*[:,.;“\"]|\s+(?:who|which|was|had|and)\b)"
)
_NOT_A_SENDER = re.compile(
    r"(?:the\s+)?(?:front|station|town|city|village|field|camp|capital|coast|interior|north|south|east|west|river|hills|frontier"
    r"|trenches|lines|country|provinces|island|harbour|port|ship|boat|train|post)"
)
# "a terse line signed by his secretary", "signed simply \"Gault.\"": the signer sent it, wherever it came from
_SIGNED_BY = re.compile(
    rf"\bsigned\s+(?:by\s+(?P<by>(?:his|her|their|my|our)\s+[a-z]+|(?:the\s+)?{_CAPS_NP})"
    rf"|(?:simply\s+|only\s+|merely\s+)?[“\"](?P<quoted>{_CAPS_NP})[.,]?[”\"])"
)
_RELATIVE = re.compile(r",\s+(?:who|which|whom|whose|where)\b[^,]*(?:,|$)")
_FROM_SENDER = re.compile(
    r"\b(?:(?:letter|telegram|note|message|dispatch|despatch|order|report|reply|answer|summons|communication|instructions)s?"
    r"(?:(?:\s+[a-z]+){0,3}?|(?:\s+[a-z]+){0,4}?\s+(?:was|were|is)(?:\s+also)?)"  # 'The message inside the envelope was also from'
    r"|(?:came|come|arrived|reached\s+(?:me|us))(?:\s+[a-z]+){0,3}?)\s+from\s+"
    rf"(?P<np>(?:the\s+)?(?:{NAME_WORD}|[a-z]+)(?:\s+(?:of\s+the\s+|of\s+)?{NAME_WORD})*)"
)
# "Lenin was making a speech", "he drafted an order": the subject made the document, though no verb of sending says so
_PRODUCING = re.compile(r"\b(?:making|made|makes|gave|gives|giving|drafted|drafting|issued|issuing|delivered|delivering|composed|"
                        r"dictated|penned|writing|write)\b")  # "wrote" is a verb of sending already
_NOT_SENDING = re.compile(r"read|reads|received|ran|runs", re.IGNORECASE)
_PRINTED_OTHERS = re.compile(rf"(?:published|printed|reprinted|quoted)\s+(?:his|her|their|[A-Z][\w\-]*['’]s)\s+(?:\w+\s+)?{DOC_NOUNS}\b")
_SENDING = re.compile(r"telegraphed|wired|cabled|wrote|sent|reported|replied|answered|despatched|dispatched|forwarded")
_RECEIVE = re.compile(r"\b(?:received|receive|got|had)\b")
_ARRIVED = re.compile(rf"\b(?:reached|arrived\s+(?:at|in))\s+(?P<np>{NAME_WORD}(?:\s+{NAME_WORD})*)")


def _subject(before: str, author: str, previous_subject: str | None) -> str | None:
    """The first name or pronoun of the last clause before the verb."""
    before = _RELATIVE.sub(",", re.sub(r"\s*\([^()]*\)", "", before))  # ", who had got away to Finland,", "(Jenyns)": not it
    clause = re.split(r"[,;]|\bbut\b|\bwhen\b|\band\b(?=\s+(?:I|he|she|we|they)\b)", before)[-1]
    for zone in (clause, before):
        candidates: list[tuple[int, str | None]] = [(m.start(), author) for m in _FIRST_PERSON.finditer(zone)]
        candidates += [(m.start(), previous_subject) for m in _PRONOUN.finditer(zone) if m.group().lower() in ("he", "she")]
        for n in names_in(zone):
            m = re.search(re.escape(n), zone)
            # "In a letter to Rev. L. Blomefield, my father wrote", "to his uncle in Lausanne tells": a preposition's
            # object is not the clause's subject
            # ('To his friend Jeffrey he wrote', 'in a letter to her old friend Hart')
            if m and not re.search(r"\b(?:[Tt]o|[Ii]n|[Aa]t|near|[Ff]rom|of|for|with|on|upon|into|about)\s+"
                                   r"(?:(?:my|our|his|her|their)\s+(?:[a-z]+\s+){1,2})?$", zone[: m.start()]):
                candidates.append((m.start(), n))
        if candidates:  # the first name of the clause, else of the sentence: subjects come first
            return min(candidates, key=lambda c: c[0])[1]
    return None


def parties(intro: str, verb_at: int, author: str, previous_subject: str | None, kind: str | None,
            previous_agent: str | None = None) -> Parties:
    """Senders, recipients, place and destination from the introducing clause; `verb_at` is the verb's offset."""
    before = intro[:verb_at]
    verb = re.match(r"\w+", intro[verb_at:])
    after = intro[verb_at + (verb.end() if verb else 0):]
    replying = _ANSWERED.match(intro)  # "In reply to this letter of Mr. Hay, I addressed him": him is its writer
    writer = re.search(rf"\b(?:of|from)\s+(?P<np>{_CAPS_NP})", replying.group("what")) if replying else None
    resolve = {"him": writer.group("np") if writer else previous_subject}
    owner = _OWNER.search(before)
    owned = owner is not None and len(before[: owner.start()].split()) <= 1  # "My own telegram", not "I haven't their telegram"
    # the clause's subject sent it only if the verb says so: not "Jane read:", "Elizabeth took the letter and ..."
    sends = not _NOT_SENDING.fullmatch(verb.group()) if verb else bool(_PRODUCING.search(intro))
    sends = sends and not _PRINTED_OTHERS.match(intro, verb_at)  # '_Pravda_ ... published his despatch': not Pravda's
    senders = _senders(intro, before, author, previous_subject if sends else None, previous_agent, kind, owner if owned else None,
                       sends)
    zone_end = _ZONE_END.search(after)
    zone = after[: zone_end.start()] if zone_end else after
    recipients, destination = _recipients(intro, zone, author, resolve, senders, replying.end() if replying else 0)
    came_from = _FROM_SENDER.search(intro)
    if came_from and _NOT_A_SENDER.fullmatch(came_from.group("np")):
        came_from = None  # "my first message from the front": where it came from, not who sent it
    signed = _SIGNED_BY.search(intro)
    signer = _clean_np(signed.group("by") or signed.group("quoted"), author, resolve) if signed else None
    if signer:  # "a despatch from Lisbon ... signed simply "Gault."": Lisbon is where it came from
        came_from, senders = None, [signer]
    later = _subject(before[came_from.end():], author, previous_subject) \
        if came_from and came_from.end() <= verb_at and verb and _SENDING.fullmatch(verb.group()) else None
    if later:  # "in consequence of reports from Natal, Sir Redvers telegraphed": the one who sent this is the subject
        answered = _clean_np(came_from.group("np"), author, resolve) if came_from and re.search(
            r"\b(?:reply|answer)\s+to\s+(?:\w+\s+){0,2}from\s+$", intro[: came_from.start("np")]) else None
        if answered and not recipients:  # "in reply to a telegram from Lord Lansdowne, ... General Buller reported:"
            recipients = [answered]
        came_from, senders = None, [later]
    if came_from and not owned:
        # "a letter from the Governor", "a wire from Headquarters": the sender is named with the document
        who = _clean_np(came_from.group("np"), author, resolve)
        apposition = _APPOSITION.match(intro, came_from.end())
        if apposition and names_in(apposition.group("name")):
            who = apposition.group("name")  # "from our Vice-Consul at Volo, Mr. Ormerod": the person, by name
        if who:
            if senders == [author] and author not in recipients:
                recipients.insert(0, author)
            senders = [who]
    if verb and _RECEIVE.fullmatch(verb.group()) or _RECEIVE.search(before.split(",")[-1] if before else ""):
        # "I received from London a telegram": the sender is where it came from, the receiver the subject
        sources = [strip_place(m.group("np")) for m in re.finditer(rf"\bfrom\s+(?P<np>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*)", intro)]
        if sources and not came_from and not signer:
            recipients, senders = [s for s in senders if s], sources[:1]
    clause = before.rfind(",") + 1 if later else 0  # after "reports from Natal," only the sender's clause says where
    place = _place(intro[clause:], before[clause:], destination, recipients, senders, came_from)
    # "to her father", "to his wife": a relation names a person the annotation (and the listener) knows by name; say less
    recipients = [r for r in recipients if r and not cues.RELATION.fullmatch(r)]
    return Parties([s for s in senders if s], recipients, place, destination, owned or bool(came_from) or bool(signer))


def _senders(intro: str, before: str, author: str, previous_subject: str | None, previous_agent: str | None,
             kind: str | None, owner: re.Match[str] | None, sends: bool) -> list[str]:
    """Who sent it: the subject of a verb of sending, the owner named ("Lord Aldersey’s reply"), or for a resolution
    the body that sat."""
    subject = _subject(before, author, previous_subject) if sends else None
    if owner:  # "My own telegram to ...", "Lord Aldersey’s reply", "The King’s proclamation": whose document it is
        word = owner.group("owner") or owner.group("name")
        lowered = word.lower()
        subject = (author if lowered in ("my", "our") else previous_subject if lowered in ("his", "her")
                   else previous_agent if lowered in ("its", "their") else word)
    senders: list[str] = [subject] if subject else []
    if kind in ("resolution", "decree", "proclamation", "bulletin"):
        orgs = [n for n in names_in(intro) if is_org(n)]
        lower_org = re.search(r"\bthe\s+((?:army\s+|general\s+|party\s+)?(?:committee|council|congress|conference|meeting|assembly|soviet|bureau|board|staff|command|headquarters))\b", before, re.IGNORECASE)
        if orgs and (not senders or is_org(senders[0]) or kind != "proclamation"):
            senders = orgs[:1]
        elif lower_org:
            senders = [lower_org.group(1)]
        elif previous_agent and is_org(previous_agent) and kind != "proclamation":
            senders = [previous_agent]  # "a resolution moved by X was carried": the body that sat, not the mover
    return senders


# the document a reply answers, before the reply's own clause: "In reply to my own note to Mr. Hay, that gentleman wrote"
_ANSWERED = re.compile(r"\s*(?:In\s+(?:reply|answer)|Replying|Answering)\s+to\b(?P<what>[^,;]*)[,;]")


def _recipients(intro: str, zone: str, author: str, resolve: dict[str, str | None], senders: list[str],
                replied_to: int) -> tuple[list[str], str | None]:
    """To whom (the verb's object, "to X", "demanded that X") and where they were ("to the Committee in London");
    "to X" only after `replied_to`, the end of a clause naming the letter answered ("In reply to my note to Mr. Hay,")."""
    recipients: list[str] = []
    destination = None
    obj = _OBJECT.match(zone)
    if obj and not re.match(r"\s*(?:to|To)\b", zone):
        for part in re.split(r"\s+and\s+", obj.group("np")):
            who = _clean_np(part, author, resolve)
            if who and who not in MONTHS:
                recipients.append(who)
    for rm in _RECIPIENT_TO.finditer(intro, replied_to):
        np = rm.group("np")
        lead = re.split(r"[,;.]", intro[max(0, rm.start() - 60): rm.start()])[-1]
        fronted = not intro[: rm.start()].strip() and SPEECH_VERBS.search(intro[rm.end(): rm.end() + 30])  # 'To X he wrote'
        if not (fronted or SPEECH_VERBS.search(lead) or re.search(rf"\b{DOC_NOUNS}\b", lead, re.IGNORECASE)):
            continue  # "got away to Finland": a journey, not an address
        if re.match(r"(?:the\s+)?(?:station|town|city|effect|end|rank)\b", np):
            continue
        for part in re.split(r"\s+and\s+(?:to\s+)?", np):
            who = _clean_np(part, author, resolve)
            if who and who not in recipients and who not in senders:
                recipients.append(who)
        after_to = re.match(rf"\s+(?:at|in)\s+(?P<np>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*)", intro[rm.end():])
        if after_to and destination is None and _is_place_word(strip_place(after_to.group("np"))):
            destination = strip_place(after_to.group("np"))  # "to the Committee in London"
    at = re.search(rf"\b(?:at|in)\s+(?P<np>(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD})*)", zone)
    if at and recipients and destination is None and _is_place_word(strip_place(at.group("np"))):
        destination = strip_place(at.group("np"))
    that = re.search(rf"\b(?:demanded|requested|urged|asked|insisted|proposed)\b[^“\"]*?\bthat\s+(?:the\s+)?(?P<np>{NAME_WORD}(?:\s+{NAME_WORD})*)", intro)
    if that and that.group("np") not in recipients:
        recipients.append(that.group("np"))
    return recipients, destination


def _place(intro: str, before: str, destination: str | None, recipients: list[str], senders: list[str],
           came_from: re.Match[str] | None) -> str | None:
    """Where the sender was: "from Tambov", "reached Kursk", "in Moscow" before the verb."""
    frm = _PLACE_FROM.search(intro)
    for m in list(_PLACE_DATED.finditer(intro)) + ([frm] if frm else []) + list(_ARRIVED.finditer(intro)) + list(_PLACE_IN.finditer(before)):
        np = strip_place(m.group("np"))
        if np and _is_place_word(np) and np != destination and np not in recipients and (np not in senders or m is frm) \
                and not (came_from and np in came_from.group("np")):
            return np
    return None
