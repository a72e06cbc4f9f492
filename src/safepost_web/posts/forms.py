"""The official-post form."""
from __future__ import annotations

from django import forms

from safepost_web.checks.forms import MultipleFileField
from safepost_web.schools.models import OfficialAccount, Pupil


class PostForm(forms.Form):
    account = forms.ModelChoiceField(label="Official account", queryset=OfficialAccount.objects.none(),
                                     empty_label=None)
    text = forms.CharField(label="Post text", widget=forms.Textarea(attrs={"rows": 6}), max_length=20000)
    photos = MultipleFileField(label="Photos (optional)", required=False)
    tagged = forms.ModelMultipleChoiceField(
        label="Pupils in the photos or named in the post", queryset=Pupil.objects.none(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text="Hold Ctrl (Cmd on a Mac) to choose more than one. Consent is checked again at approval.")

    def __init__(self, *args, school, **kw):
        super().__init__(*args, **kw)
        self.fields["account"].queryset = OfficialAccount.objects.filter(school=school)
        self.fields["tagged"].queryset = Pupil.objects.filter(school=school, left_at__isnull=True)


class DecisionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(label="Comment or reason", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=5000)
