"""Session 50: an age label with no noun of its own names the one person given an age before it, when its
digits are that age's swapped, whoever is named between ('Jarrah Quill, 34' ... 'The 43-year-old'); and a
noun the parser hangs such a label on from before it is not the label's noun ('Attorneys for the 55-year-old
said'). Our own wording, with the near misses."""

from track_helpers import fires_within

QUILL = ("Jarrah Quill, 34, shore 124 ewes in the first run. His physiotherapist, Kirra Dunne, said he drank "
         "11 litres of water over the day. The {}-year-old had talked about the record for years.")
PELL = ("The founder, Grant Pell, 58, remains in custody. Attorneys for the {}-year-old said on Friday that he "
        "would seek release on bond.")


def test_swapped_digits_name_the_one_aged_person_across_another_name():
    assert fires_within(QUILL.format(43))


def test_other_digits_across_another_name_may_be_that_other_person():
    assert not fires_within(QUILL.format(38))


def test_a_noun_before_the_label_is_not_its_noun():
    assert fires_within(PELL.format(55))


def test_the_same_age_agrees():
    assert not fires_within(PELL.format(58))


MILL = ("Tom Salinas, 45, a shift supervisor, was pulled out alive. For many in town the loss that hit hardest was "
        "Ramon Ibarra, 34, a millwright. Ibarra started at the mill at 23. Co-workers said the {}-year-old had been "
        "named employee of the year twice.")
DRIVER = ("The driver, Craig Pellow, 47, from Tarragal, was taken to hospital with leg injuries. A witness said the "
          "{}-year-old driver sat in his cab with his head in his hands.")


def test_of_two_aged_people_the_one_the_sentence_before_names():
    assert fires_within(MILL.format(43))
    assert not fires_within(MILL.format(34))


def test_a_description_set_off_before_the_name():
    assert fires_within(DRIVER.format(51))
    assert not fires_within(DRIVER.format(47))
