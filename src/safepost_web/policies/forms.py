"""Forms for approving a version, signing the declaration, recording training and choosing a report period."""
from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from safepost_web.policies.models import TrainingKind


class DateInput(forms.DateInput):
    input_type = "date"


class ApproveForm(forms.Form):
    leadership_approver = forms.CharField(label="Approved by senior leadership: who", max_length=200,
                                          help_text="e.g. Alice Ahmed, headteacher, for the senior leadership team")
    leadership_approved_on = forms.DateField(label="Senior leadership approved it on", widget=DateInput)
    governors_approver = forms.CharField(label="Approved by the governors: who", max_length=200,
                                         help_text="e.g. Full Governing Body, meeting of 14 October")
    governors_approved_on = forms.DateField(label="The governors approved it on", widget=DateInput)
    next_review = forms.DateField(label="Next review due", widget=DateInput)
    summary = forms.CharField(label="What changed and why, in your words (optional)", required=False,
                              widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


class SignForm(forms.Form):
    full_name = forms.CharField(label="Your full name", max_length=200)
    confirm = forms.BooleanField(label="I have read this version of the policy and I sign the declaration above",
                                 error_messages={"required": "Tick the box to confirm you have read the policy."})
    version = forms.IntegerField(widget=forms.HiddenInput)
    text = forms.CharField(widget=forms.HiddenInput, strip=False)


class TrainingForm(forms.Form):
    person = forms.ModelChoiceField(label="Who", queryset=None, empty_label="Choose a person")
    kind = forms.ChoiceField(label="Training", choices=TrainingKind.choices)
    date = forms.DateField(label="Date", widget=DateInput)
    content = forms.CharField(label="What it covered", max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, school, **kwargs):
        super().__init__(*args, **kwargs)
        from safepost_web.schools.models import Membership

        self.fields["person"].queryset = (Membership.objects.filter(school=school).select_related("user")
                                          .order_by("user__last_name", "user__first_name"))
        self.fields["person"].label_from_instance = (
            lambda m: f"{m.user.get_full_name() or m.user.get_username()} ({m.get_role_display()})")


class PeriodForm(forms.Form):
    start = forms.DateField(label="From", widget=DateInput, required=False)
    end = forms.DateField(label="To", widget=DateInput, required=False)

    def period(self) -> tuple[dt.date, dt.date]:
        today = timezone.localdate()
        data = getattr(self, "cleaned_data", None) or {}  # an unbound form: the default period
        end = data.get("end") or today
        start = data.get("start") or end - dt.timedelta(days=365)
        return start, end

    def clean(self):
        data = super().clean()
        s, e = data.get("start"), data.get("end")
        if s and e and s > e:
            raise forms.ValidationError("The start of the period is after its end. Swap the two dates.")
        return data
