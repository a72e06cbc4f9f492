"""Photos: bad input, faces and consent, metadata, text in photos, and the safe copy.

Every image is generated here, small (scikit-image's astronaut for a real face, Pillow for text and
EXIF), so the suite stays quick. Quality figures live in bench/bench_images.py, not here.
"""
from __future__ import annotations

import hashlib
import io
import re
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
Image = pytest.importorskip("PIL.Image")
pytest.importorskip("cv2")
skdata = pytest.importorskip("skimage.data")

from PIL import ImageDraw, ImageFont

from safepost import images as I
from safepost.context import Roster
from safepost.detectors.base import Detector, Registry
from safepost.engine import Checker
from safepost.images import faces as F
from safepost.images import loading as L
from safepost.images import ocr as O
from safepost.packs import load_pack
from safepost.types import Post, SafepostError, Span

ROOT = Path(__file__).resolve().parents[1]
ROSTER = Roster.from_csv(ROOT / "examples" / "pupils.csv")


class NamesAndPhones(Detector):
    """A stand-in text detector (roster full names, UK mobiles) so these tests don't hang on others' detectors."""

    name = "test-names"
    categories = ("pupil_identified", "personal_information")

    def detect(self, text, ctx):
        out = []
        for p in ROSTER.pupils:
            for m in re.finditer(rf"\b{re.escape(p.first_name)}(\s+{re.escape(p.last_name)})?\b", text, re.IGNORECASE):
                out.append(self.span("pupil_identified", m.start(), m.end(), 0.95, "name", pupil=p.display,
                                     photo_consent=p.photo_consent))
        for m in re.finditer(r"\b07\d{3}\s?\d{6}\b", text):
            out.append(self.span("personal_information", m.start(), m.end(), 0.9, "phone"))
        return out


@pytest.fixture(scope="module")
def checker():
    return Checker(load_pack("marshfields"), roster=ROSTER, registry=Registry([NamesAndPhones()]))


def astro() -> Image.Image:
    return Image.fromarray(skdata.astronaut())


def two_faces() -> Image.Image:
    a = astro().crop((100, 0, 380, 300))
    canvas = Image.new("RGB", (600, 320), (90, 120, 90))
    canvas.paste(a, (10, 10))
    canvas.paste(a.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (310, 10))
    return canvas


def no_face() -> Image.Image:
    return Image.fromarray(skdata.coffee()).resize((300, 200))


def label(text: str, size=(640, 240), px=56) -> Image.Image:
    img = Image.fromarray(skdata.grass()).convert("RGB").resize(size)
    d = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=px)
    l, t, r, b = d.textbbox((0, 0), text, font=font)
    d.rectangle([40, 60, 40 + r - l + 40, 60 + b - t + 40], fill="white")
    d.text((60 - l, 80 - t), text, font=font, fill="black")
    return img


def gps_exif(lat=52.4862, lon=-1.8904, **extra) -> Image.Exif:
    ex = Image.Exif()
    ex[0x010F] = "Phone Co"  # Make: phones always write it (and Pillow's PNG writer skips a GPS-only block)
    for k, v in extra.items():
        ex[k] = v
    g = ex.get_ifd(0x8825)
    g[1], g[2] = ("N" if lat >= 0 else "S"), (float(int(abs(lat))), float(int(abs(lat) * 60 % 60)), 1.5)
    g[3], g[4] = ("E" if lon >= 0 else "W"), (float(int(abs(lon))), float(int(abs(lon) * 60 % 60)), 2.5)
    return ex


def save(img, path: Path, **kw) -> str:
    img.save(path, **kw)
    return str(path)


def run(checker, paths, text="", tags=(), account="official", **kw):
    post = Post(text=text, images=tuple(paths), tags=tuple(tags), account=account)
    kw.setdefault("ocr", False)  # reading text is the slow part: only the tests about text do it
    return I.check_images(post, checker, checker.context(post), **kw)


def kinds(spans, category=None):
    return sorted(s.kind for s in spans if category is None or s.category == category)


# --- bad input: a clear note naming the file, and the rest of the post still checked --------------

def _png_with_size(w: int, h: int) -> bytes:
    """A tiny PNG whose header claims w × h (how a 'bomb' or an oversized export looks before decoding)."""
    buf = io.BytesIO()
    Image.new("1", (8, 8)).save(buf, format="PNG")
    data = bytearray(buf.getvalue())
    ihdr = struct.pack(">II", w, h) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def _truncated_jpeg() -> bytes:
    buf = io.BytesIO()
    astro().save(buf, format="JPEG", quality=90)
    return buf.getvalue()[:4000]


def _bomb() -> bytes:
    buf = io.BytesIO()  # 81 megapixels of one colour: a few kB on disk, 81 MB+ once decoded
    Image.new("1", (9000, 9000)).save(buf, format="PNG")
    return buf.getvalue()


BAD = [
    ("empty.jpg", b"", "empty (0 bytes)"),
    ("cut.jpg", "truncated", "damaged or incomplete"),
    ("notes.jpg", b"Sports day list\nAmelia, Grace\n", "looks like a text file"),
    ("bomb.png", "bomb", "too large to check safely"),
    ("huge.png", "20k", "too large to check safely"),
    ("garbage.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "can't be read"),
    ("mystery.bin", b"\x00\x01\x02\x03" * 64, "not a photo format"),
]


@pytest.mark.parametrize("name,content,expect", BAD)
def test_bad_files_give_a_clear_note_and_the_rest_is_checked(tmp_path, checker, name, content, expect):
    data = {"truncated": _truncated_jpeg, "bomb": _bomb, "20k": lambda: _png_with_size(20000, 20000)}.get(
        content, lambda: content)()
    bad = tmp_path / name
    bad.write_bytes(data)
    good = save(astro(), tmp_path / "good.jpg", exif=gps_exif())
    spans, notes, unchecked = run(checker, [str(bad), good])
    mine = [n for n in notes if name in n]
    assert len(mine) == 1 and expect in mine[0], notes
    assert unchecked == [str(bad)]  # the photo the checks could not read, by the path it was given as
    assert "location_metadata" in {s.category for s in spans if s.image == good}  # the good photo was checked
    assert not any(s.image == str(bad) for s in spans)


@pytest.mark.parametrize("make,expect", [
    (lambda p: str(p / "missing.jpg"), "no such file"),
    (lambda p: str(p), "a folder, not a photo"),
])
def test_unreadable_paths(tmp_path, checker, make, expect):
    spans, notes, unchecked = run(checker, [make(tmp_path)], text="Sports day")
    assert spans == [] and len(notes) == 1 and expect in notes[0]
    assert unchecked == [make(tmp_path)]


def test_heic_without_the_optional_decoder(tmp_path, checker, monkeypatch):
    monkeypatch.setattr(L, "HEIF_OK", False)
    p = tmp_path / "IMG_0001.HEIC"
    p.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    _, notes, _ = run(checker, [str(p)])
    assert any("IMG_0001.HEIC" in n and "pillow-heif" in n for n in notes)


def test_heic_read_when_the_decoder_is_there(tmp_path, checker):
    if not L.HEIF_OK:
        pytest.skip("pillow-heif not installed")
    p = save(astro(), tmp_path / "photo.heic", format="HEIF", exif=gps_exif())
    spans, notes, _ = run(checker, [p])
    assert "gps" in kinds(spans, "location_metadata") and "face_without_consent" in kinds(spans)


def test_engine_keeps_going_and_reports_notes(tmp_path, checker):
    bad = tmp_path / "x.jpg"
    bad.write_bytes(b"")
    res = checker.check(Post(text="Well done Amelia Hart", images=(str(bad),)))
    assert any("x.jpg" in n for n in res.notes)
    assert any(f.category == "pupil_identified" for f in res.findings)


def test_without_the_images_extra_a_note_says_how_to_install(monkeypatch, checker, tmp_path):
    monkeypatch.setitem(__import__("sys").modules, "cv2", None)
    spans, notes, _ = run(checker, [save(astro(), tmp_path / "a.jpg")])
    assert spans == [] and "safepost[images]" in notes[0]


def _heic_without_decoder(p: Path, monkeypatch) -> str:
    monkeypatch.setattr(L, "HEIF_OK", False)
    (p / "IMG_0001.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    return str(p / "IMG_0001.HEIC")


def _no_image_tools(p: Path, monkeypatch) -> str:
    monkeypatch.setitem(__import__("sys").modules, "cv2", None)
    return save(astro(), p / "class.jpg")


def _empty(p: Path, monkeypatch) -> str:
    (p / "empty.jpg").write_bytes(b"")
    return str(p / "empty.jpg")


def _bomb_file(p: Path, monkeypatch) -> str:
    (p / "bomb.png").write_bytes(_bomb())
    return str(p / "bomb.png")


# The photos the verdict does not cover are named in `unchecked_images`, whatever the note's wording
# (the report used to match "can't be read", and so missed the folder, the HEIC and the bomb).
@pytest.mark.parametrize("make,unchecked", [
    (_empty, True),                                           # "can't be read: the file is empty"
    (lambda p, mp: str(p), True),                              # "this is a folder, not a photo"
    (_heic_without_decoder, True),                            # "this is an iPhone HEIC/HEIF photo and ..."
    (_bomb_file, True),                                       # "too large to check safely"
    (_no_image_tools, True),                                  # "Photos can't be checked on this installation"
    (lambda p, mp: save(no_face(), p / "coffee.jpg"), False),  # checked: nothing to say about it
    (lambda p, mp: save(astro(), p / "gps.jpg", exif=gps_exif()), False),  # checked, with findings
])
def test_photos_that_could_not_be_checked_are_marked_not_worded(tmp_path, checker, monkeypatch, check_schema,
                                                                make, unchecked):
    import jsonschema

    from safepost.report import format_check

    path = make(tmp_path, monkeypatch)
    text = "Sports day photos"
    res = checker.check(Post(text=text, images=(path,), account="official"))
    assert res.unchecked_images == ([path] if unchecked else [])
    d = res.to_dict()
    assert d.get("unchecked_images", []) == res.unchecked_images  # added to the JSON only when there are some
    jsonschema.validate(d, check_schema)
    report = format_check(res, text, checker.pack, "official", "staff")
    assert ("Careful: some photos could not be checked" in report) == unchecked


# --- formats -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt,ext", [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp"), ("GIF", "gif")])
def test_formats_are_read(tmp_path, checker, fmt, ext):
    p = save(astro(), tmp_path / f"a.{ext}", format=fmt)
    spans, notes, _ = run(checker, [p])
    assert notes == [] and kinds(spans, "image_consent") == ["face_without_consent", "photo_of_pupils"]


def test_gif_first_frame_is_checked(tmp_path, checker):
    frames = [astro(), no_face().resize((512, 512))]
    p = tmp_path / "anim.gif"
    frames[0].save(p, save_all=True, append_images=frames[1:], duration=200)
    spans, _, _ = run(checker, [str(p)])
    assert "face_without_consent" in kinds(spans)


def test_video_frames_are_sampled(tmp_path, checker):
    import cv2

    p = str(tmp_path / "clip.mp4")
    vw = cv2.VideoWriter(p, cv2.VideoWriter_fourcc(*"mp4v"), 5, (512, 512))
    if not vw.isOpened():
        pytest.skip("this OpenCV build can't write MP4")
    frame = cv2.cvtColor(skdata.astronaut(), cv2.COLOR_RGB2BGR)
    for _ in range(10):
        vw.write(frame)
    vw.release()
    spans, notes, _ = run(checker, [p])
    assert any("clip.mp4" in n and "video" in n for n in notes)
    assert "face_without_consent" in kinds(spans)


# --- faces and consent ---------------------------------------------------------------------------

FACE_CASES = [
    # image, tags, face_without_consent count, no_consent pupils, expected note fragment
    ("one", [], 1, [], None),
    ("one", ["Amelia Hart"], 0, [], None),  # consent yes
    ("one", ["amelia"], 0, [], None),  # first name, any case
    ("one", ["Zosia"], 0, [], None),  # preferred name of Zofia Zieliński (consent yes)
    ("one", ["Will Thompson"], 1, ["Will Thompson"], None),  # no photo consent
    ("two", ["Amelia Hart"], 2, [], None),  # more faces than consented tags
    ("two", ["Amelia Hart", "Grace Okafor"], 0, [], None),
    ("two", ["Amelia Hart", "Summer Jones"], 2, ["Summer Jones"], None),
    ("one", ["Nobody Known"], 1, [], "matches no pupil"),
    ("one", ["Hart"], 1, [], "matches no pupil"),  # a surname alone is not a tag
    ("none", [], 0, [], None),  # true negative: a cup of coffee
    ("none", ["Will Thompson"], 0, ["Will Thompson"], None),  # no face found: nothing to blur, the tag still counts
]


@pytest.mark.parametrize("which,tags,n_faces,unconsented,note", FACE_CASES)
def test_faces_against_tags_and_consent(tmp_path, checker, which, tags, n_faces, unconsented, note):
    img = {"one": astro, "two": two_faces, "none": no_face}[which]()
    p = save(img, tmp_path / f"{which}.jpg")
    spans, notes, _ = run(checker, [p], tags=tags)
    faces = [s for s in spans if s.kind == "face_without_consent"]
    assert len(faces) == n_faces
    for s in faces:
        assert s.image == p and len(s.box) == 4 and "face" in s.attrs["reason"]
    assert sorted(s.attrs["pupil"] for s in spans if s.kind == "no_consent") == unconsented
    if note:
        assert any(note in n for n in notes)
    else:
        assert notes == []


def test_no_roster_means_every_face_counts_as_unconsented(tmp_path):
    ch = Checker(load_pack("marshfields"), registry=Registry([NamesAndPhones()]))
    p = save(astro(), tmp_path / "a.jpg")
    spans, notes, _ = run(ch, [p], tags=["Amelia Hart"])
    assert kinds(spans, "image_consent").count("face_without_consent") == 1
    assert any("No roster" in n for n in notes)


@pytest.mark.parametrize("caption,named", [
    ("Well done Amelia Hart and Will Thompson!", ["Amelia Hart", "Will Thompson"]),
    ("Sports day fun!", []),
])
def test_names_in_the_caption_are_matched_to_the_photo(tmp_path, checker, caption, named):
    p = save(astro(), tmp_path / "a.jpg")
    spans, _, _ = run(checker, [p], text=caption)
    assert sorted(s.attrs["pupil"] for s in spans if s.kind == "named_photo") == named


def test_names_with_a_faceless_photo_are_not_named_photos(tmp_path, checker):
    p = save(no_face(), tmp_path / "painting.jpg")
    spans, _, _ = run(checker, [p], text="Amelia Hart's painting")
    assert "named_photo" not in kinds(spans)


def test_face_detector_finds_the_astronaut_and_nothing_in_coffee():
    found = F.detect_faces(np.asarray(astro()))
    assert len(found) == 1
    x, y, w, h = found[0].box
    assert 150 < x + w / 2 < 260 and 60 < y + h / 2 < 200
    assert F.detect_faces(np.asarray(no_face())) == []


# --- metadata ------------------------------------------------------------------------------------

META_CASES = [
    ("gps.jpg", {"format": "JPEG", "exif": gps_exif()}, ["gps"]),
    ("gps-south.png", {"format": "PNG", "exif": gps_exif(-33.86, 151.2)}, ["gps"]),
    ("gps.webp", {"format": "WEBP", "exif": gps_exif()}, ["gps"]),
    ("city.jpg", {"format": "JPEG", "xmp": b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Ashworth"/></rdf:RDF></x:xmpmeta>'}, ["geotag"]),
    ("camera-only.jpg", {"format": "JPEG", "exif": (lambda e: (e.__setitem__(0x010F, "Phone Co"), e)[1])(Image.Exif())}, []),
    ("plain.png", {"format": "PNG"}, []),
]


@pytest.mark.parametrize("name,kw,expected", META_CASES)
def test_location_metadata(tmp_path, checker, name, kw, expected):
    p = save(no_face(), tmp_path / name, **kw)
    spans, _, _ = run(checker, [p])
    assert kinds(spans, "location_metadata") == expected
    for s in spans:
        if s.kind == "gps":
            assert s.box is None and s.image == p and "latitude" in s.attrs


def test_gps_position_is_decoded():
    from safepost.images.metadata import read_metadata

    buf = io.BytesIO()
    no_face().save(buf, format="JPEG", exif=gps_exif(-33.8688, 151.2093))
    buf.seek(0)
    p = Path(__import__("tempfile").mkdtemp()) / "s.jpg"
    p.write_bytes(buf.getvalue())
    rep = read_metadata(L.open_images(str(p))[0])
    assert rep.gps["latitude"] < -33 and rep.gps["longitude"] > 151


@pytest.mark.parametrize("tag,value,finds", [
    (0x013B, "Amelia Hart", "pupil_identified"),  # Artist
    (0x9C9C, "Call 07700 900123".encode("utf-16-le"), "personal_information"),  # XPComment
    (0x013B, "Mrs Jones", None),
])
def test_metadata_text_is_checked(tmp_path, checker, tag, value, finds):
    ex = Image.Exif()
    ex[tag] = value
    p = save(no_face(), tmp_path / "m.jpg", exif=ex)
    spans, _, _ = run(checker, [p])
    got = [s for s in spans if s.attrs.get("source", "").startswith("EXIF")]
    assert [s.category for s in got] == ([finds] if finds else [])


# --- text in the photo ---------------------------------------------------------------------------

needs_ocr = pytest.mark.skipif(O.ocr_available() is not None, reason="no OCR engine installed")


@needs_ocr
@pytest.mark.parametrize("text,category,evidence", [
    ("Amelia Hart", "pupil_identified", "Amelia Hart"),
    ("07700 900123", "personal_information", "07700 900123"),
])
def test_text_in_the_photo_is_found_with_its_box(tmp_path, checker, text, category, evidence):
    p = save(label(text), tmp_path / "label.png")
    spans, _, _ = run(checker, [p], ocr=True)
    hits = [s for s in spans if s.category == category]
    assert len(hits) == 1 and hits[0].evidence.replace(" ", "") == evidence.replace(" ", "")
    x, y, w, h = hits[0].box
    assert 30 <= x <= 90 and 50 <= y <= 110 and w > 150  # on the white label drawn at (40, 60)
    assert hits[0].start is None and hits[0].attrs["source"] == "text in the photo"


@needs_ocr
@pytest.mark.parametrize("with_face,named", [(True, ["Amelia Hart"]), (False, [])])
def test_a_name_in_a_photo_of_children_is_a_named_photo(tmp_path, checker, with_face, named):
    img = label("Amelia Hart", size=(900, 520))
    if with_face:
        img.paste(astro().crop((130, 10, 330, 260)), (650, 250))
    spans, _, _ = run(checker, [save(img, tmp_path / "p.png")], ocr=True)
    got = [s for s in spans if s.kind == "named_photo"]
    assert [s.attrs["pupil"] for s in got] == named
    assert all(s.box is not None for s in got)


@needs_ocr
def test_no_text_no_text_findings(tmp_path, checker):
    spans, _, _ = run(checker, [save(no_face(), tmp_path / "c.jpg")], ocr=True)
    assert [s for s in spans if s.category in ("pupil_identified", "personal_information")] == []


def test_ocr_offsets_map_to_boxes():
    o = O.OcrText(text="Amelia Hart\nCall", pieces=[(0, 11, [(100, 50), (320, 50), (320, 90), (100, 90)]),
                                                     (12, 16, [(10, 200), (90, 200), (90, 230), (10, 230)])])
    assert o.box_for(0, 11) == [100, 50, 220, 40]
    x, y, w, h = o.box_for(7, 11)  # "Hart": the right third of the first line
    assert 230 <= x <= 250 and w <= 90
    assert o.box_for(12, 16) == [10, 200, 80, 30]
    assert o.box_for(30, 40) is None


# --- the safe copy -------------------------------------------------------------------------------

def _sha(p) -> str:
    return hashlib.sha256(Path(p).read_bytes()).hexdigest()


def test_safe_copy_blurs_faces_beyond_detection(tmp_path, checker):
    src = tmp_path / "in"
    src.mkdir()
    p = save(two_faces(), src / "group.jpg", exif=gps_exif(), quality=95)
    before = _sha(p)
    post = Post(text="", images=(p,), account="official")
    spans, _, _ = I.check_images(post, checker, checker.context(post), ocr=False)
    boxes = [s.box for s in spans if s.kind == "face_without_consent"]
    assert len(boxes) == 2
    out = I.write_safe_copies(post, spans, str(tmp_path / "out"))
    assert out == [str(tmp_path / "out" / "group.jpg")] and _sha(p) == before
    safe = Image.open(out[0])
    assert len(safe.getexif()) == 0 and "exif" not in safe.info and "icc_profile" not in safe.info
    again = F.detect_faces(np.asarray(safe.convert("RGB")))
    for b in boxes:  # no face is found anywhere near a blurred one
        cx, cy = b[0] + b[2] / 2, b[1] + b[3] / 2
        assert not any(abs(f.box[0] + f.box[2] / 2 - cx) < b[2] and abs(f.box[1] + f.box[3] / 2 - cy) < b[3]
                       for f in again)


def test_safe_copy_keeps_consented_faces(tmp_path, checker):
    p = save(astro(), tmp_path / "a.png")
    post = Post(text="", images=(p,), tags=("Amelia Hart",), account="official")
    spans, _, _ = I.check_images(post, checker, checker.context(post), ocr=False)
    out = I.write_safe_copies(post, spans, str(tmp_path / "out"))
    assert len(F.detect_faces(np.asarray(Image.open(out[0]).convert("RGB")))) == 1


@pytest.mark.parametrize("orientation,size", [(1, (80, 40)), (6, (40, 80)), (8, (40, 80)), (3, (80, 40))])
def test_safe_copy_is_upright_and_has_no_metadata(tmp_path, checker, orientation, size):
    img = Image.new("RGB", (80, 40), "white")
    ImageDraw.Draw(img).rectangle([0, 0, 19, 39], fill="red")  # a red band on the left of the scene
    ex = gps_exif()
    ex[0x0112] = orientation
    ex[0x013B] = "Mr Owner"
    p = save(img, tmp_path / "o.jpg", exif=ex)
    post = Post(text="", images=(p,))
    out = I.write_safe_copies(post, [], str(tmp_path / "out"))
    safe = Image.open(out[0])
    assert safe.size == size and len(safe.getexif()) == 0
    assert safe.getexif().get(0x0112) is None


def test_safe_copy_covers_names_read_in_the_photo(tmp_path, checker):
    p = save(label("Amelia Hart"), tmp_path / "label.png")
    post = Post(text="", images=(p,))
    box = [40, 60, 300, 90]
    out = I.write_safe_copies(post, [Span("pupil_identified", None, None, 1.0, "x", image=p, box=box)],
                              str(tmp_path / "out"))
    arr = np.asarray(Image.open(out[0]).convert("RGB"))
    from safepost.images.safe_copy import COVER

    assert (arr[70:140, 60:320] == COVER).all()


def test_safe_copy_refuses_the_originals_folder(tmp_path, checker):
    p = save(astro(), tmp_path / "a.jpg")
    with pytest.raises(SafepostError, match="original"):
        I.write_safe_copies(Post(text="", images=(p,)), [], str(tmp_path))


def test_findings_carry_image_and_box_through_the_engine(tmp_path, checker):
    p = save(astro(), tmp_path / "a.jpg", exif=gps_exif())
    res = checker.check(Post(text="Sports day fun!", images=(p,), account="official"))
    d = res.to_dict()
    img = [f for f in d["findings"] if f.get("image") == p]
    assert {f["category"] for f in img} >= {"image_consent", "location_metadata"}
    assert any(f["box"] and len(f["box"]) == 4 for f in img)


def test_post_time_is_not_repeated_for_text_in_the_photo(tmp_path):

    from safepost.context import School
    from safepost.detectors import default_registry

    ch = Checker(load_pack("marshfields"), School.from_yaml(ROOT / "examples" / "school.yaml"), ROSTER,
                 registry=default_registry())
    ex = Image.Exif()
    ex[0x010E] = "Our class trip"
    p = save(no_face(), tmp_path / "t.jpg", exif=ex)
    post = Post(text="Lovely day", images=(p,), posted_at=datetime(2025, 3, 12, 10, 0, tzinfo=UTC))
    spans, _, _ = I.check_images(post, ch, ch.context(post), ocr=False)
    assert [s for s in spans if s.category == "timing"] == []


def test_result_with_image_findings_matches_the_contract_schema(tmp_path, checker, check_schema):
    jsonschema = pytest.importorskip("jsonschema")
    bad = tmp_path / "empty.jpg"
    bad.write_bytes(b"")
    p = save(astro(), tmp_path / "a.jpg", exif=gps_exif())
    res = checker.check(Post(text="Well done Amelia Hart!", images=(p, str(bad)), account="official"))
    jsonschema.validate(res.to_dict(), check_schema)
    assert res.notes and any(f.image == p for f in res.findings)


def test_without_centerface_the_haar_fallback_is_used_and_said(tmp_path, checker, monkeypatch):
    monkeypatch.setattr(F, "centerface_path", lambda: None)
    F.get_detector.cache_clear()
    try:
        spans, notes, _ = run(checker, [save(astro(), tmp_path / "a.jpg")])
        assert F.get_detector().name == "haar"
        assert any("simpler detector" in n for n in notes)
        assert kinds(spans).count("face_without_consent") == 1
    finally:
        F.get_detector.cache_clear()


# --- speed measures that must not change what is found -------------------------------------------

@pytest.mark.parametrize("backend", ["onnxruntime", "opencv"])
@pytest.mark.parametrize("which,n", [("astro", 1), ("two_faces", 2), ("no_face", 0)])
def test_both_face_model_backends_find_the_same_faces(backend, which, n):
    pytest.importorskip("onnxruntime")
    det = F.CenterFaceDetector(F.centerface_path(), backend=backend)
    assert det.backend == backend
    img = np.asarray({"astro": astro, "two_faces": two_faces, "no_face": no_face}[which]())
    found = det(img)
    assert len(found) == n
    ref = F.CenterFaceDetector(F.centerface_path(), backend="opencv")(img)
    assert [f.box for f in found] == [f.box for f in ref]


def test_s2d_lays_out_each_2x2_block_as_twelve_channels():
    img = np.arange(4 * 6 * 3, dtype=np.uint8).reshape(4, 6, 3)
    out = F.s2d(img)
    assert out.shape == (2, 3, 12)
    for i, j, dy, dx, c in [(0, 0, 0, 0, 0), (0, 0, 1, 1, 2), (1, 2, 0, 1, 1), (1, 1, 1, 0, 0)]:
        assert out[i, j, dy * 6 + dx * 3 + c] == img[2 * i + dy, 2 * j + dx, c]
    batch = np.stack([img, img[::-1]])  # a batch lays out each image the same way
    assert (F.s2d(batch)[0] == out).all() and (F.s2d(batch)[1] == F.s2d(img[::-1].copy())).all()


def test_the_int8_face_model_ships_and_is_the_default(monkeypatch):
    pytest.importorskip("onnxruntime")
    assert F.int8_model_path() is not None
    monkeypatch.delenv("SAFEPOST_FACE_MODEL", raising=False)
    F.get_detector.cache_clear()
    try:
        det = F.get_detector()
        assert (det.name, det.model, det.backend) == ("centerface", "int8", "onnxruntime")
    finally:
        F.get_detector.cache_clear()


@pytest.mark.parametrize("env,int8_file,model", [
    ("float", True, "float"),  # asked for the float model
    ("int8", False, "float"),  # the int8 file (or onnxruntime) missing: the float model
    ("", False, "float"),
])
def test_the_float_model_when_asked_or_when_int8_is_missing(monkeypatch, env, int8_file, model):
    monkeypatch.setenv("SAFEPOST_FACE_MODEL", env)
    if not int8_file:
        monkeypatch.setattr(F, "int8_model_path", lambda: None)
    F.get_detector.cache_clear()
    try:
        assert F.get_detector().model == model
    finally:
        F.get_detector.cache_clear()


def test_the_int8_model_needs_onnxruntime():
    pytest.importorskip("onnxruntime")
    with pytest.raises(ValueError, match="onnxruntime"):
        F.CenterFaceDetector(F.int8_model_path(), backend="opencv")


@pytest.mark.parametrize("which,n", [("astro", 1), ("two_faces", 2), ("no_face", 0), ("group", 4)])
def test_int8_and_float_models_find_the_same_faces(which, n):
    pytest.importorskip("onnxruntime")
    if which == "group":  # four astronauts of different sizes on grass, one partly off the edge
        canvas = Image.fromarray(skdata.grass()).convert("RGB").resize((1000, 700))
        head = astro().crop((140, 15, 315, 215))
        for (x, y), side in [((20, 30), 175), ((300, 350), 120), ((620, 80), 90), ((930, 400), 140)]:
            canvas.paste(head.resize((side, int(side * 200 / 175))), (x, y))
        img = np.asarray(canvas)
    else:
        img = np.asarray({"astro": astro, "two_faces": two_faces, "no_face": no_face}[which]())
    q = F.CenterFaceDetector(F.int8_model_path())(img)
    f = F.CenterFaceDetector(F.centerface_path())(img)
    assert len(q) == len(f) == n
    for a, b in zip(q, f):
        assert F._iou(a.box, b.box) > 0.7


def _big_astro(side: int) -> Image.Image:
    return astro().resize((side, side), Image.Resampling.BICUBIC)


@pytest.mark.parametrize("fmt,side,max_side,orientation,scale,size", [
    ("JPEG", 2048, 1024, 1, 2.0, (1024, 1024)),  # decoded at half size
    ("JPEG", 2048, 512, 1, 4.0, (512, 512)),
    ("JPEG", 2048, 1900, 1, 1.0, (2048, 2048)),  # half would be under 0.9 x max_side: full size
    ("JPEG", 2048, None, 1, 1.0, (2048, 2048)),  # the safe copy: every pixel
    ("PNG", 2048, 1024, 1, 1.0, (2048, 2048)),  # only JPEG can be decoded smaller
])
def test_big_jpegs_are_decoded_at_a_reduced_size(tmp_path, fmt, side, max_side, orientation, scale, size):
    p = save(_big_astro(side), tmp_path / f"big.{fmt.lower()}", format=fmt)
    fr = L.open_images(p, max_side=max_side)[0]
    assert fr.scale == scale and fr.image.size == size and fr.image.mode == "RGB"


def test_a_reduced_rotated_jpeg_is_upright_and_keeps_its_metadata(tmp_path):
    img = Image.new("RGB", (1600, 800), "white")
    ImageDraw.Draw(img).rectangle([0, 0, 399, 799], fill="red")
    ex = gps_exif()
    ex[0x0112] = 6  # the camera was turned: shown 800 wide, 1600 high
    p = save(img, tmp_path / "turned.jpg", exif=ex, quality=95)
    fr = L.open_images(p, max_side=800)[0]
    assert fr.scale == 2.0 and fr.image.size == (400, 800)
    from safepost.images.metadata import read_metadata

    assert read_metadata(fr).gps.get("latitude") == pytest.approx(52.0 + 29 / 60 + 1.5 / 3600, abs=1e-4)
    top = np.asarray(fr.image)[:100].reshape(-1, 3).mean(0)  # the red band is now along the top
    assert top[0] > 200 and top[1] < 80


def test_faces_found_on_a_reduced_photo_point_into_the_original(tmp_path, checker, monkeypatch):
    p = save(_big_astro(2048), tmp_path / "big.jpg", quality=92)
    monkeypatch.setattr(F, "DETECT_LONG_SIDE", 1024)  # check_images decodes at half size
    spans, _, _ = run(checker, [p])
    boxes = [s.box for s in spans if s.kind == "face_without_consent"]
    full = F.detect_faces(np.asarray(L.open_images(p)[0].image.resize((1024, 1024))), scale=2.0)
    assert len(boxes) == 1 and len(full) == 1
    assert all(abs(a - b) <= 24 for a, b in zip(boxes[0], full[0].box))
    x, y, w, h = boxes[0]
    assert 600 < x + w / 2 < 1040 and 240 < y + h / 2 < 800  # the astronaut's face, 4x the 512 px photo


def _video(path: Path) -> str | None:
    import cv2

    vw = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 5, (64, 64))
    if not vw.isOpened():
        return None
    for _ in range(3):
        vw.write(np.zeros((64, 64, 3), np.uint8))
    vw.release()
    return str(path)


@pytest.mark.parametrize("name,make,said", [
    ("clip.mp4", "video", "it is a video"),
    ("empty.jpg", b"", "empty (0 bytes)"),
    ("notes.jpg", b"Sports day list\n", "text file"),
    ("fine.jpg", "photo", None),
])
def test_a_skipped_safe_copy_is_reported(tmp_path, name, make, said):
    src = tmp_path / "in"
    src.mkdir()
    if make == "video":
        p = _video(src / name)
        if p is None:
            pytest.skip("this OpenCV build can't write MP4")
    elif make == "photo":
        p = save(no_face(), src / name)
    else:
        (src / name).write_bytes(make)
        p = str(src / name)
    out = I.write_safe_copies(Post(text="", images=(p,)), [], str(tmp_path / "out"))
    if said is None:
        assert out == [str(tmp_path / "out" / name)] and out.skipped == []
    else:
        assert out == [] and len(out.skipped) == 1
        assert name in out.skipped[0] and said in out.skipped[0] and "no safe copy" in out.skipped[0].lower()


def test_a_cut_photo_is_noted_even_when_another_library_loads_truncated_images(tmp_path, checker, monkeypatch):
    # weasyprint (the web app's PDF export) sets PIL's process-wide LOAD_TRUNCATED_IMAGES on import; the checks must
    # still say a cut-short photo is damaged, and leave the other library's setting as it was.
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    bad = tmp_path / "cut.jpg"
    bad.write_bytes(_truncated_jpeg())
    spans, notes, unchecked = run(checker, [str(bad)])
    assert any("cut.jpg" in n and "damaged or incomplete" in n for n in notes), notes
    assert unchecked == [str(bad)]
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True
