"""Tracking: a term of custody as one fact of a defendant's case, two capacities of two halls in one
sentence, the start of a span told by weekday or by date, a whole event's days, a name given before
a figure's noun, a toll named again by its deed, and a measure set before its thing across a
bracketed conversion."""

from hypothesis import given, strategies as st

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.when import resolved_spans, spans_meet

from track_helpers import articles, claims_by_text, fires_within, keys_of

RULES = {r.code: r for r in load_rules()}


def test_a_term_of_custody_is_keyed_whatever_its_verb():
    keys = keys_of("Brian Hollis was jailed for seven years on Friday. He will serve half of the six-year sentence.")
    assert keys["seven years"] == keys["six-year"] == ("jail term", "", "", "second")
    assert keys_of("He got a five-year sentence.")["five-year"] == ("jail term", "", "", "second")


def test_a_term_named_again_contradicts_the_term_handed_down():
    assert fires_within("Brian Hollis was jailed for seven years on Friday for stealing from the hospice. "
                        "He will serve up to half of the six-year sentence in custody.")


def test_terms_of_two_defendants_or_the_law_are_left_alone():
    assert not fires_within("Brian Hollis was jailed for seven years on Friday. "
                            "His accomplice Dan Marsh was jailed for four years.")
    assert not fires_within("Brian Hollis was jailed for seven years on Friday. "
                            "The judge said the four-year sentence for his partner reflected her plea.")
    keys = keys_of("Hollis faces a maximum sentence of 10 years. She was sentenced to 200 hours of community service.")
    assert keys["10 years"] != ("jail term", "", "", "second")
    assert keys["200 hours"] != ("jail term", "", "", "second")


def test_two_capacities_in_one_sentence_are_two_facts():
    assert not fires_within("The building has a 1,850-seat main auditorium and a 320-seat studio theatre, "
                            "giving 2,170 seats in all. The 320-seat studio will host chamber operas.")
    example = articles(
        ("Harbour Post", "2027-02-19", "The Kestrel Quay Opera House opens on Friday. The building in Leeds has a "
                                       "1,850-seat main auditorium and a 320-seat studio theatre."),
        ("Northern Ledger", "2027-02-22", "The Kestrel Quay Opera House opened on Friday. The building in Leeds "
                                          "contains a 2,400-seat main auditorium, a 320-seat studio theatre and "
                                          "rehearsal rooms."),
    )
    found = run_example(RULES["FC201"], example)
    assert len(found) == 1 and "1,850" in found[0].message and "2,400" in found[0].message


def test_a_span_told_by_weekday_and_by_date_is_one_span():
    """'since Tuesday' in a paper of Saturday 28 November and 'since November 24' name one start."""
    assert spans_meet(resolved_spans(frozenset({"since tuesday"}), "2026-11-28"),
                      resolved_spans(frozenset({"since november 24"}), "2026-12-03"))
    assert not spans_meet(resolved_spans(frozenset({"since tuesday"}), "2026-11-28"),
                          resolved_spans(frozenset({"since november 20"}), "2026-12-03"))
    assert spans_meet(resolved_spans(frozenset({"since november"}), "2026-12-03"),
                      resolved_spans(frozenset({"since tuesday"}), "2026-11-28"))


@given(st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
       st.dates(min_value=__import__("datetime").date(2000, 1, 8), max_value=__import__("datetime").date(2040, 12, 31)))
def test_a_weekday_span_resolves_to_a_day_of_the_week_before(weekday, published):
    """The start a weekday names is that weekday, on or before the publication day, within a week."""
    (span,) = resolved_spans(frozenset({f"since {weekday}"}), published.isoformat())
    day = __import__("datetime").date.fromisoformat(span.removeprefix("since "))
    assert 0 <= (published - day).days < 7
    assert day.strftime("%A").lower() == weekday


def test_a_running_total_over_the_whole_event_is_no_span_of_it():
    """'over the four days' of a festival is all of it: a lower figure after 'since Thursday' is a fall."""
    example = articles(
        ("Meridian Wire", "2027-01-22", "Eleven spectators have been taken to hospital with heat-related "
                                        "illness since Thursday at the Preston Open, the tournament's medical team said."),
        ("Fellbrook Observer", "2027-01-25", "The Preston Open was dominated by the heat. Organisers said eight "
                                             "spectators were hospitalised over the four days at the Preston Open."),
    )
    assert run_example(RULES["FC203"], example)


def test_rain_over_two_spans_is_two_totals():
    example = articles(
        ("Harbour Post", "2027-02-21", "The mudflow struck after 310 millimetres of rain fell on the hills above "
                                       "Pellaro in 36 hours."),
        ("Northern Ledger", "2027-02-23", "Some 370 millimeters - nearly 15 inches - of rain has fallen on the hills "
                                          "above Pellaro since Friday, including 310 millimeters in the 36 hours "
                                          "before the slide."),
    )
    assert not run_example(RULES["FC201"], example)


def test_a_name_given_before_narrows_a_bare_noun_after_another_size():
    keys = keys_of("When the Crescent Line opens on Saturday, passengers will ride old tunnels. "
                   "The 16-station, 27.9-kilometre line cost $7.8 billion.")
    assert keys["27.9-kilometre"][:2] == ("line", "crescent")


def test_a_toll_named_again_by_its_deed():
    assert fires_within("The death toll from the mudflow rose to 23 on Monday. "
                        "Of the 19 confirmed dead, police said, six came from two families.")
    assert not fires_within("The death toll from the blasts rose to 23 on Monday. "
                            "Of the 12 killed in the first blast, six were soldiers.")


def test_a_measure_before_its_thing_across_a_conversion():
    claims = claims_by_text("Mallin spotted the comet in images he took with his 35cm (14in) telescope at 3.40am.")
    assert claims["35cm"].subject == "telescope"


def test_a_hyphened_count_of_a_names_word_in_apposition():
    claims = claims_by_text("Vellanur's main public hospital, the 400-bed Government Headquarters Hospital, has "
                            "turned a marriage hall next door into a cholera ward.")
    assert claims["400-bed"].subject == "hospital"
