"""Render each page of the content model to Markdown.

Prose stays Markdown, so MkDocs resolves its links and Material's search indexes it.
Every other block is an HTML block from a Jinja template in theme/forms/ named after its
kind (autoescaped: plain text fields are escaped there). The only thing assembled here is
the page's Markdown skeleton.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import yaml
from mkdocs.utils import get_relative_url

from . import rules
from .loader import LoadedGuide, PageFile
from .model import Prose

# Characters that would start Markdown syntax inside a plain-text field: Python-Markdown's
# escapable characters that matter mid-line. Others ("<", "|") it would leave with their
# backslash; "<" and "&" are HTML-escaped by the templates instead.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!])")


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
    if rules.collects_answers(page):
        parts.append(_html(
            templates, "answers-bar.html",
            guide=loaded.guide, ratings=rules.rating_ids(page), writing=rules.writing_ids(page),
        ))
    for block in page.blocks:
        if isinstance(block, Prose):
            parts.append(block.markdown)
        else:
            parts.append(_html(
                templates, f"{block.kind}.html",
                block=block, loaded=loaded, guide=loaded.guide, rules=rules,
                link_to=lambda target: page_link(page_file.markdown_path, target),
            ))
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def page_link(from_markdown: str, target: str) -> str:
    """A link from one generated page to another as MkDocs writes it (directory URLs,
    relative, so the site works under any path): ("plan.md", "evaluative.md#x") ->
    "../evaluative/#x". For links in raw HTML, which MkDocs does not rewrite."""
    path, _, anchor = target.partition("#")
    url = ""
    if path:  # every page is a directory: its URL ends in "/" ("../" for the home page too)
        url = get_relative_url(_page_url(path) or "./", _page_url(from_markdown) or "./").rstrip("/") + "/"
    return url + (f"#{anchor}" if anchor else "")


def _page_url(markdown_path: str) -> str:
    stem = markdown_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def _html(templates: jinja2.Environment, name: str, **context) -> str:
    # A blank line would end an HTML block in Markdown; templates keep none, this makes sure.
    html = templates.get_template(name).render(**context)
    return "\n".join(line for line in html.splitlines() if line.strip())
