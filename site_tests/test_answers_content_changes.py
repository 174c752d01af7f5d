"""A content change never destroys saved answers: ids gone from the content are kept, an
id renamed in YAML names its former ids so its answer follows, and older stored formats
are read forward."""

import json
import shutil

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import expect

from answer_files.panel import STORAGE_KEY, export_answers, stored_answers
from conftest import ROOT
from planguide.errors import ContentErrors
from planguide.loader import load_guide
from reader import STEP_1, rate_all, rating, step_1_statements

RENAMED = "      - id: evaluative-aims\n        former_ids: [evaluative-purpose]\n"


def content_with(tmp_path, new_row: str):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "evaluative.yml"
    text = page.read_text(encoding="utf-8")
    assert text.count("      - id: evaluative-purpose\n") == 1
    page.write_text(text.replace("      - id: evaluative-purpose\n", new_row), encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def renamed_site(server, tmp_path_factory):
    """The guide with one question's id renamed, served beside the guide at /renamed/."""
    origin, folder = server
    content = content_with(tmp_path_factory.mktemp("renamed"), RENAMED)
    config = load_config(
        str(ROOT / "mkdocs.yml"), docs_dir=str(content), site_url=f"{origin}/renamed/", site_dir=str(folder / "renamed")
    )
    build(config)
    return f"{origin}/renamed/"


def test_a_renamed_id_keeps_its_answer(page, site, renamed_site):
    page.goto(site.url("evaluative/"))
    page.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True).fill("Feedback from peers.")
    # The same origin and guide id: the renamed build reads the same saved answers.
    page.goto(renamed_site + "evaluative/")
    expect(page.get_by_role("textbox", name="Write your thoughts here: Purpose", exact=True)).to_have_value("Feedback from peers.")
    answers = stored_answers(page)
    assert answers["evaluative-aims"]["value"] == "Feedback from peers."
    assert "evaluative-purpose" not in answers


def test_answers_to_ids_gone_from_the_content_are_kept_and_exported(page, site, guide, tmp_path):
    page.goto(site.url())
    # A format 1 value, as the first release stored it, with an answer to a retired question.
    page.evaluate("([key, raw]) => localStorage.setItem(key, raw)", [STORAGE_KEY, json.dumps({
        "format": 1, "contentVersion": "2025.1", "answers": {
            "retired-question": {"value": "Kept for later.", "at": "2025-01-01T00:00:00.000Z"},
            "informal-leadership": {"value": 2, "at": "2025-01-01T00:00:00.000Z"},
        },
    })])
    page.goto(site.url(STEP_1))
    statements = step_1_statements(guide)
    expect(rating(page, statements[0], 2)).to_be_checked()
    rate_all(page, statements[1:2], [3])
    stored = json.loads(page.evaluate(f"localStorage.getItem({json.dumps(STORAGE_KEY)})"))
    assert stored["format"] == 2
    assert stored["answers"]["retired-question"]["value"] == "Kept for later."
    _, exported = export_answers(page, tmp_path)
    assert exported["answers"]["retired-question"]["value"] == "Kept for later."


def test_a_former_id_may_not_be_an_id_still_in_use(tmp_path):
    content = content_with(tmp_path, "      - id: evaluative-purpose\n        former_ids: [evaluative-structure]\n")
    with pytest.raises(ContentErrors) as raised:
        load_guide(content)
    assert 'former_ids[0]: expected a unique id, "evaluative-structure" is already used at line' in str(raised.value)
