"""The people of a trade speak as unnamed sources: "U.S. growers said", "Japanese refiners said"."""

import pytest

from extractor import extract


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("U.S. growers said the crop was poor.", "U.S. growers"),
        ("Japanese refiners said they would cut runs.", "Japanese refiners"),
        ("Several insurers said claims would rise.", "insurers"),
        ("Coffee roasters said stocks were ample.", "Coffee roasters"),
        ("Market participants said the yen was firm.", "Market participants"),
        ("London stockbrokers said the issue was priced well.", "London stockbrokers"),
        ("Federal regulators said the bank was insolvent.", "Federal regulators"),
        ("Japanese car makers said exports would fall.", "Japanese car makers"),
    ],
)
def test_a_trade_speaks_as_people(text, speaker):
    statements = extract(text, None).statements
    assert [s.speaker.name for s in statements if s.speaker] == [speaker]
