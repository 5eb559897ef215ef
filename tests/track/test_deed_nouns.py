"""Tracking, readings of copy in general form: a noun that names a deed ('redundancies', 'arrests',
'deaths') counts the deed's figure, and 'the N <deed noun>' with nothing narrowing it names an
earlier figure of its article again."""

from track_helpers import fires_within, keys_of


def test_a_redundancy_is_a_job_cut_whatever_the_verb():
    keys = keys_of("Twenty-one stores are to close, with the loss of 2,300 jobs. The union will seek talks over "
                   "the 2,800 redundancies.")
    assert keys["2,300"] == keys["2,800"] == ("job", "", "cut", "count")


def test_a_deed_noun_after_the_names_an_earlier_figure_again():
    assert fires_within("Twenty-one stores are to close, with the loss of 2,300 jobs, administrators said. The union "
                        "said it would seek urgent talks over the 2,800 redundancies, which it described as a blow.")
    assert fires_within("Police arrested 28 people on Saturday. Officers said the 31 arrests were the most in a decade.")


def test_a_narrowed_deed_noun_may_be_a_part():
    assert not fires_within("The storm killed 12 people on Monday. Officials said the 15 deaths in the county were a "
                            "reminder.")
    assert not fires_within("Police arrested 28 people on Saturday. Officers said the 31 arrests since the protests "
                            "began were the most in a decade.")
    assert not fires_within("Doctors confirmed 40 cases by Friday. The 12 new cases were all linked to the market.")
    assert not fires_within("The plant will shed 400 jobs. The firm made 1,200 redundancies in 2019.")
