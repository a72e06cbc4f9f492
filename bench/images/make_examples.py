"""Make the demo photos in examples/photos/ (composed here from scikit-image samples; no real pupils).

Run: .venv/bin/python bench/images/make_examples.py
sports-day.jpg: five faces on grass, "Amelia Hart" on a jumper, GPS in its EXIF, a camera owner name.
reading-corner.png: a book with a pupil's name and a class register on the wall; no faces, no metadata.
"""
from __future__ import annotations

import os
import random
import sys

from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compose

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "photos")


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(11)
    import skimage.data as d

    grass = Image.fromarray(d.grass()).convert("RGB").resize((1200, 800))
    tint = Image.new("RGB", grass.size, (60, 140, 60))
    canvas = Image.blend(grass, tint, 0.45)
    taken: list[list[int]] = []
    src = compose.sources()
    for i, h in enumerate((150, 130, 110, 90, 70)):
        compose.paste_face(random.Random(100 + i), canvas, taken, h, src=src[(i * 17) % len(src)])
    compose.draw_text_item(rng, canvas, taken, "Amelia Hart", "jumper", 46, 6)
    ex = compose.gps_exif(52.4862, -1.8904)
    ex[0x013B] = "J. Smith"  # Artist: the camera owner's name
    canvas.save(os.path.join(OUT, "sports-day.jpg"), quality=80, exif=ex)

    shelf = Image.fromarray(d.brick()).convert("RGB").resize((900, 600))
    taken = []
    compose.draw_text_item(rng, shelf, taken, "Reading Record: Grace Okafor", "book", 34, -8)
    compose.draw_text_item(rng, shelf, taken, "Register: Will Thompson, Rose Patel", "register", 28, 0)
    shelf.save(os.path.join(OUT, "reading-corner.png"), optimize=True)


if __name__ == "__main__":
    main()
