"""The result contract: model validation and the span invariant."""

import pytest
from pydantic import BaseModel, ValidationError

from schemas import (
    DateRecord,
    DateType,
    Entity,
    ExtractionResult,
    GroundingError,
    Location,
    Meeting,
    Quote,
    Span,
    SpeakerRef,
    Statement,
    SubmitRequest,
    check_spans,
    span_errors,
    trusted,
)
from schemas.grounding import grounded

TEXT = 'Riabkov said: "We remain committed." The talks were held on February 24, 2022.'


def _result(**records) -> ExtractionResult:
    return ExtractionResult(extractor_version="test", **records)


def test_grounded_result_passes():
    q_start = TEXT.index("We")
    q_end = TEXT.index('."') + 1
    quote = Quote(
        id="q1", start=q_start, end=q_end, text=TEXT[q_start:q_end],
        speaker=SpeakerRef(entity_id="e1", name="Sergei Riabkov", start=0, end=7),
        cue=Span(start=8, end=12, text="said"), statement_id="s1", confidence=0.9,
    )
    d_start = TEXT.index("February")
    date = DateRecord(id="d1", start=d_start, end=len(TEXT) - 1, text="February 24, 2022", type="DATE",
                      value="2022-02-24", granularity="day", confidence=0.95)
    statement = Statement(id="s1", cue=Span(start=8, end=12, text="said"),
                          content=Span(start=q_start, end=q_end, text=TEXT[q_start:q_end]),
                          kind="direct", quote_ids=["q1"], confidence=0.9)
    result = _result(quotes=[quote], dates=[date], statements=[statement])
    check_spans(result, TEXT)
    assert span_errors(result, TEXT) == []


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (0, 7, "Riabkow", "record says 'Riabkow'"),
        (70, 200, "x", "outside the text"),
    ],
)
def test_ungrounded_spans_are_reported(start, end, text, message):
    result = _result(quotes=[Quote(id="q1", start=start, end=end, text=text, confidence=0.5)])
    with pytest.raises(GroundingError, match=message):
        check_spans(result, TEXT)


def test_each_ungrounded_span_is_named_by_its_record():
    result = _result(quotes=[Quote(id="q1", start=0, end=7, text="Riabkow", confidence=0.5,
                                   cue=Span(start=60, end=200, text="x"))])
    assert span_errors(result, TEXT) == [
        f"quote q1: text[0:7] is {TEXT[0:7]!r}, record says 'Riabkow'",
        f"quote q1 cue: [60, 200) is outside the text (length {len(TEXT)})",
    ]


def _every_kind_of_span() -> tuple[str, ExtractionResult]:
    """A grounded result citing the text in every place the span check looks at."""
    text = 'Ann Lee said: "Talks went well." She met Bo Chan in Oslo on Monday to discuss trade.'

    def span(words: str) -> Span:
        return Span(start=text.index(words), end=text.index(words) + len(words), text=words)

    def ref(name: str) -> SpeakerRef:
        return SpeakerRef(entity_id=name, name=name, start=text.index(name), end=text.index(name) + len(name))

    quoted = span("Talks went well.")
    monday = span("Monday")
    return text, _result(
        entities=[Entity(id="e1", name="Ann Lee", type="PERSON", mentions=[span("Ann Lee"), span("She")])],
        dates=[DateRecord(id="d1", start=monday.start, end=monday.end, text="Monday", type="DATE", value="XXXX",
                          confidence=0.5)],
        quotes=[Quote(id="q1", start=quoted.start, end=quoted.end, text=quoted.text, speaker=ref("Ann Lee"),
                      cue=span("said"), confidence=0.5)],
        statements=[Statement(id="s1", speaker=ref("Ann Lee"), cue=span("said"), content=quoted, kind="direct",
                              confidence=0.5)],
        meetings=[Meeting(id="m1", participants=[ref("Ann Lee"), ref("Bo Chan")], trigger=span("met"),
                          location=Location(name="Oslo", start=text.index("Oslo"), end=text.index("Oslo") + 4),
                          topic=span("trade"), evidence=span("She met Bo Chan in Oslo on Monday to discuss trade"),
                          confidence=0.5)],
    )


def _spans_of(node: object) -> list[object]:
    """Every model of a result that has offsets (spans, dated and quoted records, references, locations)."""
    found = []
    if isinstance(node, list):
        for item in node:
            found += _spans_of(item)
    elif isinstance(node, BaseModel):
        if "start" in type(node).model_fields:
            found.append(node)
        for name in type(node).model_fields:
            found += _spans_of(getattr(node, name))
    return found


def test_the_fast_span_check_agrees_with_the_one_that_names_the_places():
    text, result = _every_kind_of_span()
    assert grounded(result, text) and span_errors(result, text) == []
    places = _spans_of(result)
    assert len(places) == 15
    for i in range(len(places)):
        for change in ("start", "end", "text"):
            broken = result.model_copy(deep=True)
            place = _spans_of(broken)[i]
            field = "name" if change == "text" and hasattr(place, "name") and not hasattr(place, "text") else change
            if field == "text" and not hasattr(place, "text") or field == "name" and isinstance(place, SpeakerRef):
                continue  # a reference's name is not cited text
            if field in ("start", "end"):
                object.__setattr__(place, field, len(text) + 5 if field == "end" else (place.end or 0) + 1)
            else:
                object.__setattr__(place, field, getattr(place, field) + "x")
            assert span_errors(broken, text), (i, change)
            assert not grounded(broken, text), (i, change)
            with pytest.raises(GroundingError):
                check_spans(broken, text)


def test_span_end_before_start_is_rejected():
    with pytest.raises(ValidationError):
        Span(start=5, end=2, text="")


def test_confidence_outside_unit_interval_is_rejected():
    with pytest.raises(ValidationError):
        Quote(id="q1", start=0, end=1, text="R", confidence=1.5)


def test_unknown_fields_are_rejected_so_the_contract_cannot_drift_silently():
    with pytest.raises(ValidationError):
        _result(surprise=[])


@pytest.mark.parametrize(
    "payload",
    [{}, {"text": "a", "html": "<p>a</p>"}, {"text": ""}, {"text": "a\x00b"}, {"text": "a", "language": "english"}],
)
def test_submit_request_needs_exactly_one_clean_source(payload):
    with pytest.raises(ValidationError):
        SubmitRequest(**payload)


def test_submit_request_reference_date_from_datetime():
    req = SubmitRequest(text="x", published_at="2024-02-15T09:30:00Z")
    assert req.reference_date().isoformat() == "2024-02-15"


TRUSTED_TEXT = (
    'Finance Minister Anna Berg of Sweden met her Norwegian counterpart Lars Dahl in Oslo on Tuesday, '
    'March 3, 1998. "We will keep rates where they are," Berg told reporters, adding that the bank had '
    'raised them twice last year. Dahl said the talks would resume next week.'
)


def test_trusted_records_equal_validated_ones():
    from datetime import date

    from extractor import extract

    result = extract(TRUSTED_TEXT, date(1998, 3, 5))
    assert result.dates and result.quotes and result.statements and result.entities
    validated = ExtractionResult.model_validate(result.model_dump())
    assert validated == result
    assert validated.model_dump_json() == result.model_dump_json()
    for ours, theirs in zip(result.dates + result.entities, validated.dates + validated.entities, strict=True):
        assert ours.__dict__ == theirs.__dict__ and list(ours.__dict__) == list(theirs.__dict__)
        assert ours.model_fields_set == theirs.model_fields_set


def test_trusted_fills_defaults_and_converts_as_validation_does():
    built = trusted(DateRecord)(id="d1", start=0, end=4, text="1998", type="DATE", value="1998", confidence=1)
    assert built.__dict__ == DateRecord(id="d1", start=0, end=4, text="1998", type="DATE", value="1998",
                                        confidence=1).__dict__
    assert isinstance(built.confidence, float) and built.type is DateType.DATE
    given_member = trusted(DateRecord)(id="d1", start=0, end=4, text="1998", type=DateType.DATE, value="1998",
                                       confidence=1.0)
    assert given_member.__dict__ == built.__dict__ and given_member.model_fields_set == built.model_fields_set
    assert trusted(Statement)(id="s1", cue=Span(start=0, end=4, text="said"), content=Span(start=5, end=9, text="rain"),
                              kind="direct", confidence=0.5).quote_ids == []
    with pytest.raises(TypeError):
        trusted(Span)(start=0, end=4)
