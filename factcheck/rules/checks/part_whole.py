"""Check kind ``part-exceeds-whole``: parts and their whole in one sentence.

``part-exceeds-whole``: "five people were killed, including six children",
"12 were arrested, of whom 15 were charged", "of the 30 drones, 40 were
shot down", "40 of the 30 drones". The figure right after the partition cue
belongs to the figure right before it (or, in "M of the N", the part comes
first), and cannot be larger.

The reading of a whole and its listed parts it shares with
``components-sum`` is in ``listed_parts``.
"""

from __future__ import annotations

import re

from factcheck.rules.checks.listed_parts import (
    HOLDING_VERBS, HYPHENED_LABEL, NOT_A_PART, OF_A_WHOLE, OF_THE, OF_WHOLE_GAP, PART_KINDS, breakdown_figures,
    earlier_in_article, not_denied, whole_and_parts,
)
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.sentences import NEIGHBOUR_GAP, comparable, gap_after, sentences
from factcheck.rules.registry import Hit, check
from factcheck.track.keys import predicate_class
from factcheck.track.ties import SITES

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

#: Before a part: it is a rank or a share of something else ("the top 5 of the 10", "one in 5 of").
_NOT_A_PART_BEFORE = re.compile(r"\b(?:top|bottom|first|last|best|worst|no\.?|number|one in|aged|the)\s*$", re.I)


def _parts_of_wholes(sentence):
    """(whole, part) for a part told before its whole: "5,800 of the 4,950 dogs", "320 of the
    pier's 296 cast-iron columns". The whole names what it counts right after it."""
    claims = [c for c in sentence.claims if c.is_claim and c.kind in PART_KINDS and not_denied(c)]
    for part, whole in zip(claims, claims[1:]):
        if (comparable(part, whole) and OF_WHOLE_GAP.match(sentence.between(part, whole))
                and not NOT_A_PART.match(sentence.after(whole, 12))
                and not HYPHENED_LABEL.search(whole.text) and not HYPHENED_LABEL.search(part.text)
                and not _NOT_A_PART_BEFORE.search(sentence.before(part, 12))
                and re.match(r"^\s+[a-z]", sentence.after(whole, 20))):
            yield whole, part


#: Between a count of successes and the tries they came from: 'scored 52 goals from ', 'converted nine from his '.
_FROM_TRIES_GAP = re.compile(r"^\s+(?:[a-z]+\s+)?from\s+(?:his|her|their|its|the)?\s*$", re.I)
#: Right after the tries: what was tried ('48 attempts', '11 penalties', '30 shots on target').
_TRIES_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:attempts?|shots?|efforts?|penalties|penalty\s+kicks|kicks|chances|"
                          r"opportunities|applications|bids|throws|free\s+throws)\b", re.I)


def _successes_from_tries(sentence):
    """(tries, successes) for 'scored 52 goals from 48 attempts': what came from tries is part of them."""
    claims = [c for c in sentence.claims if c.is_claim and c.kind in PART_KINDS and not_denied(c)]
    for made, tried in zip(claims, claims[1:]):
        if _FROM_TRIES_GAP.match(sentence.between(made, tried)) and _TRIES_AFTER.match(sentence.after(tried, 30)):
            yield tried, made


#: Between one part of an 'Of the N ...,' whole and the next: the first part's verb and group, then
#: 'and' ('Of the 17 people killed, 11 were women, and 19 were residents of the village').
_NEXT_PART_GAP = re.compile(r"^\s+(?:were|was|are|is|had|have)\s+[a-z][\w\s-]{0,40}?,?\s+(?:and|while)\s+$", re.I)
#: After a part so joined: its own verb of being ('19 were residents').
_PART_VERB_AFTER = re.compile(r"^\s+(?:were|was|are|is|had|have)\b", re.I)


def _larger_parts(sentence):
    """(whole, part) for every part the sentence gives as part of a whole."""
    for whole, part, is_part, rest, _partition, _closed in whole_and_parts(sentence):
        if not is_part:
            continue
        yield whole, part
        if not OF_THE.search(sentence.before(whole, 30)):
            continue
        for earlier, later in zip(rest, rest[1:]):  # each group of the whole told in turn
            if not (_NEXT_PART_GAP.match(sentence.between(earlier, later))
                    and _PART_VERB_AFTER.match(sentence.after(later, 12))):
                break
            yield whole, later
    yield from _parts_of_wholes(sentence)
    yield from _successes_from_tries(sentence)


#: After a part: the whole it is taken from, named back: by a pronoun ('28 of them at the scene'),
#: or by its noun or deed right before a verb or a stop ('615 of the fixtures were', 'Seventy of those
#: held were', '52,000 of the rejected claims,').
_NAMED_BACK_END = (r"(?=\s*[,.;:\u2014\u2013)]|\s+(?:were|was|are|is|had|have|has|came|come|live|lived|died|went|go|"
                   r"left|fell|lost|won|took|got|made|[a-z]+ed)\b"
                   # (or where they were taken: 'Ambulances ferried 56 of the injured to University Hospital')
                   r"|\s+(?:to|into)\s+(?:the\s+)?(?:(?-i:[A-Z])|hospitals?\b))")
_OF_EARLIER_AFTER = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?P<pronoun>them|whom)\b|(?P<bare>those|these)" + _NAMED_BACK_END +
                               r"|(?:the|those|these)\s+(?:(?P<modifier>[a-z-]+)\s+)?(?P<word>[a-z-]+)" + _NAMED_BACK_END + ")",
                               re.I)
#: Opening the part's sentence: 'Of those, ', 'Of the dead, ', 'Among the injured were ', 'The dead include ',
#: 'A spokeswoman said the dead included '.
_OF_EARLIER_OPENING = re.compile(r"^\s*(?:(?:of|among)\s+(?:(?P<pronoun>those|them|these)|the\s+(?P<word>[a-z-]+))\s*,\s*|"
                                 r"among\s+the\s+(?P<word2>[a-z-]+)\s+(?:were|was)\s+|"
                                 # (perhaps after who said it: 'Council spokeswoman Rowena Dacanay said the dead included ')
                                 r"(?:[^,.;:]{0,80}?\b(?:said|says|added|confirmed)\s+(?:that\s+)?)?"
                                 r"the\s+(?P<word3>[a-z-]+)\s+(?:include|included|includes)\s+)$", re.I)
#: After a part: its whole named back with 'those' or 'these', which point to the sentence right
#: before ('31,000 pupils dodging school. In almost 14,000 of those cases').
_DEMONSTRATIVE_AFTER = re.compile(r"^\s+(?:out\s+)?of\s+(?:those|these)\b", re.I)
#: How many sentences back a toll's people named back may point to the toll: a story gives its toll
#: in the lead and its breakdown a few paragraphs on ('rose to 14 on Thursday' ... '17 of the dead were').
_TOLL_BACK_SENTENCES = 5
#: Words for the people of a toll, by what befell them ('the injured', 'those held').
_DEED_WORDS = {"dead": "kill", "killed": "kill", "injured": "wound", "hurt": "wound", "wounded": "wound",
               "arrested": "arrest", "held": "arrest", "detained": "arrest", "evacuated": "evacuate",
               "rescued": "rescue", "missing": "miss"}


def _named_back(sentence, part):
    """('pronoun', '') or ('word', its words) when the part is taken out of a whole named back, not
    given in its own sentence: '28 of them', 'Of the dead, 13 ...'; None otherwise."""
    after = _OF_EARLIER_AFTER.match(sentence.after(part, 60))
    opening = None if after else _OF_EARLIER_OPENING.match(sentence.text[:part.start - sentence.start])
    found = after or opening
    if not found:
        return None
    if found.group("pronoun") or (after and after.group("bare")):
        return "pronoun", ""
    words = [found.group("word") or (opening.group("word2") or opening.group("word3") if opening else None)]
    if after and after.group("modifier"):
        words.insert(0, after.group("modifier"))
    return "word", " ".join(w.lower() for w in words if w)


def _counts_what_is_named(claim, words: str) -> bool:
    """Does the figure count what the words name: its noun ('the fixtures': '540 fixtures'), or the
    deed done to its people ('the injured': 'Eleven people were injured')?"""
    *modifiers, word = words.split()
    deed = _DEED_WORDS.get(word)
    if deed is not None:
        return predicate_class(claim.predicate) == deed  # ('died', 'detained': 'kill', 'arrest')
    return claim.subject == singular_noun(word) and all(m in claim.subject_modifiers or m in claim.sentence.lower()
                                                      for m in modifiers)


#: After a figure that is itself taken out of another: '260 of his 600', 'four of them seriously'.
_TAKEN_OUT_AFTER = re.compile(OF_A_WHOLE + r"|them|whom)\b", re.I)


def _parts_of_earlier_wholes(all_sentences):
    """(whole, part, sentence) for a part taken out of a whole told in the sentences before:
    "Twenty-three people were hurt. Paramedics treated 28 of them at the scene"; "... taking
    the toll to 11. Of the dead, 13 were contract labourers"; "converted 540 fixtures ... 615 of
    the fixtures were on the Eastside". A pronoun takes the one figure of its kind in the
    sentence right before; a noun or deed takes the nearest figure of the last three sentences
    that counts it. A part whose own sentence gives a figure of its kind before it is left to
    the sentence's own reading."""
    for i, sentence in enumerate(all_sentences):
        figures = breakdown_figures(sentence)
        for part in figures:
            named = _named_back(sentence, part)
            if named is None:
                continue
            own = [f for f in figures if comparable(f, part) and f.start < part.start]
            if named[0] == "word":
                # the whole named back in the part's own sentence: 'one of 12 Dutch players in the field of
                # 96, and 14 of those Dutch players went out' (the 12, not the 96 nearest)
                whole = next((c for c in reversed(own) if _counts_what_is_named(c, named[1])
                              and not _TAKEN_OUT_AFTER.match(c.text_after(20))), None)
                if whole is not None:
                    yield whole, part, sentence
                    continue
            if any(f.subject == part.subject or not f.subject for f in own):
                continue  # ('Of the 64 rowers ..., 51 were ...': the sentence gives its own whole)
            # a toll's people named back ('17 of the dead') may point to the story's toll further up
            toll = named[0] == "word" and named[1].split()[-1] in _DEED_WORDS
            earlier = (earlier_in_article(all_sentences, i, _TOLL_BACK_SENTENCES) if toll
                       else earlier_in_article(all_sentences, i, 1) if _DEMONSTRATIVE_AFTER.match(part.text_after(20))
                       else earlier_in_article(all_sentences, i))
            # (a whole is not itself taken out of another: not 'four' of 'Eleven people were injured, four
            # of them seriously')
            if named[0] == "pronoun" and _THEM_IN_ITS_SENTENCE.search(sentence.before(part, 80)):
                continue  # ('spread to neighbouring tents, destroying about 180 of them': the tents)
            if named[0] == "pronoun":
                before = earlier[-1] if earlier and gap_after(earlier[-1], sentence) <= NEIGHBOUR_GAP else None
                wholes = [c for c in breakdown_figures(before) if comparable(c, part)] if before else []
                whole = wholes[0] if len(wholes) == 1 and not _TAKEN_OUT_AFTER.match(wholes[0].text_after(20)) else None
                if whole is not None and (part.predicate in HOLDING_VERBS - {"be"} or part.agent and whole.agent
                                          and part.agent != whole.agent and part.predicate not in _MAKING_UP):
                    whole = None  # another holder's ('has 22 turbines' ... 'Pennine Breeze runs 64 of them')
            else:
                whole = next((c for s in reversed(earlier) for c in reversed(breakdown_figures(s))
                              if comparable(c, part) and _counts_what_is_named(c, named[1])
                              and not _TAKEN_OUT_AFTER.match(c.text_after(20))), None)
            if whole is not None:
                yield whole, part, sentence


#: Right before a part taken 'of them': a plural noun of its own sentence, then a participle, which 'them' takes back
#: ('spread to neighbouring tents, destroying about 180 of them').
_THEM_IN_ITS_SENTENCE = re.compile(r"\b(?!(?:is|was|has|its|this|thus|as|us|yes)\b)[a-z]{3,}s\s*,\s+[a-z]+ing\s+"
                                   r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$",
                                   re.I)


#: Verbs by which a kind is a share of a whole named back, whose doer is that kind, no other holder
#: ('Invertebrates make up 1,310 of them', 'Children accounted for 12 of them').
_MAKING_UP = {"make up", "account for", "account", "form", "comprise", "represent", "constitute"}


def _own_noun(sentence, part) -> str:
    """The part's noun when written right after it ('six children'), else '' (the whole's noun names it: in 'Of the
    380 employees at the three homes, 410 have been offered jobs at other homes', the 410 are employees)."""
    noun = part.subject_text or part.subject
    if not noun:
        return ""
    first = re.escape(noun.split()[0])
    return noun if re.match(rf"\s*(?:[\w'-]+\s+){{0,2}}?{first}", sentence.after(part, 60), re.I) else ""


#: Right after a part with no noun of its own: the one named site it is at ('including 40 at Mountfinch').
_AT_A_NAMED_SITE_AFTER = re.compile(r"^\s+at\s+(?-i:[A-Z])")
#: Sites a whole may count, at one of which a part may be (see ``_at_one_of_the_sites``).
_SITE_NOUNS = SITES | {"prison", "jail", "gaol", "port", "station", "base", "camp", "venue", "stadium", "ground"}


def _at_one_of_the_sites(whole, part, sentence) -> bool:
    """Is the part what is at one of the sites the whole counts ('150 modular prison places, to be installed at four
    prisons, including 40 at Mountfinch': places, not prisons)?"""
    return (singular_noun(whole.subject_text or whole.subject) in _SITE_NOUNS and not _own_noun(sentence, part)
            and bool(_AT_A_NAMED_SITE_AFTER.match(sentence.after(part, 20))))


@check("part-exceeds-whole", params=PARAMS)
def part_exceeds_whole(rule, audit):
    """A figure given as part of another ("including six", "six of the five") that is larger than it."""
    all_sentences = sentences(audit)
    pairs = [(whole, part, sentence) for sentence in all_sentences for whole, part in _larger_parts(sentence)]
    for whole, part, sentence in pairs + list(_parts_of_earlier_wholes(all_sentences)):
        if part.base_low > whole.base_high and not NOT_A_PART.match(sentence.after(part, 12)) \
                and not _at_one_of_the_sites(whole, part, sentence):
            # (a toll counts people: 'taking the toll to 11' is 11 people)
            whole_subject = "people" if whole.subject == "people" else (
                whole.subject_text or whole.subject or part.subject_text or part.subject)
            yield Hit(
                claim_ids=[whole.id, part.id],
                fields={"whole": whole.text, "part": part.text, "whole_subject": whole_subject,
                        "part_subject": _own_noun(sentence, part) or whole_subject},
                suggestion=f"A part ({part.text}) cannot be larger than its whole ({whole.text}); "
                           "check both figures.",
            )
