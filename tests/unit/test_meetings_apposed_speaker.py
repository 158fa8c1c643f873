"""The speaker of a reporting verb after a sentence's fronted phrase is the name right before the verb, also when
the comma of an apposition stands between them."""

from __future__ import annotations

from meeting_stage import meetings_of


def test_speaker_closed_by_an_apposition_comma() -> None:
    text = (
        "In a letter to the chairman of Acme Holdings, Peter Brand, the chairman of Globex, John Miller, said "
        "he would still prefer to negotiate with Acme Holdings."
    )
    assert meetings_of(text) == [("negotiate", {"John Miller", "Acme Holdings"})]
