"""What a reader does on the guide's pages, said once for every test."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from planguide.loader import LoadedGuide
from planguide.model import Questionnaire

STEP_1 = "step-1/"


def questionnaire(guide: LoadedGuide, block_id: str) -> Questionnaire:
    for page_file in guide.pages:
        for block in page_file.page.blocks:
            if isinstance(block, Questionnaire) and block.id == block_id:
                return block
    raise LookupError(block_id)


def step_1_statements(guide: LoadedGuide) -> list[str]:
    return [item.text for item in questionnaire(guide, "cultural-readiness").items]


def rating_group(page: Page, statement: str) -> Locator:
    return page.get_by_role("group", name=statement, exact=True)


def rating(page: Page, statement: str, value: int) -> Locator:
    """The radio a reader clicks: its label starts with the number, e.g. '3 Agree'."""
    labels = {1: "1 Strongly disagree", 2: "2 Disagree", 3: "3 Agree", 4: "4 Strongly agree"}
    return rating_group(page, statement).get_by_role("radio", name=labels[value], exact=True)


def rate_all(page: Page, statements: list[str], values: list[int | None]) -> None:
    for statement, value in zip(statements, values, strict=True):
        if value is not None:
            rating(page, statement, value).check()


def article(page: Page) -> Locator:
    """The page's own content, without the navigation (which shows progress too)."""
    return page.get_by_role("article")


def page_urls(guide: LoadedGuide) -> list[str]:
    """Every page of the guide, as a path under the site's root ("" for the home page)."""
    return [
        "" if page.markdown_path == "index.md" else page.markdown_path.removesuffix(".md") + "/"
        for page in guide.pages
    ]
