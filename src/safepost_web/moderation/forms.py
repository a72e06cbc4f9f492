"""Forms: page settings, imports, actions, unblocking, cover."""
from __future__ import annotations

from django import forms

from safepost_web.moderation.fieldcrypt import describe, is_unreadable
from safepost_web.moderation.models import ACTIONS, AuthorGuess, PageSettings, Platform


class PageSettingsForm(forms.ModelForm):
    """The page's settings. A stored secret is never put back into the page: the field shows whether one is set
    (and its last four characters); leaving it empty keeps it, and a tick box forgets it."""

    SECRETS = {"app_secret": "App secret", "access_token": "Page access token"}
    forget_app_secret = forms.BooleanField(required=False, label="Forget the stored app secret")
    forget_access_token = forms.BooleanField(required=False, label="Forget the stored page access token")

    class Meta:
        model = PageSettings
        fields = ["app_secret", "verify_token", "page_ids", "access_token", "auto_hide", "auto_block", "default_author",
                  "strike_limit", "strike_window_days", "target_hours"]
        labels = {"app_secret": "App secret", "verify_token": "Verify token", "page_ids": "Page or account ids",
                  "access_token": "Page access token",
                  "auto_hide": "Hide comments the policy says to block or escalate, at once",
                  "auto_block": "Block an author automatically when they reach the strike limit",
                  "default_author": "Treat commenters as", "strike_limit": "Removed comments before a block",
                  "strike_window_days": "Counted over this many days", "target_hours": "Target time to act (hours)"}
        help_texts = {"auto_hide": "Everything else waits in the queue for a moderator.",
                      "auto_block": "Otherwise a block is suggested on the Overview page for a moderator to decide.",
                      "default_author": "Used when neither the school's mark on an author nor the comment's own "
                                        "words (\"my son\", \"I'm in year 9\") say who wrote it."}
        widgets = {"app_secret": forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
                   "access_token": forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored = {f: getattr(self.instance, f, "") for f in self.SECRETS}
        for f in self.SECRETS:
            self.fields[f].required = False
            self.fields[f].help_text = (f"Now: {describe(self.stored[f])}. "
                                        + ("Leave empty to keep it; type a new one to replace it."
                                           if self.stored[f] or is_unreadable(self.stored[f]) else
                                           "Stored encrypted, and never shown again."))
            if not (self.stored[f] or is_unreadable(self.stored[f])):
                del self.fields[f"forget_{f}"]
        self.order_fields(["app_secret", "forget_app_secret", "verify_token", "page_ids", "access_token",
                           "forget_access_token"])

    def _clean_secret(self, f: str) -> str:
        # Empty: kept as it is (an unreadable one keeps its stored ciphertext); clean() applies the forget box.
        return (self.cleaned_data.get(f) or "").strip() or self.stored[f]

    def clean_app_secret(self):
        return self._clean_secret("app_secret")

    def clean_access_token(self):
        return self._clean_secret("access_token")

    def clean(self):
        data = super().clean()
        # The forget boxes come after their fields in the form: settle the secrets again now they are read.
        for f in self.SECRETS:
            if f in data and not (self.data.get(f) or "").strip() and data.get(f"forget_{f}"):
                data[f] = ""
        return data

    @property
    def secrets_changed(self) -> list[str]:
        return [f for f in self.SECRETS if (self.cleaned_data.get(f) or "") != (self.stored[f] or "")
                or (is_unreadable(self.stored[f]) and not is_unreadable(self.cleaned_data.get(f)))]


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


class AuthorKindForm(forms.Form):
    kind = forms.ChoiceField(choices=[("", "Guess from each comment")] + list(AuthorGuess.choices),
                             required=False, label="Who is this author?")
    reason = forms.CharField(required=False, max_length=1000, label="How do you know? (kept in the audit log)")
