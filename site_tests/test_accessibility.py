"""axe-core finds no WCAG 2.1 A/AA violation on any page, in light and dark palettes,
both empty and with answers given (so suggestions and marks are on screen too)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from reader import STEP_1, article, page_urls, rate_all, step_1_statements
from planguide.loader import load_guide
from conftest import ROOT

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = page_urls(load_guide(ROOT / "content"))


def violations(page) -> str:
    results = Axe().run(page, options=WCAG_21_AA)
    return results.generate_report() if results.violations_count else ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_violations(page, site, path, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site.url(path))
    expected = "slate" if scheme == "dark" else "default"
    assert page.locator("body").get_attribute("data-md-color-scheme") == expected
    assert violations(page) == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_violations_with_answers_given(page, site, guide, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), [1, 2, 2, 1, 3, 2, 4, 2, 3, 1])
    expect(article(page).get_by_text("suggests a non-evaluative approach")).to_be_visible()
    assert violations(page) == ""
    for path in ["step-2/", "step-3/", "step-4/"]:
        page.goto(site.url(path))
        marks = article(page).get_by_text("Suggested by your answers").or_(
            article(page).get_by_text("Needs attention", exact=True))
        expect(marks.filter(visible=True).first).to_be_visible()
        assert violations(page) == "", path
