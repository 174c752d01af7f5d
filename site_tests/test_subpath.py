"""The guide served under /guide/ works as at the root: instant navigation, progress in
the navigation, links between steps."""

import re

from playwright.sync_api import expect

from reader import STEP_1, article, rate_all, step_1_statements


def test_under_a_sub_path_navigation_stays_instant_and_shows_progress(page, subpath_site, guide):
    page.goto(subpath_site.url(STEP_1))
    rate_all(page, step_1_statements(guide), [3] * 10)
    page.evaluate("window.instantNavigationMarker = 'kept'")

    navigation = page.get_by_role("navigation", name="Navigation")
    expect(navigation.get_by_role("link", name=re.compile(r"^Step 1\. Cultural Readiness"))).to_contain_text("Complete")
    page.get_by_role("link", name="Read about evaluative approaches").click()
    expect(page).to_have_url(subpath_site.url("evaluative/"))
    expect(page.get_by_role("heading", level=1, name="Evaluative approaches to distributed leadership")).to_be_visible()
    navigation.get_by_role("link", name=re.compile(r"^Step 4\. Implementation Planning")).click()
    expect(page).to_have_url(subpath_site.url("step-4/"))
    expect(article(page).get_by_text("None of your statements in")).to_be_visible()
    assert page.evaluate("window.instantNavigationMarker") == "kept"

