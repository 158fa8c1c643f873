"""`AsciiTwin`: the re twin of a regex pattern matches ASCII text exactly as the pattern does."""

import importlib

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.ascii_twin import AsciiTwin, ascii_source

_MODULES = ("extractor.entities.coref", "extractor.entities.group", "extractor.entities.tokens",
            "extractor.meetings.phrases", "extractor.meetings.scope")  # fmt: skip


def _twins() -> list[AsciiTwin]:
    found = [v for m in _MODULES for v in vars(importlib.import_module(m)).values() if isinstance(v, AsciiTwin)]
    from extractor.meetings.scope import _description

    return [*found, _description()]


def _found(matches: object) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


_PIECES = st.sampled_from(
    ["the", "The", "said", "Smith", "U.S.", "of", "at", "spokesman", "for", "he", "they", "company", "bank", "after",
     "Co", "newly", "talks", "chairman", "Rolls-Royce", "O'Neil", "it's", "86", "a", "x"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", "  ", ", ", ". ", "\n", "\t", "-", "'", ";", ":", '"', "(", "\x1c", ""])
_TEXTS = st.lists(st.tuples(_PIECES, _GAPS), max_size=14).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_twins_find_in_ascii_text_what_their_patterns_find(text: str, pos: int, width: int) -> None:
    end = min(len(text), pos + width)
    for twin in _twins():
        unicode, ascii = twin.unicode, twin.ascii
        for method in ("match", "search", "fullmatch"):
            a, b = getattr(ascii, method)(text, pos, end), getattr(unicode, method)(text, pos, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (unicode.pattern, method)
        assert _found(ascii.finditer(text, pos, end)) == _found(unicode.finditer(text, pos, end)), unicode.pattern


def test_properties_are_spelled_as_ascii_classes() -> None:
    source = r"(?<!\p{L})x[\p{Lu}\p{N}.]+\p{Ll}[^\p{L}]\p{M}"
    assert ascii_source(source) == r"(?<![A-Za-z])x[A-Z0-9.]+[a-z][^A-Za-z](?!)"
    assert ascii_source(r"[]\p{L}]") == r"[]A-Za-z]"


@pytest.mark.parametrize("source", [r"\P{L}", r"\p{Lo}", r"\X", r"(?|a|b)", "ſ"])
def test_what_re_cannot_read_alike_gets_no_twin(source: str) -> None:
    with pytest.raises(ValueError):
        ascii_source(source)


def test_a_twin_runs_the_pattern_itself_on_other_text() -> None:
    twin = AsciiTwin(regex.compile(r"\p{Lu}\p{Ll}+"))
    assert twin.search("élan Zoë").group() == "Zoë"  # the re twin would have found "Zo"
    assert twin.search("elan Zoe").group() == "Zoe"
    assert twin.findall("Ab Cd") == ["Ab", "Cd"]
    with pytest.raises(ValueError):
        AsciiTwin(regex.compile(r"x$", regex.REVERSE))
