"""What a reader does with the "Your answers" panel, said once for the test_answers_* files."""

from __future__ import annotations

import json
from pathlib import Path

from playwright.sync_api import Page, expect

from conftest import ROOT

GUIDE_ID = "ma-distributed-leadership"
STORAGE_KEY = f"planguide:{GUIDE_ID}"
BAD_FILES = Path(__file__).parent / "bad"
SCHEMA = ROOT / "schema" / "answers.schema.json"
SUMMARY = "Your answers: save a copy, load, share, clear"


def open_panel(page: Page) -> None:
    summary = page.get_by_text(SUMMARY, exact=True)
    if not page.get_by_role("button", name="Export my answers", exact=True).is_visible():
        summary.click()
    expect(page.get_by_role("button", name="Export my answers", exact=True)).to_be_visible()


def export_answers(page: Page, tmp_path: Path) -> tuple[Path, dict]:
    open_panel(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export my answers", exact=True).click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def choose_file(page: Page, path: Path) -> None:
    open_panel(page)
    page.get_by_label("Import answers from a file").set_input_files(path)


def preview(page: Page):
    return page.get_by_role("region", name="From", exact=False)


def stored_answers(page: Page) -> dict:
    raw = page.evaluate(f"localStorage.getItem({json.dumps(STORAGE_KEY)})")
    return json.loads(raw)["answers"] if raw else {}


def answers_file(answers: dict, **fields) -> dict:
    """A well-formed file, as the guide exports it, with `fields` changed."""
    return {
        "format": "planguide-answers",
        "format_version": 1,
        "guide_id": GUIDE_ID,
        "content_version": "2026.12.1",
        "exported_at": "2026-01-05T10:00:00.000Z",
        **fields,
        "answers": {id_: {"value": value, "at": "2026-01-05T09:00:00.000Z"} for id_, value in answers.items()},
    }
