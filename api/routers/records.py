"""`GET /v1/records`: quotes, statements, meetings and dates across all of a tenant's documents, newest first.

The "everything this person said" view, answered from the index the worker writes with each result
(`store.records_index`): its sorted sets find the records, in order; each record is then read from its
document's stored result.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, TenantDep
from api.problems import ApiProblem, problem_response
from schemas import RecordHit, RecordPage, RecordType
from store.records_index import TYPES, RecordQuery, decode_cursor, fold, name_key

router = APIRouter(prefix="/v1/records", tags=["records"])



@router.get("", operation_id="listRecords", response_model=RecordPage,
            responses={422: problem_response("invalid filter, range or cursor")})
async def list_records(
    tenant: TenantDep,
    store: StoreDep,
    type: Annotated[list[RecordType] | None, Query(description="quote, statement, meeting or date; repeat "
                                                                "for several (default: all)")] = None,
    speaker: Annotated[str | None, Query(min_length=1, max_length=200, description=(
        "quotes and statements of this speaker: the canonical name, case- and accent-insensitive, or a "
        "person's last name alone ('Riabkov')"))] = None,
    participant: Annotated[list[str] | None, Query(description=(
        "meetings with this participant (matched like `speaker`); repeat to require several"))] = None,
    since: Annotated[date | None, Query(description="records dated on or after this day (see `date`)")] = None,
    until: Annotated[date | None, Query(description="records dated on or before this day")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description=(
        "words that must all occur in the record's cited text, case- and accent-insensitive"))] = None,
    cursor: Annotated[str | None, Query(max_length=400, description="`next_cursor` of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> RecordPage:
    """Records of all the tenant's finished documents, newest first by their `date` (the record's own
    resolved date, else its document's `published_at`, else the day the document was submitted), then the
    most recently submitted document, then reading order. A page may hold fewer than `limit` records (a
    rare filter is scanned a bounded slice at a time): follow `next_cursor` until it is null."""
    after = decode_cursor(cursor) if cursor is not None else None
    if cursor is not None and after is None:
        raise ApiProblem(422, "the cursor is not one this API gave out", slug="invalid-cursor", title="Invalid cursor")
    participants = tuple(participant or ())
    if speaker and participants:
        raise ApiProblem(422, "speaker selects quotes and statements, participant selects meetings: give one",
                         slug="invalid-request", title="Invalid request")
    if any(not name_key(name) for name in (speaker, *participants) if name is not None) or \
            any(len(name) > 200 for name in participants):
        raise ApiProblem(422, "a name needs letters or digits (at most 200 characters)", slug="invalid-request",
                         title="Invalid request")
    if since and until and since > until:
        raise ApiProblem(422, f"since ({since}) is after until ({until})", slug="invalid-request",
                         title="Invalid request")
    query = RecordQuery(
        types=frozenset(t.value for t in type) if type else frozenset(TYPES), speaker=speaker,
        participants=participants, since=since, until=until, words=tuple(fold(q).split()) if q else (),
        after=after, limit=limit,
    )
    rows, next_cursor = await run_in_threadpool(store.records.query, tenant, query)
    return RecordPage(records=[RecordHit.model_validate(row) for row in rows], next_cursor=next_cursor)
