"""Clear all answers asks first, offers a copy first, and can be undone for the rest of
the visit, on any page."""

from playwright.sync_api import expect

from answer_files.panel import open_panel, stored_answers
from reader import STEP_1, article, rate_all, rating, step_1_statements


def test_clear_asks_first_and_keeping_them_changes_nothing(page, site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:2], [3, 1])
    open_panel(page)
    page.get_by_role("button", name="Clear all answers").click()
    question = page.get_by_role("group", name="Clear every answer of this guide, on every page? You may want to save a copy first.")
    expect(question).to_be_visible()
    question.get_by_role("button", name="No, keep them").click()
    expect(question).to_be_hidden()
    expect(rating(page, statements[0], 3)).to_be_checked()
    assert len(stored_answers(page)) == 2


def test_clear_offers_an_export_then_clears_and_undo_brings_them_back_on_another_page(page, site, guide, tmp_path):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:2], [3, 1])
    open_panel(page)
    page.get_by_role("button", name="Clear all answers").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Export a copy first").click()
    assert download.value.suggested_filename.endswith(".json")

    page.get_by_role("button", name="Yes, clear all answers").click()
    cleared = page.get_by_text("All answers are cleared. You can bring them back until you close this tab.")
    expect(cleared).to_be_visible()
    expect(cleared).to_be_focused()  # the reader's place is kept, not lost to the page top
    expect(rating(page, statements[0], 3)).not_to_be_checked()
    expect(article(page).get_by_text("Total rating: 0 of 40")).to_be_visible()
    assert stored_answers(page) == {}

    page.goto(site.url("evaluative/"))  # a full page load, in the same visit
    open_panel(page)
    page.get_by_role("button", name="Undo: bring back the cleared answers").click()
    expect(page.get_by_text("Your answers are back.")).to_be_visible()
    page.goto(site.url(STEP_1))
    expect(rating(page, statements[0], 3)).to_be_checked()
    expect(rating(page, statements[1], 1)).to_be_checked()
    open_panel(page)
    expect(page.get_by_role("button", name="Undo: bring back the cleared answers")).to_be_hidden()
