"""The result viewer in a real headless Chromium (Debian's `chromium`, driven by Playwright without its own
browser download): the seed article's view, the quote attributed to Sergei Riabkov, its details on hover and
on keyboard focus, and a screenshot kept in tests/artifacts/.

Skips when chromium is absent, unless RECORDSMITH_REQUIRE_BROWSER=1 (set by .ci/run, which installs it).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import ROOT, Proc

pytestmark = pytest.mark.integration
ARTIFACTS = ROOT / "tests" / "artifacts"


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("RECORDSMITH_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (RECORDSMITH_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    path = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_view_url(api_url: str, worker: Proc, client_for, seed_text: str) -> str:
    alpha = client_for("alpha")
    submitted = alpha.post("/v1/documents", json={"text": seed_text, "published_at": "2023-10-05",
                                                  "title": "Russia and the test-ban treaty"}).json()
    job = alpha.get(submitted["links"]["job"], params={"wait": 30}).json()
    assert job["status"] == "succeeded", worker.tail()
    link = alpha.post(f"/v1/documents/{submitted['document_id']}/view-link").json()
    return api_url + link["url"]


def test_seed_view_highlights_the_riabkov_quote_with_its_speaker(browser, seed_view_url: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    assert page.goto(seed_view_url).status == 200

    # The panel lists the quote; focusing its entry (keyboard) shows the speaker in its details.
    entry = page.locator(".rec.k-quote", has_text="Sergei Riabkov").first
    entry.locator("button").focus()
    assert entry.locator(".details").is_visible()
    assert "Sergei Riabkov" in entry.locator(".details").inner_text()
    key = entry.get_attribute("data-key")
    lit = page.locator(f'#text .m.lit[data-r~="{key}"]')
    assert lit.count() >= 1  # the quote's text is highlighted while its entry has focus

    # Hovering the highlighted quote in the text shows a tooltip with the speaker.
    page.locator(f'#text .t-quote[data-r~="{key}"]').first.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert "Sergei Riabkov" in tip.inner_text() and "speaker" in tip.inner_text()

    # Keyboard focus on the quote in the text shows the same details.
    page.mouse.move(0, 0)
    page.locator(f'#text .t-quote[data-r~="{key}"][tabindex="0"]').focus()
    assert "Sergei Riabkov" in tip.inner_text()

    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(f'#text .t-quote[data-r~="{key}"]').first.hover()
    page.screenshot(path=str(ARTIFACTS / "viewer.png"))
    assert (ARTIFACTS / "viewer.png").stat().st_size > 10_000
    assert not errors, errors  # no script errors, no CSP violations
    page.close()


def test_a_link_opens_only_its_own_document_and_expired_or_forged_links_do_not(
        browser, seed_view_url: str, api_url: str, client_for, seed_text: str) -> None:
    beta = client_for("beta")
    other = beta.post("/v1/documents", json={"text": seed_text}).json()["document_id"]
    token = seed_view_url.split("token=")[1]
    # alpha's link names alpha's document: it opens neither beta's document nor a forged variant.
    assert httpx.get(f"{api_url}/v1/documents/{other}/view", params={"token": token}).status_code == 401
    assert httpx.get(seed_view_url[:-2] + ("AA" if not seed_view_url.endswith("AA") else "BB")).status_code == 401
    assert httpx.get(seed_view_url.split("?")[0]).status_code == 401
    # beta's key cannot mint a link to alpha's document.
    alpha_doc = seed_view_url.split("/v1/documents/")[1].split("/")[0]
    assert beta.post(f"/v1/documents/{alpha_doc}/view-link").status_code == 404
