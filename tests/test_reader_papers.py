"""Letters and reports printed one under another, as war memoirs and family lives print them (forms met in the tuning
half's nineteenth round), on made-up text."""

from __future__ import annotations

from pathlib import Path

from producer.read import load

_PAPERS = """CHAPTER VII

The raid was talked of for a week in every camp along the river, and the men who had ridden in it were asked to
tell the story again at every fire. The general wrote to me about it at once, and the papers went up to the
Department with his letter.

    HEADQUARTERS CAVALRY BRIGADE,
    ARMY OF THE UPPER RIVER,
    March 27, 1863.

    CAPTAIN:--Your telegram announcing the capture of the outpost near
    the mill was duly received and forwarded to the commanding general.
    He said upon reading it:

    "Well done! Send me more officers like that one."

    With every wish for your continued success, I remain your obedient
    servant,

    A. B. CARTWRIGHT,
    _Brigadier-General Commanding_.

    CAPTAIN J. L. HOLLIS, _Commanding, etc._


    MILLBROOK COURT-HOUSE, March 23, 1863.

    SIR:--At five in the afternoon our picket in front of the mill was
    attacked. The videttes gave the alarm, and the reserve of about sixty
    men charged the enemy, who fled for two miles along the turnpike. The
    column was then stopped by a fire from the woods on its flank, broke,
    and was rallied by the exertions of the majors. Our loss is one killed
    and two wounded, and a lieutenant taken prisoner.

    ROBT. GRANVILLE,
    _Lieutenant Colonel Commanding._

    COL. R. BASSETT PRYOR,
    _Commanding Cav. Brig._


    [_Indorsement._]

    HEADQUARTERS ARMY OF THE UPPER RIVER,
    March 26, 1863.

    Respectfully forwarded for the information of the Department. The
    reports of the affair already sent by telegraph are confirmed.

    T. H. MERRIDEW, _General_.

We rode back to the valley the next morning.
"""


def test_papers_one_under_another_end_at_their_signatures(tmp_path: Path) -> None:
    """Each paper ends at its signature (a name in capitals, 'ROBT.' among the initials, and its rank on the line
    under it), with the quotation inside the first one kept in it; the addressee printed under a signature is the
    paper's recipient, not the next paper's (read only where papers follow one another: the first, introduced by the
    narrative, gets none); a headquarters with no town is no place."""
    path = tmp_path / "papers.txt"
    path.write_text(_PAPERS, encoding="utf-8")
    docs = [d for d in load(path).documents if d.senders]  # type: ignore[attr-defined]
    assert [(d.senders, d.recipients, d.date, d.place) for d in docs] == [
        (("A. B. Cartwright",), (), "1863-03-27", None),
        (("Robt. Granville",), ("Col. R. Bassett Pryor",), "1863-03-23", "Millbrook Court-house"),
        (("T. H. Merridew",), (), "1863-03-26", None)]
    assert "Send me more officers" in docs[0].text


def test_a_date_line_over_a_run_in_salutation_starts_the_next_letter(tmp_path: Path) -> None:
    """Extracts from a mother's letters, the second opening with its date line and 'MY DEAR SONS,--' run into its first
    paragraph: the first ends above it, and keeps its own date."""
    text = ("CHAPTER I\n\nThe boys were sent to the school at Andover in the spring, and their letters home were kept by their\n"
            "mother, who answered every one of them at length.\n\n"
            "I am tempted to include the following extracts from letters of their mother:--\n\n"
            "CHARLESTON, June 28, 1805.\n\n"
            "MY DEAR SON,--We have had the pleasure of a letter from you which has\n"
            "gratified us very much, for it is the only news we have had of you since\n"
            "the carrier left you at the school in the spring.\n\n"
            "The Fourth of July is to be kept here with a good deal of parade by both\n"
            "parties, and the boys are forming themselves into companies with drums.\n\n"
            "July 30, 1805.\n\n"
            "MY DEAR SONS,--Have you heard of the death of young Hartley at the college?\n"
            "He died of a fever taken by going into the river when he was very hot.\n\n"
            "In October of that year the elder boy went away to college.\n")
    path = tmp_path / "extracts.txt"
    path.write_text(text, encoding="utf-8")
    docs = load(path).documents  # type: ignore[attr-defined]
    assert docs[0].date == "1805-06-28"  # type: ignore[attr-defined]
    assert "Have you heard" not in docs[0].text  # type: ignore[attr-defined]


def test_an_order_addressed_in_capitals_and_signed_needs_no_introduction(tmp_path: Path) -> None:
    """'TO ALL SOVIETS OF WORKERS' AND SOLDIERS' DEPUTIES' over the body and 'MURAVIOV.' under it (Reed's Ten Days,
    tuning round 23): addressed and signed, a document though the narrative above ends with no colon; an argument in
    capitals ('_RANELAGH GARDENS OPENED--GARRICK._') under a letter is the next one's, not its signature."""
    text = ("CHAPTER IX\n\nThe wireless station had been taken, and from it the Commissars were now sending their news\n"
            "out to the world....\n\n"
            "TO ALL SOVIETS OF WORKERS’ AND SOLDIERS’ DEPUTIES\n\n"
            "The 12th of November, in a bloody combat near the town, the revolutionary army defeated the\n"
            "troops of the enemy. In the name of the Government I order all regiments to take the offensive.\n\n"
            "Long live the Revolutionary Army!\n\nMURAVIOV.\n\nNews from the provinces came in all night.\n")
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = load(path).documents  # type: ignore[attr-defined]
    assert doc.senders == ("Muraviov",) and doc.text.startswith("TO ALL SOVIETS") and doc.text.endswith("Army!")
    from producer.read.setoff import line_role

    assert line_role("_RANELAGH GARDENS OPENED--GARRICK, DEFEAT OF THE BILL._", True) != "signature"
    assert line_role("MURAVIOV.", True) == "signature"
