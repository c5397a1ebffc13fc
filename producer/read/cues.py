"""The reader's cue words, as data in one place: every reader step takes them from here.

Months (and their abbreviations), titles and ranks, and the shape of a name word. A cue
changed here changes it for the whole reader; `tests/test_reader_cues.py` tests each.
"""

from __future__ import annotations

import re

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# Words that open with an elided letter, so a mark before them is an apostrophe, not an opening quotation mark: ’tis, ’em
ELIDED = r"(?:tis|twas|twere|em|un|cause|bout|ere|neath|gainst)\b"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "Richmond, Wednesday Morning.": a letter's place line that gives the day of the week, not the date
PLACE_AND_WEEKDAY = re.compile(rf"^(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?),\s+(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|evening|night|afternoon)|\s+(?:Morning|Evening|Night|Afternoon))?\.?$")
# a letter's date line that gives only the day, the hour or the month: "Tuesday.", "Thursday afternoon.", "Sunday, 9 P.M.", "2 P.M."
WEEKDAY_LINE = re.compile(
    rf"^(?:(?:{'|'.join(WEEKDAYS)})(?:,?\s+(?:morning|afternoon|evening|night|noon|midnight|(?:\d{{1,2}}(?:[.:]\d\d)?\s*)?[AaPp]\.\s?[Mm]\.))?"
    r"|\d{1,2}(?:[.:]\d\d)?\s*[AaPp]\.\s?[Mm]\.)\.?$"
    # or only the month, with its day or year: "December", "November 3d.", "May, 1862."
    rf"|^(?:{'|'.join(MONTHS)})(?:\s+\d{{1,2}}(?:st|nd|rd|th|d)?)?(?:,?\s+\d{{4}})?\.?$")
# a date line run into the salutation under it: "April 15. My dear Judy:", "Thursday morning. My dear Pendleton Family:"
DATED_SALUTATION = rf"(?:(?:{'|'.join(WEEKDAYS)})(?:\s+\w+)?|(?:{'|'.join(MONTHS)})\s+\d{{1,2}}(?:st|nd|rd|th)?)\.\s+"
MONTH_NUMBERS = {**{m.lower(): i + 1 for i, m in enumerate(MONTHS)}, **{m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}}
MONTH_WORD = "|".join(MONTHS)  # a regex alternation: January|February|...
# "our reverses in the East": a quarter of the compass is a direction or a front, never where a document was written
# Languages a text says things "in" or translates "from the": never where a document was sent from
LANGUAGES = frozenset({"Latin", "Greek", "French", "German", "Italian", "Spanish", "English", "Dutch", "Hebrew", "Arabic",
                       "Persian", "Russian", "Portuguese", "Sanskrit", "Chinese", "Japanese", "Turkish", "Saxon", "Welsh",
                       "Gaelic", "Danish", "Swedish", "Norse", "Syriac", "Ethiopic", "Coptic", "Hindustani", "Scotch"})
COMPASS = frozenset({"North", "South", "East", "West", "North-East", "North-West", "South-East", "South-West",
                     "Northeast", "Northwest", "Southeast", "Southwest"})
# 'Mch. 1860.', '_Septr._ 21/76': the older letter-writers' forms too
MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Mch|Apr|Jun|Jul|Aug|Sept?r?|Octr?|Novr?|Decr?)\."
# Abbreviated titles and ranks that stand before a name ("Gen. Smith", "St. Petersburg").
# "(Signed) COLLI.", "Signed: J. SMITH", "Sgd. A. B.": the copyist's mark before a signature; in parentheses when it is
# run into the text, where a bare "signed" is only a word
# an editor's query after a word: 'GEN. HOOKER (?)', 'Thursday [?]'
QUERY_MARK = r"[(\[]\?[)\]]"
LETTER_NUMBER = r"(?:\d{1,4}|[IVXLC]{1,7})\.\s+"  # '112. To Dr. Franz Brendel': a collection's number before the heading
SIGNED_MARK = r"\(?(?:Signed|signed|Sgd\.)\)?[:.]?"
SIGNED_IN_PARENS = r"\((?i:signed|sgd\.)\)"

NAME_ABBREVIATIONS = ("Mr", "Mrs", "Dr", "St", "Mt", "Ft", "Gen", "Col", "Capt", "Lt", "Prof", "Rev", "Hon")
# Given names as letters of the period sign them: "CHAS. DARWIN.", "Wm. Pitt", "SAM. JOHNSON".
GIVEN_NAME_ABBREVIATIONS = ("Ch", "Chas", "Wm", "Sam", "Thos", "Jas", "Geo", "Jno", "Richd", "Robt", "Benj", "Edw")
# One word of a name or a place: an abbreviated title, or a capitalized word ("Tsaritsin", "O’Brien", "Kamenev-Rozenfeld").
NAME_WORD = rf"(?:(?:{'|'.join(NAME_ABBREVIATIONS)})\.|[A-Z][\w’'\-]+)"
# Title words written out before a name.
TITLE_WORDS = frozenset({"Sir", "Lord", "Lady", "Mr.", "Mrs.", "Dr.", "General", "Colonel", "Captain", "Major", "Comrade", "Prince",
                         "Count", "Marquis", "Doctor", "Madame", "Baron", "Duke", "Professor"})
# Words that make a name a body's, not a person's ('Central Committee', 'Politbureau of the Central Committee').
ORG_WORDS = (
    "Committee", "Politbureau", "Politburo", "Bureau", "Council", "Soviet", "Soviets", "Congress", "Commissariat",
    "Government", "Ministry", "Staff", "Party", "Assembly", "Duma", "Senate", "Cabinet", "Command", "Headquarters",
    "Executive", "Parliament", "Board", "Commission", "Department", "Office", "Army", "Navy", "Front", "Conference",
    "Union", "League", "Society", "Club", "Directory", "Presidium", "Sovnarkom", "Admiralty", "Court", "Tribunal",
)
# Nouns for people in numbers, not named: a party in lower case is one of these, or a rank, office or body
# ('the troops', 'divisional commanders', 'army staff'), never 'some', 'beautiful' or 'say'.
PEOPLE_NOUNS = frozenset({"troops", "soldiers", "officers", "officer", "men", "people", "chiefs", "garrison", "paper", "newspaper",
                          "colonists", "peasants", "workers", "citizens", "inhabitants", "delegates", "deputies", "messenger"})
# Ranks and offices written before a name in a military or official address line ("Major-General SHERMAN, Atlanta:").
RANKS = (
    "General", "Major-General", "Lieutenant-General", "Brigadier-General", "Colonel", "Lieutenant-Colonel", "Major",
    "Captain", "Lieutenant", "Admiral", "Rear-Admiral", "Commodore", "President", "Governor", "Secretary", "Judge",
    "Senator", "Hon.", "Honorable", "His Excellency", "Gen.", "Col.", "Capt.", "Lieut.", "Maj.", "Adjutant-General",
    "Lieut.-General", "Lieut.-Gen.", "Brig.-General", "Brig.-Gen.", "Maj.-General", "Maj.-Gen.", "Major-Gen.", "Lieut.-Colonel",
    "Lieut.-Col.", "Rear-Admiral", "Vice-Admiral",
)
# offices that follow a name in an address ("To Major SHERMAN, Superintendent, Alexandria."): who, not where
OFFICES = frozenset({
    "Superintendent", "Commissioner", "Treasurer", "Director", "Chairman", "President", "Secretary", "Minister", "Ambassador",
    "Consul", "Vice-Consul", "Agent", "Commandant", "Commander", "Inspector", "Surgeon", "Quartermaster", "Paymaster", "Clerk",
    "Editor", "Professor", "Principal", "Mayor", "Sheriff", "Collector", "Governor", "Chief", "Adjutant", "Aide-de-Camp",
})
# States and territories that follow a town in American datelines ("ALLATOONA, GEORGIA", "Knoxville, Tenn."):
# the town is where the writer was.
US_STATES = frozenset({
    "alabama", "ala.", "arkansas", "ark.", "california", "cal.", "connecticut", "conn.", "delaware", "del.", "florida", "fla.",
    "georgia", "ga.", "illinois", "ill.", "indiana", "ind.", "iowa", "kansas", "kan.", "kentucky", "ky.", "louisiana", "la.",
    "maine", "maryland", "md.", "massachusetts", "mass.", "michigan", "mich.", "minnesota", "minn.", "mississippi", "miss.",
    "missouri", "mo.", "nebraska", "neb.", "nevada", "new hampshire", "n.h.", "new jersey", "n.j.", "new york", "n.y.",
    "north carolina", "n.c.", "ohio", "oregon", "pennsylvania", "pa.", "rhode island", "r.i.", "south carolina", "s.c.",
    "tennessee", "tenn.", "texas", "tex.", "vermont", "vt.", "virginia", "va.", "west virginia", "w. va.", "wisconsin", "wis.",
    "d.c.", "dakota", "colorado", "col.", "arizona", "new mexico", "utah", "washington territory",
})
# British counties and their abbreviations, and the countries written after them: 'Aberdour, Fife, N. B.',
# 'Steventon, near Overton, Hants': the town is the place, the county or country only says where the town is
COUNTIES = frozenset({
    "bedfordshire", "beds.", "berkshire", "berks.", "buckinghamshire", "bucks.", "cambridgeshire", "cambs.", "cheshire",
    "cornwall", "cumberland", "derbyshire", "devon", "devonshire", "dorset", "dorsetshire", "durham", "essex",
    "gloucestershire", "glos.", "hampshire", "hants.", "herefordshire", "hertfordshire", "herts.", "huntingdonshire",
    "hunts.", "kent", "lancashire", "lancs.", "leicestershire", "leics.", "lincolnshire", "lincs.", "middlesex", "norfolk",
    "northamptonshire", "northants.", "northumberland", "nottinghamshire", "notts.", "oxfordshire", "oxon.", "rutland",
    "shropshire", "salop.", "somerset", "somersetshire", "staffordshire", "staffs.", "suffolk", "surrey", "sussex",
    "warwickshire", "westmorland", "wiltshire", "wilts.", "worcestershire", "worcs.", "yorkshire", "yorks.", "fife",
    "fifeshire", "perthshire", "ayrshire", "argyllshire", "aberdeenshire", "midlothian", "forfarshire", "inverness-shire",
    "ross-shire", "n. b.", "n.b.", "england", "scotland", "wales", "ireland",
})
REGIONS = US_STATES | COUNTIES  # what may follow a town in a date line or an address

# ---- how narrative introduces, and follows, a quoted document (the segmenter's cues) ----

# an introduction that points back at the previous sentence for what the quotation is:
# "On June 1, I replied to him:" after "... over the direct wire."; "This is what he said:" after "... a speech".
# POINTS_AT_DOCUMENT does so whoever then speaks: "That of October 27 said:"
POINTS_AT_DOCUMENT = (
    r"\b(?:wired back|wrote back)\b|\b(?:this|that|here) is what\b|\bran thus\b|\bread thus\b"
    r"|\b(?:it|they|this|which)\s+(?:was|were|ran|read|reads|runs|said|says)\b"
    r"|\b[Ii]n\s+(?:it|this|which)\s+(?:he|she|they|I|we)\s+read\b"  # 'It was dated from ... In it he read:'
    r"|\b(?:sentence|passage|words|text|paragraph|wording|terms|conclusion)\s+(?:ran|read|runs|reads|were|was)\b"
    r"|\b(?:That|Those)\s+of\b|\bin\s+(?:its|their)\s+entirety\b|\bin\s+full\b"
    r"|\bI\s+(?:give|quote|copy|reproduce|translate|print)\s+(?:it|them|this|his|her|their|the)\b"
)
# REFERS_BACK also takes words that may point back to one, or only introduce talk: "replied:", "as follows:"
REFERS_BACK = re.compile(
    POINTS_AT_DOCUMENT + r"|\b(?:replied|answered|responded|rejoined)\b|\bin these words\b|\bas follows\b|\bthe following\b",
    re.IGNORECASE)
POINTS_BACK_AT_DOCUMENT = re.compile(POINTS_AT_DOCUMENT, re.IGNORECASE)
# an introduction that is only a pointer to the sentence before: "They were brief:", "It ran:", "This is what he said:"
POINTS_BACK = re.compile(r"\s*(?:It|They|This|These|That|Those|Its\s+\w+|Their\s+\w+)\s+(?:was|were|is|ran|read|reads|runs|said)\b")
# a sentence opening with when it happens, which sets the day for what follows in the paragraph
SCENE_OPENER = re.compile(r"(?:On|At|In|Next|Early|Late|By|During|About|Towards?|That|The\s+next|The\s+following|Later)\b")
# how talk is introduced, as against writing: "the Gryphon interrupted", "saying, in a solemn tone,", "thought Alice"
ORAL = re.compile(r"\b(?:said|saying|says|cried|cries|crying|cryed|exclaimed|exclaiming|shouting|shouted|whispered|muttered|"
                  r"mutter|muttering|murmured|murmuring|remarked|interrupted|thought|sighed|"
                  r"spoke|speaks|began|upbraid|upbraided|harangued|addressed\s+(?:him|her|them|himself|herself)|"
                  r"laughed|screamed|called out|cackled|in an?\s+(?:\w+\s+){0,3}(?:tone|voice|whisper)|aloud)\b")
# talk to one person, of any length: "spoke to her as follows:", "began to upbraid him", "said very affectionately to her",
# "began in the following manner:", and what is cried out (a speech to a gathering may be a document: "addressed the
# troops as follows:")
SPEAKING = re.compile(r"\b(?:spoke|speaks|began|upbraid|upbraided|addressed|said)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:him|her|me|himself|herself)\b"
                      r"|\bin the following (?:\w+\s+)?(?:manner|strain|phrase)\b"
                      r"|\b(?:cried|cries|crying|cryed|exclaimed|exclaiming|shout|shouts|shouted|shouting|interrupted|interrupting)\b")
# an answer in words, which is talk unless something written or wired was just sent to be answered
ANSWERED = re.compile(r"\b(?:answered|answers|replied|replies|rejoined|returned|added|continued|went\s+on)\b")
WRITTEN = re.compile(r"\b(?:wrote|written|writes|telegraphed|telegram|wired|cabled|letter|note|read|reads|ran|runs|printed|posted|"
                     r"signed|dictated|dispatch|despatch|order|decree|over the (?:direct )?wire|communiqué|communique|message|report|bulletin|"
                     r"proclamation|article|paper|book|slates?|card|placard|notice)\b", re.IGNORECASE)
# a letter's closing run into its last line: "...by the mail.--Yours, etc.", "...illness?--Yours ever, Mary."
RUN_IN_CLOSING = re.compile(r"(?:--|—|[.!?]\s+)(?:Yours|Your\s+(?:affectionate|obedient|faithful|loving|sincere|devoted)|Ever\s+yours"
                            r"|Believe\s+me|I\s+remain)\b[^.!?]{0,40}(?:etc\.|&c\.|[A-Z][a-z]+\.|\.)$")
IN_PENCIL = re.compile(r"\b(?:in|with\s+a)\s+(?:\w+\s+)?pencil\b", re.IGNORECASE)  # "in the margin, in violet pencil:"
WIRE_CONTEXT = re.compile(r"\bdirect[ -]wire\b|\bapparatus\b|\bthe tape\b|\bHughes\b", re.IGNORECASE)
I_REPLIED = re.compile(r"\bI\s+(?:\w+\s+)?(?:answered|replied|wired back|wrote back|telegraphed back|responded)\b")
I_SENT = re.compile(r"\bI\s+(?:\w+\s+)?(?:telegraphed|wired|cabled|wrote|sent|transmitted)\b")
TIME_OF_DAY = re.compile(
    r"\b(?:at|about|by|toward|towards|before|after)\s+(?:half-past\s+\w+|\w+(?:\s+or\s+\w+)?\s+o[’']clock|dawn|daybreak|noon|midday|dusk|dark"
    r"|nightfall|midnight|sunset|sunrise)\b|\bthat\s+(?:morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
# a letter's closing on a line of its own: "Yours, &c.", "Your obedient servant,", "Affectionately yours,"
CLOSING_LINE = re.compile(r"^(?:(?:Yours|Your|With|Sincerely|Faithfully|Respectfully|Cordially|Affectionately|I remain|Ever)\b[^.]{0,60}"
                          r"|(?:[A-Z]\w*\s+)?\w+ly\s+(?:yours|your\s+\w+))[,.]?$")
# a name alone on the line under the closing, signing it: "R. Walton", "H. M. Wheeler.", "S. McB."
NAME_UNDER_CLOSING = re.compile(r"^(?:(?:[A-Z]\.\s?){1,4}|(?:[A-Z]\.\s?|[A-Z][a-z]{1,3}:\s)*[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w’'\-]+){0,3}\.?)$")
# a relation names a person the reader knows by name, not the name: "her father", "my dear brother"
RELATIONS = ("father", "mother", "brother", "sister", "wife", "husband", "son", "daughter", "uncle", "aunt", "cousin", "nephew",
             "niece", "friend", "family", "parents", "children", "grandfather", "grandmother", "mamma", "papa")
RELATION = re.compile(r"(?:(?:my|his|her|their|our|your|the)\s+)?(?:(?:dear|beloved|old|young|elder|younger|eldest|youngest)\s+)?"
                      rf"(?:{'|'.join(RELATIONS)})s?")
# "Quarter-past 8, P.M.", "10, P.M.", "11.30 a.m.": the hour on a line of its own, under a letter's date line
HOUR_LINE = re.compile(r"^(?:(?:Half|Quarter)[- ](?:past|to)\s+)?\d{1,2}(?:[.:]\d{2})?,?\s*(?:[AaPp]\.\s?[Mm]\.)$")
# verse quoted, not a document sent: "published the following appropriate lines:--", "a poetess wrote--" (the word
# among the introduction's last few, not "from the lines at Chieveley he reported the next day:")
VERSE = re.compile(r"\b(?:lines|verses?|poem|poems|poetess|poet|stanzas?|sonnet|hymn|ballad|ode|epitaph|couplet|rhymes?|songs?)\b(?!-)"
                   r"(?=(?:\W+\w+){0,5}\W*$)", re.IGNORECASE)
INSCRIPTION = re.compile(r"\b(?:slogans?|mottos?|inscriptions?|painted|chalked|banners?|watchwords?|headlines?)\b", re.IGNORECASE)
TITLED = re.compile(r"\b(?:headed|heading|entitled|titled|inscribed|painted|chalked|the\s+words?|the\s+slogan|the\s+motto|the\s+cry\s+of)\s*$", re.IGNORECASE)
QUOTING = re.compile(r"\bI\s+(?:give|quote|copy|reproduce|translate|print)\b")  # the memoirist quoting, not sending
TAIL_REPLY = re.compile(r"\s*[,.;]?\s*(?P<who>I|he|she|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\s+(?:answered|replied|wired back|telegraphed back|wrote back)\b")
# a sentence after a quotation that says what it was: "“...,” I wrote", "This telegram reached me..."
TAIL_CUE = re.compile(
    r"\s*[,.;]?\s*(?:(?:This|That|It)\s+(?:was|had\s+been)\s+(?:said|sent|written|telegraphed|wired|dictated|transmitted)\b"
    r"|(?:Such|such)\s+(?:was|were)\s+(?:the\s+|his\s+|her\s+|my\s+|[A-Z][\w’'\-]+[’']s\s+)(?:\w+\s+)?(?:answer|reply|telegram|letter|note|order|message|report|dispatch|despatch)s?\b"
    r"|(?:This|That|The|His|Her|My|Our|Such\s+was\s+the|such\s+was\s+the)\s+(?:\w+\s+){0,2}"
    r"(?:telegram|letter|note|order|message|wire|dispatch|despatch|decree|resolution|proclamation|bulletin|article|speech|report)s?\b"
    r"|ran\s+the\s+(?:[\w’'\-]+\s+){0,3}(?:telegram|letter|note|order|message|reply|answer|statement|report|dispatch|despatch|decree|resolution|proclamation|bulletin|article)\b"
    r"|(?:I|he|she|we|they|[A-Z][a-z]+)\s+(?:wrote|telegraphed|wired|cabled|had written|noted)\b)"
)

# a possessive right before a quotation: the quotation names the owner's thing, a work's title ('in his “Gaping Gulph, in
# which England will be swallowed up ...”'), not a document quoted
OWNED = re.compile(r"\b(?:his|her|their|its|my|your|our)\s*$")

# words a number stands after as a count or a reference ('the 2 men', 'sect. 4', 'in 24 days'), so that a number after
# one of them is never taken for a note's marker (markers.bracket_markers)
COUNTING_WORDS = frozenset((
    "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "nor", "but", "than", "about",
    "above", "after", "before", "over", "under", "some", "all", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "no", "no.", "nos.", "p.", "pp.", "ch.", "chap.", "sect.", "vol.", "ver.", "art.", "book", "chapter", "section",
    "page", "verse", "year", "years", "day", "days", "part", "psalm", "number",
))
