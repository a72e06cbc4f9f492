"""What a photo's hidden details (EXIF, XMP, IPTC, PNG text) say: where it was taken, and who wrote what."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from PIL import ExifTags

from safepost.images.loading import Loaded

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
# GPS tags that place the photo (version, time and satellites alone do not).
GPS_PLACE_TAGS = {1: "latitude", 2: "latitude", 3: "longitude", 4: "longitude", 6: "altitude",
                  0x13: "destination", 0x14: "destination", 0x15: "destination", 0x16: "destination",
                  0x1B: "processing method", 0x1C: "area"}
# Text fields in EXIF a person fills in or a camera stamps with its owner's name.
EXIF_TEXT = {0x010E: "image description", 0x013B: "artist", 0x8298: "copyright",
             0x9C9B: "title", 0x9C9C: "comment", 0x9C9D: "author", 0x9C9E: "keywords", 0x9C9F: "subject"}
EXIF_SUB_TEXT = {0x9286: "user comment", 0xA430: "camera owner name", 0xA431: "camera serial number"}
PNG_TEXT_KEYS = {"author", "comment", "description", "title", "copyright", "source", "software_note"}
# XMP / IPTC properties that name a place.
XMP_PLACE = re.compile(
    r"(?:exif:GPS(?:Latitude|Longitude|AreaInformation)|photoshop:(?:City|State|Country)"
    r"|Iptc4xmpCore:(?:Location|CountryCode)|Iptc4xmpExt:(?:LocationShown|LocationCreated|City|Sublocation)"
    r"|xmpDM:shotLocation)",
    re.IGNORECASE)
XMP_TEXT = re.compile(
    r"<(dc:creator|dc:description|dc:title|dc:rights|dc:subject|photoshop:Credit|xmp:Author|exif:UserComment)\b[^>]*>"
    r"(.*?)</\1>", re.IGNORECASE | re.DOTALL)
IPTC_PLACE = {(2, 90): "city", (2, 92): "sub-location", (2, 95): "province or state", (2, 101): "country"}
IPTC_TEXT = {(2, 80): "by-line", (2, 116): "copyright", (2, 120): "caption", (2, 122): "caption writer",
             (2, 25): "keywords", (2, 5): "object name"}


@dataclass
class MetaReport:
    """What one photo's metadata holds: location facts and free text for the text detectors."""

    gps: dict[str, Any] = field(default_factory=dict)  # latitude/longitude in degrees, altitude…
    places: list[str] = field(default_factory=list)  # e.g. "XMP photoshop:City", "IPTC city: Ashworth"
    texts: list[tuple[str, str]] = field(default_factory=list)  # (where, text)


def _ratio(v: Any) -> float:
    try:
        return float(v)
    except (TypeError, ValueError, ZeroDivisionError):
        return float("nan")


def _degrees(dms: Any, ref: Any) -> float | None:
    try:
        d, m, s = (_ratio(x) for x in dms)
    except (TypeError, ValueError):
        return None
    val = d + m / 60 + s / 3600
    if math.isnan(val):  # from a zero denominator
        return None
    if str(ref).strip().upper()[:1] in ("S", "W"):
        val = -val
    return round(val, 6)


def _text(v: Any) -> str:
    if isinstance(v, bytes):
        if v[:8] in (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00", b"\x00" * 8):
            enc = "utf-16" if v[:8] == b"UNICODE\x00" else "latin-1"
            v = v[8:].decode(enc, errors="replace")
        elif len(v) >= 2 and v[1:2] == b"\x00":  # Windows XP* tags are UTF-16LE
            v = v.decode("utf-16-le", errors="replace")
        else:
            v = v.decode("utf-8", errors="replace")
    if isinstance(v, (tuple, list)) and v and all(isinstance(x, int) for x in v):
        v = bytes(v).decode("utf-16-le", errors="replace")  # XP* tags read as a tuple of bytes
    return str(v).replace("\x00", " ").strip()


def read_metadata(img: Loaded) -> MetaReport:
    """Read the location facts and the free-text fields of one opened photo."""
    rep = MetaReport()
    exif = img.exif
    if exif is not None and len(exif):
        try:
            gps = exif.get_ifd(GPS_IFD)
        except Exception:  # a damaged GPS block still counts as location metadata
            gps = {"damaged": True}
        if gps:
            lat = _degrees(gps.get(2), gps.get(1)) if 2 in gps else None
            lon = _degrees(gps.get(4), gps.get(3)) if 4 in gps else None
            if lat is not None and lon is not None:
                rep.gps.update(latitude=lat, longitude=lon)
            for tag in gps:
                if tag in GPS_PLACE_TAGS or tag == "damaged":
                    rep.gps.setdefault("tags", []).append(ExifTags.GPSTAGS.get(tag, str(tag)))
            if 0x1C in gps:
                rep.texts.append(("GPS area information", _text(gps[0x1C])))
        for tag, label in EXIF_TEXT.items():
            if tag in exif and _text(exif[tag]):
                rep.texts.append((f"EXIF {label}", _text(exif[tag])))
        try:
            sub = exif.get_ifd(EXIF_IFD)
        except Exception:
            sub = {}
        for tag, label in EXIF_SUB_TEXT.items():
            if tag in sub and _text(sub[tag]):
                rep.texts.append((f"EXIF {label}", _text(sub[tag])))
    xmp = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, bytes):
        xmp = xmp.decode("utf-8", errors="replace")
    if xmp:
        for m in XMP_PLACE.finditer(xmp):
            rep.places.append(f"XMP {m.group(0)}")
        for m in XMP_TEXT.finditer(xmp):
            inner = re.sub(r"<[^>]+>", " ", m.group(2))
            inner = re.sub(r"\s+", " ", inner).strip()
            if inner:
                rep.texts.append((f"XMP {m.group(1)}", inner))
    for key, label in IPTC_PLACE.items():
        if key in img.iptc:
            rep.places.append(f"IPTC {label}: {_text(img.iptc[key])}")
    for key, label in IPTC_TEXT.items():
        if key in img.iptc:
            v = img.iptc[key]
            vals = v if isinstance(v, list) else [v]
            rep.texts.extend((f"IPTC {label}", _text(x)) for x in vals if _text(x))
    for k, v in img.info.items():
        if isinstance(k, str) and k.lower() in PNG_TEXT_KEYS and isinstance(v, (str, bytes)) and _text(v):
            rep.texts.append((f"{img.format} {k}", _text(v)))
    return rep
