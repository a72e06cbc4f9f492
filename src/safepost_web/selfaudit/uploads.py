"""Stream a self-review upload to a private temporary file (never memory, never MEDIA_ROOT) and delete it."""
from __future__ import annotations

import os
import tempfile

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class PrivateUpload(UploadedFile):
    """An uploaded file held in a temporary file only this process's user can read (mkstemp: mode 0600)."""

    def close(self):
        try:
            return self.file.close()  # a NamedTemporaryFile removes itself on close
        except FileNotFoundError:  # already gone: that is the point
            pass


class PrivateUploadHandler(FileUploadHandler):
    """Writes each uploaded file, chunk by chunk, to a private temporary file; `discard()` removes them all."""

    def __init__(self, request=None) -> None:
        super().__init__(request)
        self.opened: list = []

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        folder = getattr(settings, "SELFAUDIT_TEMP_DIR", "") or None  # None: the system's temporary folder
        # Not a context manager: it must outlive this call, and discard() closes it.
        tmp = tempfile.NamedTemporaryFile(prefix="safepost-selfreview-", suffix=".upload", dir=folder)  # noqa: SIM115
        self.opened.append(tmp)  # kept before any byte arrives, so a failed upload is removed too
        self.file = PrivateUpload(tmp, self.file_name, self.content_type, 0, self.charset, self.content_type_extra)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self.file.write(raw_data)

    def file_complete(self, file_size: int) -> UploadedFile:
        self.file.seek(0)
        self.file.size = file_size
        return self.file

    def discard(self) -> None:
        """Close and delete every temporary file this upload made, whatever state it is in."""
        for tmp in self.opened:
            name = tmp.name
            try:
                tmp.close()
            except OSError:
                pass
            try:
                os.unlink(name)
            except FileNotFoundError:
                pass
        self.opened.clear()
