"""Step 4: the gaps table fed by Step 1's low ratings, and the strategy profile's marks.

Answers are given as a reader gives them: rated on Step 1's and Step 3's own pages, then
read back on Step 4. Statement texts and reasons come from the loaded content.
"""

import re

import pytest
from playwright.sync_api import expect

from conftest import ROOT
from planguide.loader import load_guide
from planguide.model import Profile
from reader import STEP_1, article, questionnaire, rate_all, rating, step_1_statements

STEP_3 = "step-3/"
STEP_4 = "step-4/"
CHOOSER = "More than 3 statements are rated 2 or lower. Choose which 3 to reflect on:"
FREE_NOTES = "Areas you want to strengthen"
ORIGINAL_GUIDE = "(A link the original guide makes.)"
THIS_SITE = "(This site’s suggestion, not the original guide’s.)"

STATEMENTS = step_1_statements(load_guide(ROOT / "content"))  # S0 to S9 below

# Five statements qualify: S1 and S9 rated 1, then S0, S3 and S6 rated 2.
FIVE_LOW = [2, 1, 3, 2, 3, 3, 2, 3, 3, 1]


def step_3_statements(guide) -> list[str]:
    return [item.text for item in questionnaire(guide, "implementation-readiness").items]


def rate_step_1(page, site, values) -> None:
    page.goto(site.url(STEP_1))
    rate_all(page, STATEMENTS, values)


def open_step_4(page, site) -> None:
    page.goto(site.url(STEP_4))
    expect(page.get_by_role("heading", level=1, name="Step 4. Implementation Planning")).to_be_visible()


def reflection(page, statement):
    return article(page).get_by_role("textbox", name=f"Reflection on: {statement}", exact=True)


def shown_reflections(page):
    return article(page).get_by_role("textbox", name=re.compile(r"^Reflection on: "))


def expect_gaps(page, shown: list[tuple[int, int]]) -> None:
    """Exactly these rows show, in this order: (Step 1 statement index, its rating)."""
    boxes = shown_reflections(page)
    expect(boxes).to_have_count(len(shown))
    for position, (index, value) in enumerate(shown):
        statement = STATEMENTS[index]
        expect(boxes.nth(position)).to_have_accessible_name(f"Reflection on: {statement}")
        row_text = re.compile(rf"^\s*{re.escape(statement)}\s+\(rated {value}\)\s*$")
        expect(article(page).get_by_role("paragraph").filter(has_text=row_text)).to_be_visible()


def chooser(page):
    return article(page).get_by_role("group", name=CHOOSER, exact=True)


def pick(page, index, value):
    return chooser(page).get_by_role("checkbox", name=f"{STATEMENTS[index]} (rated {value})", exact=True)


def profile_element(page, name):
    """A strategy-profile element: a region named by its heading (and its badge, if shown)."""
    escaped = re.escape(name).replace("/", r"\/")  # Playwright sends the pattern as /source/
    return article(page).get_by_role("region", name=re.compile(rf"^{escaped}( Needs attention)?$"))


def profile(guide) -> Profile:
    for page_file in guide.pages:
        for block in page_file.page.blocks:
            if isinstance(block, Profile):
                return block
    raise LookupError("profile")


def attention_reason(guide, item_id) -> str:
    for element in profile(guide).elements:
        for attention in element.attention:
            if attention.item == item_id:
                return attention.reason
    raise LookupError(item_id)


# --- The gaps table ------------------------------------------------------------------


def test_low_ratings_show_lowest_first_with_ties_in_questionnaire_order(page, site):
    rate_step_1(page, site, [2, 3, 1, 3, 3, 4, 3, 3, 2, 3])
    open_step_4(page, site)
    expect_gaps(page, [(2, 1), (0, 2), (8, 2)])
    expect(chooser(page)).to_have_count(0)
    expect(article(page).get_by_role("textbox", name=FREE_NOTES)).to_be_hidden()


def test_more_than_three_low_ratings_offer_a_choice_of_the_lowest_three(page, site):
    rate_step_1(page, site, FIVE_LOW)
    open_step_4(page, site)
    expect_gaps(page, [(1, 1), (9, 1), (0, 2)])
    expect(chooser(page)).to_be_visible()
    expect(chooser(page).get_by_role("checkbox")).to_have_count(5)
    for index, value in [(1, 1), (9, 1), (0, 2)]:
        expect(pick(page, index, value)).to_be_checked()
        expect(pick(page, index, value)).to_be_enabled()
    for index, value in [(3, 2), (6, 2)]:
        expect(pick(page, index, value)).not_to_be_checked()
        expect(pick(page, index, value)).to_be_disabled()


def test_unchecking_one_and_checking_another_swaps_the_rows(page, site):
    rate_step_1(page, site, FIVE_LOW)
    open_step_4(page, site)
    pick(page, 0, 2).uncheck()
    expect_gaps(page, [(1, 1), (9, 1)])
    expect(pick(page, 3, 2)).to_be_enabled()
    expect(pick(page, 6, 2)).to_be_enabled()

    pick(page, 3, 2).check()
    expect_gaps(page, [(1, 1), (9, 1), (3, 2)])
    expect(pick(page, 0, 2)).to_be_disabled()
    expect(pick(page, 6, 2)).to_be_disabled()


def test_a_pick_stays_while_it_still_qualifies(page, site):
    rate_step_1(page, site, FIVE_LOW)
    open_step_4(page, site)
    pick(page, 0, 2).uncheck()
    pick(page, 3, 2).check()
    expect_gaps(page, [(1, 1), (9, 1), (3, 2)])

    # S5 now rated 1 would be among the lowest three, but the reader's picks still qualify.
    rate_step_1(page, site, [None, None, None, None, None, 1, None, None, None, None])
    open_step_4(page, site)
    expect_gaps(page, [(1, 1), (9, 1), (3, 2)])
    expect(pick(page, 5, 1)).not_to_be_checked()
    expect(pick(page, 5, 1)).to_be_disabled()


def test_a_pick_that_no_longer_qualifies_gives_way_to_the_next_lowest(page, site):
    rate_step_1(page, site, FIVE_LOW)
    open_step_4(page, site)
    pick(page, 1, 1).uncheck()
    pick(page, 0, 2).uncheck()
    pick(page, 3, 2).check()
    pick(page, 6, 2).check()
    expect_gaps(page, [(9, 1), (3, 2), (6, 2)])

    # S3 re-rated 4: S1 (rated 1) is the lowest not picked, ahead of S0 (rated 2).
    rate_step_1(page, site, [None, None, None, 4, None, None, None, None, None, None])
    open_step_4(page, site)
    expect_gaps(page, [(1, 1), (9, 1), (6, 2)])
    expect(pick(page, 0, 2)).not_to_be_checked()


def test_with_no_statement_rated_2_or_lower_the_reader_can_note_areas_to_strengthen(page, site):
    rate_step_1(page, site, [3, 4, 3, 3, 4, 3, 3, 4, 3, 3])
    open_step_4(page, site)
    expect(article(page).get_by_text(
        "None of your statements in Step 1. Cultural Readiness is rated 2 or lower: no gap to "
        "reflect on. You can still note any area you want to strengthen below."
    )).to_be_visible()
    expect(article(page).get_by_role("textbox", name=FREE_NOTES, exact=True)).to_be_visible()
    expect(shown_reflections(page)).to_have_count(0)
    expect(article(page).get_by_text("are not rated yet")).to_be_hidden()


def test_while_step_1_is_partly_rated_the_page_says_how_many_are_unrated(page, site):
    open_step_4(page, site)
    expect(article(page).get_by_text(
        "10 of the 10 statements in Step 1. Cultural Readiness are not rated yet: rate them to see every gap."
    )).to_be_visible()
    expect(article(page).get_by_text("no gap to reflect on")).to_be_hidden()

    rate_step_1(page, site, [1, 3, 3, None, 4, None, 3, None, 3, 3])
    open_step_4(page, site)
    expect(article(page).get_by_text(
        "3 of the 10 statements in Step 1. Cultural Readiness are not rated yet: rate them to see every gap."
    )).to_be_visible()
    expect_gaps(page, [(0, 1)])
    expect(article(page).get_by_text("no gap to reflect on")).to_be_hidden()


def test_a_reflection_stays_with_its_statement_when_rows_move(page, site):
    rate_step_1(page, site, [3, 3, 3, 3, 3, 2, 3, 3, 3, 3])
    open_step_4(page, site)
    expect_gaps(page, [(5, 2)])
    reflection(page, STATEMENTS[5]).fill("Build time for shared reflection into the calendar.")

    # S2 rated 1 comes first: S5's text moves down with S5, the new first row is empty.
    rate_step_1(page, site, [None, None, 1, None, None, None, None, None, None, None])
    open_step_4(page, site)
    expect_gaps(page, [(2, 1), (5, 2)])
    expect(reflection(page, STATEMENTS[2])).to_have_value("")
    expect(reflection(page, STATEMENTS[5])).to_have_value("Build time for shared reflection into the calendar.")

    # S5 out (rated 3), then back in (rated 2): its text comes back with it.
    rate_step_1(page, site, [None, None, None, None, None, 3, None, None, None, None])
    open_step_4(page, site)
    expect_gaps(page, [(2, 1)])
    expect(reflection(page, STATEMENTS[2])).to_have_value("")
    rate_step_1(page, site, [None, None, None, None, None, 2, None, None, None, None])
    open_step_4(page, site)
    expect_gaps(page, [(2, 1), (5, 2)])
    expect(reflection(page, STATEMENTS[2])).to_have_value("")
    expect(reflection(page, STATEMENTS[5])).to_have_value("Build time for shared reflection into the calendar.")


def test_reflections_are_saved_across_a_reload(page, site):
    rate_step_1(page, site, [3, 1, 3, 3, 3, 3, 2, 3, 3, 3])
    open_step_4(page, site)
    expect_gaps(page, [(1, 1), (6, 2)])
    reflection(page, STATEMENTS[1]).fill("Start with one low-risk peer visit a month.")
    reflection(page, STATEMENTS[6]).fill("Ask for stipends in next year's budget.")
    page.reload()
    expect(reflection(page, STATEMENTS[1])).to_have_value("Start with one low-risk peer visit a month.")
    expect(reflection(page, STATEMENTS[6])).to_have_value("Ask for stipends in next year's budget.")


# --- The strategy profile's attention marks ------------------------------------------

# Each statement whose low rating marks an element, what rating to give, the element
# it marks, and who makes that link.
MARKS = [
    ("shared-vision", 1, "Description", ORIGINAL_GUIDE),
    ("clear-aspiration", 2, "Description", THIS_SITE),
    ("clear-owner", 2, "Leader", THIS_SITE),
    ("data-and-root-causes", 1, "Success", THIS_SITE),
    ("progress-routines", 2, "Sources of Evidence", THIS_SITE),
    ("written-plan", 1, "Milestones", THIS_SITE),
    ("building-capacity", 2, "Risks/Mitigation Strategies", THIS_SITE),
    ("communicating-with-stakeholders", 1, "Stakeholders & Communications", THIS_SITE),
    ("stakeholder-relationships", 2, "Stakeholders & Communications", ORIGINAL_GUIDE),
]


def rate_one(page, site, guide, item_id, value) -> tuple[str, str]:
    """Rates one statement on its own step's page; returns its text and that page's title."""
    item, source, item_page = guide.items[item_id]
    page.goto(site.url(STEP_1 if source.id == "cultural-readiness" else STEP_3))
    rating(page, item.text, value).check()
    return item.text, item_page.page.title


@pytest.mark.parametrize(("item_id", "value", "element", "origin"), MARKS, ids=[mark[0] for mark in MARKS])
def test_a_low_rating_marks_its_profile_element_and_says_who_links_them(page, site, guide, item_id, value, element, origin):
    statement, step_title = rate_one(page, site, guide, item_id, value)
    open_step_4(page, site)
    region = profile_element(page, element)
    expect(region.get_by_text(f"You rated “{statement}”")).to_have_text(
        f"You rated “{statement}” {value} in {step_title}. {attention_reason(guide, item_id)} {origin}"
    )
    expect(region.get_by_role("heading")).to_have_accessible_name(f"{element} Needs attention")
    expect(article(page).get_by_text("Needs attention", exact=True).filter(visible=True)).to_have_count(1)


def test_a_low_shared_vision_mark_names_step_1_and_the_original_guide(page, site, guide):
    rate_step_1(page, site, [None] * 9 + [1])
    open_step_4(page, site)
    expect(profile_element(page, "Description").get_by_text("You rated “We have a shared vision")).to_have_text(
        "You rated “We have a shared vision of strong instructional practice.” 1 in Step 1. Cultural "
        f"Readiness. {attention_reason(guide, 'shared-vision')} (A link the original guide makes.)"
    )


def test_ratings_of_3_or_4_raise_no_mark(page, site, guide):
    stakeholders = step_3_statements(guide)[7]
    rate_step_1(page, site, [None] * 9 + [2])
    page.goto(site.url(STEP_3))
    rating(page, stakeholders, 1).check()
    open_step_4(page, site)
    badges = article(page).get_by_text("Needs attention", exact=True).filter(visible=True)
    expect(badges).to_have_count(2)

    rate_step_1(page, site, [None] * 9 + [3])
    page.goto(site.url(STEP_3))
    rating(page, stakeholders, 4).check()
    open_step_4(page, site)
    expect(badges).to_have_count(0)
    expect(article(page).get_by_text("You rated").filter(visible=True)).to_have_count(0)
    expect(profile_element(page, "Description").get_by_role("heading")).to_have_accessible_name("Description")


def test_every_profile_element_has_notes_that_are_saved(page, site, guide):
    names = [element.name for element in profile(guide).elements]
    assert len(names) == 7
    open_step_4(page, site)
    for name in names:
        profile_element(page, name).get_by_role("textbox", name=f"Notes: {name}", exact=True).fill(f"Our plan for {name}.")
    page.reload()
    for name in names:
        expect(profile_element(page, name).get_by_role("textbox", name=f"Notes: {name}", exact=True)).to_have_value(
            f"Our plan for {name}."
        )
