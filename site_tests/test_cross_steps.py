"""Answers read across pages: Step 1's suggestion on Step 2 and Step 3, Step 3's own
questionnaire and choice, and the progress the navigation shows beside each page.

Answers are given as a reader gives them, on each step's own page; statement texts come
from the loaded content.
"""

import re

import pytest
from playwright.sync_api import expect

from conftest import ROOT
from planguide.loader import load_guide
from planguide.model import KeyQuestions
from reader import STEP_1, article, questionnaire, rate_all, rating, rating_group, step_1_statements

GUIDE = load_guide(ROOT / "content")
STEP_1_STATEMENTS = step_1_statements(GUIDE)
STEP_3_STATEMENTS = [item.text for item in questionnaire(GUIDE, "implementation-readiness").items]
STEP_2 = "step-2/"
STEP_3 = "step-3/"
EVALUATIVE_PAGE = "evaluative/"

SUGGESTED = "Suggested by your answers to Step 1. Cultural Readiness"
EVALUATIVE_LINK = "Click here to learn about evaluative approaches!"
NON_EVALUATIVE_LINK = "Click here to learn about non-evaluative approaches!"
NEXT_STEPS_LINK = "Click here to learn about next steps in implementation!"
CHOICE = "Approach to distributed leadership"
EVALUATIVE = "Evaluative approaches"
NON_EVALUATIVE = "Non-evaluative approaches"
APPROACHES = {
    EVALUATIVE: ["Peer Assistance and Review (PAR)", "Secondary evaluators"],
    NON_EVALUATIVE: ["Instructional coaches", "Collaborative learning"],
}

SUMS_TO_24 = [3, 3, 3, 3, 2, 2, 2, 2, 2, 2]
SUMS_TO_25 = [3, 3, 3, 3, 3, 2, 2, 2, 2, 2]
NINE_OF_TEN = [4, 4, 4, 4, 4, 4, 4, 4, 4, None]  # 36 so far, but incomplete
SUGGESTIONS = [  # Step 1 ratings, and which link and group they suggest
    pytest.param(SUMS_TO_25, EVALUATIVE_LINK, EVALUATIVE, id="total-25-evaluative"),
    pytest.param(SUMS_TO_24, NON_EVALUATIVE_LINK, NON_EVALUATIVE, id="total-24-non-evaluative"),
    pytest.param(NINE_OF_TEN, None, None, id="incomplete-none"),
]


def rate_step_1(page, site, values) -> None:
    page.goto(site.url(STEP_1))
    rate_all(page, STEP_1_STATEMENTS, values)


def mark_beside(page, link_name):
    paragraph = article(page).get_by_role("paragraph").filter(
        has=page.get_by_role("link", name=link_name, exact=True)
    )
    return paragraph.get_by_text(SUGGESTED, exact=True)


def approach_group(page, label):
    return article(page).get_by_role("group", name=CHOICE, exact=True).get_by_role("group", name=label, exact=True)


def approach(page, option):
    return article(page).get_by_role("group", name=CHOICE, exact=True).get_by_role("radio", name=option, exact=True)


def expect_chosen(page, chosen: str | None) -> None:
    for options in APPROACHES.values():
        for option in options:
            if option == chosen:
                expect(approach(page, option)).to_be_checked()
            else:
                expect(approach(page, option)).not_to_be_checked()


def nav_link(page, title):
    escaped = re.escape(title).replace("/", r"\/")  # Playwright sends the pattern as /source/
    navigation = page.get_by_role("navigation", name="Navigation", exact=True)
    return navigation.get_by_role("link", name=re.compile(rf"^{escaped}\b"))


def expect_nav_progress(page, title, progress) -> None:
    expect(nav_link(page, title).get_by_text(progress, exact=True)).to_be_visible()


def evaluative_issues() -> list[str]:
    for page_file in GUIDE.pages:
        for block in page_file.page.blocks:
            if isinstance(block, KeyQuestions) and page_file.page.title.startswith("Evaluative"):
                return [row.issue for row in block.rows]
    raise LookupError("evaluative key questions")


# --- Step 2: the suggestion beside the approach links -------------------------------


@pytest.mark.parametrize(("ratings", "suggested_link", "_group"), SUGGESTIONS)
def test_step_2_marks_the_link_step_1_suggests(page, site, ratings, suggested_link, _group):
    rate_step_1(page, site, ratings)
    page.goto(site.url(STEP_2))
    expect(page.get_by_role("heading", level=1, name="Step 2. Approaches")).to_be_visible()
    expect(article(page).get_by_text(SUGGESTED, exact=True)).to_have_count(2)  # one per approach link
    for link in [EVALUATIVE_LINK, NON_EVALUATIVE_LINK]:
        expect(page.get_by_role("link", name=link, exact=True)).to_be_visible()
        if link == suggested_link:
            expect(mark_beside(page, link)).to_be_visible()
        else:
            expect(mark_beside(page, link)).to_be_hidden()
    expect(mark_beside(page, NEXT_STEPS_LINK)).to_have_count(0)
    shown = 0 if suggested_link is None else 1
    expect(article(page).get_by_text(SUGGESTED, exact=True).filter(visible=True)).to_have_count(shown)


# --- Step 3: the chosen approach ------------------------------------------------------


@pytest.mark.parametrize(("ratings", "_link", "suggested_group"), SUGGESTIONS)
def test_step_3_marks_the_suggested_group_and_never_chooses_for_the_reader(page, site, ratings, _link, suggested_group):
    rate_step_1(page, site, ratings)
    page.goto(site.url(STEP_3))
    for group, options in APPROACHES.items():
        expect(approach_group(page, group).get_by_role("radio")).to_have_count(2)
        for option in options:
            expect(approach_group(page, group).get_by_role("radio", name=option, exact=True)).to_be_visible()
        mark = approach_group(page, group).get_by_text(SUGGESTED, exact=True)
        expect(mark).to_have_count(1)
        if group == suggested_group:
            expect(mark).to_be_visible()
        else:
            expect(mark).to_be_hidden()
    expect_chosen(page, None)


def test_the_chosen_approach_is_saved_and_survives_a_reload(page, site):
    rate_step_1(page, site, SUMS_TO_25)
    page.goto(site.url(STEP_3))
    approach(page, "Secondary evaluators").check()
    page.reload()
    expect_chosen(page, "Secondary evaluators")


def test_a_choice_outside_the_suggested_group_is_kept_when_the_suggestion_changes(page, site):
    rate_step_1(page, site, SUMS_TO_25)
    page.goto(site.url(STEP_3))
    expect(approach_group(page, EVALUATIVE).get_by_text(SUGGESTED)).to_be_visible()
    approach(page, "Instructional coaches").check()

    rate_step_1(page, site, SUMS_TO_24)
    page.goto(site.url(STEP_3))
    expect(approach_group(page, NON_EVALUATIVE).get_by_text(SUGGESTED)).to_be_visible()
    expect_chosen(page, "Instructional coaches")

    rate_step_1(page, site, SUMS_TO_25)
    page.goto(site.url(STEP_3))
    expect(approach_group(page, EVALUATIVE).get_by_text(SUGGESTED)).to_be_visible()
    expect(approach_group(page, NON_EVALUATIVE).get_by_text(SUGGESTED)).to_be_hidden()
    expect_chosen(page, "Instructional coaches")


# --- Step 3: the implementation-readiness questionnaire -------------------------------


def test_step_3_has_eight_statements_each_with_four_ratings_and_a_rationale(page, site):
    assert len(STEP_3_STATEMENTS) == 8
    page.goto(site.url(STEP_3))
    for statement in STEP_3_STATEMENTS:
        expect(rating_group(page, statement).get_by_role("radio")).to_have_count(4)
        for value in (1, 2, 3, 4):
            expect(rating(page, statement, value)).to_be_visible()
        expect(article(page).get_by_role("textbox", name=f"Rationale for: {statement}", exact=True)).to_be_visible()


def test_step_3_counts_statements_rated_and_rationales_written(page, site):
    page.goto(site.url(STEP_3))
    expect(article(page).get_by_text("0 of 8 rated", exact=True)).to_be_visible()
    expect(article(page).get_by_text("0 of 8 written", exact=True)).to_be_visible()

    rate_all(page, STEP_3_STATEMENTS, [3, None, 4, None, 1, None, None, None])
    for statement in STEP_3_STATEMENTS[1:3]:
        article(page).get_by_role("textbox", name=f"Rationale for: {statement}", exact=True).fill("Because we tried.")
    expect(article(page).get_by_text("3 of 8 rated", exact=True)).to_be_visible()
    expect(article(page).get_by_text("2 of 8 written", exact=True)).to_be_visible()


def test_step_3_lists_the_statements_rated_1_or_2_as_areas_to_strengthen(page, site):
    page.goto(site.url(STEP_3))
    expect(article(page).get_by_role("heading", name="Areas to strengthen (rated 1 or 2)")).to_be_visible()
    none_yet = article(page).get_by_text("No statement is rated 1 or 2 so far.", exact=True)
    expect(none_yet).to_be_visible()
    areas = article(page).get_by_role("listitem")
    expect(areas).to_have_count(0)

    rate_all(page, STEP_3_STATEMENTS, [3, 1, 4, 2, 3, 4, 3, 3])
    expect(areas).to_have_text([f"{STEP_3_STATEMENTS[1]} (rated 1)", f"{STEP_3_STATEMENTS[3]} (rated 2)"])
    expect(none_yet).to_be_hidden()

    rate_all(page, STEP_3_STATEMENTS[1:2], [3])
    expect(areas).to_have_text([f"{STEP_3_STATEMENTS[3]} (rated 2)"])


# --- Progress in the navigation -------------------------------------------------------


def test_navigation_shows_step_1_ratings_and_complete(page, site):
    page.goto(site.url(STEP_1))
    expect_nav_progress(page, "Step 1. Cultural Readiness", "0 of 10 rated")
    rate_all(page, STEP_1_STATEMENTS, [3, 2, 4, None, None, None, None, None, None, None])
    expect_nav_progress(page, "Step 1. Cultural Readiness", "3 of 10 rated")

    rate_all(page, STEP_1_STATEMENTS, [None, None, None, 1, 2, 3, 4, 3, 2, 1])
    expect_nav_progress(page, "Step 1. Cultural Readiness", "Complete")
    expect(nav_link(page, "Step 1. Cultural Readiness").get_by_text("rated")).to_have_count(0)

    page.goto(site.url(STEP_3))  # another page's navigation says the same
    expect_nav_progress(page, "Step 1. Cultural Readiness", "Complete")


def test_navigation_shows_step_3_ratings(page, site):
    page.goto(site.url(STEP_3))
    expect_nav_progress(page, "Step 3. Implementation Readiness", "0 of 8 rated")
    rate_all(page, STEP_3_STATEMENTS, [1, 2, 3, 4, 4, None, None, None])
    expect_nav_progress(page, "Step 3. Implementation Readiness", "5 of 8 rated")

    page.goto(site.url(STEP_1))
    expect_nav_progress(page, "Step 3. Implementation Readiness", "5 of 8 rated")


def test_navigation_shows_what_is_written_on_the_evaluative_page(page, site):
    title = "Evaluative approaches to distributed leadership"
    issues = evaluative_issues()
    assert len(issues) == 4
    page.goto(site.url(EVALUATIVE_PAGE))
    expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
    expect_nav_progress(page, title, "0 of 4 written")

    for issue in issues[:2]:
        article(page).get_by_role("textbox", name=f"Write your thoughts here: {issue}", exact=True).fill(
            f"Our thoughts on {issue}."
        )
    expect_nav_progress(page, title, "2 of 4 written")
    page.reload()
    expect_nav_progress(page, title, "2 of 4 written")
