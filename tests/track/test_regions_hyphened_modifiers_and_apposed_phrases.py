"""Session 48: a voyage told by its length twice ('the 12-day cruise' / 'the ten-day voyage'); a county's name
ties no two stories of the county ('Dorrance County Health Department' in an outbreak report, 'Dorrance County
Memorial Hospital' in a report of a fallen Christmas tree); a hyphened word before a measure's noun is its
modifier ('the 800-metre bus-only stretch'); and a label names a measure set beside the phrase that opens its
sentence ('The bus-only section of Harbour Road, a 300-metre stretch'). Our own wording; each case has its near
miss."""

from factcheck.model import Article
from factcheck.pipeline import extract_all
from factcheck.track import labels
from factcheck.track.places import repeated_names
from factcheck.track.ties import _name_words
from track_helpers import articles, claims_by_text, fires_within, rule_of
from factcheck.rules.examples import run_example


def test_a_word_named_only_as_a_countys_is_no_story_name():
    text = ("Officials of the Kelvale County Health Department said on Monday that the Kelvale County "
            "fair will go ahead. In Ardrum, the Ardrum fire brigade stood by.")
    assert "kelvale" not in repeated_names(text) and "ardrum" in repeated_names(text)
    text += " The Kelvale fair opens on Friday."
    assert "kelvale" in repeated_names(text)  # (named once beyond the county's name: the story's own)


def test_a_countys_word_in_a_name_is_not_the_names():
    assert "kelvale" not in _name_words(frozenset({"the kelvale county health department"}))
    assert "kelvale" in _name_words(frozenset({"kelvale city hospital"}))


def test_two_stories_of_one_county_do_not_tie_their_tolls():
    """An outbreak after a church supper in Bellmoor and a Christmas tree that fell in Kelvale City, both in Kelvale
    County, told by one paper: the tree's three injured are no lower count of the supper's hospitalized."""
    first = ("BELLMOOR - Twelve people have been hospitalized after a church supper in Bellmoor, the Kelvale County "
             "Health Department said Monday.")
    outbreak = ("BELLMOOR - Fourteen people have now been hospitalized after the church supper in Bellmoor, the Kelvale "
                "County Health Department said Tuesday. The Kelvale County Health Department traced the eggs.")
    tree = ("KELVALE CITY - A gust toppled the Christmas tree in Kelvale City on Monday night. One of the three people "
            "taken to Kelvale County Memorial Hospital, a 15-year-old boy with a broken leg, remained there Tuesday "
            "afternoon. Kelvale City officials said the tree was 75 feet tall.")
    example = articles(("Marrow Sun", "2027-12-06", first), ("Marrow Sun", "2027-12-07", outbreak),
                       ("Marrow Sun", "2027-12-08", tree))
    assert run_example(rule_of("FC203"), example) == []


def test_a_hyphened_word_before_the_noun_is_its_modifier():
    claim = claims_by_text("The scheme has cut journey times along the 800-metre bus-only stretch by five minutes.")[
        "800-metre"]
    assert claim.subject == "stretch"


def test_a_label_names_a_measure_set_beside_the_phrase_that_opens_its_sentence():
    text = ("The bus-only section of Harbour Road, a 300-metre stretch between the roundabout and Chapel Lane, is the "
            "most direct route to the hospital. The council says the scheme has cut journey times along the "
            "800-metre bus-only stretch by five minutes.")
    article = Article(id="a", path="a", text=text, published="2027-12-06")
    claims = {c.text: c for c in extract_all([article])}
    assert {"bus", "section"} <= labels._hung_on(claims["300-metre"])
    # not a measure that opens no such phrase
    assert labels._hung_on(claims_by_text("A 300-metre stretch of the road is shut.")["300-metre"]) == set()


def test_a_voyage_told_by_its_length_twice():
    assert fires_within("The Dohertys booked the 12-day cruise in March. They had saved for two years. On the ten-day "
                        "voyage they saw three capitals.")
    # two voyages on offer, each brought in with 'a'; a tour is no voyage
    assert not fires_within("Operators sell a 12-day cruise to the fjords for £2,400. A ten-day voyage along the Danube "
                            "costs £1,900.")
    assert not fires_within("The Dohertys booked the 12-day cruise in March. Their neighbours took the ten-day bus tour "
                            "instead.")


def _cross(first: str, second: str, days=("2027-06-02", "2027-06-06")) -> list[str]:
    example = articles(("Quillan Tribune", days[0], first), ("Halyard Wire", days[1], second))
    return [f.message for f in run_example(rule_of("FC201"), example)]


RENOVATION = ("QUILLAN FALLS - The Harbison Planetarium in Quillan Falls reopens Saturday. The $38 million renovation was "
              "paid for with $21 million in city bonds, $11 million from the Harbison Family Foundation and $4 million "
              "from private donors, officials said.")


def test_the_cost_of_a_work_holds_across_a_weeks_reports():
    """A work's cost set before its noun, or told by 'cost', is its cost whatever day each report tells of; the
    sums it was paid with in the same sentence are its parts, not other costs of it."""
    found = _cross(RENOVATION, "QUILLAN FALLS (HW) - The Harbison Planetarium in Quillan Falls reopens Saturday after a "
                               "$52 million renovation that replaced its star projector.")
    assert len(found) == 1 and "$38 million" in found[0] and "$52 million" in found[0]
    found = _cross(RENOVATION, "QUILLAN FALLS (HW) - The Harbison Planetarium in Quillan Falls reopened after a "
                               "renovation that ran a year late and cost $52 million, its trustees said.")
    assert len(found) == 1 and "$52 million" in found[0]


def test_a_sum_that_is_no_cost_of_the_work_is_left():
    """The cost of a first section is no cost of the whole restoration; a promised sum is none either."""
    canal = ("BALLYMORRAN - Boats will sail on the Lisnacree Canal next week for the first time since 1961, when the "
             "restored section of the 42km waterway between Ballymorran and Drumcashel reopens. The 14km stretch has "
             "cost €19.5m and is the first phase of a €48m restoration led by Waterways Ireland.")
    part = ("BALLYMORRAN - The restoration of the Lisnacree Canal's first 14km, from Ballymorran to Drumcashel, has cost "
            "€19.5m, Waterways Ireland said.")
    whole = ("BALLYMORRAN (HW) - The 14-kilometer section from Ballymorran to Drumcashel is the first phase of a 48 "
             "million euro project to restore the whole Lisnacree Canal.")
    example = articles(("Quillan Tribune", "2027-06-02", canal), ("Quillan Tribune", "2027-06-06", part),
                       ("Halyard Wire", "2027-06-10", whole))
    assert run_example(rule_of("FC201"), example) == []
    assert _cross(RENOVATION, "QUILLAN FALLS (HW) - The Harbison Planetarium in Quillan Falls reopens Saturday. Its "
                              "foundation has promised a further $52 million for running costs.") == []


def test_one_named_things_size_in_two_reports_of_its_story():
    first = ("WEXHAM - Tamsin Breward is rowing alone across the Tasman. The 7-metre Kittiwake has capsized three "
             "times since she left Wexham.")
    second = ("PORT RENNICK (HW) - Breward rowed her 11-metre boat Kittiwake into Port Rennick harbour on Sunday after "
              "crossing the Tasman alone from Wexham.")
    found = _cross(first, second, days=("2027-01-07", "2027-01-10"))
    assert len(found) == 1 and "7-metre" in found[0] and "11-metre" in found[0]
    # another boat of the story, named otherwise
    assert _cross(first, second.replace("boat Kittiwake", "boat Petrel"), days=("2027-01-07", "2027-01-10")) == []
