"""Session 48: a county's name ties no two stories of the county ('Dorrance County Health Department' in an
outbreak report, 'Dorrance County Memorial Hospital' in a report of a fallen Christmas tree); a hyphened word
before a measure's noun is its modifier ('the 800-metre bus-only stretch'); and a label names a measure set
beside the phrase that opens its sentence ('The bus-only section of Harbour Road, a 300-metre stretch'). Our own
wording; each case has its near miss."""

from factcheck.model import Article
from factcheck.pipeline import extract_all
from factcheck.track import labels
from factcheck.track.places import repeated_names
from factcheck.track.ties import _name_words
from track_helpers import articles, claims_by_text, rule_of
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
