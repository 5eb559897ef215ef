"""Names that tell no story apart: a people's name ('Australian', 'British') is shared by two stories
of one country's people, so it does not anchor a figure of one to the other."""

from __future__ import annotations

import pytest

from factcheck.track.places import is_demonym


@pytest.mark.parametrize("name", ["Australian", "Australians", "British", "Kenyan", "Pakistani", "Sudanese",
                                  "Canadians", "Irish", "Filipino"])
def test_a_peoples_name_is_a_demonym(name):
    assert is_demonym(name)


@pytest.mark.parametrize("name", ["Jordan", "Francis", "Brian", "Adrian", "Indiana", "Mali", "Teravel",
                                  "Christian", "Sri Lanka", "Kenya"])
def test_a_person_place_or_country_is_not(name):
    assert not is_demonym(name)
