"""Read a YAML file into plain data, remembering where every value and key was written.

PyYAML's composed nodes carry `start_mark`; walking them once gives a map from a path such
as ("blocks", 1, "items", 3, "id") to its line and column, which is what lets every later
error name the exact place an author has to look.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Place:
    line: int  # 1-based, as editors count
    column: int


@dataclass
class YamlSource:
    """One file's data plus where each part of it came from."""

    file: str  # as shown to authors, e.g. "content/step-1.yml"
    data: Any
    values: dict[PathKey, Place] = field(default_factory=dict)
    keys: dict[PathKey, Place] = field(default_factory=dict)

    def place(self, path: PathKey, *, key: bool = False) -> Place:
        """Where `path` was written; for a path that is absent, its nearest parent."""
        table = self.keys if key and path in self.keys else self.values
        while path not in table and path:
            path = path[:-1]
            table = self.values
        return table.get(path, Place(1, 1))

    def error(self, path: PathKey, message: str, *, key: bool = False) -> ContentError:
        place = self.place(path, key=key)
        return ContentError(self.file, place.line, place.column, dotted(path), message)


def dotted(path: PathKey) -> str:
    """("blocks", 1, "items", 3, "id") -> "blocks[1].items[3].id"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def read_yaml(path: Path, shown_as: str) -> YamlSource:
    """Parse one file; a syntax error or a repeated key becomes a ContentError."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "unreadable YAML"
        if exc.context and exc.context_mark:  # e.g. "while scanning a quoted scalar", and where
            problem += f" ({exc.context} that starts at line {exc.context_mark.line + 1})"
        raise ContentError(
            shown_as, mark.line + 1, mark.column + 1, "", f"expected valid YAML, got a syntax error: {problem}"
        ) from None
    except UnicodeDecodeError as exc:
        raise ContentError(shown_as, 1, 1, "", f"expected UTF-8 text, got {exc.reason}") from None
    source = YamlSource(shown_as, None)
    source.data = _walk(node, (), source) if node is not None else None
    return source


def _walk(node: yaml.Node, path: PathKey, source: YamlSource) -> Any:
    source.values[path] = _place(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _SCALARS.construct_object(key_node)
            child = (*path, key)
            if key in result:
                first = source.keys[child]
                again = _place(key_node)
                raise ContentError(
                    source.file, again.line, again.column, dotted(child),
                    f'expected each key once, got "{key}" again (first at line {first.line})',
                )
            source.keys[child] = _place(key_node)
            result[key] = _walk(value_node, child, source)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, (*path, index), source) for index, item in enumerate(node.value)]
    return _SCALARS.construct_object(node, deep=True)


def _place(node: yaml.Node) -> Place:
    return Place(node.start_mark.line + 1, node.start_mark.column + 1)


# Only used to turn scalar nodes into Python values with YAML's safe rules.
_SCALARS = yaml.SafeLoader("")
