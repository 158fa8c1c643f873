"""The literal strings one of which every match of a pattern contains, read from the pattern's parse tree.

A family pattern runs over every stretch of text around its core words, and the regular expression engine
tries a match at each position of it. Most stretches cannot hold a match of most families ("two years ago"
needs "ago", "earlier", "later", "from" or "hence" somewhere), and a substring search rules them out for a
fraction of that cost.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # the parser `re.compile` itself uses, and its opcodes
from re import _parser as sre_parse

_MAX_STRINGS = 12  # past this many alternatives the search costs about what it saves
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Strings = frozenset[str]


@cache
def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every non-empty match of `pattern` contains (case-sensitive), or None when the
    pattern promises none worth looking for."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    return tuple(sorted(found)) if found and len(found) <= _MAX_STRINGS else None


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more selective of two requirements: longer strings (short ones occur anywhere), then fewer."""
    if a is None or b is None:
        return a if b is None else b
    return a if (-min(map(len, a)), len(a)) <= (-min(map(len, b)), len(b)) else b


def _sequence(items: sre_parse.SubPattern | list) -> Strings | None:
    """A sequence of items needs what any one of them needs; consecutive literal characters make one string."""
    best: Strings | None = None
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, frozenset((run,)))
            run = ""
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset((run,)))
    return best


def _item(op: object, av: object) -> Strings | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av  # type: ignore[misc]
        return None if add_flags or del_flags else _sequence(body)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        alternatives = [_sequence(alt) for alt in av[1]]  # type: ignore[index]
        if any(alt is None for alt in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op in _REPEATS:
        least, _most, body = av  # type: ignore[misc]
        return _sequence(body) if least >= 1 else None
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):  # type: ignore[attr-defined]
        return frozenset(chr(code) for _, code in av)  # type: ignore[attr-defined]
    return None  # a class, a wildcard, an assertion (what it sees lies outside the match), a backreference
