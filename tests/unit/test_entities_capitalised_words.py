"""The ASCII shortcut of the capitalised-word scan finds what the pattern finds over the whole text."""

from extractor.entities.tokens import _CAP, _capitalised_words

_TEXTS = (
    "U.S. Trade Representative Clayton Yeutter met Rolls-Royce and McDonald's Corp officials.",
    "The Iran-backed group, the EC-produced report and O'Neill's remarks; Smith Jr. said.",
    "J.P. Morgan, the U.S.A.'s firm, and AT&T Inc. said on Monday.",
    "Prices rose 3.5 pct in 1987, said the Bank of Japan (BOJ). X",
    "a-B C- D'S d'Estaing T.",
)


def test_ascii_scan_matches_the_pattern():
    for text in _TEXTS:
        assert _capitalised_words(text) == [m.span() for m in _CAP.finditer(text)]


def test_non_ascii_text_uses_the_pattern():
    text = "Président François Mitterrand met Lech Wałęsa in Gdańsk."
    assert _capitalised_words(text) == [m.span() for m in _CAP.finditer(text)]
