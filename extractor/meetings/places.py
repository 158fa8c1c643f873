"""Where a meeting took place: "in Geneva", "at the Kremlin", "in Reykjavik, Iceland"."""

from __future__ import annotations

import unicodedata
from functools import cache

import marisa_trie
import regex

from extractor.entities import EntityTable
from extractor.entities.gazetteer import world_cities
from extractor.entities.model import GPE
from extractor.meetings.dating import DateIndex
from extractor.meetings.lexicon import venue_words
from schemas import Location, Span, trusted

_ABBREVIATION = regex.compile(r"\.\p{L}\.$")
_NAME = r"\p{Lu}[\p{L}\p{M}.’'\-]*"
_PLACE = regex.compile(rf"(?<!\p{{L}})(?:in|at)\s+(?:the\s+)?({_NAME}(?:\s+(?:of\s+)?{_NAME})*)")


DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")  # "Russian", "Japanese", "British", "Iraqi", "French"
_NEXT_WORD = regex.compile(r"\s+(?!(?:and|or|on|in|at|to|for|with|of|by|from|after|before|during)\s)\p{Ll}{3,}\s")
# "the Geneva meeting", "last week's Helsinki summit": a city right before the meeting noun names its place.
_PLACE_BEFORE = regex.compile(
    rf"(?:(?<!\p{{L}})(?i:the|a|this|that|last)|['’]s)\s+({_NAME})\s+(?:\p{{Ll}}+\s+)?$"
)


@cache
def cities() -> marisa_trie.Trie:
    """Known city names, in a marisa trie: about 2 MB where a frozenset of the same 38,000 strings took about 10 MB
    in every worker process."""
    names = [city.name for city in world_cities()]
    # news text often drops diacritics: "Reykjavik" for "Reykjavík"
    return marisa_trie.Trie([*names, *(_fold(n) for n in names)])


def _fold(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def meeting_place(
    table: EntityTable, text: str, window: tuple[int, int], dates: DateIndex, skip: Span | None = None
) -> Location | None:
    """The first place phrase in `window` naming a GPE entity, a known city or a venue (not inside `skip`,
    the topic: "talked about the crisis in Ukraine")."""
    for m in _PLACE.finditer(text, *window):
        if skip is not None and skip.start <= m.start() < skip.end:
            continue
        start, end = m.span(1)
        while text[end - 1] == "." and not _ABBREVIATION.search(text, start, end):
            end -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
        if dates.covers(start):
            continue  # "in November 1985"
        name = text[start:end]
        mention = table.mention_at(start, end)
        state = mention is not None and mention.entity is not None and mention.entity.type == GPE
        if state and _demonym_modifier(text, mention.start, mention.end, mention.entity.name, end):
            continue  # "at the American diplomatic mission": the adjective of a place no name says
        if state and (mention.start, mention.end) != (start, end) and name in cities():
            state = False  # "in Kansas City": the table knows only "Kansas", the city is the place
        if state:
            return trusted(Location)(name=text[mention.start : mention.end], entity_id=mention.entity.id,
                           start=mention.start, end=mention.end)
        if name in cities() or name.split()[-1] in venue_words():
            entity_id = mention.entity.id if mention is not None and mention.entity is not None else None
            return trusted(Location)(name=name, entity_id=entity_id, start=start, end=end)
    return None


def _demonym_modifier(text: str, start: int, end: int, entity_name: str, phrase_end: int) -> bool:
    """A state's adjective ("American", "Soviet") before a lower-case noun, ending the place phrase."""
    surface = text[start:end]
    adjective = surface != entity_name and surface.endswith(DEMONYM_ENDINGS) and surface not in cities()
    return adjective and end == phrase_end and _NEXT_WORD.match(text, end) is not None


def place_before(table: EntityTable, text: str, trigger_start: int, lower: int) -> Location | None:
    """The city that names a meeting noun: "the Geneva meeting", "last week's Helsinki summit"."""
    m = _PLACE_BEFORE.search(text, max(lower, trigger_start - 60), trigger_start)
    if m is None:
        return None
    start, end = m.span(1)
    mention = table.mention_at(start, end)
    if text[start:end] not in cities() or (mention is not None and mention.entity is not None
                                           and mention.entity.type != GPE):
        return None
    entity_id = mention.entity.id if mention is not None and mention.entity is not None else None
    return Location(name=text[start:end], entity_id=entity_id, start=start, end=end)


# A capitalised name, "the" before it at most: "Capitol Hill", "the Hill", "the White House".
_VENUE_NAME = regex.compile(r"(?:the\s+)?(?:\p{Lu}[\p{L}.'’\-]*\s+)*\p{Lu}[\p{L}\-]*")


def place_on(table: EntityTable, text: str, phrase: Span, verb: bool) -> Location | None:
    """'when they met on Bali', 'will meet on Malta': the on-phrase of a meeting verb that is a place's name and
    nothing more says where they met, not what about (talks "on Cyprus" are about it; only the verb is read so);
    a venue's name says where after any trigger ('a meeting on Capitol Hill', 'met members on the Hill')."""
    if text[max(0, phrase.start - 3) : phrase.start].lower() != "on ":
        return None
    mention = table.mention_at(phrase.start, phrase.end)
    entity = mention.entity if mention is not None else None
    state = entity is not None and entity.type == GPE and (mention.start, mention.end) == (phrase.start, phrase.end)
    venue = _VENUE_NAME.fullmatch(phrase.text) is not None and phrase.text.split()[-1] in venue_words()
    if not venue and not (verb and (state or phrase.text in cities())):
        return None
    entity_id = entity.id if entity is not None else None
    return trusted(Location)(name=phrase.text, entity_id=entity_id, start=phrase.start, end=phrase.end)
