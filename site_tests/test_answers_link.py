"""Share by link: the answers, compressed, after the "#" of a link (the part a browser
never sends); opening it goes through the same check and preview as a file, and the
address bar is cleaned so the answers do not linger in history."""

import base64
import json
import zlib

from playwright.sync_api import expect

from answer_files.panel import open_panel, preview
from reader import STEP_1, rate_all, rating, step_1_statements

RATINGS = [4, 3, 3, 2, 3, 3, 2, 3, 3, 1]


def test_a_link_to_my_answers_opens_them_in_another_browser_after_a_preview(browser, site, guide):
    statements = step_1_statements(guide)
    sharing = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = sharing.new_page()
    page.goto(site.url("evaluative/"))
    page.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True).fill("Peer feedback for every teacher. " * 10)
    page.goto(site.url(STEP_1))
    rate_all(page, statements, RATINGS)
    open_panel(page)
    page.get_by_role("button", name="Copy a link to my answers").click()
    expect(page.get_by_text("Link copied.")).to_be_visible()
    link = page.get_by_label("Link to your answers").input_value()
    assert page.evaluate("navigator.clipboard.readText()") == link
    print(f"link with 10 ratings and one 330-character answer: {len(link)} characters")
    sharing.close()

    # Only the part before "#" would reach a server: it names the page, not the answers.
    assert link.startswith(site.url(STEP_1) + "#answers=")
    packed = link.split("#answers=", 1)[1]
    shared = json.loads(zlib.decompress(base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4))))
    assert shared["answers"]["shared-vision"]["value"] == 1

    receiving = browser.new_context()
    page = receiving.new_page()
    page.goto(link)
    shown = page.get_by_role("region", name="From the link you opened")
    expect(shown).to_contain_text("Answers it holds: 11")
    assert page.url == site.url(STEP_1)  # cleaned at once, before any choice
    shown.get_by_role("button", name="Replace my answers").click()
    expect(rating(page, statements[0], 4)).to_be_checked()
    expect(rating(page, statements[-1], 1)).to_be_checked()
    receiving.close()


def test_a_link_cut_short_changes_nothing_and_says_so(page, site, guide):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:1], [2])
    page.goto(site.url(STEP_1) + "#answers=eJyrVkrLz1eyUkpKLFKqBQAd")
    expect(page.get_by_text("This link to answers cannot be read")).to_be_visible()
    expect(rating(page, statements[0], 2)).to_be_checked()
    assert page.url == site.url(STEP_1)


def test_a_link_holding_a_bad_answer_is_refused_like_a_file(page, site):
    file = {"format": "planguide-answers", "format_version": 1, "guide_id": "ma-distributed-leadership",
            "content_version": "x", "exported_at": "2026-01-05T10:00:00.000Z",
            "answers": {"evaluative-purpose": {"value": "<img src=x onerror=alert(1)>", "at": "2026-01-05T09:00:00.000Z"}}}
    packed = base64.urlsafe_b64encode(zlib.compress(json.dumps(file).encode())).decode().rstrip("=")
    page.goto(site.url("evaluative/") + "#answers=" + packed)
    expect(page.get_by_text("This file cannot be loaded: its answer to “Purpose” holds HTML or script")).to_be_visible()
    expect(page.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True)).to_have_value("")
