"""What the MkDocs hook does at each stage of a build.

State is rebuilt at the start of every build: `mkdocs serve` keeps the hook module loaded
across rebuilds, so nothing may leak from one build into the next.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from .answers_file import answer_catalogue
from .errors import ContentErrors
from . import rules
from .loader import LoadedGuide, load_guide
from .render import form_templates, render_page

log = logging.getLogger("mkdocs.hooks.planguide")


class GuideBuild:
    def __init__(self) -> None:
        self.loaded: LoadedGuide | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Stage 1: load and check all content before MkDocs writes anything.
        self.loaded = None
        try:
            self.loaded = load_guide(Path(config.docs_dir))
        except ContentErrors as errors:
            raise PluginError(str(errors)) from None
        if not config.use_directory_urls:
            # Links inside generated HTML are written for directory URLs (render.page_link).
            raise PluginError("mkdocs.yml: use_directory_urls: expected true (the default), got false")
        # Stage 2: the navigation follows guide.yml's reading order.
        config.nav = self.loaded.nav()
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        # Stage 3: each YAML page becomes a generated Markdown page; no file is written.
        assert self.loaded is not None
        templates = form_templates(template_dir(config))
        progress = {}
        for page_file in self.loaded.pages:
            markdown = render_page(self.loaded, page_file, templates)
            file = File.generated(config, page_file.markdown_path, content=markdown)
            files.append(file)
            ratings, writing = rules.rating_ids(page_file.page), rules.writing_ids(page_file.page)
            if ratings or writing:
                progress[file.url] = {"ratings": ratings, "writing": writing}
        # Stage 4: what every page's script needs, for theme/main.html to write into it.
        config.extra["planguide"] = {
            "guide_id": self.loaded.guide.id,
            "content_version": self.loaded.guide.content_version,
            "progress": progress,
            # Which ids an imported file may hold and the values each takes.
            "answers": answer_catalogue(self.loaded),
        }
        return files


def template_dir(config: MkDocsConfig) -> Path:
    custom_dir = config.theme.custom_dir
    if not custom_dir:
        raise PluginError("mkdocs.yml: theme.custom_dir: expected the theme folder holding forms/, got none")
    return Path(custom_dir) / "forms"


def write_markdown(config: MkDocsConfig, out_dir: Path) -> list[Path]:
    """Write the generated pages to a folder, for other MkDocs-compatible engines."""
    loaded = load_guide(Path(config.docs_dir))
    templates = form_templates(template_dir(config))
    written = []
    for page_file in loaded.pages:
        target = out_dir / page_file.markdown_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_page(loaded, page_file, templates), encoding="utf-8")
        written.append(target)
    return written
