"""Rules that span fields or files: page order, unique ids, scales, thresholds.

Each check appends a ContentError that points at the line to change; none stops early.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ContentError
from .model import (
    Cards, Choice, Gaps, Guide, KeyQuestions, NavSection, OutcomeRef, Plan, Profile, Questionnaire,
    Signposts, Spectrum,
)
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
    questionnaires = {
        block.id: block for page_file in pages for block in page_file.page.blocks if isinstance(block, Questionnaire)
    }
    items = {item.id: q for q in questionnaires.values() for item in q.items}
    formers: list[tuple[YamlSource, tuple, str]] = []
    for page_file, index, block in _blocks(pages):
        at = ("blocks", index)
        for path, identifier in _ids(block, at, questionnaires):
            _check_unique(identifier, path, page_file.source, seen, errors)
        formers += [(page_file.source, path, former) for path, former in _former_ids(block, at)]
        if isinstance(block, Questionnaire):
            _check_questionnaire(block, at, guide, page_file.source, errors)
        for path, ref in _outcome_refs(block, at):
            _check_outcome_ref(ref, path, questionnaires, page_file.source, errors)
        if isinstance(block, Gaps) and block.source not in questionnaires:
            errors.append(page_file.source.error((*at, "source"), _expected_questionnaire(questionnaires, block.source)))
        if isinstance(block, Profile):
            for e, element in enumerate(block.elements):
                for a, attention in enumerate(element.attention):
                    if attention.item not in items:
                        errors.append(page_file.source.error(
                            (*at, "elements", e, "attention", a, "item"),
                            f"expected the id of a statement in a questionnaire, got {describe(attention.item)}",
                        ))
    # A former id is looked up in readers' saved answers: it must name one answer only, and
    # never one the guide still asks, or two answers would claim the same saved value.
    for source_file, path, former in formers:
        _check_unique(former, path, source_file, seen, errors)


def _former_ids(block, at):
    """Ids of answers before a rename (`former_ids`), each with its place in the YAML."""
    for path, thing in _identified(block, at):
        for index, former in enumerate(getattr(thing, "former_ids", [])):
            yield (*path, "former_ids", index), former


def _blocks(pages):
    for page_file in pages:
        for index, block in enumerate(page_file.page.blocks):
            yield page_file, index, block


# Lists of things with an `id`, by kind of block.
_ID_LISTS = {
    Questionnaire: ("items", "outcomes"), Spectrum: ("groups",), Cards: ("cards",),
    KeyQuestions: ("rows",), Profile: ("elements",), Plan: ("fields",),
}


def _identified(block, at):
    """Everything in a block that has an id, with its place: the block itself if it has one."""
    if isinstance(block, (Questionnaire, Choice, Gaps)):
        yield at, block
    for name in _ID_LISTS.get(type(block), ()):
        for index, thing in enumerate(getattr(block, name)):
            yield (*at, name, index), thing


def _ids(block, at, questionnaires):
    """Every id a block defines: each becomes an HTML anchor or a saved answer's key,
    including the ids derived from another (a rationale, a reflection, gap notes)."""
    for path, thing in _identified(block, at):
        yield (*path, "id"), thing.id
    if isinstance(block, Questionnaire) and block.rationale:
        for index, item in enumerate(block.items):
            yield (*at, "items", index, "id"), f"{item.id}-rationale"
    elif isinstance(block, Gaps):
        yield (*at, "id"), f"{block.id}-notes"
        for item in getattr(questionnaires.get(block.source), "items", []):
            yield (*at, "source"), f"{item.id}-reflection"


def _outcome_refs(block, at):
    if isinstance(block, Signposts):
        for index, link in enumerate(block.links):
            if link.suggested_by:
                yield (*at, "links", index, "suggested_by"), link.suggested_by
    elif isinstance(block, Choice):
        for index, group in enumerate(block.groups):
            if group.suggested_by:
                yield (*at, "groups", index, "suggested_by"), group.suggested_by


def _check_outcome_ref(ref: OutcomeRef, path, questionnaires, source: YamlSource, errors) -> None:
    questionnaire = questionnaires.get(ref.questionnaire)
    if questionnaire is None:
        errors.append(source.error((*path, "questionnaire"), _expected_questionnaire(questionnaires, ref.questionnaire)))
    elif ref.outcome not in {outcome.id for outcome in questionnaire.outcomes}:
        known = ", ".join(outcome.id for outcome in questionnaire.outcomes) or "none"
        errors.append(source.error(
            (*path, "outcome"), f"expected one of the outcomes of {ref.questionnaire} ({known}), got {describe(ref.outcome)}"
        ))


def _expected_questionnaire(questionnaires, found) -> str:
    known = ", ".join(questionnaires) or "none"
    return f"expected the id of a questionnaire ({known}), got {describe(found)}"


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
