"""Evidence that holds up: canonical JSON, a hash chain over log entries, file hashing and type sniffing,
and a manifest of SHA-256 hashes. Pure Python (no Django), so a panel's expert can re-run it on an export.

A log entry is a dict. Its hash is SHA-256 over the previous entry's hash, a newline, and the entry's
canonical JSON (sorted keys, no spaces, UTF-8), so editing, removing or reordering any earlier entry
changes every hash after it.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

GENESIS = "0" * 64  # the "previous hash" of the first entry in a chain
CHUNK = 1024 * 1024


def canonical_json(entry: Mapping) -> str:
    """One stable text for a dict: sorted keys, no spaces, non-ASCII kept, no NaN."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(prev_hash: str, entry: Mapping) -> str:
    """The SHA-256 (hex) of the previous hash and this entry's canonical JSON."""
    return hashlib.sha256((prev_hash + "\n" + canonical_json(entry)).encode("utf-8")).hexdigest()


def chain_hashes(entries: Iterable[Mapping], start: str = GENESIS) -> list[str]:
    """The hash of each entry in order, each covering all before it."""
    out, prev = [], start
    for e in entries:
        prev = entry_hash(prev, e)
        out.append(prev)
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong, said exactly: which entry or file, what was expected and what was found."""

    where: str
    what: str
    expected: str = ""
    found: str = ""

    def __str__(self) -> str:
        s = f"{self.where}: {self.what}"
        if self.expected or self.found:
            s += f" (expected {self.expected or '-'}, found {self.found or '-'})"
        return s


@dataclass(frozen=True)
class Stored:
    """A log entry as stored: its number, content, and the hashes written beside it."""

    seq: int
    entry: Mapping
    prev_hash: str
    hash: str


def verify_chain(rows: Sequence[Stored], start: str = GENESIS) -> list[Problem]:
    """Every break in a stored chain: a gap in numbering, a wrong link, or content that no longer matches."""
    problems: list[Problem] = []
    prev, expected_seq = start, 1
    for r in rows:
        where = f"log entry {r.seq}"
        if r.seq != expected_seq:
            problems.append(Problem(where, "entries are missing before this one (numbering jumps)",
                                    expected=str(expected_seq), found=str(r.seq)))
        if r.prev_hash != prev:
            problems.append(Problem(where, "does not link to the entry before it (an entry was removed or changed)",
                                    expected=prev, found=r.prev_hash))
        actual = entry_hash(r.prev_hash, r.entry)
        if actual != r.hash:
            problems.append(Problem(where, "its content was changed after it was written",
                                    expected=r.hash, found=actual))
        prev, expected_seq = r.hash, r.seq + 1
    return problems


def hash_file(path: str | Path) -> tuple[str, int]:
    """(SHA-256 hex, size in bytes) of a file, read in chunks."""
    h, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


# Types we keep as evidence, recognised from their first bytes (the file name is never trusted).
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"BM", 0, "image/bmp"),
]
_FTYP = {b"heic": "image/heic", b"heix": "image/heic", b"mif1": "image/heif", b"avif": "image/avif",
         b"isom": "video/mp4", b"mp41": "video/mp4", b"mp42": "video/mp4", b"qt  ": "video/quicktime",
         b"M4V ": "video/mp4", b"M4A ": "audio/mp4"}
_EXECUTABLE = [(b"MZ", "a Windows program"), (b"\x7fELF", "a Linux program"), (b"\xcf\xfa\xed\xfe", "a Mac program"),
               (b"\xca\xfe\xba\xbe", "a Mac or Java program"), (b"#!", "a script")]
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".heif", ".bmp", ".avif")


def sniff_type(head: bytes) -> str | None:
    """The content type from a file's first bytes (at least 512 if it has them), or None if we do not keep it."""
    if any(head.startswith(p) for p, _ in _EXECUTABLE):
        return None
    for magic, offset, kind in _MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return _FTYP.get(head[8:12])
    # Text: no control characters but tab, newline, carriage return and form feed.
    if head and not any(b < 32 and b not in (9, 10, 12, 13) for b in head):
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as e:
            if e.start < len(head) - 3:  # a multi-byte character cut at the end of the sample is fine
                return None
        return "text/plain"
    return None


def refusal(name: str, head: bytes) -> str | None:
    """Why a file cannot be kept as evidence, in plain words, or None when it can."""
    for prefix, what in _EXECUTABLE:
        if head.startswith(prefix):
            return f"{name} is {what}, not a screenshot or document, so it was not kept. Nothing was saved."
    kind = sniff_type(head)
    if kind is None:
        return (f"{name} is not a type we can keep (screenshots, photos, PDFs, videos and text are fine). "
                "Nothing was saved.")
    if name.lower().endswith(IMAGE_SUFFIXES) and not kind.startswith("image/"):
        return f"{name} is named as a picture but is not one, so it was not kept. Nothing was saved."
    return None


def manifest_lines(files: Iterable[tuple[str, str]]) -> str:
    """A manifest in `sha256sum` format (hash, two spaces, path per line), so `sha256sum -c` checks it."""
    return "".join(f"{sha}  {path}\n" for path, sha in sorted(files, key=lambda f: f[0]))


def parse_manifest(text: str) -> dict[str, str]:
    """path -> SHA-256 from a manifest written by manifest_lines."""
    out = {}
    for line in text.splitlines():
        if line.strip():
            sha, path = line.split("  ", 1)
            out[path] = sha
    return out


def verify_files(expected: Mapping[str, str], actual: Mapping[str, str | None]) -> list[Problem]:
    """Compare recorded hashes with hashes found now (None: the file is missing)."""
    problems = []
    for name, sha in expected.items():
        found = actual.get(name)
        if found is None:
            problems.append(Problem(f"file {name}", "is missing", expected=sha, found="no file"))
        elif found != sha:
            problems.append(Problem(f"file {name}", "was changed after it was received", expected=sha, found=found))
    return problems


def verify_bundle(path: str | Path) -> list[Problem]:
    """Everything wrong with an exported case bundle (zip or unpacked folder): files against the
    manifest, and each log entry's content against the hash written beside it.

    A bundle holds one case's entries from the school's chained log, so its entries are not
    consecutive: each is checked on its own (content + recorded link); the school's whole chain is
    checked on the live records by `manage.py verify_log`.
    """
    import zipfile

    p = Path(path)
    files: dict[str, bytes] = {}
    try:
        if p.is_dir():
            for f in p.rglob("*"):
                if f.is_file():
                    files[f.relative_to(p).as_posix()] = f.read_bytes()
        else:
            with zipfile.ZipFile(p) as z:
                for info in z.infolist():
                    if not info.is_dir():
                        files[info.filename] = z.read(info)
    except (OSError, zipfile.BadZipFile) as e:
        return [Problem(str(p), f"cannot be read as a case bundle ({e.__class__.__name__})")]
    if "manifest-sha256.txt" not in files:
        return [Problem(str(p), "has no manifest-sha256.txt, so it is not a safepost case bundle")]
    try:
        expected = parse_manifest(files["manifest-sha256.txt"].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return [Problem("manifest-sha256.txt", "is not a readable manifest")]
    actual = {name: hashlib.sha256(files[name]).hexdigest() if name in files else None for name in expected}
    problems = verify_files(expected, actual)
    log = files.get("log.jsonl")
    if log is not None:
        for n, line in enumerate(log.decode("utf-8", "replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                recorded, prev = row.pop("hash"), row.pop("prev_hash")
            except (ValueError, KeyError):
                problems.append(Problem(f"log.jsonl line {n}", "is not a log entry"))
                continue
            actual_hash = entry_hash(prev, row)
            if actual_hash != recorded:
                problems.append(Problem(f"log.jsonl line {n} (entry {row.get('seq', '?')})",
                                        "its content was changed after it was written",
                                        expected=recorded, found=actual_hash))
    return problems
