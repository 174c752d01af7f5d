"""Places to write: saved as typed, restored on return, counted in the page's progress
and in the navigation, and always shown as text."""

import re

from playwright.sync_api import expect

from reader import article

EVALUATIVE = "evaluative/"


def thoughts(page, issue: str):
    return page.get_by_role("textbox", name=f"Write your thoughts here: {issue}", exact=True)


def test_each_key_question_has_a_place_to_write_named_by_its_issue(page, site):
    page.goto(site.url(EVALUATIVE))
    for issue in ["Purpose", "Structure", "Training", "Collective Bargaining"]:
        expect(thoughts(page, issue)).to_be_editable()
    page.goto(site.url("non-evaluative/"))
    for issue in ["Shared Vision", "Purpose", "Structure", "Coordinating Supports"]:
        expect(thoughts(page, issue)).to_be_editable()


def test_thoughts_are_saved_counted_and_restored(page, site):
    page.goto(site.url(EVALUATIVE))
    expect(article(page).get_by_text("0 of 4 written")).to_be_visible()
    thoughts(page, "Purpose").fill("Give every teacher feedback from a content expert.")
    thoughts(page, "Training").fill("Calibrate twice a year.")
    expect(article(page).get_by_text("2 of 4 written")).to_be_visible()
    navigation = page.get_by_role("navigation", name="Navigation")
    expect(navigation.get_by_role("link", name=re.compile("^Evaluative approaches"))).to_contain_text("2 of 4 written")

    page.reload()
    expect(thoughts(page, "Purpose")).to_have_value("Give every teacher feedback from a content expert.")
    expect(thoughts(page, "Training")).to_have_value("Calibrate twice a year.")
    expect(thoughts(page, "Structure")).to_have_value("")
    expect(article(page).get_by_text("2 of 4 written")).to_be_visible()


def test_thoughts_with_only_spaces_do_not_count_as_written(page, site):
    page.goto(site.url(EVALUATIVE))
    thoughts(page, "Purpose").fill("   ")
    expect(article(page).get_by_text("0 of 4 written")).to_be_visible()


def test_markup_in_an_answer_is_shown_as_text_and_never_run(page, site):
    typed = '<script>window.injected = 1</script><img src=x onerror="window.injected = 2">'
    page.goto(site.url(EVALUATIVE))
    thoughts(page, "Purpose").fill(typed)
    page.reload()
    expect(thoughts(page, "Purpose")).to_have_value(typed)
    assert page.evaluate("window.injected") is None
    expect(page.get_by_role("img", name="x")).to_have_count(0)
