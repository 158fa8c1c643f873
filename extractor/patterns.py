"""A lookahead on the first character of a match, read from the pattern's parse tree, that lets the regular
expression engine reject most positions of a scan at once.

`re` tries a pattern at every position of the text. A pattern that opens with optional words
("(?:the\\s+|last\\s+)?(?P<num>...)") walks all of their alternatives at each position before it fails,
even where the character there could never begin a match (a space, a letter no alternative starts with).
Prefixing the set of characters every non-empty match starts with, `(?=[...])`, fails those positions in
one step: the family patterns of the date stage scan about 40% faster, with the same matches (the
lookahead only rejects positions where no non-empty match starts, and empty matches are never wanted).

`compile_gated` goes one step further. `re` skips ahead to the next possible start of a match without trying
the pattern at all when the compiled pattern's info block holds the set of characters a match starts with; it
only finds that set for a pattern that opens on a literal or a character class, never behind a lookahead.
So it writes that set, the lookahead's own, into the info block of the gated pattern, and leaves the lookahead
itself out of the program: the scan no longer calls the program where the lookahead would fail, and where it
calls it the lookahead would only test the character the scan has just tested.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _compiler as sre_compile
from re import _constants as sre  # the parser `re.compile` itself uses, and its opcodes
from re import _parser as sre_parse

_CLASS_ESCAPES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_GLOBAL_FLAGS = "aiLmsux"

# What a pattern's matches may start with: the character set items of its first characters (None: any
# character), and whether it can match the empty string (then what follows it may start the match too).
First = tuple[list[tuple[object, object]], bool] | None


def gated(source: str, flags: int = 0) -> str:
    """`source` behind a lookahead on the first character of its non-empty matches, or `source` itself when
    a match may start with any character or be empty."""
    if source[:2] == "(?" and source[2:3] in _GLOBAL_FLAGS:
        return source  # global flags must open the pattern
    items = first_characters(source, flags)
    return source if items is None else f"(?=[{items}]){source}"


# What `regex` reads as \s (Unicode White_Space), spelled out for `re`, whose \s also holds \x1c-\x1f: a twin of a
# regex pattern written for re with this class (and without \w, \b or \p{...}, which differ) matches the same.
WHITE_SPACE = "[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# The same in ASCII text, where regex's \s is these six characters, and its \S: for `re` twins of regex patterns
# meant for ASCII text only.
ASCII_WHITE_SPACE = r"[\t\n\x0b\x0c\r ]"
ASCII_NON_SPACE = r"[^\t\n\x0b\x0c\r ]"


def compile_gated(source: str, flags: int = 0, prefix_gate: bool = False) -> re.Pattern[str]:
    """`re.compile(gated(source), flags)`, with the lookahead's set of first characters in the compiled
    pattern's info block instead of in its program, so that the scan skips to the next position where the set
    matches instead of trying the pattern (and failing its lookahead) at every position; and with each optional
    item an alternation, and alternatives that open alike factored (`_restructured`). The same pattern, the same
    matches, for `search`, `finditer` and `match` alike: no non-empty match starts off the set. `prefix_gate`: also
    a lookahead on the first characters of the matches (`_with_prefix_gate`), for a pattern that opens on optional
    words, which re backtracks through at every word it tries; one that opens on a word list (a trie) already
    rejects a word as fast, and would pay for the lookahead."""
    gate = gated(source, flags)
    tree = sre_parse.parse(gate, flags)
    tree = _restructured(tree, not (flags | tree.state.flags) & re.IGNORECASE)
    flags |= tree.state.flags
    if prefix_gate and gate is not source and not flags & re.IGNORECASE:
        tree = _with_prefix_gate(tree, _gate_prefixes(gate, flags & ~(re.ASCII | re.UNICODE)), flags)
    code = None
    if gate is not source and not flags & re.IGNORECASE:  # a case-folded set is not one `re` can skip with
        code = _with_start_set(tree, flags)
    if code is None:
        code = sre_compile._code(tree, flags)
    # what `re._compiler.compile` does with the code
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return sre_compile._sre.compile(  # type: ignore[no-any-return]
        gate, flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )


def _with_start_set(tree: sre_parse.SubPattern, flags: int) -> list[int] | None:
    """The code of the gated pattern `tree` compiled as `re.compile` does (see `re._compiler.compile`) without its
    leading lookahead, with an info block that names the lookahead's characters as the set every match starts
    with; None where that does not apply."""
    op, av = tree.data[0]
    lo, hi = tree.getwidth()
    if op is not sre.ASSERT or av[0] != 1 or len(av[1].data) != 1 or lo == 0:
        return None
    kind, items = av[1].data[0]  # "(?=[ab])" parses to a class, "(?=[a])" to a literal
    if kind is sre.LITERAL:
        items = [(kind, items)]
    elif kind is not sre.IN:
        return None
    code = sre_compile._code(sre_parse.SubPattern(tree.state, tree.data[1:]), flags)
    if code[0] is not sre.INFO:
        return None
    if code[2] == 0:  # unless re found a prefix or a set of its own (the same set, or better), the lookahead's
        charset, cased = sre_compile._optimize_charset(items)
        if cased:
            return None
        info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, min(lo, sre_compile.MAXCODE), min(hi, sre_compile.MAXCODE)]
        sre_compile._compile_charset(charset, flags, info)
        info[1] = len(info) - 1
        code = info + code[1 + code[1] :]
    return code  # type: ignore[no-any-return]


def _restructured(tree: sre_parse.SubPattern, factor: bool = True) -> sre_parse.SubPattern:
    """`tree` rewritten in two ways that keep its matches, their order of trial and their groups, but cost `re` less:

    Every greedy optional item longer than one character, `(?:...)?`, becomes an alternation of the item and
    nothing, `(?:...|)`. re compiles the first into a REPEAT, which allocates a repeat context at every attempt
    and, while it is open, makes each alternation inside save the marks of every group before each alternative;
    the second is one BRANCH. The date families open on optional words ("the past", "about" before a number):
    their scans cost about a fifth fewer instructions so. (An optional single character, `x?`, re already
    compiles into a cheap REPEAT_ONE.)

    The alternatives of an alternation that open on the same letter share it (`_prefix_factored`), where `factor`
    (case-sensitive literals) allows."""
    data: list[tuple[object, object]] = []
    for op, av in tree.data:
        if op in _REPEATS:
            least, most, body = av  # type: ignore[misc]
            body = _restructured(body, factor)
            if op is sre.MAX_REPEAT and least == 0 and most == 1 and not sre_compile._simple(body):
                data.append((sre.BRANCH, (None, [body, sre_parse.SubPattern(tree.state, [])])))
                continue
            av = (least, most, body)
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, body = av  # type: ignore[misc]
            av = (group, add_flags, del_flags, _restructured(body, factor and not (add_flags or del_flags)))
        elif op is sre.BRANCH:
            alternatives = [_restructured(alternative, factor) for alternative in av[1]]  # type: ignore[index]
            av = (None, _prefix_factored(alternatives, tree.state) if factor else alternatives)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            av = (av[0], _restructured(av[1], factor))  # type: ignore[index]
        elif op is sre.ATOMIC_GROUP:
            av = _restructured(av, factor)  # type: ignore[arg-type]
        elif op is sre.GROUPREF_EXISTS:
            group, yes, no = av  # type: ignore[misc]
            av = (group, _restructured(yes, factor), no and _restructured(no, factor))
        data.append((op, av))
    return sre_parse.SubPattern(tree.state, data)


def _prefix_factored(alternatives: list[sre_parse.SubPattern], state: sre_parse.State) -> list[sre_parse.SubPattern]:
    """The alternatives of an alternation with those that open on the same literal character merged into one,
    the character once and then an alternation of what follows it, factored again: "the past|the last|later"
    becomes "(?:the (?:past|last))|later" (the parser factors only a prefix that all alternatives share). re tries
    each alternative that opens on the character at a position; once merged, it reads the shared characters once and
    backtracks into the next alternative from where they differ, instead of from the start of the alternation.

    Two alternatives that open on different characters never both match at one position, so one may move past the
    other; an alternative that may open on either (a class, an optional part, an empty match) keeps its place, and
    those after it that open on the same character as one before it stay apart."""
    groups: list[tuple[int | None, list[sre_parse.SubPattern]]] = []
    for alternative in alternatives:
        op, char = alternative.data[0] if alternative.data else (None, None)
        if op is not sre.LITERAL:
            groups.append((None, [alternative]))
            continue
        for lead, members in reversed(groups):
            if lead == char:
                members.append(alternative)
                break
            if lead is None and _may_open_on(members[0], char):  # type: ignore[arg-type]
                groups.append((char, [alternative]))  # type: ignore[arg-type]
                break
        else:
            groups.append((char, [alternative]))  # type: ignore[arg-type]
    out = []
    for lead, members in groups:
        if len(members) == 1:
            out += members
            continue
        rests = _prefix_factored([sre_parse.SubPattern(state, member.data[1:]) for member in members], state)
        body = rests[0].data if len(rests) == 1 else [(sre.BRANCH, (None, rests))]
        out.append(sre_parse.SubPattern(state, [(sre.LITERAL, lead), *body]))
    return out


def _may_open_on(alternative: sre_parse.SubPattern, char: int) -> bool:
    """Whether a match of `alternative` may be empty or open on `char` (when in doubt, it may)."""
    first = _sequence(alternative)
    if first is None or first[1]:
        return True
    for op, av in first[0]:
        if op is sre.LITERAL and av == char or op is sre.RANGE and av[0] <= char <= av[1]:  # type: ignore[index]
            return True
        if op is not sre.LITERAL and op is not sre.RANGE:
            return True  # a category (\d, \w ...): not worth reading
    return False


def first_characters(source: str, flags: int = 0) -> str | None:
    """The body of a character class holding the first character of every non-empty match of `source`,
    or None when there is no such class short of any character."""
    first = _sequence(sre_parse.parse(source, flags))
    if first is None or first[1]:
        return None
    parts: list[str] = []
    for op, av in first[0]:
        if op is sre.LITERAL:
            parts.append(_escape(av))  # type: ignore[arg-type]
        elif op is sre.RANGE:
            parts.append(f"{_escape(av[0])}-{_escape(av[1])}")  # type: ignore[index]
        elif op is sre.CATEGORY and av in _CLASS_ESCAPES:
            parts.append(_CLASS_ESCAPES[av])  # type: ignore[index]
        else:
            return None
    return "".join(dict.fromkeys(parts))


def _escape(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]^\\" else "\\" + chr(code)


def _sequence(items: sre_parse.SubPattern | list) -> First:
    """A sequence starts with its first item's characters, and with the next item's while those may be empty."""
    chars: list[tuple[object, object]] = []
    for op, av in items:
        first = _item(op, av)
        if first is None:
            return None
        chars += first[0]
        if not first[1]:
            return chars, False
    return chars, True


def _item(op: object, av: object) -> First:
    if op is sre.LITERAL:
        return [(op, av)], False
    if op is sre.IN:
        negated = any(kind is sre.NEGATE for kind, _ in av)  # type: ignore[attr-defined]
        return None if negated else (list(av), False)  # type: ignore[call-overload]
    if op is sre.ASSERT_NOT and not av[1]:  # type: ignore[index]
        return [], False  # "(?!)" matches nowhere: it adds no character and never matches empty
    if op in _ZERO_WIDTH:
        return [], True
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av  # type: ignore[misc]
        return None if add_flags or del_flags else _sequence(body)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        chars: list[tuple[object, object]] = []
        empty = False
        for alternative in av[1]:  # type: ignore[index]
            first = _sequence(alternative)
            if first is None:
                return None
            chars += first[0]
            empty = empty or first[1]
        return chars, empty
    if op in _REPEATS:
        least, _most, body = av  # type: ignore[misc]
        first = _sequence(body)
        return None if first is None else (first[0], first[1] or least == 0)
    return None  # any character, a negated literal, a backreference, a conditional


# The prefix gate (`_with_prefix_gate`). The first characters of a pattern's matches as a set of (prefix, ended): a
# prefix is a tuple of character classes (each a tuple of set items, as in re's IN), `ended` when the match may stop
# right after it or what follows it was not read, so that any continuation may follow.
Prefixes = set[tuple[tuple[tuple[tuple[object, object], ...], ...], bool]]
_OPEN: Prefixes = {((), False)}  # nothing read yet, and the pattern goes on
_ANY: Prefixes = {((), True)}  # no constraint: anything may follow
# How many characters the gate reads: a longer prefix rejects more positions in one pass but makes the gate larger
# (the duration family's first 6 characters: about 1,500 prefixes) and slower to build
_GATE_CHARACTERS = 6


@lru_cache(maxsize=1)
def _gate_prefixes(source: str, flags: int) -> frozenset[tuple[tuple[tuple[object, object], ...], ...]] | None:
    """The first `_GATE_CHARACTERS` characters of every match of `source`, or fewer where a match may stop or what
    follows is not read; None where a match may be empty. (The last one is kept: the Unicode and ASCII compilations
    of a pattern, made one after the other, read the same.)"""
    prefixes = frozenset(prefix for prefix, _ in _prefixes(sre_parse.parse(source, flags), _GATE_CHARACTERS))
    return None if () in prefixes else prefixes


def _with_prefix_gate(tree: sre_parse.SubPattern, prefixes: frozenset | None, flags: int) -> sre_parse.SubPattern:
    """`tree` (gated: its first item is the first-character lookahead) with a lookahead on the first characters of its
    matches (`_gate_prefixes`) after that and its leading zero-width assertions ("\\b"): a trie of the prefixes,
    which re walks once at a position, reading each character once, before it tries the pattern's alternatives one
    after another. The date families open on optional words before a number or a month ("the past", "about"),
    which re tries at every word that opens on a letter they may open on, backtracking through each of them and
    their combinations before it fails; the gate fails those positions at the word's first or second letter."""
    if prefixes is None or tree.data[0][0] is not sre.ASSERT:
        return tree  # a pattern that is an alternation at its top is gated in its first alternative only
    if sre_compile._get_literal_prefix(sre_parse.SubPattern(tree.state, tree.data[1:]), flags)[0]:
        return tree  # re searches for the literal prefix itself, which a gate in front of it would hide
    at = 1
    while at < len(tree.data) and tree.data[at][0] is sre.AT:
        at += 1
    gate = (sre.ASSERT, (1, sre_parse.SubPattern(tree.state, [_trie_of(tree.state, prefixes)])))
    return sre_parse.SubPattern(tree.state, [*tree.data[:at], gate, *tree.data[at:]])


def _trie_of(state: sre_parse.State, prefixes: frozenset | set) -> tuple[object, object]:
    """An alternation matching the start of each prefix, factored by its first character class (literals first: re
    passes over an alternative that opens on another literal without entering it); a prefix that a longer one
    extends needs only its own characters."""
    by_first: dict = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], set()).add(prefix[1:])
    alternatives = []
    for first, rests in sorted(by_first.items(), key=lambda entry: _class_item(entry[0])[0] is not sre.LITERAL):
        items = [_class_item(first)]
        if () in rests:
            pass  # the first character is all this prefix asks
        elif all(len(rest) == 1 and all(kind is not sre.NEGATE for kind, _ in rest[0]) for rest in rests):
            items.append(_class_item(tuple(dict.fromkeys(item for rest in rests for item in rest[0]))))
        else:
            items.append(_trie_of(state, rests))
        alternatives.append(sre_parse.SubPattern(state, items))
    return (sre.BRANCH, (None, alternatives))


def _class_item(char: tuple[tuple[object, object], ...]) -> tuple[object, object]:
    """A character class as a parse tree item: a literal on its own, else a set."""
    return char[0] if len(char) == 1 and char[0][0] is sre.LITERAL else (sre.IN, list(char))


def _prefixes(items: sre_parse.SubPattern | list, k: int) -> Prefixes:
    """The first k characters of a sequence: its items' prefixes joined, as far as they reach."""
    out = _OPEN
    for op, av in items:
        out = _joined(out, _item_prefixes(op, av, k), k)
        if all(ended or len(prefix) >= k for prefix, ended in out):
            break
    return out


def _joined(heads: Prefixes, tails: Prefixes, k: int) -> Prefixes:
    out: Prefixes = set()
    for prefix, ended in heads:
        if ended or len(prefix) >= k:
            out.add((prefix, True))
            continue
        for more, tail_ended in tails:
            joined = prefix + more
            out.add((joined[:k], True) if len(joined) >= k else (joined, tail_ended))
    return out


def _item_prefixes(op: object, av: object, k: int) -> Prefixes:
    if op is sre.LITERAL:
        return {((((op, av),),), False)}
    if op is sre.IN:
        return {((tuple(av),), False)}  # type: ignore[call-overload]
    if op in _ZERO_WIDTH:
        return _OPEN  # what a lookaround asks is left out: the prefixes may only be more than the matches
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av  # type: ignore[misc]
        return _ANY if add_flags or del_flags else _prefixes(body, k)
    if op is sre.ATOMIC_GROUP:
        return _prefixes(av, k)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        return set().union(*(_prefixes(alternative, k) for alternative in av[1]))  # type: ignore[index]
    if op in _REPEATS:
        least, most, body = av  # type: ignore[misc]
        each = _prefixes(body, k)
        out: Prefixes = set(_OPEN) if least == 0 else set()
        done = _OPEN
        times = min(most, k + 1)  # a body that reads a character has read k of them by then
        for n in range(1, times + 1):
            done = _joined(done, each, k)
            if n >= least:
                out |= done
        if most > times:  # more repetitions, not read
            out |= {(prefix, True) for prefix, _ in done}
        return out
    return _ANY  # any character, a negated literal, a backreference, a conditional: not read
