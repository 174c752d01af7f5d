"""No request leaves the site's origin: no fonts, CDNs or analytics, on any page."""

import pytest
from playwright.sync_api import expect

from reader import STEP_1, rate_all, step_1_statements


@pytest.mark.parametrize("path", ["", STEP_1])
def test_every_request_stays_on_the_site(page, site, guide, path):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site.url(path))
    if path == STEP_1:
        rate_all(page, step_1_statements(guide), [2] * 10)
        expect(page.get_by_text("Total rating: 20 of 40")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert requested, "the page made no request at all: the listener is not working"
    elsewhere = [url for url in requested if not url.startswith(site.origin + "/") and not url.startswith("data:")]
    assert elsewhere == []
