"""Session 49, set 56's general patterns: 'a man of 54' is an age (and 'a woman of 49' a woman's); 'A third
person, a man aged 27' is not the man of 54 another report arrested; a figure 'within 124 km/h of the world
record' is how far from it, not the record; a bare 'the 31 cases' does not take the 'possible' of 'the two
possible cases in Perth'; and a description that opens the sentence, capitalised, names the person for an age
label ('Brakeman Jonah Whitecloud, 22' ... 'The 27-year-old brakeman'); spectators who were at an event are its
crowd; and the limit a licence sets holds from one week's report to the next. Our own wording; each case has its
near miss."""

from factcheck.rules.examples import run_example
from factcheck.track.facts import article_modifiers
from track_helpers import articles, claims_by_text, fires_within, rule_of


def test_a_person_of_an_age():
    claims = claims_by_text("A man of 54 and a woman of 49 were arrested during the raid.")
    assert (claims["54"].kind, claims["54"].subject) == ("age", "man")
    assert (claims["49"].kind, claims["49"].subject) == ("age", "woman")
    assert claims_by_text("A mother of 3 was at home.")["3"].kind != "age"  # (no clause ends after it)
    assert claims_by_text("Police held a group of 54 at the border.")["54"].kind == "count"


def test_a_later_person_told_by_an_ordinal_is_another():
    first = ("Cwmderw Post", "2028-02-02", "A man aged 54 and a woman aged 49 were arrested at a puppy farm near "
                                           "Cwmderw on suspicion of animal welfare offences.")
    later = ("Teifi Observer", "2028-02-04", "A third person, a man aged 27 from Cwmderw, was arrested on Wednesday "
                                             "over the puppy farm near Cwmderw.")
    assert [f.message for f in run_example(rule_of("FC201"), articles(first, later))] == []


def test_within_a_margin_of_a_figure_is_no_value_of_it():
    claim = claims_by_text("On Saturday, Munro took it to 1,104 km/h, the team said, within 124 km/h of the world "
                           "record.")["within 124 km/h"]
    assert claim.subject != "record"
    assert claims_by_text("The world record is 1,228 km/h.")["1,228 km/h"].subject == "record"


def test_a_bare_tally_does_not_take_a_doubtful_groups_words():
    text = ("The two possible cases in Perth are counted by another board. Treating the 31 cases has cost nearly "
            "£80,000.")
    claims = claims_by_text(text)
    modifiers = {c.text: words for c, words, _ in article_modifiers(list(claims.values()))}
    assert modifiers["31"] == []
    named = claims_by_text(text.replace("possible", "imported"))
    assert {c.text: words for c, words, _ in article_modifiers(list(named.values()))}["31"] == ["import"]


def test_a_description_that_opens_the_sentence_names_the_person():
    text = ("Twelve people were hurt when a bobsleigh left the track. Brakeman Jonah Whitecloud, 22, is out of "
            "intensive care. Officials will replace the fence. The 27-year-old brakeman faces months of rehabilitation.")
    assert fires_within(text)
    assert not fires_within(text.replace("The 27-year-old brakeman", "The 27-year-old pilot"))


def test_spectators_at_an_event_are_its_crowd():
    first = ("Pass Courier", "2028-02-02", "About 2,300 spectators were at the Larkspur track on Tuesday when the "
                                           "sled crashed near Larkspur.")
    later = ("Ridge Examiner", "2028-02-04", "A crowd of 3,200 was at the Larkspur track on Tuesday when the sled "
                                             "crashed near Larkspur, police said.")
    found = [f.message for f in run_example(rule_of("FC201"), articles(first, later))]
    assert len(found) == 1 and "2,300" in found[0] and "3,200" in found[0]
    workers = ("Pass Courier", "2028-02-02", "About 2,300 workers were at the Larkspur track on Tuesday when the sled "
                                             "crashed near Larkspur.")
    assert [f.message for f in run_example(rule_of("FC201"), articles(workers, later))] == []


def test_a_licences_limit_holds_from_one_week_to_the_next():
    first = ("Cwm Post", "2028-02-02", "The council said Brynhyfryd Farm was licensed to keep up to 12 breeding bitches.")
    later = ("Teifi Observer", "2028-02-10", "Brynhyfryd Farm was licensed to keep 21 breeding bitches, the council "
                                             "said.")
    found = [f.message for f in run_example(rule_of("FC201"), articles(first, later))]
    assert len(found) == 1 and "up to 12" in found[0] and "21" in found[0]
    kept = ("Teifi Observer", "2028-02-10", "Brynhyfryd Farm kept 21 breeding bitches, the council said.")
    assert [f.message for f in run_example(rule_of("FC201"), articles(first, kept))] == []
