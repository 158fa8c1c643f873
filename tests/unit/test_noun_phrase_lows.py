from extractor.speech import noun_phrases
from extractor.speech.noun_phrases import _Lows


def test_lows_give_the_lower_form_without_dots_and_curly_apostrophes() -> None:
    lows = _Lows()
    for tok in ("Sen.", "Brindlecombe’s", "U.S.", "said", "SAID", "Gov..", "’"):
        assert lows[tok] == tok.lower().rstrip(".").replace("’", "'")
        assert lows[tok] == tok.lower().rstrip(".").replace("’", "'")  # read again from the dict


def test_lows_are_cleared_past_their_bound(monkeypatch) -> None:
    monkeypatch.setattr(noun_phrases, "_MAX_LOWS", 3)
    lows = _Lows()
    for tok in ("Alpha", "Beta", "Gamma", "Delta"):
        assert lows[tok] == tok.lower()
    assert len(lows) <= 3 and lows["Delta"] == "delta"
