"""The wording the per-sentence checks read, on hand-built claims (no extraction).

Each test pins one general reading: a skip word counts only in the
figure's own clause; a person is recognised by the shape of the noun or by
"who"; a share of any group of people cannot exceed 100%; breakdown verbs,
"among them" and active change verbs are read.
"""

import pytest

from factcheck.rules.checks.change_mismatch import change_mismatch
from factcheck.rules.checks.components_sum import components_sum
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.part_whole import part_exceeds_whole
from factcheck.rules.checks.plausible_range import plausible_range
from factcheck.rules.checks.sentences import clause_around
from factcheck.rules.checks.share_above_100 import share_above_100
from rule_helpers import audit_of, claim, fires, rule

YEAR = 31_557_600  # seconds in a Julian year, the base unit of ages


def hits(check, claims, params=None):
    return list(check(rule("x", params), audit_of(claims)))


@pytest.mark.parametrize("sentence,figure,clause", [
    ("A city of 52 million, grew slowly, as rents pushed families out to the towns.", "52 million",
     "A city of 52 million, grew slowly"),
    ("Leaked data suggest the train reached 1,450 km/h, where the limit is 80 km/h.", "1,450 km/h",
     "Leaked data suggest the train reached 1,450 km/h"),
    ("Lava reached 1,200C; the village was evacuated.", "1,200C", "Lava reached 1,200C"),
])
def test_clause_around(sentence, figure, clause):
    start = sentence.index(figure)
    assert clause_around(sentence, start, start + len(figure)) == clause


AGE = {"kinds": ["age"], "dimension": "time", "unit": "year", "max": 122, "too_high": "too old",
       "subjects": ["man"], "subject_suffixes": ["smith", "man"], "not_subjects": ["talisman"],
       "subject_before": ["who"], "unless": ["tortoise"]}


def age(sentence, subject, subject_text=None):
    return claim(sentence, sentence.split()[1], value=146, base_value=146 * YEAR, base_low=146 * YEAR,
                 base_high=146 * YEAR, kind="age", dimension="time", unit="year", subject=subject,
                 subject_text=subject_text or subject)


@pytest.mark.parametrize("sentence,subject,fires", [
    ("A 146-year-old blacksmith was rescued.", "blacksmith", True),      # ends like a person noun
    ("A 146-year-old fisherman was rescued.", "fisherman", True),
    ("A 146-year-old talisman was found.", "talisman", False),           # a named exception
    ("A 146-year-old carer who lives nearby was rescued.", "carer", True),  # "who" makes a person
    ("A 146-year-old barn which stood nearby was lost.", "barn", False),
    ("The 146-year-old tortoise, who lives on the island, is well.", "tortoise", False),  # skip word
    ("The 146-year-old ironsmith's forge was restored.", "ironsmith", False),  # the forge's age, maybe
])
def test_age_of_a_person_by_the_noun_or_who(sentence, subject, fires):
    assert bool(hits(plausible_range, [age(sentence, subject)], AGE)) is fires


def length(sentence, text, value, subject, **kw):
    return claim(sentence, text, value=value, unit="metre", base_value=value, base_low=value, base_high=value,
                 base_unit="metre", kind="measure", dimension="length", subject=subject, subject_text=subject, **kw)


BUILDING = {"subjects": ["building"], "dimension": "length", "max": 1100, "too_high": "too tall",
            "near": ["tallest"]}


def test_superlative_beside_the_figure_names_what_it_measures():
    s = "Scaffolding was torn from Selden Point, at 1,480 metres the city's tallest building."
    assert hits(plausible_range, [length(s, "1,480 metres", 1480, "scaffolding")], BUILDING)
    s = "Scaffolding 1,480 metres long was put up; the tallest building nearby was closed."
    assert not hits(plausible_range, [length(s, "1,480 metres", 1480, "scaffolding")], BUILDING)


def test_skip_word_counts_only_in_the_figures_clause():
    speed = {"subjects": ["train"], "dimension": "speed", "max": 610, "too_high": "too fast",
             "unless": ["data", "wind"]}
    def train(s):
        return claim(s, "1,450 km/h", value=1450, base_value=1450, base_low=1450, base_high=1450,
                     kind="measure", dimension="speed", subject="train", subject_text="train")
    assert hits(plausible_range, [train("The train reached 1,450 km/h, where the data recorder was.")], speed)
    assert not hits(plausible_range, [train("The train reached 1,450 km/h in the wind tunnel.")], speed)


SHARES = {"wholes": ["electorate"], "shares": ["turnout"], "quantities": ["levels", "target", "costs"],
          "unless": ["capacity"]}


@pytest.mark.parametrize("sentence,fires", [
    ("Some 112% of the port's 2,300 dockers have joined the walkout.", True),
    ("About 140% of local shopkeepers signed.", True),
    ("Exports reached 130% of pre-pandemic levels.", False),       # a reference quantity
    ("Sales stood at 112% of the target.", False),
    ("The ward was running at 120% of its beds.", False),          # a comparison's complement
    ("The hospital is at 120% of capacity, with 40 beds in corridors.", False),
    ("Heating took 120% of the school's budget.", False),          # a singular quantity, not a group
    ("The jail holds 150% of the inmates it was built for.", False),  # a reference, not a group
    ("Turnout was 112% of the electorate.", True),                  # a listed collective whole
])
def test_share_of_any_group_cannot_exceed_100(sentence, fires):
    text = next(w for w in sentence.split() if w.endswith("%"))
    c = claim(sentence, text, value=float(text[:-1]), kind="percent", dimension="percent", unit="percent")
    assert bool(hits(share_above_100, [c], SHARES)) is fires


def count(sentence, text, value, n, subject="", **kw):
    return claim(sentence, text, value=value, n=n, kind="count", dimension="count", subject=subject, **kw)


def test_spelled_hyphenated_number_is_a_whole_among_them():
    s = "Fifty-one people were injured, among them 58 passengers."
    assert hits(part_exceeds_whole, [count(s, "Fifty-one", 51, 1, "people"), count(s, "58", 58, 2, "passenger")])
    s = "The six-time champions lost, among them 8 players."
    assert not hits(part_exceeds_whole, [count(s, "six-time", 6, 1), count(s, "8", 8, 2, "player")])


@pytest.mark.parametrize("verb", ["is made up of", "consists of", "comprises", "is split between"])
def test_breakdown_verbs_list_components(verb):
    s = f"The total of 61.2 million {verb} 31.4 million women and 30.6 million men, officials said."
    claims = [count(s, "61.2 million", 61.2e6, 1, "total"), count(s, "31.4 million", 31.4e6, 2, "woman"),
              count(s, "30.6 million", 30.6e6, 3, "man")]
    found = hits(components_sum, claims)
    assert found and found[0].fields["sum"] == "62 million"
    s = f"The total of 61.2 million {verb} 31.4 million women and 29.8 million men, officials said."
    claims = [count(s, "61.2 million", 61.2e6, 1, "total"), count(s, "31.4 million", 31.4e6, 2, "woman"),
              count(s, "29.8 million", 29.8e6, 3, "man")]
    assert not hits(components_sum, claims)


@pytest.mark.parametrize("text,expected", [
    # a hyphened count of a whole's members, then its breakdown
    ("The 141-car train was made up of three locomotives, 96 tank cars and 38 hopper cars.", True),
    ("The 141-car train was made up of seven locomotives, 96 tank cars and 38 hopper cars.", False),
    # a hyphened size is no count of members
    ("The 20-storey tower is made up of 80 flats and 40 offices.", False),
])
def test_a_hyphened_count_of_members_is_a_whole(text, expected):
    assert fires("FC305", text) == expected


@pytest.mark.parametrize("text,expected", [
    # a vote's tally against the members of the body that cast it
    ("The budget was approved by 31 votes to 24, with three abstentions, with all 56 councillors present.", True),
    ("The bill passed by 420 votes to 310 in the 650-member chamber.", True),
    ("The budget was approved by 31 votes to 22, with three abstentions, with all 56 councillors present.", False),
    ("The motion passed by 320 votes to 210 in the 650-member chamber.", False),
    # members counted as voters of one side are no body
    ("The plan was backed by 31 votes to 24 after 40 members voted to adjourn first.", False),
])
def test_a_vote_tally_cannot_exceed_the_body(text, expected):
    assert fires("FC304", text) == expected


def test_breakdown_stops_at_the_end_of_its_list():
    s = "The 61.2 million is made up of 31.4 million women and 29 million men, while 3 million visitors came."
    claims = [count(s, "61.2 million", 61.2e6, 1, "total"), count(s, "31.4 million", 31.4e6, 2, "woman"),
              count(s, "29 million", 29e6, 3, "man"), count(s, "3 million", 3e6, 4, "visitor")]
    assert not hits(components_sum, claims)


def percent(sentence, text, value, n, unit="percent"):
    return claim(sentence, text, value=value, n=n, kind="percent", dimension="percent", unit=unit, base_unit=unit)


@pytest.mark.parametrize("verb", ["raised their pay offer", "cut the rate", "lowered its forecast",
                                  "lifted the cap", "boosted its stake", "trimmed the levy"])
def test_active_change_verbs_before_from_to(verb):
    s = f"The owners {verb} from 3% to 5%, an increase of 3 percentage points."
    claims = [percent(s, "3%", 3, 1), percent(s, "5%", 5, 2),
              percent(s, "3 percentage points", 3, 3, unit="percentage point")]
    assert hits(change_mismatch, claims, {"tolerance": 0.05})


NOMINAL = dict(AGE, figure_before=["who", "said"], figure_kind="person")


@pytest.mark.parametrize("sentence,fires", [
    ("The 146-year-old, who lives alone, was rescued.", True),
    ("The 146-year-old said he was glad to be alive.", True),
    ("The 146-year-old, which stands by the river, is a pub.", False),
])
def test_an_age_standing_as_the_noun_is_a_person(sentence, fires):
    c = age(sentence, "", "")
    found = hits(plausible_range, [c], NOMINAL)
    assert bool(found) is fires
    assert not hits(plausible_range, [c], AGE)  # without the param, a bare figure names no one


def test_part_written_before_of_whom():
    s = "Eight miners were trapped, ten of whom died."
    assert hits(part_exceeds_whole, [count(s, "Eight", 8, 1, "miner"), count(s, "ten", 10, 2)])
    s = "Eight miners were trapped, two of whom died."
    assert not hits(part_exceeds_whole, [count(s, "Eight", 8, 1, "miner"), count(s, "two", 2, 2)])


def test_fold_with_its_end_figure_between():
    from factcheck.rules.checks.fold_vs_percent import fold_vs_percent
    s = "The cost is expected to triple to £90m, an increase of 300%."
    fold = claim(s, "triple", value=3, n=1, kind="ratio", dimension="ratio")
    money = claim(s, "£90m", value=90e6, n=2, kind="money", dimension="currency", unit="GBP")
    assert hits(fold_vs_percent, [fold, money, percent(s, "300%", 300, 3)])
    right = percent(s, "300%", 300, 3)
    right.value = right.low = right.high = right.base_low = right.base_high = right.base_value = 200
    assert not hits(fold_vs_percent, [fold, money, right])  # +200% is a trebling


@pytest.mark.parametrize("stated,fires", [(20, True), (30, False)])
def test_time_span_between_endpoints_and_change_is_skipped(stated, fires):
    s = f"Visitors rose from 200,000 to 260,000 over the last two years, a rise of {stated}%."
    claims = [count(s, "200,000", 200_000, 1), count(s, "260,000", 260_000, 2),
              claim(s, "two years", value=2, n=3, kind="measure", dimension="time", unit="year"),
              percent(s, f"{stated}%", stated, 4)]
    assert bool(hits(change_mismatch, claims, {"tolerance": 0.05})) is fires


@pytest.mark.parametrize("value, written, words", [
    (1_000_000, "Rs 15 lakh", "10 lakh"),  # Indian copy counts in lakh and crore, not millions
    (25_000_000, "Rs 3 crore", "2.5 crore"),
    (1_000_000, "£1.5m", "1 million"),
    (3_550_000, "£4.8m", "3.55 million"),  # not '3,550,000' beside a sum written in millions
    (2_200_000_000, "$1.4bn", "2.2 billion"),
    (250_000, "£1.2m", "250,000"),
])
def test_a_sum_is_worded_in_the_scale_of_its_total(value, written, words):
    from factcheck.rules.text import number_like
    assert number_like(value, written) == words


@pytest.mark.parametrize("value,written,words", [
    (1_900_000, "£1.8m", "£1.9 million"),
    (46_000_000, "€48m", "€46 million"),
    (4_600_000_000, "Rs 495 crore", "Rs 460 crore"),
    (1_040_000_000, "A$1.1 billion", "A$1.04 billion"),
    (2_400_000, "2.6 million euros", "2.4 million"),
    (6.3, "£2.10", "£6.30"),  # pence and paise keep their two places
    (1.2, "Rs 5.30", "Rs 1.20"),
    (6.3, "£2", "£6.3"),
])
def test_a_sum_of_money_is_written_with_its_totals_currency_sign(value, written, words):
    from factcheck.rules.text import money_like
    assert money_like(value, written) == words


@pytest.mark.parametrize("plural, singular", [
    ("buses", "bus"), ("bonuses", "bonus"), ("classes", "class"), ("boxes", "box"), ("churches", "church"),
    ("colonies", "colony"), ("spires", "spire"),
    # most nouns in -ses are nouns in -se
    ("houses", "house"), ("glasshouses", "glasshouse"), ("causes", "cause"), ("cases", "case"), ("nurses", "nurse"),
])
def test_singular_noun(plural, singular):
    assert singular_noun(plural) == singular
