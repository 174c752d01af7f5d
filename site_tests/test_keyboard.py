"""Keyboard only, from the first question to the last: every rating can be given, focus is
visible, and the running total never covers the control that has focus."""

import pytest
from playwright.sync_api import expect

from reader import STEP_1, article, rating, step_1_statements

FOCUS_SEEN = """() => {
  const label = document.activeElement.closest('label');
  const summary = document.querySelector('[data-pg-summary]').getBoundingClientRect();
  const box = label.getBoundingClientRect();
  const sticky = getComputedStyle(document.querySelector('[data-pg-summary]')).position === 'sticky';
  return {
    outlined: getComputedStyle(label).outlineStyle !== 'none',
    covered: sticky && box.bottom > summary.top && box.top < summary.bottom,
  };
}"""


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 720}, {"width": 360, "height": 640}])
def test_step_1_can_be_rated_from_first_to_last_with_the_keyboard(page, site, guide, viewport):
    page.set_viewport_size(viewport)
    page.goto(site.url(STEP_1))
    statements = step_1_statements(guide)

    for _ in range(100):  # Tab from the top of the page into the first question
        page.keyboard.press("Tab")
        if rating(page, statements[0], 1).evaluate("radio => radio === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the first question")

    for index, statement in enumerate(statements):
        if index:
            page.keyboard.press("Tab")
        expect(rating(page, statement, 1)).to_be_focused()
        page.keyboard.press("Space")
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        expect(rating(page, statement, 3)).to_be_checked()
        seen = page.evaluate(FOCUS_SEEN)
        assert seen == {"outlined": True, "covered": False}, statement

    expect(article(page).get_by_text("Total 30 of 40: 30 ≥ 25 suggests an evaluative approach.")).to_be_visible()
