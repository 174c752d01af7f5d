"""Rules that span fields or files: page order, unique ids, scales, thresholds.

Each check appends a ContentError that points at the line to change; none stops early.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ContentError
from .model import Guide, NavSection, Questionnaire, Spectrum
from .validation_messages import describe
from .yaml_source import Place, YamlSource

if TYPE_CHECKING:
    from .loader import PageFile


def order_pages(guide: Guide, source: YamlSource, pages: list[PageFile], errors: list[ContentError]) -> list[PageFile]:
    """Pages in guide.yml's order; every page file listed exactly once."""
    by_name = {page.name: page for page in pages}
    ordered: list[PageFile] = []
    for path, name in _listed_pages(guide):
        if name not in by_name:
            errors.append(source.error(path, f"expected a page file in content/, got {describe(name)}, which does not exist"))
        elif by_name[name] in ordered:
            errors.append(source.error(path, f"expected each page once, got {describe(name)} again"))
        else:
            ordered.append(by_name[name])
    for page in pages:
        if page not in ordered:
            errors.append(page.source.error((), "expected this page to be listed in guide.yml `pages`, got a file that is not"))
    return ordered


def _listed_pages(guide: Guide):
    for index, item in enumerate(guide.pages):
        if isinstance(item, NavSection):
            for inner, name in enumerate(item.pages):
                yield ("pages", index, "pages", inner), name
        else:
            yield ("pages", index), item


def check_guide(guide: Guide, source: YamlSource, pages: list[PageFile], errors: list[ContentError]) -> None:
    seen: dict[str, tuple[YamlSource, Place]] = {}
    for page_file in pages:
        for index, block in enumerate(page_file.page.blocks):
            at = ("blocks", index)
            for path, identifier in _ids(block, at):
                _check_unique(identifier, path, page_file.source, seen, errors)
            if isinstance(block, Questionnaire):
                _check_questionnaire(block, at, guide, page_file.source, errors)


def _ids(block, at):
    """Every id a block defines: each becomes an HTML anchor or a saved answer's key."""
    if isinstance(block, Questionnaire):
        yield (*at, "id"), block.id
        for index, item in enumerate(block.items):
            yield (*at, "items", index, "id"), item.id
        for index, outcome in enumerate(block.outcomes):
            yield (*at, "outcomes", index, "id"), outcome.id
    elif isinstance(block, Spectrum):
        for index, group in enumerate(block.groups):
            yield (*at, "groups", index, "id"), group.id


def _check_unique(identifier, path, source, seen, errors):
    if identifier in seen:
        first_source, first = seen[identifier]
        where = f"line {first.line}" if first_source is source else f"{first_source.file} line {first.line}"
        errors.append(source.error(path, f"expected a unique id, {describe(identifier)} is already used at {where}"))
    else:
        seen[identifier] = (source, source.place(path))


def _check_questionnaire(block: Questionnaire, at, guide: Guide, source: YamlSource, errors: list[ContentError]) -> None:
    scale = guide.scales.get(block.scale)
    if scale is None:
        names = ", ".join(guide.scales) or "none defined"
        errors.append(source.error((*at, "scale"), f"expected one of the scales in guide.yml ({names}), got {describe(block.scale)}"))
        return
    lowest, highest = len(block.items) * scale.lowest, len(block.items) * scale.highest
    if block.outcomes and block.total is None:
        errors.append(source.error((*at, "outcomes"), "expected a `total` for the outcomes to be computed from, got none"))
    bad_bounds = False
    for index, outcome in enumerate(block.outcomes):
        for bound in ("at_least", "below"):
            value = getattr(outcome.when, bound)
            if value is not None and not lowest <= value <= highest:
                bad_bounds = True
                errors.append(source.error(
                    (*at, "outcomes", index, "when", bound),
                    f"expected a total from {lowest} to {highest} (the possible totals), got {value}",
                ))
    if block.outcomes and not bad_bounds:
        _check_coverage(block, at, lowest, highest, source, errors)


def _check_coverage(block: Questionnaire, at, lowest: int, highest: int, source: YamlSource, errors: list[ContentError]) -> None:
    """Every possible total must match exactly one outcome, or the page would say nothing."""
    for total in range(lowest, highest + 1):
        matches = [o.id for o in block.outcomes if matches_total(o.when, total)]
        if len(matches) != 1:
            found = "none" if not matches else ", ".join(matches)
            errors.append(source.error(
                (*at, "outcomes"),
                f"expected every total from {lowest} to {highest} to match one outcome, got {found} for {total}",
            ))
            return


def matches_total(when, total: int) -> bool:
    return (when.at_least is None or total >= when.at_least) and (when.below is None or total < when.below)
