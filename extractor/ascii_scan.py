"""Scans of ASCII text rewritten byte for byte, so that every offset stays the text's own.

A class of characters made one character (digits as "0", "!" and "?" as ".") lets a pattern open on a literal,
which re skips ahead to through memory instead of testing a class at every character. Every byte that is no word
character made a space, with one more space at each end, puts each whole word between two spaces: an
Aho-Corasick automaton of " word " keys (`whole_words`) then finds the words of a list in one pass of C, where a
regular expression \b(?:...)\b or a lookup of every word costs several times more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ahocorasick


def byte_map(rewrite: Callable[[str], str]) -> bytes:
    """A `bytes.translate` table taking each ASCII character to `rewrite(character)`, one ASCII character."""
    return bytes([*(ord(rewrite(chr(b))) for b in range(128)), *range(128, 256)])


def rewritten(text: str, table: bytes) -> str:
    """ASCII `text` with each character replaced through `table` (`byte_map`)."""
    return text.encode().translate(table).decode()  # UTF-8, the fastest path, is ASCII for ASCII text


def between_spaces(text: str, table: bytes) -> str:
    """`rewritten` with a space at each end, for `whole_words`: one character longer at the front."""
    return f" {rewritten(text, table)} "


def whole_words(entries: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    """Each (word, value) as the key " word ": searched in `between_spaces` text whose table makes every non-word
    character a space, a hit is a whole word of the text, and its index (ahocorasick's: the key's last character,
    the space after the word) is one past the word's end in the text."""
    automaton = ahocorasick.Automaton()
    for word, value in entries:
        automaton.add_word(f" {word} ", value)
    automaton.make_automaton()
    return automaton
