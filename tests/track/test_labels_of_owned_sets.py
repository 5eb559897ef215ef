"""Session 50: a label whose doer is only its owner ("the ladder's 21 pools") names the thing a later
label with a real doer names ('The 24 pools were cut ... by Tolland Contractors'). Our own wording, with
the near misses: the same count agrees, and two doers' labels stay apart."""

from track_helpers import fires_within

OWNED = "Visitors can watch trout climb the ladder's 21 pools from a viewing deck on the east bank. "


def test_an_owned_label_and_a_label_with_a_doer_name_one_set():
    assert fires_within(OWNED + "The 24 pools were cut into the riverbank by Tolland Contractors over two summers.")


def test_the_same_count_agrees():
    assert not fires_within(OWNED + "The 21 pools were cut into the riverbank by Tolland Contractors over two summers.")


def test_two_labels_of_two_doers_stay_apart():
    assert not fires_within("Tolland Contractors dug the 21 pools in 2019. "
                            "The 24 pools were dug by Harrow Civil over two summers.")
