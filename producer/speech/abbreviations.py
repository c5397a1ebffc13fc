"""Abbreviations and what they stand for: the speech expands them, the EPUB marks them up as `<abbr>`.

Plain tables with no imports, so the EPUB writer loads them without the speech's machinery.
"""

# Read as the month only next to a day or a year ("Nov. 7", "7 Nov.", "Sept. 1918"): "Jan." alone may be a name.
MONTH_ABBREVIATIONS = {
    "Jan.": "January", "Feb.": "February", "Mar.": "March", "Apr.": "April", "Jun.": "June", "Jul.": "July",
    "Aug.": "August", "Sep.": "September", "Sept.": "September", "Oct.": "October", "Nov.": "November", "Dec.": "December",
}
# Ranks and titles: never words of their own, so expanded wherever they stand ("Dobrev, Capt." too).
TITLES = {
    "Lt.-Col.": "Lieutenant-Colonel", "Lt.-Gen.": "Lieutenant-General", "Brig.-Gen.": "Brigadier-General",
    "Maj.-Gen.": "Major-General", "Lieut.": "Lieutenant", "Lt.": "Lieutenant", "Capt.": "Captain", "Col.": "Colonel",
    "Maj.": "Major", "Gen.": "General", "Brig.": "Brigadier", "Sgt.": "Sergeant", "Cpl.": "Corporal", "Pte.": "Private",
    "Adm.": "Admiral", "Hon.": "Honourable", "Rev.": "Reverend", "Gov.": "Governor", "Prof.": "Professor",
    "Mr.": "Mister", "Mrs.": "Missus", "Comr.": "Comrade",
}
# Only before a name, and not after one: "St. Anne's" is Saint, "Main St." a street, "Mulholland Dr." a drive.
BEFORE_NAME = {"St.": "Saint", "Dr.": "Doctor", "Mt.": "Mount"}
# Only before a number: "No. 5" is "number five", "No. I will not" the word no.
BEFORE_NUMBER = {"No.": "number", "Nos.": "numbers", "p.": "page", "pp.": "pages", "Op.": "Opus", "op.": "opus"}
BEFORE_NUMERAL = {"Vol.": "Volume", "vol.": "volume", "Fig.": "Figure", "fig.": "figure"}  # "Vol. II", "vol. iii"
# Latin and other abbreviations that may end a sentence (then their full stop is kept).
LATIN = {
    "etc.": "et cetera", "&c.": "et cetera", "vs.": "versus", "viz.": "namely", "i.e.": "that is", "e.g.": "for example",
    "cf.": "compare", "ca.": "circa", "inst.": "instant", "ult.": "ultimo", "prox.": "proximo",
}
TAGS = {"Trans.": "Translator", "Ed.": "Editor"}  # a note's author after a dash or in brackets: "– Trans.", "(Ed.)"
