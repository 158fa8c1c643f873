from extractor import extract


def test_stage_timings_keep_their_stages_in_order() -> None:
    result = extract('"We will build the bridge," the mayor of Brindlecombe said on Monday.')
    assert list(result.timings_ms) == ["text", "dates", "entities", "quotes", "statements", "meetings", "records",
                                       "total"]
    assert all(ms >= 0 for ms in result.timings_ms.values())
