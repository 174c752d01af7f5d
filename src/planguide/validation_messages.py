"""Turn pydantic's validation errors into ContentErrors that point into the YAML."""

from __future__ import annotations

import json
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import ContentError
from .yaml_source import PathKey, YamlSource


def content_errors(exc: ValidationError, source: YamlSource, model: type[BaseModel]) -> list[ContentError]:
    errors = []
    for error in exc.errors():
        path = _data_path(error["loc"], source.data)
        key = error["type"] == "extra_forbidden"
        errors.append(source.error(path, _message(error, path, model, source.data), key=key))
    return errors


def describe(value: Any) -> str:
    """How a found value is shown after 'got'."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _data_path(loc: tuple[Any, ...], data: Any) -> PathKey:
    """Drop the parts of pydantic's `loc` that are not in the YAML (union member names)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and (part == node.get("kind") or _is_member_name(part)):
            continue  # the discriminated union's tag, or a union member's class name
        else:
            node = None
        path.append(part)
    return tuple(path)


def _is_member_name(part: Any) -> bool:
    return isinstance(part, str) and (part[:1].isupper() or part in {"str", "constrained-str"})


def _message(error: dict[str, Any], path: PathKey, model: type[BaseModel], data: Any) -> str:
    kind, ctx, found = error["type"], error.get("ctx", {}), error.get("input")
    if kind == "missing":
        return "expected a value, got nothing"
    if kind == "extra_forbidden":
        known = _known_fields(model, path[:-1], data)
        expected = f"one of the fields {', '.join(known)}" if known else "a known field"
        return f'expected {expected}, got an unknown field "{path[-1]}"'
    if kind == "union_tag_invalid":
        kinds = ctx["expected_tags"].replace("'", "")
        return f"expected one of the kinds {kinds}, got {describe(ctx['tag'])}"
    if kind == "union_tag_not_found":
        return "expected a `kind` field, got none"
    if kind == "string_pattern_mismatch":
        return f"expected an id of lowercase letters, digits and single hyphens, got {describe(found)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping of fields, got {describe(found)}"
    if kind == "list_type":
        return f"expected a list, got {describe(found)}"
    if kind == "string_type":
        return f"expected text, got {describe(found)}"
    if kind == "string_too_short":
        return f"expected some text, got {describe(found)}"
    if kind == "too_short":
        return f"expected at least {ctx['min_length']} item(s), got {ctx['actual_length']}"
    message = error["msg"]
    for prefix in ("Value error, ", "Input should be "):
        if message.startswith(prefix):
            message = message[len(prefix):]
            if prefix == "Input should be ":
                message = f"expected {message}"
            break
    if "got" in message:
        return message
    return f"{message}, got {describe(found)}"


def _known_fields(model: type[BaseModel], path: PathKey, data: Any) -> list[str]:
    """The field names allowed at `path`, found by following the model's annotations
    alongside the data (whose `kind` picks the member of a union of blocks)."""
    current: Any = model
    for part in path:
        current, data = _step(current, part), _child(data, part)
        if typing.get_origin(current) is typing.Union:
            current = _member_of_kind(current, data.get("kind") if isinstance(data, dict) else None)
        if current is None:
            return []
    return list(current.model_fields) if _is_model(current) else []


def _child(data: Any, part: str | int) -> Any:
    try:
        return data[part]
    except (KeyError, IndexError, TypeError):
        return None


def _step(annotation: Any, part: str | int) -> Any:
    annotation = _unwrap(annotation)
    if _is_model(annotation):
        field = annotation.model_fields.get(part) if isinstance(part, str) else None
        return _unwrap(field.annotation) if field else None
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list and isinstance(part, int):
        return _unwrap(args[0])
    if origin is dict and isinstance(part, str):
        return _unwrap(args[1])
    return None


def _member_of_kind(union: Any, kind: Any) -> Any:
    for member in map(_unwrap, typing.get_args(union)):
        field = member.model_fields.get("kind") if _is_model(member) else None
        if field is not None and kind in typing.get_args(field.annotation):
            return member
    return None


def _unwrap(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    args = typing.get_args(annotation)
    if type(None) in args and len(args) == 2:  # X | None
        return _unwrap(next(a for a in args if a is not type(None)))
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
