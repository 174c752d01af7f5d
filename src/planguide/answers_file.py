"""The answers file: what "Export my answers" writes and "Import answers" accepts.

One pydantic model describes the format. `answers_file_model(loaded)` narrows it to one
guide (its id, and each answer's kind of value: a rating within its scale, plain text, one
of a choice's values, a pick of statements), and `json_schema(loaded)` is the JSON Schema
kept in schema/answers.schema.json, which tests hold every exported file to.

The browser checks files with the same facts (`answer_catalogue`, carried into every page
by the hook) and the same limits (`LIMITS`), so the schema and the import refuse the same
files. Answers to ids the guide no longer asks are well-formed and accepted: a file
written before a content change must still load.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from .loader import LoadedGuide
from .model import Choice, Gaps, KeyQuestions, Plan, Profile, Questionnaire

FORMAT = "planguide-answers"
FORMAT_VERSION = 1
LIMITS = {
    "file_bytes": 1_048_576,  # 1 MB; a fully answered guide is a few KB
    "text_chars": 20_000,  # per written answer: pages of writing, far below a file's limit
    "answers": 2_000,  # ids in one file, counting ids the guide no longer asks
    "person_chars": 200,  # the optional name and role
}

# Text is shown with textContent, so markup is harmless on screen. A file carrying script
# (a tag that runs or loads something, an event handler, a javascript: address) is refused
# anyway, as a forged file or link rather than a reader's notes. Ordinary angle brackets
# ("for <district name> staff", "a < b") are notes a reader may well type, and their own
# exported file must always load again. JSON Schema patterns take no flags, so each letter
# is spelt in both cases; answers-file.mjs has the same rule as a case-insensitive regex.
_SCRIPT_TAGS = ("script", "iframe", "object", "embed", "svg", "img", "style", "link", "meta", "form", "base")


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


_SCRIPT = "|".join([
    r"<\s*(?:" + "|".join(map(_any_case, _SCRIPT_TAGS)) + r")\b",
    r"<[^>]*\s" + _any_case("on") + r"[a-zA-Z]+\s*=",
    _any_case("javascript") + r"\s*:",
])
_NO_MARKUP = r"^(?![\s\S]*(?:" + _SCRIPT + r"))[\s\S]*$"
_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$"

AnswerId = Annotated[str, Field(pattern=_ID, max_length=120)]
PlainText = Annotated[str, Field(pattern=_NO_MARKUP, max_length=LIMITS["text_chars"])]
PersonText = Annotated[str, Field(pattern=_NO_MARKUP, max_length=LIMITS["person_chars"])]
Time = Annotated[str, Field(pattern=_TIME, description="When the answer last changed (UTC, ISO 8601).")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, regex_engine="python-re")


class Answer(_Strict):
    """Any well-formed answer: how answers to ids the guide no longer asks are checked."""

    value: Union[int, PlainText, list[AnswerId]] = Field(description="A rating, written text, a choice or a pick.")
    at: Time


class Person(_Strict):
    name: PersonText | None = Field(default=None, description="Who answered, if they said.")
    role: PersonText | None = Field(default=None, description="Their role, e.g. 'Union leader'.")


class AnswersFile(_Strict):
    """A reader's answers to one guide, as exported from the browser."""

    model_config = ConfigDict(title="Planning guide answers file")

    format: Literal["planguide-answers"] = Field(description="Says what this file is.")
    format_version: Literal[1] = Field(description="Bumped when the format changes; older files are read forward.")
    guide_id: AnswerId = Field(description="The guide answered (guide.yml `id`).")
    content_version: Annotated[str, Field(pattern=_NO_MARKUP, max_length=100)] = Field(
        description="The guide's content_version when exported."
    )
    exported_at: Time
    person: Person | None = None
    answers: dict[AnswerId, Answer] = Field(max_length=LIMITS["answers"], description="Answers by id.")


def answer_catalogue(loaded: LoadedGuide) -> dict[str, Any]:
    """Every answer the guide asks, by kind, and the ids they had before a rename."""
    ratings: dict[str, list[int]] = {}
    choices: dict[str, list[str]] = {}
    picks: dict[str, list[str]] = {}
    text: list[str] = []
    former: dict[str, str] = {}
    labels: dict[str, str] = {}  # how the import's preview and messages name each answer
    values: dict[str, dict[str, str]] = {}  # how the preview shows a rating or a choice

    def renamed(owner, suffix: str = "") -> None:
        for old in owner.former_ids:
            former[old + suffix] = owner.id + suffix

    for page_file in loaded.pages:
        for block in page_file.page.blocks:
            if isinstance(block, Questionnaire):
                scale = loaded.guide.scales[block.scale]
                for item in block.items:
                    ratings[item.id] = [scale.lowest, scale.highest]
                    labels[item.id] = item.text
                    values[item.id] = {str(o.value): f"{o.value} ({o.label})" for o in scale.options}
                    renamed(item)
                    if block.rationale:
                        text.append(f"{item.id}-rationale")
                        labels[f"{item.id}-rationale"] = f"{block.rationale.label}: {item.text}"
                        renamed(item, "-rationale")
            elif isinstance(block, Gaps):
                source, _ = loaded.questionnaires[block.source]
                picks[block.id] = [item.id for item in source.items]
                text += [f"{item.id}-reflection" for item in source.items] + [f"{block.id}-notes"]
                labels[block.id] = block.columns.statement
                for item in source.items:
                    labels[f"{item.id}-reflection"] = f"{block.reflection_label}: {item.text}"
                    renamed(item, "-reflection")
            elif isinstance(block, Choice):
                choices[block.id] = [option.value for group in block.groups for option in group.options]
                labels[block.id] = block.label
                values[block.id] = {o.value: o.label for group in block.groups for o in group.options}
                renamed(block)
            elif isinstance(block, (KeyQuestions, Profile, Plan)):
                owners = {KeyQuestions: "rows", Profile: "elements", Plan: "fields"}[type(block)]
                for owner in getattr(block, owners):
                    text.append(owner.id)
                    labels[owner.id] = getattr(owner, "issue", None) or getattr(owner, "name", None) or owner.label
                    renamed(owner)
    return {
        "ratings": ratings, "choices": choices, "picks": picks, "text": text, "former": former,
        "labels": labels, "values": values, "limits": LIMITS,
    }


class _Answers(BaseModel):
    """Answers by id; ids the guide no longer asks are kept, as any well-formed answer."""

    model_config = ConfigDict(extra="allow", strict=True, regex_engine="python-re", title="Answers")
    __pydantic_extra__: dict[AnswerId, Answer] = Field(init=False)


def answers_file_model(loaded: LoadedGuide) -> type[AnswersFile]:
    """The format narrowed to one guide: its id, and the value each of its answers takes."""
    catalogue = answer_catalogue(loaded)
    kinds: dict[str, type[BaseModel]] = {}  # one model per kind of value, shared by its answers
    fields: dict[str, Any] = {}

    def answer(answer_id: str, kind: str, value_type: Any, description: str) -> None:
        if kind not in kinds:
            kinds[kind] = create_model(
                kind, __base__=_Strict, value=(value_type, Field(description=description)), at=(Time, ...)
            )
        fields[f"a{len(fields)}"] = (kinds[kind], Field(default=None, alias=answer_id))

    for answer_id, (low, high) in catalogue["ratings"].items():
        answer(answer_id, f"Rating{low}To{high}", Annotated[int, Field(ge=low, le=high)], f"A rating from {low} to {high}.")
    for answer_id, values in catalogue["choices"].items():
        answer(answer_id, f"Choice_{answer_id}", Literal[tuple(values)], "One of the choice's values.")
    for answer_id, items in catalogue["picks"].items():
        answer(answer_id, f"Pick_{answer_id}", list[Literal[tuple(items)]], "The statements the reader picked.")
    for answer_id in catalogue["text"]:
        answer(answer_id, "WrittenText", PlainText, "Written text, plain (no markup).")

    answers = create_model("Answers", __base__=_Answers, **fields)
    guide_id = loaded.guide.id
    return create_model(
        "GuideAnswersFile",
        __base__=AnswersFile,
        guide_id=(Literal[guide_id], Field(description="The guide answered (guide.yml `id`).")),
        answers=(answers, Field(description="Answers by id.")),
    )


def json_schema(loaded: LoadedGuide) -> dict[str, Any]:
    schema = answers_file_model(loaded).model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"Answers file for the guide {loaded.guide.id}"
    # pydantic leaves key patterns and the number of answers out of the schema.
    answers = schema["$defs"]["Answers"]
    answers["propertyNames"] = {"pattern": _ID, "maxLength": 120}
    answers["maxProperties"] = LIMITS["answers"]
    return schema


def schema_text(loaded: LoadedGuide) -> str:
    return json.dumps(json_schema(loaded), indent=2, ensure_ascii=False) + "\n"


def write_schema(loaded: LoadedGuide, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(loaded), encoding="utf-8")
    return path
