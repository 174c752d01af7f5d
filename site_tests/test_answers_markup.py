"""An answer holding `<script>` or `<img onerror>` is the reader's text: shown as text in
its field, in the import preview, on My plan and in the exported file, and never run."""

import json

from playwright.sync_api import expect

from answer_files.panel import answers_file, choose_file, export_answers, preview
from reader import article

TYPED = '<script>window.injected = 1</script><img src=x onerror="window.injected = 2">'


def purpose(page):
    return page.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True)


def expect_never_run(page):
    assert page.evaluate("window.injected") is None
    expect(page.get_by_role("img", name="x")).to_have_count(0)


def test_markup_in_an_answer_is_text_everywhere_it_shows(page, site, tmp_path):
    page.goto(site.url("evaluative/"))
    purpose(page).fill(TYPED)
    page.reload()
    expect(purpose(page)).to_have_value(TYPED)
    expect_never_run(page)

    # In the preview of a file whose answer differs.
    other = tmp_path / "other.json"
    other.write_text(json.dumps(answers_file({"evaluative-purpose": "Peer feedback."})))
    choose_file(page, other)
    expect(preview(page).get_by_role("list", name="Answers that differ")).to_have_text(
        f"Purpose: yours “{TYPED}”, the file’s “Peer feedback.”"
    )
    expect_never_run(page)
    preview(page).get_by_role("button", name="Cancel").click()

    # On My plan, where every answer is gathered.
    page.goto(site.url("plan/"))
    expect(article(page).get_by_text(TYPED, exact=True)).to_be_visible()
    expect_never_run(page)

    # In the exported file, exactly as typed.
    _, exported = export_answers(page, tmp_path)
    assert exported["answers"]["evaluative-purpose"]["value"] == TYPED


def test_angle_brackets_a_reader_types_survive_export_and_import(page, site, browser, tmp_path):
    """Only script is refused on import: a reader's own notes always load again."""
    notes = "Invite <district name> staff; coaching hours < 10 a week for now."
    page.goto(site.url("evaluative/"))
    purpose(page).fill(notes)
    path, _ = export_answers(page, tmp_path)

    fresh = browser.new_context()
    other = fresh.new_page()
    other.goto(site.url("evaluative/"))
    choose_file(other, path)
    preview(other).get_by_role("button", name="Replace my answers").click()
    expect(purpose(other)).to_have_value(notes)
    fresh.close()
