"""Printing: every page prints clean, answers print whole and as chosen, a blank page is a
worksheet, and My plan prints as a packet holding every step's answers. Each test renders
a real PDF (print media) and reads its text back as a person reading the paper would."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from planguide.model import Choice, KeyQuestions, Profile, Questionnaire
from reader import STEP_1, article, questionnaire, rate_all, step_1_statements

ARTIFACTS = Path(__file__).parent / "artifacts"
STEP_1_RATINGS = [4, 1, 3, 2, 3, 2, 2, 1, 3, 1]  # total 22: non-evaluative


def printed_text(page, *, paper: str = "Letter", keep_as: str | None = None) -> str:
    page.emulate_media(media="print")
    pdf = page.pdf(format=paper)
    page.emulate_media(media="screen")
    if keep_as:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / keep_as).write_bytes(pdf)
    text = "\n".join(sheet.extract_text() for sheet in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def long_answer() -> str:
    sentences = [f"Sentence {n} of our thinking about why evaluators need content expertise." for n in range(1, 46)]
    answer = " ".join(sentences) + " Our very last sentence says we will pilot it in two schools."
    assert len(answer) > 3000
    return answer


def test_a_long_written_answer_prints_whole_without_the_site_around_it(page, site):
    page.goto(site.url("evaluative/"))
    page.get_by_role("textbox", name="Write your thoughts here: Purpose").fill(long_answer())
    for paper in ("Letter", "A4"):
        text = printed_text(page, paper=paper)
        assert "Sentence 1 of our thinking" in text
        assert "Our very last sentence says we will pilot it in two schools." in text
        assert "What is the primary purpose for expanding the pool of evaluators" in text
        # The site's navigation, search, footer and save status stay off paper.
        for screen_only in ["Table of contents", "Conclusion and resources", "Switch to dark mode",
                            "Saved on this device", "Next", "Your answers are saved"]:
            assert screen_only not in text, screen_only


def test_each_question_prints_on_the_page_where_its_answer_starts(page, site):
    # Four long answers put questions at many places down the pages, near page ends too.
    questions = {
        "Purpose": "What is the primary purpose for expanding the pool of evaluators",
        "Structure": "How could you leverage existing structures to support your goals",
        "Training": "How would multiple evaluators be trained and calibrated",
        "Collective Bargaining": "If it is permissive, how does this inform your structures and implementation?",
    }
    page.goto(site.url("evaluative/"))
    for issue in questions:
        page.get_by_role("textbox", name=f"Write your thoughts here: {issue}").fill(f"Answer on {issue} begins. " + long_answer())
    for paper in ("Letter", "A4"):
        page.emulate_media(media="print")
        pdf = page.pdf(format=paper)
        sheets = [re.sub(r"\s+", " ", sheet.extract_text()) for sheet in PdfReader(io.BytesIO(pdf)).pages]
        for issue, question in questions.items():
            start = next(n for n, sheet in enumerate(sheets) if f"Answer on {issue} begins." in sheet)
            assert question in sheets[start], f"{paper}: {issue} is split from its answer"


def test_a_printed_page_says_what_it_is_and_when_it_was_printed(page, site):
    page.goto(site.url("evaluative/"))
    text = printed_text(page)
    assert text.startswith("Interactive Planning Guide for Distributed Leadership · printed ")
    assert re.search(r"printed \w+ \d{1,2}, \d{4}|printed \d{1,2} \w+ \d{4}", text)
    assert "Evaluative approaches to distributed leadership" in text


def test_links_print_an_address_only_where_paper_needs_one(page, site, guide):
    page.goto(site.url("conclusion/"))
    text = printed_text(page)
    assert text.count("EducatorDevelopment@mass.edu") == 1  # its text is already the address
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), STEP_1_RATINGS)
    text = printed_text(page)
    assert "Read about non-evaluative approaches" in text
    assert "(http" not in text  # the guide's own pages need no address on paper
    page.goto(site.url("step-3/"))
    text = printed_text(page)
    assert "See: https://www.deliveryinstitute.org/product/1b-" in text
    assert "Continue to Step 4" not in text  # a screen button


def test_chosen_ratings_print_ticked(page, site, guide):
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), STEP_1_RATINGS)
    text = printed_text(page)
    assert "✕4 Strongly agree" in text
    assert text.count("✕") == 10
    assert "Total rating: 22 of 40" in text
    assert "Total 22 of 40: 22 < 25 suggests a non-evaluative approach." in text


def test_a_blank_step_1_prints_as_a_worksheet(page, site, guide):
    page.goto(site.url(STEP_1))
    text = printed_text(page)
    for label in ["1 Strongly disagree", "2 Disagree", "3 Agree", "4 Strongly agree"]:
        assert text.count(label) == len(step_1_statements(guide)), label
    assert "✕" not in text
    assert "Total rating: ____________ of 40" in text
    assert "Total rating: 0 of 40" not in text


def test_a_blank_step_3_has_every_rating_and_room_for_every_rationale(page, site, guide):
    page.goto(site.url("step-3/"))
    text = printed_text(page)
    assert text.count("Rationale") >= len(questionnaire(guide, "implementation-readiness").items)
    assert text.count("4 Strongly agree") == 8


def fill_every_step(page, site, guide):
    """A reader's answers across the guide, given through the forms."""
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide), STEP_1_RATINGS)
    page.goto(site.url("evaluative/"))
    page.get_by_role("textbox", name="Write your thoughts here: Purpose").fill("Give teachers feedback from content experts.")
    page.goto(site.url("step-3/"))
    page.get_by_role("radio", name="Instructional coaches").check()
    items = questionnaire(guide, "implementation-readiness").items
    rate_all(page, [item.text for item in items], [3, 2, 1, 4, 3, 2, 3, 1])
    page.get_by_role("textbox", name=f"Rationale for: {items[0].text}").fill("Goals exist but are not measurable yet.")
    page.goto(site.url("step-4/"))
    page.get_by_role("textbox", name="Reflection on: We have a shared vision of strong instructional practice.").fill(
        "Start the year with a shared-vision workshop."
    )
    page.get_by_role("textbox", name="Notes: Description", exact=True).fill("Coaches in every school, <script>not code</script>.")


def test_my_plan_gathers_every_step_and_prints_as_a_packet(page, site, guide):
    fill_every_step(page, site, guide)
    page.goto(site.url("plan/"))
    page.get_by_role("textbox", name="District").fill("Example Regional School District")
    page.get_by_role("textbox", name="Team members").fill("A. Principal, B. Union lead, C. Teacher")
    expect(page.get_by_role("button", name="Print my plan")).to_be_visible()

    text = printed_text(page, keep_as="my-plan.pdf")
    expected_in_order = [
        "Planning packet", "Example Regional School District", "A. Principal, B. Union lead, C. Teacher",
        "Step 1. Cultural Readiness", "Rating: 4 (Strongly agree)",
        "Total 22 of 40: 22 < 25 suggests a non-evaluative approach.",
        "Evaluative approaches to distributed leadership", "Give teachers feedback from content experts.",
        "Step 3. Implementation Readiness", "Instructional coaches (Non-evaluative approaches)",
        "Goals exist but are not measurable yet.",
        "Step 4. Implementation Planning", "Start the year with a shared-vision workshop.",
        "Description", "Coaches in every school, <script>not code</script>.",
    ]
    positions = [text.find(part) for part in expected_in_order]
    assert -1 not in positions, [part for part, at in zip(expected_in_order, positions) if at == -1]
    assert positions == sorted(positions), "My plan is not in the guide's order"
    assert "Not answered" in text  # e.g. the key questions left empty
    assert "Print my plan" not in text


def answers_my_plan_shows(guide) -> int:
    """Every rating, choice and always-shown place to write of the guide (gap reflections
    show only for gaps, and there are none while nothing is rated)."""
    count = 0
    for page_file in guide.pages:
        for block in page_file.page.blocks:
            if isinstance(block, Questionnaire):
                count += len(block.items) * (2 if block.rationale else 1)
            elif isinstance(block, (Choice, Profile)):
                count += 1 if isinstance(block, Choice) else len(block.elements)
            elif isinstance(block, KeyQuestions):
                count += len(block.rows)
    return count


def test_my_plan_says_not_answered_for_every_part_left_empty(page, site, guide):
    page.goto(site.url("plan/"))
    plan = article(page)
    expected = answers_my_plan_shows(guide)
    expect(plan.get_by_text("Not answered", exact=True).filter(visible=True)).to_have_count(expected)
    printed_text(page, keep_as="my-plan-blank.pdf")


def test_written_answers_are_text_on_my_plan_never_markup(page, site, guide):
    page.goto(site.url("evaluative/"))
    typed = '<img src=x onerror="window.injected = 1">Our answer'
    page.get_by_role("textbox", name="Write your thoughts here: Structure").fill(typed)
    page.goto(site.url("plan/"))
    expect(article(page).get_by_text(typed)).to_be_visible()
    assert page.evaluate("window.injected") is None


def test_paper_is_white_in_the_dark_palette(page, site):
    page.emulate_media(color_scheme="dark")
    page.goto(site.url("evaluative/"))
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.emulate_media(media="print", color_scheme="dark")
    text_colour = page.get_by_role("article").evaluate("el => getComputedStyle(el.querySelector('p')).color")
    channels = [int(c) for c in re.findall(r"\d+", text_colour)[:3]]
    assert max(channels) < 80, text_colour  # dark text, readable on white paper
