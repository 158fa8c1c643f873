"""A `regex` pattern that runs as an `re` pattern on ASCII text, with the same matches.

`regex` costs more than `re` for the same match on many of the engine's patterns (it reads Unicode properties,
and before a `match` without `endpos` it looks for a string every match needs through the rest of the text). The
engine's texts are nearly all ASCII, where `regex`'s Unicode properties are plain classes: \\p{L} is [A-Za-z],
\\p{Lu} [A-Z], \\p{Ll} [a-z], \\p{N} [0-9], \\p{M} nothing; and `re`'s \\s, \\w, \\d and \\b with re.ASCII are
`regex`'s on ASCII text. So `AsciiTwin` writes the pattern over for `re` once, and each call runs whichever of the
two fits the text (`str.isascii` is a flag test). The wrapper's call costs something too: worth it only for
patterns whose calls cost more (replaying the corpus's calls of each pattern tells).
"""

from __future__ import annotations

import re
from typing import Any

import regex

from extractor.patterns import compile_gated

# \p{...} spelled for ASCII text, inside a character class
_PROPERTIES = {"L": "A-Za-z", "Lu": "A-Z", "Ll": "a-z", "N": "0-9", "M": ""}
_FLAGS = {regex.IGNORECASE: re.IGNORECASE, regex.MULTILINE: re.MULTILINE, regex.DOTALL: re.DOTALL}
_OWN_FLAGS = regex.compile("").flags  # what regex sets on every pattern (VERSION0, UNICODE)
# escapes and constructs of `regex` that `re` lacks or reads otherwise: a pattern with one gets no twin
_FOREIGN = regex.compile(r"\\[XGmMKLNRVHP]|\\p(?!\{(?:L|Lu|Ll|N|M)\})|\(\?\||\(\?[rV]|\(\?\(DEFINE|\[\[:")
# non-ASCII letters that ignore-case matching in `regex` folds onto ASCII ones ("ſ" and "s", the Kelvin sign and "k")
_FOLDING_TO_ASCII = frozenset("ſKİı")


def ascii_source(source: str) -> str:
    """`source`, a `regex` pattern, with its Unicode properties spelled as ASCII classes (see the module's doc)."""
    if _FOREIGN.search(source) or _FOLDING_TO_ASCII.intersection(source):
        raise ValueError(f"no re twin for {source!r}")
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\" and source[i + 1 : i + 2] == "p":
            end = source.index("}", i)
            chars = _PROPERTIES[source[i + 3 : end]]
            out.append(chars if in_class else f"[{chars}]" if chars else "(?!)")
            i = end + 1
            continue
        if ch == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if source[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if source[i + 1 : i + 2] == "]":  # a "]" first in a class is itself
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class AsciiTwin:
    """A `regex` pattern and its `re` twin, for ASCII text; the methods are the pattern's own, for either."""

    __slots__ = ("unicode", "ascii")

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        flags = pattern.flags & ~_OWN_FLAGS
        if flags & ~sum(_FLAGS):
            raise ValueError(f"no re twin for the flags of {pattern.pattern!r}")
        self.unicode = pattern
        re_flags = sum(re_flag for flag, re_flag in _FLAGS.items() if flags & flag)
        self.ascii = compile_gated(ascii_source(pattern.pattern), re.ASCII | re_flags)

    def match(self, text: str, *bounds: int) -> Any:
        return (self.ascii if text.isascii() else self.unicode).match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> Any:
        return (self.ascii if text.isascii() else self.unicode).fullmatch(text, *bounds)

    def search(self, text: str, *bounds: int) -> Any:
        return (self.ascii if text.isascii() else self.unicode).search(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Any:
        return (self.ascii if text.isascii() else self.unicode).finditer(text, *bounds)

    def findall(self, text: str, *bounds: int) -> Any:
        return (self.ascii if text.isascii() else self.unicode).findall(text, *bounds)
