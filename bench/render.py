"""Render an EPUB's pages with headless Chromium to PNG at phone and desktop widths, to look at them.

    .venv/bin/python bench/render.py output/my-life-ch36/my-life-ch36.epub [--out bench/render/]

Renders every XHTML page of the spine in one tall window per width, trims the blank end,
and cuts it into screen-sized slices: <page>-phone-1.png, <page>-phone-2.png, ...,
<page>-desktop-1.png, ... (headless Chromium ignores #fragments when taking a screenshot,
so slices are how to see the middle of a long chapter).
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
from PIL import Image, ImageOps

WIDTHS = {"phone": (390, 844, 1.5), "desktop": (1280, 900, 1.0)}  # CSS px width, screen height, device scale
TALL = 16000  # CSS px rendered per page before trimming; longer pages are cut off (say so)
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


def screenshot(chromium: str, page: Path, png: Path, width: int, height: int, scale: float) -> None:
    """One screenshot of `page` in a fresh, empty browser profile."""
    with tempfile.TemporaryDirectory(prefix="render-profile-") as profile:
        argv = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                f"--force-device-scale-factor={scale}", f"--screenshot={png}", page.as_uri()]
        subprocess.run(argv, capture_output=True, timeout=120, check=True)


def slices(tall: Path, out: Path, stem: str, screen: int) -> list[Path]:
    """Trim the blank bottom of a tall screenshot and cut it into screens of `screen` pixels."""
    with Image.open(tall) as image:
        rgb = image.convert("RGB")
    box = ImageOps.invert(rgb).getbbox()  # the content's extent (the page is white)
    bottom = min(rgb.height, (box[3] if box else 0) + 40)
    if bottom >= rgb.height - 40:
        print(f"render: {stem}: page is longer than {TALL} px, the rest is not shown", file=sys.stderr)
    paths = []
    for n, top in enumerate(range(0, max(bottom, 1), screen), start=1):
        path = out / f"{stem}-{n}.png"
        # 32 colours: text and rules lose nothing visible, and the files are small enough to keep in bench/render/
        rgb.crop((0, top, rgb.width, min(top + screen, bottom))).quantize(colors=32).save(path, optimize=True)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Render every page at each width; prints the PNG paths."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("epub", type=Path)
    ap.add_argument("--out", type=Path, default=Path("bench/render"))
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
            for name, (width, height, scale) in WIDTHS.items():
                tall = root / f"{page.stem}-{name}-tall.png"
                screenshot(chromium, page, tall, width, TALL, scale)
                for png in slices(tall, args.out, f"{page.stem}-{name}", int(height * scale)):
                    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
