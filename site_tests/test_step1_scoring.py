"""Step 1: the running total, progress and suggestion a reader sees while rating."""

import re

from playwright.sync_api import expect

from reader import STEP_1, rate_all, rating_group, step_1_statements, article

SUMS_TO_24 = [3, 3, 3, 3, 2, 2, 2, 2, 2, 2]
SUMS_TO_25 = [3, 3, 3, 3, 3, 2, 2, 2, 2, 2]


def test_each_statement_is_a_group_of_four_labelled_ratings(page, site, guide):
    page.goto(site.url(STEP_1))
    statements = step_1_statements(guide)
    assert len(statements) == 10
    for statement in statements:
        radios = rating_group(page, statement).get_by_role("radio")
        expect(radios).to_have_count(4)
    expect(article(page).get_by_text("Scoring and saving your answers need JavaScript")).to_be_hidden()
    expect(rating_group(page, statements[0]).get_by_role("radio", name="4 Strongly agree")).to_be_visible()


def test_a_total_of_24_suggests_a_non_evaluative_approach(page, site, guide):
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), SUMS_TO_24)
    expect(article(page).get_by_text("Total rating: 24 of 40")).to_be_visible()
    expect(article(page).get_by_text("10 of 10 rated")).to_be_visible()
    expect(article(page).get_by_text("Total 24 of 40: 24 < 25 suggests a non-evaluative approach.")).to_be_visible()
    expect(article(page).get_by_text("suggests an evaluative approach")).to_be_hidden()
    expect(page.get_by_role("link", name="Read about non-evaluative approaches")).to_be_visible()


def test_a_total_of_25_suggests_an_evaluative_approach_and_links_to_it(page, site, guide):
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), SUMS_TO_25)
    expect(article(page).get_by_text("Total 25 of 40: 25 ≥ 25 suggests an evaluative approach.")).to_be_visible()
    expect(article(page).get_by_text("suggests a non-evaluative approach")).to_be_hidden()

    page.get_by_role("link", name="Read about evaluative approaches").click()
    expect(page).to_have_url(re.compile(r"/evaluative/$"))
    expect(page.get_by_role("heading", level=1, name="Evaluative approaches to distributed leadership")).to_be_visible()


def test_while_statements_are_unrated_no_suggestion_is_made(page, site, guide):
    page.goto(site.url(STEP_1))
    expect(article(page).get_by_text("0 of 10 rated")).to_be_visible()
    rate_all(page, step_1_statements(guide), [4, 4, 4, 4, 4, 4, 4, 4, 4, None])
    expect(article(page).get_by_text("Total rating: 36 of 40")).to_be_visible()
    expect(article(page).get_by_text("9 of 10 rated")).to_be_visible()
    expect(article(page).get_by_text("Still to rate: 1. The suggestion appears once all 10 statements are rated.")).to_be_visible()
    expect(article(page).get_by_text("suggests an evaluative approach")).to_be_hidden()
    expect(article(page).get_by_text("suggests a non-evaluative approach")).to_be_hidden()


def test_changing_a_rating_updates_the_suggestion(page, site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements, SUMS_TO_24)
    expect(article(page).get_by_text("suggests a non-evaluative approach")).to_be_visible()
    rate_all(page, statements[:1], [4])
    expect(article(page).get_by_text("Total 25 of 40: 25 ≥ 25 suggests an evaluative approach.")).to_be_visible()
    expect(article(page).get_by_text("suggests a non-evaluative approach")).to_be_hidden()
