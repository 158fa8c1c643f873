"""Titles with more than one complement: "Minister of State for Finance and Industry" is all title."""

from extractor import extract
from extractor.entities import find_entities
from extractor.text import Document
from schemas import EntityType


def people(text: str) -> dict[str, list[str]]:
    table = find_entities(Document(text), "en")
    return {e.name: e.roles for e in table.entities if e.type is EntityType.PERSON}


def test_a_second_complement_stays_in_the_title():
    found = people("Tanzania's Minister of State for Finance Ramadhani Kombo said the plan was ready.")
    assert "Ramadhani Kombo" in found
    assert found["Ramadhani Kombo"] == ["Minister of State for Finance"]


def test_a_second_complement_joined_by_and_stays_in_the_title():
    found = people("Minister of State for Finance and Industry Omar Haddad said the talks ended.")
    assert "Omar Haddad" in found
    assert not any(name.startswith(("for ", "and ")) for name in found)


def test_plural_titles_and_honorifics_are_no_people():
    # "Sens." and "Reps." before coordinated lawmakers, "Messrs." before surnames already named: titles, not names
    found = people("The envoy met Democratic Sens. Ann Berg and Tom Hale. Later Reps. Jo Lind and Al Roe spoke.")
    assert set(found) == {"Ann Berg", "Tom Hale", "Jo Lind", "Al Roe"}
    table = find_entities(
        Document("Garth Lobo and Myron Tait run the firm. It will pay if Messrs. Lobo and Tait bid."), "en"
    )
    names = {e.name: [m.text for m in e.mentions] for e in table.entities}
    assert names == {"Garth Lobo": ["Garth Lobo", "Lobo"], "Myron Tait": ["Myron Tait", "Tait"]}


def test_a_personal_name_closing_a_title_whose_of_names_a_body_is_the_speaker() -> None:
    def speaker(text: str) -> str | None:
        statements = extract(text).statements
        return statements[0].speaker.name if statements and statements[0].speaker else None

    assert (
        speaker("The plan for new shares was withdrawn, chairman of both companies Li Ka-shing said.") == "Li Ka-shing"
    )
    assert (
        speaker("The plan for new shares was withdrawn, aide to Agriculture Secretary Richard Lyng said.")
        != "Richard Lyng"
    )
    assert speaker("The plan for new shares was withdrawn, manager of the oil company Ecopetrol said.") != "Ecopetrol"


def test_a_title_whose_complement_stops_at_a_capitalised_the_is_read_without_it():
    """'President Of The' at the end of a text (a headline in capitals, a cut-off line): the complement has no
    name after its article; it was read past the last word."""
    for text in ("HE WAS NAMED CHAIRMAN OF THE", "Its President Of The", "THE COMPANY SAID ITS PRESIDENT OF THE."):
        extract(text)
    capitals = people("Alan Bond, Chairman Of The Bond Corp, said so.")["Alan Bond"]
    assert [role.lower() for role in capitals] == ["chairman of the bond corp", "chairman"]
