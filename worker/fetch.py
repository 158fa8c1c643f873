"""Fetching a `url` document: httpx with connect and read timeouts, a size cap, a few redirects (each one
checked by the SSRF guard again), and only HTML or plain-text answers.

Every way a fetch can fail raises `FetchFailed` with a message precise enough to end the job with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from store import Settings
from worker.netguard import UnsafeUrl, resolve

if TYPE_CHECKING:  # imported by `fetch`: a worker that is never given a `url` does not load httpx (about 3 MiB)
    import httpx

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchFailed(Exception):
    pass


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(settings.fetch_connect_timeout, settings.fetch_read_timeout, settings.fetch_max_bytes,
                   settings.fetch_max_redirects, settings.allow_private_urls)


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    media_type: str
    charset: str | None
    body: bytes

    @property
    def is_html(self) -> bool:
        return self.media_type in HTML_TYPES

    def text(self) -> str:
        return self.body.decode(self.charset or "utf-8", errors="replace")


def _media_type(response: httpx.Response) -> tuple[str, str | None]:
    media, _, params = response.headers.get("content-type", "").partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"').lower()
    return media.strip().lower(), charset


def _read(response: httpx.Response, url: httpx.URL, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchFailed(f"{url} is {declared} bytes, above the limit of {max_bytes}")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchFailed(f"{url} sent more than the limit of {max_bytes} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, policy: FetchPolicy) -> Page:
    import httpx

    timeout = httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout)
    headers = {"User-Agent": "recordsmith (+https://recordsmith.dev)", "Accept": "text/html, text/plain;q=0.9"}
    current: str | httpx.URL = url
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(policy.max_redirects + 1):
            try:
                target = resolve(current, policy.allow_private)
            except UnsafeUrl as exc:
                raise FetchFailed(f"{current}: {exc}") from exc
            pinned, host, extensions = target.pinned()
            try:
                with client.stream("GET", pinned, headers={**headers, **host}, extensions=extensions) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = target.url.join(response.headers["location"])
                        continue
                    if response.status_code != 200:
                        raise FetchFailed(f"{target.url} answered HTTP {response.status_code}")
                    media, charset = _media_type(response)
                    if media not in HTML_TYPES + TEXT_TYPES:
                        raise FetchFailed(f"{target.url} is {media or 'of no content type'}; only text/html and "
                                          f"text/plain are read")
                    return Page(str(target.url), media, charset, _read(response, target.url, policy.max_bytes))
            except httpx.TimeoutException as exc:
                kind = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "reading"
                limit = policy.connect_timeout if kind == "connecting" else policy.read_timeout
                raise FetchFailed(f"{target.url}: timed out {kind} (limit {limit:g} s)") from exc
            except httpx.HTTPError as exc:
                raise FetchFailed(f"{target.url}: {type(exc).__name__}: {exc}") from exc
    raise FetchFailed(f"{url}: more than {policy.max_redirects} redirects")
