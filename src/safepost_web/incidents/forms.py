"""Forms for reporting a concern and working on a case."""
from __future__ import annotations

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone

from safepost_web.checks.forms import CHANNEL_CHOICES, MultipleFileField
from safepost_web.incidents.models import ActionKind, Kind, PoliceWish, Severity
from safepost_web.schools.models import Pupil

PLATFORM_CHOICES = [("", "— not sure / not online —")] + CHANNEL_CHOICES[1:] + [
    ("text_message", "Text message"), ("email", "Email"), ("other", "Somewhere else")]
REPORTABLE = [c for c in Kind.choices if c[0] != Kind.CONTACT_DECISION]
FILES_HELP = ("Screenshots, photos, PDFs or saved messages. Do not delete the originals. "
              "Hold Ctrl (Cmd on a Mac) to choose more than one.")


class ReportForm(forms.Form):
    kind = forms.ChoiceField(label="What are you reporting?", choices=REPORTABLE, widget=forms.RadioSelect)
    text = forms.CharField(label="What happened, and the words of the message or posting", required=False,
                           widget=forms.Textarea(attrs={"rows": 6}), max_length=50000)
    files = MultipleFileField(label="Screenshots and files", required=False, help_text=FILES_HELP)
    link = forms.URLField(label="Link to the posting or page (if there is one)", required=False, max_length=1000,
                          assume_scheme="https")
    platform = forms.ChoiceField(label="Where was it? (platform)", choices=PLATFORM_CHOICES, required=False)
    happened_at = forms.DateTimeField(label="When was it posted or sent? (date and time)", required=False,
                                      input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
                                      widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    place = forms.CharField(label="Where exactly? (the site, group, page or account name)", required=False,
                            max_length=300)
    people = forms.CharField(label="Who is it about, and who posted it, if you know", required=False,
                             max_length=500)
    police_wish = forms.ChoiceField(
        label="If this is about you: do you want the police involved?", choices=PoliceWish.choices,
        initial=PoliceWish.NOT_ABOUT_ME, widget=forms.RadioSelect,
        help_text="The policy leaves this to the person being bullied. A risk to a child is always acted on.")
    wishes = forms.CharField(label="Anything else you would like us to know or to do (or not do)", required=False,
                             widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_happened_at(self):
        at = self.cleaned_data.get("happened_at")
        if at and at > timezone.now() + timezone.timedelta(minutes=5):
            raise forms.ValidationError("That date and time is in the future. Give the time it was posted or sent.")
        return at

    def clean(self):
        d = super().clean()
        if not (d.get("text") or "").strip() and not d.get("files") and not d.get("link"):
            raise forms.ValidationError("Describe what happened, add a screenshot, or give the link, then send.")
        return d


class OpenCaseForm(forms.Form):
    case_type = forms.ChoiceField(label="Type of case", choices=Kind.choices)
    severity = forms.ChoiceField(label="Severity", choices=Severity.choices, initial=Severity.MEDIUM)
    summary = forms.CharField(label="Short summary", max_length=300)


class CaseForm(forms.Form):
    case_type = forms.ChoiceField(label="Type of case", choices=Kind.choices)
    severity = forms.ChoiceField(label="Severity", choices=Severity.choices)
    summary = forms.CharField(label="Short summary", max_length=300)
    pupils = forms.ModelMultipleChoiceField(label="Pupils involved", queryset=Pupil.objects.none(), required=False,
                                            widget=forms.SelectMultiple(attrs={"size": 8}),
                                            help_text="Hold Ctrl (Cmd on a Mac) to choose more than one.")
    staff = forms.ModelMultipleChoiceField(label="Staff involved", queryset=get_user_model().objects.none(),
                                           required=False, widget=forms.SelectMultiple(attrs={"size": 6}))
    external = forms.CharField(label="People outside the school (one per line)", required=False,
                               widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)

    def __init__(self, *args, school, **kw):
        super().__init__(*args, **kw)
        self.fields["pupils"].queryset = Pupil.objects.filter(school=school)
        self.fields["staff"].queryset = get_user_model().objects.filter(memberships__school=school).order_by("username")
        self.fields["staff"].label_from_instance = lambda u: u.get_full_name() or u.username


class ActionForm(forms.Form):
    kind = forms.ChoiceField(label="What was done", choices=ActionKind.choices)
    reference = forms.CharField(label="Reference (e.g. police crime number, CEOP reference)", required=False,
                                max_length=100)
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class EvidenceForm(forms.Form):
    files = MultipleFileField(label="Add files", help_text=FILES_HELP)


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)


class ExportForm(forms.Form):
    purpose = forms.ChoiceField(label="Who is the bundle for?", choices=[
        ("police", "The police"), ("ceop", "CEOP"), ("disciplinary panel", "A disciplinary panel"),
        ("LADO", "The LADO"), ("other", "Someone else")])


class RetentionForm(forms.Form):
    def __init__(self, *args, current: dict[str, int], default: int, **kw):
        super().__init__(*args, **kw)
        for value, label in Kind.choices:
            self.fields[value] = forms.IntegerField(label=f"{label} (years after closing)", min_value=1,
                                                    max_value=100, initial=current.get(value, default))


class DeputyForm(forms.Form):
    user = forms.ModelChoiceField(label="Member of staff", queryset=get_user_model().objects.none())

    def __init__(self, *args, school, **kw):
        super().__init__(*args, **kw)
        self.fields["user"].queryset = get_user_model().objects.filter(memberships__school=school).order_by("username")
        self.fields["user"].label_from_instance = lambda u: u.get_full_name() or u.username
