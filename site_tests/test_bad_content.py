"""Bad content stops the build with every mistake named by file, line and expectation.

Each fixture in content_fixtures/bad/ replaces page.yml of a minimal valid guide; its
.expected file holds exactly what the author is told.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from planguide.errors import ContentErrors
from planguide.loader import load_guide

HERE = Path(__file__).parent
FIXTURES = HERE / "content_fixtures"
ROOT = HERE.parent
CASES = sorted(path.stem for path in (FIXTURES / "bad").glob("*.yml"))


def content_with(tmp_path: Path, page_fixture: Path | None = None) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "minimal", content)
    if page_fixture is not None:
        shutil.copy(page_fixture, content / "page.yml")
    return content


def test_the_minimal_fixture_is_valid(tmp_path):
    loaded = load_guide(content_with(tmp_path))
    assert [page.name for page in loaded.pages] == ["page.yml"]


@pytest.mark.parametrize("case", CASES)
def test_each_mistake_gets_its_exact_message(tmp_path, case):
    content = content_with(tmp_path, FIXTURES / "bad" / f"{case}.yml")
    with pytest.raises(ContentErrors) as raised:
        load_guide(content)
    expected = (FIXTURES / "bad" / f"{case}.expected").read_text(encoding="utf-8").rstrip("\n")
    assert str(raised.value) == expected


def test_a_page_missing_from_the_guide_list_is_reported(tmp_path):
    content = content_with(tmp_path)
    (content / "extra.yml").write_text("title: Extra\nblocks:\n  - kind: prose\n    markdown: Hi.\n")
    with pytest.raises(ContentErrors) as raised:
        load_guide(content)
    assert str(raised.value).splitlines()[1:] == [
        "content/extra.yml:1:1: expected this page to be listed in guide.yml `pages`, got a file that is not"
    ]


def test_the_check_command_lists_mistakes_without_a_traceback(tmp_path):
    content = content_with(tmp_path, FIXTURES / "bad" / "several-mistakes.yml")
    result = subprocess.run(
        [sys.executable, "build.py", "check", str(content)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (FIXTURES / "bad" / "several-mistakes.expected").read_text(encoding="utf-8")


def test_a_build_with_bad_content_stops_before_writing_a_site(tmp_path):
    content = content_with(tmp_path, FIXTURES / "bad" / "duplicate-id.yml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config |= {
        "docs_dir": str(content),
        "site_dir": str(tmp_path / "site"),
        "hooks": [str(ROOT / "build.py")],
        "watch": [],
        "theme": {**config["theme"], "custom_dir": str(ROOT / "theme")},
    }
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config), encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "build.py", "build", "--config-file", str(config_file)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode != 0
    assert 'content/page.yml:10:13: blocks[0].items[1].id: expected a unique id, "trust" is already used at line 8' in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists()
