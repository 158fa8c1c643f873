"""Who a pronoun or a government means: a name after "of" is no subject, and "the Cuban government" is Cuba's (our
own sentences)."""

from extractor.pipeline import extract


def speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in extract(text).statements]


def participants(text: str) -> list[list[str]]:
    return [[p.name for p in m.participants] for m in extract(text).meetings]


def test_a_name_after_of_is_no_subject_for_its() -> None:
    text = (
        "After long refusal, Lisbon has agreed to discuss the problems of Angola and Goa in its talks with Madrid on "
        "fishing rights, the minister said."
    )
    (found,) = participants(text)
    assert found[0] in ("Lisbon", "Portugal")  # its is Lisbon, the subject, not Angola


def test_a_government_named_for_a_country_is_that_country() -> None:
    text = "Peru and Chile held talks on Monday. The Chilean government said it would cut tariffs."
    assert speakers(text) == ["Chile"]


def test_it_that_speaks_is_the_body_before_a_country_named_since() -> None:
    text = (
        "The Fisheries Bureau issued its monthly catch survey on Monday. Landings of tuna rose 12 pct in the quarter. "
        "Most of the catch was sold to Spain at higher prices. It said the sardine catch would fall."
    )
    assert speakers(text)[-1] == "Fisheries Bureau"


def test_it_that_speaks_is_still_a_country_where_no_body_is_named() -> None:
    text = "Prices in Chile rose 12 pct in March. It said the rise would slow."
    assert speakers(text)[-1] == "Chile"
