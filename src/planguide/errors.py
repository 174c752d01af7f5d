"""Mistakes in content, said the way an author can act on them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError(Exception):
    """One mistake: where it is, which field, what was expected and what was found."""

    file: str
    line: int
    column: int
    field: str
    message: str  # "expected ..., got ..."

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentErrors(Exception):
    """Every mistake found in a content folder, reported together."""

    def __init__(self, errors: list[ContentError]):
        self.errors = sorted(errors, key=lambda e: (e.file, e.line, e.column, e.field))
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        heading = f"{count} mistake{'s' if count != 1 else ''} in the content:"
        return "\n".join([heading, *(str(error) for error in self.errors)])
