"""The check form and the contact form."""
from __future__ import annotations

from django import forms

from safepost.types import CHANNELS

CHANNEL_CHOICES = [("", "— any / not sure —")] + [(c, "X (Twitter)" if c == "x" else c.title()) for c in CHANNELS]
RELATIONSHIP_CHOICES = [
    ("current_pupil", "A pupil at this school"),
    ("former_pupil", "A former pupil"),
    ("parent_of_pupil", "A parent or carer of a pupil"),
    ("parent_of_former_pupil", "A parent or carer of a former pupil"),
    ("young_person_via_role", "A young person I know through my work (e.g. a club or tutoring)"),
    ("colleague", "A colleague"),
    ("other", "Someone else"),
]
DECISION_WORDS = {
    "allow": "Yes, you can accept.",
    "caution": "You can, but take care.",
    "seek_approval": "Ask the headteacher first.",
    "decline": "No: decline it.",
    "decline_and_report": "No: decline it, and report it to the designated safeguarding lead.",
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(d, initial) for d in data if d]
        return [super().clean(data, initial)] if data else []


class CheckForm(forms.Form):
    text = forms.CharField(label="Your post", widget=forms.Textarea(attrs={"rows": 6}), required=False,
                           max_length=20000)
    account = forms.ChoiceField(label="Where will it go?", initial="personal", widget=forms.RadioSelect,
                                choices=[("personal", "My own account"), ("official", "The school's official account")])
    channel = forms.ChoiceField(label="Platform", choices=CHANNEL_CHOICES, required=False)
    photos = MultipleFileField(label="Photos (optional)", required=False)

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("photos"):
            raise forms.ValidationError("Type the text of your post, or add a photo, then press Check.")
        return cleaned


class ContactForm(forms.Form):
    relationship = forms.ChoiceField(label="Who is it from (or to)?", choices=RELATIONSHIP_CHOICES)
    age = forms.IntegerField(label="Their age, if you know it", min_value=0, max_value=120, required=False)
    kind = forms.ChoiceField(label="What is it?", initial="friend_request", choices=[
        ("friend_request", "A friend request"), ("message", "A message"), ("follow", "A follow")])
    direction = forms.ChoiceField(label="Direction", initial="received", widget=forms.RadioSelect, choices=[
        ("received", "They contacted me"), ("sent", "I want to contact them")])
    family = forms.BooleanField(label="They are a relative or a family friend", required=False)
    looked_after = forms.BooleanField(label="They are (or were) a looked-after child", required=False)
    sen = forms.BooleanField(label="They have special educational needs", required=False)
    note = forms.CharField(label="Anything the safeguarding lead should know (optional)", required=False,
                           widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)

    def decision_args(self) -> dict:
        d = self.cleaned_data
        return {"relationship": d["relationship"], "age": d.get("age"), "family": d["family"],
                "looked_after": d["looked_after"], "sen": d["sen"], "kind": d["kind"], "direction": d["direction"]}
