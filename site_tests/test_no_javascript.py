"""With JavaScript off, every page reads fully and every rating can still be seen."""

import pytest
from playwright.sync_api import expect

from reader import STEP_1, rating_group, step_1_statements


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False}


def test_step_1_shows_all_ten_rating_groups_and_a_note(page, site, guide):
    page.goto(site.url(STEP_1))
    statements = step_1_statements(guide)
    expect(page.get_by_role("group")).to_have_count(len(statements))
    for statement in statements:
        expect(rating_group(page, statement).get_by_role("radio")).to_have_count(4)
        expect(rating_group(page, statement).get_by_text("3 Agree")).to_be_visible()
    expect(page.get_by_text("Scoring and saving your answers need JavaScript, which is not running")).to_be_visible()
    # Nothing claims answers are saved, and no total pretends to be computed.
    expect(page.get_by_text("Saved on this device")).to_have_count(0)
    expect(page.get_by_text("Total rating:")).to_be_hidden()
    expect(page.get_by_text("If your total was 25 or higher")).to_be_visible()


def test_introduction_reads_fully(page, site):
    page.goto(site.url())
    expect(page.get_by_role("heading", name="What is distributed leadership and how can it help my district?")).to_be_visible()
    expect(page.get_by_text("Peer Assistance and Review (PAR)")).to_be_visible()
    expect(page.get_by_text("Collaborative learning")).to_be_visible()
    expect(page.get_by_text("Reduces evaluator workload.")).to_be_visible()
