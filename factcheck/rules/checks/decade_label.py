"""Check kind ``decade-label``: "the shed was built in 1994" and "the 1980s shed".

A thing made in one year is a thing of that year's decade. Where an article
says a thing was made in a year ("the shed was built in 1994", "the system
was installed in 1998", "The spire, which rises 64 metres above the town,
was completed in 1871") and elsewhere calls a thing of the very same noun by
a decade that rules the year out ("the 1980s shed", "the 1980s-era system",
"our 1970s exchange"), the two cannot both be right.

No list of nouns is needed: the noun itself, written in both places, ties
the two statements. The year's noun is the word right before the verb of
making, or before a clause set off by commas or a relative "which", or the
thing someone is said to have made ("the dike his father helped build in
1947"), or the object of a verb of making ("put up 24 bungalows in 1982"); the
decade's noun is one of the two words right after it ("the 1970s water
tower"; a century too: "this 18th-century ghat"). The rule lists the verbs
of making (``verbs``); a phrase with "first" ("first held in 1926", "first
lit in 1873") is one too. A thing
counted among things of a decade ("the Palm House is one of the finest
1890s glasshouses") takes the one year of making of its own sentence.

Left alone:

* an article that gives the noun two years of making (two sheds);
* a decade marked as another one or as a style (``other_words``: "the new
  1980s shed", "a 1930s-style cinema");
* a year one either side of the decade (a build may take two years);
* a decade and a year both brought in with "a" or "an" ("rooms in a 1920s
  lodge, a motel wing built in 1968 and a lodge added in 2020"): two things;
* for verbs that start an organisation rather than make a thing
  (``founding_verbs``: "founded", "set up", "opened"), a year before the
  decade: "the club, founded in 1983" may well be "the 1990s club", the club
  as it was then; only a year after the decade rules the label out.

FC402 reads buildings with a list of nouns and the words reporters use for
one structure ("the plant" and "the factory"); this check needs the same
word, and finds what that list does not name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.model import Claim
from factcheck.rules.checks.event_decade import name_told_with
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.sentences import Period, is_decade, period, period_of, sentences_by_article, with_article
from factcheck.rules.checks.stories import story_pairs
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "required": ["verbs"],
    "additionalProperties": False,
    "properties": {
        "verbs": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "founding_verbs": WORD_LIST,
        "other_words": WORD_LIST,
    },
}

#: Words before a decade that name a known thing: "the 1980s shed", "our 1970s exchange".
_LABEL_BEFORE = re.compile(r"\b(?:the|its|their|our|that|this|his|her|a|an)\s+"
                           r"(?:(?:original|old|ageing|aging|crumbling|surviving|former)\s+)?"
                           r"(?:(?:early|mid|late)[\s-]*)?$", re.I)
#: The two words after a decade: "-era system", " water tower", "-built trawler was".
_LABEL_AFTER = re.compile(r"^(?:-(?:era|vintage|built|made))?\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?", re.I)
#: Before a decade: the thing is counted among things of that decade ('one of the finest 1890s
#: glasshouses', 'one of the 1970s pioneers', 'one of three 1950s-era high-rises').
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:(?:the|its|their|our)\s+|a\s+handful\s+of\s+|"
                            r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                            r"(?:[a-z]+est\s+|first\s+|last\s+|few\s+|surviving\s+|remaining\s+)?$", re.I)
#: Right before a noun phrase: an indefinite article, with at most two words between ('a motel wing').
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
_STOP = {"it", "its", "which", "that", "this", "was", "were", "is", "are", "be", "been", "and", "or", "the", "a",
         "an", "of", "in", "on", "at", "to", "by", "for", "with", "they", "we", "he", "she", "who", "had", "has"}


def _made_before(verbs: list[str], clause: bool = True) -> re.Pattern:
    """Right before a year: a noun, then the thing was made ('shed was built in ', 'shed, added in '; with
    ``clause``, also across a clause set off by commas: 'spire, ..., was completed in ')."""
    alternation = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    # (right before: 'shed, added in', 'shed which was added in'; not 'which serves 4,000 homes, was put up in',
    # whose comma closes a clause about another noun)
    between = (r"(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){0,80},|,)?" if clause
               else r"(?:,(?!\s+(?:was|were|had|has|is|are)\b))?")
    # (a place named after the noun is where it stands: 'The tower at Dunvarrow was built in ')
    at_place = r"(?:\s+(?:at|in|on|near)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
    # (a numbered name ends the noun: 'Lock and Dam No. 19 was completed in ')
    return re.compile(r"\b([a-z][a-z-]+)(?:['’]s)?(?:\s+No\.?\s*\d+)?" + at_place + between + r"\s+(?:(?:which|that)\s+)?"
                      r"(?:(?:was|were|had been|has been|is|are)\s+(?:(?:most|very|probably|[a-z]+ly)\s+){0,2})?"
                      r"(?:(?:first|originally)\s+)?"
                      r"(" + alternation + r"|first\s+[a-z]+(?:\s+on)?|began\s+[a-z]+ing)\s+"
                      r"(?:[a-z]+\s+){0,3}?(?:back\s+)?in\s+$", re.I)


#: Verbs of making and their base forms, as written after a maker ('his father helped build').
_BASE_FORMS = {"built": "build", "made": "make", "planted": "plant", "laid": "lay", "dug": "dig", "put up": "put up",
               "erected": "erect", "designed": "design", "painted": "paint", "carved": "carve", "installed": "install"}
_PAST_FORMS = {base: past for past, base in _BASE_FORMS.items()}


#: After a noun: the number of a numbered name ('Dam No. 19').
_NUMBERED_NAME = re.compile(r"\s+No\.?\s*\d+")
#: The capitalised words a name ends with, joined by 'and' or 'of' ('Lock and Dam', 'Tower of London').
_NAME_AT_END = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|&)\s+)?)*[A-Z][\w'’-]*)$")


def _name_words(before: str) -> frozenset[str]:
    """The words of the name that ends ``before`` ('Lock and Dam' -> {'lock', 'dam'}), singular."""
    match = _NAME_AT_END.search(before)
    if match is None:
        return frozenset()
    return frozenset(singular_noun(w.lower()) for w in match.group(1).split() if w[:1].isupper())


def _made_by_someone(verbs: list[str]) -> re.Pattern:
    """Right before a year: a thing, then who made it ('the dike his father helped build in ',
    'the house my grandfather built in '): the thing is the noun before the maker."""
    forms = sorted({re.escape(f) for v in verbs if v in _BASE_FORMS for f in (v, _BASE_FORMS[v])}, key=len, reverse=True)
    return re.compile(r"\b(?:the|its|their|our|his|her)\s+(?:[a-z-]+\s+)?([a-z][a-z-]+)\s+(?:that\s+|which\s+)?"
                      r"(?:my|his|her|their|our|its|the)\s+[a-z]+\s+(?:had\s+)?(?:helped\s+(?:to\s+)?)?"
                      r"(" + "|".join(forms) + r")\s+(?:back\s+)?in\s+$", re.I)


def _made_in_active(verbs: list[str]) -> re.Pattern:
    """Right before a year: a verb of making and what it made ('a developer put up 24 bungalows in ',
    'the council planted the limes in ')."""
    alternation = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(r"\b(" + alternation + r")\s+(?:the\s+|its\s+|their\s+|\d[\d,]*\s+|"
                      r"(?:two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+)"
                      r"(?:[a-z-]+\s+)?([a-z][a-z-]+)\s+in\s+$", re.I)


#: Verbs of a phrase told in the past tense ('began production'), with their perfect ('have begun').
_PERFECT = {"began": "have begun", "started": "have started", "went": "have gone", "entered": "have entered"}


def _said_to(verb: str) -> str:
    """What a thing is said to have had done to it: 'be built', 'have begun production'."""
    first, _, rest = verb.partition(" ")
    return f"{_PERFECT[first]} {rest}" if rest and first in _PERFECT else f"be {verb}"


#: The work a verb of making makes, named by the verb's own noun ('woven' - 'the 1650s weavings').
_WORK_OF_VERB = {"woven": "weaving", "painted": "painting", "carved": "carving", "drawn": "drawing",
                 "engraved": "engraving", "etched": "etching", "embroidered": "embroidery", "cast": "casting",
                 "sculpted": "sculpture", "printed": "print", "knitted": "knitting", "stitched": "stitching"}


def _label_noun(made: "Made", nouns: set[str], text: str) -> str | None:
    """The label's noun the statement of making speaks of: its own noun, or for a name the noun the
    copy sets after it ('Kerrigan Deep began production' in copy of 'the Kerrigan Deep gold mine')."""
    if made.noun in nouns:
        return made.noun
    if not made.named and _WORK_OF_VERB.get(made.verb) in nouns:
        return _WORK_OF_VERB[made.verb]  # 'the tapestries were woven in 1623' / 'the 1650s weavings'
    if made.named and nouns & made.name_words:
        return min(nouns & made.name_words)  # 'Lock and Dam No. 19 was completed' / 'the 1950s-era lock'
    return next((n for n in nouns if name_told_with(made.noun, n, text)), None) if made.named else None


@dataclass
class Made:
    """One article's statement that a thing was made in a year."""

    claim: Claim
    noun: str
    verb: str
    indefinite: bool  # 'a lodge added in 2020': a thing brought in, maybe not one named before
    named: bool = False  # the noun is a name's last word ('Kerrigan Deep began production in 1994')
    name_words: frozenset[str] = frozenset()  # a numbered name's words ('lock', 'dam' of 'Lock and Dam No. 19')


@check("decade-label", params=PARAMS)
def decade_label(rule, audit):
    """A year of making outside the decade the article gives a thing of the same noun."""
    # the noun right before the verb first: 'members in Britain, said ... the weaving shed, added in 1983' is the shed's year
    made_right_before, made_before = _made_before(rule.params["verbs"], clause=False), _made_before(rule.params["verbs"])
    founding = {v.lower() for v in rule.params.get("founding_verbs", [])}
    made_by_someone = _made_by_someone(rule.params["verbs"])
    # (a founding verb's object may be anything: 'opened the first cafe on Kamath Road in 2011')
    made_in_active = _made_in_active([v for v in rule.params["verbs"] if v.lower() not in founding])
    other = {w.lower() for w in rule.params.get("other_words", [])}
    year_made = re.compile(r"\b(" + "|".join(sorted((re.escape(v) for v in rule.params["verbs"]), key=len, reverse=True))
                           + r"|first\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:back\s+)?in\s+$", re.I)
    told: dict[str, tuple[str, list[Made], list]] = {}  # article -> its text, things made and decade labels
    for article_id, article_sentences in sentences_by_article(audit).items():
        article = audit.articles.get(article_id)
        text = f"{article.title or ''}\n{article.text}" if article is not None else ""
        made: list[Made] = []
        labels: list[tuple[Claim, Period, set[str], bool]] = []  # (decade, its years, its nouns, after 'a' or 'an')
        for sentence in article_sentences:
            for c in sentence.claims:
                span = period(sentence, c)  # a decade or a century ('the 1980s shed', 'this 18th-century ghat')
                if span is None and (c.kind != "year" or c.low is None):
                    continue
                if span:
                    before = sentence.before(c, 40)
                    after = _LABEL_AFTER.match(sentence.after(c, 40, span.skip))
                    if _ONE_OF_BEFORE.search(before) and after and not other & {w.lower() for w in after.groups() if w}:
                        # 'Built in 1884, the Palm House is one of the finest 1890s glasshouses': the
                        # sentence's year of making is the year of the thing it counts among them
                        noun = singular_noun(after.group(1).lower())
                        years = [(y, verb) for y in sentence.claims if y.kind == "year" and not is_decade(y)
                                 and y.low is not None and y.low == y.high
                                 and (verb := year_made.search(sentence.before(y, 60)))]
                        if len(years) == 1 and noun not in _STOP:
                            labels.append((c, span, {noun}, False))
                            made.append(Made(years[0][0], noun, years[0][1].group(1).lower(), False))
                    elif _LABEL_BEFORE.search(before) and after:
                        words = [w.lower() for w in after.groups() if w]
                        if not (other & set(words) or other & set(re.findall(r"[a-z-]+", before.lower()[-25:]))):
                            labels.append((c, span, {singular_noun(w) for w in words} - _STOP,
                                           bool(_INDEFINITE_BEFORE.search(before))))
                elif c.low == c.high:
                    before = sentence.before(c, 160)
                    match = next((m for m in (made_right_before.search(before), made_before.search(before))
                                  if m and m.group(1).lower() not in _STOP), None)
                    if match:
                        indefinite = bool(_INDEFINITE_BEFORE.search(before[:match.start()]))
                        # a capital not opening the sentence (the window may start inside a long one) is a name's
                        opens_sentence = match.start(1) == 0 and len(before) < 160
                        numbered = bool(_NUMBERED_NAME.match(before, match.end(1)))  # ('Lock and Dam No. 19')
                        made.append(Made(c, singular_noun(match.group(1).lower()), match.group(2).lower(), indefinite,
                                         named=numbered or (match.group(1)[0].isupper() and not opens_sentence),
                                         name_words=_name_words(before[:match.end(1)]) if numbered else frozenset()))
                    elif (by_someone := made_by_someone.search(before)) and by_someone.group(1).lower() not in _STOP:
                        verb = by_someone.group(2).lower()
                        made.append(Made(c, singular_noun(by_someone.group(1).lower()), _PAST_FORMS.get(verb, verb), False))
                    elif (active := made_in_active.search(before)) and active.group(2).lower() not in _STOP:
                        made.append(Made(c, singular_noun(active.group(2).lower()), active.group(1).lower(), False))
        if made or labels:
            told[article_id] = (text, made, labels)
        for decade, span, nouns, indefinite in labels:
            ones = [replace(m, noun=noun) for m in made if (noun := _label_noun(m, nouns, text))]
            if len({int(m.claim.low) for m in ones}) != 1:
                continue  # no year of making for the noun, or two things
            year = ones[0]
            if indefinite and year.indefinite:
                continue  # 'rooms in a 1920s lodge ... and a lodge added in 2020': two things brought in
            if _out_of_decade(year, span, founding):
                yield _hit(year, decade, span)
    yield from _across_reports(audit, told, founding)


def _out_of_decade(year: Made, span: Period, founding: set[str]) -> bool:
    """Is the year of making outside the label's decade (a year either side allowed)? A thing
    founded before the decade may be labelled by it ('the club, founded in 1983' and 'the 1990s
    club': the club as it was then)."""
    if span.low - 1 <= year.claim.low <= span.high + 1:
        return False
    return not (year.claim.low < span.low and year.verb in founding)


def _hit(year: Made, decade: Claim, span: Period) -> Hit:
    return Hit(
        claim_ids=[year.claim.id, decade.id],
        fields={"noun": year.noun, "verb": year.verb, "be_made": _said_to(year.verb),
                "year": year.claim.text, "decade": span.text,
                "a_decade": with_article(span.text)},
        suggestion=f"{'An' if year.noun[0] in 'aeiou' else 'A'} {year.noun} {year.verb} in {year.claim.text} is "
                   f"{with_article(period_of(int(year.claim.low), span.text))} {year.noun}.",
    )


def _across_reports(audit, told: dict, founding: set[str]):
    """A year of making in one report of a story against a decade label another report gives a
    thing of the same noun ('the cathedral's organ, installed in 1894' / 'the 1920s organ'): the
    label definite, the making told of the noun itself (not 'a lodge added in 2020'), one year for
    it in its report, and neither report dating the noun both ways (each is read on its own).
    One finding per label."""
    found: set[str] = set()
    for made_article, label_article in story_pairs(audit, [a for a, (_, made, _) in told.items() if made],
                                                   [a for a, (_, _, labels) in told.items() if labels]):
        (_, made, own_labels), (_, their_made, labels) = told[made_article], told[label_article]
        for decade, span, nouns, indefinite in labels:
            if indefinite or decade.id in found:
                continue
            ones = [m for m in made if m.noun in nouns and not m.indefinite]
            if len({int(m.claim.low) for m in ones}) != 1 or any(m.noun in nouns for m in their_made) \
                    or any(nouns & other for _, _, other, _ in own_labels):
                continue
            if _out_of_decade(ones[0], span, founding):
                found.add(decade.id)
                yield _hit(ones[0], decade, span)
