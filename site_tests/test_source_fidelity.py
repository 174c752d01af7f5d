"""Every statement, question, tip, resource title and district of the source is on the
built site word for word (quotes and whitespace normalised). source_excerpts.yml lists the
excerpts by page, and the sentences adapted to the site beside their originals."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

EXCERPTS = yaml.safe_load((Path(__file__).parent / "source_excerpts.yml").read_text(encoding="utf-8"))
BLOCKS = {"p", "li", "ul", "ol", "div", "section", "blockquote", "h1", "h2", "h3", "h4", "br",
          "legend", "label", "fieldset", "figcaption", "figure", "td", "th", "tr"}
QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


class _ArticleText(HTMLParser):
    """The visible text of a built page's article, without permalink marks."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in BLOCKS:
            self.parts.append(" ")
        if tag == "article":
            self.depth += 1
        if self.depth and (tag in {"script", "style"} or "headerlink" in (attributes.get("class") or "")):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.parts.append(" ")
        if self.skip and tag in {"script", "style", "a"}:
            self.skip -= 1
        elif tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def article_text(site_folder: Path, path: str) -> str:
    parser = _ArticleText()
    parser.feed((site_folder / path / "index.html").read_text(encoding="utf-8"))
    return normalise("".join(parser.parts))


PAGE_EXCERPTS = [(path, excerpt) for path, excerpts in EXCERPTS["pages"].items() for excerpt in excerpts]


def test_the_list_covers_every_page(site, guide):
    from reader import page_urls

    assert sorted(EXCERPTS["pages"]) == sorted(page_urls(guide))


@pytest.mark.parametrize("path", sorted(EXCERPTS["pages"]))
def test_every_excerpt_is_on_its_page(site, path):
    text = article_text(site.folder, path)
    missing = [excerpt for excerpt in EXCERPTS["pages"][path] if normalise(excerpt) not in text]
    assert missing == []


@pytest.mark.parametrize("adapted", EXCERPTS["adapted"], ids=lambda entry: entry["site"][:40])
def test_each_adapted_sentence_replaces_its_original(site, adapted):
    text = article_text(site.folder, adapted["page"])
    assert normalise(adapted["site"]) in text
    assert normalise(adapted["source"]) not in text
