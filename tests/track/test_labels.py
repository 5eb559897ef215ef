"""A figure used as a label names again a figure its article gave before (``track.labels``).

"the 35,000 customers affected" after "About 52,000 customers lost power" is the same
customers, told twice with two figures: one article, one fact, a contradiction. A label that
may name something else (another deed, a state now, another set, a span of time) is left alone.
"""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles

RULES = {r.code: r for r in load_rules()}


def _fc202(text: str) -> list:
    return run_example(RULES["FC202"], articles(("Test Post", "2026-03-10", text)))


@pytest.mark.parametrize("text", [
    # a participle that only ties them to the event
    "About 52,000 customers lost power on Sunday night when a substation in Brindle failed. "
    "By noon, crews had reconnected 9,000 of the 35,000 customers affected.",
    # a generic noun for a thing given a hyphened size
    "The 24-metre crane toppled onto a warehouse at Selby Docks on Monday. "
    "Engineers will inspect the 42-metre structure before it is cut up.",
    # what a thing is made of, then 'each of the N'
    "The new dome is made up of 64 glass panels. Each of the 58 panels was made in Leeds.",
    # one crowd in other words
    "A crowd of 18,200 watched the final at Halloran Park. The 12,900 fans gave the winners a standing ovation.",
    # a duration, then the event named by it ('since 1998' is the sentence's, not the label's)
    "The storm over Calder lasted about 20 minutes. The 50-minute storm was the worst in the county since 1998.",
    # a spelled hyphened figure as the first mention
    "The ten-day strike at the Marrin tea estates was called off on Friday. "
    "The 14-day stoppage cost the growers about Rs 9 crore.",
    # the deed told as an adjective
    "A squall capsized 11 boats in the middle of the regatta on Saturday. "
    "Divers checked all nine capsized boats to make sure no one was trapped.",
    # a crowd of people, then its spectators
    "A crowd of 11,000 people watched the pageant on Saturday. Organisers said the 15,000 spectators had raised $40,000.",
    # the same digits swapped: one count, however the label narrows it
    "The laundry has 86 staff. The 68 laundry workers will be offered jobs elsewhere.",
    # jobs and staff, with the digits swapped
    "All 1,140 jobs at Velmore in Fenbridge are on the line. The union said every one of the 1,410 staff would fight the closure.",
    # the same digits swapped tie a label whatever deed the earlier figure tells
    "The council received 5,214 pothole damage claims last year. Of the 4,512 claims lodged, about a third were paid.",
    "The closure will cost 64 staff their jobs. The chief executive said the 46 workers would get extra pay.",
    "The closure of the cinema means 412 jobs lost. The 214 redundancies take effect in March.",
    # a person's age, then the person named again by an age and what the copy said they are
    "Liam Ferraro, 21, an apprentice electrician, and Aisha Coombes, 20, a nursing student from Wattle Creek, died at "
    "the scene. A family friend said the 19-year-old nursing student had been kind.",
    # ... or by an age alone, in the next sentence
    "Aisha Coombes, 20, died at the scene. The 19-year-old was due to graduate next year.",
])
def test_a_label_with_another_figure_contradicts_its_article(text):
    assert _fc202(text)


@pytest.mark.parametrize("text", [
    # another deed: the plant's staff, not the workers killed
    "Six workers were killed in the blast at the Corran plant. The plant's 340 workers will be paid while it is closed.",
    # a state now names only a figure of that state
    "The chain has 96 stores across the state. Administrators will close 58 and keep the 38 stores still open trading.",
    # another set
    "Eight climbers were rescued from the ridge on Friday. The four other climbers walked down unaided.",
    # a span of time narrows it
    "Doyle has made 19 appearances for the club. The club have won only 3 of their 17 games at Parkway since 2019.",
    # the label agrees with the figure before
    "About 412,000 customers lost power on Tuesday. Crews restored 40,000 of the 410,000 customers affected.",
    # a distance is no size of the vessel
    "The ferry ran aground 14km from Arlow harbour. The 86-metre vessel was refloated on Tuesday.",
    # injured passengers are not the passengers on board
    "Twelve passengers were injured when the tram derailed in Holm. The 30 passengers on board were led to safety.",
    # a narrowed label with digits of its own is a part
    "The laundry has 86 staff. The 12 laundry workers on nights will be offered jobs elsewhere.",
    "A crowd of 11,000 people watched the pageant on Saturday. Organisers said the 3,000 away spectators had raised $40,000.",
    # jobs and staff with digits of their own are two counts
    "The 300 jobs at the plant are in the packing hall. The union said the plant's 1,400 staff would fight the closure.",
    # a clause of its own says what it counts
    "The council approved 31 new homes on the Kell site. The 13 homes that won approval in May will be built first.",
    # swapped digits of two tolls are two tolls: the hurt are not the killed
    "The blast killed 13 workers at the plant. The 31 workers hurt were taken to hospital.",
    # other digits and another deed: claims of one month are not the year's
    "The council received 5,214 pothole damage claims last year. Of the 2,100 claims lodged in May, about a third "
    "were paid.",
    # another holder's own
    "The 14 libraries had about 23,000 active borrowers last year. Neighbouring Wrexford shut 9 of its 33 libraries "
    "in 2016.",
    # those who were members once are not the members now
    "The scheme has 9,800 members: 3,100 staff still building up benefits, 2,900 former employees with deferred "
    "pensions and 3,800 pensioners. The chief executive said the move would protect the jobs of the group's 4,600 "
    "employees.",
    # an age label that may name another person: two people fit, or someone unnamed came between
    "Aisha Coombes, 20, and Liam Ferraro, 21, died at the scene. The 19-year-old was due to graduate next year.",
    "Aisha Coombes, 20, died at the scene. A man, 45, was hurt. The 19-year-old was due to graduate next year.",
    "Aisha Coombes, 20, died at the scene. Police arrested a man nearby. The 19-year-old was held overnight.",
    "Liam Ferraro, 21, an apprentice electrician, and Aisha Coombes, 20, a nursing student, died at the scene. "
    "The 19-year-old cyclist who found them called for help.",
    # an age the person had then is no age now; a word of the description that is not its head
    "About 500 people watched at the academy, where Anjali Raghavan began playing at the age of six. "
    "The 22-year-old became a grandmaster at 14.",
    "Gareth Pryce, 52, the drivers' union representative at StourLink, said drivers had raised concerns. "
    "Mr Pryce said the 46-year-old driver involved was devastated.",
])
def test_a_label_that_may_name_something_else_is_left_alone(text):
    assert not _fc202(text)
