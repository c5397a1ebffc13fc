"""Render an EPUB's pages with headless Chromium to PNG at phone and desktop widths, to look at them.

    .venv/bin/python bench/render.py output/my-life-ch36/my-life-ch36.epub [--out render/] [--at ID]

Writes <page>-phone.png and <page>-desktop.png for every XHTML page in the spine order;
`--at doc-d2` also renders each page scrolled to that element (when the page has it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

WIDTHS = {"phone": (412, 915, 2.0), "desktop": (1280, 900, 1.0)}  # CSS px width, height, device scale
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--hide-scrollbars",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
]
OPF_NS = {"opf": "http://www.idpf.org/2007/opf"}


def spine_pages(root: Path) -> list[Path]:
    """The XHTML pages in reading order, from the package document."""
    container = etree.parse(str(root / "META-INF" / "container.xml"))
    opf_path = root / container.xpath("//*[local-name()='rootfile']/@full-path")[0]
    opf = etree.parse(str(opf_path))
    hrefs = {i.get("id"): i.get("href") for i in opf.xpath("//opf:manifest/opf:item", namespaces=OPF_NS)}
    return [opf_path.parent / hrefs[r.get("idref")] for r in opf.xpath("//opf:spine/opf:itemref", namespaces=OPF_NS)]


def screenshot(chromium: str, page: Path, png: Path, width: int, height: int, scale: float, fragment: str = "") -> None:
    """One screenshot of `page` in a fresh, empty browser profile."""
    with tempfile.TemporaryDirectory(prefix="render-profile-") as profile:
        argv = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                f"--force-device-scale-factor={scale}", f"--screenshot={png}", page.as_uri() + fragment]
        subprocess.run(argv, capture_output=True, timeout=120, check=True)


def main(argv: list[str] | None = None) -> int:
    """Render every page at each width; prints the PNG paths."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("epub", type=Path)
    ap.add_argument("--out", type=Path, default=Path("render"))
    ap.add_argument("--at", action="append", default=[], metavar="ID", help="also render scrolled to this element id")
    ap.add_argument("--height", type=int, help="viewport height in CSS px (default: a screen)")
    args = ap.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("render: chromium not found; install with: sudo apt-get install chromium", file=sys.stderr)
        return 3
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="render-epub-") as tmp:
        root = Path(tmp)
        with zipfile.ZipFile(args.epub) as z:
            z.extractall(root)
        for page in spine_pages(root):
            text = page.read_text(encoding="utf-8")
            targets = [""] + [f"#{i}" for i in args.at if f'id="{i}"' in text]
            for name, (width, height, scale) in WIDTHS.items():
                for fragment in targets:
                    suffix = f"-{fragment[1:]}" if fragment else ""
                    png = args.out / f"{page.stem}{suffix}-{name}.png"
                    screenshot(chromium, page, png, width, args.height or height, scale, fragment)
                    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
