"""The result viewer: `POST /v1/documents/{id}/view-link` (authenticated) issues a short-lived signed link;
`GET /v1/documents/{id}/view?token=…` renders the document with its records (api.viewer).

A browser opening a link cannot send `Authorization`, so the link itself carries the grant: a token bound to
one document of one tenant that expires (default one hour, at most a day). The page is also served to a
Bearer-authenticated request without a token. Pages are `no-store`, send no Referer, and allow only their
own script and stylesheet (CSP).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, TenantDep, authenticate
from api.problems import ApiProblem, problem_response
from api.routers.documents import _load_document
from api.viewer.render import page, state_page
from api.viewer.tokens import ViewTokens
from schemas import ExtractionResult, JobStatus

router = APIRouter(prefix="/v1/documents", tags=["viewer"])
STATIC_PATH = "/v1/viewer/static"
_HEADERS = {
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
}


class ViewLink(BaseModel):
    url: str
    expires_at: datetime


def view_tokens(request: Request) -> ViewTokens:
    return request.app.state.view_tokens


@router.post("/{document_id}/view-link", operation_id="createViewLink", response_model=ViewLink,
             responses={404: problem_response("no such document")})
async def create_view_link(
    document_id: str, request: Request, tenant: TenantDep, store: StoreDep,
    ttl: Annotated[int, Query(ge=60, le=86400, description="seconds the link stays valid")] = 3600,
) -> ViewLink:
    doc = await _load_document(store, tenant, document_id)
    token, expires_at = await run_in_threadpool(view_tokens(request).issue, tenant, doc.id, ttl)
    return ViewLink(url=f"/v1/documents/{doc.id}/view?token={token}",
                    expires_at=datetime.fromtimestamp(expires_at, UTC))


@router.get("/{document_id}/view", operation_id="viewDocument", response_class=HTMLResponse,
            responses={401: problem_response("no valid token or key"),
                       404: problem_response("no such document")})
async def view_document(
    document_id: str, request: Request, store: StoreDep,
    token: Annotated[str | None, Query(max_length=512, description="from `POST …/view-link`")] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> HTMLResponse:
    if token is None:
        tenant = await authenticate(request, authorization)
    else:
        grant = await run_in_threadpool(view_tokens(request).check, token, document_id)
        if grant is None:
            raise ApiProblem(401, "the view link is invalid or has expired; ask for a new one "
                                  "(POST /v1/documents/{id}/view-link)", slug="unauthorized")
        tenant = grant.tenant
    doc = await _load_document(store, tenant, document_id)
    title = doc.request.title or doc.id
    payload = await run_in_threadpool(store.get_result_json, tenant, doc.id)
    if payload is None:
        job = await run_in_threadpool(store.get_job, tenant, doc.job_id)
        if job is None or job.status is JobStatus.failed:
            message = f"Extraction failed: {job.error if job else 'the job is gone'}"
            return HTMLResponse(state_page(title, message, STATIC_PATH), status_code=409, headers=_HEADERS)
        return HTMLResponse(state_page(title, f"The job is {job.status.value}; this page reloads until it is done.",
                                       STATIC_PATH), status_code=409, headers={**_HEADERS, "Refresh": "2"})
    result = ExtractionResult.model_validate_json(payload)
    text = result.text if result.text is not None else doc.request.text or ""
    return HTMLResponse(page(title, text, result, STATIC_PATH), headers=_HEADERS)
