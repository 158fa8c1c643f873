from datetime import date

from extractor import Request, extract, extract_many

_DOCUMENTS = [
    Request('"We will build the bridge," the mayor of Brindlecombe, Hilda Marsh, said on Monday.', date(2025, 3, 12)),
    Request("Orvane Foods Ltd said it agreed to sell its dairy unit to Keswick Holdings. Keswick declined to comment."),
    Request("Trade minister Pavel Rudnik met his Danish counterpart in Aarhus last week, officials said.",
            date(2025, 6, 2), document_id="doc-3"),
    Request("O presidente disse que o acordo será assinado na próxima semana em Lisboa.", language="pt"),
]


def _without_timings(result: object) -> dict:
    record = result.model_dump(mode="json")  # type: ignore[attr-defined]
    record.pop("timings_ms")
    return record


def test_extract_many_gives_each_document_what_extract_gives_it_alone() -> None:
    alone = [extract(*request) for request in _DOCUMENTS]
    together = extract_many(_DOCUMENTS)
    assert [_without_timings(r) for r in together] == [_without_timings(r) for r in alone]
    assert together[2].document_id == "doc-3" and together[3].language == "pt"


def test_extract_many_times_each_document_by_its_own_stages() -> None:
    for result in extract_many(_DOCUMENTS):
        timings = result.timings_ms
        assert list(timings) == ["text", "dates", "entities", "quotes", "statements", "meetings", "records", "total"]
        assert all(ms >= 0 for ms in timings.values())
        assert timings["total"] >= sum(ms for stage, ms in timings.items() if stage != "total") - 0.01


def test_extract_many_of_nothing_is_nothing() -> None:
    assert extract_many([]) == []
