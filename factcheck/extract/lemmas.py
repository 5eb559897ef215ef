"""Lemmas for subjects and predicates, with the small model's known slips mended.

The rule lemmatiser of en_core_web_sm prefers the first rule whose result is a
known word, so "fined" becomes "fin", "rated" becomes "rat" and "doses"
becomes "dos" (all real words). Plural proper nouns ("Gazans") and compounds
of irregular plurals ("schoolchildren") are left as written. Claims are
grouped by subject and predicate, so these slips would split one fact in two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.nlp import load_nlp

_VOWELS = set("aeiou")

# Irregular plural endings the rules do not cover inside compounds.
_PLURAL_ENDINGS = (("children", "child"), ("women", "woman"))

# Nouns whose plural the lemmatiser's exception table maps to another word.
NOUN_FIXES = {"doses": "dose", "mice": "mouse", "geese": "goose", "oxen": "ox", "lice": "louse"}  # (irregular plurals
# the lemmatiser may leave as they are: 'Adult house mice ... up to 30 kilograms')
#: Lemmas the lemmatiser gives in American spelling: 'axed' -> 'ax'.
_VERB_FIXES = {"ax": "axe"}


def _one_syllable_cvc(stem: str) -> bool:
    """'rat', 'fin', 'dat': one vowel group ending consonant-vowel-consonant.

    English doubles such a consonant before -ed/-ing ("ratted", "finned"), so
    "rated" cannot come from "rat": its lemma must be "rate".
    """
    if len(stem) < 3 or not stem.isalpha():
        return False
    c1, v, c2 = stem[-3], stem[-2], stem[-1]
    groups = sum(1 for i, ch in enumerate(stem) if ch in _VOWELS and (i == 0 or stem[i - 1] not in _VOWELS))
    return groups == 1 and c1 not in _VOWELS and v in _VOWELS and c2 not in _VOWELS | {"w", "x", "y"}


@lru_cache(maxsize=1)
def irregular_verb_forms() -> dict[str, str]:
    """Irregular past forms of verbs and their lemmas ('swam' -> 'swim', 'fled' -> 'flee'), for
    the forms the lemmatiser knows as no noun and no adjective: such a token tagged as a noun
    is the parser's slip ('16 swam or were towed ashore')."""
    try:
        tables = load_nlp().get_pipe("lemmatizer").lookups
        verbs = tables.get_table("lemma_exc")["verb"]
        others = (set(tables.get_table("lemma_index")["noun"]) | set(tables.get_table("lemma_exc")["noun"])
                  | set(tables.get_table("lemma_index")["adj"]) | set(tables.get_table("lemma_exc")["adj"]))
    except (KeyError, ValueError, AttributeError):
        return {}
    return {form: lemmas[0] for form, lemmas in verbs.items()
            if lemmas and lemmas[0] != form and form.isalpha() and form not in others}


def verb_lemma(tok) -> str:
    """Lemma of a verb: 'fined' -> 'fine', 'rated' -> 'rate', 'launched' -> 'launch' (and 'swam'
    -> 'swim' when the parser took it for a noun)."""
    lemma = tok.lemma_.lower()
    text = tok.lower_
    if tok.pos_ == "NOUN" and text in irregular_verb_forms():
        return irregular_verb_forms()[text]
    if lemma in _VERB_FIXES:
        return _VERB_FIXES[lemma]
    for ending in ("ed", "ing"):
        if text == lemma + ending and _one_syllable_cvc(lemma):
            return lemma + "e"
    return lemma


def noun_lemma(tok) -> str:
    """Lemma of a noun: 'doses' -> 'dose', 'Gazans' -> 'gazan', 'schoolchildren' -> 'schoolchild',
    'Spending' (a gerund) -> 'spending', 'the wounded' -> 'wounded'."""
    lemma = tok.lemma_.lower()
    text = tok.lower_
    if tok.tag_ == "VBG":
        return text  # a gerund as subject: 'Spending on health will rise by 9.4%'
    if tok.tag_ in ("VBN", "JJ"):
        return text  # an adjective standing for people: 'two of the wounded'
    if text in NOUN_FIXES:
        return NOUN_FIXES[text]
    if re.fullmatch(r"[A-Z]{2,}s", tok.text):
        return text[:-1]  # the plural of an abbreviation: 'MPs' -> 'mp', 'GPs' -> 'gp'

    if lemma == text:
        for plural, singular in _PLURAL_ENDINGS:
            if text.endswith(plural):
                return text[: -len(plural)] + singular
        if tok.tag_ == "NNPS" and text.endswith("s") and not text.endswith("ss"):
            return text[:-1]
    return lemma


def lemma(tok) -> str:
    """The mended lemma of any token, by its part of speech."""
    if tok.pos_ in ("VERB", "AUX"):
        return verb_lemma(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        return noun_lemma(tok)
    return tok.lemma_.lower()


@lru_cache(maxsize=1)
def _verb_tables() -> tuple[dict, list, frozenset]:
    from factcheck.extract.nlp import load_nlp  # the pipeline's own lemma tables
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    return (lookups.get_table("lemma_exc")["verb"], lookups.get_table("lemma_rules")["verb"],
            frozenset(lookups.get_table("lemma_index")["verb"]))


@lru_cache(maxsize=4096)
def participle_verb(word: str) -> str:
    """The verb of a participle, by the pipeline's verb rules: 'confirmed' -> 'confirm',
    'injured' -> 'injure', 'skilled' -> 'skilled' (no such verb)."""
    exceptions, rules, verbs = _verb_tables()
    if word in exceptions:
        return exceptions[word][0]
    for old, new in rules:
        if word.endswith(old) and (form := word[:len(word) - len(old)] + new) in verbs:
            return form
    return word


def modifier_lemma(tok) -> str:
    """Lemma of a word narrowing a subject. A participle gives its verb whether the tagger read
    it as an adjective or a verb, so 'confirmed cases' is one kind of case in every sentence."""
    if tok.lower_.endswith("ed") and tok.tag_ in ("JJ", "VBN", "VBD"):
        return participle_verb(tok.lower_)
    return tok.lemma_.lower()
