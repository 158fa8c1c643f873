"""Documents: submit one or a batch, list, read, delete, and fetch a document's result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Annotated, Any, TypeGuard

import orjson
from fastapi import APIRouter, Header, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from api.body import read_json, validate
from api.deps import QueueDep, SettingsDep, StoreDep, TenantDep
from api.links import link_urls, links
from api.models import DocumentPage, DocumentPublic
from api.openapi_schema import inline_schema
from api.problems import PROBLEM_BASE, PROBLEM_JSON, ApiProblem, Responses, problem_response
from api.queue import TaskQueue
from schemas import (
    BatchItem,
    BatchRequest,
    BatchResponse,
    ExtractionResult,
    JobStatus,
    Problem,
    ResultNotReady,
    SubmitRequest,
    SubmitResponse,
)
from store import RecordsmithError, Settings, Store, StoredDocument, Submission, TransientError
from store.keys import is_id
from store.queue import EXTRACT_DOCUMENT
from store.store import decode_document_cursor

router = APIRouter(prefix="/v1/documents", tags=["documents"])



def _body(model: type[BaseModel]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": inline_schema(model)}}}}


_IDEMPOTENCY_KEY = Header(min_length=1, max_length=255, description=(
    "a retried submission with the same key returns the original job instead of creating another; the same key "
    "with a different body is refused (422). In a batch, the key covers the whole call: item i is keyed by the "
    "key and its position."))
_SUBMIT_ERRORS: Responses = {
    413: problem_response("body too large"),
    415: problem_response("not application/json"),
    422: problem_response("invalid JSON or fields, or an Idempotency-Key reused with another body"),
    503: problem_response("Redis unreachable or the queue full: retry after Retry-After seconds"),
}


def _check_supported(document: SubmitRequest, settings: Settings, tenant: str) -> None:
    # Refused here rather than accepted and failed by the worker: webhooks are never sent unsigned.
    if document.callback_url is not None and tenant not in settings.tenant_webhook_secrets:
        why = "callback_url needs a webhook secret for your tenant (RECORDSMITH_WEBHOOK_SECRETS), which this " \
              "server does not have"
        raise ApiProblem(422, why, slug="webhooks-not-configured", title="Webhooks not configured",
                         errors=[{"loc": ["body", "callback_url"], "msg": why, "type": "webhooks_not_configured"}])


def _submission(outcome: Submission) -> dict[str, Any]:
    """A submission's answer as JSON: what `SubmitResponse` dumps without its None fields."""
    job = outcome.job
    answer: dict[str, Any] = {"document_id": job.document_id, "job_id": job.id, "status": job.status.value,
              "links": link_urls(job.document_id, job.id)}
    if not outcome.created:
        answer.update(duplicate_of=job.document_id, matched_on=outcome.matched_on)
    return answer


def _task_for(queue: TaskQueue, tenant: str) -> Callable[[str], bytes]:
    """A new document's task message, which the store's submit script pushes with its job."""
    return lambda document_id: queue.message(EXTRACT_DOCUMENT, [tenant, document_id])


def _never_sent(outcome: Submission | RecordsmithError) -> TypeGuard[Submission]:
    return isinstance(outcome, Submission) and outcome.job.status is JobStatus.queued and not outcome.enqueued


def _send_unsent(store: Store, queue: TaskQueue, tenant: str,
                 outcomes: list[Submission | RecordsmithError]) -> list[Submission | RecordsmithError]:
    """Send the tasks of the jobs that are queued and were never sent: a batch's new documents (one batch task for
    up to RECORDSMITH_BATCH_TASK_SIZE of them), and replayed jobs stored by an older version or by a batch cut
    short. One round trip (LPUSH) and one to note them sent; none when there is no such job. Blocking: run it in a
    worker thread."""
    unsent = {outcome.job.id: outcome.job.document_id for outcome in outcomes if _never_sent(outcome)}
    if not unsent:
        return outcomes
    try:
        queue.send_extracts(tenant, list(unsent.values()))
    except TransientError as exc:  # the client may submit again: the job is still there, still unsent
        return [exc if isinstance(outcome, Submission) and outcome.job.id in unsent else outcome
                for outcome in outcomes]
    store.mark_enqueued(tenant, *unsent)
    return outcomes


def _submit(store: Store, queue: TaskQueue, tenant: str, documents: Sequence[SubmitRequest],
            keys: Sequence[str | None]) -> list[Submission | RecordsmithError]:
    """Store the documents (one Redis round trip), then send their tasks: a lone document's is pushed with its job,
    many documents travel in batch tasks (`_send_unsent`). Runs in a worker thread."""
    task_for = _task_for(queue, tenant) if len(documents) == 1 else None
    return _send_unsent(store, queue, tenant, store.submit_many(tenant, documents, keys, task_for))


# The hot route, kept lean (`bench.api_instructions`): its answer is written as JSON directly, as the batch's is,
# not validated and dumped by FastAPI (`response_model` documents it, tests hold it to the model), and the store,
# queue and settings are read from the app's state rather than as dependencies (FastAPI 0.165 spends about 70 K
# instructions on each dependency it solves, more than the whole submission's own Python).
@router.post("", operation_id="submitDocument", status_code=202, response_model=SubmitResponse,
             response_model_exclude_none=True, openapi_extra=_body(SubmitRequest), responses=_SUBMIT_ERRORS)
async def submit_document(
    request: Request,
    tenant: TenantDep,
    idempotency_key: Annotated[str | None, _IDEMPOTENCY_KEY] = None,
) -> Response:
    """Submit one document (202). A document recognised as one already stored (same Idempotency-Key,
    external_id or content) answers 202 with the existing ids, `duplicate_of` and `matched_on`."""
    state = request.app.state
    store, queue, settings = state.store, state.queue, state.settings
    document = validate(SubmitRequest, await read_json(request, settings.max_body_bytes))
    _check_supported(document, settings, tenant)
    # In the event loop, no thread hop: one Redis round trip stores the job with its task (the hot path).
    outcome = await store.submit_async(request.app.state.async_redis.client(), tenant, document, idempotency_key,
                                       _task_for(queue, tenant))
    if _never_sent(outcome):
        (outcome,) = await run_in_threadpool(_send_unsent, store, queue, tenant, [outcome])
    if isinstance(outcome, RecordsmithError):
        raise outcome
    answer = _submission(outcome)
    headers = {"Location": answer["links"]["job"]}
    if outcome.matched_on == "idempotency_key":
        headers["Idempotent-Replayed"] = "true"
    return Response(orjson.dumps(answer), status_code=202, headers=headers, media_type="application/json")


def _item_problem(request: Request, exc: ApiProblem | RecordsmithError) -> Problem:
    """The problem of one refused batch item, as the single-document endpoint would have answered it."""
    if isinstance(exc, ApiProblem):
        return Problem(type=PROBLEM_BASE + exc.slug if exc.slug else "about:blank",
                       title=exc.title or HTTPStatus(exc.status).phrase, status=exc.status, detail=exc.detail,
                       instance=request.url.path, errors=exc.extra.get("errors"))
    return Problem(title=exc.title, status=exc.http_status, detail=str(exc), instance=request.url.path)


class _BatchEnvelope(BaseModel):
    """A batch's shape as first read: its documents are checked one by one (`BatchRequest` documents them)."""

    model_config = ConfigDict(extra="forbid")

    documents: list[Any] = Field(min_length=1)


def _batch_item(raw: Any, index: int, settings: Settings, tenant: str) -> SubmitRequest:
    limit = settings.max_body_bytes
    if len(orjson.dumps(raw)) > limit:
        raise ApiProblem(413, f"the document exceeds {limit} bytes", slug="body-too-large",
                         title="Document too large")
    try:
        document = SubmitRequest.model_validate(raw)
    except ValidationError as exc:
        errors = [{"loc": ["body", "documents", index, *e["loc"]], "msg": e["msg"], "type": e["type"]}
                  for e in exc.errors(include_url=False, include_context=False)]
        where = ".".join(str(p) for p in errors[0]["loc"])
        raise ApiProblem(422, f"{where}: {errors[0]['msg']}", slug="invalid-request", title="Invalid request",
                         errors=errors) from exc
    _check_supported(document, settings, tenant)
    return document


def _problem_item(index: int, problem: Problem) -> dict[str, Any]:
    return BatchItem(index=index, status=problem.status, problem=problem).model_dump(mode="json", exclude_none=True)


# The answer is written as JSON directly, not returned as a BatchResponse for FastAPI to validate and dump (about
# 45 K instructions a document of a batch of 50): `response_model` documents it, tests hold it to the model.
@router.post(":batch", operation_id="submitDocuments", status_code=207, response_model=BatchResponse,
             response_model_exclude_none=True, openapi_extra=_body(BatchRequest), responses={
                 **_SUBMIT_ERRORS,
                 422: problem_response("invalid JSON, too many documents, or no document accepted (`items` holds "
                                      "each one's problem, `errors` their field errors)")})
async def submit_documents(
    request: Request,
    tenant: TenantDep,
    store: StoreDep,
    queue: QueueDep,
    settings: SettingsDep,
    idempotency_key: Annotated[str | None, _IDEMPOTENCY_KEY] = None,
) -> Response:
    """Submit up to RECORDSMITH_MAX_BATCH documents in one call. When at least one document is accepted the
    answer is `207 Multi-Status`: each item carries its own outcome, `202` with the ids of its job or its
    own problem (422, 413, 503), exactly what `POST /v1/documents` would have answered for that document
    alone. When none is, the answer is one problem: 503 (with Retry-After) if any document may succeed on
    a retry, else the status all items share, else 422; every item's problem is in `items`, all field
    errors in `errors`. A call wrong as a whole (not JSON, no
    `documents` list, too many documents) is a problem too."""
    batch = validate(_BatchEnvelope, await read_json(request, settings.max_batch_bytes))
    if len(batch.documents) > settings.max_batch:
        raise ApiProblem(422, f"at most {settings.max_batch} documents per batch (got {len(batch.documents)})",
                         slug="batch-too-large", title="Batch too large", limit=settings.max_batch)
    items: list[dict[str, Any] | None] = [None] * len(batch.documents)
    accepted: list[tuple[int, SubmitRequest]] = []
    for i, raw in enumerate(batch.documents):
        try:
            accepted.append((i, _batch_item(raw, i, settings, tenant)))
        except ApiProblem as exc:
            items[i] = _problem_item(i, _item_problem(request, exc))
    # The NUL separator cannot occur in a header value: no single submission's key collides with an item's.
    keys = [f"{idempotency_key}\x00{i}" if idempotency_key is not None else None for i, _ in accepted]
    outcomes = await run_in_threadpool(_submit, store, queue, tenant, [d for _, d in accepted], keys) \
        if accepted else []
    for (i, _), outcome in zip(accepted, outcomes, strict=True):
        if isinstance(outcome, Submission):
            items[i] = {"index": i, "status": 202, "submission": _submission(outcome)}
        else:
            items[i] = _problem_item(i, _item_problem(request, outcome))
    done = [item for item in items if item is not None]
    ok = sum(item["status"] == 202 for item in done)
    if not ok:
        _refuse_all(done, settings.retry_after)
    # what the client may send again, and when
    headers = {"Retry-After": str(settings.retry_after)} if any(item["status"] == 503 for item in done) else None
    return Response(orjson.dumps({"accepted": ok, "rejected": len(done) - ok, "items": done}), status_code=207,
                    headers=headers, media_type="application/json")


def _refuse_all(items: list[dict[str, Any]], retry_after: int) -> None:
    """A batch of which no document was accepted is refused as a whole: a client (or a generic HTTP tool)
    then sees the 4xx or 503 it would have got for the documents one by one."""
    statuses = {item["status"] for item in items}
    status = 503 if 503 in statuses else statuses.pop() if len(statuses) == 1 else 422  # 503: a retry may help
    errors = [error for item in items for error in item.get("problem", {}).get("errors", ())]
    raise ApiProblem(status, f"none of the {len(items)} documents was accepted (see `items`)", slug="batch-refused",
                     title="No document accepted", headers={"Retry-After": str(retry_after)} if status == 503 else None,
                     items=items, errors=errors or None)


def _public(doc: StoredDocument, status: JobStatus | None) -> DocumentPublic:
    req = doc.request
    source = "text" if req.text is not None else "html" if req.html is not None else "url"
    return DocumentPublic(
        id=doc.id, job_id=doc.job_id, status=status or JobStatus.failed, created_at=doc.created_at,
        title=req.title, published_at=req.published_at, language=req.language, external_id=req.external_id,
        metadata=req.metadata, source=source, length=len(req.text) if req.text is not None else None,
        links=links(doc.id, doc.job_id),
    )


@router.get("", operation_id="listDocuments", response_model=DocumentPage,
            responses={422: problem_response("invalid cursor or limit")})
async def list_documents(
    tenant: TenantDep,
    store: StoreDep,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    external_id: Annotated[str | None, Query(min_length=1, max_length=256, description=(
        "only the document submitted with this external_id (a page of one, or none)"))] = None,
) -> DocumentPage:
    """The tenant's documents, newest first; or the one with an `external_id`."""
    if external_id is not None:
        found = await run_in_threadpool(store.document_by_external_id, tenant, external_id)
        return DocumentPage(documents=[_public(*found)] if found else [])
    after = decode_document_cursor(cursor) if cursor is not None else None
    if cursor is not None and after is None:
        raise ApiProblem(422, "the cursor is not one this API gave out", slug="invalid-cursor", title="Invalid cursor")
    page, next_cursor = await run_in_threadpool(store.list_documents, tenant, after, limit)
    return DocumentPage(documents=[_public(doc, status) for doc, status in page], next_cursor=next_cursor)


async def _load_document(store: StoreDep, tenant: str, document_id: str) -> StoredDocument:
    found = await run_in_threadpool(store.get_document, tenant, document_id) if is_id(document_id, "doc") else None
    if found is None:
        raise ApiProblem(404, f"no document {document_id}", slug="not-found")
    return found


@router.get("/{document_id}", operation_id="getDocument", response_model=DocumentPublic,
            responses={404: problem_response("no such document")})
async def get_document(document_id: str, tenant: TenantDep, store: StoreDep) -> DocumentPublic:
    doc = await _load_document(store, tenant, document_id)
    job = await run_in_threadpool(store.get_job, tenant, doc.job_id)
    return _public(doc, job.status if job else None)


@router.delete("/{document_id}", operation_id="deleteDocument", status_code=204, response_class=Response,
               responses={404: problem_response("no such document")})
async def delete_document(document_id: str, tenant: TenantDep, store: StoreDep) -> Response:
    """The document, its job, its result and its records go; the id answers 404 from then on. A job still
    queued or running finds its document gone and does nothing."""
    deleted = is_id(document_id, "doc") and await run_in_threadpool(store.delete_document, tenant, document_id)
    if not deleted:
        raise ApiProblem(404, f"no document {document_id}", slug="not-found")
    return Response(status_code=204)


@router.get(
    "/{document_id}/result",
    operation_id="getResult",
    response_model=ExtractionResult,
    responses={
        404: problem_response("no such document"),
        409: {"description": "no result: the job is queued or running (`Retry-After` set; poll the `job` link "
                             "with `?wait=30`), or it failed (`detail` carries its error)",
              "content": {PROBLEM_JSON: {"schema": inline_schema(ResultNotReady)}}},
    },
)
async def get_result(request: Request, document_id: str, tenant: TenantDep, store: StoreDep) -> Response:
    # The document and its result in one read from the event loop (the hot path: each client fetches each result):
    # served as the worker wrote it, validated there, not parsed again here.
    exists, payload = await store.result_async(request.app.state.async_redis.client(), tenant, document_id) \
        if is_id(document_id, "doc") else (False, None)
    if payload is not None and exists:
        return Response(payload, media_type="application/json")
    doc = await _load_document(store, tenant, document_id)  # 404 when it is gone
    job = await run_in_threadpool(store.get_job, tenant, doc.job_id)
    status = job.status if job else JobStatus.failed
    job_link = links(doc.id, doc.job_id).job
    if status is JobStatus.failed:
        raise ApiProblem(409, f"extraction failed: {job.error if job else 'the job is gone'}",
                         slug="extraction-failed", title="Extraction failed", job_status=status.value, job=job_link)
    raise ApiProblem(409, f"the result is not ready: the job is {status.value}; poll {job_link}?wait=30",
                     slug="result-not-ready", title="Result not ready", job_status=status.value, job=job_link,
                     headers={"Retry-After": "1"})
