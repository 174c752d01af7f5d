"""axe-core finds no WCAG 2.1 A/AA violation on any page, in light and dark palettes,
both empty and with every answer given (so the suggestion is on screen too)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from reader import STEP_1, rate_all, step_1_statements

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = ["", STEP_1]


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
def test_no_violations_with_step_1_answered(page, site, guide, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), [3] * 10)
    assert violations(page) == ""
