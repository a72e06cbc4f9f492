"""The upload form: one platform download (a .zip)."""
from __future__ import annotations

from django import forms
from django.conf import settings


class ReviewForm(forms.Form):
    archive = forms.FileField(
        label="Your downloaded archive (.zip)",
        error_messages={
            "required": "Choose the .zip file you downloaded from Facebook, Instagram, X or LinkedIn, then press "
                        "\"Check my history\".",
            "empty": "That file is empty: download your archive from the platform again and choose the new file.",
            "invalid": "That was not a file: choose the .zip file you downloaded.",
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip",
                                               "aria-describedby": "id_archive_helptext"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["archive"].help_text = (
            f"Up to {settings.SELFAUDIT_MAX_UPLOAD_MB} MB. Long histories come in several parts: check each part "
            f"on its own.")
