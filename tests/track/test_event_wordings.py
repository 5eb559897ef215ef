"""Running totals and sizes told in other words than the plain verb (``track.events`` and
``keys.fact_key``): each wording must reach the plain verb's key, or a later, lower figure in
other words is never compared with the first. Sentences of our own."""

import pytest

from factcheck.model import Article
from factcheck.extract.claims import extract_articles
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.evidence import owners
from factcheck.track.places import Places

from track_helpers import articles, keys_of

RULES = {r.code: r for r in load_rules()}


@pytest.mark.parametrize("text, figure, key", [
    ("The storm left 27 people dead.", "27", ("people", "", "kill", "count")),
    ("Officials said 26 people had been confirmed dead.", "26", ("people", "", "kill", "count")),
    ("At least 31 people have lost their lives.", "At least 31", ("people", "", "kill", "count")),
    ("The storm claimed 27 lives.", "27", ("people", "", "kill", "count")),
    ("Seven people suffered minor injuries.", "Seven", ("people", "", "wound", "count")),
    ("The leak forced 80 residents of Shelly Point from their homes.", "80", ("people", "", "evacuate", "count")),
    ("Nine people drowned when the boat capsized.", "Nine", ("people", "", "kill", "count")),
    ("Deaths have risen to 40.", "40", ("people", "", "kill", "count")),
    ("Eighteen miners have now been brought out alive.", "Eighteen", ("people", "", "rescue", "count")),
    ("Rescuers pulled 14 survivors from the rubble.", "14", ("people", "", "rescue", "count")),
    ("Seven of the hikers have now been found alive.", "Seven", ("people", "", "rescue", "count")),
    ("That means six of the party of nine have been found safe and well.", "six", ("people", "", "rescue", "count")),
    ("Searchers found four walkers alive on the ridge.", "four", ("people", "", "rescue", "count")),
    ("Of the 112 evacuated residents, 70 are staying at a shelter.", "112", ("people", "", "evacuate", "count")),
    ("Two workers have been treated in hospital after breathing in gas.", "Two", ("people", "", "treat", "count")),
    ("Three miners were treated for smoke exposure.", "Three", ("people", "", "treat", "count")),
    ("Four were admitted, bringing to nine the number of miners treated there.", "nine", ("people", "", "treat", "count")),
    ("The 22 arrested workers were released on bail.", "22", ("people", "", "arrest", "count")),
    ("Of the 30 injured people, 12 remain in hospital.", "30", ("people", "", "wound", "count")),
    ("Twelve people are being held by police.", "Twelve", ("people", "", "arrest", "count")),
    ("Forty people were treated for injuries.", "Forty", ("people", "", "wound", "count")),
    # past an aside set off by commas; sent to hospital as taken there
    ("Five people, all volunteers, were treated for minor burns.", "Five", ("people", "", "wound", "count")),
    ("The collapse sent seven people to hospital.", "seven", ("people", "", "hospitalise", "count")),
    ("Some 3,000 residents fled their homes.", "Some 3,000", ("people", "", "evacuate", "count")),
    ("About 3,000 people were ordered to leave their homes.", "About 3,000", ("people", "", "evacuate", "count")),
    # confirmed cases are the cases (a toll counts what is confirmed); suspected ones are not
    ("The number of confirmed cases stands at 24.", "24", ("people", "", "infect", "count")),
    ("Confirmed cases rose to 27.", "27", ("people", "", "infect", "count")),
    ("Suspected cases rose to 40.", "40", ("people", "suspect", "infect", "count")),
    ("Police arrested two men and searched the house.", "two", ("people", "", "arrest", "count")),
    ("The dawn raids led to three arrests.", "three", ("people", "", "arrest", "count")),
    ("Police described the 23 arrests as a success.", "23", ("people", "", "arrest", "count")),
])
def test_a_toll_in_other_words_has_the_plain_verbs_key(text, figure, key):
    assert keys_of(text)[figure] == key


@pytest.mark.parametrize("text, figure", [
    ("About 440 Britons were either dead or missing in the disaster.", "About 440"),  # another count
    ("Deaths rose by 5 to 40.", "5"),  # a change, not the toll
])
def test_a_combined_count_or_a_change_is_not_the_toll(text, figure):
    assert keys_of(text)[figure] != ("people", "", "kill", "count")


@pytest.mark.parametrize("text, figure", [
    ("Searchers found 12 bodies in the collapsed mine.", "12"),
    ("Inspectors found 40 safety deposit boxes open.", "40"),
])
def test_what_is_found_without_alive_is_no_rescue(text, figure):
    assert (keys_of(text)[figure] or ("", "", "", ""))[2] != "rescue"


def test_a_group_told_for_the_first_time_by_its_toll_word_may_be_a_part():
    """'126 evacuated residents are staying at the shelter' counts those at the shelter."""
    assert keys_of("About 126 evacuated residents are staying at the shelter.")["About 126"][2] != "evacuate"


@pytest.mark.parametrize("text, figure", [
    ("The five men and two women arrested are expected to be charged.", "five"),
    ("Police arrested two women and five men on Tuesday.", "five"),
])
def test_one_group_of_a_toll_told_in_groups_is_not_the_toll(text, figure):
    """Five of the seven people arrested: the men stay their own count, not a toll of people."""
    assert keys_of(text)[figure] in (None, ("man", "", "arrest", "count"))


@pytest.mark.parametrize("text, figure", [
    ("Flight 1187, bound for Denton Springs with 176 passengers, landed safely.", "176"),
    ("The jet was carrying 167 passengers and six crew.", "167"),
    ("The aircraft had 176 passengers aboard.", "176"),
])
def test_passengers_aboard_are_carried_whatever_the_verb(text, figure):
    assert keys_of(text)[figure] == ("passenger", "", "carry", "count")


def test_crew_members_are_crew():
    assert keys_of("The ship was carrying six crew members.")["six"] == ("crew", "", "carry", "count")


@pytest.mark.parametrize("text, figure", [
    ("The company employs 68,000 people worldwide.", "68,000"),
    ("The cuts will hit its 86,000-strong workforce.", "86,000-strong"),
    ("The firm has a workforce of 68,000.", "68,000"),
    ("Quillmark will eliminate about 4,800 of its 68,000 employees.", "68,000"),
])
def test_the_size_of_a_staff_is_one_fact(text, figure):
    assert keys_of(text)[figure] == ("staff", "", "", "count")


@pytest.mark.parametrize("text, figure, key", [
    ("The 64-member orchestra flew home from Boston on Sunday.", "64-member", ("orchestra", "", "", "count")),
    ("An 84-piece orchestra played in Boston.", "84-piece", ("orchestra", "", "", "count")),
    ("A 12-man crew was winched to safety.", "12-man", ("crew", "", "", "count")),
    # the group's own narrowing word stays: a search team is not a medical team
    ("The 38-member search team found the hikers.", "38-member", ("team", "search", "", "count")),
])
def test_a_count_hyphened_to_its_members_is_the_size_of_the_group(text, figure, key):
    assert keys_of(text)[figure] == key


@pytest.mark.parametrize("one, other", [
    # how many outlets a body has, whichever verb says it
    (("Castlegate operates 31 cinemas across Britain.", "31"), ("Castlegate runs the chain's 44 cinemas.", "44")),
    # a capacity in watts: station and plant are one site
    (("The 1,400-megawatt station at Yallambee closed.", "1,400-megawatt"),
     ("The 2,000-megawatt plant at Yallambee closed.", "2,000-megawatt")),
    # the crowd an event was played in front of
    (("The final was played in front of 41,250 fans.", "41,250"), ("A crowd of 36,800 watched the final.", "36,800")),
])
def test_one_fact_in_other_words(one, other):
    assert keys_of(one[0])[one[1]] == keys_of(other[0])[other[1]] is not None


def test_outlets_closed_are_not_the_outlets_a_chain_has():
    assert keys_of("Castlegate closed nine cinemas.")["nine"] != keys_of("Castlegate operates 31 cinemas.")["31"]


def test_a_part_of_the_staff_is_not_its_size():
    assert keys_of("Ashcombe is home to about 400 of the yard's current staff.")["about 400"] != ("staff", "", "", "count")


def test_staff_cut_is_not_the_size_of_the_staff():
    assert keys_of("The firm will eliminate 300 staff.")["300"] == ("staff", "", "eliminate", "count")


def test_a_lower_toll_in_other_words_is_a_running_total_finding():
    example = articles(
        ("Harbour Post", "2026-08-12", "Hurricane Delphine killed 31 people on the Maranta Islands, officials said."),
        ("Northern Ledger", "2026-08-15", "On the Maranta Islands, 26 people had been confirmed dead after Hurricane Delphine."),
    )
    assert run_example(RULES["FC203"], example)


def test_a_higher_toll_in_other_words_is_an_update():
    example = articles(
        ("Harbour Post", "2026-08-12", "Hurricane Delphine killed 26 people on the Maranta Islands, officials said."),
        ("Northern Ledger", "2026-08-15", "On the Maranta Islands, 31 people had been confirmed dead after Hurricane Delphine."),
    )
    assert not run_example(RULES["FC203"], example)


def test_two_reports_of_one_story_compare_their_tolls_without_shared_words():
    story = ("The strike at the Marrick Point refinery, run by Carradine Energy, entered its fifth day. "
             "Carradine Energy said the Marrick Point site was safe.")
    example = articles(
        ("Harbour Post", "2026-08-14", story + " Eleven people have now been arrested in connection with disturbances at the gates."),
        ("Northern Ledger", "2026-08-16", story + " Eight people have been arrested since the strike began, police said."),
    )
    assert run_example(RULES["FC203"], example)


def _story_places(texts: list[str]):
    arts = {f"a{i}": Article(id=f"a{i}", path=f"a{i}", text=t, published="2026-08-14") for i, t in enumerate(texts)}
    claims = [c for _, found in extract_articles(arts.values()) for c in found]
    first = {a: next(c for c in claims if c.article_id == a) for a in arts}
    return Places(claims, arts), first


def test_one_story_shares_two_rare_names():
    places, first = _story_places([
        "Eleven people were arrested. Workers at the Marrick refinery of Carradine Energy struck. Staff of Carradine and Marrick met.",
        "Eight people were arrested. The Marrick strike at Carradine went on. A spokesman for Carradine said Marrick would reopen.",
    ])
    assert places.same_story(first["a0"], first["a1"])


def test_one_shared_name_is_not_one_story():
    places, first = _story_places([
        "Eleven people were arrested. Fans of Harlow Town cheered as Harlow won the cup.",
        "Eight people were arrested. A fire hit the depot in Harlow and Harlow roads were shut.",
    ])
    assert not places.same_story(first["a0"], first["a1"])


def test_a_name_many_articles_repeat_tells_no_story_apart():
    common = "The Chancellor and the Treasury met; the Treasury and the Chancellor agreed."
    texts = [f"{n} people were arrested. {common}" for n in range(2, 14)]
    places, first = _story_places(texts)
    assert not places.same_story(first["a0"], first["a1"])


def test_staff_of_a_site_is_not_the_staff_of_the_firm():
    example = articles(
        ("Harbour Post", "2026-06-09", "Caldermoor Bank employs 21,400 people, the bank said."),
        ("Northern Ledger", "2026-06-10", "Caldermoor Bank's contact centre in Harnsby, which employs 1,400 people, will close."),
    )
    assert not run_example(RULES["FC201"], example)


def test_suffering_what_is_no_injury_is_no_toll():
    assert keys_of("Twelve players suffered defeats on the opening day.")["Twelve"][2] != "wound"


def test_a_weekday_is_no_holder_of_a_toll():
    article = Article(id="a", path="a", published="2026-09-19",
                      text="The death toll in Tuesday's mall collapse in Raghavpur rose to 23 on Friday.")
    claim = next(c for _, found in extract_articles([article]) for c in found if c.text == "23")
    assert owners(claim) == frozenset()


def test_a_toll_that_rose_to_a_level_is_the_toll_as_published():
    example = articles(
        ("Harbour Post", "2026-09-19", "The death toll in the Kanak Plaza collapse in Raghavpur rose to 23 on Friday "
                                       "after rescuers reached the basement on Tuesday."),
        ("Northern Ledger", "2026-09-23", "The Kanak Plaza collapse in Raghavpur killed 19 people, officials said."),
    )
    assert run_example(RULES["FC203"], example)


def test_a_firm_named_like_a_time_word_still_holds_its_figure():
    article = Article(id="a", path="a", published="2005-01-05",
                      text="Next's shares fell more than 3% following the release of the trading statement.")
    claim = next(c for _, found in extract_articles([article]) for c in found if c.text == "more than 3%")
    assert owners(claim) == frozenset({"next"})


def test_people_treated_in_a_period_are_a_rate_not_a_toll():
    """'The hospital treats 40,000 patients a year' is no toll of one event's injured."""
    assert keys_of("The hospital treats 40,000 patients a year.")["40,000"][3] == "count a year"
