"""Plain-text fields are shown exactly as written, and links between generated pages work
from any page under any path."""

import markdown
import pytest

from planguide.render import markdown_escape, page_link


@pytest.mark.parametrize("text", ["A < B | C * D", "Step 1. Cultural Readiness", "[not a link](x.md)", "a_b_c #1 ~ {x}"])
def test_plain_text_survives_markdown_as_written(text):
    html = markdown.markdown(markdown_escape(text))
    shown = html.removeprefix("<p>").removesuffix("</p>").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert shown == text


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("plan.md", "evaluative.md", "../evaluative/"),
    ("plan.md", "index.md#evaluative", "../#evaluative"),
    ("index.md", "step-1.md", "step-1/"),
    ("step-4.md", "step-1.md", "../step-1/"),
])
def test_links_between_generated_pages_are_relative(source, target, expected):
    assert page_link(source, target) == expected
