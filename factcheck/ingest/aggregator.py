"""Split pages scraped from news aggregators into one story per outlet.

Much real input is a saved aggregator page: a lead article, then site chrome
("Comments", "Be the first to comment", "Related Articles", an app promotion,
share counters), then related stories.  Each related story opens with a short
*header*, in this shape::

    Riverside Gazette          <- the outlet's name alone on a line
    2 hours ago                <- a relative time
    - Riverside Gazette        <- dash, space, outlet
    Headline of the story
    Body as one long paragraph ...

Reading such a page as one article would mix several outlets' figures in one
"article" and let chrome and counters leak into the claims.  This module finds
the headers, cuts the page at them, and keeps each story's body.

Line mapping: ``Article.text`` must keep the file's line numbering
(``first_line`` + newlines before an offset = file line).  A story's text is
therefore the run of file lines from its first body line to its last one, and
junk lines *inside* that run (chrome, lone counters, relative times) are
replaced by empty lines: same line count, nothing of the junk left.

Detection is by the header pattern, not by any page's exact words: a
relative-time line with an outlet line before it and/or a "- outlet" line after
it, or an outlet line directly followed by "- <same outlet>".  One such header
is enough to treat the page as an aggregator page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A relative time as aggregators print it: "18 minutes ago", "an hour ago",
#: "3h ago", "yesterday", optionally after "Updated"/"Published" or a bullet.
_RELATIVE_TIME_RE = re.compile(
    r"""^(?:updated|published|posted)?\s*
    (?:
        (?:about|around|over|almost|nearly|less\ than|more\ than)?\s*
        (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\ few|few|several)\s*
        (?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)
        \s+ago
      | just\ now | moments?\ ago | yesterday | today | earlier\ today | last\ night
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

#: A lone number (share/like/comment counter): "13", "1,204", "2.3K".
_COUNTER_RE = re.compile(r"^\d[\d,.]*\s?[kKmM]?$")

#: "- Outlet", "– Outlet", "— Outlet".
_DASH_OUTLET_RE = re.compile(r"^[-\u2013\u2014]\s+(\S.*)$")

#: Hashtag rows: "#flood #weather".
_HASHTAGS_RE = re.compile(r"^(?:#\w+[\s,]*)+$")

#: Chrome lines matched whole (lower-cased, trailing punctuation removed).
_CHROME_LINES = frozenset({
    "hashtags", "hashtag", "tags", "topics", "comments", "comment", "no comments",
    "no comments yet", "add a comment", "leave a comment", "post a comment", "view comments",
    "show comments", "be the first to comment", "related", "related articles",
    "related stories", "related news", "related coverage", "more on this story",
    "read more", "read full article", "read the full article", "continue reading",
    "full story", "full coverage", "see more", "see all", "load more", "show more",
    "view more", "more stories", "more news", "top stories", "latest", "latest news",
    "trending", "trending now", "most read", "most popular", "popular", "recommended",
    "recommended for you", "you may also like", "you might also like", "share",
    "share this", "share this article", "share this story", "share article",
    "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "promoted",
    "follow", "follow us", "subscribe", "log in", "login", "sign in", "sign up",
    "register", "reply", "like", "likes", "report", "copy link", "link copied", "print",
    "email", "e-mail", "whatsapp", "facebook", "twitter", "x", "linkedin", "telegram", "tweet",
    "reddit", "pinterest", "close", "menu", "home", "back to top", "skip to content",
    "listen", "listen to this article", "save", "bookmark", "story continues below",
    "article continues below", "continue reading below", "story continues below advertisement",
})

#: Chrome recognised by a phrase anywhere in a short line.
_CHROME_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"^(?:there are )?no comments(?: yet)?\b",
    r"\bfirst to (?:comment|reply|share)\b",
    r"\b(?:download|get|install|try)\s+(?:our|the)\b.*\bapp\b",
    r"\bbreaking news alerts?\b",
    r"^(?:sign up|subscribe|register)\b.*\b(?:newsletter|alerts?|updates|free|now|today|here)\b",
    r"\bour newsletter\b",
    r"\ball rights reserved\b",
    r"^(?:©|\(c\)\s*\d{4}|copyright\b)",
    r"\bprivacy policy\b",
    r"\bterms (?:of|and) (?:use|service|conditions)\b",
    r"\b(?:we use|accept(?: all)?) cookies\b",
    r"^\d[\d,.]*\s?[km]?\s+(?:comments?|shares?|likes?|views?|reactions?|replies)$",
    r"^(?:comments?|shares?|likes?|views?|reactions?)\s*[:(]?\s*\d[\d,.]*\s?[km]?\)?$",
    r"^(?:click|tap) here\b",
    r"^\d+\s*(?:min|mins|minutes?)\.?\s+read$",  # "3 min read"
    r"^read(?:ing)? time:?\s+\d+\s*(?:min|mins|minutes?)$",  # "Read time 2 min"
    r"^(?:read|see|view|show|load) (?:more|all|full)\b",
    r"^advertisement\b",
)]

#: "3 min read", "Read time 2 min".
_READ_TIME_RE = re.compile(r"^(?:\d+\s*(?:min|mins|minutes?)\.?\s+read|read(?:ing)? time:?\s+\d+\s*(?:min|mins|minutes?))$",
                           re.IGNORECASE)
#: A desk or bureau's name in a meta bar: "Sports Desk", "Kheravati Bureau".
_DESK_RE = re.compile(r"^(?:[A-Z][\w'-]*\s+){0,2}(?:Desk|Bureau|Staff|Reporter|Correspondent)$")

#: Chrome lines are short; a longer line is copy even if it has a chrome word.
_MAX_CHROME_WORDS = 12
#: An outlet name is short and carries no sentence punctuation at its end.
_MAX_OUTLET_WORDS = 8
_MAX_OUTLET_CHARS = 60
#: Longer first lines are a paragraph, not a headline.
_MAX_HEADLINE_CHARS = 200
_LEADING_BULLETS = " \t\u00b7\u2022|"


@dataclass
class Story:
    """One article cut out of an aggregator page (file line numbers)."""

    text: str
    first_line: int
    title: str = ""
    source: str = ""
    days_ago: int | None = None  # how long before the page's date its header puts it ('2 hours ago': 0)


@dataclass
class _Header:
    start: int      # index of the header's first line
    end: int        # index of its last line
    source: str
    title: str = ""  # a brief's own headline ("**Evacuees face weekend away**" over "18 minutes ago")
    days_ago: int | None = None  # from the header's relative time, if it has one


#: A headline set in markdown bold or as a markdown heading: "**Evacuees face weekend away**", "## Evacuees ...".
_MARKED_HEADLINE_RE = re.compile(r"^(?:\*\*|__)(?P<bold>[^*_].*?)(?:\*\*|__)$|^#{1,6}\s+(?P<heading>\S.*)$")
#: The end of a sentence: a word in lower case, then a full stop ("... said last night.").
_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.]['\"\u2019\u201d]?$")


def marked_headline(line: str) -> str | None:
    """The words of a headline the page sets in markdown bold or as a heading, else None."""
    match = _MARKED_HEADLINE_RE.match(line.strip())
    return (match.group("bold") or match.group("heading")).strip() if match else None


def is_relative_time(line: str) -> bool:
    return bool(_RELATIVE_TIME_RE.match(line.strip(_LEADING_BULLETS)))


#: The number and unit of a relative time ('18 minutes ago', '3d ago', 'an hour ago').
_AGO_RE = re.compile(r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*([a-z]+)\s+ago$", re.I)
_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10}


def days_ago(line: str) -> int | None:
    """How many days before the page's date a relative time puts a story: 0 for minutes, hours, 'just
    now' or 'today', 1 for 'yesterday' or 'last night', the days or weeks told; None for anything vaguer
    ('a few days ago', '2 months ago') or no relative time."""
    stripped = line.strip(_LEADING_BULLETS).strip().lower()
    if not is_relative_time(stripped):
        return None
    if re.search(r"\b(?:yesterday|last night)$", stripped):
        return 1
    if re.search(r"\b(?:just now|moments? ago|today)$", stripped):
        return 0
    match = _AGO_RE.search(stripped)
    if match is None:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else _AGO_WORDS[match.group(1).lower()]
    unit = match.group(2).lower()
    if unit[0] in "sh" or unit.startswith("m") and not unit.startswith("mo"):
        return 0  # seconds, minutes, hours
    if unit[0] == "d":
        return count
    if unit[0] == "w":
        return 7 * count
    return None


def is_counter(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 10 and bool(_COUNTER_RE.match(stripped))


def is_chrome(line: str) -> bool:
    """Site furniture: navigation, sharing, comments, promotion, hashtags."""
    stripped = line.strip(_LEADING_BULLETS)
    if not stripped or len(stripped.split()) > _MAX_CHROME_WORDS:
        return False
    if _HASHTAGS_RE.match(stripped):
        return True
    key = stripped.lower().rstrip(" .:!…>»›").strip()
    key = re.sub(r"\s*\(\d[\d,.]*\)$", "", key)   # "Comments (13)"
    if key in _CHROME_LINES:
        return True
    if any(p.search(stripped) for p in _CHROME_PATTERNS):
        return True
    # a bar of sharing and comment links: "Share 312 | Tweet | Email | Print", "Comments 27 | Read more"
    items = [item for item in re.split(r"\s*[|\u00b7]\s*", stripped) if item]
    return len(items) > 1 and all(is_chrome(item) for item in items)


def is_junk(line: str) -> bool:
    """A line that must not reach any article text of an aggregator page: also a bar of such
    items, with a desk's name at most ('*Sports Desk | 18 minutes ago | 2 min read*',
    '32 minutes ago | Share 1.2K | Comments 47')."""
    stripped = line.strip().strip("*_").strip()
    if is_counter(stripped) or is_relative_time(stripped) or is_chrome(stripped):
        return True
    items = [item.strip() for item in re.split(r"\s*[|\u00b7]\s*", stripped) if item.strip()]
    return len(items) > 1 and any(is_relative_time(item) for item in items) and all(
        is_counter(item) or is_relative_time(item) or is_chrome(item) or _READ_TIME_RE.match(item)
        or _DESK_RE.match(item) or _via_outlet(item) for item in items)


#: "via Hollister Creek Dispatch": where a brief comes from.
_VIA_RE = re.compile(r"^via\s+(\S.*)$", re.IGNORECASE)


def _via_outlet(item: str) -> str | None:
    match = _VIA_RE.match(item.strip())
    return match.group(1).strip() if match and looks_like_outlet(match.group(1)) else None


def _brief_source(lines: list[str], start: int, end: int) -> str:
    """The outlet a brief is credited to in its meta bar ('18 minutes ago · via Meridian Wire'), or ''."""
    for line in lines[start:min(end, start + 4)]:
        if line.strip() and is_junk(line):
            for item in re.split(r"\s*[|\u00b7]\s*", line.strip().strip("*_")):
                if outlet := _via_outlet(item):
                    return outlet
    return ""


def dash_outlet(line: str) -> str | None:
    """The outlet of a "- Outlet" line, else ``None``."""
    match = _DASH_OUTLET_RE.match(line.strip())
    if match and looks_like_outlet(match.group(1)):
        return match.group(1).strip().rstrip(".")
    return None


def looks_like_outlet(line: str) -> bool:
    """Short, name-like, no sentence end: could be an outlet alone on a line."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_OUTLET_CHARS:
        return False
    if len(stripped.split()) > _MAX_OUTLET_WORDS or stripped[-1] in ",;:!?":
        return False
    if stripped[-1] == "." and len(stripped.split()) > 3:
        return False  # a short sentence ending a story ('Blip said it opened 20 stores.'), not 'Reuters.'
    if not any(c.isalpha() for c in stripped) or stripped[0] in "-\u2013\u2014#":
        return False
    return not (is_relative_time(stripped) or is_counter(stripped) or is_chrome(stripped))


def _same_outlet(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"[^a-z0-9]", "", s.lower())
    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka == kb or ka in kb or kb in ka)


def _previous_content(lines: list[str], i: int) -> int:
    """Index of the nearest line before ``i`` that is neither blank nor a counter."""
    j = i - 1
    while j >= 0 and (not lines[j].strip() or is_counter(lines[j])):
        j -= 1
    return j


def _next_content(lines: list[str], i: int) -> int:
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or is_counter(lines[j])):
        j += 1
    return j


def _bar_items(line: str) -> list[str]:
    """The items of a meta bar, between its bars, dots or bullets ('18 minutes ago · Konkan Daybreak')."""
    return [item.strip() for item in re.split(r"\s*[|\u00b7\u2022]\s*", line.strip().strip("*_")) if item.strip()]


def time_and_outlet(line: str) -> str | None:
    """The outlet of a meta bar that gives a relative time and an outlet's name ('18 minutes ago ·
    Konkan Daybreak', 'Meridian Wire | 2 hours ago'), with chrome at most beside them, else None."""
    items = _bar_items(line)
    if len(items) < 2 or not any(is_relative_time(item) for item in items):
        return None
    names = [item for item in items if not (is_relative_time(item) or is_counter(item) or is_chrome(item)
                                            or _READ_TIME_RE.match(item))]
    if len(names) != 1:
        return None
    name = _via_outlet(names[0]) or names[0]
    return name if looks_like_outlet(name) and not _DESK_RE.match(name) else None


def _header_at_meta_bar(lines: list[str], i: int, taken: int, outlet: str) -> _Header:
    """Header of a meta bar of time and outlet on line ``i``, with the headline above it if the page
    sets one in bold or as a heading ('**India: more tortoises die**' over '18 minutes ago · Konkan Daybreak')."""
    before = _previous_content(lines, i)
    ago = next((days for item in _bar_items(lines[i]) if (days := days_ago(item)) is not None), None)
    if before > taken and marked_headline(lines[before]):
        return _Header(start=before, end=i, source=outlet, title=marked_headline(lines[before]), days_ago=ago)
    return _Header(start=i, end=i, source=outlet, days_ago=ago)


def find_headers(lines: list[str]) -> list[_Header]:
    """Story headers of a page, in order (see the module docstring)."""
    headers: list[_Header] = []
    taken = -1   # last line index already inside a header
    for i, line in enumerate(lines):
        if i <= taken:
            continue
        header = _header_at_time_line(lines, i, taken) if is_relative_time(line) else None
        if header is None and (outlet := time_and_outlet(line)):
            header = _header_at_meta_bar(lines, i, taken, outlet)
        if header is None and looks_like_outlet(line):
            header = _header_without_time(lines, i)
        if header is not None:
            headers.append(header)
            taken = header.end
    return headers


def _header_at_time_line(lines: list[str], i: int, taken: int) -> _Header | None:
    """Header around the relative time on line ``i``, if an outlet is next to it."""
    members = [i]
    outlet = dashed = ""
    before = _previous_content(lines, i)
    after = _next_content(lines, i)
    dashed_after = after < len(lines) and dash_outlet(lines[after])
    if before > taken and marked_headline(lines[before]) and not dashed_after:
        # a brief of the page's own outlet: its headline, then the time ('**Evacuees face weekend away**')
        return _Header(start=before, end=i, source="", title=marked_headline(lines[before]))
    if before > taken:
        name = dash_outlet(lines[before])
        if name:                                  # "- Outlet" then the time
            members.append(before)
            dashed = name
            above = _previous_content(lines, before)
            if above > taken and looks_like_outlet(lines[above]) and _same_outlet(lines[above], name):
                members.append(above)
        elif looks_like_outlet(lines[before]):
            outlet = lines[before].strip()
    if after < len(lines) and not dashed:
        name = dash_outlet(lines[after])
        if name:
            members.append(after)
            dashed = name
    if outlet and (not dashed or _same_outlet(outlet, dashed) or len(outlet.split()) <= 4):
        members.append(before)
    elif outlet and dashed:
        outlet = ""      # the line above is the end of something else (a headline?)
    if len(members) == 1:
        return None
    return _Header(start=min(members), end=max(members), source=dashed or outlet, days_ago=days_ago(lines[i]))


def _header_without_time(lines: list[str], i: int) -> _Header | None:
    """"Outlet" directly followed by "- Outlet": a header whose time is missing."""
    after = _next_content(lines, i)
    if after >= len(lines):
        return None
    name = dash_outlet(lines[after])
    if name and _same_outlet(lines[i], name):
        return _Header(start=i, end=after, source=name)
    return None


def looks_like_headline(line: str) -> bool:
    """Short, not junk, and no sentence: a story's first paragraph ('The 29 residents evacuated ...
    said last night.') is its text, never its headline."""
    stripped = line.strip()
    return (0 < len(stripped) <= _MAX_HEADLINE_CHARS and not is_junk(stripped)
            and not _SENTENCE_END_RE.search(stripped))


def _story(lines: list[str], start: int, end: int, line_offset: int,
           take_title: bool, source: str) -> Story | None:
    """Build a story from ``lines[start:end]``: optional headline, then body."""
    content = [k for k in range(start, end) if lines[k].strip() and not is_junk(lines[k])]
    if not content:
        return None
    title = ""
    body = content
    if take_title and looks_like_headline(lines[content[0]]) and len(content) > 1:
        title = lines[content[0]].strip()
        body = content[1:]
    first, last = body[0], body[-1]
    kept = ["" if is_junk(lines[k]) else lines[k] for k in range(first, last + 1)]
    return Story(text="\n".join(kept), first_line=line_offset + first, title=title, source=source)


#: Words that call a page a set of briefs: "News in brief", "City Briefs", "Quillon Digest",
#: "Weekend round-up", "Latest news", "Regional live".
_BRIEFS_PAGE_RE = re.compile(r"\b(?:in brief|briefs?|briefing|digest|round-?up|latest|live)\b", re.IGNORECASE)


def is_briefs_page(words: str) -> bool:
    """Do a page's title, its first line or its address call it a set of briefs?"""
    return bool(_BRIEFS_PAGE_RE.search(words or ""))


#: A headline in capitals: "UK: SEVEN HURT IN CRASH BLAMED ON POTHOLE" (three words or more, no sentence end).
_CAPITALS_HEADLINE_RE = re.compile(r"^(?=(?:.*?[A-Z]){8})[^a-z.!?|]*[A-Z][^a-z.!?|]*\s[^a-z.!?|]*\s[^a-z.!?|]*$")


def brief_headline(line: str) -> str | None:
    """The words of a brief's headline: set in markdown bold or as a heading, or in capitals."""
    stripped = line.strip()
    marked = marked_headline(stripped)
    if marked is not None:
        return marked
    return stripped if len(stripped) <= _MAX_HEADLINE_CHARS and _CAPITALS_HEADLINE_RE.match(stripped) else None


def _standalone_headlines(lines: list[str]) -> list[int]:
    """Indexes of brief headlines on a line of their own."""
    return [k for k, line in enumerate(lines)
            if brief_headline(line) and (k == 0 or not lines[k - 1].strip())
            and (k + 1 == len(lines) or not lines[k + 1].strip())]


def split_briefs(text: str, first_line: int = 1) -> list[Story] | None:
    """Cut a page of briefs (a briefing, a digest, news in brief) at the headlines its briefs
    open with, or ``None`` when it has fewer than two. The briefs are the page's outlet's (no
    source of their own) unless their meta bar credits another ('via Meridian Wire'); what
    comes before the first is the page's lead, and a headline that is site furniture ("**Most
    read**") starts no brief: the list under it is left out. A brief keeps its headline as its
    first line, as a story's text does on a page of one story."""
    lines = text.split("\n")
    heads = _standalone_headlines(lines)
    if sum(1 for k in heads if not is_junk(brief_headline(lines[k]))) < 2:
        return None
    stories: list[Story] = []
    lead = _story(lines, 0, heads[0], first_line, take_title=False, source="")
    if lead is not None:
        stories.append(lead)
    for head, following in zip(heads, heads[1:] + [len(lines)]):
        title = brief_headline(lines[head])
        if is_junk(title):
            continue
        # the headline stays in the brief's text too: its figures are the brief's claims ('FOUR MEN ARRESTED')
        story = _story(lines, head, following, first_line, take_title=False,
                       source=_brief_source(lines, head + 1, following))
        if story is not None and story.text.strip() != lines[head].strip():
            story.title = title
            stories.append(story)
    return stories


def _with_bold_headlines(lines: list[str], headers: list[_Header]) -> list[_Header]:
    """The headers of an aggregator page and, as headers of the page's own briefs, the headlines it
    sets in bold or as a heading on a line of their own that no header holds: a brief whose time
    comes after its text ('**Ballykeeran farmer laid to rest**', its text, then '1 hour ago')
    starts there too, not inside the story above it."""
    held = {k for header in headers for k in range(header.start, header.end + 1)}
    extra = [_Header(start=k, end=k, source="", title=marked_headline(lines[k]) or "")
             for k in _standalone_headlines(lines)
             if k not in held and marked_headline(lines[k]) and not is_junk(marked_headline(lines[k]))
             and k > headers[0].start]
    return sorted([*headers, *extra], key=lambda header: header.start)


def split_aggregator(text: str, first_line: int = 1, lead_title: bool = True) -> list[Story] | None:
    """Cut an aggregator page into stories, or ``None`` when ``text`` is not one.

    ``first_line`` is the file line of ``text``'s first line (after any front
    matter).  The lead story comes first, with no source (the caller may know
    it from front matter); each related story carries its outlet as source.
    ``lead_title=False`` when the caller already knows the lead's title (front
    matter), so the lead's first line stays in its text. A brief of the page's own outlet (a
    headline in markdown bold, then a relative time) has no source either, and its headline.
    """
    lines = text.split("\n")
    headers = find_headers(lines)
    if not headers:
        return None
    headers = _with_bold_headlines(lines, headers)
    stories: list[Story] = []
    lead = _story(lines, 0, headers[0].start, first_line, take_title=lead_title, source="")
    if lead is not None:
        stories.append(lead)
    for header, following in zip(headers, headers[1:] + [None]):
        end = following.start if following is not None else len(lines)
        story = _story(lines, header.end + 1, end, first_line, take_title=not header.title, source=header.source)
        if story is not None:
            story.title = header.title or story.title
            story.days_ago = header.days_ago
            stories.append(story)
    return stories
