"""Render each page of the content model to Markdown.

Prose stays Markdown, so MkDocs resolves its links and Material's search indexes it.
Forms are HTML blocks from Jinja templates in theme/forms/ (autoescaped: every plain text
field is escaped there). The only thing assembled here is the page's Markdown skeleton.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import yaml

from .loader import LoadedGuide, PageFile
from .model import Prose, Questionnaire

# Blocks that collect answers: their pages get the save status and the no-JavaScript note.
ANSWER_BLOCKS = (Questionnaire,)

# Characters that would start Markdown syntax inside a plain-text field.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def form_templates(template_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md_escape"] = markdown_escape
    return env


def render_page(loaded: LoadedGuide, page_file: PageFile, templates: jinja2.Environment) -> str:
    """One page's Markdown: front matter, heading, lead, then each block in order."""
    page = page_file.page
    parts = [
        "---\n" + yaml.safe_dump({"title": page.title}, allow_unicode=True) + "---",
        f"# {markdown_escape(page.title)}",
    ]
    if page.lead:
        parts.append(markdown_escape(page.lead) + "\n{ .pg-lead }")
    if any(isinstance(block, ANSWER_BLOCKS) for block in page.blocks):
        parts.append(_html(templates, "answers-bar.html", guide=loaded.guide))
    for block in page.blocks:
        parts.append(_render_block(loaded, block, templates))
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def _render_block(loaded: LoadedGuide, block, templates: jinja2.Environment) -> str:
    if isinstance(block, Prose):
        return block.markdown
    context = {"block": block, "guide": loaded.guide}
    if isinstance(block, Questionnaire):
        scale = loaded.guide.scales[block.scale]
        lowest, highest = len(block.items) * scale.lowest, len(block.items) * scale.highest
        context |= {
            "scale": scale,
            "lowest_total": lowest,
            "highest_total": highest,
            # Each outcome as the inclusive range of totals it covers, for the script.
            "ranges": {
                outcome.id: (
                    lowest if outcome.when.at_least is None else outcome.when.at_least,
                    highest if outcome.when.below is None else outcome.when.below - 1,
                )
                for outcome in block.outcomes
            },
        }
    return _html(templates, f"{block.kind}.html", **context)


def _html(templates: jinja2.Environment, name: str, **context) -> str:
    # Blank lines would end an HTML block in Markdown; templates keep none, this makes sure.
    html = templates.get_template(name).render(**context)
    return "\n".join(line for line in html.splitlines() if line.strip())


