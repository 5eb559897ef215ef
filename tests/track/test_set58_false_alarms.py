"""Session 50: the false alarms of set 58's first run, in our own wording. Each positive case here
fired before its change; the near misses show the rule still fires where it should."""

from factcheck.track.keys import increments_told_again
from track_helpers import findings


def test_a_year_of_another_thing_told_after_the_age_is_not_its_moment():
    text = "The 31-year-old, who was born in Dunmore in 1996, wants to beat the record of 212, set in 2015 by Ana Ruiz."
    assert findings("FC401", ("Post", "2028-04-03", text)) == []


def test_the_age_is_checked_against_the_publication_year_then():
    text = "The 31-year-old, who was born in Dunmore in 1990, wants to beat the record of 212, set in 2015 by Ana Ruiz."
    assert len(findings("FC401", ("Post", "2028-04-03", text))) == 1


def test_an_age_after_a_possessive_is_a_childs():
    text = ('"Nobody wants that for the room their four-year-old sits in," said Mr Breen, who was born in '
            'Carrowduff in 1969.')
    assert findings("FC401", ("Post", "2028-04-03", text)) == []


def test_people_from_a_place_are_a_part_of_a_tally():
    first = ("Wire", "2028-04-01", "Police in France, Spain and Portugal arrested 17 people in raids on Friday "
                                   "against a network smuggling eels, Europol said.")
    later = ("Echo", "2028-04-05", "Two men from Hollin have been arrested in France as part of the investigation "
                                   "into the smuggling of eels, it emerged today.")
    assert findings("FC203", first, later) == []


def test_a_lower_tally_with_no_origin_still_fires():
    first = ("Wire", "2028-04-01", "Police in France, Spain and Portugal arrested 17 people in raids on Friday "
                                   "against a network smuggling eels, Europol said.")
    later = ("Echo", "2028-04-05", "Two men have been arrested in France as part of the investigation into the "
                                   "smuggling of eels, it emerged today.")
    assert len(findings("FC203", first, later)) == 1


ONE_FINE = ("Star", "2028-04-02", "KELMOR: The municipal council in Kelmor has put up 40 hoardings warning residents "
                                  "not to feed the monkeys, and announced a fine of Rs 500 for anyone caught doing so.")


def test_a_sum_collected_in_fines_is_not_the_size_of_one_fine():
    later = ("Tribune", "2028-04-04", "KELMOR: Meanwhile the municipal council has collected Rs 11,500 in fines from "
                                      "23 people caught feeding monkeys near the Kelmor bus stand since the Rs 500 "
                                      "penalty came into force last Wednesday.")
    assert findings("FC201", ONE_FINE, later) == []


def test_the_fine_told_again_with_another_size_still_fires():
    later = ("Tribune", "2028-04-04", "KELMOR: The municipal council in Kelmor has announced a fine of Rs 5,000 for "
                                      "anyone caught feeding the monkeys.")
    assert len(findings("FC201", ONE_FINE, later)) == 1


def test_a_participle_before_the_sentences_verb_narrows_a_label():
    text = ("Among the four farms added to the list is Glenmore, where a shed recorded 640 units. The inspectors said "
            "one in three of the 96 farms surveyed now has at least one shed over the limit.")
    assert findings("FC202", ("Post", "2028-04-03", text)) == []


def test_a_range_is_no_figure_of_its_middle():
    text = ('"We picked the evenest mob we could, around 48 to 52 kilos," Tom Reilly said. The 300 ewes gave about '
            '1.5 tonnes of wool, averaging close to 5 kilograms a fleece, which Tom Reilly said would be sold next month.')
    assert findings("FC143", ("Post", "2028-04-03", text)) == []



def _claims(text: str) -> list:
    from factcheck.extract.claims import extract_articles
    from factcheck.model import Article
    return [c for _, found in extract_articles([Article(id="a", path="a", text=text, published="2028-04-02")])
            for c in found]


def test_a_count_with_no_noun_names_the_increment_of_the_sentence_before():
    claims = _claims("French police arrested six more people on Saturday, bringing the number held since Friday to 23, "
                     "prosecutors said. The six were detained in raids on two homes and a fish market.")
    told_again = [c for c in claims if c.text == "six"][-1]
    assert increments_told_again(claims) == {told_again.id}


def test_a_count_with_no_noun_and_no_increment_before_is_kept():
    claims = _claims("French police arrested six people on Saturday, prosecutors said. The six were detained in raids "
                     "on two homes and a fish market.")
    assert increments_told_again(claims) == set()
