"""The URLs a job and a document point to (relative to the API root)."""

from schemas import Links


def link_urls(document_id: str, job_id: str) -> dict[str, str]:
    """The fields of `Links`, as JSON (a batch's answer is written without models)."""
    return {"job": f"/v1/jobs/{job_id}", "document": f"/v1/documents/{document_id}",
            "result": f"/v1/documents/{document_id}/result"}


def links(document_id: str, job_id: str) -> Links:
    return Links(**link_urls(document_id, job_id))
