"""General wording of real copy for the time checks FC402 and FC403 (and near misses left alone).

FC402: one building called by different words ("infirmary" / "hospital"),
paired only when the article names one building of that kind. FC403: past
events dated after publication, whatever the order of verb and date, and
never forecasts, plans or bounds ("by 2031").
"""

import pytest

from rule_helpers import fires

PUBLISHED = "2026-04-10"



# --- FC402: built year vs decade ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The infirmary was built in 1968 on the edge of town. Managers say the 1980s hospital has too few beds.",
    "The academy was built in 1994. Parents said the 1960s school was falling apart.",
    "The flats were completed in 1971. Tenants said the 1990s tower block leaked.",
    "The crossing was built in 1958. Engineers said the 1930s bridge needed repair.",
    "Residents of the 1960s tower were moved out. The tower was built in 1975.",
    # the building named by a participle, a pronoun or a name alone
    "Built in 1959, the lifeboat station is one of the oldest. Crews say the 1970s station leaks in winter.",
    "Locals call the crossing the Iron Mile. It was built in 1923. Engineers found the 1960s bridge was sound.",
    "St Anne's was completed in 1971 and treats 40,000 patients. Campaigners want the 1950s hospital replaced.",
    "The academy on Mill Lane was built in 1993. Parents say the 1960s school needs a new roof.",
    # a generic word in an article about one kind of building, and a decade of construction
    "The museum was built in 1887. The 1920s building now needs a new roof.",
    "The hospital was built in the 1980s. Records show the infirmary opened in 1962.",
])
def test_year_decade_pairs_one_building_under_two_names(text):
    assert fires("FC402", text)


@pytest.mark.parametrize("text", [
    # a second building of the kind, by a pointing word, a place apart, a plural or two names
    "The infirmary was built in 1968. The 1980s hospital across the river is bigger.",
    "The infirmary was built in 1968, and the town's other hospital in 1985. The 1980s hospital has more beds.",
    "The tower was built in 1975. A 1960s block nearby and a 1990s block were also inspected.",
    "The academy was built in 1994. Both schools share a 1960s school hall.",
    "Kell Royal Infirmary was built in 1968. Staff at Brancaster General Hospital said the 1980s hospital was full.",
    # the decade agrees
    "The infirmary was built in 1968. Staff say the 1960s hospital has too few single rooms.",
    # a decade for another building, a style, or a subject that is no building
    "The museum was built in 1887. The 1920s building next door is a bank.",
    "The library was built in 1905. A 1930s-style cinema stands opposite.",
    "The school was built in 1972. The 1980s hospital is nearby, and the building is closed.",
    "The shop was built in 1971. Residents said the 1950s hospital was cold.",
    "Tesco opened in 1971. Residents said the 1950s hospital was cold.",
    "The new stadium was built in 2019. The 1920s stand was knocked down.",
])
def test_year_decade_leaves_two_buildings_or_agreeing_decades_alone(text):
    assert not fires("FC402", text)


# --- FC403: past events after publication ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The hoard was dug up in a field near Kell in 2031.",
    "The singer died in May 2026 at her home.",
    "The remains were found in 2029 by walkers.",
    "The hoard, dug up in 2031, is now on show.",
    "In 2028, the company collapsed with debts of £4m.",
    "In June 2026 the crew walked out again.",
    "Since it opened in 2028, the bridge has carried millions.",
    # a long way from verb to date, a simple past the tagger reads as a participle, a conjoined verb
    "The wreck was finally raised from the seabed off Kell by salvage divers and naval engineers in 2031.",
    "The public inquiry into the crash opened on 19 April 2026 in Harrowby.",
    "The last major fire in the forest burned in 2031, when about 900 hectares were lost.",
    "The painter was attacked and robbed in May 2026 outside her studio.",
    # a day dated after publication beside a plan or budget word that is another deed's object, or
    # decided on; an opening participle takes the time of its verb
    "On April 20, the Central Bank appointed a special manager to oversee the recovery plan, he said.",
    "The budget package was backed by the council's cabinet on 21 April by seven votes to two.",
    "Speaking at the unveiling of the cast on 19 April, Dr Achterberg said it was a great day.",
])
def test_future_event_reads_past_events_whatever_the_order(text):
    assert fires("FC403", text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "The council said the bridge would open in 2031.",
    "The line is due to open in 2031.",
    "The fund will run until 2031.",
    "Ministers want all homes connected by 2031.",
    "The council approved a budget for 2027 on Monday.",
    "The bank cut rates and said inflation peaked in 2027 in its central forecast.",
    "In 2031, the line will open to passengers.",
    "In 2031 the council expects to finish the work.",
    "In 2027, it is hoped, the site reopened.",
    "The plant closes in March 2027, the firm said.",
    # a past event before publication
    "In 2024, the company collapsed with debts of £4m.",
    "The hoard, dug up in 2013, is now on show.",
    # the date belongs to a noun, a scheduled event or a verb that looks ahead
    "He was named in the squad for the 2028 Olympics.",
    "Fares were frozen in the 2026-27 budget.",
    "She was best actress at the 2027 awards.",
    "Experts were excited about new formats coming to the fore in 2029.",
    "A host of games are set for release in 2027.",
    "The consoles all hit the shops in 2027.",
    "The club drew France as their last home match on 7 September 2026.",
    "The firm said it expected the deal to be completed in 2027.",
    "The bridge was built in 1927 and will be rebuilt in 2029.",
    "The report warned that the dam could fail in 2030.",
    # a day that is a plan's or budget's own, or that a forecast frames; a participle after its verb,
    # or one that looks ahead
    "Ed Balls hinted at a Budget giveaway on 16 April.",
    "The plan was to open the bridge on 20 April.",
    "Inflation peaked on 20 April in the bank's central forecast.",
    "Colin Ward has paid for a week in the resort, leaving on 19 April.",
    "Looking ahead to the vote on 19 April, she said it would be close.",
])
def test_future_event_leaves_forecasts_plans_and_bounds_alone(text):
    assert not fires("FC403", text, PUBLISHED)


def test_future_event_needs_a_publication_date():
    assert not fires("FC403", "In 2028, the company collapsed with debts of £4m.")


