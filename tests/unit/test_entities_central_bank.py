"""'The central bank' names a central bank, never a commercial bank with 'Bank' in its name; a body's description
followed by its name in apposition ('the central bank, Bank Negara, said') is that body."""

from extractor import extract


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in extract(text).statements]


def test_the_central_bank_is_not_a_commercial_bank_named_before() -> None:
    text = (
        "The Bundesbank left its rates unchanged, a Deutsche Bank economist said. "
        "The central bank said money supply growth was too fast."
    )
    assert _speakers(text)[-1] == "Bundesbank"


def test_the_central_bank_is_the_bank_of_a_country_or_a_national_bank() -> None:
    assert _speakers(
        "The Swiss National Bank cut its rates, Credit Suisse said. The central bank said the franc was strong."
    )[-1] == ("Swiss National Bank")
    assert _speakers("The Bank of Canada held rates, a Royal Bank dealer said. The central bank said inflation eased.")[
        -1
    ] == ("Bank of Canada")


def test_with_no_central_bank_named_the_central_bank_is_a_body_of_its_own() -> None:
    speaker = _speakers("A Deutsche Bank economist said rates would fall. The central bank later said it would wait.")[
        -1
    ]
    assert speaker is not None and "Deutsche" not in speaker


def test_a_name_in_apposition_after_a_body_s_description_is_that_body() -> None:
    assert _speakers("The loss was large, the central bank, Bank Negara, said in a statement.") == ["Bank Negara"]
    assert _speakers("Grain output fell, the official news agency, Tass, said.") == ["Tass"]


def test_a_name_that_opens_a_list_after_a_description_is_not_in_apposition() -> None:
    assert "Citicorp" not in _speakers("Shares rose, said the bank, Citicorp and Chase Manhattan.")


def test_an_english_bank_word_opens_a_name_unless_a_later_head_closes_it() -> None:
    assert _speakers("Reserves rose to 16 billion ringgit in February, Bank Negara Malaysia said.") == [
        "Bank Negara Malaysia"
    ]
    assert _speakers("Staff accepted the pay rise, the Bank Officers Union said.") == ["Bank Officers Union"]
    assert "Bank of the West" in {e.name for e in extract("Shares of Bank of the West rose.").entities}


def test_a_body_named_in_apposition_does_not_continue_the_last_speaker_s_turn() -> None:
    text = (
        "Malaysia's central bank said it bought a stake in Kestrel Asian Bank Bhd. Kestrel called for a rights "
        "issue after a loss, the central bank, Bank Negara, said in a statement."
    )
    assert _speakers(text)[-1] == "Bank Negara"
