"""Sides named through titles: an apposition on the first of two coordinated names ("X, the Danish trade minister, and
Y met"), demonyms sharing one plural title ("the Danish and Dutch prime ministers met"), a counterpart the document
names elsewhere ("his Dutch counterpart"), and the agent of a passive clause timed by a meeting ("was signed by X
after talks with Y")."""

from __future__ import annotations

import pytest
from meeting_stage import meetings_of

APPOSED_FIRST = [
    (
        "Erik Lund, the Danish trade minister, and Pieter de Wit met in Copenhagen on Monday.",
        {"Erik Lund", "Pieter de Wit"},
    ),
    (
        "Erik Lund, Denmark's trade minister, and Dutch Trade Minister Pieter de Wit held talks on Tuesday.",
        {"Erik Lund", "Pieter de Wit"},
    ),
    (
        "Carlos Mendes, a senior Frelimo official, and Tanzanian envoy Joseph Mwale met in Maputo.",
        {"Carlos Mendes", "Joseph Mwale"},
    ),
    # a title owned by a common noun, and one ending in its role's modifier
    (
        "Henrik Dahl, the company's chief executive, and Norwegian Prime Minister Olav Berge met in Oslo on Monday.",
        {"Henrik Dahl", "Olav Berge"},
    ),
    (
        "Henrik Dahl, Norsk Hydro's chief executive, and Trade Minister Pieter de Wit held talks on Tuesday.",
        {"Henrik Dahl", "Pieter de Wit"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), APPOSED_FIRST)
def test_apposition_on_the_first_name(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


NO_APPOSED_FIRST = [
    # the apposition is no title of the first name's
    "Erik Lund, the minister's wife, and Pieter de Wit met in Copenhagen on Monday.",
    "Erik Lund, the company's largest shareholder, and Pieter de Wit met in Copenhagen on Monday.",
]


@pytest.mark.parametrize("text", NO_APPOSED_FIRST)
def test_no_apposed_first_side(text: str) -> None:
    assert meetings_of(text) == []


DANES = (
    "Danish Prime Minister Erik Lund arrived on Sunday. Dutch Prime Minister Pieter de Wit flew in from The Hague. "
)


def test_demonyms_sharing_a_plural_title_are_its_holders() -> None:
    text = DANES + "The Danish and Dutch prime ministers met in Copenhagen on Monday."
    assert [p for _, p in meetings_of(text)][-1] == {"Erik Lund", "Pieter de Wit"}


def test_demonyms_sharing_a_title_nobody_holds_are_the_states() -> None:
    text = "The Danish and Dutch prime ministers met in Copenhagen on Monday."
    assert meetings_of(text) == [("met", {"Denmark", "Netherlands"})]


def test_a_counterpart_is_the_holder_of_the_same_title() -> None:
    text = DANES + "The Danish prime minister met his Dutch counterpart in Copenhagen on Monday."
    assert [p for _, p in meetings_of(text)][-1] == {"Erik Lund", "Pieter de Wit"}


def test_a_counterpart_nobody_names_stays_the_state() -> None:
    text = "Danish Prime Minister Erik Lund met his Dutch counterpart in Copenhagen on Monday."
    assert meetings_of(text) == [("met", {"Erik Lund", "Netherlands"})]


@pytest.mark.parametrize("lead", ["after talks with", "before a meeting with", "following talks with"])
def test_passive_agent_timed_by_a_meeting(lead: str) -> None:
    text = f"The accord was signed by Prime Minister Erik Lund {lead} Pieter de Wit in Copenhagen."
    assert [p for _, p in meetings_of(text)] == [{"Erik Lund", "Pieter de Wit"}]


def test_passive_agent_needs_a_named_agent() -> None:
    assert meetings_of("The plan was welcomed by investors after talks with the central bank.") == []


BARE_TITLE_APPOSITION = [
    # an apposition opened by a title without its article: the name before it met, not a name inside it
    (
        "Ingrid Holm, head of the IMF's Africa department, met Finance Minister Kofi Mensah in Accra on Monday.",
        {"Ingrid Holm", "Kofi Mensah"},
    ),
    (
        "Ingrid Holm, deputy chairman of Norway's central bank, met Finance Minister Kofi Mensah on Monday.",
        {"Ingrid Holm", "Kofi Mensah"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), BARE_TITLE_APPOSITION)
def test_a_bare_title_in_apposition_describes_the_name_before_it(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


# A person who owns the object's title is not the one met: the title's holder is ("Putin's foreign minister"), named
# by an apposition when there is one, else the description itself.
OWNED_TITLE = [
    (
        "Danish Prime Minister Erik Lund met with Pieter de Wit's foreign minister, Hans Bakker, on Monday.",
        {"Erik Lund", "Hans Bakker"},
    ),
    (
        "Danish Prime Minister Erik Lund met with Pieter de Wit's top aide, Hans Bakker, on Monday.",
        {"Erik Lund", "Hans Bakker"},
    ),
]


@pytest.mark.parametrize(("text", "parties"), OWNED_TITLE)
def test_owned_title_names_its_holder(text: str, parties: set[str]) -> None:
    assert [p for _, p in meetings_of(text)] == [parties]


def test_owner_of_the_title_is_no_party() -> None:
    for _, parties in meetings_of("Danish Prime Minister Erik Lund met Pieter de Wit's lawyer in Copenhagen."):
        assert "Pieter de Wit" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp said its president of North American operations John Smith met with Globex officials on Monday.",
        "Acme Corp said vice president of marketing John Smith met with Globex officials on Monday.",
    ],
)
def test_a_title_with_an_of_phrase_opens_the_clause_before_the_subject(text: str) -> None:
    assert meetings_of(text) == [("met", {"John Smith", "Globex"})]


@pytest.mark.parametrize(
    "text",
    [
        "Mexican central bank head Miguel Mancera met Peruvian central bank president Leonel Figueroa on Tuesday.",
        "A spokesman said that Mexican central bank head Miguel Mancera held talks with Peruvian central bank "
        "president Leonel Figueroa.",
    ],
)
def test_common_nouns_between_a_demonym_and_a_title_belong_to_the_subjects_title(text: str) -> None:
    assert [parties for _, parties in meetings_of(text)] == [{"Miguel Mancera", "Leonel Figueroa"}]
