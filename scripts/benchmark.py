"""Measure what a reader and an author wait for: build time and page weight.

    python scripts/benchmark.py [--builds 5]

Prints the median build time over several builds, and for each page the bytes a first
visit downloads (HTML, the stylesheets and scripts it links, and the ES modules the
guide's script imports), raw and gzipped. Numbers, not pass/fail: machines here are shared
and noisy, so speed is reported, never asserted in tests.
"""

from __future__ import annotations

import argparse
import gzip
import logging
import os
import re
import statistics
import tempfile
import time
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
LINKED = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')
IMPORTS = re.compile(r'from\s+"(\./[^"]+\.mjs)"')


def timed_build(site_dir: Path) -> float:
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir))
    started = time.perf_counter()
    build(config)
    return time.perf_counter() - started


def page_assets(site_dir: Path, page: Path) -> list[Path]:
    html = page.read_text(encoding="utf-8")
    assets: list[Path] = []
    for href in LINKED.findall(html):
        if href.startswith("http"):
            raise SystemExit(f"{page}: third-party asset {href}")
        assets.append((page.parent / href.split("?")[0]).resolve())
    # Follow the guide's ES module imports, as the browser does.
    queue = [a for a in assets if a.suffix == ".mjs"]
    while queue:
        module = queue.pop()
        for name in IMPORTS.findall(module.read_text(encoding="utf-8")):
            target = (module.parent / name).resolve()
            if target not in assets:
                assets.append(target)
                queue.append(target)
    return assets


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--builds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").setLevel(logging.ERROR)

    with tempfile.TemporaryDirectory() as folder:
        site_dir = Path(folder) / "site"
        times = [timed_build(site_dir) for _ in range(args.builds)]
        print(f"build: median {statistics.median(times):.2f} s over {len(times)} builds "
              f"(min {min(times):.2f}, max {max(times):.2f})")
        print(f"{'page':<22} {'requests':>8} {'raw KB':>8} {'gzip KB':>8}")
        totals = []
        for page in sorted(site_dir.glob("**/index.html")):
            if page.parent.name in {"search"}:
                continue
            files = [page, *page_assets(site_dir, page)]
            raw = sum(len(f.read_bytes()) for f in files)
            packed = sum(len(gzip.compress(f.read_bytes())) for f in files)
            totals.append(packed)
            name = page.parent.relative_to(site_dir).as_posix() + "/"
            print(f"{name:<22} {len(files):>8} {raw / 1024:>8.1f} {packed / 1024:>8.1f}")
        print(f"median page, gzipped: {statistics.median(totals) / 1024:.1f} KB "
              f"(search index and worker load later, on first search)")


if __name__ == "__main__":
    main()
