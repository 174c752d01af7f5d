"""Export my answers, then import them: checked against the schema, previewed, and only
then replaced or merged; nothing changes on cancel."""

import json

import jsonschema
from playwright.sync_api import expect

from answer_files.panel import (
    SCHEMA, answers_file, choose_file, export_answers, open_panel, preview, stored_answers,
)
from conftest import ROOT
from planguide.answers_file import schema_text
from planguide.loader import load_guide
from planguide.model import Choice, KeyQuestions, Profile, Questionnaire
from reader import STEP_1, article, rate_all, rating, step_1_statements


def answer_every_page(page, site, guide) -> list:
    """Gives an answer to every question of every page; returns how to find and check each
    one again (as a function of the page, since the check runs in another browser)."""
    checks = []

    def give(url, find, expected):
        control = find(page)
        control.check() if expected is True else control.fill(expected)
        checks.append((url, find, expected))

    for page_file in guide.pages:
        url = site.url(page_file.markdown_path.removesuffix(".md") + "/")
        for block in page_file.page.blocks:
            if isinstance(block, (Questionnaire, KeyQuestions, Choice, Profile)) and page.url != url:
                page.goto(url)
            if isinstance(block, Questionnaire):
                for number, item in enumerate(block.items):
                    give(url, lambda p, text=item.text, value=number % 4 + 1: rating(p, text, value), True)
                    if block.rationale:
                        name = f"{block.rationale.label} for: {item.text}"
                        give(url, lambda p, name=name: article(p).get_by_role("textbox", name=name, exact=True), f"Rationale {number}")
            elif isinstance(block, KeyQuestions):
                for row in block.rows:
                    name = f"{block.columns.answer}: {row.issue}"
                    give(url, lambda p, name=name: article(p).get_by_role("textbox", name=name, exact=True), f"On {row.issue} ({page_file.name})")
            elif isinstance(block, Choice):
                label, option = block.label, block.groups[-1].options[-1].label
                give(url, lambda p: article(p).get_by_role("group", name=label, exact=True).get_by_role("radio", name=option, exact=True), True)
            elif isinstance(block, Profile):
                for element in block.elements:
                    name = f"{block.columns.notes}: {element.name}"
                    give(url, lambda p, name=name: article(p).get_by_role("textbox", name=name, exact=True), f"Notes on {element.name}")
    return checks


def expect_answers(page, checks) -> None:
    for url, find, expected in checks:
        if page.url != url:
            page.goto(url)
        if expected is True:
            expect(find(page)).to_be_checked()
        else:
            expect(find(page)).to_have_value(expected)


def test_the_committed_schema_is_the_one_the_model_makes():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(load_guide(ROOT / "content")), (
        "schema/answers.schema.json is out of date: run `python build.py schema`"
    )


def test_export_then_import_in_a_fresh_browser_restores_every_page(browser, site, guide, tmp_path):
    first = browser.new_context()
    page = first.new_page()
    checks = answer_every_page(page, site, guide)
    open_panel(page)
    page.get_by_label("Your name (optional)").fill("Ana Silva")
    page.get_by_label("Your role (optional)").fill("Union leader")
    path, exported = export_answers(page, tmp_path)
    first.close()

    jsonschema.validate(exported, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert exported["person"] == {"name": "Ana Silva", "role": "Union leader"}
    assert exported["guide_id"] == guide.guide.id and exported["content_version"] == guide.guide.content_version
    assert len(exported["answers"]) == len(checks)
    print(f"exported file for a fully answered guide: {path.stat().st_size} bytes")

    fresh = browser.new_context()
    page = fresh.new_page()
    page.goto(site.url(STEP_1))
    choose_file(page, path)
    shown = preview(page)
    expect(shown).to_contain_text(f"Answers it holds: {len(checks)}")
    expect(shown).to_contain_text("By: Ana Silva, Union leader")
    expect(shown).to_contain_text(f"Questions you have not answered yet: {len(checks)}")
    shown.get_by_role("button", name="Replace my answers").click()
    expect(page.get_by_text(f"Your answers were replaced by the {len(checks)} answers from the file.")).to_be_visible()
    expect_answers(page, checks)
    fresh.close()


def test_the_preview_says_what_differs_and_cancel_changes_nothing(page, site, guide, tmp_path):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:2], [1, 2])
    before = stored_answers(page)
    path = tmp_path / "answers.json"
    ids = [item.id for item in guide.questionnaires["cultural-readiness"][0].items]
    path.write_text(json.dumps(answers_file({ids[0]: 1, ids[1]: 4, ids[2]: 3})))

    choose_file(page, path)
    shown = preview(page)
    expect(shown).to_contain_text("The same as yours: 1")
    expect(shown).to_contain_text("Different from yours: 1")
    expect(shown).to_contain_text("Questions you have not answered yet: 1")
    expect(shown.get_by_role("list", name="Answers that differ")).to_have_text(f"{statements[1]}: yours “2 (Disagree)”, the file’s “4 (Strongly agree)”")
    shown.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("Nothing was imported: your answers are unchanged.")).to_be_visible()
    expect(shown).to_be_hidden()
    assert stored_answers(page) == before
    expect(rating(page, statements[1], 2)).to_be_checked()


def test_merge_keeps_the_more_recent_answer_to_each_question(page, site, guide, tmp_path):
    statements = step_1_statements(guide)
    ids = [item.id for item in guide.questionnaires["cultural-readiness"][0].items]
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:2], [1, 2])  # given now: more recent than the file's
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers_file({ids[1]: 4, ids[2]: 3})))

    choose_file(page, path)
    preview(page).get_by_role("button", name="Merge into my answers").click()
    expect(page.get_by_text("The answers from the file were merged into yours.")).to_be_visible()
    expect(rating(page, statements[0], 1)).to_be_checked()  # only here: kept
    expect(rating(page, statements[1], 2)).to_be_checked()  # here, and more recent: kept
    expect(rating(page, statements[2], 3)).to_be_checked()  # only in the file: added


def test_replace_removes_answers_the_file_does_not_hold(page, site, guide, tmp_path):
    statements = step_1_statements(guide)
    ids = [item.id for item in guide.questionnaires["cultural-readiness"][0].items]
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:2], [1, 2])
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers_file({ids[1]: 4})))

    choose_file(page, path)
    expect(preview(page)).to_contain_text("Your answers that it does not hold: 1")
    preview(page).get_by_role("button", name="Replace my answers").click()
    expect(rating(page, statements[1], 4)).to_be_checked()
    expect(rating_group_checked(page, statements[0])).to_have_count(0)
    page.reload()
    expect(rating(page, statements[1], 4)).to_be_checked()
    expect(rating_group_checked(page, statements[0])).to_have_count(0)


def rating_group_checked(page, statement):
    return page.get_by_role("group", name=statement, exact=True).locator("input:checked")
