"""A bad answers file changes nothing and says why. The same files (answer_files/bad/) are
refused by the committed schema and by the browser's import, so the two cannot drift."""

import json

import jsonschema
import pytest
from playwright.sync_api import expect

from answer_files.panel import BAD_FILES, SCHEMA, answers_file, choose_file, preview, stored_answers
from reader import STEP_1, rate_all, rating, step_1_statements

SHARED_VISION = "We have a shared vision of strong instructional practice."
NOTHING = "Nothing was changed."
EXPECTED = {
    "not-json.json": "it is not an answers file (it is not JSON)",
    "not-an-answers-file.json": "it is not in the answers format of this guide",
    "unknown-field.json": "it is not in the answers format of this guide",
    "newer-format.json": "it was saved by a newer version of the guide",
    "wrong-guide.json": "it holds answers to another guide (“another-guide”), not this one",
    "invalid-answer-id.json": "it names an answer “__proto__”, which is not a valid answer id",
    "rating-above-the-scale.json": f"its answer to “{SHARED_VISION}” is not a possible answer",
    "rating-below-the-scale.json": f"its answer to “{SHARED_VISION}” is not a possible answer",
    "rating-as-text.json": f"its answer to “{SHARED_VISION}” is not a possible answer",
    "answer-without-time.json": f"its answer to “{SHARED_VISION}” is not a possible answer",
    "choice-not-offered.json": "its answer to “Approach to distributed leadership” is not a possible answer",
    "script-in-an-answer.json": "its answer to “Purpose” holds HTML or script",
    "image-with-onerror-in-an-answer.json": f"its answer to “Reflection: {SHARED_VISION}” holds HTML or script",
    "html-in-the-name.json": "its answer to “the file as a whole” holds HTML or script",
    "text-too-long.json": "its answer to “Purpose” is longer than any answer can be",
}
BAD = sorted(path.name for path in BAD_FILES.glob("*.json"))


def test_every_bad_file_has_its_expected_message():
    assert sorted(EXPECTED) == BAD


@pytest.mark.parametrize("name", BAD)
def test_the_schema_refuses_each_bad_file(name):
    text = (BAD_FILES / name).read_text(encoding="utf-8")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    with pytest.raises((ValueError, jsonschema.ValidationError)):
        jsonschema.validate(json.loads(text), schema)


@pytest.mark.parametrize("name", BAD)
def test_the_import_refuses_each_bad_file_and_changes_nothing(page, site, guide, name):
    statements = step_1_statements(guide)
    page.goto(site.url(STEP_1))
    rate_all(page, statements[:3], [2, 3, 4])
    before = stored_answers(page)

    choose_file(page, BAD_FILES / name)
    expect(page.get_by_text(f"This file cannot be loaded: {EXPECTED[name]}")).to_contain_text(NOTHING)
    expect(preview(page)).to_be_hidden()
    assert stored_answers(page) == before
    page.reload()
    expect(rating(page, statements[0], 2)).to_be_checked()


def test_a_file_over_1_mb_is_refused_by_its_size_alone(page, site, guide, tmp_path):
    page.goto(site.url(STEP_1))
    rate_all(page, step_1_statements(guide)[:1], [2])
    before = stored_answers(page)
    # Valid answers, padded with spaces: only the size is wrong.
    text = json.dumps(answers_file({"shared-vision": 4}))
    too_big = tmp_path / "too-big.json"
    too_big.write_text(text + " " * (1_048_576 + 1 - len(text)))
    assert too_big.stat().st_size == 1_048_577

    choose_file(page, too_big)
    expect(page.get_by_text("This file cannot be loaded: it is larger than 1 MB")).to_be_visible()
    assert stored_answers(page) == before

    # One byte less, and the same answers are offered: the limit is exactly 1 MB.
    just_fits = tmp_path / "just-fits.json"
    just_fits.write_text(text + " " * (1_048_576 - len(text)))
    choose_file(page, just_fits)
    expect(preview(page)).to_contain_text("Answers it holds: 1")
