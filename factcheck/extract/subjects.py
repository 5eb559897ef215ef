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
4. for money, what it is for or in: "£4.6m for pothole repairs", "€50bn in aid";
5. the figure's place in its clause: the object of a change of level
   ("cut its base rate to 4.75%"), the one charged by cost/save ("cost the
   economy £1bn"), else the clause's subject ("unemployment rose to 5%",
   "exports doubled", "the bridge cost £86.5m").

Collective words are looked through: "the number of burglaries" -> burglary.
Measures ("12 kilograms", "400 miles") are read in factcheck.extract.measures.
"""

from __future__ import annotations


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


def is_nounish(tok) -> bool:
    """A noun that can name what is counted: 'drones' yes, 'million' or 'per cent' no."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in NOT_SUBJECTS


def _is_figure_word(tok) -> bool:
    """Part of how a figure is written: digits, scale words, %, currency signs, 'points'."""
    return tok.like_num or tok.pos_ in ("NUM", "SYM") or tok.tag_ == "$" or tok.lemma_.lower() in NOT_SUBJECTS


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
    'police numbers' -> police; else the noun."""
    if noun is not None and noun.lemma_.lower() in COLLECTIVES:
        member = of_object(noun)
        if member is not None and member.pos_ in ("NOUN", "PROPN"):
            return member
        kinds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
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
        if head == top or not (_is_figure_word(head) or head in span):
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
        if head.i > end and is_nounish(head) and head.ent_type_ not in ("DATE", "TIME") and tok.dep_ in (
                "nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "advmod", "conj", "predet"):
            if head.dep_ != "appos" or head.head.i > end:
                return head
    return None


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
        if obj.ent_type_ in _PLACE_LABELS or tok.head.lower_ == "within":
            return None
        return through_collective(obj)
    return None


def noun_of_phrase(top):
    """'a toll of 14', 'gusts of 104mph', 'a range of 520 km': the noun the of-phrase completes."""
    if top.dep_ == "pobj" and top.head.lower_ == "of" and is_nounish(top.head.head):
        return top.head.head
    return None


def apposed_owner(top):
    """A figure set beside a noun: 'The new stadium cost £310m' (misread as the noun
    'cost' with '£310m' beside it) -> stadium; 'the project, £5m, ...' -> project."""
    if top.dep_ != "appos" or not is_nounish(top.head) or top.head.dep_ not in ("ROOT", "nsubj", "nsubjpass"):
        return None
    owner = top.head
    if owner.lemma_.lower() in _PRICE_NOUNS:
        compounds = [c for c in owner.children if c.dep_ == "compound" and is_nounish(c)]
        return compounds[-1] if compounds else None
    return owner


def money_purpose(tokens):
    """'£4.6m for pothole repairs' -> repairs; '50 billion euros in aid' -> aid (the
    for/in phrase hanging on any of ``tokens``).

    An 'in' phrase that names a time or place ('$780m in the first quarter',
    '£5m in London') says when or where, not what.
    """
    for tok in tokens:
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ not in ("for", "in"):
                continue
            for obj in child.children:
                if obj.dep_ == "pobj" and is_nounish(obj) and not (child.lower_ == "in" and obj.ent_type_):
                    return obj
    return None


def clause_subject(verb):
    """The subject of ``verb``'s clause, looking through to the verb it continues.

    'The bank agreed to pay $2.9bn' -> bank (pay has none of its own);
    'prices start at £8.50 and rise to £65' -> prices; 'the tunnel, which is
    300 miles long' -> tunnel; 'A house in the village sold for £410,000'
    (parsed as a noun with a clause) -> house.
    """
    for _ in range(4):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # in 'VALMORA, Ardenia - The death toll ... rose' the parser makes the dateline a subject too
            child = next((c for c in subjects if not _is_dateline(c)), subjects[0])
            if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return verb.head
            return child
        if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
            verb = verb.head
            continue
        if verb.dep_ in ("acl", "relcl") and is_nounish(verb.head):
            return verb.head
        return None
    return None


def _is_dateline(tok) -> bool:
    """'VALMORA' in 'VALMORA, Ardenia - ...': a place name in capitals opening the copy."""
    return tok.i <= 1 and len(tok.text) > 2 and tok.text.isupper() and tok.is_alpha


def attachment(top):
    """(verb, preposition) the figure completes: 'rose to 5%' -> (rose, to);
    'is worth £4.2bn' -> (is, None); 'were up 3 per cent' -> (were, None)."""
    prep = None
    node = top
    if node.dep_ == "conj" and _is_figure_word(node.head):
        node = node.head  # '£45 for adults and £20 for children'
    if node.dep_ == "appos" and node.head.dep_ == "attr":
        node = node.head  # 'is a record £50m'
    if node.dep_ == "pobj" and node.head.pos_ == "ADP":
        prep = node.head.lower_
        node = node.head
    elif node.pos_ == "ADP" and node.dep_ == "prep":
        pass  # the figure's own qualifier ('sold over one million'): a plain complement
    elif node.dep_ not in _COMPLEMENT_DEPS:
        return None, None
    head = node.head
    for _ in range(2):  # 'up 3 per cent', 'worth £4.2bn', 'three times higher', 'twice as cheap'
        if head.pos_ in ("VERB", "AUX") or head == head.head:
            break
        if head.lower_ in _TIME_WORDS or (head.pos_ not in ("ADJ", "ADV") and head.lemma_.lower() not in _LINKS):
            return None, None
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None, None
    return head, prep


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
    if top.pos_ == "VERB" and top in span:
        verb, prep = top, None  # 'exports doubled'
        figure_tokens = set(span)
    else:
        verb, prep = attachment(top)
        figure_tokens = set(span) | set(top.subtree)
    if verb is None:
        return None
    if prep in LEVEL_PREPS:
        changed = _other_object(verb, figure_tokens, ("dobj",))
        if changed is not None:
            return changed
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


def adjacent_plural(span):
    """A plural noun phrase right after a count the parser left hanging:
    'About 300k people signed' -> people; '14.5m fake accounts' -> accounts."""
    after = span[-1].i + 1
    if after >= len(span.doc):
        return None
    noun = span.doc[after]
    for _ in range(3):  # through its modifiers: 'fake accounts', 'passport applications'
        if noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i:
            noun = noun.head
    if noun.tag_ in ("NNS", "NNPS") and is_nounish(noun):
        return noun
    return None


def count_subject(span, kind: str):
    """Subject of a count, percentage, ratio or sum of money (see the module docstring)."""
    top = figure_top(span)
    noun = counted_noun(span)
    if noun is not None:
        return through_collective(noun)
    if kind == "money" or kind == "percent":
        charged = _charged_object(top)
        if charged is not None:
            return charged
    found = of_phrase_subject(span) or noun_of_phrase(top) or apposed_owner(top)
    if found is None and kind == "money":
        found = money_purpose(span)
    if found is None:
        found = clause_role_subject(span, top, kind)
        if found is not None and (found.lemma_.lower() in PRONOUNS or found.pos_ == "PRON"):
            found = None
        found = through_collective(found)
    if found is None and kind == "money":
        found = _verb_purpose(top)
    if found is not None and not (is_nounish(found) or found.tag_ == "VBG"):
        found = None  # 'the figure rose to 14': no word for what was counted
    if found is None and kind == "count":
        found = adjacent_plural(span)
    return found


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
