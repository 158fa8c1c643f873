"""Places written without their accents or under a former name, and labels that are nobody's name: models with
digits, credit ratings, "Chapter 11"."""

from entity_stage import table_for, typed_names

from schemas import EntityType


def test_a_city_written_without_its_accents_is_the_city():
    found = typed_names("Bankers in Zurich and traders in Malaga said prices rose.")
    assert found.get("Zurich") is EntityType.GPE and found.get("Malaga") is EntityType.GPE


def test_a_former_name_of_a_capital_is_the_capital_of_its_state():
    table = table_for("Officials in Peking said exports rose.")
    peking = next(e for e in table.entities if e.type is EntityType.GPE and e.mentions[0].text == "Peking")
    assert peking.affiliation is not None and peking.affiliation.name == "China"


def test_mideast_is_the_middle_east():
    assert typed_names("Oil supplies from the Mideast rose.").get("Middle East") is EntityType.GPE


def test_ratings_models_and_numbered_labels_are_no_people():
    found = typed_names(
        "Moody's cut the debt to Baa-2 and Standard and Poor's to BB-plus. The Airbus A330 will fly in 1992. "
        "The company filed under Chapter 11 of the bankruptcy code."
    )
    for label in ("Baa-2", "BB-plus", "Airbus A330", "Chapter"):
        assert found.get(label, EntityType.OTHER) is EntityType.OTHER, label
