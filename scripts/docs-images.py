#!/usr/bin/env python3
"""Regenerates the page images in docs/images that the README shows, from the PDFs `make demo`
writes to Samples/output and from `homeprogram catalogue sheet`:

  handout-short.png    pages 1-3 of Samples/output/jose-disc.pdf (the short handout)
  handout-booklet.png  pages 1 and 6 of Samples/output/jose-disc-booklet.pdf
  handout-es.png       pages 1-2 of Samples/output/rosa-disc-es.pdf
  catalogue-sheet-N.png  every page of the catalogue sheet

Pages at 60 dpi with a thin grey frame, side by side. Run it after `make demo` whenever a
change moves what those pages show:

  scripts/docs-images.py [PROGRAM]   # default: the newer of .build/release/homeprogram (what
                                     # `make demo` builds) and .build/debug/homeprogram

Needs poppler-utils (pdftoppm, pdfinfo) and Pillow (apt-get install python3-pil).
"""
import os
import subprocess
import sys
import tempfile

try:
    from PIL import Image, ImageDraw
except ImportError:
    sys.exit("docs-images: needs Pillow (apt-get install python3-pil)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DPI = 60
GAP = 10


def render(pdf, page, work):
    """One page of `pdf` as an image with a thin frame."""
    base = os.path.join(work, f"page-{page}")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", pdf, base],
        check=True)
    image = Image.open(base + ".png").convert("RGB")
    ImageDraw.Draw(image).rectangle([0, 0, image.width - 1, image.height - 1], outline=(150, 150, 150))
    return image


def side_by_side(pdf, pages, out, work):
    images = [render(pdf, page, work) for page in pages]
    width = sum(image.width for image in images) + GAP * (len(images) - 1)
    sheet = Image.new("RGB", (width, max(image.height for image in images)), "white")
    x = 0
    for image in images:
        sheet.paste(image, (x, 0))
        x += image.width + GAP
    sheet.save(out, optimize=True)
    print(f"wrote {os.path.relpath(out, ROOT)}")


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def main():
    if len(sys.argv) > 1:
        program = sys.argv[1]
    else:
        # The newer of the two builds: an older one would draw the figures as they were.
        candidates = [os.path.join(ROOT, ".build", kind, "homeprogram") for kind in ("release", "debug")]
        built = [path for path in candidates if os.access(path, os.X_OK)]
        program = max(built, key=os.path.getmtime) if built else None
        if program is None:
            sys.exit("docs-images: no homeprogram in .build/release or .build/debug: run `make demo` first")
    if not os.access(program, os.X_OK):
        sys.exit(f"docs-images: {program} is not a program")
    images = os.path.join(ROOT, "docs/images")
    output = os.path.join(ROOT, "Samples/output")
    with tempfile.TemporaryDirectory() as work:
        side_by_side(os.path.join(output, "jose-disc.pdf"), [1, 2, 3], os.path.join(images, "handout-short.png"), work)
        side_by_side(
            os.path.join(output, "jose-disc-booklet.pdf"), [1, 6], os.path.join(images, "handout-booklet.png"), work)
        side_by_side(os.path.join(output, "rosa-disc-es.pdf"), [1, 2], os.path.join(images, "handout-es.png"), work)
        sheet = os.path.join(work, "sheet.pdf")
        subprocess.run([program, "catalogue", "sheet", "-o", sheet], check=True, stdout=subprocess.DEVNULL)
        for page in range(1, page_count(sheet) + 1):
            base = os.path.join(images, f"catalogue-sheet-{page}")
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", sheet, base],
                check=True)
            print(f"wrote {os.path.relpath(base, ROOT)}.png")


if __name__ == "__main__":
    main()
