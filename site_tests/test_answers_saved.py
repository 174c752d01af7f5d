"""Step 1's answers are saved on every change and come back however the reader returns."""

import json

from playwright.sync_api import expect

from reader import STEP_1, rate_all, rating, step_1_statements, article

RATINGS = [4, 3, 3, 2, 3, 3, 2, 3, 3, 1]  # total 27


def expect_ratings(page, statements, values):
    for statement, value in zip(statements, values, strict=True):
        expect(rating(page, statement, value)).to_be_checked()


def test_status_says_answers_are_saved_on_this_device(page, site, guide):
    page.goto(site.url(STEP_1))
    status = page.get_by_role("status")
    expect(status).to_have_text("Your answers are saved on this device, in this browser only, as you go.")
    rate_all(page, step_1_statements(guide)[:1], [3])
    expect(status).to_contain_text("Saved on this device at")


def test_answers_and_total_survive_a_reload(page, site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements, RATINGS)
    page.reload()
    expect_ratings(page, statements, RATINGS)
    expect(article(page).get_by_text("Total rating: 27 of 40")).to_be_visible()
    expect(article(page).get_by_text("Total 27 of 40: 27 ≥ 25 suggests an evaluative approach.")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Saved on this device at")


def test_answers_survive_an_instant_navigation_round_trip(page, site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements, RATINGS)
    # A full page load would drop this marker: the test fails if navigation stops being instant.
    page.evaluate("window.instantNavigationMarker = 'kept'")

    page.get_by_role("link", name="Previous: Introduction").click()
    expect(page.get_by_role("heading", level=1, name="An Interactive Planning Guide for Distributed Leadership")).to_be_visible()
    page.get_by_role("link", name="Step 1. Cultural Readiness").first.click()
    expect(page.get_by_role("heading", level=1, name="Step 1. Cultural Readiness")).to_be_visible()

    assert page.evaluate("window.instantNavigationMarker") == "kept"
    expect_ratings(page, statements, RATINGS)
    expect(article(page).get_by_text("Total rating: 27 of 40")).to_be_visible()
    # Started once per page: a second start would count each change twice or double-bind.
    rate_all(page, statements[-1:], [2])
    expect(article(page).get_by_text("Total rating: 28 of 40")).to_be_visible()


def test_answers_come_back_in_a_new_visit(browser, site, guide):
    statements = step_1_statements(guide)
    first = browser.new_context()
    page = first.new_page()
    page.goto(site.url(STEP_1))
    rate_all(page, statements, RATINGS)
    saved = first.storage_state()
    first.close()

    later = browser.new_context(storage_state=saved)  # the browser closed and opened again
    page = later.new_page()
    page.goto(site.url(STEP_1))
    expect_ratings(page, statements, RATINGS)
    later.close()


def test_answers_are_keyed_by_guide_and_answer_id_not_by_page_address(page, site, subpath_site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements, RATINGS)

    stored = json.loads(page.evaluate("localStorage.getItem('planguide:ma-distributed-leadership')"))
    assert stored["answers"]["shared-vision"]["value"] == 1
    assert stored["answers"]["informal-leadership"]["value"] == 4

    # The same guide moved to /guide/ on the same origin finds every answer.
    page.goto(subpath_site.url(STEP_1))
    expect_ratings(page, statements, RATINGS)
    expect(article(page).get_by_text("Total rating: 27 of 40")).to_be_visible()


def test_when_storage_refuses_writes_the_page_works_and_says_answers_are_not_kept(page, site, guide):
    page.add_init_script("""
        Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
    """)
    page.goto(site.url(STEP_1))
    status = page.get_by_role("status")
    expect(status).to_have_text(
        "This browser is not letting the guide save: your answers will not be kept after you leave this page."
    )
    rate_all(page, step_1_statements(guide), RATINGS)
    expect(article(page).get_by_text("Total 27 of 40: 27 ≥ 25 suggests an evaluative approach.")).to_be_visible()
    expect(status).to_contain_text("will not be kept")
