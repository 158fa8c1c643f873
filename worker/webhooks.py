"""Webhooks: when a job ends (succeeded or failed), its summary is POSTed to the document's `callback_url`
(or the tenant's default, RECORDSMITH_WEBHOOK_URLS), signed with the tenant's secret:

    Recordsmith-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>

Delivery is a task of its own (`deliver_webhook`), sent after the job's outcome is saved: a slow or dead
receiver never holds up extraction. Any answer but 2xx, a timeout or a refused connection is retried with
exponential backoff (RECORDSMITH_WEBHOOK_BACKOFF doubled each time, capped); each attempt is recorded on the
job (`webhook` in `GET /v1/jobs/{id}`). A URL the SSRF guard refuses is failed at once, never retried.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from datetime import UTC, datetime

import orjson
from celery import Task, shared_task

from schemas import Job, WebhookDelivery
from store import Settings, Store, TransientError, get_settings
from store.queue import DELIVER_WEBHOOK
from worker.netguard import UnsafeUrl, resolve
from worker.resources import process_store

SIGNATURE_HEADER = "Recordsmith-Signature"
log = logging.getLogger("recordsmith.worker")


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The header value: the timestamp is signed with the body, so an old delivery cannot be replayed as new."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def callback_url(settings: Settings, tenant: str, document_callback: str | None) -> str | None:
    # (the tenants' URLs are parsed only when there are some: every job that ends asks)
    return document_callback or (settings.tenant_webhook_urls.get(tenant) if settings.webhook_urls else None)


def summary(job: Job, external_id: str | None) -> bytes:
    """The body: the event and the job as `GET /v1/jobs/{id}` shows it (no document text, no records)."""
    shown = job.model_dump(mode="json", exclude_none=True, exclude={"webhook"})
    shown["links"] = {"job": f"/v1/jobs/{job.id}", "document": f"/v1/documents/{job.document_id}",
                      "result": f"/v1/documents/{job.document_id}/result"}
    return orjson.dumps({"id": f"{job.id}.{job.status.value}", "type": f"job.{job.status.value}",
                         "external_id": external_id, "job": shown})


def delay(retries: int, settings: Settings) -> float:
    return min(settings.webhook_delay_cap, settings.webhook_backoff * 2**retries)


def notify(store: Store, settings: Settings, tenant: str, job_id: str, document_callback: str | None,
           external_id: str | None) -> None:
    """Send the delivery task for a job that just ended. Never raises: the job's outcome is already saved, and
    a webhook that cannot be scheduled must not turn it into a failure."""
    url = callback_url(settings, tenant, document_callback)
    if url is None:
        return
    try:
        job = store.get_job(tenant, job_id)
        if job is None:
            return
        store.record_webhook(tenant, job_id, WebhookDelivery(url=url, status="pending"))
        deliver_webhook.apply_async(args=[tenant, job_id, url, summary(job, external_id).decode()])
    except Exception as exc:  # noqa: BLE001 (a broker or Redis error: log it, the job stays as it is)
        log.warning("could not schedule the webhook of job %s: %s", job_id, type(exc).__name__)


def attempt(url: str, body: bytes, secret: str, settings: Settings) -> tuple[int | None, str | None]:
    """One POST: (HTTP status, None) when it answered, else (None, why). Raises UnsafeUrl for a refused URL."""
    import httpx  # here: a worker whose jobs have no webhook never loads it

    target = resolve(url, settings.allow_private_urls)
    pinned, host, extensions = target.pinned()
    headers = {**host, "Content-Type": "application/json", "User-Agent": "recordsmith-webhooks",
               SIGNATURE_HEADER: signature(secret, int(time.time()), body)}
    try:
        with httpx.Client(timeout=settings.webhook_timeout, follow_redirects=False, trust_env=False) as client:
            response = client.post(pinned, content=body, headers=headers, extensions=extensions)
    except httpx.TimeoutException:
        return None, f"timed out after {settings.webhook_timeout:g} s"
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return response.status_code, None


def deliver(store: Store, settings: Settings, tenant: str, job_id: str, url: str, body: bytes, retries: int,
            previous: int) -> float | None:
    """Make one attempt and record it; the seconds to wait before the next one, or None when done."""
    secret = settings.tenant_webhook_secrets.get(tenant)
    try:
        if secret is None:
            raise UnsafeUrl(f"tenant {tenant} has no secret in RECORDSMITH_WEBHOOK_SECRETS: nothing is sent unsigned")
        status, error = attempt(url, body, secret, settings)
    except UnsafeUrl as exc:
        status, error = None, str(exc)
        retries = settings.webhook_retries  # refused for good: retrying cannot help
    ok = status is not None and 200 <= status < 300
    if not ok and error is None:
        error = f"the receiver answered HTTP {status}"
    again = not ok and retries < settings.webhook_retries
    state = "delivered" if ok else "retrying" if again else "failed"
    store.record_webhook(tenant, job_id, WebhookDelivery(
        url=url, status=state, attempts=previous + 1, last_status_code=status, last_error=error,
        last_attempt_at=datetime.now(UTC)))
    if not ok:
        log.info("webhook of job %s: attempt %d failed (%s)%s", job_id, previous + 1,
                 f"HTTP {status}" if status else "no answer", "; retrying" if again else "; giving up")
    return delay(retries, settings) if again else None


@shared_task(name=DELIVER_WEBHOOK, bind=True, max_retries=None)
def deliver_webhook(self: Task, tenant: str, job_id: str, url: str, body: str) -> str:
    settings = get_settings()
    store = process_store()
    try:
        job = store.get_job(tenant, job_id)
        if job is None:
            return "missing"
        previous = job.webhook.attempts if job.webhook else 0
        wait = deliver(store, settings, tenant, job_id, url, body.encode(), self.request.retries, previous)
    except TransientError as exc:  # Redis trouble: try the whole delivery again later
        raise self.retry(exc=exc, countdown=delay(self.request.retries, settings)) from exc
    if wait is None:
        return "done"
    raise self.retry(countdown=wait)
