"""Blocked, full or damaged storage never breaks a page (the `page` fixture fails a test
on any script error, Material's own scripts included). Blocked or full: the page works for
the visit and says answers will not be kept. Damaged: what can be read is kept, the
original is set aside, not deleted, and the reader is told."""

import json

import re

import pytest
from playwright.sync_api import expect

from answer_files.panel import STORAGE_KEY, export_answers
from reader import STEP_1, article, rate_all, rating, step_1_statements

NOT_KEPT = "This browser is not letting the guide save: your answers will not be kept after you leave this page."
RATINGS = [4, 3, 3, 2, 3, 3, 2, 3, 3, 1]  # total 27
DAMAGED = "Some of your saved answers could not be read. Everything that could be read is back on the page"

BLOCKED = {
    # As with cookies blocked: touching either storage at all throws.
    "storage refused": """
        for (const name of ['localStorage', 'sessionStorage']) {
            Object.defineProperty(window, name, { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
        }
    """,
    "reads throw": """
        Storage.prototype.getItem = function () { throw new DOMException('denied', 'SecurityError'); };
    """,
    "writes throw (storage full)": """
        Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    """,
}


@pytest.mark.parametrize("how", BLOCKED)
def test_blocked_or_full_storage_keeps_answers_for_the_visit_and_says_so(page, site, guide, how, tmp_path):
    page.add_init_script(BLOCKED[how])
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    expect(page.get_by_role("status")).to_have_text(NOT_KEPT)
    rate_all(page, statements, RATINGS)
    expect(article(page).get_by_text("Total 27 of 40: 27 ≥ 25 suggests an evaluative approach.")).to_be_visible()

    # Material's palette toggle stores its choice too: it must not raise either.
    page.get_by_title("Switch to dark mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")

    # Instant navigation keeps the page's window, and with it the visit's answers.
    page.get_by_role("link", name="Next: Overview").click()
    expect(page.get_by_role("heading", level=1, name="Step 2. Approaches")).to_be_visible()
    page.get_by_role("link", name="Previous: Step 1. Cultural Readiness").click()
    expect(rating(page, statements[0], 4)).to_be_checked()
    expect(page.get_by_role("status")).to_have_text(NOT_KEPT)

    # A copy can still be saved to a file: the way to keep them when the browser will not.
    _, exported = export_answers(page, tmp_path)
    assert exported["answers"]["informal-leadership"]["value"] == 4

    # The shared-computer option changes nothing here, and raises nothing (the page fixture
    # fails the test on any page error); the visit's answers stay.
    page.get_by_role("checkbox", name=re.compile("^Keep my answers for this visit only")).check()
    expect(rating(page, statements[0], 4)).to_be_checked()


def put_in_storage(page, site, raw: str) -> None:
    page.goto(site.url())
    page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [STORAGE_KEY, raw])


def set_aside(page) -> list[str]:
    return page.evaluate(
        "(key) => Object.keys(localStorage).filter((k) => k.startsWith(key + ':damaged:')).map((k) => localStorage.getItem(k))",
        STORAGE_KEY,
    )


def test_unreadable_saved_answers_are_set_aside_and_the_reader_is_told(page, site, guide):
    raw = "{this is not JSON"
    put_in_storage(page, site, raw)
    page.goto(site.url(STEP_1))
    expect(page.get_by_role("alert")).to_contain_text(DAMAGED)
    assert set_aside(page) == [raw]
    rate_all(page, step_1_statements(guide)[:1], [3])
    expect(page.get_by_role("status")).to_contain_text("Saved on this device at")


def test_answers_that_can_be_read_are_kept_from_a_value_cut_short(page, site, guide):
    statements = step_1_statements(guide)
    at = "2026-01-05T09:00:00.000Z"
    whole = json.dumps({"format": 2, "contentVersion": "x", "clearedAt": None, "answers": {
        "informal-leadership": {"value": 4, "at": at}, "low-risk-sharing": {"value": 2, "at": at},
        "trust-and-dialogue": {"value": 1, "at": at},
    }}, separators=(",", ":"))
    cut = whole[: whole.index('"trust-and-dialogue"') + 25]  # the last answer is cut in half
    put_in_storage(page, site, cut)
    page.goto(site.url(STEP_1))
    expect(page.get_by_role("alert")).to_contain_text(DAMAGED)
    expect(rating(page, statements[0], 4)).to_be_checked()
    expect(rating(page, statements[1], 2)).to_be_checked()
    assert set_aside(page) == [cut]
    page.reload()  # what was read is stored again: no second warning
    expect(rating(page, statements[1], 2)).to_be_checked()
    expect(page.get_by_role("alert")).to_be_hidden()


def test_valid_answers_inside_a_partly_damaged_value_are_kept(page, site, guide):
    statements = step_1_statements(guide)
    at = "2026-01-05T09:00:00.000Z"
    raw = json.dumps({"format": 2, "answers": {
        "informal-leadership": {"value": 3, "at": at},
        "low-risk-sharing": {"value": {"nested": True}, "at": at},
        "trust-and-dialogue": "four",
    }})
    put_in_storage(page, site, raw)
    page.goto(site.url(STEP_1))
    expect(page.get_by_role("alert")).to_contain_text(DAMAGED)
    expect(rating(page, statements[0], 3)).to_be_checked()
    assert set_aside(page) == [raw]


def test_answers_saved_by_a_newer_version_are_shown_and_never_overwritten(page, site, guide):
    raw = json.dumps({
        "format": 99, "contentVersion": "2099.1", "clearedAt": None,
        "answers": {"shared-vision": {"value": 2, "at": "2026-12-01T10:00:00.000Z"}},
    })
    put_in_storage(page, site, raw)
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    expect(rating(page, statements[-1], 2)).to_be_checked()
    expect(page.get_by_role("status")).to_have_text(re.compile("^Your saved answers were written by a newer version of this guide"))

    rate_all(page, statements[:1], [4])  # works for the visit...
    expect(article(page).get_by_text("Total rating: 6 of 40")).to_be_visible()
    # ...and leaves the newer version's answers exactly as they were.
    assert page.evaluate("(key) => localStorage.getItem(key)", STORAGE_KEY) == raw
