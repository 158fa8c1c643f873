"""`POST /v1/documents`, `GET /v1/documents/{id}` and `GET /v1/documents/{id}/result`."""

from __future__ import annotations

from contextlib import suppress
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from starlette.concurrency import run_in_threadpool

from api.body import read_json, validate
from api.deps import QueueDep, SettingsDep, StoreDep, TenantDep
from api.links import links
from api.models import DocumentPublic
from api.problems import PROBLEM_JSON, ApiProblem
from schemas import ExtractionResult, JobStatus, Problem, SubmitRequest, SubmitResponse
from store import StoredDocument, TransientError
from store.keys import is_id

router = APIRouter(prefix="/v1/documents", tags=["documents"])

_PROBLEM = {"content": {PROBLEM_JSON: {"schema": Problem.model_json_schema()}}}
_SUBMIT_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": SubmitRequest.model_json_schema()}},
    }
}


@router.post(
    "",
    operation_id="submitDocument",
    status_code=202,
    response_model=SubmitResponse,
    openapi_extra=_SUBMIT_BODY,
    responses={
        413: {"description": "body too large", **_PROBLEM},
        415: {"description": "not application/json", **_PROBLEM},
        422: {"description": "invalid JSON or fields", **_PROBLEM},
        503: {"description": "Redis unreachable: retry after Retry-After seconds", **_PROBLEM},
    },
)
async def submit_document(
    request: Request,
    response: Response,
    tenant: TenantDep,
    store: StoreDep,
    queue: QueueDep,
    settings: SettingsDep,
    idempotency_key: Annotated[
        str | None,
        Header(min_length=1, max_length=255, description="a retried submission with the same key returns the "
                                                         "original job instead of creating another"),
    ] = None,
) -> SubmitResponse:
    document = validate(SubmitRequest, await read_json(request, settings.max_body_bytes))
    if document.text is None:  # refused here rather than accepted and failed by the worker
        raise ApiProblem(422, "only `text` input is supported by this server so far", slug="unsupported-input",
                         title="Unsupported input")
    job, created = await run_in_threadpool(store.submit, tenant, document, idempotency_key)
    # A retry also re-sends a job whose first send failed (the job was stored, the broker was down).
    if created or (job.status is JobStatus.queued and not await run_in_threadpool(store.is_enqueued, tenant, job.id)):
        try:
            await run_in_threadpool(queue.send_extract, tenant, job.document_id)
        except TransientError:
            if idempotency_key is None:  # nobody can retry this job: close it rather than leave it queued forever
                with suppress(TransientError):
                    await run_in_threadpool(store.fail, tenant, job.id, "could not be queued; submit it again")
            raise
        await run_in_threadpool(store.mark_enqueued, tenant, job.id)
    if not created:
        response.headers["Idempotent-Replayed"] = "true"
    job_links = links(job.document_id, job.id)
    response.headers["Location"] = job_links.job
    return SubmitResponse(document_id=job.document_id, job_id=job.id, status=job.status, links=job_links)


async def _load_document(store: StoreDep, tenant: str, document_id: str) -> StoredDocument:
    found = await run_in_threadpool(store.get_document, tenant, document_id) if is_id(document_id, "doc") else None
    if found is None:
        raise ApiProblem(404, f"no document {document_id}", slug="not-found")
    return found


@router.get("/{document_id}", operation_id="getDocument", response_model=DocumentPublic,
            responses={404: {"description": "no such document", **_PROBLEM}})
async def get_document(document_id: str, tenant: TenantDep, store: StoreDep) -> DocumentPublic:
    doc = await _load_document(store, tenant, document_id)
    job = await run_in_threadpool(store.get_job, tenant, doc.job_id)
    req = doc.request
    source = "text" if req.text is not None else "html" if req.html is not None else "url"
    return DocumentPublic(
        id=doc.id, job_id=doc.job_id, status=job.status if job else JobStatus.failed, created_at=doc.created_at,
        title=req.title, published_at=req.published_at, language=req.language, external_id=req.external_id,
        metadata=req.metadata, source=source, length=len(req.text) if req.text is not None else None,
        links=links(doc.id, doc.job_id),
    )


@router.get(
    "/{document_id}/result",
    operation_id="getResult",
    response_model=ExtractionResult,
    responses={
        404: {"description": "no such document", **_PROBLEM},
        409: {"description": "not ready: the problem carries `job_status` and a `job` link", **_PROBLEM},
    },
)
async def get_result(document_id: str, tenant: TenantDep, store: StoreDep) -> Response:
    doc = await _load_document(store, tenant, document_id)
    payload = await run_in_threadpool(store.get_result_json, tenant, doc.id)
    if payload is not None:  # served as the worker wrote it: validated there, not parsed again here
        return Response(payload, media_type="application/json")
    job = await run_in_threadpool(store.get_job, tenant, doc.job_id)
    status = job.status if job else JobStatus.failed
    job_link = links(doc.id, doc.job_id).job
    if status is JobStatus.failed:
        raise ApiProblem(409, f"extraction failed: {job.error if job else 'the job is gone'}",
                         slug="extraction-failed", title="Extraction failed", job_status=status.value, job=job_link)
    raise ApiProblem(409, f"the result is not ready: the job is {status.value}; poll {job_link}?wait=30",
                     slug="result-not-ready", title="Result not ready", job_status=status.value, job=job_link,
                     headers={"Retry-After": "1"})
