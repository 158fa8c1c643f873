"""'The group said' goes on naming a group an indefinite phrase introduced ('An investor group led by …'), not the
company the group bought into, whether or not the introducing sentence was itself a report."""

from extractor import extract


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in extract(text).statements]


def test_a_group_introduced_without_a_report_is_the_group_that_later_speaks() -> None:
    text = (
        "Orlon Corp said it agreed to sell its retail unit. An investor group headed by members of the wealthy "
        "Vance family of Fort Worth, Texas, also holds about 24.6 pct of Orlon. Orlon said the sale would close in "
        "May. The group said it would vote for the sale."
    )
    assert _speakers(text) == ["Orlon", "Orlon", "investor group"]


def test_a_group_that_reported_first_keeps_its_whole_description() -> None:
    text = (
        "An investor group led by New York investor Karl Brenner said it was dissatisfied with Delmar Industries "
        "Inc management. The group said it filed with regulators to buy more Delmar shares."
    )
    assert _speakers(text) == ["investor group led by New York investor Karl Brenner"] * 2


def test_a_group_that_includes_a_named_member_is_the_group() -> None:
    text = (
        "An investor group that includes Karl Brenner said it set a deadline for its offer to acquire Nordic Fund "
        "Inc. The group said it was willing to deposit 100,000 Nordic Fund shares in escrow."
    )
    assert _speakers(text)[-1] == "investor group"


def test_a_partnership_described_after_its_name_is_that_name() -> None:
    text = (
        "Timberline Realty, a limited partnership formed to sell timberland, said it agreed to sell 50,000 acres. "
        "The partnership said it would terminate by August."
    )
    assert _speakers(text) == ["Timberline Realty", "Timberline Realty"]
