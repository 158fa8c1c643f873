"""`worker.fetch` and the SSRF guard against a real HTTP server on 127.0.0.1 (in a thread)."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Iterator

import pytest

from tests.localhttp import LocalServer
from worker import netguard
from worker.fetch import FetchFailed, FetchPolicy, fetch
from worker.netguard import UnsafeUrl, check_address, resolve

OPEN = FetchPolicy(connect_timeout=2, read_timeout=1, max_bytes=10_000, max_redirects=2, allow_private=True)
HTML = b"<html><body><nav>Home</nav><article><p>The envoy spoke on Tuesday.</p></article></body></html>"


@pytest.fixture(scope="module")
def web() -> Iterator[LocalServer]:
    server = LocalServer().start()
    server.route("/page.html", (200, {"Content-Type": "text/html; charset=utf-8"}, HTML))
    server.route("/notes.txt", (200, {"Content-Type": "text/plain; charset=latin-1"}, "Café talks.".encode("latin-1")))
    server.route("/hop1", (302, {"Location": "/hop2"}, b""))
    server.route("/hop2", (301, {"Location": server.url + "/page.html"}, b""))
    server.route("/loop", (302, {"Location": "/loop"}, b""))
    server.route("/to-metadata", (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""))
    server.route("/big.html", (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 20_000 + b"</p>"))
    server.route("/pdf", (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"))
    server.route("/missing", (404, {"Content-Type": "text/html"}, b"gone"))

    def streamed_big(handler, _seen):  # no Content-Length: the cap must hold while reading
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        for _ in range(30):
            handler.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
        handler.close_connection = True

    def slow(handler, _seen):
        time.sleep(2.5)
        return 200, {"Content-Type": "text/html"}, HTML

    server.route("/streamed-big", streamed_big)
    server.route("/slow", slow)
    yield server
    server.stop()


def test_fetches_html_with_its_charset(web: LocalServer) -> None:
    page = fetch(web.url + "/page.html", OPEN)
    assert page.is_html and page.charset == "utf-8" and page.body == HTML


def test_fetches_plain_text_decoded_by_its_charset(web: LocalServer) -> None:
    page = fetch(web.url + "/notes.txt", OPEN)
    assert not page.is_html and page.text() == "Café talks."


def test_follows_redirects_up_to_the_limit(web: LocalServer) -> None:
    page = fetch(web.url + "/hop1", OPEN)
    assert page.url == web.url + "/page.html" and page.body == HTML
    with pytest.raises(FetchFailed, match="more than 1 redirects"):
        fetch(web.url + "/hop1", FetchPolicy(max_redirects=1, allow_private=True))
    with pytest.raises(FetchFailed, match="more than 2 redirects"):
        fetch(web.url + "/loop", OPEN)


def test_each_redirect_is_checked_by_the_guard(web: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    # Stand-in for a public server: the test server's loopback address passes, every other range is judged.
    real = netguard._refusal
    monkeypatch.setattr(netguard, "_refusal", lambda a: None if str(a) == "127.0.0.1" else real(a))
    guarded = FetchPolicy(connect_timeout=2, read_timeout=1, max_bytes=10_000, max_redirects=2)
    assert fetch(web.url + "/hop1", guarded).body == HTML
    with pytest.raises(FetchFailed, match=r"169\.254\.169\.254 is not a public address \(link-local"):
        fetch(web.url + "/to-metadata", guarded)


@pytest.mark.parametrize(("path", "message"), [
    ("/big.html", "20007 bytes, above the limit of 10000"),
    ("/streamed-big", "more than the limit of 10000 bytes"),
    ("/pdf", "application/pdf; only text/html and text/plain"),
    ("/missing", "answered HTTP 404"),
    ("/slow", "timed out reading (limit 1 s)"),
])
def test_failures_are_precise(web: LocalServer, path: str, message: str) -> None:
    with pytest.raises(FetchFailed) as caught:
        fetch(web.url + path, OPEN)
    assert message in str(caught.value) and web.url in str(caught.value)


def test_connection_refused_is_a_fetch_failure() -> None:
    with pytest.raises(FetchFailed, match="ConnectError"):
        fetch("http://127.0.0.1:9/", OPEN)


def test_private_addresses_are_refused_unless_allowed(web: LocalServer) -> None:
    with pytest.raises(FetchFailed, match=r"refused: 127\.0\.0\.1 is not a public address \(loopback"):
        fetch(web.url + "/page.html", FetchPolicy())
    served = len(web.requests_to("/page.html"))
    with pytest.raises(FetchFailed):
        fetch(web.url.replace("127.0.0.1", "localhost") + "/page.html", FetchPolicy())
    assert len(web.requests_to("/page.html")) == served  # refused before any connection


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("172.16.0.1", "private"),
    ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("ff02::1", "multicast"), ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"),
    ("::ffff:192.168.0.1", "private"), ("100.64.0.1", "non-global"), ("fc00::1", "private"),
])
def test_the_guard_refuses_every_non_public_range(address: str, kind: str) -> None:
    with pytest.raises(UnsafeUrl, match=rf"\({kind};"):
        check_address(ipaddress.ip_address(address), allow_private=False)
    check_address(ipaddress.ip_address(address), allow_private=True)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_the_guard_lets_public_addresses_through(address: str) -> None:
    check_address(ipaddress.ip_address(address), allow_private=False)


@pytest.mark.parametrize(("url", "message"), [
    ("file:///etc/passwd", "only http and https"), ("gopher://x/", "only http and https"),
    ("http://user:pw@example.org/", "user name or password"), ("http://[::1/", "not a valid URL"),
])
def test_the_guard_refuses_other_schemes_and_credentials(url: str, message: str) -> None:
    with pytest.raises(UnsafeUrl, match=message):
        resolve(url, allow_private=True)


def test_pinned_requests_keep_the_host_name() -> None:
    target = resolve("https://localhost:8443/a?b=1", allow_private=True)
    url, headers, extensions = target.pinned()
    assert url.host in ("127.0.0.1", "::1") and url.path == "/a" and url.query == b"b=1"
    assert headers == {"Host": "localhost:8443"} and extensions == {"sni_hostname": "localhost"}
