"""Build the planning guide: the MkDocs hook (mkdocs.yml `hooks:`) and a small command line.

    python build.py serve            preview with live reload while you edit content/ or theme/
    python build.py build            write the site to site/
    python build.py check [FOLDER]   check the content (default: content/) and list every mistake
    python build.py markdown DIR     write the generated Markdown pages to DIR
    python build.py schema           write schema/answers.schema.json (the answers file's format)

The work lives in the installed `planguide` package (pip install -e .).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from planguide.mkdocs_hook import GuideBuild

# MkDocs calls these module-level functions; one object holds the state of a build.
_build = GuideBuild()
on_config = _build.on_config
on_files = _build.on_files


def main(argv: list[str]) -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life notice
    command, rest = (argv[0], argv[1:]) if argv else ("build", [])
    if command == "check":
        from planguide.errors import ContentErrors
        from planguide.loader import load_guide

        folder = Path(rest[0]) if rest else Path(__file__).parent / "content"
        try:
            loaded = load_guide(folder)
        except ContentErrors as errors:
            print(errors, file=sys.stderr)
            return 1
        print(f"{folder}: no mistakes in {len(loaded.pages)} page file(s)")
        return 0
    if command == "markdown" and len(rest) == 1:
        from mkdocs.config import load_config

        from planguide.mkdocs_hook import write_markdown

        for path in write_markdown(load_config(str(Path(__file__).parent / "mkdocs.yml")), Path(rest[0])):
            print(path)
        return 0
    if command == "schema" and not rest:
        from planguide.answers_file import write_schema
        from planguide.loader import load_guide

        root = Path(__file__).parent
        print(write_schema(load_guide(root / "content"), root / "schema" / "answers.schema.json"))
        return 0
    if command in {"build", "serve"}:
        from mkdocs.__main__ import cli

        cli.main([command, *rest], prog_name=f"python build.py")  # exits with MkDocs' status
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
