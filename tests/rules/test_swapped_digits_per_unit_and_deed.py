"""FC205 and FC204 (session 48): one price told per one thing ('$12 a plate' / '$21 a plate'), a deed told by
its verb and by its noun ('dropped 1,200 feet' / 'a 2,100-foot drop'), two sizes hyphened to one thing named in
other words ('the 75-foot Norway spruce that served as the city's Christmas tree' / 'the 57-foot Christmas
tree'), and a bare dollar sign against a country's dollar ('$18 million' / 'A$81 million'). Our own wording;
each case has its near miss."""

from factcheck.rules.examples import run_example
from rule_helpers import bundled_rules

TITLE = "Hollin Ford church supper outbreak: Marlow Road farm stand eggs blamed"


def _across(first: str, second: str, title: str = TITLE) -> list[str]:
    articles = [{"source": "Tarnbrook Gazette", "published": "2027-06-01", "title": title, "text": first},
                {"source": "Tarn Valley Sun", "published": "2027-06-02", "title": title, "text": second}]
    return [f.message for f in run_example(bundled_rules()["FC205"], {"articles": articles})]


def _within(text: str) -> list[str]:
    article = {"source": "Tarnbrook Gazette", "published": "2027-06-01", "title": TITLE, "text": text}
    return [f.message for f in run_example(bundled_rules()["FC204"], {"articles": [article]})]


SUPPER = ("HOLLIN FORD - Church secretary Ann Tully said 180 tickets were sold for the St Brendan's supper in Hollin "
          "Ford - 120 for adults and 60 for children - at $12 a plate, with proceeds going to the church roof fund. "
          "Marlow Road farm stand eggs were served.")


def test_one_price_per_one_thing_in_two_reports():
    found = _across(SUPPER, "HOLLIN FORD - Tickets to the St Brendan's supper in Hollin Ford were $21 a plate, and "
                            "the church also sold meals to take away, with Marlow Road farm stand eggs.")
    assert any("$12" in m and "$21" in m for m in found)


def test_prices_per_two_things_are_left():
    assert _across(SUPPER, "HOLLIN FORD - Eggs at the Marlow Road farm stand near Hollin Ford sold at $21 a dozen, "
                           "and the St Brendan's church bought most of them.") == []


DROP = ("SINGAPORE - Flight KR882 from Singapore to Perth dropped 1,200 feet in about four seconds over the Timor "
        "Sea, injuring 31 people on board the Kestrel Air jet.")


def test_a_deed_told_by_its_verb_and_by_its_noun():
    found = _across(DROP, "PERTH - Investigators said the Kestrel Air jet on flight KR882 from Singapore climbed "
                          "about 400 feet before a 2,100-foot drop over the Timor Sea.",
                    title="Kestrel Air flight KR882 turbulence over Timor Sea")
    assert any("1,200 feet" in m and "2,100-foot" in m for m in found)


def test_two_sizes_of_one_thing_named_in_other_words():
    first = ("MARROW CITY - A gust toppled the 75-foot Norway spruce that served as Marrow City's Christmas tree, "
             "injuring seven people at the Frostfair market.")
    found = _across(first, "MARROW CITY - When a windstorm blew Marrow City's 57-foot Christmas tree onto the "
                           "Frostfair market on Monday, nine people were hurt.",
                    title="Marrow City Christmas tree falls on Frostfair market")
    assert any("75-foot" in m and "57-foot" in m for m in found)


def test_two_sizes_of_two_things_are_left():
    first = ("MARROW CITY - A gust toppled the 75-foot Norway spruce that served as Marrow City's Christmas tree, "
             "injuring seven people at the Frostfair market.")
    assert _across(first, "MARROW CITY - The Frostfair market's 57-foot Ferris wheel reopened on Monday after "
                          "checks, a week after the Christmas tree fell in Marrow City.",
                   title="Marrow City Christmas tree falls on Frostfair market") == []


def test_a_bare_dollar_against_a_countrys_dollar_in_one_story():
    first = ("DUBBO - The Brindle Shire council announced an $18 million mouse plague package for Brindle Shire "
             "farmers on Tuesday, including free bait.")
    found = _across(first, "DUBBO - Brindle Shire farmers will get free bait under an A$81 million mouse plague "
                           "package the Brindle Shire council announced this week.",
                    title="Brindle Shire mouse plague package")
    assert any("$18 million" in m and "A$81 million" in m for m in found)


def test_two_countries_dollars_are_two_sums():
    first = ("DUBBO - Brindle Shire said a US$18 million mouse plague package for Brindle Shire farmers was "
             "agreed on Tuesday, including free bait.")
    assert _across(first, "DUBBO - Brindle Shire farmers will get free bait under an A$81 million mouse plague "
                          "package the Brindle Shire council announced this week.",
                   title="Brindle Shire mouse plague package") == []


def test_one_price_per_kilo_in_one_article():
    found = _within("Farm stores in Brindle Shire sell the bait at $4.20 a kilogram, three times the old price. "
                    "\"I'm paying $2.40 a kilo for bait that doesn't work,\" said grower Ann Tully.")
    assert any("$4.20" in m and "$2.40" in m for m in found)
