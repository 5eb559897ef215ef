"""Unit lexicon for news copy, and conversion to one base unit per dimension.

The surface lexicon is hand-picked for news (precision matters more than
breadth: "in", "m", "t", "C" are real words too), the conversion factors
come from pint so that none are typed by hand.

Base units (one per dimension):

============  ==================  ==========================================
dimension     base unit           notes
============  ==================  ==========================================
length        metre
area          square metre
volume        cubic metre         "gallon" is the US gallon, "pint" imperial
mass          kilogram            "ton" is the short ton, "tonne" metric;
                                  a "ton"'s bounds reach the long ton
time          second              month = 1/12 year, year = 365.25 days
speed         metre per second
temperature   degree Celsius      Fahrenheit and kelvin are converted to °C;
                                  a bare "degree" has no base value
energy        joule
power         watt
data          byte
data rate     bit per second
frequency     hertz
percent       percent             "percentage point" -> "percentage point",
                                  basis points -> percentage point / 100
currency      its own ISO code    minor units (pence, cents) -> major unit
============  ==================  ==========================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Unit:
    """A unit as the scanner reports it."""

    name: str        # normalised name ("mile", "degree Celsius")
    dimension: str   # "length", "mass", ...
    pint_name: str   # pint expression used for the conversion ("" = none)


BASE_UNITS = {
    "length": ("metre", "meter"),
    "area": ("square metre", "meter ** 2"),
    "volume": ("cubic metre", "meter ** 3"),
    "mass": ("kilogram", "kilogram"),
    "time": ("second", "second"),
    "speed": ("metre per second", "meter / second"),
    "temperature": ("degree Celsius", "degree_Celsius"),
    "energy": ("joule", "joule"),
    "power": ("watt", "watt"),
    "data": ("byte", "byte"),
    "data rate": ("bit per second", "bit / second"),
    "frequency": ("hertz", "hertz"),
}

# name, dimension, pint expression, word surfaces (any case), symbols
# (exact case).  Plural forms are listed, not guessed: "feet", "inches".
_UNIT_TABLE = [
    # length
    ("kilometre", "length", "kilometer",
     ["kilometre", "kilometres", "kilometer", "kilometers", "kms"], ["km", "Km", "KM"]),
    ("metre", "length", "meter", ["metre", "metres", "meter", "meters", "mtrs"], ["m"]),
    ("centimetre", "length", "centimeter",
     ["centimetre", "centimetres", "centimeter", "centimeters"], ["cm"]),
    ("millimetre", "length", "millimeter",
     ["millimetre", "millimetres", "millimeter", "millimeters"], ["mm"]),
    ("micrometre", "length", "micrometer",
     ["micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"], ["μm", "µm"]),
    ("nanometre", "length", "nanometer",
     ["nanometre", "nanometres", "nanometer", "nanometers"], ["nm"]),
    ("nautical mile", "length", "nautical_mile",
     ["nautical mile", "nautical miles"], ["nmi"]),
    ("mile", "length", "mile", ["mile", "miles"], ["mi"]),
    ("yard", "length", "yard", ["yard", "yards"], ["yd", "yds"]),
    ("foot", "length", "foot", ["foot", "feet"], ["ft"]),
    ("inch", "length", "inch", ["inch", "inches"], ["in", '"']),
    ("light year", "length", "light_year",
     ["light year", "light years", "light-year", "light-years"], []),
    # area
    ("square kilometre", "area", "kilometer ** 2",
     ["square kilometre", "square kilometres", "square kilometer",
      "square kilometers", "sq km", "sq. km", "sqkm", "km squared"], ["km2", "km²", "km^2"]),
    ("square metre", "area", "meter ** 2",
     ["square metre", "square metres", "square meter", "square meters", "sq m",
      "sqm", "sq. m"], ["m2", "m²", "m^2"]),
    ("square mile", "area", "mile ** 2",
     ["square mile", "square miles", "sq mi", "sq miles", "sq. miles", "sq mile"], ["mi2", "mi²"]),
    ("square foot", "area", "foot ** 2",
     ["square foot", "square feet", "sq ft", "sq. ft", "sqft"], ["ft2", "ft²"]),
    ("hectare", "area", "hectare", ["hectare", "hectares"], ["ha"]),
    ("acre", "area", "acre", ["acre", "acres"], []),
    # volume
    ("cubic kilometre", "volume", "kilometer ** 3",
     ["cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers",
      "km cubed"], ["km3", "km³", "km^3"]),
    ("cubic metre", "volume", "meter ** 3",
     ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "cu m"], ["m3", "m³"]),
    ("cubic foot", "volume", "foot ** 3", ["cubic foot", "cubic feet", "cu ft"], []),
    ("litre", "volume", "liter", ["litre", "litres", "liter", "liters", "ltr"], ["L", "l"]),
    ("millilitre", "volume", "milliliter",
     ["millilitre", "millilitres", "milliliter", "milliliters"], ["ml", "mL"]),
    ("centilitre", "volume", "centiliter", ["centilitre", "centilitres"], ["cl"]),
    ("gallon", "volume", "gallon", ["gallon", "gallons"], ["gal"]),
    ("barrel", "volume", "oil_barrel", ["barrel", "barrels"], ["bbl"]),
    ("pint", "volume", "imperial_pint", ["pint", "pints"], []),
    ("cup", "volume", "cup", ["cup", "cups"], []),
    ("tablespoon", "volume", "tablespoon", ["tablespoon", "tablespoons"], ["tbsp"]),
    ("teaspoon", "volume", "teaspoon", ["teaspoon", "teaspoons"], ["tsp"]),
    ("fluid ounce", "volume", "fluid_ounce", ["fluid ounce", "fluid ounces", "fl oz"], []),
    # mass
    ("tonne", "mass", "metric_ton",
     ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"], ["t"]),
    ("ton", "mass", "short_ton", ["ton", "tons"], []),
    ("kilogram", "mass", "kilogram",
     ["kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs"], ["kg"]),
    ("gram", "mass", "gram", ["gram", "grams", "gramme", "grammes"], ["g", "gm"]),
    ("milligram", "mass", "milligram", ["milligram", "milligrams", "milligramme", "milligrammes"], ["mg"]),
    ("microgram", "mass", "microgram",
     ["microgram", "micrograms", "microgramme", "microgrammes"], ["μg", "µg", "mcg"]),
    ("pound", "mass", "pound", ["pound", "pounds", "lb", "lbs"], ["lb", "lbs"]),
    ("ounce", "mass", "ounce", ["ounce", "ounces"], ["oz"]),
    ("stone", "mass", "stone", ["stone"], ["st"]),
    # time
    ("millisecond", "time", "millisecond", ["millisecond", "milliseconds"], ["ms"]),
    ("second", "time", "second", ["second", "seconds", "secs", "sec"], []),
    ("minute", "time", "minute", ["minute", "minutes", "mins", "min"], []),
    ("hour", "time", "hour", ["hour", "hours", "hrs", "hr"], ["h"]),
    ("day", "time", "day", ["day", "days"], []),
    ("night", "time", "day", ["night", "nights"], []),  # ('drew 22,000 visitors over two nights': a span)
    ("week", "time", "week", ["week", "weeks", "wks"], []),
    ("fortnight", "time", "fortnight", ["fortnight", "fortnights"], []),
    ("month", "time", "month", ["month", "months"], []),
    ("year", "time", "year", ["year", "years", "yrs", "yr"], []),
    ("decade", "time", "10 * year", ["decade", "decades"], []),
    ("century", "time", "century", ["century", "centuries"], []),
    ("millennium", "time", "millennium", ["millennium", "millennia", "millenniums"], []),
    # speed
    ("mile per hour", "speed", "mile / hour",
     ["mph", "miles per hour", "miles an hour", "mile per hour", "mile an hour"], ["mi/h"]),
    ("kilometre per hour", "speed", "kilometer / hour",
     ["kilometres per hour", "kilometers per hour", "kilometres an hour",
      "kilometers an hour", "kilometre per hour", "kilometer per hour", "kilometre an hour", "kilometer an hour",
      "km per hour", "km an hour", "kmh", "kph", "kmph"], ["km/h", "km/hr", "Km/h"]),
    ("metre per second", "speed", "meter / second",
     ["metres per second", "meters per second", "metres a second", "meters a second"], ["m/s"]),
    ("kilometre per second", "speed", "kilometer / second",
     ["kilometres per second", "kilometers per second", "kilometres a second", "kilometers a second",
      "km per second", "km a second"], ["km/s"]),
    ("mile per second", "speed", "mile / second", ["miles per second", "miles a second"], []),
    ("knot", "speed", "knot", ["knot", "knots"], ["kn"]),
    # temperature
    ("degree Celsius", "temperature", "degree_Celsius",
     ["degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade",
      "deg celsius", "deg c", "degrees c", "degree c", "celsius", "celcius",
      "centigrade", "centigrate", "degrees celcius"], ["°C", "ºC", "° C", "C"]),
    ("degree Fahrenheit", "temperature", "degree_Fahrenheit",
     ["degrees fahrenheit", "degree fahrenheit", "deg fahrenheit", "deg f",
      "degrees f", "degree f", "fahrenheit", "farenheit", "degrees farenheit"],
     ["°F", "ºF", "° F", "F"]),
    ("kelvin", "temperature", "kelvin", ["kelvin", "kelvins"], []),
    ("degree", "temperature", "", ["degrees", "degree", "deg."], ["°", "º"]),
    # energy and power
    ("kilowatt hour", "energy", "kilowatt_hour",
     ["kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours"], ["kWh", "kwh", "KWh"]),
    ("megawatt hour", "energy", "megawatt_hour",
     ["megawatt hour", "megawatt hours", "megawatt-hours"], ["MWh"]),
    ("gigawatt hour", "energy", "gigawatt_hour",
     ["gigawatt hour", "gigawatt hours", "gigawatt-hours"], ["GWh"]),
    ("terawatt hour", "energy", "terawatt_hour",
     ["terawatt hour", "terawatt hours", "terawatt-hours"], ["TWh"]),
    ("watt hour", "energy", "watt_hour", ["watt hour", "watt hours"], ["Wh"]),
    ("joule", "energy", "joule", ["joule", "joules"], ["J"]),
    ("kilojoule", "energy", "kilojoule", ["kilojoule", "kilojoules"], ["kJ"]),
    ("megajoule", "energy", "megajoule", ["megajoule", "megajoules"], ["MJ"]),
    ("kilocalorie", "energy", "kilocalorie",
     ["kilocalorie", "kilocalories", "calorie", "calories", "kcal"], ["kcal"]),
    ("electronvolt", "energy", "electron_volt", ["electronvolt", "electronvolts"], ["eV"]),
    ("megaelectronvolt", "energy", "megaelectron_volt", [], ["MeV"]),
    ("gigaelectronvolt", "energy", "gigaelectron_volt", [], ["GeV"]),
    ("teraelectronvolt", "energy", "teraelectron_volt", [], ["TeV"]),
    ("watt", "power", "watt", ["watt", "watts"], ["W"]),
    ("kilowatt", "power", "kilowatt", ["kilowatt", "kilowatts"], ["kW", "KW"]),
    ("megawatt", "power", "megawatt", ["megawatt", "megawatts"], ["MW"]),
    ("gigawatt", "power", "gigawatt", ["gigawatt", "gigawatts"], ["GW"]),
    ("terawatt", "power", "terawatt", ["terawatt", "terawatts"], ["TW"]),
    ("horsepower", "power", "horsepower", ["horsepower", "bhp"], ["hp"]),
    # data
    ("bit", "data", "bit", ["bit", "bits"], []),
    ("byte", "data", "byte", ["byte", "bytes"], []),
    ("kilobyte", "data", "kilobyte", ["kilobyte", "kilobytes"], ["KB", "kB"]),
    ("megabyte", "data", "megabyte", ["megabyte", "megabytes"], ["MB"]),
    ("gigabyte", "data", "gigabyte", ["gigabyte", "gigabytes"], ["GB"]),
    ("terabyte", "data", "terabyte", ["terabyte", "terabytes"], ["TB"]),
    ("petabyte", "data", "petabyte", ["petabyte", "petabytes"], ["PB"]),
    ("exabyte", "data", "exabyte", ["exabyte", "exabytes"], ["EB"]),
    ("megabit", "data", "megabit", ["megabit", "megabits"], ["Mb", "mb"]),
    ("kilobit per second", "data rate", "kilobit / second", [], ["kbps", "Kbps", "kbit/s"]),
    ("megabit per second", "data rate", "megabit / second", [], ["Mbps", "mbps", "Mbit/s", "Mb/s"]),
    ("gigabit per second", "data rate", "gigabit / second", [], ["Gbps", "gbps", "Gbit/s", "Gb/s"]),
    # frequency
    ("hertz", "frequency", "hertz", ["hertz"], ["Hz"]),
    ("kilohertz", "frequency", "kilohertz", ["kilohertz"], ["kHz"]),
    ("megahertz", "frequency", "megahertz", ["megahertz"], ["MHz"]),
    ("gigahertz", "frequency", "gigahertz", ["gigahertz"], ["GHz"]),
]

UNITS: dict[str, Unit] = {
    name: Unit(name, dimension, pint_name) for name, dimension, pint_name, _, _ in _UNIT_TABLE
}
UNITS["percent"] = Unit("percent", "percent", "")
UNITS["percentage point"] = Unit("percentage point", "percent", "")
UNITS["basis point"] = Unit("basis point", "percent", "")

#: Symbols that are also ordinary words or letters: only read as units
#: when written straight after the digits ("5m", "100t") or, with a space,
#: when nothing word-like follows ("2 in." but not "2 in my car").
AMBIGUOUS_SYMBOLS = frozenset({"m", "in", "t", "l", "L", "g", "h", "C", "F", "J", "W", "st", "kn",
                               '"', "°", "º", "gal", "min", "sec", "hp", "gm", "mb", "Mb"})

WORD_SURFACES: dict[str, str] = {}
SYMBOL_SURFACES: dict[str, str] = {}
for _name, _dimension, _pint, _words, _symbols in _UNIT_TABLE:
    for _word in _words:
        WORD_SURFACES.setdefault(_word.lower(), _name)
    for _symbol in _symbols:
        SYMBOL_SURFACES.setdefault(_symbol, _name)


def _surface_pattern(surface: str) -> str:
    """Regex for a surface: its spaces match any run of spaces or a hyphen."""
    return r"[\s-]+".join(re.escape(part) for part in surface.split(" "))


def _alternation(surfaces) -> str:
    return "|".join(_surface_pattern(s) for s in sorted(surfaces, key=len, reverse=True))


#: A unit right after a number (the caller anchors it with ``.match(text, pos)``).
#: Words are case-insensitive, symbols are not.  The group names tell which.
UNIT_AFTER_RE = re.compile(
    rf"(?P<gap>\s*-\s*|[ \t\u00a0\u202f]?)"
    rf"(?:(?P<word>(?i:{_alternation(WORD_SURFACES)}))(?![\w])"
    rf"|(?P<symbol>{_alternation(SYMBOL_SURFACES)})(?![\w/²³]))"
)


def lookup_surface(surface: str, is_symbol: bool) -> Unit | None:
    """The unit a matched surface stands for."""
    if is_symbol:
        name = SYMBOL_SURFACES.get(re.sub(r"\s+", " ", surface).replace("- ", ""))
        if name is None:
            name = SYMBOL_SURFACES.get(surface)
    else:
        key = re.sub(r"[\s-]+", " ", surface.lower())
        name = WORD_SURFACES.get(key) or WORD_SURFACES.get(surface.lower())
        if name is None:  # hyphenated light-year and friends
            name = WORD_SURFACES.get(re.sub(r"\s+", " ", surface.lower()))
    return UNITS.get(name) if name else None


# --------------------------------------------------------------------------
# Currencies
# --------------------------------------------------------------------------

#: Symbols and codes written before the amount ("£30m", "US$4bn", "EUR 125").
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "U.S. $": "USD", "USD": "USD", "usd": "USD",
    "A$": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CAD": "CAD",
    "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HKD": "HKD", "S$": "SGD", "SGD": "SGD",
    "R$": "BRL", "Mex$": "MXN", "MX$": "MXN", "$": "USD",
    "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY", "JPY": "JPY",
    "CN¥": "CNY", "RMB": "CNY", "CNY": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "INR": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₪": "ILS",
    "₱": "PHP", "₿": "BTC", "CHF": "CHF", "Fr.": "CHF", "SEK": "SEK", "NOK": "NOK",
    "DKK": "DKK", "ZAR": "ZAR", "R": "ZAR", "KES": "KES", "Ksh": "KES", "NGN": "NGN",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY",
}
#: Symbols that only count as currency when glued to the digits ("R50").
#: "Rs" is not among them: Indian copy writes "Rs 500 crore" with a space.
CURRENCY_PREFIX_GLUED_ONLY = frozenset({"R", "Fr."})

#: Words written after the amount ("30 million dollars", "50p").
CURRENCY_WORDS = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "new zealand dollars": "NZD", "taiwan dollars": "TWD", "zimbabwe dollars": "ZWL",
    "dollars": "USD", "dollar": "USD", "bucks": "USD",
    "pounds sterling": "GBP", "sterling": "GBP", "pounds": "GBP", "pound": "GBP", "quid": "GBP",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY",
    "rupees": "INR", "rupee": "INR", "indian rupees": "INR", "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR", "rupiah": "IDR", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "swiss francs": "CHF", "swiss franc": "CHF",
    "francs": "CHF", "franc": "CHF", "cfa francs": "XOF", "lira": "TRY", "liras": "TRY",
    "turkish lira": "TRY", "rand": "ZAR", "naira": "NGN", "shillings": "KES",
    "kenyan shillings": "KES", "pesos": "MXN", "mexican pesos": "MXN", "reais": "BRL",
    "real": "BRL", "won": "KRW", "ringgit": "MYR", "baht": "THB", "dirhams": "AED",
    "dirham": "AED", "riyals": "SAR", "riyal": "SAR", "shekels": "ILS", "kronor": "SEK",
    "krona": "SEK", "kroner": "NOK", "krone": "DKK", "zloty": "PLN", "hryvnias": "UAH",
    "hryvnia": "UAH", "dinars": "DZD", "pesetas": "ESP", "peseta": "ESP",
    "finnish markka": "FIM", "markka": "FIM", "deutschmarks": "DEM", "marks": "DEM",
    "dutch guilders": "NLG", "guilders": "NLG", "bitcoins": "BTC", "bitcoin": "BTC",
    "btc": "BTC", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF",
    "cny": "CNY", "aud": "AUD", "cad": "CAD", "inr": "INR", "hkd": "HKD", "sgd": "SGD",
    # minor units: unit is the minor unit, base is the major currency
    "pence": "GBX", "penny": "GBX", "p": "GBX", "cents": "USX", "cent": "USX", "c": "USX",
}
#: Minor currency units: unit name, base currency, factor to the base.
MINOR_CURRENCIES = {"GBX": ("penny", "GBP", 0.01), "USX": ("cent", "USD", 0.01), "EUX": ("cent", "EUR", 0.01)}
#: Currency words that are only currency right after digits ("50p", "14c").
CURRENCY_WORDS_GLUED_ONLY = frozenset({"p", "c"})
#: Currency words too ambiguous after a bare number ("won", "real", "marks"):
#: read only with a scale word ("5 million won") or thousands separators.
CURRENCY_WORDS_NEED_SCALE = frozenset({"won", "real", "marks", "rand", "pound", "pounds", "sterling"})

CURRENCY_WORD_RE = re.compile(
    rf"(?P<gap>\s*-\s*|\s*)(?P<word>(?i:{_alternation(CURRENCY_WORDS)}))(?![\w])"
)
_PREFIX_ALT = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
#: A currency prefix ending where the number starts (search the left context).
CURRENCY_PREFIX_RE = re.compile(rf"(?<![A-Za-z])(?P<symbol>{_PREFIX_ALT})(?P<gap>\s?)$")
#: A currency symbol written after the digits ("15€", "100 ₡", "115USD").
CURRENCY_SUFFIX_SYMBOL_RE = re.compile(
    r"(?P<gap>\s?)(?P<symbol>[€£$¥₹₩₽₺₦₪₱₿₡₾₭元]|USD|EUR|GBP|JPY|CHF|CNY|RMB)(?![A-Za-z])"
)


def currency_unit(code: str) -> tuple[str, str, float]:
    """(unit name, base currency, factor) of a currency or minor-unit code."""
    if code in MINOR_CURRENCIES:
        return MINOR_CURRENCIES[code]
    return code, code, 1.0


# --------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _registry():
    import pint  # imported lazily: ~0.5 s, only paid when a unit is converted

    return pint.UnitRegistry()


@lru_cache(maxsize=None)
def _linear_factor(pint_name: str, base_pint: str) -> float:
    registry = _registry()
    return registry.parse_expression(pint_name).to(base_pint).magnitude


def to_base(unit_name: str, value: float | None) -> tuple[str, float | None]:
    """(base unit, value in base unit) for a value given in ``unit_name``.

    Counts, percentages and currencies have no conversion; they are returned
    with their own unit as base.  Infinite bounds stay infinite.
    """
    unit = UNITS.get(unit_name)
    if unit is None or not unit.pint_name:
        if unit_name == "basis point":
            return "percentage point", None if value is None else value / 100
        if unit is not None and unit.dimension == "temperature":
            return "", None  # a bare "degree": scale unknown
        return unit_name, value
    base_name, base_pint = BASE_UNITS[unit.dimension]
    if value is None:
        return base_name, None
    if value in (float("inf"), float("-inf")):
        return base_name, value
    if unit.dimension == "temperature":
        registry = _registry()
        return base_name, registry.Quantity(value, unit.pint_name).to(base_pint).magnitude
    return base_name, value * _linear_factor(unit.pint_name, base_pint)


#: Units whose word names several sizes: the bounds of a figure in one reach from the smallest to the
#: largest ('a 60-ton crane' may be in short, metric or long tons: 54.4 to 61.0 tonnes), so that
#: another article's '60-tonne crane' agrees with it. Each: (the unit's own size, the largest) in pint.
_SPREAD = {"ton": ("short_ton", "long_ton")}


def to_base_bounds(unit_name: str, low: float | None, high: float | None) -> tuple[float | None, float | None]:
    """The bounds ``low`` and ``high`` in ``unit_name`` in the base unit, the high one at the largest
    size the unit's word may name."""
    low_base, high_base = to_base(unit_name, low)[1], to_base(unit_name, high)[1]
    spread = _SPREAD.get(unit_name)
    if spread and high_base is not None and high_base not in (float("inf"), float("-inf")):
        high_base *= _linear_factor(spread[1], spread[0])
    return low_base, high_base
