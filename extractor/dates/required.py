"""The literal strings one of which every match of a pattern contains, read from the pattern's parse tree.

A family pattern runs over every stretch of text around its core words, and the regular expression engine
tries a match at each position of it. Most stretches cannot hold a match of most families ("two years ago"
needs "ago", "earlier", "later", "from" or "hence" somewhere), and a substring search rules them out for a
fraction of that cost. A pattern may need several such sets at once ("year-end" needs "year" and "end").
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # the parser `re.compile` itself uses, and its opcodes
from re import _parser as sre_parse

# past this many alternatives the search costs about what it saves (day_word's 17 strings, its English phrases,
# let it pass over the stretches around units that hold none of them)
_MAX_STRINGS = 20
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Strings = frozenset[str]


@cache
def requirements(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every requirement of `pattern` worth checking, most selective first: each is a tuple of strings one of
    which every non-empty match contains, so a stretch of text missing all the strings of any one of them
    holds no match ("the day before" needs "day" and one of "before", "after")."""
    if pattern.flags & re.IGNORECASE:
        return ()
    found = [r for r in _all(sre_parse.parse(pattern.pattern, pattern.flags)) if len(r) <= _MAX_STRINGS]
    found.sort(key=_selectivity)
    return tuple(dict.fromkeys(tuple(sorted(r)) for r in found))


def _selectivity(strings: Strings) -> tuple[int, int]:
    """Longer strings first (short ones occur anywhere), then fewer of them."""
    return -min(map(len, strings)), len(strings)


def _all(items: sre_parse.SubPattern | list) -> list[Strings]:
    """What a sequence needs: what each of its items needs; consecutive literal characters make one string."""
    found: list[Strings] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset((run,)))
            run = ""
        found += _item(op, av)
    if run:
        found.append(frozenset((run,)))
    return found


def _item(op: object, av: object) -> list[Strings]:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av  # type: ignore[misc]
        return [] if add_flags or del_flags else _all(body)
    if op is sre.ATOMIC_GROUP:
        return _all(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        # one string of each alternative's best requirement; and what every alternative needs alike
        # ("year-end", "year's end", "the end of the year" all need "end")
        each = [_all(alt) for alt in av[1]]  # type: ignore[index]
        shared = [r for r in each[0] if all(r in other for other in each[1:])]
        if any(not alt for alt in each):
            return shared
        return [frozenset().union(*(min(alt, key=_selectivity) for alt in each)), *shared]
    if op in _REPEATS:
        least, _most, body = av  # type: ignore[misc]
        return _all(body) if least >= 1 else []
    if op is sre.IN and all(kind is sre.LITERAL or kind is sre.RANGE for kind, _ in av):  # type: ignore[attr-defined]
        ranges = [range(c[0], c[1] + 1) if kind is sre.RANGE else range(c, c + 1) for kind, c in av]  # type: ignore[attr-defined]
        if sum(map(len, ranges)) > _MAX_STRINGS:
            return []
        return [frozenset(chr(code) for codes in ranges for code in codes)]
    return []  # a class, a wildcard, an assertion (what it sees lies outside the match), a backreference
