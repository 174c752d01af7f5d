"""Load a content folder: read every YAML file, validate it, check it as a whole.

All mistakes are collected before anything is reported, so an author fixes them in one
round rather than one build per typo.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from . import checks, rules
from .errors import ContentError, ContentErrors
from .model import Guide, Item, OutcomeRef, Page, Questionnaire
from .validation_messages import content_errors, describe
from .yaml_source import YamlSource, read_yaml

GUIDE_FILE = "guide.yml"
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class PageFile:
    source: YamlSource
    name: str  # relative to the content folder, e.g. "step-1.yml"
    page: Page

    @property
    def markdown_path(self) -> str:
        return self.name.removesuffix(".yml") + ".md"


@dataclass(frozen=True)
class LoadedGuide:
    guide: Guide
    source: YamlSource
    pages: list[PageFile]  # in reading order

    @cached_property
    def questionnaires(self) -> dict[str, tuple[Questionnaire, PageFile]]:
        return {
            block.id: (block, page_file)
            for page_file in self.pages
            for block in page_file.page.blocks
            if isinstance(block, Questionnaire)
        }

    @cached_property
    def items(self) -> dict[str, tuple[Item, Questionnaire, PageFile]]:
        return {
            item.id: (item, questionnaire, page_file)
            for questionnaire, page_file in self.questionnaires.values()
            for item in questionnaire.items
        }

    def outcome_rule(self, ref: OutcomeRef) -> rules.OutcomeRule:
        questionnaire, page_file = self.questionnaires[ref.questionnaire]
        outcome = next(o for o in questionnaire.outcomes if o.id == ref.outcome)
        low, high = rules.outcome_range(self.guide, questionnaire, outcome)
        items = " ".join(item.id for item in questionnaire.items)
        return rules.OutcomeRule(items, low, high, page_file.page.title)

    def nav(self) -> list[object]:
        """The MkDocs `nav`, from guide.yml's page list and each page's navigation title."""
        by_name = {page.name: page for page in self.pages}

        def entry(name: str) -> dict[str, str]:
            page = by_name[name].page
            return {page.nav_title or page.title: by_name[name].markdown_path}

        return [
            entry(item) if isinstance(item, str) else {item.section: [entry(n) for n in item.pages]}
            for item in self.guide.pages
        ]


def load_guide(content_dir: Path) -> LoadedGuide:
    """Read and check `content_dir`; raise ContentErrors listing every mistake."""
    errors: list[ContentError] = []
    shown = lambda path: f"{content_dir.name}/{path.relative_to(content_dir).as_posix()}"  # noqa: E731

    guide_path = content_dir / GUIDE_FILE
    if not guide_path.is_file():
        raise ContentErrors([ContentError(shown(guide_path), 1, 1, "", "expected this file to exist, got nothing")])
    guide_source, guide = _read(guide_path, shown(guide_path), Guide, errors)

    pages: list[PageFile] = []
    for path in sorted(content_dir.rglob("*.yml")):
        if path == guide_path:
            continue
        source, page = _read(path, shown(path), Page, errors)
        if page is not None:
            pages.append(PageFile(source, path.relative_to(content_dir).as_posix(), page))

    if guide is not None and not errors:
        pages = checks.order_pages(guide, guide_source, pages, errors)
        checks.check_guide(guide, guide_source, pages, errors)
    if errors:
        raise ContentErrors(errors)
    assert guide is not None
    return LoadedGuide(guide, guide_source, pages)


def _read(path: Path, shown_as: str, model: type[M], errors: list[ContentError]) -> tuple[YamlSource | None, M | None]:
    try:
        source = read_yaml(path, shown_as)
    except ContentError as error:
        errors.append(error)
        return None, None
    if not isinstance(source.data, dict):
        errors.append(source.error((), f"expected a mapping of fields, got {describe(source.data)}"))
        return source, None
    try:
        return source, model.model_validate(source.data)
    except ValidationError as exc:
        errors.extend(content_errors(exc, source, model))
        return source, None
