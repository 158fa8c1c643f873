"""The company an article opens on: "it" and "the company" go on naming it when another company was named in
between, and a company described at the end of the first sentence ("..., the brokerage firm said") keeps it open."""

from extractor import extract


def speaker_of(text: str, cue_phrase: str) -> str | None:
    """The speaker extract() gives the statement whose cue opens at `cue_phrase` ("it said" -> the "said")."""
    at = text.index(cue_phrase) + cue_phrase.rindex(" ") + 1
    result = extract(text)
    statement = next(s for s in result.statements if s.cue.start == at)
    return statement.speaker.name if statement.speaker is not None else None


def test_it_goes_on_naming_the_company_that_spoke_first():
    text = (
        "Harlow Foods Inc said it agreed to buy Pinecrest Markets Inc for cash. "
        "Pinecrest Markets owns 161 stores in Oregon. The other businesses are two distributors, it said."
    )
    assert speaker_of(text, "it said.") == "Harlow Foods"


def test_the_company_is_the_one_that_spoke_first():
    text = (
        "Vantor Systems Inc said it started its tender offer for Delmont Corp. "
        "The option may be used if another party buys Delmont shares. The company said the offer expires in May."
    )
    assert speaker_of(text, "The company said") == "Vantor Systems"


def test_the_attribution_at_the_end_of_the_first_sentence_names_the_lead():
    text = (
        "Brixton Oil Inc is being awarded a fuel contract, the Defense Department said. "
        "Brixton Oil shares rose. It said work on the contract will end in June."
    )
    assert speaker_of(text, "It said") == "Defense Department"


def test_the_company_opening_the_sentence_leads_past_its_owner():
    text = (
        "Eastwind Airlines Inc, owned by Calder Corp, said its load factor fell. "
        "Calder Corp shares rose. It said revenue rose."
    )
    assert speaker_of(text, "It said") == "Eastwind Airlines"


def test_a_unit_that_speaks_leads_past_its_parent():
    text = (
        "Norton Gypsum Co's Austell Co said it signed a deal with Kasai Heavy Industries Inc. "
        "Kasai Heavy Industries will build the plant. The company said the deal was worth 10 mln dlrs."
    )
    assert speaker_of(text, "The company said") == "Austell"


def test_a_company_described_at_the_end_leaves_no_lead():
    text = (
        "The Exchange Board is investigating trading in which Halvard Brothers Inc was a market maker, the "
        "brokerage firm said. Halvard said its employees will testify. It said the probe was routine."
    )
    assert speaker_of(text, "It said") == "Halvard Brothers"
