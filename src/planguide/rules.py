"""Facts derived from the content for pages to carry as data-* attributes: the range of
totals an outcome covers, which answers a page holds. The browser applies them; no rule is
written in JavaScript."""

from __future__ import annotations

from dataclasses import dataclass

from .model import (
    Choice, Gaps, Guide, KeyQuestions, Outcome, Page, Plan, Profile, Questionnaire,
)


@dataclass(frozen=True)
class TotalRange:
    lowest: int
    highest: int


def total_range(guide: Guide, questionnaire: Questionnaire) -> TotalRange:
    scale = guide.scales[questionnaire.scale]
    count = len(questionnaire.items)
    return TotalRange(count * scale.lowest, count * scale.highest)


def outcome_range(guide: Guide, questionnaire: Questionnaire, outcome: Outcome) -> tuple[int, int]:
    """The inclusive range of totals for which `outcome` holds."""
    totals = total_range(guide, questionnaire)
    low = totals.lowest if outcome.when.at_least is None else outcome.when.at_least
    high = totals.highest if outcome.when.below is None else outcome.when.below - 1
    return low, high


@dataclass(frozen=True)
class OutcomeRule:
    """Everything the browser needs to tell whether an outcome holds, from any page."""

    items: str  # space-separated answer ids that must all be rated
    low: int
    high: int
    page_title: str  # where those answers are given, e.g. "Step 1. Cultural Readiness"


def rating_ids(page: Page) -> list[str]:
    return [item.id for block in page.blocks if isinstance(block, Questionnaire) for item in block.items]


def writing_ids(page: Page) -> list[str]:
    """Places to write that always show (a gap's reflection shows only for its gap)."""
    ids: list[str] = []
    for block in page.blocks:
        if isinstance(block, KeyQuestions):
            ids += [row.id for row in block.rows]
        elif isinstance(block, Questionnaire) and block.rationale:
            ids += [f"{item.id}-rationale" for item in block.items]
        elif isinstance(block, Profile):
            ids += [element.id for element in block.elements]
    return ids


def collects_answers(page: Page) -> bool:
    return any(isinstance(block, (Questionnaire, KeyQuestions, Choice, Gaps, Profile, Plan)) for block in page.blocks)

