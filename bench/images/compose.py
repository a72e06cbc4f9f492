"""A labelled image set made here, from material we may use: scikit-image's sample photos
(astronaut, cameraman: public domain; lfw_subset: 100 small face crops from Labeled Faces in the Wild,
as shipped with scikit-image), text drawn with Pillow, and EXIF/XMP written with Pillow.

No photos of real children exist in that material, so faces are adult faces composed at the sizes,
angles, turns and occlusions of children in a class group photo. Everything is generated from a
seed: `make_face_set(seed)` etc. return images with their labels; nothing is written to the repo.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

FONTS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"]

NAMES = ["Amelia Hart", "Oliver Bennett", "Grace Okafor", "Rose Patel", "Reggie Doyle", "Zofia Zielinski",
         "Harper Lee", "Noah Ahmed", "Isla MacDonald", "Poppy Evans", "Leo Nowak", "Freya Walsh",
         "Theo Robinson", "Ava Mensah", "Jack Murphy", "Ruby Chen", "Arthur Shaw", "Sienna Kowalski",
         "Oscar Begum", "Evie Taylor", "Lily Adeyemi", "George Fletcher", "Mia Novak", "Harry Singh",
         "Daisy Brown", "Alfie Green", "Willow Hughes", "Ivy Dunn", "Jacob Fraser", "Maya Campbell"]


@dataclass
class Sample:
    """One generated photo and what is truly in it."""

    image: Image.Image
    faces: list[list[int]] = field(default_factory=list)  # true face boxes [x, y, w, h]
    face_tags: list[str] = field(default_factory=list)  # per face: small/turned/occluded/rotated…
    texts: list[tuple[str, list[int], str]] = field(default_factory=list)  # (text, box, what: name/phone)
    name: str = ""


def font(size: int, i: int = 0) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A TrueType font if the system has one, else Pillow's own scalable default."""
    for path in FONTS[i % len(FONTS):] + FONTS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _sources() -> list[tuple[Image.Image, list[int]]]:
    """Face sources: (crop with some surroundings, true face box inside the crop)."""
    import skimage.data as d

    out = []
    astro = Image.fromarray(d.astronaut())
    out.append((astro.crop((140, 15, 315, 215)), [42, 43, 88, 120]))
    cam = Image.fromarray(d.camera()).convert("RGB")
    out.append((cam.crop((160, 70, 300, 230)), [40, 45, 60, 85]))
    # LFW's crops are tight on the inner face (no hair, no head): each is set into the astronaut's
    # head, tinted to her skin tone, so the detector sees a whole head as in a real photo.
    head = astro.crop((140, 15, 315, 215))
    skin = np.asarray(astro.crop((200, 110, 250, 150))).reshape(-1, 3).mean(0)
    lfw = d.lfw_subset()[:100]
    for f in lfw:
        g = (f * 255).astype(np.float32)
        g = g / max(1.0, g.mean())
        rgb = np.clip(g[..., None] * skin[None, None, :], 0, 255).astype(np.uint8)
        inner = Image.fromarray(rgb).resize((78, 92), Image.Resampling.BICUBIC)
        m = Image.new("L", inner.size, 0)
        ImageDraw.Draw(m).ellipse([0, 0, inner.width - 1, inner.height - 1], fill=255)
        m = m.filter(ImageFilter.GaussianBlur(5))
        h2 = head.copy()
        h2.paste(inner, (47, 60), m)
        out.append((h2, [42, 43, 88, 120]))
    return out


_SRC: list | None = None


def sources() -> list[tuple[Image.Image, list[int]]]:
    global _SRC
    if _SRC is None:
        _SRC = _sources()
    return _SRC


def background(rng: random.Random, w: int, h: int) -> Image.Image:
    """A busy but face-free background from scikit-image's samples (grass, brick, coffee, cat…)."""
    import skimage.data as d

    picks = [d.grass, d.brick, d.coffee, d.chelsea, d.rocket, d.immunohistochemistry, d.gravel, d.hubble_deep_field]
    base = Image.fromarray(rng.choice(picks)()).convert("RGB").resize((w, h), Image.Resampling.BILINEAR)
    over = Image.fromarray(rng.choice(picks)()).convert("RGB").resize((w // 2, h // 2))
    base.paste(over, (rng.randrange(0, w // 2), rng.randrange(0, h // 2)))
    return base


def _place(rng: random.Random, taken: list[list[int]], w: int, h: int, bw: int, bh: int) -> tuple[int, int] | None:
    for _ in range(60):
        x, y = rng.randrange(0, max(1, w - bw)), rng.randrange(0, max(1, h - bh))
        if all(x + bw < t[0] or t[0] + t[2] < x or y + bh < t[1] or t[1] + t[3] < y for t in taken):
            return x, y
    return None


def paste_face(rng: random.Random, canvas: Image.Image, taken: list[list[int]], height: int,
               src: tuple[Image.Image, list[int]] | None = None) -> tuple[list[int], list[str]] | None:
    """Paste one face `height` px high, turned/rotated/occluded at random; its true box and tags."""
    crop, fb = src or rng.choice(sources())
    tags: list[str] = []
    s = height / fb[3]
    sx = s
    if rng.random() < 0.35:  # a turned head looks narrower
        sx = s * rng.uniform(0.6, 0.85)
        tags.append("turned")
    img = crop.resize((max(2, int(crop.width * sx)), max(2, int(crop.height * s))), Image.Resampling.LANCZOS)
    box = [fb[0] * sx, fb[1] * s, fb[2] * sx, fb[3] * s]
    if rng.random() < 0.5:
        img = ImageOps.mirror(img)
        box[0] = img.width - box[0] - box[2]
    if rng.random() < 0.25:
        arr = np.asarray(img).astype(float) * rng.uniform(0.55, 1.35)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        tags.append("lighting")
    if rng.random() < 0.3:  # a hand, a hat or another child in front
        draw = ImageDraw.Draw(img)
        col = tuple(rng.randrange(0, 255) for _ in range(3))
        bx, by, bw, bh = box
        if rng.random() < 0.5:
            draw.rectangle([bx, by + bh * 0.65, bx + bw, by + bh * 1.1], fill=col)
        else:
            side = bx if rng.random() < 0.5 else bx + bw * 0.7
            draw.rectangle([side, by, side + bw * 0.3, by + bh], fill=col)
        tags.append("occluded")
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).ellipse([2, 2, img.width - 3, img.height - 3], fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(max(1, img.width / 30)))
    ang = rng.uniform(-30, 30) if rng.random() < 0.4 else 0.0
    if ang:
        tags.append("rotated")
        img = img.rotate(ang, expand=True, resample=Image.Resampling.BICUBIC)
        mask = mask.rotate(ang, expand=True)
        # The true box: the rotated face rectangle's bounds, shrunk a little (a face is not a box).
        cx, cy = box[0] + box[2] / 2, box[1] + box[3] / 2
        w0, h0 = img.width, img.height
        ow, oh = crop.width * sx, crop.height * s
        ox, oy = cx - ow / 2, cy - oh / 2
        r = math.radians(ang)
        ncx = w0 / 2 + ox * math.cos(r) + oy * math.sin(r)
        ncy = h0 / 2 - ox * math.sin(r) + oy * math.cos(r)
        bw = box[2] * abs(math.cos(r)) + box[3] * abs(math.sin(r))
        bh = box[2] * abs(math.sin(r)) + box[3] * abs(math.cos(r))
        box = [ncx - bw * 0.45, ncy - bh * 0.45, bw * 0.9, bh * 0.9]
    if height < 40:
        tags.append("small")
    pos = _place(rng, taken, canvas.width, canvas.height, img.width, img.height)
    if pos is None:
        return None
    canvas.paste(img, pos, mask)
    taken.append([pos[0], pos[1], img.width, img.height])
    return [int(pos[0] + box[0]), int(pos[1] + box[1]), int(box[2]), int(box[3])], tags


def make_face_set(seed: int = 1, n: int = 40, size: tuple[int, int] = (1600, 1200),
                  empty: int = 10) -> list[Sample]:
    """Group photos of 2-10 faces 24-260 px high (half of them under 60 px), plus photos with no face."""
    rng = random.Random(seed)
    out = []
    for i in range(n + empty):
        canvas = background(rng, *size)
        smp = Sample(image=canvas, name=f"faces-{i:03d}")
        if i < n:
            taken: list[list[int]] = []
            for _ in range(rng.randint(2, 10)):
                h = int(math.exp(rng.uniform(math.log(24), math.log(260 * size[0] / 1600))))
                got = paste_face(rng, canvas, taken, h)
                if got:
                    smp.faces.append(got[0])
                    smp.face_tags.append(",".join(got[1]) or "plain")
        out.append(smp)
    return out


TEXT_STYLES = {
    "label": ((255, 255, 255), (10, 10, 10)),
    "jumper": ((20, 40, 120), (250, 250, 250)),
    "jumper2": ((140, 20, 30), (250, 220, 60)),
    "book": ((230, 200, 80), (30, 30, 30)),
    "whiteboard": ((245, 245, 240), (20, 40, 160)),
    "sign": ((10, 80, 40), (255, 255, 255)),
    "register": ((250, 250, 250), (40, 40, 40)),
}


def draw_text_item(rng: random.Random, canvas: Image.Image, taken: list[list[int]], text: str,
                   style: str, px: int, angle: float, font_i: int = 0) -> list[int] | None:
    """Draw `text` on a patch (label, jumper, book…) at an angle; return the text's true box."""
    bg, fg = TEXT_STYLES[style]
    f = font(px, font_i)
    l, t, r, b = f.getbbox(text)
    tw, th = r - l, b - t
    pad = max(6, px // 2)
    patch = Image.new("RGB", (tw + 2 * pad, th + 2 * pad), bg)
    if style.startswith("jumper"):  # knitted texture under the letters
        noise = np.random.default_rng(rng.randrange(1 << 30)).integers(-18, 18, (patch.height, patch.width, 1))
        patch = Image.fromarray(np.clip(np.asarray(patch).astype(int) + noise, 0, 255).astype(np.uint8))
    ImageDraw.Draw(patch).text((pad - l, pad - t), text, font=f, fill=fg)
    mask = Image.new("L", patch.size, 255)
    if angle:
        patch = patch.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
        mask = mask.rotate(angle, expand=True)
    pos = _place(rng, taken, canvas.width, canvas.height, patch.width, patch.height)
    if pos is None:
        return None
    canvas.paste(patch, pos, mask)
    taken.append([pos[0], pos[1], patch.width, patch.height])
    return [pos[0], pos[1], patch.width, patch.height]


def make_text_set(seed: int = 2, n: int = 40, size: tuple[int, int] = (1600, 1200)) -> list[Sample]:
    """Photos with 1-4 names (and sometimes a phone number) on labels, jumpers, books and boards."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        canvas = background(rng, *size)
        smp = Sample(image=canvas, name=f"text-{i:03d}")
        taken: list[list[int]] = []
        for j in range(rng.randint(1, 4)):
            name = rng.choice(NAMES)
            if rng.random() < 0.3:
                name = name.split()[0]
            style = rng.choice(list(TEXT_STYLES))
            text = name.upper() if style == "sign" else name
            px = rng.randint(22, 70)
            angle = rng.choice([0, 0, rng.uniform(-10, 10), rng.uniform(-20, 20)])
            box = draw_text_item(rng, canvas, taken, text, style, px, angle, j + i)
            if box:
                smp.texts.append((name, box, f"name:{style}:{px}px:{abs(angle):.0f}deg"))
        if rng.random() < 0.3:
            phone = f"07700 900{rng.randrange(100, 999)}"
            box = draw_text_item(rng, canvas, taken, f"Call {phone}", "sign", rng.randint(26, 50), 0)
            if box:
                smp.texts.append((phone, box, "phone"))
        out.append(smp)
    return out


def gps_exif(lat: float, lon: float, artist: str | None = None) -> Image.Exif:
    """An EXIF block with a GPS position (and optionally an Artist), as a phone writes it."""
    ex = Image.Exif()
    ex[0x010F] = "Phone Maker"
    ex[0x0110] = "Model 12"
    if artist:
        ex[0x013B] = artist

    def dms(v: float) -> tuple[float, float, float]:
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60, 4)
        return (float(d), float(m), float(s))

    gps = ex.get_ifd(0x8825)
    gps[1] = "N" if lat >= 0 else "S"
    gps[2] = dms(lat)
    gps[3] = "E" if lon >= 0 else "W"
    gps[4] = dms(lon)
    return ex


def xmp_city(city: str) -> bytes:
    """A minimal XMP packet naming a city (as photo apps write when a place is added)."""
    return (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            f'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="{city}"/>'
            f'</rdf:RDF></x:xmpmeta>').encode()
