"""The verb a figure hangs on, and whether that verb is negated or hedged.

* predicate - lemma of the nearest governing verb with its particle
  ("shot down 59" -> "shoot down"), so "launched 479" and "shot down 59"
  are different facts.
* negated - the verb is negated ("did not", "never", "no longer"); a "not"
  on a verb of expectation carries down to the clause it governs ("does not
  expect rates to fall below 4%"), but a correction ("not 180 but 118") is
  not a negation of the second figure.
* hedged - a modal (could, may, might, would), a hedging adverb
  (reportedly, allegedly ...) or a verb of belief or forecast (expect,
  estimate, think ...) on the verb or on a verb that governs its clause.
  "will", "can" and "said" do not hedge (see the gold README).
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.lemmas import irregular_verb_forms, verb_lemma
from factcheck.extract.nlp import load_nlp

_PARTICLES = {"down", "up", "off", "out", "aside", "back", "over"}
_NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"}
# Modals and adverbs that make a statement uncertain.
_HEDGE_MODIFIERS = {"could", "may", "might", "would", "possibly", "reportedly", "allegedly",
                    "perhaps", "probably", "likely", "unlikely", "possible", "apparently",
                    "supposedly", "potentially"}
# Verbs of belief, estimate or forecast.
_HEDGE_VERBS = {"estimate", "suspect", "believe", "think", "claim", "allege", "expect", "forecast",
                "predict", "project", "anticipate", "fear", "guess", "assume", "reckon",
                "consider", "weigh", "explore", "mull", "contemplate"}  # deliberation: no decision yet
# 'does not expect X' means 'expects not X' (neg-raising).
_NEG_RAISING = {"expect", "think", "believe", "anticipate", "suppose", "reckon", "imagine"}
# Relations through which a governing verb's stance reaches the figure's verb.
_EMBEDDING = {"xcomp", "ccomp", "conj", "auxpass", "aux"}


def clause_head(tok):
    """The word ``tok`` hangs on, with one slip of the small parser mended.

    A word written before a subordinate clause's opening conjunction belongs to
    the clause above, yet the parser now and then hangs it on the subordinate
    verb: in 'The convoy travelled 85km before it was stopped' it hangs '85km'
    on 'stopped'; the distance is how far the convoy travelled.
    """
    head = tok.head
    orphan = _clause_of_orphaned_subject(tok)
    if orphan is not None:
        return orphan
    if head.dep_ != "advcl" or not head.i > tok.i > head.head.i or head.head.pos_ not in ("VERB", "AUX"):
        return head
    if any(c.dep_ == "mark" and tok.i < c.i < head.i for c in head.children):
        return head.head
    return head


#: Conjunctions the parser may read as prepositions: 'after 31 members signed'.
_CLAUSE_OPENERS = {"after", "before", "since", "until", "till", "once", "as"}


def _clause_of_orphaned_subject(tok):
    """The other slip: in 'quit after 31 of the members signed a petition'
    the parser may read 'after' as a preposition, hang '31' on it, and leave
    'signed' without a subject.  The verb straight after the phrase is the
    one the figure does."""
    head = tok.head
    if tok.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in _CLAUSE_OPENERS:
        return None
    following = tok.right_edge.i + 1
    for verb in head.head.children:
        if verb.dep_ == "advcl" and verb.i == following and verb.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return verb
    return None


def governing_verb(tok, inside=frozenset()):
    """The nearest verb above ``tok`` that is not part of the figure itself
    (the tagger reads the 'm' of '£6.4m' as a verb now and then).

    'Air defences shot down 59 drones' -> shot; 'travelled 85km before it was
    stopped' -> travelled (see ``clause_head``).
    """
    own = _own_relative_clause(tok)
    if own is not None:
        return own
    node = tok
    while node.head != node:
        node = clause_head(node)
        if (node.pos_ in ("VERB", "AUX") or verb_read_as_noun(node)) and node not in inside:
            return _be_to(node) or node
    return None


_RELATIVE_PRONOUNS = {"who", "that", "which"}


def _own_relative_clause(tok):
    """The verb of a relative clause whose subject is the figure, when the figure only hangs
    on a preposition: 'finished, out of 21,500 who started' -> started; 'of the 300 who
    applied' -> applied. (A figure that is a verb's subject or object keeps that verb:
    'arrested 12 people who were protesting' -> arrested.)"""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    if noun.dep_ != "pobj":
        return None
    return relative_clause_verb(noun) or _where_clause_verb(noun)


def _where_clause_verb(noun):
    """The verb of a 'where' clause on ``noun``, which says what happened at the counted places:
    'Parents at the 19 schools where asbestos was confirmed' -> confirmed."""
    for child in noun.children:
        if child.dep_ == "relcl" and child.pos_ == "VERB" and any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in child.children):
            return child
    return None


def relative_clause_verb(noun):
    """The verb of a relative clause whose subject is ``noun``, which says what the counted
    things did: '85 firefighters who fought the blaze' -> fought."""
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "relcl" and child.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS for c in child.children):
            return child
    return None


def _be_to(verb):
    """'About 300 posts are to be axed', 'the plant is to close': in the 'be to' of plans
    and orders the verb that says what happens is the infinitive, not 'be'."""
    if verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset:
    """Base forms the pipeline's lemmatiser knows as verbs (its own word list)."""
    try:
        lemmatizer = load_nlp().get_pipe("lemmatizer")
        return frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def verb_read_as_noun(tok) -> bool:
    """A clause's verb, which the small parser took for a noun.

    A noun whose base form is a known verb and that has a subject of its own
    ('Roughly a third of staff work from home', '... staff work from home, the
    survey found': nouns take no subject); or, in a sentence with no verb at all, a
    root noun written with a third-person -s after a noun it is parsed as
    compounding, the phrase opening with an article ('The 90-minute documentary
    airs on Sunday'). A headline without a verb ('Fuel prices 5% higher') has
    neither.
    """
    if tok.pos_ != "NOUN":
        return False
    if tok.lower_ in irregular_verb_forms():
        return True  # '16 swam or were towed ashore': no noun is written so
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if not has_subject and (tok.dep_ != "ROOT" or tok.tag_ != "NNS" or noun_before_verb(tok) is None
                            or not any(c.dep_ == "det" for c in tok.children)
                            or any(t.pos_ in ("VERB", "AUX") for t in tok.doc)):
        return False
    return tok.lemma_.lower() in _known_verbs()


def noun_before_verb(tok):
    """The noun the parser compounded with a verb it read as a noun: 'documentary' in
    'The 90-minute documentary airs'."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.head == tok and before.dep_ == "compound" and before.pos_ == "NOUN":
        return before
    return None


def verb_read_as_modifier(noun):
    """A verb the parser hung on the noun after it as a modifier, though it has a doer
    of its own before it: 'Each migrant paid smugglers $3,000' parsed as the noun
    'smugglers' described by 'paid' -> paid (whose doer is 'migrant'). A plain
    participle ('the injured workers') has no doer and is left alone."""
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in noun.children:
        if child.dep_ == "amod" and child.pos_ == "VERB" and child.tag_ in ("VBD", "VBN") and child.i < noun.i:
            if misread_doer(child) is not None:
                return child
    return None


def misread_doer(verb):
    """The doer the parser hung on a verb it read as a modifier: 'migrant' in 'Each
    migrant paid smugglers'."""
    return next((c for c in verb.children if c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                 and c.dep_ in ("npadvmod", "nsubj", "compound")), None)


def verb_of_noun_root(tok):
    """A main verb the parser hung on the sentence's first noun as a modifier.

    'A 40-tonne lorry overturned on the bypass' is parsed with 'lorry' as
    root and 'overturned' as its clause; that clause's verb is the predicate.
    A verb read as a noun or as a modifier (``verb_read_as_noun``,
    ``verb_read_as_modifier``) is the predicate too.
    """
    root = tok
    while root.head != root:
        root = root.head
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb_read_as_noun(root):
        return root  # 'Roughly a third of staff work from home'
    modifier = verb_read_as_modifier(root)
    if modifier is not None:
        return modifier  # 'Each migrant paid smugglers $3,000'
    for child in root.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB" and child.i > root.i:
            return child
    return None


#: Verbs that report a fact stated by the clause they govern: 'are known to have died'.
_REPORTING_VERBS = {"know", "say", "report", "believe", "think", "confirm", "understand", "estimate",
                    "fear", "expect", "presume", "suppose", "allege", "rumour", "rumor", "see", "show"}


def stated_verb(verb, figure=frozenset()):
    """The verb that states the fact when the figure is the passive subject of a
    reporting verb, or the noun it describes: 'Fourteen people are known to have died',
    'one of five people confirmed to have died' -> died (the predicate
    is a death, not a knowing). Any hedge of the reporting verb is still read on it
    by ``polarity``; other verbs are returned as they are."""
    if verb is None or verb_lemma(verb) not in _REPORTING_VERBS:
        return verb
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head  # 'one of five people confirmed to have died': a reduced relative on the noun
    if subject is None or not (subject in figure or any(c in figure for c in subject.children)):
        return verb
    stated = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    return stated if stated is not None else verb


def predicate(verb) -> str:
    """'shot down' -> 'shoot down'; 'fined' -> 'fine'."""
    if verb is None:
        return ""
    particle = [c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.i == verb.i + 1 and c.lower_ in _PARTICLES and c.dep_ in ("advmod", "prep")
        and not (c.lower_ == "over" and any(g.dep_ == "pobj" for g in c.children)))]  # 'arrested over the sale
    lemma = verb_lemma(verb)
    return f"{lemma} {particle[0]}" if particle else lemma


def _governing_chain(verb):
    """The verb and the words whose clause embeds it: 'could not confirm that 14 samples
    were contaminated' -> [contaminated, confirm]; 'is likely to put' -> [put, likely].
    Stops at adverbial and relative clauses, whose stance is their own."""
    chain = [verb]
    while verb.dep_ in _EMBEDDING and verb.head != verb and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break  # '... may be a prize, but every player will ...': a clause with its own subject
        if verb.dep_ == "ccomp" and verb.i < verb.head.i and _runs_on_unmarked(verb):
            break  # 'worked in conditions I would not wish on anyone': a relative clause the parser took
            # for the verb's governor; a clause told before its governor ends with a pause ('..., he said')
        verb = verb.head
        chain.append(verb)
    return chain


def _runs_on_unmarked(clause) -> bool:
    """Does the next word after a clause follow it with no pause (no comma, dash or quotation mark)?"""
    end = clause.right_edge.i + 1
    return end < len(clause.doc) and not clause.doc[end].is_punct


def is_negated_verb(verb) -> bool:
    """'did not confirm', 'never found', 'no longer accept'."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in _NEGATIONS:
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
    return False


def _hedging_modifier(verb) -> bool:
    """'could destroy', 'reportedly killed', 'are likely'.  A compared
    likelihood ('were twice as likely', '40% more likely') measures a risk;
    it does not doubt the statement. Reported speech turns 'will' into
    'would' ('announced that it would close 164 branches'), which is no
    hedge either."""
    return any(c.dep_ in ("aux", "advmod", "acomp") and c.lemma_.lower() in _HEDGE_MODIFIERS
               and not _compared(c) and not (c.lower_ == "would" and _reported_will(verb))
               for c in verb.children)


#: Verbs that announce a plan or a fact in reported speech: 'said it would', 'announced that it would'.
_ANNOUNCING_VERBS = {"say", "announce", "confirm", "tell", "state", "reveal", "disclose", "add", "explain",
                     "insist", "pledge", "promise", "vow", "decide", "agree"}


def _reported_will(verb) -> bool:
    """'would' is the 'will' of reported speech: the verb is the clause of a past announcing verb
    ('the bank said it would cut 2,000 jobs'), with no condition of its own ('said that, if
    approved, the plan would cut 300 jobs' stays a hedge)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.tag_ != "VBD" or verb_lemma(head) not in _ANNOUNCING_VERBS:
        return False
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                   for c in verb.children) and not any(c.lower_ in ("if", "unless") for c in verb.children)


_COMPARING = {"as", "more", "less", "twice", "times", "so"}


def _compared(tok) -> bool:
    """'twice as likely', 'more likely', 'three times less likely'."""
    return any(c.dep_ == "advmod" and c.lower_ in _COMPARING for c in tok.children)


def _raised_into_belief(verb, figure_top) -> bool:
    """The figure is, or counts, the passive subject of a belief verb with a clause of its
    own: 'Between 300 and 400 people are thought to have been on board'. ('40% think ...'
    counts the believers, not a belief.)

    A belief verb that takes the figure as its object ('Organisers expect 250
    stalls') or whose subject the figure only describes ('The 2.5-mile tunnel
    is forecast to cost £2.5bn') leaves the figure as stated.
    """
    if verb_lemma(verb) not in _HEDGE_VERBS or not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return False
    return figure_top == subject or (figure_top.head == subject and figure_top.dep_ in ("nummod", "quantmod"))


def is_forecast_verb(verb) -> bool:
    """'expected', 'forecast', 'estimated': a verb of belief or forecast."""
    return verb_lemma(verb) in _HEDGE_VERBS


def _forecast_value(verb, figure_top) -> bool:
    """The figure is the value of what a forecast verb takes as its object:
    'The bank expects growth of 0.3%', 'The carmaker expects sales of between
    40,000 and 50,000 cars', '..., half the level seen in 2023'.  The object is a
    quantity the verb foresees, so the figure is uncertain.  A figure that
    counts the object itself ('Organisers expect 250 stalls') is what is
    planned for, and stays as stated."""
    if verb_lemma(verb) not in _HEDGE_VERBS:
        return False
    tok, through_value = figure_top, False
    for _ in range(6):
        if tok.head == verb or tok.head == tok:
            break
        through_value = through_value or tok.dep_ == "appos" or (tok.dep_ == "prep" and tok.lower_ == "of")
        tok = tok.head
    return (tok.head == verb and tok.dep_ == "dobj" and through_value
            and not (verb_lemma(verb) == "claim" and tok.lemma_.lower() in _WINNINGS))


#: What a winner claims, which is no claim of belief: 'to claim the title and a winner's cheque of £400,000'.
_WINNINGS = {"title", "prize", "cheque", "check", "purse", "jackpot", "crown", "trophy", "medal", "victory", "win",
             "seat", "record", "share", "reward", "bonus", "pot", "payout", "place", "spot", "gold", "silver", "bronze"}


def is_correction(figure_top, verb) -> bool:
    """The second figure of 'did not carry 180 passengers, but 118'."""
    return figure_top.dep_ == "conj" and figure_top.head == verb and any(
        c.dep_ == "cc" and c.lower_ in ("but", "rather") for c in verb.children)


def _set_off_in_subject(figure_top, verb) -> bool:
    """The figure describes the clause's subject in a phrase set off from it: 'the stadium,
    with a capacity of 32,500, was not over-full', 'The animals, some as long as 60 metres,
    cannot be lifted by hand'. The verb's negation is about the subject, not about the figure."""
    tok, set_off = figure_top, False
    while tok.head != tok and tok != verb:
        if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.i > 0 and tok.nbor(-1).text == ",":
            set_off = True
        first = tok.left_edge
        if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") and first.i > 0 and first.nbor(-1).text == ",":
            set_off = True  # 'The animals, some as long as 60 metres, cannot be lifted by hand'
        if tok.head == verb:
            return set_off and tok.dep_ in ("nsubj", "nsubjpass")
        tok = tok.head
    return False


def polarity(verb, figure_top) -> tuple[bool, bool]:
    """(negated, hedged) of a figure whose top token is ``figure_top``.

    'The bank does not expect rates to fall below 4%' -> (True, True).
    """
    negated = hedged = False
    if verb is not None:
        chain = _governing_chain(verb)
        negated = is_negated_verb(verb) and not is_correction(figure_top, verb) \
            and not _set_off_in_subject(figure_top, verb)
        negated = negated or any(is_negated_verb(v) and verb_lemma(v) in _NEG_RAISING for v in chain[1:])
        hedged = (_hedging_modifier(verb) or _raised_into_belief(verb, figure_top)
                  or _forecast_value(verb, figure_top)
                  or any(_hedging_modifier(v) or verb_lemma(v) in _HEDGE_VERBS
                         or v.lemma_.lower() in _HEDGE_MODIFIERS for v in chain[1:]))
    no = [c for c in figure_top.children if c.lower_ == "no"]
    if any(c.nbor(1).lower_ not in ("more", "fewer", "less", "greater") for c in no if c.i + 1 < len(c.doc)):
        negated = True  # 'no 50 euro notes'; but 'no more than 12' is a bound
    return negated, hedged
