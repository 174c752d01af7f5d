"""With JavaScript off, every page reads fully and every form shows, to fill in on paper."""

import pytest
from playwright.sync_api import expect

from reader import STEP_1, article, page_urls, rating_group, step_1_statements, questionnaire


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
    expect(page.get_by_text("Total rating: 0 of 40")).to_be_hidden()
    expect(page.get_by_text("If your total was 25 or higher")).to_be_visible()


def test_introduction_reads_fully(page, site):
    page.goto(site.url())
    expect(page.get_by_role("heading", name="What is distributed leadership and how can it help my district?")).to_be_visible()
    expect(page.get_by_text("Peer Assistance and Review (PAR)")).to_be_visible()
    expect(page.get_by_text("Collaborative learning")).to_be_visible()
    expect(page.get_by_text("Reduces evaluator workload.")).to_be_visible()


def test_step_3_shows_the_choice_every_rating_and_every_rationale(page, site, guide):
    page.goto(site.url("step-3/"))
    choice = page.get_by_role("group", name="Approach to distributed leadership")
    expect(choice.get_by_role("radio")).to_have_count(4)
    for item in questionnaire(guide, "implementation-readiness").items:
        expect(rating_group(page, item.text).get_by_role("radio")).to_have_count(4)
        expect(page.get_by_role("textbox", name=f"Rationale for: {item.text}")).to_be_visible()


def test_step_4_shows_a_reflection_for_every_statement_and_the_whole_profile(page, site, guide):
    page.goto(site.url("step-4/"))
    for statement in step_1_statements(guide):
        expect(page.get_by_role("textbox", name=f"Reflection on: {statement}")).to_be_visible()
    for element in ["Description", "Leader", "Success", "Sources of Evidence", "Milestones",
                    "Risks/Mitigation Strategies", "Stakeholders & Communications"]:
        expect(page.get_by_role("textbox", name=f"Notes: {element}", exact=True)).to_be_visible()
    # The chooser and attention marks need the script; they do not show half-working.
    expect(page.get_by_text("Choose which 3 to reflect on")).to_be_hidden()
    expect(page.get_by_text("Needs attention", exact=True).filter(visible=True)).to_have_count(0)


@pytest.mark.parametrize("path", ["evaluative/", "non-evaluative/"])
def test_key_questions_show_their_places_to_write(page, site, path):
    page.goto(site.url(path))
    expect(article(page).get_by_role("textbox")).to_have_count(4)
    expect(page.get_by_role("heading", name="Key Questions for Consideration")).to_be_visible()


def test_every_page_has_its_heading_and_text(page, site, guide):
    for path in page_urls(guide):
        page.goto(site.url(path))
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert len(article(page).inner_text()) > 200, path
