"""Forms for a school's set-up: details, pack, roster, staff, accounts."""
from __future__ import annotations

from django import forms
from django.core.validators import validate_email

from safepost_web.schools.models import OfficialAccount, ParentChannel, Role, School


class DetailsForm(forms.ModelForm):
    class Meta:
        model = School
        fields = ["name", "aliases", "town", "address", "phone", "email_domains", "website",
                  "school_day", "lessons", "breaks", "holidays"]

    def clean(self):
        cleaned = super().clean()
        import safepost
        from safepost.types import SafepostError

        from safepost_web.schools.library import timetable

        tt = timetable(*(cleaned.get(k) or "" for k in ("school_day", "lessons", "breaks", "holidays")))
        try:
            safepost.School.from_dict({"name": cleaned.get("name") or "x", "timetable": tt}, source="Timetable")
        except SafepostError as e:
            raise forms.ValidationError(str(e))
        return cleaned


class PackForm(forms.Form):
    pack_id = forms.ChoiceField(label="Built-in policy pack", required=False)
    upload = forms.FileField(label="…or upload your own pack file (YAML)", required=False)

    def __init__(self, *args, packs: list[str], **kw):
        super().__init__(*args, **kw)
        self.fields["pack_id"].choices = [("", "— choose —")] + [(p, pack_label(p)) for p in packs]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("pack_id") and not cleaned.get("upload"):
            raise forms.ValidationError("Choose a built-in pack or upload a pack file.")
        return cleaned


def pack_label(pack_id: str) -> str:
    """'Newport CE Junior School social media policy (newport-cejs)', or the id if it cannot load."""
    from safepost.packs import PackError, load_pack

    try:
        return f"{load_pack(pack_id).name} ({pack_id})"
    except PackError:
        return pack_id


class NewPasswordMixin:
    """password1 and password2 must match and pass Django's password validators."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") != cleaned.get("password2"):
            raise forms.ValidationError("The two passwords are different. Type the same one twice.")
        if cleaned.get("password1"):
            from django.contrib.auth.password_validation import validate_password

            validate_password(cleaned["password1"])
        return cleaned


class FirstRunForm(NewPasswordMixin, forms.Form):
    school_name = forms.CharField(label="Your school's name", max_length=200)
    first_name = forms.CharField(label="Your first name", max_length=150)
    last_name = forms.CharField(label="Your last name", max_length=150)
    email = forms.EmailField(label="Your email address (also your sign-in name)")
    password1 = forms.CharField(label="Choose a password", widget=forms.PasswordInput)
    password2 = forms.CharField(label="The same password again", widget=forms.PasswordInput)


class OptionsForm(forms.Form):
    personal_use = forms.ChoiceField(label="Personal use of social media at work", widget=forms.RadioSelect)

    def __init__(self, *args, options: dict[str, str], **kw):
        super().__init__(*args, **kw)
        self.fields["personal_use"].choices = list(options.items())


class RosterUploadForm(forms.Form):
    file = forms.FileField(label="Pupil roster (CSV from your MIS)")


class InviteForm(forms.Form):
    lines = forms.CharField(
        label="Staff to invite: one a line, email then role (staff, poster, moderator, headteacher, dsl, "
              "governor, admin)", widget=forms.Textarea(attrs={"rows": 5}),
        help_text="For example: j.smith@brookfield.sch.uk, staff")

    def clean_lines(self) -> list[tuple[str, str]]:
        out, problems = [], []
        for n, line in enumerate(self.cleaned_data["lines"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(",")]
            email, role = parts[0], (parts[1].lower() if len(parts) > 1 and parts[1] else Role.STAFF)
            try:
                validate_email(email)
            except forms.ValidationError:
                problems.append(f"Line {n}: {email!r} is not an email address.")
                continue
            if role not in Role.values:
                problems.append(f"Line {n}: {role!r} is not a role; use one of {', '.join(Role.values)}.")
                continue
            out.append((email.lower(), role))
        if problems:
            raise forms.ValidationError(problems)
        if not out:
            raise forms.ValidationError("Add at least one email address.")
        return out


class RoleForm(forms.Form):
    role = forms.ChoiceField(choices=Role.choices)


class AccountForm(forms.ModelForm):
    class Meta:
        model = OfficialAccount
        fields = ["platform", "handle", "name"]


class ChannelForm(forms.ModelForm):
    class Meta:
        model = ParentChannel
        fields = ["name"]
        labels = {"name": "Approved parent channel (e.g. ParentMail)"}


class AcceptInvitationForm(NewPasswordMixin, forms.Form):
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150)
    password1 = forms.CharField(label="Choose a password", widget=forms.PasswordInput)
    password2 = forms.CharField(label="The same password again", widget=forms.PasswordInput)
