"""On a shared computer: answers kept for this visit only (never written to the device,
never seen by other tabs), and a one-click "forget my answers on this device"."""

from playwright.sync_api import expect

from answer_files.panel import STORAGE_KEY, open_panel, stored_answers
from reader import STEP_1, rate_all, rating, step_1_statements

VISIT_ONLY = "Keep my answers for this visit only: they are forgotten when this tab closes, and other tabs do not see them"


def guide_keys(page) -> list[str]:
    return page.evaluate(
        "(key) => [localStorage, sessionStorage].flatMap((s) => Object.keys(s)).filter((k) => k.startsWith(key))",
        STORAGE_KEY,
    )


def test_answers_kept_for_this_visit_only_stay_off_the_device_and_out_of_other_tabs(context, site, guide):
    statements = step_1_statements(guide)
    page = context.new_page()
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:1], [2])  # given before choosing: moved off the device too
    open_panel(page)
    page.get_by_label(VISIT_ONLY).check()
    rate_all(page, statements[1:2], [3])
    expect(page.get_by_role("status")).to_have_text("Kept for this visit only: closing this tab forgets your answers.")
    assert stored_answers(page) == {}

    page.reload()  # the same visit: still there, and still for this visit only
    expect(rating(page, statements[0], 2)).to_be_checked()
    expect(rating(page, statements[1], 3)).to_be_checked()
    open_panel(page)
    expect(page.get_by_label(VISIT_ONLY)).to_be_checked()

    other = context.new_page()
    other.goto(site.url(STEP_1))
    expect(other.get_by_role("group", name=statements[0], exact=True).get_by_role("radio", checked=True)).to_have_count(0)

    # Choosing the device again keeps them there.
    page.get_by_label(VISIT_ONLY).uncheck()
    assert set(stored_answers(page)) == {"informal-leadership", "low-risk-sharing"}


def test_forget_my_answers_removes_everything_of_the_guide_in_one_click(page, site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:3], [2, 3, 4])
    open_panel(page)
    page.get_by_role("button", name="Clear all answers").click()
    page.get_by_role("button", name="No, keep them").click()
    assert guide_keys(page)

    page.get_by_role("button", name="Forget my answers on this device").click()
    expect(page.get_by_text("Your answers are forgotten on this device.", exact=True)).to_be_visible()
    expect(page.get_by_role("group", name=statements[0], exact=True).get_by_role("radio", checked=True)).to_have_count(0)
    assert guide_keys(page) == []
    page.reload()
    expect(page.get_by_role("group", name=statements[2], exact=True).get_by_role("radio", checked=True)).to_have_count(0)
