"""Tracking, readings of copy in general form: winds gusting to a speed are its gusts, a
temperature told of 'it' after the sentence's own temperature is that temperature, the mercury
is the temperature, and a fall told by any verb of falling is one fall."""

from track_helpers import keys_of


def test_winds_gusting_to_a_speed_are_the_gusts():
    keys = keys_of("Winds were gusting to 65 km/h at the nearest weather station. The station at Ballyteague "
                   "recorded gusts of 98km/h at 2.30pm.")
    assert keys["65 km/h"] == keys["98km/h"] == ("gust", "", "", "metre per second")


def test_a_sustained_wind_is_not_a_gust():
    keys = keys_of("Sustained winds reached 65 km/h on the coast. The station recorded gusts of 98km/h at 2.30pm.")
    assert keys["65 km/h"] != keys["98km/h"]


def test_it_after_a_temperature_is_that_temperature():
    keys = keys_of("The water temperature was 21C at dawn, and by noon it had risen to 24C.")
    assert keys["21C"] == keys["24C"] == ("temperature", "water", "", "degree Celsius")


def test_it_with_no_temperature_before_stays_unread():
    keys = keys_of("The forecast for Sunday is dry, and by noon it will reach 24C.")
    assert keys["24C"] is None


def test_the_mercury_is_the_temperature():
    keys = keys_of("The temperature reached 34C by 10am. Competitors asked why the race went on when the mercury "
                   "hit 37C.")
    assert keys["34C"] == keys["37C"] == ("temperature", "", "", "degree Celsius")


def test_a_fall_told_by_any_verb_of_falling_is_one_fall():
    assert keys_of("The lift fell about 11 floors.")["about 11"] == \
        keys_of("The elevator plunged seven floors on Thursday night.")["seven"] == ("floor", "", "fall", "count")
