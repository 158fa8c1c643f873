"""The URLs a job and a document point to (relative to the API root)."""

from schemas import Links


def links(document_id: str, job_id: str) -> Links:
    return Links(
        job=f"/v1/jobs/{job_id}",
        document=f"/v1/documents/{document_id}",
        result=f"/v1/documents/{document_id}/result",
    )
