"""What Portuguese, Spanish, French and German news write differently: the extra families (decades
and centuries with their nouns, 15h30 and 15 Uhr, dotted day-first dates, seasons) and the checks that
keep their look-alikes out ("Plácido Domingo", "sur Mars", "August Bebel", "la mañana", "am Morgen").

The month, weekday, unit and phrase words themselves are lexicon rows; `grammar` adds these families
to its own for any language but English, and `absolute` normalizes them.
"""

from __future__ import annotations

import re
from functools import cache
from re import Match

from extractor.dates import lexicon
from extractor.dates.anchor import Norm
from extractor.dates.context import Context, opens_sentence

FOREIGN = ("pt", "es", "fr", "de")

_YEAR = r"(?P<year>1[7-9]\d\d|20[0-4]\d)(?!\d)"
# 1990 or 90 (a two-digit decade is the last century's: "os anos 20" are the 1920s)
_DECADE = r"(?:(?P<dec>1[5-9]\d0|20\d0)|(?P<dec2>[2-9]0))(?!\d)"
_ROMAN = r"(?=[xvi])(?P<roman>x{0,2}(?:ix|iv|v?i{0,3}))"
_CENTURY_NUMBER = rf"(?:{_ROMAN}|(?P<ord>\d{{1,2}}))"

# the last century's decades in words -> their digit: os anos setenta, los años ochenta, les années quatre-vingt,
# die Neunzigerjahre
DECADE_WORDS = {
    "pt": {"vinte": 2, "trinta": 3, "quarenta": 4, "cinquenta": 5, "sessenta": 6, "setenta": 7, "oitenta": 8,
           "noventa": 9},
    "es": {"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8,
           "noventa": 9},
    "fr": {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
           "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9},
    "de": {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6, "siebziger": 7,
           "achtziger": 8, "neunziger": 9},
}  # fmt: skip


# how a number written out joins its tens and its ones: "vinte e cinco", "treinta y dos", "vingt-cinq", "dix-sept",
# "vingt et un"; German puts the ones first: "fünfundzwanzig"
_NUMBER_JOINS = {"pt": r"\s+e\s+", "es": r"\s+y\s+", "fr": r"-|\s+et\s+", "de": "und"}


@cache
def compound_number(lang: str) -> str:
    """A pattern for the two-word numbers of `lang` ("vinte e cinco"); matches nothing in English."""
    if lang not in FOREIGN:
        return "(?!)"
    values = lexicon.numbers()
    own = lexicon.number_words(lang) - lexicon.number_words("en")
    ones = _alternatives(w for w in own if values[w] is not None and 1 <= values[w] <= 9)
    lowest = 10 if lang == "fr" else 20  # "dix-sept"
    tens = _alternatives(w for w in own if values[w] is not None and lowest <= values[w] <= 90 and values[w] % 10 == 0)
    join = _NUMBER_JOINS[lang]
    return rf"(?:{ones})(?:{join})(?:{tens})" if lang == "de" else rf"(?:{tens})(?:{join})(?:{ones})"


def _decade(lang: str) -> str:
    tens = rf"(?P<tens>{_alternatives(DECADE_WORDS[lang])})"
    return {
        "pt": rf"\b(?:anos|década\s+de)\s+(?:{_DECADE}|{tens}\b)",  # os anos 90 | a década de 1980
        "es": rf"\b(?:años|década\s+de(?:\s+los)?)\s+(?:{_DECADE}|{tens}\b)",  # los años 90 | la década de los 80
        "fr": rf"\bannées\s+(?:{_DECADE}|{tens}\b)",  # les années 1990
        # die 1990er Jahre | in den 90er-Jahren | die Neunzigerjahre
        "de": rf"(?:(?<![\d.]){_DECADE}er|\b{tens})(?:[\s-]*jahren?\b|n?\b)",
    }[lang]
_CENTURIES = {
    "pt": rf"\bséculo\s+{_CENTURY_NUMBER}\b",  # século XXI
    "es": rf"\bsiglo\s+{_CENTURY_NUMBER}\b",
    "fr": rf"\b{_CENTURY_NUMBER}(?:e|ème)\s+siècle\b",  # XXIe siècle
    "de": r"\b(?P<ord>\d{1,2})\.\s+jahrhunderts?\b",  # 21. Jahrhundert
}
# 15h30 | 15h | 15 h 30 | 15:30 | 15.30 horas | 15 Uhr | 9 heures | 3h da manhã | 5 de la tarde | 8 heures du soir
_CLOCK = (
    r"\b(?<![\d,.:])(?P<h>[01]?\d|2[0-3])(?!\d)(?:(?P<sep>\s?h\s?|[:.])(?P<mi>[0-5]\d)(?!\d))?"
    r"(?P<unit>\s*(?:h|hs|horas|heures|uhr)\b)?(?![.,:]\d)"
    r"(?:\s+(?:(?:da|de\s+la|du|de\s+l['’])\s+)?(?P<part>manhã|madrugada|mañana|matin|morgens|früh|"
    r"(?P<pm>tarde|noite|noche|après-midi|soir|nachmittags|abends))\b)?"
)
# 24.02.2022 | 24-02-2022 (day first; the slashed form is the `numeric` family's)
_NUMERIC = r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<s>[.-])(?P<b>[01]?\d)(?P=s)(?P<year>\d{4})(?!\d|[.-]\d)"

# o quarto trimestre de 2023 | el primer semestre | le 3e trimestre 2023 | im dritten Quartal 2023
_ORDINAL_WORDS = {
    "primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "primer": 1, "tercer": 3, "cuarto": 4,
    "premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4,
    "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
}  # fmt: skip
PERIODS = {"trimestre": "quarter", "quartal": "quarter", "quartals": "quarter", "semestre": "half",
           "halbjahr": "half", "halbjahres": "half"}  # fmt: skip
_QUARTER = (
    rf"\b(?P<ord>{'|'.join(_ORDINAL_WORDS)}|[1-4](?:\.?º|er|e|ème|\.)(?!\w))\s+(?P<unit>{'|'.join(PERIODS)})\b"
    rf"(?:\s+(?:(?:de|del|do\s+ano\s+de)\s+)?{_YEAR})?"
)


def _range_start(lang: str) -> str:
    """The first day of "de 3 a 5 de abril", "del 3 al 5 de abril", "du 3 au 5 avril", "vom 3. bis 5. April",
    "3 e 4 de março": a date of its own, in the month (and year) written after the second day."""
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:\.?º|er)?"
    months = _alternatives(lexicon.months(lang))
    return (
        rf"(?<![\d.,/])\b(?P<day>{day})(?=\.?\s*(?:a|al|e|y|au|et|à|bis|und|-|–)\s*{day}\.?\s+(?:de\s+)?"
        rf"(?P<mon>{months})\b(?:,?\s+(?:de\s+)?{_YEAR})?)"
    )


# "no dia 20", "o passado dia 12", "el día 20", "el pasado día 12": a day of the month, the month unsaid
_DAY_OF_MONTH = {
    "pt": r"\b(?:(?P<past>passado)\s+)?dia\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?![.,:/º]?\d|\s+de\s|º)",
    "es": r"\b(?:(?P<past>pasado)\s+)?día\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?![.,:/º]?\d|\s+de\s|º)",
}


def ordinal(word: str) -> int | None:
    """ "quarto" -> 4, "3e" -> 3, "2.º" -> 2."""
    digits = re.match(r"[1-4]", word)
    return int(digits[0]) if digits else _ORDINAL_WORDS.get(word.lower())


# What follows a number that makes it a clock time, a dotted date or a German decade ("1990er").
NUMBER_TAILS = r"h\d\d\b|h\b|[:.][0-5]\d\b|-\d\d?-\d{4}\b|er\b"


def _alternatives(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) or "(?!)"


def _season(lang: str) -> str:
    """l'été dernier | o próximo verão | verão passado | im vergangenen Sommer | cet hiver | verano de 2023"""
    mods = lexicon.modifiers(lang)
    before = _alternatives(m for m, pos in mods if pos == "before")
    after = _alternatives(m for m, pos in mods if pos == "after")
    return (
        rf"\b(?:(?P<mod>{before})\s+|(?P<art>l['’]))?(?P<season>{_alternatives(lexicon.seasons(lang))})\b"
        rf"(?:\s+(?P<post>{after})\b)?(?:\s+(?:de\s+)?{_YEAR})?"
    )


# what makes a weekday a recurrence: "todas as sextas-feiras", "los lunes", "tous les vendredis", "jeden Freitag"
_EVERY = {
    "pt": r"(?:tod[oa]s\s+[oa]s|[àa]s|aos)",
    "es": r"(?:todos\s+los|cada|los)",
    "fr": r"(?:tous\s+les|chaque)",
    "de": r"(?:jeden|jeweils)",
}


@cache
def weekday_forms(lang: str) -> dict[str, int]:
    """A weekday's names and plurals ("sextas-feiras", "vendredis", "sábados") and the German adverb
    ("freitags") -> ISO weekday."""
    forms: dict[str, int] = {}
    for name, n in lexicon.weekdays(lang).items():
        if lexicon.weekdays("en").get(name) == n:
            continue
        plural = "-".join(part + "s" for part in name.split("-")) if not name.endswith("s") else name
        forms.update(dict.fromkeys((name, plural), n))
    return forms


def _weekday_set(lang: str) -> str:
    forms = weekday_forms(lang)
    every = rf"{_EVERY[lang]}\s+(?P<wd>{_alternatives(forms)})"
    if lang != "de":
        return rf"\b{every}\b"
    adverbs = _alternatives(name for name in forms if not name.endswith("s"))
    return rf"\b(?:{every}|(?P<adverb>(?:{adverbs})s))\b"


def weekday_set(ctx: Context, m: Match[str]) -> Norm | None:
    word = (m.group("wd") or m.group("adverb")[:-1]).lower()  # "freitags" is "Freitag" and its -s
    # "todos los viernes" keeps its "every"; the article or preposition of "los sábados", "às quartas" stays out
    lead = ctx.text[m.start() : m.start("wd")].split()[:1] if m.group("wd") else []
    start = m.start("wd") if lead and lead[0].lower() in ("às", "as", "aos", "los") else None
    return Norm("SET", f"XXXX-WXX-{weekday_forms(ctx.lang)[word]}", 0.75, start=start)


@cache
def sources(lang: str) -> tuple[tuple[str, str, str], ...]:
    """(family, pattern written in lower case, kinds of core word) for `lang`; none for English."""
    if lang not in FOREIGN:
        return ()
    return (
        ("decade_ml", _decade(lang), "unit number year decade"),
        ("century_ml", _CENTURIES[lang], "unit"),
        ("clock_ml", _CLOCK, "number clock unit phrase"),
        ("numeric_ml", _NUMERIC, "number"),
        ("season_ml", _season(lang), "season"),
        ("weekday_set_ml", _weekday_set(lang), "weekday"),
        ("quarter_ml", _QUARTER, "period"),
        ("range_start_ml", _range_start(lang), "month"),
        *((("day_of_month_ml", _DAY_OF_MONTH[lang], "unit"),) if lang in _DAY_OF_MONTH else ()),
    )


@cache
def core_words(lang: str) -> dict[str, str]:
    """Core words of these families that are no unit already: clock nouns, seasons, periods, weekday plurals."""
    if lang not in FOREIGN:
        return {}
    words = dict.fromkeys(("uhr", "horas", "heures", "hs", "manhã", "madrugada", "tarde", "noite", "noche", "matin",
                           "soir", "morgens", "nachmittags", "abends"), "clock")
    words.update(dict.fromkeys(lexicon.seasons(lang), "season"))
    words.update(dict.fromkeys(PERIODS, "period"))
    for tens in DECADE_WORDS[lang]:  # "neunzigerjahre" is one word
        words.update(dict.fromkeys((tens, tens + "n", tens + "jahre", tens + "jahren"), "decade"))
    for form in weekday_forms(lang):  # "sextas-feiras" is read as two words, "freitags" as one
        words.update(dict.fromkeys([*form.split("-"), form + "s"], "weekday"))
    return words


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start])
    return words[-1].lower() if words else ""


def _a_name(text: str, start: int) -> bool:
    """A capitalised word inside a sentence: weekdays, months and seasons are written in lower case in
    Portuguese, Spanish and French, so "Domingo", "Sábado Futebol Clube" and "Primavera Árabe" are names."""
    return text[start].isupper() and not opens_sentence(text, start)


_DAY_IN_BRACKETS = re.compile(r"\s*\(\s*[0-3]?\d\s*\)")
_AFTER_SHORT_WEEKDAY = re.compile(r"\s*(?:[,.;:)]|$|(?:à|às|de|pela|pelo|que|e|para|em|no|na|passada|que\s+vem)\b)")


def _a_short_weekday(m: Match[str], text: str) -> bool:
    """ "nesta quinta (22)", "na sexta (16)", "desta segunda, ..." are days; "na segunda vez", "a quinta
    economia", "nesta segunda fase" are ordinals: the short name needs its day of the month in brackets, a
    "passada"/"que vem" after it, or a "this"/"next"/"last" before it and no noun after it."""
    end = m.end("wd")
    if _DAY_IN_BRACKETS.match(text, end):
        return True
    g = m.groupdict()
    led = g.get("mod") or _word_before(text, m.start("wd")) in lexicon.cues("short_weekday_leads_pt")
    return bool(g.get("post") or (led and _AFTER_SHORT_WEEKDAY.match(text, end)))


def plausible(family: str, m: Match[str], text: str, lang: str) -> bool:
    """The checks of `candidates.plausible` that only other languages need."""
    if lang not in FOREIGN:
        return True
    g = m.groupdict()
    romance = lang != "de"
    if g.get("wd") and romance and _a_name(text, m.start("wd")) and not (g.get("mod") or g.get("post")):
        return False
    if family == "month" and not (g.get("edge") or g.get("mod")):
        name = (g.get("mon") or "").lower()
        # "sur Mars" is the planet, "August Bebel" a first name: the bare month needs a word of time before it
        if (name, lang) in (("mars", "fr"), ("august", "de")):
            return _word_before(text, m.start()) in lexicon.cues(f"month_leads_{lang}")
        if romance and _a_name(text, m.start("mon")):
            return _word_before(text, m.start()) in lexicon.cues("month_name_leads")
    if g.get("wd") and g["wd"].lower() in lexicon.short_weekdays(lang) and not _a_short_weekday(m, text):
        return False
    if lang == "de" and g.get("wd") and _word_before(text, m.start("wd")) in ("herr", "frau"):
        return False  # "Herr Freitag" is a surname
    if family == "day_word":
        word = " ".join((g.get("word") or "").lower().split())
        if word == "mañana" and _word_before(text, m.start()) in ("la", "una", "cada", "esa", "toda", "media"):
            return False  # "la mañana" is the morning
        if word == "morgen" and _a_name(text, m.start("word")):
            return False  # "am Morgen" is the morning; "morgen" is tomorrow
        before = _word_before(text, m.start())
        # "les dix dernières années" is a length, not "recent years" ("a"/"uma" before a phrase are articles)
        counted = before in lexicon.number_words(lang) and (lexicon.numbers()[before] or 0) > 1
        if counted or re.search(r"\d\s*$", text[max(0, m.start() - 5) : m.start()]):
            return False
    if family == "clock_ml":
        unit = (g.get("unit") or "").strip().lower()
        if unit == "uhr" or (g.get("mi") and (g.get("sep") or "").strip() == "h"):
            return True  # "15 Uhr", "15h30" are times on their own
        if lang == "de" or not (g.get("mi") or unit or g.get("part")):
            return False  # German writes "Uhr": "stieg um 1.25 Punkte" is no time
        # "15h", "15:30" only after "às", "a las", "de"; "15 horas" only after "às", "a las", "vers"
        leads = "clock_word_leads" if unit not in ("", "h") or g.get("part") else "clock_leads"
        return _word_before(text, m.start()) in lexicon.cues(leads)
    if family == "season_ml":
        if romance and _a_name(text, m.start("season")) and not g.get("mod"):
            return False
        # "été" is also "been": the season needs an article, a modifier or a year ("l'été", "cet été")
        if lang == "fr" and not (g.get("mod") or g.get("art") or g.get("post") or g.get("year")):
            return False
        # "der Arabische Frühling", "der Sommer war heiß": a German season is a time after "im", "seit", "bis"
        if lang == "de" and not (g.get("mod") or g.get("year")):
            return _word_before(text, m.start()) in lexicon.cues("month_leads_de")
    # "a las 22:30 hora local": the minutes of a clock, not thirty hours
    return not (family == "duration" and text[m.start() - 1 : m.start()] == ":")
