"""The SSRF guard: a URL a client gave us (a `url` document, a webhook) may only reach the public internet.

`resolve` looks the host up and refuses it when any of its addresses is loopback, private, link-local,
multicast, reserved or unspecified (IPv4-mapped IPv6 addresses are judged as the IPv4 they carry), unless
RECORDSMITH_ALLOW_PRIVATE_URLS is set. The caller then connects to the checked address itself (`pinned`):
a DNS answer that changes between the check and the connection (DNS rebinding) cannot smuggle it inside.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # httpx is imported where a URL is parsed: a worker that never fetches one does not load it
    import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeUrl(Exception):
    """The URL is malformed, not http(s), or points at an address the guard refuses."""


def _refusal(address: IPAddress) -> str | None:
    # Most specific first: link-local and loopback ranges are "private" to Python too.
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    if not address.is_global:  # e.g. 100.64.0.0/10, shared carrier-grade NAT space
        return "non-global"
    return None


def check_address(address: IPAddress, allow_private: bool) -> None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    kind = _refusal(address)
    if kind and not allow_private:
        raise UnsafeUrl(f"refused: {address} is not a public address ({kind}; "
                        "set RECORDSMITH_ALLOW_PRIVATE_URLS to allow it)")


def parse(url: str) -> httpx.URL:
    import httpx

    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise UnsafeUrl(f"not a valid URL: {exc}") from exc
    if parsed.scheme not in ("http", "https"):
        raise UnsafeUrl(f"only http and https URLs are fetched (got {parsed.scheme or 'no scheme'}:)")
    if not parsed.host:
        raise UnsafeUrl("the URL has no host")
    if parsed.userinfo:
        raise UnsafeUrl("URLs with a user name or password are not fetched")
    return parsed


@dataclass(frozen=True)
class Target:
    """A checked URL and the address to connect to."""

    url: httpx.URL
    address: IPAddress

    def pinned(self) -> tuple[httpx.URL, dict[str, str], dict[str, str]]:
        """(URL with the address as host, headers, request extensions): the request goes to the checked address
        while `Host` and TLS (SNI and certificate check) still name the original host."""
        headers = {"Host": self.url.netloc.decode("ascii")}
        extensions = {"sni_hostname": self.url.host} if self.url.scheme == "https" else {}
        return self.url.copy_with(host=str(self.address)), headers, extensions


def resolve(url: str | httpx.URL, allow_private: bool) -> Target:
    parsed = parse(str(url))
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parsed.host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeUrl(f"cannot resolve {parsed.host}: {exc}") from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses:
        raise UnsafeUrl(f"cannot resolve {parsed.host}: no address")
    for address in addresses:  # every answer must pass: the client could connect to any of them
        check_address(address, allow_private)
    return Target(parsed, addresses[0])
