"""The date stage's re.ASCII twins match as the Unicode patterns do on ASCII text without \\x1c-\\x1f."""

from extractor.dates import candidates, grammar

_TEXTS = (
    "The company said on March 3, 1987 that profits rose 12 pct in the first quarter, two weeks ago.",
    "Shares fell at 10:30 a.m. EST on Monday; the 1980s and the next five years, every day since mid-1986.",
    "In May the board met for the second half of 1989 and again late last week, 2,000 shares a year later.",
    "Officials_said Tuesday's talks, due in early April or May, would last three hours\tand 45 minutes.",
)


def test_ascii_twins_match_alike() -> None:
    for text in _TEXTS:
        low = text.lower()
        assert grammar.ascii_twin_fits(low)
        for rule in grammar.rules("en"):
            for pos in range(0, len(low), 7):
                fast = [(m.span(), m.groups()) for m in rule.ascii.finditer(low, pos)]
                slow = [(m.span(), m.groups()) for m in rule.pattern.finditer(low, pos)]
                assert fast == slow, rule.family
        for fast, slow in zip(grammar.ascii_core_patterns("en"), grammar.core_patterns("en"), strict=True):
            assert [m.span() for m in fast.finditer(low)] == [m.span() for m in slow.finditer(low)]
        assert candidates._core_hits(text, low, "en", True) == candidates._core_hits(text, low, "en")


def test_ascii_twins_left_for_separators_and_other_text() -> None:
    assert not grammar.ascii_twin_fits("on march 3\x1f1987")
    assert not grammar.ascii_twin_fits("le 3 mars à paris")
    # \x1c-\x1f are white space to re's Unicode \s, not to its ASCII \s: such text keeps the Unicode patterns
    def spans(text: str) -> list[tuple[str, tuple[int, int]]]:
        return [(family, m.span()) for group in candidates.find(text, "en") for family, m in group]

    assert spans("It ran for 5\x1eyears.") == spans("It ran for 5 years.") != []
