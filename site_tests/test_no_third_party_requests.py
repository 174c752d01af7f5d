"""No request leaves the site's origin: no fonts, CDNs or analytics, on any page."""

import pytest

from conftest import ROOT
from planguide.loader import load_guide
from reader import page_urls

PAGES = page_urls(load_guide(ROOT / "content"))


@pytest.mark.parametrize("path", PAGES)
def test_every_request_stays_on_the_site(page, site, path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site.url(path))
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("/assets/js/guide.mjs") for url in requested), "the listener saw no script load"
    elsewhere = [url for url in requested if not url.startswith(site.origin + "/") and not url.startswith("data:")]
    assert elsewhere == []
