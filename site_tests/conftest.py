"""Build the guide once per test session and serve it on a free port.

Material navigates instantly only within `site_url` (port and path included), so the port
is bound first and the site is built with `site_url` set to it. One server holds two
builds: the guide at `/` and the same guide under `/guide/`, for sub-path hosting.
"""

from __future__ import annotations

import functools
import http.server
import logging
import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from planguide.loader import LoadedGuide, load_guide

ROOT = Path(__file__).resolve().parent.parent

# Debian's Chromium, headless as root, without trying to reach the internet (TOOLCHAIN.md).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-default-apps", "--disable-extensions", "--disable-sync",
    "--disable-quic", "--no-first-run", "--no-default-browser-check",
]


@dataclass(frozen=True)
class Site:
    origin: str  # "http://127.0.0.1:PORT"
    base: str  # the guide's root URL, ending in "/"
    folder: Path

    def url(self, path: str = "") -> str:
        return self.base + path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is the library's
        pass


def build_site(site_url: str, site_dir: Path) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    config = load_config(str(ROOT / "mkdocs.yml"), site_url=site_url, site_dir=str(site_dir))
    build(config)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A static server bound to a free port before anything is built for it."""
    folder = tmp_path_factory.mktemp("www")
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder))
    )
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield origin, folder
    httpd.shutdown()


@pytest.fixture(scope="session")
def site(server) -> Site:
    origin, folder = server
    build_site(f"{origin}/", folder)
    return Site(origin, f"{origin}/", folder)


@pytest.fixture(scope="session")
def subpath_site(server, site) -> Site:
    """The same guide built for `/guide/`, beside the root build on the same origin."""
    origin, folder = server
    build_site(f"{origin}/guide/", folder / "guide")
    return Site(origin, f"{origin}/guide/", folder / "guide")


@pytest.fixture(scope="session")
def guide() -> LoadedGuide:
    return load_guide(ROOT / "content")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, playwright):
    """Playwright's own Chromium where installed, else Debian's (or PLANGUIDE_CHROMIUM)."""
    executable = os.environ.get("PLANGUIDE_CHROMIUM")
    if not executable and not Path(playwright.chromium.executable_path).exists():
        executable = shutil.which("chromium") or shutil.which("chromium-browser")
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    if executable:
        args["executable_path"] = executable
    return args


@pytest.fixture
def page(page):
    """Every test's page fails on a script error, which a reader would never see."""
    errors: list[str] = []
    page.set_default_timeout(10_000)  # a missing control fails fast, not after 30 s
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"script errors on the page: {errors}"
