"""A document's three input forms, turned into the plain text the engine reads.

- `text`: as given; the result's offsets refer to it.
- `html`: the main text, extracted by trafilatura (navigation, boilerplate and comments dropped); the
  offsets refer to that extracted text, which the result then carries in its `text` field.
- `url`: fetched (`worker.fetch`), then read as `html` or as plain text by its content type.

A page's own publication date (from its markup, never guessed from its prose) stands in for a missing
`published_at`, so that its relative dates still resolve.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from schemas import SubmitRequest
from worker.fetch import FetchFailed, FetchPolicy, fetch


class InputFailed(Exception):
    """The document's text could not be had: the fetch failed, or the HTML holds no main text."""


@dataclass(frozen=True)
class Source:
    text: str
    derived: bool  # the text is not what the client sent: the result must carry it
    reference_date: date | None


def main_text(html: str | bytes) -> tuple[str, date | None]:
    """The main text of an HTML page and the publication date its markup declares (if any)."""
    # Imported here: trafilatura and lxml take about 10 MB in each worker process, and only HTML needs them.
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    assert not isinstance(extracted, dict)  # a Document or None: as_dict is left False
    text = (extracted.text or "").strip() if extracted is not None else ""
    if not text:
        raise InputFailed("the HTML holds no main text (nothing left after removing markup and boilerplate)")
    found = extracted.date if extracted is not None else None
    try:
        published = date.fromisoformat(found) if found else None
    except ValueError:
        published = None
    return text, published


def document_source(request: SubmitRequest, policy: FetchPolicy) -> Source:
    if request.text is not None:
        return Source(request.text, False, request.reference_date())
    if request.html is not None:
        text, published = main_text(request.html)
    else:
        assert request.url is not None  # SubmitRequest admits exactly one of the three
        try:
            page = fetch(request.url, policy)
        except FetchFailed as exc:
            raise InputFailed(f"fetching the URL failed: {exc}") from exc
        # HTML without a declared charset goes to trafilatura as bytes: it reads the charset from the markup.
        text, published = main_text(page.text() if page.charset else page.body) if page.is_html else \
            (page.text().strip(), None)
        if not text:
            raise InputFailed(f"{page.url} is empty")
    return Source(text, True, request.reference_date() or published)
