"""Normalization for the ear (words, not symbols, for eSpeak NG) and the sentence splitter's non-endings."""

from __future__ import annotations

import pytest

from producer.speech.normalize import cardinal, normalize, ordinal, roman_value, spoken_date, year
from producer.speech.sentences import split_sentences

# Old British money: pence under a shilling are one word, as they are said ("sixpence", "twopence");
# twelve pence and more are "N pence". A full stop that ends the text is kept (it ends the sentence).
NORMALIZE = [
    # dates and years (kept from the first version)
    ("On March 22, 1919, I said", "On March the twenty-second, nineteen nineteen, I said"),
    ("on 4 October 1918", "on the fourth of October nineteen eighteen"),
    ("The 4 October", "The fourth of October"),
    ("from 1918–1921", "from nineteen eighteen to nineteen twenty-one"),
    ("the years 1914–17 are a blank", "the years nineteen fourteen to seventeen are a blank"),
    ("in 1918-19", "in nineteen eighteen to nineteen"),
    ("1918-1921", "nineteen eighteen to nineteen twenty-one"),
    ("1900-05", "nineteen hundred to nineteen oh five"),
    ("the 1,000 men", "the 1,000 men"),  # eSpeak NG reads it right
    ("Child’s play", "Child’s play"),
    # punctuation is prosody's: left in place
    ("“the ‘middle’ peasant”", "“the ‘middle’ peasant”"),
    ("I went — and then… nothing", "I went — and then… nothing"),
    # decades
    ("the 1920s", "the nineteen twenties"),
    ("the 1880's", "the eighteen eighties"),
    ("the 1900s", "the nineteen hundreds"),
    ("the '90s", "the nineties"),
    ("the ’60s", "the sixties"),
    # month abbreviations, only next to a day or a year
    ("Nov. 7", "November the seventh"),
    ("On Nov. 7, 1918, we left", "On November the seventh, nineteen eighteen, we left"),
    ("Sept. 1918", "September nineteen eighteen"),
    ("Jan. 1, Feb. 2, Mar. 3, Apr. 4", "January the first, February the second, March the third, April the fourth"),
    ("Aug. 5, Sep. 6, Oct. 10, Dec. 25", "August the fifth, September the sixth, October the tenth, December the twenty-fifth"),
    ("7 Nov.", "the seventh of November."),
    ("on 7 Nov. 1918 we", "on the seventh of November nineteen eighteen we"),
    ("the 7th Nov. 1918", "the seventh of November nineteen eighteen"),
    ("May 5", "May the fifth"),
    ("14 to 22 June 1871", "the fourteenth to the twenty-second of June eighteen seventy-one"),
    ("between the 10th and 12th June", "between the tenth and the twelfth of June"),
    ("On 3/16 October", "On 3/16 October"),  # Old and New Style: left alone (neither a fraction nor one day)
    ("I spoke to Jan.", "I spoke to Jan."),  # a name, not a month
    # ranks and titles
    ("Gen. Smith and Col. Brown", "General Smith and Colonel Brown"),
    ("Lt. Ward, Lieut. Ames, Capt. Bell", "Lieutenant Ward, Lieutenant Ames, Captain Bell"),
    ("Lt.-Col. Hay and Brig.-Gen. Ross", "Lieutenant-Colonel Hay and Brigadier-General Ross"),
    ("Maj.-Gen. Knox", "Major-General Knox"),
    ("Sgt. Day, Cpl. Lee, Adm. Beatty", "Sergeant Day, Corporal Lee, Admiral Beatty"),
    ("the Hon. Mrs. Grey, Rev. Hale, Gov. Todd", "the Honourable Missus Grey, Reverend Hale, Governor Todd"),
    ("is a military matter. Dobrev, Capt.", "is a military matter. Dobrev, Captain."),
    ("Dr. Moncrieff", "Doctor Moncrieff"),
    # Saint, Street, County, company
    ("at St. Anne’s on Sunday", "at Saint Anne’s on Sunday"),
    ("In St. Petersburg", "In Saint Petersburg"),
    ("He lived on Main St.", "He lived on Main Street."),
    ("on Main St., where", "on Main Street, where"),
    ("on Main St. He left.", "on Main St. He left."),  # street or saint: left to eSpeak NG ("street")
    ("Stalin, Voroshilov and Co. means", "Stalin, Voroshilov and company means"),
    ("Smith & Co.", "Smith and company."),
    ("Wine, oil, &c. were sent.", "Wine, oil, et cetera were sent."),
    ("paid < 5 and > 2 at <home>", "paid less than 5 and greater than 2 at <home>"),  # '<' '>' are silent in eSpeak NG
    ("born in Co. Cork", "born in County Cork"),
    ("Tralee, Co. Kerry", "Tralee, County Kerry"),
    # Roman numerals
    ("Chapter XXXVI begins", "Chapter thirty-six begins"),
    ("Part I.", "Part one."),
    ("vol. iii, No. 1187", "volume three, number one thousand one hundred and eighty-seven"),
    ("for my part I think", "for my part I think"),
    ("Nicholas II abdicated", "Nicholas the Second abdicated"),
    ("under Louis XIV.", "under Louis the Fourteenth."),
    ("Charles V", "Charles the Fifth"),
    ("It was I. Then", "It was I. Then"),
    ("Malcolm X", "Malcolm X"),
    ("Washington DC", "Washington DC"),
    ("Henry VIII's wives", "Henry the Eighth's wives"),
    ("after the War I went home", "after the War I went home"),
    ("World War I and World War II", "World War one and World War two"),
    ("the XIIth", "the twelfth"),
    ("the XIVth century", "the fourteenth century"),
    ("the IInd Corps", "the second Corps"),
    ("the Ind. party", "the Ind. party"),  # "Ind" is no ordinal: I is first, not second
    # initials
    ("— L.T.", "— L. T."),
    ("A. B. SMITH", "A. B. Smith"),
    ("J. B. Jones", "J. B. Jones"),
    # ordinals
    ("the 12th", "the twelfth"),
    ("the 21st, 2nd and 3rd", "the twenty-first, second and third"),
    ("your letter of the 5th inst.", "your letter of the fifth instant."),
    ("the 3rd ult. and the 4th prox.", "the third ultimo and the fourth proximo."),
    # money
    ("$20", "twenty dollars"),
    ("$1", "one dollar"),
    ("$3.50", "three dollars and fifty cents"),
    ("$1.01", "one dollar and one cent"),
    ("$0.50", "fifty cents"),
    ("$1,000,000", "one million dollars"),
    ("$5 million", "five million dollars"),
    ("$2.5 million", "two point five million dollars"),
    ("£3", "three pounds"),
    ("£1", "one pound"),
    ("£1,500", "one thousand five hundred pounds"),
    ("£3 10s. a week", "three pounds ten shillings a week"),
    ("£3 10s. 6d. each", "three pounds ten shillings and sixpence each"),
    ("It cost £3 10s. 6d.", "It cost three pounds ten shillings and sixpence."),
    ("5s. a day", "five shillings a day"),
    ("10s. 6d.", "ten shillings and sixpence."),
    ("It cost 5s.", "It cost five shillings."),
    ("6d. and 1d.", "sixpence and one penny."),
    ("2d. or 18d.", "twopence or eighteen pence."),
    ("a 2½d. stamp", "a twopence halfpenny stamp"),
    ("½d.", "a halfpenny."),
    ("in his 20s.", "in his 20s."),  # an age, or twenty shillings: left alone
    # fractions
    ("3/4", "three quarters"),
    ("1/2", "one half"),
    ("2 1/2 miles", "two and a half miles"),
    ("1/3", "one third"),
    ("5/8", "five eighths"),
    ("1 3/4", "one and three quarters"),
    ("½", "one half"),
    ("¾ of a mile", "three quarters of a mile"),
    ("2½ miles", "two and a half miles"),
    ("⅓", "one third"),
    ("12/5/1918", "12/5/1918"),  # a date, day and month unknown: left alone (not a fraction, not a year)
    ("2/6", "2/6"),  # two shillings and sixpence, not two sixths
    # Latin and other abbreviations
    ("England vs. France", "England versus France"),
    ("guns, horses, &c., were", "guns, horses, et cetera, were"),
    ("It ended, etc.", "It ended, et cetera."),
    ("three, viz. A, B and C", "three, namely A, B and C"),
    ("against Kiev (i.e., against", "against Kiev (that is, against"),
    ("some, e.g. this", "some, for example this"),
    ("— Trans.", "— Translator."),
    ("I met Ed.", "I met Ed."),  # a name, not the editor
    # No.
    ("No. 5", "number five"),
    ("ORDER No. 23", "ORDER number twenty-three"),
    ("Local Union No. 208 employed", "Local Union number two hundred and eight employed"),
    ("Nos. 3 and 4", "numbers three and four"),
    ("Nos. 3-5", "numbers three to five"),
    ("No. I will not.", "No. I will not."),
    ("pp. 12-14", "pages twelve to fourteen"),
    # times
    ("at 11.40 p.m.", "at eleven forty p.m."),
    ("at 9.05 a.m.", "at nine oh five a.m."),
    ("at 11.00 p.m.", "at eleven p.m."),
    ("at 3.1416 metres", "at 3.1416 metres"),
]


@pytest.mark.parametrize("text, spoken", NORMALIZE)
def test_normalize(text, spoken):
    assert normalize(text) == spoken


def test_number_words():
    assert [cardinal(n) for n in (0, 13, 36, 101, 1918)] == ["zero", "thirteen", "thirty-six", "one hundred and one", "one thousand nine hundred and eighteen"]
    assert [ordinal(n) for n in (1, 2, 3, 4, 12, 20, 22, 36)] == ["first", "second", "third", "fourth", "twelfth", "twentieth", "twenty-second", "thirty-sixth"]
    assert [year(y) for y in (1918, 1900, 1905, 2005, 1066, 2015)] == [
        "nineteen eighteen", "nineteen hundred", "nineteen oh five", "two thousand and five", "one thousand and sixty-six", "twenty fifteen"]
    assert roman_value("XXXVI") == 36 and roman_value("IIII") is None
    assert spoken_date("1918-10-04") == "October the fourth, nineteen eighteen"
    assert spoken_date("1918-08") == "August nineteen eighteen"


SPLIT = [
    ("On Nov. 7 we left. Then we rested.", ["On Nov. 7 we left.", "Then we rested."]),
    ("On Sept. 1918 it ended.", ["On Sept. 1918 it ended."]),
    ("We left on 7 Nov. The next day it rained.", ["We left on 7 Nov.", "The next day it rained."]),
    ("Lt. Smith, Capt. Brown, Lt.-Col. Hay, Brig.-Gen. Ross and Hon. Rev. Gov. Todd met.", None),
    ("Sgt. Day, Cpl. Lee and Adm. Beatty came.", None),
    ("Gen. Smith met A. B. Jones. Then L.T. left.", ["Gen. Smith met A. B. Jones.", "Then L.T. left."]),
    ("It cost £3 10s. 6d. in all.", None),
    ("It cost 5s. He paid.", ["It cost 5s.", "He paid."]),
    ("It cost 10s. 6d. He paid.", ["It cost 10s. 6d.", "He paid."]),
    ("He lives at No. 5 Downing Street.", None),
    ("No. I will not. Go.", ["No.", "I will not.", "Go."]),
    ("See Nos. 3 and 4.", None),
    ("It ended, etc. In short, no.", ["It ended, etc.", "In short, no."]),
    ("is a military matter. Dobrev, Capt.” What remained", ["is a military matter.", "Dobrev, Capt.”", "What remained"]),
    ("At St. Petersburg we met Dr. Moncrieff.", None),
    ("born in Co. Cork in 1850.", None),
    ("It was Smith and Co. They failed.", ["It was Smith and Co.", "They failed."]),
    ("It is vol. III of the set.", None),
]


@pytest.mark.parametrize("text, spans", SPLIT)
def test_split_sentences(text, spans):
    assert split_sentences(text) == (spans or [text])


@pytest.mark.parametrize(
    "text, spoken",
    [
        ("the 26l. sterling", "the twenty-six pounds sterling"),  # "l." for pounds in older British texts
        ("Sonata, Op. 111", "Sonata, Opus one hundred and eleven"),
        ("MARTHA BARDELL, WIDOW, v. SAMUEL PICKWICK", "MARTHA BARDELL, WIDOW versus SAMUEL PICKWICK"),
        ("Bardell v. Pickwick was tried", "Bardell versus Pickwick was tried"),
    ],
)
def test_issue9_found_on_unseen_books(text, spoken):
    """Seen by a listener test on real chapters (Beethoven's letters, Pickwick) after the first table."""
    assert normalize(text) == spoken
