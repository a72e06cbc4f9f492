"""Forms: page settings, imports, actions, unblocking, cover."""
from __future__ import annotations

from django import forms

from safepost_web.moderation.models import ACTIONS, PageSettings, Platform


class PageSettingsForm(forms.ModelForm):
    class Meta:
        model = PageSettings
        fields = ["app_secret", "verify_token", "page_ids", "access_token", "auto_hide", "auto_block", "default_author",
                  "strike_limit", "strike_window_days", "target_hours"]
        labels = {"app_secret": "App secret", "verify_token": "Verify token", "page_ids": "Page or account ids", "access_token": "Page access token",
                  "auto_hide": "Hide comments the policy says to block or escalate, at once",
                  "auto_block": "Block an author automatically when they reach the strike limit",
                  "default_author": "Treat commenters as", "strike_limit": "Removed comments before a block",
                  "strike_window_days": "Counted over this many days", "target_hours": "Target time to act (hours)"}
        widgets = {"app_secret": forms.PasswordInput(render_value=True),
                   "access_token": forms.PasswordInput(render_value=True)}


class ImportForm(forms.Form):
    platform = forms.ChoiceField(choices=Platform.choices, label="Platform the comments are from")
    file = forms.FileField(label="CSV or JSON file of comments",
                           help_text="Columns: comment_id, author_id, author_name, text, posted_at, link")

    def clean_file(self):
        f = self.cleaned_data["file"]
        if not f.name.lower().endswith((".csv", ".json")):
            raise forms.ValidationError("Choose a .csv or .json file.")
        if f.size > 5 * 1024 * 1024:
            raise forms.ValidationError("This file is over 5 MB: split it into smaller files and import each.")
        return f


class ActionForm(forms.Form):
    action = forms.ChoiceField(choices=[(a, a.title()) for a in ACTIONS], label="Action")
    reason = forms.CharField(required=False, max_length=1000, label="Reason (kept in the audit log)")


class BulkForm(ActionForm):
    ids = forms.CharField(label="Comments", widget=forms.MultipleHiddenInput, required=False)


class UnblockForm(forms.Form):
    reason = forms.CharField(max_length=1000, label="Why is this author being unblocked?",
                             widget=forms.Textarea(attrs={"rows": 2}))


class CoverForm(forms.Form):
    absent = forms.BooleanField(required=False, label="I am away")
    covered_by = forms.ChoiceField(required=False, label="Who covers for me")
