"""Two tabs of the guide stay in step: each shows the other's changes at once, the later
change wins per answer, and a stale tab never writes back answers cleared elsewhere."""

from playwright.sync_api import expect

from answer_files.panel import open_panel
from reader import STEP_1, article, rate_all, rating, step_1_statements


def test_two_tabs_editing_different_answers_both_keep_both(context, site, guide):
    statements = step_1_statements(guide)
    first, second = context.new_page(), context.new_page()
    first.goto(site.url(STEP_1))
    second.goto(site.url(STEP_1))

    rate_all(first, statements[:1], [4])
    rate_all(second, statements[1:2], [2])
    # Each tab shows the other's answer, and its totals follow.
    expect(first.get_by_role("group", name=statements[1], exact=True).get_by_role("radio", name="2 Disagree")).to_be_checked()
    expect(second.get_by_role("group", name=statements[0], exact=True).get_by_role("radio", name="4 Strongly agree")).to_be_checked()
    expect(article(first).get_by_text("Total rating: 6 of 40")).to_be_visible()
    expect(article(second).get_by_text("Total rating: 6 of 40")).to_be_visible()

    # The later change wins, whichever tab makes it.
    rate_all(first, statements[1:2], [3])
    expect(rating(second, statements[1], 3)).to_be_checked()
    for page in (first, second):
        page.reload()
        expect(rating(page, statements[0], 4)).to_be_checked()
        expect(rating(page, statements[1], 3)).to_be_checked()


def test_writing_in_one_tab_shows_in_the_other(context, site):
    first, second = context.new_page(), context.new_page()
    first.goto(site.url("evaluative/"))
    second.goto(site.url("evaluative/"))
    first.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True).fill("Feedback from peers.")
    second.get_by_role("textbox", name="Write your thoughts here: Training", exact=True).fill("Twice a year.")
    expect(first.get_by_role("textbox", name="Write your thoughts here: Training", exact=True)).to_have_value("Twice a year.")
    expect(second.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True)).to_have_value("Feedback from peers.")
    expect(article(first).get_by_text("2 of 4 written")).to_be_visible()


def test_a_stale_tab_does_not_bring_back_answers_cleared_in_another(context, site, guide):
    statements = step_1_statements(guide)
    first, second = context.new_page(), context.new_page()
    first.goto(site.url(STEP_1))
    rate_all(first, statements[:3], [4, 4, 4])
    second.goto(site.url(STEP_1))
    expect(rating(second, statements[0], 4)).to_be_checked()

    open_panel(first)
    first.get_by_role("button", name="Clear all answers").click()
    first.get_by_role("button", name="Yes, clear all answers").click()
    expect(second.get_by_role("group", name=statements[0], exact=True).get_by_role("radio", checked=True)).to_have_count(0)

    rate_all(second, statements[3:4], [1])  # the second tab goes on answering
    first.reload()
    expect(rating(first, statements[3], 1)).to_be_checked()
    for statement in statements[:3]:
        expect(first.get_by_role("group", name=statement, exact=True).get_by_role("radio", checked=True)).to_have_count(0)


def test_a_tab_whose_answers_another_tab_removed_says_so(context, site, guide):
    statements = step_1_statements(guide)
    first, second = context.new_page(), context.new_page()
    first.goto(site.url(STEP_1))
    rate_all(first, statements[:1], [4])
    second.goto(site.url(STEP_1))
    open_panel(second)
    second.get_by_role("button", name="Forget my answers on this device").click()

    expect(rating(first, statements[0], 4)).not_to_be_checked()
    expect(first.get_by_role("status")).to_have_text(
        "Another tab removed your answers from this device (forgotten, or kept for that visit only). "
        "New answers here are saved again as you go."
    )
    rate_all(first, statements[:1], [3])
    expect(first.get_by_role("status")).to_contain_text("Saved on this device at")
