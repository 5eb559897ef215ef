"""What a figure counts or measures, read off the dependency parse.

The subject is the head noun of the thing counted or measured, not the
clause's grammatical subject: "Officers seized 12 kilograms of cocaine" is
about cocaine, "The heatwave pushed demand to 45 gigawatts" about demand.
Tried in order, first hit wins:

1. the noun the figure modifies: "479 drones", "a 162 mile bridge",
   "Two hundred and fifty jobs", "50% more passengers";
2. an of-phrase: "41 of Russia's jets", "30% of voters", "12 kilograms of
   cocaine" ("of them" / "of whom" lead back to the noun they stand for);
3. the noun an of-phrase completes: "a toll of 14", "gusts of 104mph";
4. for a price, the thing priced, whoever pays it: "Tickets cost £20 for
   children" is about tickets (``priced_thing``);
5. for money, what it is for or in: "£4.6m for pothole repairs", "€50bn in aid";
6. the figure's place in its clause: the object of a change of level
   ("cut its base rate to 4.75%"), the one charged by cost/save ("cost the
   economy £1bn"), else the clause's subject ("unemployment rose to 5%",
   "exports doubled", "the bridge cost £86.5m").

Collective words are looked through: "the number of burglaries" -> burglary.
A tally of casualties names the people it counts and what happened to them:
"the death toll rose to 19" and "the number of dead rose to 19" are people
killed, "the number of wounded" people wounded (``tally_reading``).

Sums of money follow one convention: the subject is what the money is
(the noun it modifies, its of-phrase) or what it is for ("£4.6m for pothole
repairs", "spent £30m on cycle lanes"); a sum that someone pays, spends,
steals or receives with nothing said about it is plain ``money``, and the
one who moves it is the agent, never the subject ("Brenner stole €1.3m from
the fund": money, steal, agent Brenner). A sum that is the price, value or
level of its clause subject keeps that subject ("the bridge cost £86.5m"); whom
a price is for is not what it is ("Tickets cost £20 for children": tickets).
Whom a sum is paid to is never its subject either ("Each migrant paid smugglers
$3,000 for the crossing": crossing, pay, agent migrant).

Measures ("12 kilograms", "400 miles") are read in factcheck.extract.measures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.lemmas import noun_lemma, verb_lemma
from factcheck.extract.predicates import clause_head, noun_before_verb, verb_read_as_modifier, verb_read_as_noun


# Words that carry a number's scale or unit rather than naming what is counted.
NOT_SUBJECTS = {
    "million", "billion", "trillion", "thousand", "hundred", "dozen", "score",
    "bn", "m", "k", "mn", "per", "cent", "percent", "%", "percentage", "point",
    "time", "fold", "lot", "number", "figure", "some", "more", "less",
    "tens", "hundreds", "thousands", "millions", "couple",
}
PRONOUNS = {"they", "them", "it", "those", "these", "we", "us", "which", "who", "whom", "that",
            "i", "you", "he", "she", "this", "one"}
# Nouns that only gather what their of-phrase names.
COLLECTIVES = {"number", "amount", "round", "series", "batch", "wave", "quantity", "handful", "couple"}
# Prepositions that put a figure as the new level of something: 'rose to 5%', 'held at 5.25%'.
LEVEL_PREPS = {"to", "at", "by", "from", "below", "above", "over", "under", "around", "near", "past", "beyond"}
# Verbs whose bare numeric object is a level of their subject: 'the population passed 1.3 million'.
LEVEL_VERBS = {"reach", "pass", "hit", "top", "exceed", "surpass", "total", "number", "near",
               "be", "remain", "become", "stand"}
# Verbs whose subject is the thing a sum is the price of: 'Tickets cost £45 for adults'.
PRICE_VERBS = {"cost", "price", "retail"}
# Verbs whose second object bears the amount: 'cost the economy £1bn', 'save the NHS £600m'.
CHARGE_VERBS = {"cost", "save"}
# Nouns between a multiplier and its verb: 'three times higher', 'rose four-fold'.
_LINKS = {"time", "fold"}
# Adverbs that place a figure in time ('three years ago'): the figure is not a level of anything.
_TIME_WORDS = {"ago", "later", "earlier", "before", "after", "since", "previously", "early", "late"}
_PRICE_NOUNS = {"cost", "price", "value", "bill"}
_COMPARATIVES = {"more", "fewer", "less", "extra", "additional"}
_COMPLEMENT_DEPS = {"dobj", "attr", "acomp", "npadvmod", "oprd", "advmod", "dative"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}

#: What happened to the people a tally counts, by the word the tally is of:
#: 'the number of dead', '... of deaths', '... of wounded', '... of arrests'.
TALLY_EVENTS = {
    "dead": "kill", "killed": "kill", "died": "kill", "death": "kill", "fatality": "kill",
    "wounded": "wound", "injured": "wound", "hurt": "wound", "injury": "wound",
    "arrested": "arrest", "detained": "arrest", "arrest": "arrest", "detention": "arrest",
    "evacuated": "evacuate", "evacuation": "evacuate", "displaced": "displace",
}
#: Nouns of a 'toll' that keep it a toll of deaths or of injuries ('the death toll').
_TOLL_KINDS = {"death": "kill", "injury": "wound"}

#: Verbs by which someone moves a sum: the doer is the agent, the sum is what it is for
#: ('spent £30m on cycle lanes') or plain money ('Brenner stole €1.3m from the fund').
TRANSFER_VERBS = {
    "pay", "repay", "spend", "steal", "embezzle", "misappropriate", "siphon", "launder", "receive",
    "give", "send", "donate", "raise", "invest", "lend", "borrow", "pour", "pledge", "promise", "offer",
    "award", "grant", "transfer", "collect", "charge", "fine", "allocate", "earmark", "commit",
    "inject", "provide", "contribute", "hand", "withdraw", "accept", "demand", "seek",
    "seize", "confiscate", "recover",  # police seizing cash move it too: "seized £340,000 in cash"
}
#: Words after 'in'/'on' that say how a sum is counted, not what it is for: 'in total', 'in
#: cash', 'on average', 'on top of'.
_NOT_PURPOSES = {"total", "all", "cash", "full", "addition", "return", "exchange", "part", "person",
                 "instalment", "installment", "year", "month", "week", "day", "time", "top", "average",
                 "behalf"}


def _counted_plural(tok) -> bool:
    """'20,000 couples', '37 lots of dog food': pairs of people or lots of goods counted, not the
    'couple' of 'a couple of' or the 'lot' of 'a lot of'."""
    return tok.lower_ in ("couples", "lots")


def is_nounish(tok) -> bool:
    """A noun that can name what is counted: 'drones' yes, 'million' or 'per cent' no."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() not in NOT_SUBJECTS or _counted_plural(tok))


#: Roles only a noun takes in its clause.
NOUN_ROLES = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}
#: Adjectives that stand as nouns for a level, not a thing ('a near 10-year low', 'a 30-year high').
_LEVEL_ADJECTIVES = {"high", "low", "best", "worst", "average", "total", "maximum", "minimum", "top", "bottom",
                     "long", "wide", "deep", "tall", "old", "new", "record"}


def is_noun_by_role(tok) -> bool:
    """A noun (``is_nounish``), or a word the tagger took for an adjective where its clause has a
    noun: 'A 9.6km seawall will enclose the bay' ('seawall' tagged ADJ but the verb's subject)."""
    return is_nounish(tok) or (tok.pos_ == "ADJ" and tok.dep_ in NOUN_ROLES and not is_unit_name(tok.lemma_.lower())
                               and tok.lemma_.lower() not in NOT_SUBJECTS | _LEVEL_ADJECTIVES)


def is_figure_word(tok) -> bool:
    """Part of how a figure is written: digits, scale words, %, currency signs, 'points'."""
    return tok.like_num or tok.pos_ in ("NUM", "SYM") or tok.tag_ == "$" or (
        tok.lemma_.lower() in NOT_SUBJECTS and not _counted_plural(tok))


def of_object(tok):
    """X in '41 of Russia's jets' / '59 of them'."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def through_collective(noun):
    """'the number of burglaries' -> burglaries; 'round of talks' -> talks;
    'police numbers' -> police; else the noun ('a 12-part series' -> series)."""
    if noun is not None and noun.lemma_.lower() in COLLECTIVES:
        member = of_object(noun)
        if member is not None and member.pos_ in ("NOUN", "PROPN"):
            return member
        # not a measure of the collective itself: the 'part' of 'a 12-part series'
        kinds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                 and not any(n.dep_ == "nummod" for n in c.children)]
        if kinds:
            return kinds[-1]
    return noun


def figure_top(span):
    """The token through which the whole figure hangs in the sentence.

    Climbs out of the figure's own words: in 'rose from 2% to 5%' the parser
    hangs '2%' under '5%'; in 'by 11 points' the figure hangs on 'points'.
    """
    top = span.root
    for _ in range(4):
        head = top.head
        if head == top or not (is_figure_word(head) or head in span):
            break
        if top.dep_ not in ("quantmod", "nummod", "compound", "nmod", "conj", "prep", "pobj", "cc",
                            "appos", "npadvmod"):
            break
        top = head
    return top


def counted_noun(span):
    """The noun the figure modifies, just after it.

    '479 drones' -> drones; 'Between 300 and 400 people' -> people;
    'One-hundred-and-thirty firefighters' -> firefighters; '50% more
    passengers' -> passengers; 'The £212.4m budget' -> budget.
    """
    end = span[-1].i
    for tok in span:
        head, steps = tok.head, 0
        while steps < 3 and head != head.head and (head in span or head.lemma_.lower() in NOT_SUBJECTS
                                                       or (head.lower_ in _COMPARATIVES and head.i > end)):
            head, steps = head.head, steps + 1
        if verb_read_as_noun(head):  # 'a third of staff work from home': the verb, not a noun
            head = noun_before_verb(head)
            if head is None or head.i <= end:
                continue
        if head.i > end and head.tag_ == "NNP" and any(t.tag_ in ("VBD", "VBN") for t in span.doc[end + 1:head.i]):
            # 'A record crowd of 31,412 packed Yarrabin Park': a verb read as the name's adjective; the
            # count is of the noun before 'of'
            before = span[0].i - 1
            if before > 0 and span.doc[before].lower_ == "of" and span.doc[before - 1].tag_ in ("NN", "NNS"):
                return _head_of_compound(span.doc[before - 1])
            continue
        if head.i > end and is_nounish(head) and head.ent_type_ not in ("DATE", "TIME") and tok.dep_ in (
                "nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "advmod", "conj", "predet"):
            if (head.dep_ != "appos" or head.head.i > end or tok.dep_ == "predet" or _of_pronoun(tok)
                    or any(t.tag_ == "HYPH" for t in span)):  # ('the hospital, the 400-bed Headquarters Hospital')
                return _head_of_compound(head)
    return None


def _of_pronoun(tok) -> bool:
    """'31 others, four of them children': the figure picks its members out of a pronoun
    and names them in the noun after it."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.pos_ == "PRON" or o.lower_ in PRONOUNS) for o in c.children) for c in tok.children)


def _head_of_compound(noun):
    """The head of the noun compound a counted word opens: the parser hangs 'a dozen'
    on 'aid' in 'a dozen aid workers' and '240' on 'care' in 'the 240 care homes';
    what is counted is the workers and the homes. A singular possessor right after the figure
    only says whose the thing is: 'the £350,000 winner's cheque' is a cheque."""
    if (noun.dep_ == "poss" and noun.tag_ == "NN" and noun.head.i > noun.i and noun.head.pos_ == "NOUN"
            and any(c.dep_ == "case" for c in noun.children)):
        noun = noun.head
    for _ in range(3):
        head = noun.head
        if noun.dep_ != "compound" or head.i != noun.i + 1 or head.pos_ != "NOUN" or not is_nounish(head) \
                or verb_read_as_noun(head):
            break  # (not a name after it: 'number one album Tourist')
        if noun.tag_ in ("NNS", "NNPS"):
            break  # a plural is itself what is counted: 'the top 40 singles chart'

        noun = head
    return _coordinated_head(noun)


def _coordinated_head(noun):
    """'all 2,340 government and private schools': the parser makes the first modifier the head
    and the plural noun its conjunct; the schools are counted. (A conjunct with a figure of its
    own is another count: '3 cars and 2 vans'.)"""
    if noun.tag_ != "NN" or not any(c.dep_ == "cc" for c in noun.children):
        return noun
    for conj in noun.children:
        if (conj.dep_ == "conj" and conj.tag_ == "NNS" and any(c.dep_ in ("amod", "compound") for c in conj.children)
                and not any(c.dep_ == "nummod" or c.like_num for c in conj.children)):
            return conj
    return noun


@lru_cache(maxsize=1)
def _unit_registry():
    import pint  # imported lazily: only a count whose noun could be a unit asks it

    return pint.UnitRegistry()


@lru_cache(maxsize=1024)
def is_unit_name(word: str) -> bool:
    """pint knows ``word`` by that very name as a unit: 'decibel', 'volt', 'pascal'. Only
    whole names count: pint also reads 'bus' as bushels and 'care' as centi-ares."""
    try:
        return ("", word, "") in _unit_registry().parse_unit_name(word, case_sensitive=True)
    except (ValueError, AttributeError):
        return False


def measured_by_unit(noun):
    """What a count measures when its noun is a unit the figure reader does not know
    (the count is then really a measure): 'The noise exceeded 120 decibels' and
    'Exceeding 120 decibels, the noise breached the licence' -> noise.

    Only for a unit that is the object of a verb of level ('exceed', 'reach', 'hit',
    'be'), whose subject is then what is measured; elsewhere the noun stays the
    subject ('the firm closed 120 bars')."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "attr") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if verb_lemma(noun.head) not in LEVEL_VERBS or not is_unit_name(noun.lemma_.lower()):
        return None
    measured = clause_subject(noun.head)
    if measured is None or not is_nounish(measured) or measured.lower_ in PRONOUNS:
        return None
    return measured


def pronoun_antecedent(number):
    """What 'them' stands for when the sentence names it: '43 migrants, 12 of them
    children' -> children. Otherwise (''61 people, 17 of whom') None: the count
    then borrows the previous count's subject, which is what the pronoun points back to.
    """
    if number.dep_ == "nsubj" and is_nounish(number.head) and number.head.i > number.i:
        return number.head
    return None


def of_phrase_subject(span):
    """'41 of Russia's jets', '30% of voters', '12 kilograms of cocaine' -> the of-object.

    A place after 'of' is a reference point ('5 miles south of Ostrel'), not a subject.
    """
    for tok in reversed(span):
        obj = of_object(tok)
        if obj is None:
            continue
        if obj in span or obj.like_num or obj.ent_type_ in ("DATE", "TIME"):
            continue  # 'an average of 3.2%', 'the last three months of 2004'
        if obj.pos_ == "PRON" or obj.lower_ in PRONOUNS:
            return pronoun_antecedent(tok)
        if obj.ent_type_ in _PLACE_LABELS or tok.head.lower_ == "within" or span[0].lower_ == "within":
            return None  # ('within 124 km/h of the world record': how far from it)
        return through_collective(obj)
    return None


def noun_of_phrase(top):
    """'a toll of 14', 'gusts of 104mph', 'a range of 520 km': the noun the of-phrase completes;
    'temperatures near 88C': the noun right before a 'near' or 'around' that gives its value.

    A pace is no subject: in 'wages grew at an annual rate of 5.6%' the figure is how
    fast the wages grew, so it is the changing thing's (``_pace_of_change``)."""
    if top.dep_ == "pobj" and top.head.lower_ == "of" and is_nounish(top.head.head):
        noun = top.head.head
        return _pace_of_change(noun) or noun
    prep = top.head
    if top.dep_ == "pobj" and prep.lower_ in ("near", "around") and prep.i > 0 and prep.nbor(-1).pos_ == "NOUN" \
            and prep.nbor(-1).tag_ in ("NN", "NNS"):
        return prep.nbor(-1)  # 'sea temperatures near 88C': the parser hangs 'near' on the verb
    return None


#: Nouns that say how fast something changes: 'at an annual rate of 5.6%'.
_PACE_NOUNS = {"rate", "pace"}


def _pace_of_change(noun):
    """The subject of the verb a pace hangs on: 'Wages grew at a rate of 5.6%' -> wages,
    'the economy shrank at an annualised rate of 2.1%' -> economy."""
    if noun.lemma_.lower() not in _PACE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "at":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB":
        return None
    subject = clause_subject(verb)
    return subject if subject is not None and is_nounish(subject) else None


def apposed_owner(top):
    """A figure set beside a noun: 'The new stadium cost £310m' (misread as the noun
    'cost' with '£310m' beside it) -> stadium; 'the project, £5m, ...' -> project."""
    if top.dep_ != "appos" or not is_nounish(top.head) or top.head.dep_ not in ("ROOT", "nsubj", "nsubjpass"):
        return None
    if verb_read_as_modifier(top.head) is not None:
        return None  # 'Each migrant paid smugglers $3,000': smugglers are paid, they are not the sum's owner
    owner = top.head
    if owner.lemma_.lower() in _PRICE_NOUNS:
        compounds = [c for c in owner.children if c.dep_ == "compound" and is_nounish(c)]
        return compounds[-1] if compounds else None
    return owner


def worth_owner(top):
    """'shares worth 1bn Swiss francs', 'subsidies worth up to £4m' -> the noun just
    before 'worth' (the parser often hangs 'worth' on the verb instead)."""
    worth = top.head if top.head.lower_ == "worth" else None
    if worth is None or worth.i == 0:
        return None
    if worth.dep_ == "amod" and worth.head.i < worth.i and is_nounish(worth.head):
        return worth.head  # 'The deal, worth about €1.3bn, ...': set off by commas
    owner = top.doc[worth.i - 1]
    return owner if is_nounish(owner) and owner.dep_ != "nsubj" else None


def money_purpose(tokens):
    """'£4.6m for pothole repairs' -> repairs; '50 billion euros in aid' -> aid (the
    for/in phrase hanging on any of ``tokens``).

    An 'in' phrase that names a time or place ('$780m in the first quarter',
    '£5m in London') says when or where, not what.
    """
    return _purpose_phrase(tokens, ("for", "in"))


def _purpose_phrase(tokens, preps):
    for tok in tokens:
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            for obj in child.children:
                if obj.dep_ != "pobj" or not is_nounish(obj) or obj.lemma_.lower() in _NOT_PURPOSES:
                    continue
                if child.lower_ != "for" and obj.ent_type_ or obj.ent_type_ in ("DATE", "TIME"):
                    continue  # 'in London', 'on Monday', 'for the year to March'
                return obj
    return None


#: Verbs of a sale: a sum 'for' which names the price of their object ('bought the painting in
#: 1987 for £1.9m', 'sold the building for £4m').
SALE_VERBS = {"buy", "sell", "purchase", "acquire", "auction", "lease", "rent", "let", "snap up", "pick up"}


def sold_thing(top):
    """The thing whose price the sum is: the object of a verb of sale the sum hangs on by 'for'
    ('bought the painting ... for £1.9m' -> painting), or None."""
    verb, prep = attachment(top)
    if verb is None or prep != "for" or verb_lemma(verb) not in SALE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and is_nounish(c)), None)


def transfer_verb(top):
    """The verb by which someone moves the sum whose top token is ``top``, if any:
    'Brenner had stolen €1.3m' -> stolen; '€3.1m was stolen' -> stolen. Not a
    passive whose subject is the payer or payee ('The club was fined €250,000'):
    that subject is whose sum it is."""
    if top.dep_ == "nsubjpass" and top.head.pos_ == "VERB":
        verb = top.head
    elif top.dep_ == "appos" and verb_read_as_modifier(top.head) is not None:
        verb = verb_read_as_modifier(top.head)  # 'Each migrant paid smugglers $3,000'
    else:
        verb, prep = attachment(top)
        if verb is None or prep is not None:
            return None
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
    return verb if verb_lemma(verb) in TRANSFER_VERBS else None


def transferred_sum_purpose(span, verb):
    """What a moved sum is for: '£4.6m for repairs', 'spent £30m on cycle lanes', '€50bn
    in aid'; None when the text does not say. Where a sum goes ('into the sector', 'to
    the city') or comes from ('from the fund') is not what it is. The sum's own phrase
    comes before the verb's: in 'spent £30m on roads and £20m on schools' the £20m is
    for schools."""
    return _purpose_phrase(span, ("for", "on", "in")) or _purpose_phrase([verb], ("for", "on", "in"))


def is_nominal_adjective(tok) -> bool:
    """'the wounded', 'the dead': an adjective or participle standing for the people it describes."""
    return tok.tag_ in ("VBN", "JJ") and tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def tally_reading(noun) -> tuple[str, str] | None:
    """(subject, predicate) of a tally of casualties: 'the death toll' and 'the toll' ->
    ('people', 'kill'); 'the number of wounded' -> ('people', 'wound'); 'the number of
    arrests' -> ('people', 'arrest'). None for any other noun ('a toll of 14' in a
    'civilian toll' or 'casualty toll' is left as written: it mixes kinds)."""
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma == "toll":
        kinds = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
        if not kinds:
            return "people", "kill"
        if len(kinds) == 1 and next(iter(kinds)) in _TOLL_KINDS:
            return "people", _TOLL_KINDS[next(iter(kinds))]
        return None
    if lemma in COLLECTIVES:
        member = of_object(noun)
        if member is None:
            return None
        word = member.lower_ if member.pos_ in ("VERB", "ADJ") else member.lemma_.lower()
        if word in TALLY_EVENTS:
            return "people", TALLY_EVENTS[word]
        happened = next((c.lower_ for c in member.children if c.dep_ == "acl" and c.lower_ in TALLY_EVENTS), None)
        if happened is not None and is_nounish(member):  # 'the number of people killed'
            return noun_lemma(member), TALLY_EVENTS[happened]
        told = _TALLY_AFTER.match(member.doc.text[member.idx + len(member.text):member.idx + len(member.text) + 60])
        if told is not None and is_nounish(member):
            # 'the number of crewmen who died', 'the number of people admitted to hospital' (which the
            # parser may make the sentence's main verb)
            event = told.group(1).lower()
            return noun_lemma(member), ("hospitalise" if "hospital" in event
                                        else TALLY_EVENTS.get(event, _LOSSES.get(event, event)))
    return None


#: After the noun a tally counts: what befell them ('who died', 'admitted to hospital').
_TALLY_AFTER = re.compile(
    r"^\s+(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|were\s+|was\s+)?)?"
    r"(died|killed|injured|hurt|wounded|arrested|detained|evacuated|displaced|lost|destroyed|damaged|"
    r"(?:admitted|taken|rushed)\s+to\s+hospital|hospitali[sz]ed)\b", re.I)


#: What befell the things a tally counts, by the word that says it: 'the number of homes lost' in a
#: fire or a flood counts those it destroyed.
_LOSSES = {"lost": "destroy", "destroyed": "destroy", "damaged": "damage"}


#: The events a tally written out in words counts, by the word that names them.
_BROUGHT_EVENTS = {**TALLY_EVENTS, "held": "arrest", "arrests": "arrest", "deaths": "kill", "injuries": "wound",
                   "treated": "treat", "rescued": "rescue", "hospitalised": "hospitalise", "hospitalized": "hospitalise",
                   "evacuations": "evacuate", "detentions": "arrest", "fatalities": "kill", "charged": "charge",
                   "infected": "infect", "sickened": "infect", "poisoned": "infect"}
_BROUGHT_EVENT_WORDS = "|".join(sorted(_BROUGHT_EVENTS, key=len, reverse=True))
#: Before a figure: 'bringing to ' (the tally follows it), or 'bringing the number of arrests
#: since the strike began Monday to ' (the tally comes before it).
_BRINGING_TO = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting)\s+to\s+$", re.I)
_BRINGING_TALLY_TO = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+the\s+(?:number|total|tally|count)\s+of\s+"
    r"(?:(?:people|persons)\s+(?:(?:who|that)\s+(?:have\s+|had\s+)?(?:been\s+|were\s+)?)?)?"
    r"(" + _BROUGHT_EVENT_WORDS + r")\b[^,.;:]{0,60}?\s+to\s+$", re.I)
#: Before a figure: 'bringing this year's confirmed losses in Harlow County to ' (a tally named by
#: the plural of its event; losses of people or animals are deaths).
_BRINGING_EVENTS_TO = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:(?:the|its|their|this\s+year['\u2019]s|"
    r"[A-Z][\w-]*['\u2019]s?)\s+)?(?:[a-z-]+\s+){0,2}?(deaths|fatalities|arrests|injuries|evacuations|detentions|losses)"
    r"\b[^,.;:]{0,60}?\s+to\s+$")
#: Before a figure: 'raising the death toll from the capsizing of an overcrowded boat carrying pilgrims to ' (a toll
#: told with what caused it, long enough for the parse to hang the figure on the cause's words).
_BRINGING_TOLL_TO = re.compile(
    r"\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(death|injury)\s+toll\b[^,.;:]{0,100}?\s+to\s+$",
    re.I)
#: After a figure: jobs, whose losses are cuts, not deaths.
_JOBS_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:jobs?|posts?|roles?|positions?)\b", re.I)
#: After a figure brought to: 'the number held since Saturday', 'the number of people arrested'.
_TALLY_AFTER_BROUGHT = re.compile(
    r"^\s+the\s+(?:number|total|tally|count)\s+(?:of\s+(?:people|persons|[a-z]+(?:men|s))\s+)?(?:(?:who|that)\s+"
    r"(?:have\s+|had\s+)?(?:been\s+|were\s+)?)?(" + _BROUGHT_EVENT_WORDS + r")\b", re.I)


def brought_tally(text: str, start: int, end: int) -> str | None:
    """The event of a tally of people a figure is brought to, read from the words around it when
    the parse loses it: 'bringing to 17 the number arrested since the campaign began', 'bringing
    the number of arrests since the strike began Monday to 14' -> 'arrest'; 'bringing this
    year's confirmed losses to 68 sheep' -> 'kill'; 'raising the death toll from the capsizing of a boat
    carrying pilgrims to a fair to 31' -> 'kill'; else None."""
    before, after = text[max(0, start - 140):start], text[end:end + 80]
    if _BRINGING_TO.search(before):
        told = _TALLY_AFTER_BROUGHT.match(after)
    else:
        told = (_BRINGING_TALLY_TO.search(before) or _BRINGING_EVENTS_TO.search(before)
                or _BRINGING_TOLL_TO.search(before))
    if told is None:
        return None
    if told.group(1).lower() == "losses":
        return None if _JOBS_AFTER.match(after) else "kill"
    return _BROUGHT_EVENTS[told.group(1).lower()]


#: Before a figure: a tally of things named by what befell them, then the verb that brings it to the
#: figure, far enough apart for the parser to lose the tally ('the number of tortoises that have died
#: since the seizure has risen to 74', where 'since the seizure has risen' is read as a clause).
_TALLY_RISEN_TO = re.compile(
    r"\bthe\s+(?:number|total|tally|count)\s+of\s+(?P<noun>[a-z]+)\s+(?:(?:who|that)\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:been\s+|were\s+|was\s+)?)?(?P<event>" + _BROUGHT_EVENT_WORDS + r")\b"
    r"(?!\s+(?:or|and|and/or)\s+(?:missing|injured|wounded|hurt|unaccounted|displaced|ill))"  # ('dead or missing': two tolls in one)
    r"[^,.;:]{0,60}?\s+"
    r"(?:has\s+|have\s+|had\s+|now\s+)*(?:risen|rose|climbed|increased|jumped|grown|grew|reached|stands|stood|"
    r"is|was)\s+(?:to\s+|at\s+)?$", re.I)


def risen_tally(text: str, start: int) -> tuple[int, str] | None:
    """(where its noun starts, event) of a tally of things named by what befell them that a figure is
    brought to, read from the words before it: 'the number of tortoises that have died since the
    seizure has risen to 74' -> (the offset of 'tortoises', 'kill'), 'the number of people sickened in the
    outbreak rose to 97' -> (.., 'infect'); else None."""
    window = max(0, start - 160)
    told = _TALLY_RISEN_TO.search(text[window:start])
    if told is None:
        return None
    return window + told.start("noun"), _BROUGHT_EVENTS[told.group("event").lower()]


def inverted_tally(top):
    """The tally a figure is brought to, written before it: 'bringing to three the number of
    crewmen who died', 'raising to 12 the death toll' -> the 'number' or 'toll' token."""
    head = top.head
    if head.dep_ != "prep" or head.lower_ != "to" or head.head.pos_ != "VERB":
        return None
    return next((c for c in head.head.children if c.dep_ == "dobj" and c.i > top.i
                 and c.lemma_.lower() in COLLECTIVES | {"toll", "total", "tally"}), None)


def clause_subject(verb):
    """The subject of ``verb``'s clause, looking through to the verb it continues.

    'The bank agreed to pay $2.9bn' -> bank (pay has none of its own);
    'prices start at £8.50 and rise to £65' -> prices; 'the tunnel, which is
    300 miles long' -> tunnel, and so is 'the tunnel, which engineers say is 300
    miles long'; 'A house in the village sold for £410,000' (parsed as a noun
    with a clause) -> house.
    """
    for _ in range(4):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # in 'VALMORA, Ardenia - The death toll ... rose' the parser makes the dateline a subject too
            child = next((c for c in subjects if not _is_dateline(c)), subjects[0])
            if child.lower_ in ("which", "that", "who"):
                if verb.dep_ == "relcl":
                    return verb.head
                if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and child.i < verb.head.i:
                    return verb.head.head  # 'the crocodile, which they believe is 80 years old': the crocodile
            return child
        stranded = stranded_subject(verb)
        if stranded is not None:
            return stranded
        if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
            verb = verb.head
            continue
        if _is_bare_participle_clause(verb):
            verb = verb.head  # 'Exceeding 120 decibels, the noise breached ...': the noise exceeded them
            continue
        if verb.dep_ in ("acl", "relcl") and is_nounish(verb.head):
            return verb.head
        return None
    return None


def stranded_subject(verb):
    """The subject the parser gave to a participle before ``verb``, a finite verb of a clause joined
    by 'and' that it left without one: in 'Two patients have died and the number of people
    admitted to hospital has risen to 64' it reads 'admitted' as a verb whose subject is 'number'
    and joins 'risen' to 'died'; the number has risen."""
    if verb.dep_ != "conj":
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (before is not None and before.tag_ in ("VBN", "VBD") and before.dep_ == "conj"
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in before.children)):
        subject = next((c for c in before.children if c.dep_ == "nsubj" and c.i < before.i), None)
        if subject is not None and subject.lemma_.lower() in COLLECTIVES:
            return subject  # '... and the number of homes lost rose to 84': 'lost' read as the verb of 'number'
    if not any(c.dep_ == "aux" for c in verb.children):
        return None
    for sibling in verb.head.children:
        if (sibling.dep_ == "conj" and sibling.i < verb.i and sibling.tag_ == "VBN"
                and not any(c.dep_ in ("aux", "auxpass") for c in sibling.children)):
            subject = next((c for c in sibling.children if c.dep_ == "nsubj" and c.i < sibling.i), None)
            if subject is not None:
                return subject
    return None


def _is_bare_participle_clause(verb) -> bool:
    """A participle clause with no subject of its own ('Exceeding 120 decibels, the noise
    ...', '..., leaving 300 homes without power'), whose doer is the main clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head != verb and verb.head.pos_ in (
        "VERB", "AUX") and not any(c.dep_ == "mark" for c in verb.children)


def _is_dateline(tok) -> bool:
    """'VALMORA' in 'VALMORA, Ardenia - ...': a place name in capitals opening the copy."""
    return tok.i <= 1 and len(tok.text) > 2 and tok.text.isupper() and tok.is_alpha


def attachment(top):
    """(verb, preposition) the figure completes: 'rose to 5%' -> (rose, to);
    'is worth £4.2bn' -> (is, None); 'were up 3 per cent' -> (were, None)."""
    prep = None
    node = top
    if node.dep_ == "conj" and is_figure_word(node.head):
        node = node.head  # '£45 for adults and £20 for children'
    if node.dep_ == "conj" and node.head.pos_ == "ADP" and node.head.dep_ == "prep":
        node = node.head  # 'cost £30 for members and £45 for non-members': £45 hung on the first 'for'
    if node.dep_ == "appos" and node.head.dep_ == "attr":
        node = node.head  # 'is a record £50m'
    if node.dep_ == "pobj" and node.head.pos_ == "ADP":
        prep = node.head.lower_
        node = node.head
    elif node.pos_ == "ADP" and node.dep_ == "prep":
        pass  # the figure's own qualifier ('sold over one million'): a plain complement
    elif node.dep_ == "conj" and node.head.pos_ == "VERB" and node.pos_ in ("NOUN", "NUM", "SYM"):
        pass  # a second object the parser hung on the verb: 'received €2.5m ... and a further €1.8m'
    elif node.dep_ not in _COMPLEMENT_DEPS:
        return None, None
    head = clause_head(node)  # 'travelled 85km before it was stopped' -> travelled
    for _ in range(2):  # 'up 3 per cent', 'worth £4.2bn', 'three times higher', 'twice as cheap'
        if head.pos_ in ("VERB", "AUX") or head == head.head:
            break
        if head.lower_ in _TIME_WORDS or (head.pos_ not in ("ADJ", "ADV") and head.lemma_.lower() not in _LINKS):
            return None, None
        head = head.head
    if head.pos_ not in ("VERB", "AUX") and not _headline_predicate(head):
        return None, None
    return head, prep


def _headline_predicate(tok) -> bool:
    """A headline's verb the parser read as an adjective at the root, yet with a subject
    of its own: 'Oil giant's profits double to $40bn'."""
    return tok.dep_ == "ROOT" and tok.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in tok.children)


def _has_object_before(verb, figure_tokens) -> bool:
    first = min(t.i for t in figure_tokens)
    return any(c.dep_ == "dobj" and c not in figure_tokens and c.i < first and c.pos_ in ("NOUN", "PROPN")
               and c.lemma_.lower() not in _LINKS for c in verb.children)  # not the 'fold' of 'grown four-fold'


def _other_object(verb, figure_tokens, deps):
    """A noun object of ``verb`` before the figure: 'pushed demand to 45 GW' -> demand.

    An 'object' after the figure is the parser reading an apposition ('peaked at
    3.9 metres, its highest level') as one.
    """
    first = min(t.i for t in figure_tokens)
    for child in verb.children:
        if child.dep_ in deps and child not in figure_tokens and is_nounish(child) and child.i < first:
            return child
    return None


def clause_role_subject(span, top, kind: str):
    """What the figure is a level, change or price of, from its place in the clause.

    'The heatwave pushed demand to 45 gigawatts' -> demand; 'The strike could
    cost the economy £1bn' -> economy; 'Unemployment rose to 5%' ->
    unemployment; 'The merger is worth $4.2bn' -> merger. A bare count object
    ('Police arrested 300') says nothing about what was counted: only a level
    verb or preposition ('the population passed 1.3 million') makes the
    clause subject its subject.
    """
    if top in span and (top.pos_ == "VERB" and not is_figure_word(top) or _headline_predicate(top)):
        verb, prep = top, None  # 'exports doubled'; not the 'm' of '£30m' misread as a verb
        figure_tokens = set(span)
    else:
        verb, prep = attachment(top)
        figure_tokens = set(span) | set(top.subtree)
    if verb is None:
        return None
    if prep in LEVEL_PREPS:
        tally = next((c for c in verb.children if c.dep_ == "dobj" and c not in figure_tokens
                      and tally_reading(c) is not None), None)
        if tally is not None:  # 'bringing the number of arrests to 23'
            return tally
        changed = _other_object(verb, figure_tokens, ("dobj",))
        if changed is not None:
            return changed
        if _has_object_before(verb, figure_tokens):
            # 'organisers put the figure at 600,000': what is set at the level is the
            # object, even one that names nothing ('the figure'); never the one who sets it
            return None
    if prep is None and verb.lemma_.lower() in CHARGE_VERBS:
        charged = _other_object(verb, figure_tokens, ("dative", "dobj"))
        if charged is not None:
            return charged
    if kind == "count" and not _count_is_level(verb, prep, top):
        return None
    subject = clause_subject(verb)
    if subject is not None and subject in figure_tokens:
        return None
    return subject


def _count_is_level(verb, prep, top) -> bool:
    """A bare count is a level of the clause subject: 'the death toll rose to 14', 'the
    population passed 1.3 million', 'the index was down 36.8'. Not after a passive verb
    ('The budget was approved by 31 votes to 19'), whose subject is what was acted on."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    return prep in LEVEL_PREPS or verb.lemma_.lower() in LEVEL_VERBS or top.head.lower_ in ("up", "down")


def is_participle_word(tok) -> bool:
    """A participle or adjective (not an auxiliary) that the parser may hang between a count and its
    noun: 'rebuild the eleven destroyed homes', read as 'eleven (destroyed homes)'."""
    return tok.tag_ in ("VBN", "JJ") and tok.pos_ != "AUX"


def adjacent_plural(span):
    """A plural noun phrase right after a count the parser left hanging:
    'About 300k people signed' -> people; '14.5m fake accounts' -> accounts."""
    after = span[-1].i + 1
    if after >= len(span.doc):
        return None
    noun = span.doc[after]
    if is_participle_word(noun) and after + 1 < len(span.doc) and noun.head.i < noun.i:
        noun = span.doc[after + 1]  # 'rebuild the eleven destroyed homes', parsed as 'eleven (destroyed homes)'
    for _ in range(3):  # through its modifiers: 'fake accounts', 'passport applications'
        if noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i:
            noun = noun.head
    if noun.tag_ in ("NNS", "NNPS") and is_nounish(noun):
        return noun
    return None


def count_subject(span, kind: str):
    """Subject of a count, percentage, ratio or sum of money (see the module docstring)."""
    if kind == "count" and len(span) == 2 and span[0].lower_ in ("a", "an") and is_nounish(span[1]):
        return span[1]  # 'four sedans, three pickups and a van': the figure is written with its noun
    top = figure_top(span)
    noun = counted_noun(span)
    if noun is not None and kind == "count":
        measured = measured_by_unit(noun)
        if measured is not None:  # 'The noise exceeded 120 decibels': the noise, not decibels
            return measured
    if noun is not None:
        return through_collective(noun)
    top = _out_of_time_phrase(top, span)
    if kind == "money" or kind == "percent":
        charged = _charged_object(top)
        if charged is not None:
            return charged
    found = of_phrase_subject(span) or noun_of_phrase(top) or apposed_owner(top) or worth_owner(top)
    if found is None and kind == "money":
        priced = priced_thing(top, span)
        if priced is not None:  # 'Tickets cost £20 for children': the tickets' price
            return priced
        verb = transfer_verb(top)
        if verb is not None:  # the payer is the agent, never the subject
            return transferred_sum_purpose(span, verb)
        found = money_purpose(span)
    if found is None:
        found = clause_role_subject(span, top, kind)
        if found is not None and (found.lemma_.lower() in PRONOUNS or found.pos_ == "PRON"):
            found = None
        if kind == "count" and tally_reading(found) is not None:
            return found  # 'the number of wounded rose to 52': read by tally_reading
        found = through_collective(found)
    if found is None and kind == "money":
        found = _verb_purpose(top)
    if found is not None and not (is_nounish(found) or found.tag_ == "VBG" or is_nominal_adjective(found)):
        found = None  # 'the figure rose to 14': no word for what was counted
    if found is None and kind == "count":
        found = adjacent_plural(span) or _points_counted(span)
    return found


def _points_counted(span):
    """'docked six points', 'four points clear', '41 points from the guard': points won,
    lost or scored are what a sports count counts. Not the points by which a level moves
    ('the index fell 36 points', 'down 50 points', 'won by 11 points') nor percentage or
    basis points, which are units."""
    after = span[-1].i + 1
    if after >= len(span.doc):
        return None
    points = span.doc[after]
    if points.lemma_.lower() != "point" or not any(t.head == points for t in span):
        return None
    if span.start > 0 and span.doc[span.start - 1].lower_ in ("percentage", "basis"):
        return None
    anchor = points.head
    if anchor.lower_ in ("by", "up", "down") or verb_lemma(anchor) in _GROWTH_VERBS | {"gain", "lose", "shed", "add"}:
        return None
    return points


def _out_of_time_phrase(top, span):
    """The time phrase a figure was hung on by the parser, which stands in the figure's
    place: in 'exports fell by a third last year' it reads 'a third' as describing
    'year', and in 'sales were up 41% year on year' '41%' as compounding 'year'; the
    figure completes 'fell by' and 'were up' as the time phrase does."""
    for tok in span:
        head = tok.head
        if tok.dep_ in ("amod", "nummod", "compound", "det") and head.i > span[-1].i and head not in span \
                and head.ent_type_ in ("DATE", "TIME") and head.pos_ == "NOUN":
            return head
    return top


def priced_thing(top, span):
    """What a price is the price of: the subject of a verb of pricing whose object or level
    the sum is. 'Tickets cost £45 for adults and £20 for children' -> Tickets for both
    sums ('for adults' says who pays, not what is priced); 'Seats are priced at £30'
    -> Seats. A pronoun subject is returned as it is (the caller drops it): 'They cost
    £20 for children' names nothing priced, and the children are still not it."""
    verb, prep = attachment(top)
    if verb is None or verb_lemma(verb) not in PRICE_VERBS or prep not in (None, "at", "from"):
        return None
    subject = clause_subject(verb)
    return subject if subject is not None and subject not in span else None


def _verb_purpose(top):
    """'The £6.4m we have set aside for pothole repairs' -> repairs: the for-phrase of the
    verb the money hangs on, used when that verb has no subject worth naming ('we')."""
    verb = attachment(top)[0] or (top.head if top.dep_ in ("nsubj", "nsubjpass") else None)
    return money_purpose([verb]) if verb is not None else None


def _charged_object(top):
    """'cost the average family 1.5% of its income' -> family (before the of-phrase)."""
    verb, prep = attachment(top)
    if verb is not None and prep is None and verb.lemma_.lower() in CHARGE_VERBS:
        return _other_object(verb, set(top.subtree), ("dative", "dobj"))
    return None


#: Verbs whose bare percentage object is a share of the vote: 'the Greens won 27.5%'.
_VOTE_VERBS = {"win", "poll"}
#: Verbs that take a share of the vote only where the sentence speaks of an election.
_VOTE_VERBS_IN_ELECTIONS = {"take", "secure", "get", "receive", "garner", "capture"}
#: Verbs that place a party with its share: 'came second with 27.5%', 'finished first on 41%'.
_PLACING_VERBS = {"come", "finish", "end", "place"}
_ELECTION_WORDS = {"vote", "voter", "election", "ballot", "seat", "party", "candidate", "constituency",
                   "referendum", "runoff", "primary", "electorate", "poll"}


def vote_share_verb(span, top):
    """The verb that makes a bare percentage a share of the vote, or None.

    'The Greens won 27.5%', 'winning 27.5%'; and where the sentence speaks of an
    election or the one placed is a party ('the Greens', tagged as a group like
    'the Liberals'): 'took 27.5%', 'came second with 27.5%'. A percentage with a
    noun of its own ('won 30% of the market', 'a 27.5% stake') is that noun's;
    'China came second with 19.2%' is no vote.
    """
    attached = _verb_of_bare_figure(span, top)
    if attached is None:
        return None
    verb, prep, bare_object = attached
    lemma = verb_lemma(verb)
    if bare_object and lemma in _VOTE_VERBS:
        return verb
    placed = prep in ("with", "on") and lemma in _PLACING_VERBS
    if (placed or (bare_object and lemma in _VOTE_VERBS_IN_ELECTIONS)) and _electoral(verb, span):
        return verb
    return None


def polled_verb(span, top):
    """The verb 'poll' of a bare count, which counts votes: 'On first preferences Costa polled
    41,380'; None otherwise."""
    attached = _verb_of_bare_figure(span, top)
    return attached[0] if attached is not None and attached[2] and verb_lemma(attached[0]) == "poll" else None


def _verb_of_bare_figure(span, top):
    """(verb, preposition, bare object) for a figure with no noun of its own ('won 27.5%', 'polled
    41,380', not 'won 30% of the market'); None when it has one or hangs on no verb."""
    if counted_noun(span) is not None or of_phrase_subject(span) is not None or of_object(top) is not None:
        return None
    verb, prep = attachment(top)
    if verb is None:
        return None
    return verb, prep, prep is None and top.dep_ in ("dobj", "conj")


def _electoral(verb, span) -> bool:
    """The sentence speaks of an election, or the verb's subject is a party."""
    if any(t.lemma_.lower() in _ELECTION_WORDS for t in verb.doc if t not in span):
        return True
    subject = clause_subject(verb)
    return subject is not None and (subject.ent_type_ == "NORP" or subject.lower_ in ("party", "parties"))


# --- wholes: populations and the parts of a thing -----------------------------
#
# A count of a whole set states a property of what the set belongs to, whatever
# verb the sentence hangs it on: "Halvik, a town of 84,000 people that sits on a
# fault", "the 48,000 people of Halvik", "Port Selden's population reached
# 621,400" all give Halvik's (or Port Selden's) population; "the train's eight
# carriages" and "all six carriages of the train" give the number of carriages
# the train has, whether they "left the rails" or were "lifted back". Such a
# figure is read as a level (predicate '') of its subject, with the owner as
# agent. A count of people or things to which something *happened* is not a
# property of the owner: "4,000 people were evacuated from Halvik", "the 300
# people who marched", "Police arrested 12 of the gang's members", "the ship's 40
# crew were rescued" keep their verb (``TOLL_VERBS``).

#: Nouns for the people who live in a place: "84,000 people", "612,000 residents".
POPULATION_NOUNS = {"people", "person", "resident", "inhabitant", "citizen", "soul", "dweller", "islander",
                    "villager", "townspeople", "townsfolk", "population"}
#: Nouns that name a place by its kind: "a town of 84,000 people", "the city grew to 612,400".
PLACE_NOUNS = {"city", "town", "village", "region", "country", "nation", "island", "province", "state",
               "county", "district", "capital", "metropolis", "municipality", "borough", "suburb", "hamlet",
               "settlement", "territory", "republic", "kingdom", "enclave", "conurbation", "megacity", "parish"}
#: Verbs that say what happened to the people or things counted: the count is a toll of
#: that event, not the size of a whole ("the town's 9,000 inhabitants were evacuated").
TOLL_VERBS = {
    "kill", "die", "perish", "injure", "wound", "hurt", "arrest", "detain", "evacuate", "rescue", "displace",
    "hospitalise", "hospitalize", "charge", "infect", "flood", "damage", "destroy", "burn", "cancel",
    "strand", "trap", "drown", "kidnap", "abduct", "capture", "free", "release", "jail", "convict",
    "sentence", "sack", "dismiss", "fire", "lay", "cut", "resign", "quit", "flee", "escape", "miss", "lose",
    "save", "treat", "test", "vaccinate", "shoot", "execute", "deport", "expel", "strike", "protest", "march",
    "sign", "vote", "join", "attend", "affect", "hit", "close", "shut", "suspend", "delay", "ground",
}
#: Verbs by which a population reaches a bound rather than a level: "passed 1 million".
_BOUND_VERBS = {"pass", "exceed", "top", "surpass", "near", "approach", "break", "cross"}
#: Verbs of change: with 'to'/'at' the figure is the new level ("grew to 612,400"), else
#: the change itself ("grew by 4,000") or the old level ("from 571,900").
_GROWTH_VERBS = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump", "shrink", "decline",
                 "swell", "double", "treble", "triple", "halve", "slip", "dip", "soar", "surge", "plunge", "expand",
                 "reach"}
#: Words that make a counted set the whole of it: "the 48,000 people of Halvik", "all six carriages".
_WHOLE_DETERMINERS = {"the", "all", "both", "each", "every"}
#: Verbs that say where a thing is or what state it is in, not what it does: the active
#: subject of such a verb is still a set described as a whole ("all six carriages of the
#: train left the rails"), while a set that acts ("Nato's 32 members agreed to spend")
#: is counted as doers of that act.
_STATE_OR_MOTION_VERBS = {
    "be", "have", "remain", "stand", "sit", "lie", "stay", "leave", "derail", "come", "go", "fall", "topple",
    "overturn", "tip", "slide", "roll", "crash", "collapse", "sink", "hang", "span", "stretch", "run", "weigh",
    "date", "need", "require", "survive", "carry", "hold", "contain", "house", "seat", "serve", "share", "look",
    "sway", "rest", "end", "jump",
}
_PLACE_ENTITIES = ("GPE", "LOC")


def is_place(tok) -> bool:
    """A place, by its name ('Halvik' tagged as a place) or its kind ('the town')."""
    return tok is not None and (tok.ent_type_ in _PLACE_ENTITIES or tok.lemma_.lower() in PLACE_NOUNS)


def _could_be_place(tok) -> bool:
    """A place, or a name the tagger does not know as a person or group: in 'the 48,000
    people of Halvik' the phrase itself says Halvik is a place (the small model often
    tags made-up towns as organisations)."""
    return is_place(tok) or (tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME"))


def place_named(place):
    """The token that names a place given by its kind: 'Halvik, a town of ...' and 'a town,
    Halvik, ...' -> Halvik; 'Lagos is a city of ...' -> Lagos; 'the town' -> town."""
    if place.pos_ == "PROPN":
        return place
    for child in place.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    if place.dep_ == "appos" and place.head.pos_ in ("PROPN", "NOUN"):
        return place.head
    if place.dep_ in ("attr", "appos") and place.head.pos_ in ("AUX", "VERB"):
        subject = next((c for c in place.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    for child in place.children:  # 'the town of Halvik'
        if child.dep_ == "prep" and child.lower_ == "of":
            name = next((o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return place


def possessor(noun):
    """Whose the noun is: 'the train's eight carriages' -> train, 'Halvik's population' ->
    Halvik; not a pronoun ('its carriages' names no owner)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _definite_of_owner(noun):
    """The owner in 'all six carriages of the train', 'the 48,000 people of Halvik', 'the
    population of Halvik': an of-object that is itself definite (a name, 'the X', 'X's Y').
    'six carriages of coal' is what they hold, not whose they are."""
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for obj in child.children:
            if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME"):
                continue
            if obj.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") and c.lower_ != "a" and c.lower_ != "an"
                                          for c in obj.children):
                return obj
    return None


def _is_whole_set(noun) -> bool:
    """'the 48,000 people', 'all six carriages', 'the train's eight carriages': the whole set."""
    return possessor(noun) is not None or any(
        c.dep_ in ("det", "predet") and c.lower_ in _WHOLE_DETERMINERS for c in noun.children)


def _restricted_by_clause(noun) -> bool:
    """'the 300 residents who fled': a relative clause that picks out some of them."""
    return any(c.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("who", "that", "which")
                                         for s in c.children) for c in noun.children)


def _is_toll(verb) -> bool:
    return verb is not None and verb_lemma(verb) in TOLL_VERBS


def _place_of_described_phrase(noun):
    """The place a population noun describes by the phrase it stands in, or None:
    'a town of 84,000 people' -> town; 'a city with 2 million inhabitants' -> city;
    'Port Selden, with about 612,000 residents, grew' -> Port Selden; 'Halvik, home to
    84,000 people' -> Halvik; 'Halvik has 84,000 residents' -> Halvik.

    'people' is a word for any crowd ('the march, with 300 people'), so with it the
    owner must be a known place; 'residents' and 'inhabitants' live somewhere by
    definition, so any name the tagger does not take for a person will do.
    """
    head = noun.head
    if noun.dep_ != "pobj" and not (noun.dep_ == "dobj" and verb_lemma(head) == "have"):
        return None
    place_like = is_place if noun.lemma_.lower() in ("people", "person") else _could_be_place
    if head.lower_ == "of" and is_place(head.head):
        return head.head  # 'a town of 84,000 people'
    if head.lower_ == "to" and head.head.lower_ == "home":
        home = head.head  # 'Halvik, home to ...', 'Halvik is home to ...'
        if home.head != home and home.head.pos_ in ("NOUN", "PROPN"):
            return home.head
        if home.head.pos_ in ("AUX", "VERB"):
            return clause_subject(home.head)
        return None
    if head.lower_ == "with":
        owner = head.head if head.head.pos_ in ("NOUN", "PROPN") else None
        if owner is None and head.head.pos_ in ("VERB", "AUX"):
            owner = clause_subject(head.head)  # 'Port Selden, with about 612,000 residents, grew'
        if owner is not None and _named_by_apposition(owner) and noun.lemma_.lower() not in ("people", "person"):
            return owner  # 'Birchlea House, a home on Mill Road with 64 residents': who live at the named place
        return owner if owner is not None and place_like(owner) else None
    if noun.dep_ == "dobj":  # 'Halvik has 84,000 residents'
        owner = clause_subject(head)
        return owner if owner is not None and place_like(owner) else None
    return None


def _named_by_apposition(noun) -> bool:
    """Is a common noun set off after a name it describes ('Birchlea House, a home')?"""
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and _could_be_place(noun.head)


def population_place(noun, verb, counts_noun: bool = True):
    """(True, place or None) when the count of ``noun`` is the population of a place;
    None when it is not. See the section comment above. ``counts_noun`` says the figure
    is the noun's own number: '40 of the village's residents' is some of them."""
    if noun is None or noun.lemma_.lower() not in POPULATION_NOUNS:
        return None
    if not counts_noun and noun.lemma_.lower() != "population":
        return None
    described = _place_of_described_phrase(noun)
    if described is not None:
        return True, place_named(described)
    if noun.lemma_.lower() == "population":
        return True, _population_owner(noun)
    owner = possessor(noun) or _definite_of_owner(noun)
    if owner is None or not _could_be_place(owner) or not _is_whole_set(noun):
        return None
    if _restricted_by_clause(noun) or _is_toll(verb) and not _whole_of_a_part(noun):
        return None  # 'the 300 residents of Halvik who fled', '... were evacuated'
    return True, place_named(owner)


#: Words that take a part out of a whole set: 'two-thirds of the district's residents'.
_PART_OF_WHOLE = {"third", "half", "quarter", "fifth", "tenth", "most", "many", "some", "majority",
                  "minority", "proportion", "share", "fraction", "percent", "%", "cent"}


def _whole_of_a_part(noun) -> bool:
    """The noun is the whole a part is taken from: in 'two-thirds of the district's 45,000
    residents have been displaced' what happened befell the two-thirds; the 45,000 is
    still how many live there."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    part = noun.head.head
    return part.like_num or part.lemma_.lower() in _PART_OF_WHOLE or part.lower_ in _PART_OF_WHOLE


def _population_owner(population):
    """Whose population: 'Port Selden's population', 'the population of Halvik', 'Halvik has
    a population of 84,000', 'Halvik, with a population of 84,000'."""
    owner = possessor(population) or _definite_of_owner(population)
    if owner is not None:
        return place_named(owner)
    described = _place_of_described_phrase(population)
    if described is not None:
        return place_named(described)
    return None


def population_predicate(verb, top, span) -> str:
    """'' when the figure is the population's level ('reached 621,400', 'grew to 612,400',
    'a population of 84,000'); the verb when it is a change or an old level ('grew by
    4,000', 'from 571,900') or a bound ('passed 1 million')."""
    if verb is None:
        return ""
    lemma = verb_lemma(verb)
    prep = attachment(top)[1]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in ("to", "from"):
        prep = before.lower_  # 'rose from 210,000 to 231,000' hangs the second figure on the first
    if lemma in _BOUND_VERBS:
        return lemma
    if lemma in _GROWTH_VERBS and lemma != "reach" and prep not in ("to", "at"):
        return lemma
    return ""


def part_owner(noun, verb):
    """The thing a counted set belongs to when the count is how many it has: 'the train's
    eight carriages', 'all six carriages of the train', 'the bridge's two towers'.

    None when the count is of what happened to them (a verb in ``TOLL_VERBS``: 'the
    ship's 40 crew were rescued') or of the doers of an act ('Nato's 32 members agreed
    to spend'), when a relative clause picks some of them out, or when the set is not whole ('six carriages of coal', '12 of the gang's members',
    whose figure is not the noun's own number).
    """
    if noun is None or noun.lemma_.lower() in POPULATION_NOUNS or not _is_whole_set(noun):
        return None
    owner = possessor(noun) or _definite_of_owner(noun)
    if owner is None or owner.ent_type_ in ("PERSON", "NORP") and possessor(noun) is None:
        return None
    if _restricted_by_clause(noun) or _is_toll(verb) and not _whole_of_a_part(noun):
        return None
    if noun.dep_ == "nsubj" and verb is not None and verb_lemma(verb) not in _STATE_OR_MOTION_VERBS:
        return None  # 'the UK's 3,400 food banks handed out three million parcels': doers of an act
    return owner
