"""Safe, read-only access to a downloaded archive: a zip (read in memory, never extracted) or a folder.

Every check that protects the person's machine lives here: unsafe paths, encrypted
members, zip bombs (size and compression ratio), oversized files, damaged downloads.
Problems become an `ArchiveError` with one plain-English line.
"""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Iterator

from safepost.types import SafepostError

# Members we never need to open to recognise an export (media and web pages).
MEDIA_EXT = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".tif", ".tiff"})
SKIP_EXT = MEDIA_EXT | frozenset({".mp4", ".mov", ".m4v", ".webm", ".avi", ".3gp", ".mp3", ".m4a", ".aac",
                                  ".ogg", ".wav", ".pdf", ".zip", ".srt", ".vtt", ".ico", ".svg", ".woff",
                                  ".woff2", ".ttf", ".css"})
HTML_EXT = frozenset({".html", ".htm"})


@dataclass(frozen=True)
class Limits:
    """How much safepost agrees to read; anything beyond is refused with a message, never read."""

    max_text_member: int = 1 << 30  # one JSON/JS/CSV file: 1 GiB uncompressed (a huge X archive is ~500 MB)
    max_image_member: int = 64 << 20  # one photo: 64 MiB
    max_ratio: float = 250.0  # deflate can reach ~1000:1 on crafted data; real JSON stays well under 50:1
    ratio_floor: int = 8 << 20  # small files compress well for innocent reasons; judge ratio above 8 MiB
    max_total_read: int = 8 << 30  # all the text and photos read in one audit
    max_members: int = 500_000


DEFAULT_LIMITS = Limits()


class ArchiveError(SafepostError):
    """The archive cannot be read safely; the message is one line naming the problem and a next step."""


def _human(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


def unsafe_name(name: str) -> bool:
    """True for a member name that could point outside a folder (../, absolute, drive letter)."""
    n = name.replace("\\", "/")
    if n.startswith("/") or re.match(r"^[A-Za-z]:", n) or "\x00" in n:
        return True
    return any(part == ".." for part in n.split("/"))


def suffix(name: str) -> str:
    """The lower-case extension of a member name ('.json')."""
    return PurePosixPath(name).suffix.lower()


class _Counted(io.RawIOBase):
    """A read-only stream that stops at a byte limit and turns low-level errors into ArchiveError."""

    def __init__(self, raw: BinaryIO, name: str, limit: int, archive: "Archive") -> None:
        super().__init__()
        self._raw, self._name, self._limit, self._archive = raw, name, limit, archive
        self.consumed = 0

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self._limit - self.consumed + 1
        try:
            data = self._raw.read(n)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as e:
            raise ArchiveError(f"{self._name} inside the archive is damaged ({e.__class__.__name__}); "
                               f"the download may be incomplete: download it again") from None
        self.consumed += len(data)
        self._archive._account(len(data))
        if self.consumed > self._limit:
            raise ArchiveError(f"{self._name} inside the archive is larger than the {_human(self._limit)} "
                               f"safepost reads from one file; this is not a normal platform download")
        return data

    def readinto(self, b: "bytearray | memoryview") -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()
        super().close()


class Archive:
    """A read-only view of a zip file or an unpacked folder, member names as POSIX paths."""

    label: str
    limits: Limits

    def __init__(self, label: str, limits: Limits) -> None:
        self.label, self.limits = label, limits
        self.bytes_read = 0

    @staticmethod
    def open(source: "str | os.PathLike[str] | BinaryIO", limits: Limits = DEFAULT_LIMITS) -> "Archive":
        """Open a zip (path or file object) or a folder; ArchiveError if it is missing or unsafe."""
        if hasattr(source, "read"):
            return ZipArchive(source, getattr(source, "name", "the uploaded file"), limits)  # type: ignore[arg-type]
        path = Path(source)  # type: ignore[arg-type]
        if path.is_dir():
            return FolderArchive(path, limits)
        if not path.exists():
            raise ArchiveError(f"{path}: no such file or folder; give the .zip you downloaded or the folder you unpacked")
        return ZipArchive(path, str(path), limits)

    # The interface readers use.
    def names(self) -> list[str]:
        """Every file in the archive, as a POSIX path relative to its root."""
        raise NotImplementedError

    def size(self, name: str) -> int:
        """A member's uncompressed size in bytes, as the archive declares it."""
        raise NotImplementedError

    def _raw_open(self, name: str) -> BinaryIO:
        raise NotImplementedError

    def check_member(self, name: str, limit: int) -> None:
        """Refuse a member that is too large to read (overridden by zips for the ratio check)."""
        if self.size(name) > limit:
            raise ArchiveError(f"{name} inside the archive is {_human(self.size(name))}, more than the "
                               f"{_human(limit)} safepost reads from one file; this is not a normal platform download")

    def open_member(self, name: str, image: bool = False) -> _Counted:
        """A size-limited stream over one member; the caller closes it."""
        limit = self.limits.max_image_member if image else self.limits.max_text_member
        self.check_member(name, limit)
        return _Counted(self._raw_open(name), name, limit, self)

    def head(self, name: str, n: int = 16384) -> bytes:
        """The first `n` bytes of a member (for recognising its format)."""
        with self.open_member(name) as f:
            return f.read(n)

    def read_bytes(self, name: str, image: bool = False) -> bytes:
        """A whole (size-limited) member; used for photos only."""
        with self.open_member(name, image=image) as f:
            return f.read()

    def _account(self, n: int) -> None:
        self.bytes_read += n
        if self.bytes_read > self.limits.max_total_read:
            raise ArchiveError(f"{self.label}: more than {_human(self.limits.max_total_read)} would have to be read; "
                               f"this is not a normal platform download (a zip bomb?)")

    def close(self) -> None:
        """Release the file handle (a folder holds none)."""

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ZipArchive(Archive):
    """A zip read member by member from memory/disk: nothing is ever extracted."""

    def __init__(self, source: "str | Path | BinaryIO", label: str, limits: Limits) -> None:
        super().__init__(label, limits)
        try:
            self._zip = zipfile.ZipFile(source)  # type: ignore[arg-type]
        except zipfile.BadZipFile:
            raise ArchiveError(f"{label}: not a complete zip file (the download may have stopped early, or it is "
                               f"not a zip); download your archive again") from None
        except (OSError, EOFError, ValueError, NotImplementedError) as e:
            raise ArchiveError(f"{label}: cannot read it as a zip file ({e.__class__.__name__}); "
                               f"download your archive again") from None
        infos = self._zip.infolist()
        if len(infos) > limits.max_members:
            self._zip.close()
            raise ArchiveError(f"{label}: holds {len(infos)} files, more than the {limits.max_members} "
                               f"safepost accepts; this is not a normal platform download")
        self._info: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if unsafe_name(info.filename):
                self._zip.close()
                raise ArchiveError(f"{label}: contains a file named {info.filename!r} that points outside the "
                                   f"archive; platforms never do this, so safepost will not read it")
            if info.flag_bits & 0x1:
                self._zip.close()
                raise ArchiveError(f"{label}: is password-protected (encrypted); platforms do not encrypt their "
                                   f"downloads, so use the original file you downloaded")
            if not info.is_dir():
                self._info[info.filename.replace("\\", "/")] = info

    def names(self) -> list[str]:
        return list(self._info)

    def size(self, name: str) -> int:
        return self._info[name].file_size

    def check_member(self, name: str, limit: int) -> None:
        super().check_member(name, limit)
        info = self._info[name]
        if info.file_size > self.limits.ratio_floor:
            ratio = info.file_size / max(1, info.compress_size)
            if ratio > self.limits.max_ratio:
                raise ArchiveError(f"{self.label}: {name} would expand {ratio:.0f} times "
                                   f"(to {_human(info.file_size)}); this looks like a zip bomb, not a platform download")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            raise ArchiveError(f"{self.label}: {name} uses a compression method safepost cannot read; "
                               f"unpack the zip with your computer's own tool and give the folder instead")

    def _raw_open(self, name: str) -> BinaryIO:
        try:
            return self._zip.open(self._info[name])  # type: ignore[return-value]
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as e:
            raise ArchiveError(f"{name} inside {self.label} is damaged ({e.__class__.__name__}); "
                               f"the download may be incomplete: download it again") from None

    def close(self) -> None:
        self._zip.close()


class FolderArchive(Archive):
    """An archive the person already unpacked; symbolic links are ignored so nothing outside is read."""

    def __init__(self, root: Path, limits: Limits) -> None:
        super().__init__(str(root), limits)
        self._root = root.resolve()
        self._sizes: dict[str, int] = {}
        for dirpath, dirnames, filenames in os.walk(self._root, followlinks=False):
            for fn in filenames:
                full = os.path.join(dirpath, fn)
                try:
                    st = os.lstat(full)
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode):
                    continue  # symlinks, sockets, devices: never followed
                rel = os.path.relpath(full, self._root).replace(os.sep, "/")
                self._sizes[rel] = st.st_size
                if len(self._sizes) > limits.max_members:
                    raise ArchiveError(f"{root}: holds more than {limits.max_members} files; "
                                       f"give the folder of one platform download")

    def names(self) -> list[str]:
        return list(self._sizes)

    def size(self, name: str) -> int:
        return self._sizes[name]

    def _raw_open(self, name: str) -> BinaryIO:
        if unsafe_name(name) or name not in self._sizes:
            raise ArchiveError(f"{name}: not a file of {self.label}")
        try:
            return open(self._root / name, "rb")
        except OSError as e:
            raise ArchiveError(f"{self.label}/{name}: cannot read it ({e.strerror or e.__class__.__name__})") from None


def iter_members(archive: Archive) -> Iterator[str]:
    """Member names in a stable order (so reports and JSONL lines come out the same each run)."""
    return iter(sorted(archive.names()))
