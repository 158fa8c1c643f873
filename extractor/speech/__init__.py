"""Quotes and statements: who said what, when, grounded in the text.

quote_marks finds quoted spans, cues finds speech verbs and phrases, attribution links each quote
to its cue and speaker phrase, scare_quotes drops quoted terms that are not speech, statements
turns every cue with a speaker into a speech act. The entity layer resolves speaker phrases to
canonical entities (speakers adds two fallbacks); this package only assembles the records.
"""

from __future__ import annotations

from collections.abc import Callable

from extractor.entities import EntityTable
from extractor.speech.attribution import Attribution, Attributor, attribute
from extractor.speech.cues import find_cues
from extractor.speech.nominal_acts import find_nominal_acts
from extractor.speech.quote_marks import document_quote_spans
from extractor.speech.scare_quotes import is_named_term, is_scare_quote
from extractor.speech.speakers import Speakers
from extractor.speech.statements import PLAIN_REPORTING, StatementDraft, StatementFinder
from extractor.text import Document
from schemas import DateRecord, Quote, Span, SpeakerRef, Statement, StatementKind, trusted

__all__ = ["find_speech"]

_KINDS = {k.value: k for k in StatementKind}  # a member by its value without the Enum's call (see entities.model)


def _span(text: str, start: int, end: int) -> Span:
    return trusted(Span)(start=start, end=end, text=text[start:end])


def _no_lap(stage: str) -> None:
    pass


def find_speech(
    doc: Document,
    entities: EntityTable,
    dates: list[DateRecord],
    language: str,
    lap: Callable[[str], None] = _no_lap,
) -> tuple[list[Quote], list[Statement]]:
    """`lap(stage)` is called when a piece of the work ends, so the pipeline can time "quotes" (spans, cues,
    attribution, speakers and records) apart from "statements" (drafts and their records)."""
    text = doc.text
    spans = document_quote_spans(doc)
    cues = find_cues(text, language)
    attributor = Attributor(doc, cues, [(d.start, d.end) for d in dates])
    atts = attribute(attributor, spans)
    keep = [
        i
        for i, (q, a) in enumerate(zip(spans, atts, strict=True))
        if not is_scare_quote(text[q.start : q.end], a.how if a else None) and not is_named_term(text, q.start, q.end)
    ]
    spans = [spans[i] for i in keep]
    kept_atts: list[Attribution | None] = [atts[i] for i in keep]
    lap("quotes")

    finder = StatementFinder(doc, cues, attributor, dates)
    drafts = finder.direct(spans, kept_atts)
    drafts += finder.indirect({d.cue.start for d in drafts}, spans)
    drafts += find_nominal_acts(finder)
    drafts.sort(key=lambda d: (d.content[0], d.cue.start))  # in the order of what was said
    lap("statements")

    speakers = Speakers(entities, text)
    # resolve in reading order, so that each phrase's antecedents are registered before it (who reported figures
    # too: no statement of theirs, but 'it said' may go on with them)
    phrases = {a.speaker for a in kept_atts if a and a.speaker} | {d.speaker for d in drafts if d.speaker}
    for span in sorted(phrases | set(finder.figure_reporters)):
        speakers.ref(span)
    drafts = [d for d in drafts if _has_speaker(d, speakers)]
    lap("quotes")
    quote_ids = [f"q{i + 1}" for i in range(len(spans))]
    statement_of: dict[int, str] = {}
    statements = []
    for n, d in enumerate(drafts, 1):
        sid = f"s{n}"
        statements.append(_statement(text, sid, d, speakers, quote_ids))
        for i in d.quotes:
            statement_of.setdefault(i, sid)
    lap("statements")
    by_id = {s.id: s for s in statements}
    quotes = []
    for i, (q, a) in enumerate(zip(spans, kept_atts, strict=True)):
        speaker = speakers.ref(a.speaker) if a else None
        cue = _span(text, a.cue.start, a.cue.end) if a and a.cue else None
        confidence = round(_quote_confidence(a, speaker) * speakers.weight(a.speaker if a else None), 3)
        owner = by_id.get(statement_of.get(i, ""))
        if speaker is None and owner is not None and owner.speaker is not None:
            # a partial quote inside a reported clause ('… to “exclude manipulations” …, he said') has no cue of
            # its own: the statement that carries it says who spoke
            speaker, cue, confidence = owner.speaker, cue or owner.cue, owner.confidence
        elif cue is None and owner is not None:
            cue = owner.cue  # a quote the paragraph's speaker was given, inside a statement with its cue
        quotes.append(
            trusted(Quote)(
                id=quote_ids[i],
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                speaker=speaker,
                cue=cue,
                statement_id=owner.id if owner else None,
                confidence=confidence,
            )
        )
    lap("quotes")
    return quotes, statements


def _has_speaker(d: StatementDraft, speakers: Speakers) -> bool:
    """Whether a draft's speaker phrase names someone. A nominal act needs a person (see nominal_acts); another
    cue whose phrase names no one is most often no speech at all ('an offering of notes due 1992', 'press reports
    saying'), except the plain reporting verbs: '…, the sources said' reports speech whoever the sources are."""
    if d.cue.cls == "noun":
        return speakers.is_person(d.speaker)
    return d.cue.form.lemma in PLAIN_REPORTING or speakers.ref(d.speaker) is not None


def _quote_confidence(a: Attribution | None, speaker: SpeakerRef | None) -> float:
    if a is None:
        return 0.4
    return round(a.confidence if speaker is not None else a.confidence * 0.6, 3)


def _statement(text: str, sid: str, d: StatementDraft, speakers: Speakers, quote_ids: list[str]) -> Statement:
    speaker = speakers.ref(d.speaker)
    content = d.content
    if speaker is not None and content[0] < speaker.start < content[1] <= speaker.end:
        # the speaker's name holds commas its phrase stopped at ('Shares rose, Merrill Lynch, Pierce, Fenner and
        # Smith Inc said'): what was said ends before the name
        content = (content[0], max(content[0] + 1, len(text[: speaker.start].rstrip(" ,;:-\n"))))
    return trusted(Statement)(
        id=sid,
        speaker=speaker,
        cue=_span(text, d.cue.start, d.cue.end),
        content=_span(text, *content),
        kind=_KINDS[d.kind],
        date_id=d.date.id if d.date else None,
        date_value=d.date.value if d.date else None,
        quote_ids=[quote_ids[i] for i in d.quotes],
        confidence=round((d.confidence if speaker is not None else d.confidence * 0.6) * speakers.weight(d.speaker), 3),
    )
