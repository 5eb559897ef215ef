"""Aggregator pages: split into stories, junk kept out of every text."""

from __future__ import annotations

import re

import pytest

from factcheck.ingest import read_paths
from factcheck.ingest.aggregator import (
    dash_outlet, is_chrome, is_counter, is_relative_time, split_aggregator,
)
from tests.ingest.helpers import FIXTURES, assert_line_mapping

PAGES = FIXTURES / "aggregator"

CHROME_LINES = [
    "Hashtags", "#flood #SevernVale #weather", "Comments", "Comments (3)", "No comments yet...",
    "Be the first to comment", "Download our app for breaking news alerts",
    "Get the Newswire app for instant alerts", "Related Articles", "Read more", "Share",
    "Share this article", "Advertisement", "You may also like", "Trending",
    "Share 312 | Tweet | Email | Print", "Comments 27 | Read more",
]
RELATIVE_TIMES = ["18 minutes ago", "an hour ago", "2 hours ago", "3 hours ago", "yesterday",
                  "Updated 5 mins ago", "3h ago", "a few seconds ago", "just now"]


def articles_of(name):
    result = read_paths([PAGES / name])
    assert result.errors == []
    return result.articles


def assert_no_junk(articles):
    for article in articles:
        for line in article.text.split("\n"):
            stripped = line.strip()
            assert not re.fullmatch(r"[\d,.]+", stripped), (article.id, line)
            assert not is_relative_time(stripped), (article.id, line)
            assert not stripped.startswith("- "), (article.id, line)
            assert stripped not in CHROME_LINES, (article.id, line)
            assert not is_chrome(stripped), (article.id, line)


def test_flood_page_is_split_into_lead_and_three_related_stories():
    articles = articles_of("flood_page.txt")
    assert [(a.source, a.title) for a in articles] == [
        ("", "Severn Vale flood leaves 340 homes without power"),
        ("Valley Courier", "Aldwen river peaks at 4.2 metres, highest level since 1998"),
        ("Western Daily Post", "Insurers brace for claims after Severn Vale floods"),
        ("The Morning Ledger", "Volunteers fill 5,000 sandbags as more rain forecast"),
    ]
    assert [a.id for a in articles] == [f"flood_page.txt#{n}" for n in range(1, 5)]
    assert {a.format for a in articles} == {"aggregator"}
    assert articles[0].text.endswith("engineers inspect two damaged bridges.")
    assert articles[2].text.endswith("were also affected.")
    assert_no_junk(articles)


def test_markdown_page_with_front_matter_and_other_chrome():
    articles = articles_of("wildfire_page.md")
    assert [(a.source, a.title) for a in articles] == [
        ("Highland Wire", "Wildfire near Castell Ridge forces evacuation of 1,200 residents"),
        ("Coastline Today", "Castell Ridge fire now covers 900 hectares, officials say"),
        ("Ridgeway Times", "Evacuees describe night in school hall"),
    ]
    lead = articles[0]
    assert lead.published == "2024-08-04"
    assert lead.first_line == 7
    assert lead.text.startswith("Firefighters battled a wildfire")
    # page metadata belongs to the lead only, but a related story's relative time dates it against the
    # page's date: '3 hours ago' is the page's day, 'yesterday' the day before
    assert [a.published for a in articles[1:]] == ["2024-08-04", "2024-08-03"]
    assert [a.url for a in articles[1:]] == ["", ""]
    assert all(a.ignore == ["FC101"] for a in articles)
    assert_no_junk(articles)


def test_header_without_relative_time_still_splits():
    articles = articles_of("no_time_page.txt")
    assert [(a.source, a.title) for a in articles] == [
        ("", "Harbour toll bridge fee to rise to £3.50 in April"),
        ("Northgate Echo", "Commuters count the cost of harbour toll rise"),
    ]
    assert_no_junk(articles)


@pytest.mark.parametrize("name", ["flood_page.txt", "wildfire_page.md", "no_time_page.txt"])
def test_story_text_lines_are_the_file_lines(name):
    for article in articles_of(name):
        assert_line_mapping(article)


def test_junk_inside_a_story_body_is_blanked_not_removed():
    page = "\n".join([
        "Lead headline about 12 trains",
        "",
        "Lead body says 12 trains were cancelled.",
        "Metro Wire",
        "40 minutes ago",
        "- Metro Wire",
        "Second headline",
        "First body paragraph with 5 delays.",
        "13",
        "Share",
        "Second body paragraph with 6 delays.",
    ])
    stories = split_aggregator(page, first_line=10)
    assert [s.title for s in stories] == ["Lead headline about 12 trains", "Second headline"]
    related = stories[1]
    assert related.first_line == 17
    assert related.text == "First body paragraph with 5 delays.\n\n\nSecond body paragraph with 6 delays."
    assert related.text.count("\n") == 3          # same number of lines as the file region


def test_detection_does_not_depend_on_fixture_words():
    page = "\n".join([
        "Zorblat announces 3 new moons", "", "The agency counted 3 moons.",
        "Quux Herald", "5 days ago", "- Quux Herald", "Quux shares fall 8%",
        "Shares in Quux fell 8% on Friday.",
        "Blip Daily", "a week ago", "- Blip Daily", "Blip opens 20 stores",
        "Blip said it opened 20 stores.",
    ])
    stories = split_aggregator(page)
    assert [(s.source, s.title) for s in stories] == [
        ("", "Zorblat announces 3 new moons"),
        ("Quux Herald", "Quux shares fall 8%"),
        ("Blip Daily", "Blip opens 20 stores"),
    ]


def test_ordinary_article_is_not_an_aggregator_page():
    text = ("Headline with 4 numbers\n\nA body line.\n- a bullet point about 3 things\n"
            "Another paragraph 2 hours long, not a time.\n")
    assert split_aggregator(text) is None


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_recognised(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "Share prices fell 4% on Monday after the results.",
    "Thousands sign up for flood relief fund",
    "The council said 13 homes were flooded.",
    "Comments from the minister were not available on Tuesday evening, a spokesman said.",
    "HALDEN HERALD | EVENING BRIEFING | Friday 5 June 2026",
    "Share prices | Bond yields",
])
def test_copy_is_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("line", RELATIVE_TIMES)
def test_relative_times(line):
    assert is_relative_time(line)


@pytest.mark.parametrize("line", ["2 hours", "ago", "In 2 hours ago we", "2024-06-03"])
def test_not_relative_times(line):
    assert not is_relative_time(line)


def test_counters_and_dash_outlets():
    assert is_counter("13") and is_counter("1,204") and is_counter("2.3K")
    assert not is_counter("13 homes")
    assert dash_outlet("- Valley Courier") == "Valley Courier"
    assert dash_outlet("– The Morning Ledger") == "The Morning Ledger"
    assert dash_outlet("- 13") is None
    assert dash_outlet("Valley Courier") is None


def test_no_bbc_article_is_mistaken_for_an_aggregator_page(shared_data):
    folder = shared_data / "bbc-news"
    result = read_paths([folder])
    assert len(result.articles) >= 2225
    assert [a.id for a in result.articles if a.format == "aggregator"] == []
    assert result.errors == []


def test_page_with_blank_lines_between_all_lines_and_a_footer():
    page = "\n\n".join([
        "Town hall fire damages 200-year-old roof",
        "Fire crews spent 6 hours tackling the blaze at the town hall on Monday.",
        "Share", "42", "Hill Post", "45 minutes ago", "- Hill Post",
        "Town hall roof repairs could cost £1.2m",
        "Repairs to the town hall roof could cost up to £1.2m, the mayor said on Tuesday.",
        "9", "9", "Eastern Star", "Updated 2 hrs ago", "- Eastern Star",
        "Fire at town hall: what we know",
        "Two people were treated for smoke inhalation and 35 staff were evacuated.",
        "Sign up for our free newsletter", "© 2024 Hill Post Media Ltd",
    ])
    stories = split_aggregator(page)
    assert [(s.source, s.title, s.first_line) for s in stories] == [
        ("", "Town hall fire damages 200-year-old roof", 3),
        ("Hill Post", "Town hall roof repairs could cost £1.2m", 17),
        ("Eastern Star", "Fire at town hall: what we know", 31),
    ]
    assert stories[2].text == "Two people were treated for smoke inhalation and 35 staff were evacuated."


def test_a_briefing_with_a_share_bar_is_one_page_of_its_own_outlet(tmp_path):
    # the share bar above "Updated 18 minutes ago" is no outlet's name: the briefing is the page's
    # own, cut into its briefs at their headlines, each with the page's outlet and date
    page = tmp_path / "briefing.md"
    page.write_text("---\ntitle: Evening briefing\nsource: Halden Herald\npublished: 2026-06-05\n---\n\n"
                    "HALDEN HERALD | EVENING BRIEFING | Friday 5 June 2026\n\n"
                    "Share 312 | Tweet | Email | Print\n\nUpdated 18 minutes ago\n\n"
                    "## Bridge shut for repairs\n\nThe bridge will stay shut until June 20.\n\n"
                    "Comments 27 | Read more\n\n## Police arrest 12 in fuel thefts\n\n"
                    "Police have arrested 12 people in a crackdown launched on May 24.\n")
    articles = read_paths([page]).articles
    assert [a.title for a in articles[1:]] == ["Bridge shut for repairs", "Police arrest 12 in fuel thefts"]
    assert {(a.source, a.published) for a in articles} == {("Halden Herald", "2026-06-05")}
    assert articles[2].text.strip() == ("## Police arrest 12 in fuel thefts\n\n"
                                        "Police have arrested 12 people in a crackdown launched on May 24.")



def test_a_short_sentence_ending_a_story_is_no_outlet():
    from factcheck.ingest.aggregator import looks_like_outlet
    assert not looks_like_outlet("Blip said it opened 20 stores.")
    assert looks_like_outlet("Reuters.") and looks_like_outlet("Halden Herald")


def test_briefs_under_bold_headlines_are_the_pages_own_stories(tmp_path):
    # each brief: a headline in bold, a relative time, then its text; its first paragraph is
    # text (never taken for a headline), and the briefs keep the page's outlet and date
    page = tmp_path / "in-brief.md"
    page.write_text("---\ntitle: News in brief\nsource: Harwick Gazette\npublished: 2025-09-12\n---\n\n"
                    "HARWICK GAZETTE | NEWS IN BRIEF\n\nShare 148 · Comments 31 · 3 min read\n\n"
                    "**Cliff evacuees face weekend away**\n\n18 minutes ago\n\n"
                    "The 29 residents evacuated from Cliff Road on Tuesday will not be allowed home before "
                    "Monday, the council said last night.\n\nEngineers found new cracks on Thursday.\n\n"
                    "**Abattoir suspended**\n\n2 hours ago\n\n"
                    "The Eastholme Road abattoir has had its approval suspended for 28 days.\n")
    articles = read_paths([page]).articles
    briefs = [a for a in articles if a.title in ("Cliff evacuees face weekend away", "Abattoir suspended")]
    assert [(a.title, a.source, a.published) for a in briefs] == [
        ("Cliff evacuees face weekend away", "Harwick Gazette", "2025-09-12"),
        ("Abattoir suspended", "Harwick Gazette", "2025-09-12")]
    assert "\nThe 29 residents evacuated from Cliff Road" in briefs[0].text
    assert not any("Share 148" in a.text for a in articles)
    for article in articles:
        assert_line_mapping(article)


def test_a_lede_is_no_headline():
    from factcheck.ingest.aggregator import looks_like_headline
    assert not looks_like_headline("The 29 residents evacuated on Tuesday will not be allowed home, the council said.")
    assert looks_like_headline("Skelby Ness evacuees face weekend away")
    assert looks_like_headline("Who pays for the U.S.")


BRIEFS = ("---\ntitle: {title}\nsource: Meridian Newswire\npublished: 2025-08-12\n---\n\n"
          "World Briefing | 41 minutes ago | Share 87 | Comments 9\n\n"
          "{first}\n\n*Sports Desk | 18 minutes ago | 2 min read*\n\n"
          "MOUNT KORRABIN - Three people were killed when a chairlift cable snapped on Saturday.\n\n"
          "{second}\n\nSTENBY, England - Seven people were injured when a driver swerved to avoid a pothole.\n\n"
          "**Most read**\n\n1. Cocoa futures ease for a third day (4.1K reads)\n")


@pytest.mark.parametrize("first, second", [
    ("**Coroner to hold inquest into ski lift deaths**", "**Seven hurt in crash blamed on pothole**"),
    ("## Coroner to hold inquest into ski lift deaths", "## Seven hurt in crash blamed on pothole"),
    ("AUSTRALIA: CORONER TO HOLD INQUEST INTO SKI LIFT DEATHS", "UK: SEVEN HURT IN CRASH BLAMED ON POTHOLE"),
])
def test_a_page_of_briefs_is_cut_at_its_headlines(tmp_path, first, second):
    page = tmp_path / "briefing.md"
    page.write_text(BRIEFS.format(title="Meridian World Briefing", first=first, second=second))
    articles = read_paths([page]).articles
    briefs = [a for a in articles if "killed" in a.text or "injured" in a.text]
    assert len(briefs) == 2 and all("killed" not in a.text for a in briefs[1:])
    assert {(a.source, a.published) for a in articles} == {("Meridian Newswire", "2025-08-12")}
    assert not any("Sports Desk" in a.text or "Cocoa" in a.text for a in articles)  # meta bar, 'Most read' list
    for article in articles:
        assert_line_mapping(article)


def test_a_feature_with_subheadings_is_one_article(tmp_path):
    # sections of one story under bold subheadings: not a page of briefs
    page = tmp_path / "feature.md"
    page.write_text(BRIEFS.format(title="How the chairlift failed", first="**The cable**", second="**The road**")
                    .replace("World Briefing | 41 minutes ago | Share 87 | Comments 9", "By Ann Lyle"))
    assert len(read_paths([page]).articles) == 1


def test_a_brief_whose_time_follows_its_text_starts_at_its_bold_headline(tmp_path):
    # the first brief: headline, time, text; the next ones: headline, text, then the time and a
    # counter. Each brief is a story of its own, not the tail of the one above it.
    page = tmp_path / "top-stories.md"
    page.write_text("---\ntitle: Top stories\nsource: Linkwell\npublished: 2026-04-03\n---\n\n"
                    "**Ferry strike called off**\n\n20 minutes ago\n\n"
                    "Crews on the Ardlow ferries voted to accept a 4% pay offer on Friday.\n\nRead more\n\n1.4k\n\n"
                    "**Mill fire: 31 families moved out**\n\n"
                    "Thirty-one families were moved out of homes beside the Holm Street mill on Saturday.\n\n"
                    "2 hours ago\n\nShare\n\n"
                    "**Bypass opens a year late**\n\n"
                    "The 6km Kelby bypass opened to traffic on Sunday, a year behind schedule.\n\n3 hours ago\n")
    articles = read_paths([page]).articles
    assert [a.title for a in articles] == ["Ferry strike called off", "Mill fire: 31 families moved out",
                                           "Bypass opens a year late"]
    assert ["Thirty-one" in a.text for a in articles] == [False, True, False]
    assert not any("2 hours ago" in a.text or "Share" in a.text for a in articles)
    for article in articles:
        assert_line_mapping(article)


def test_stories_under_a_bar_of_time_and_outlet_are_cut_apart_and_dated_by_it(tmp_path):
    # a 'top stories' page: each story a headline in bold over a bar of its time and outlet
    # ('18 minutes ago · Tarrow Echo'), then its text, 'Read more' and a lone share counter
    page = tmp_path / "top-stories.md"
    page.write_text("---\ntitle: Pageful | Top stories this hour\nsource: Pageful\npublished: 2027-03-09\n---\n\n"
                    "Pageful  Home  World  Sport\n\n"
                    "**Tarrow: four more arrested over quarry fire**\n18 minutes ago · Tarrow Echo\n\n"
                    "Police have arrested four more people over the quarry fire, taking the total to nine.\n\n"
                    "Read more\n\n14\n\n"
                    "**Harwick: new bridge opens to traffic**\nyesterday \u00b7 via Harwick Gazette\n\n"
                    "The 240-metre Cole Bridge opened to traffic on Monday, two months late.\n\nRead more\n\n3\n\n"
                    "**Dunmere: library hours cut**\nMeridian Wire | a few days ago\n\n"
                    "The city's 11 libraries will open for 38 hours a week from April.\n")
    stories = [a for a in read_paths([page]).articles if a.source != "Pageful"]
    assert [(a.title, a.source, a.published) for a in stories] == [
        ("Tarrow: four more arrested over quarry fire", "Tarrow Echo", "2027-03-09"),
        ("Harwick: new bridge opens to traffic", "Harwick Gazette", "2027-03-08"),
        ("Dunmere: library hours cut", "Meridian Wire", None),  # (a vague time dates nothing)
    ]
    assert stories[0].text.strip() == "Police have arrested four more people over the quarry fire, taking the total to nine."
    assert not any("Read more" in a.text or "14" == a.text.strip()[-2:] for a in stories)
    for article in read_paths([page]).articles:
        assert_line_mapping(article)


@pytest.mark.parametrize("line, days", [
    ("18 minutes ago", 0), ("2 hours ago", 0), ("3h ago", 0), ("an hour ago", 0), ("just now", 0),
    ("Updated 5 mins ago", 0), ("yesterday", 1), ("last night", 1), ("3 days ago", 3), ("1d ago", 1),
    ("2 weeks ago", 14), ("a few days ago", None), ("2 months ago", None), ("Tarrow Echo", None),
])
def test_how_many_days_before_the_page_a_relative_time_puts_a_story(line, days):
    from factcheck.ingest.aggregator import days_ago
    assert days_ago(line) == days
