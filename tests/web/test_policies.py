"""The policy's life: versions and what changed, declarations per version, reminders, training, the readable
policy (HTML and PDF), the governors' report, exports, and who may see what."""
from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from safepost_web.policies.diff import diff_packs, parse_review_date
from safepost_web.policies.models import (
    Declaration,
    PolicyError,
    PolicyVersion,
    TrainingRecord,
)
from safepost_web.policies.seed import seed_policy
from safepost_web.policies.status import standing

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()

CLAUSE = {"id": "c1", "title": "Photos", "section": "3", "summary": "No photos of pupils on own accounts."}
RULE = {"id": "r1", "category": "pupil_identified", "severity": "warn", "clause": "c1", "message": "Remove it.",
        "when": {"account": ["personal"]}}
BASE = {"clauses": [CLAUSE], "rules": [RULE], "contact": [], "declaration": "I have read it.",
        "related_policies": ["E-Safety"], "settings": {"report_to": "DSL"}}


def _with(**kw) -> dict:
    return {**BASE, **kw}


@pytest.mark.parametrize("new, expected", [
    (BASE, []),  # no change: nothing to tell staff
    (_with(clauses=[CLAUSE, {**CLAUSE, "id": "c2", "title": "Parents"}]), [("added", "section", "Parents")]),
    (_with(clauses=[]), [("removed", "section", "Photos")]),
    (_with(clauses=[{**CLAUSE, "summary": "Never any photos."}]), [("changed", "section", "Never any photos.")]),
    (_with(rules=[{**RULE, "severity": "block"}]), [("changed", "rule", "was a warning, now not allowed")]),
    (_with(rules=[]), [("removed", "rule", "pupil identified")]),
    (_with(rules=[RULE, {**RULE, "id": "r2", "severity": "escalate"}]), [("added", "rule", "safeguarding")]),
    (_with(declaration="I promise."), [("changed", "declaration", "I promise.")]),
    (_with(related_policies=[]), [("changed", "related policies", "none")]),
])
def test_diff_in_plain_words(new, expected):
    got = diff_packs(BASE, new)
    assert [(c["change"], c["what"]) for c in got] == [(e[0], e[1]) for e in expected]
    for c, e in zip(got, expected):
        assert e[2] in c["text"]


def test_first_version_diff_says_so():
    assert diff_packs(None, BASE)[0]["text"].startswith("First version: 1 sections and 1 rules")


@pytest.mark.parametrize("raw, expected", [
    ("2025", dt.date(2025, 1, 1)), ("2027-09", dt.date(2027, 9, 1)), ("2027-09-15", dt.date(2027, 9, 15)),
    (None, None), ("next year", None), ("2027-13", None)])
def test_review_dates_read_from_packs(raw, expected):
    assert parse_review_date(raw) == expected


def approve(world, **kw):
    args = dict(leadership_approver="Alice Ahmed", leadership_approved_on=TODAY,
                governors_approver="Full Governing Body", governors_approved_on=TODAY,
                next_review=TODAY + dt.timedelta(days=365))
    return PolicyVersion.approve_new(world.school, world.alice, **{**args, **kw})


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as t:
        yield t


# -- versions and declarations ---------------------------------------------------

def test_signing_an_old_version_does_not_count_for_the_new_one(world, frozen, as_user):
    v1 = approve(world)
    v1.sign(world.bob, "Bob Baker", v1.declaration)
    assert not standing(world.school).unsigned or "bob" not in {p.membership.user.username
                                                               for p in standing(world.school).unsigned}
    world.school.pack_id = "marshfields"
    world.school.save()
    world.school.bump()
    v2 = approve(world)
    assert v2.number == 2 and any(c["what"] == "declaration" for c in v2.changes)
    unsigned = {p.membership.user.username for p in standing(world.school).unsigned}
    assert "bob" in unsigned  # his v1 signature does not carry over
    # A form still showing version 1 cannot sign now: nothing is written.
    r = as_user("bob").post(reverse("policies:sign", args=["brookfield"]),
                            {"full_name": "Bob Baker", "confirm": "on", "version": 1, "text": v1.declaration})
    assert r.status_code == 400 and "newer version" in r.content.decode()
    assert not Declaration.objects.filter(version=v2).exists()
    assert Declaration.objects.filter(version=v1, user=world.bob).count() == 1
    r = as_user("bob").post(reverse("policies:sign", args=["brookfield"]),
                            {"full_name": "Bob Baker", "confirm": "on", "version": 2, "text": v2.declaration})
    assert r.status_code == 302
    d = Declaration.objects.get(version=v2, user=world.bob)
    assert (d.text, d.full_name, d.signed_on, d.signed_at) == (v2.declaration, "Bob Baker", TODAY, NOW)
    assert "bob" not in {p.membership.user.username for p in standing(world.school).unsigned}


@pytest.mark.parametrize("post, message", [
    ({"full_name": "Bob Baker", "version": 1, "text": "X"}, "Tick the box"),
    ({"full_name": "Bob Baker", "confirm": "on", "version": 1, "text": "Something else"}, "not this version"),
    ({"full_name": "", "confirm": "on", "version": 1}, "required"),
    ({"full_name": "Bob Baker", "confirm": "on", "version": 9, "text": "X"}, "does not exist"),
])
def test_bad_signatures_leave_nothing(world, as_user, post, message):
    v = approve(world)
    post = {"text": v.declaration, **post} if "text" not in post else post
    r = as_user("bob").post(reverse("policies:sign", args=["brookfield"]), post)
    assert r.status_code == 400 and message in r.content.decode()
    assert not Declaration.objects.exists()


def test_signing_twice_is_refused(world):
    v = approve(world)
    v.sign(world.bob, "Bob", v.declaration)
    with pytest.raises(PolicyError, match="already signed"):
        v.sign(world.bob, "Bob", v.declaration)
    with pytest.raises(PolicyError, match="Only members"):
        v.sign(world.mallory, "Mallory", v.declaration)


@pytest.mark.parametrize("field, value, message", [
    ("next_review", TODAY, "after today"),
    ("governors_approved_on", TODAY + dt.timedelta(days=3), "in the future"),
])
def test_approval_guards(world, frozen, field, value, message):
    with pytest.raises(PolicyError, match=message):
        approve(world, **{field: value})
    assert not PolicyVersion.objects.exists()


def test_approve_page_records_the_version_and_asks_everyone(world, frozen, as_user):
    url = reverse("policies:approve", args=["brookfield"])
    page = as_user("alice").get(url)
    assert "First version" in page.content.decode()
    r = as_user("alice").post(url, {"leadership_approver": "Alice Ahmed", "leadership_approved_on": "2026-11-19",
                                    "governors_approver": "FGB", "governors_approved_on": "2026-11-19",
                                    "next_review": "2027-11-01", "summary": "Annual review"})
    assert r.status_code == 302
    v = PolicyVersion.current(world.school)
    assert (v.number, v.governors_approver, v.next_review, v.approved_by) == (1, "FGB", dt.date(2027, 11, 1),
                                                                           world.alice)
    sign_mails = {m.to[0] for m in mail.outbox if "Please read and sign" in m.subject}
    assert sign_mails == {f"{n}@brookfield.sch.uk" for n in ("alice", "bob", "carol", "dave", "erin", "frank",
                                                           "grace")}
    bad = as_user("alice").post(url, {"leadership_approver": "A", "leadership_approved_on": "yesterday"})
    assert bad.status_code == 400 and PolicyVersion.objects.count() == 1


# -- reminders ----------------------------------------------------------------------

def test_reminders_go_to_exactly_those_who_have_not_signed(world, frozen):
    v = approve(world)
    for name in ("alice", "carol", "frank"):
        v.sign(world.users[name], name, v.declaration)
    mail.outbox.clear()
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    to_sign = sorted(m.to[0] for m in mail.outbox if "Please read and sign" in m.subject)
    assert to_sign == [f"{n}@brookfield.sch.uk" for n in ("bob", "dave", "erin", "grace")]
    assert all("/s/brookfield/policy/sign/" in m.body for m in mail.outbox if "sign" in m.subject)
    heads = [m for m in mail.outbox if "needs attention" in m.subject]
    # Each school's headteacher gets their own school's summary (Riverside has no version approved yet).
    assert sorted(m.to[0] for m in heads) == ["alice@brookfield.sch.uk", "mallory@riverside.example"]
    assert all("Brookfield" not in m.subject + m.body for m in heads if "riverside" in m.to[0])
    heads = [m for m in heads if m.to == ["alice@brookfield.sch.uk"]]
    assert "4 of 7 people have not signed version 1" in heads[0].body
    # The next day nobody is emailed again; a week later those still unsigned are.
    mail.outbox.clear()
    frozen.shift(dt.timedelta(days=1))
    call_command("send_reminders", stdout=io.StringIO())
    assert [m for m in mail.outbox if "sign" in m.subject.lower() and "brookfield" in m.to[0]] == []
    v.sign(world.bob, "Bob", v.declaration)
    frozen.shift(dt.timedelta(days=7))
    call_command("send_reminders", "--school", "brookfield", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mail.outbox if "Please read and sign" in m.subject) == [
        f"{n}@brookfield.sch.uk" for n in ("dave", "erin", "grace")]


def test_reminder_command_rejects_unknown_school(world):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no school called 'nowhere'"):
        call_command("send_reminders", "--school", "nowhere", stdout=io.StringIO())


def test_dry_run_sends_nothing(world, frozen):
    approve(world)
    mail.outbox.clear()
    out = io.StringIO()
    call_command("send_reminders", "--dry-run", stdout=out)
    assert mail.outbox == [] and "would be sent" in out.getvalue()


# -- review dates ---------------------------------------------------------------------

@pytest.mark.parametrize("pack_id, seeded, overdue", [
    ("aycliffe-drive", False, True),   # next_review "2025" in the pack itself
    ("aycliffe-drive", True, True),    # seeded version keeps the pack's date
    ("marshfields", False, False),     # no date in the pack
    ("newport-cejs", True, False),     # seeded with a year from now
])
def test_overdue_review_shows_on_the_dashboard(db, frozen, pack_id, seeded, overdue):
    from django.test import Client

    from tests.web.conftest import make_world

    w = make_world(pack_id)
    if seeded:
        seed_policy(w.school, w.users)
    c = Client()
    c.force_login(w.alice)
    page = c.get(reverse("policies:overview", args=["brookfield"])).content.decode()
    assert ("Review overdue" in page) is overdue
    from django.template import Context, Template

    notice = Template("{% load policy_tags %}{% policy_notice %}").render(Context(
        {"school": w.school, "can": {"manage_policy"}}))
    assert ("Review overdue" in notice) is overdue
    if overdue:
        mail.outbox.clear()
        call_command("send_reminders", stdout=io.StringIO())
        head = [m for m in mail.outbox if m.to == ["alice@brookfield.sch.uk"] and "attention" in m.subject]
        assert head and "days overdue" in head[0].body


def test_seed_policy_leaves_gaps_to_show(world, frozen):
    v = seed_policy(world.school, world.users)
    st = standing(world.school)
    assert v.number == 1 and {p.membership.user.username for p in st.unsigned} == {"bob", "dave", "frank"}
    assert {p.membership.user.username for p in st.training_due} == {"bob", "carol", "dave", "frank"}
    assert seed_policy(world.school, world.users).pk == v.pk  # running the seed again changes nothing
    world.other.pack_id = ""
    world.other.save()
    world.other.bump()
    assert seed_policy(world.other, {"mallory": world.mallory}) is None  # no pack: nothing seeded, no error


# -- training --------------------------------------------------------------------------

def test_training_is_recorded_and_counts_for_a_year(world, frozen, as_user):
    url = reverse("policies:training", args=["brookfield"])
    bob = world.bob.memberships.get().pk
    r = as_user("alice").post(url, {"person": bob, "kind": "induction", "date": "2025-11-01", "content": "Induction"})
    assert r.status_code == 302
    assert "Annual update due" in next(p.training_due for p in standing(world.school).people
                                       if p.membership.user == world.bob)
    as_user("alice").post(url, {"person": bob, "kind": "annual", "date": "2026-11-01", "content": "Update"})
    assert not next(p.training_due for p in standing(world.school).people if p.membership.user == world.bob)
    bad = as_user("alice").post(url, {"person": bob, "kind": "annual", "date": "2027-01-01", "content": "Later"})
    assert bad.status_code == 400 and "in the future" in bad.content.decode()
    other = as_user("alice").post(url, {"person": world.mallory.memberships.get().pk, "kind": "annual",
                                        "date": "2026-11-01", "content": "x"})
    assert other.status_code == 400
    assert TrainingRecord.objects.count() == 2


# -- who sees what --------------------------------------------------------------------------

VIEWS = ["overview", "document", "document_pdf", "versions", "approve", "sign", "mine", "guidance", "training",
         "export_declarations", "export_training", "report", "report_pdf"]
ALLOWED = {
    "alice": set(VIEWS),
    "grace": set(VIEWS) - {"approve"},
    "frank": {"document", "document_pdf", "versions", "sign", "mine", "guidance", "report", "report_pdf"},
    "bob": {"document", "document_pdf", "versions", "sign", "mine", "guidance"},
    "erin": {"document", "document_pdf", "versions", "sign", "mine", "guidance"},
    "mallory": set(),
}


@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_roles(world, frozen, as_user, who, monkeypatch):
    monkeypatch.setattr("safepost_web.policies.views.render_pdf", lambda *a, **k: b"%PDF-1.7 stub")
    approve(world)
    c = as_user(who)
    for name in VIEWS:
        r = c.get(reverse(f"policies:{name}", args=["brookfield"]))
        assert (r.status_code == 403) is (name not in ALLOWED[who]), (who, name, r.status_code)
    # Nobody changes anything they may not: a refused POST writes nothing.
    if "approve" not in ALLOWED[who]:
        c.post(reverse("policies:approve", args=["brookfield"]), {})
        assert PolicyVersion.objects.count() == 1
    if who == "mallory":
        r = c.post(reverse("policies:sign", args=["brookfield"]), {"full_name": "M", "confirm": "on", "version": 1,
                                                                    "text": PolicyVersion.objects.get().declaration})
        assert r.status_code == 403 and not Declaration.objects.exists()


def test_staff_see_only_their_own_records(world, frozen, as_user):
    v = approve(world)
    v.sign(world.carol, "Carol Clarke", v.declaration)
    TrainingRecord.add(world.school, world.carol, "induction", TODAY, "Carol's induction", world.alice)
    v.sign(world.bob, "Bob Baker", v.declaration)
    page = as_user("bob").get(reverse("policies:mine", args=["brookfield"])).content.decode()
    assert "Bob Baker" in page and "Carol Clarke" not in page and "Carol&#x27;s induction" not in page
    frank = as_user("frank").get(reverse("policies:report", args=["brookfield"])).content.decode()
    assert "2 of 7" in frank and "Carol Clarke" not in frank and "Bob Baker" not in frank


# -- exports ----------------------------------------------------------------------------------

def test_exports_for_audits(world, frozen, as_user):
    v = approve(world)
    v.sign(world.bob, "=HYPERLINK(\"x\")", v.declaration)
    TrainingRecord.add(world.school, world.bob, "annual", TODAY, "Annual update 2026", world.alice)
    r = as_user("alice").get(reverse("policies:export_declarations", args=["brookfield"]))
    rows = list(csv.reader(io.StringIO(r.content.decode())))
    assert rows[0] == ["version", "name", "account", "signed_on", "signed_at", "text_signed"]
    assert rows[1][:4] == ["1", "'=HYPERLINK(\"x\")", "bob", "2026-11-20"] and rows[1][5] == v.declaration
    r = as_user("grace").get(reverse("policies:export_training", args=["brookfield"]))
    rows = list(csv.reader(io.StringIO(r.content.decode())))
    assert rows[1] == ["Bob", "bob", "Annual update", "2026-11-20", "Annual update 2026", "alice"]



# (Leading tabs and returns never reach this cell: the content is stripped when recorded.)
@pytest.mark.parametrize("content", ['=HYPERLINK("http://evil.example","Certificate")', "+1 session", "-1 day",
                                     "@SUM(1,1)"])
def test_training_export_writes_formula_cells_as_text(world, frozen, as_user, content):
    TrainingRecord.add(world.school, world.bob, "annual", TODAY, content, world.alice)
    r = as_user("grace").get(reverse("policies:export_training", args=["brookfield"]))
    rows = list(csv.reader(io.StringIO(r.content.decode(), newline="")))
    assert rows[1][4] == "'" + content

# -- the readable policy and the governors' report as PDFs ------------------------------------

def _pdf_text(content: bytes, tmp_path: Path, name: str) -> str:
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(content)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
                   check=True, capture_output=True)
    assert list(tmp_path.glob(f"{name}*.png")), "page 1 did not render"
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_policy_pdf_renders(world, frozen, as_user, tmp_path):
    world.school.name = "St Mary's & St John's Primary"
    world.school.save()
    v = approve(world)
    r = as_user("bob").get(reverse("policies:document_pdf", args=["brookfield"]))
    assert r["Content-Type"] == "application/pdf"
    text = _pdf_text(r.content, tmp_path, "policy")
    flat = " ".join(text.split())
    assert "St Mary's & St John's Primary" in flat and "version 1" in flat
    assert "Full Governing Body" in flat and "E-Safety policy" in flat  # approvals, related policies
    assert " ".join(v.declaration.split()[:8]) in flat  # the declaration, at the end
    assert flat.rindex("Declaration") > flat.index("Related policies")


def test_policy_html_is_drawn_from_the_pack(world, as_user):
    from django.utils.html import escape

    from safepost_web.schools.library import pack_for

    pack = pack_for(world.school)
    page = as_user("bob").get(reverse("policies:document", args=["brookfield"])).content.decode()
    assert "Draft: not yet approved" in page
    for c in pack.clauses:
        assert escape(c.title) in page


def test_governors_report_counts_moderated_comments_without_their_text(world, frozen, as_user):
    from safepost_web.moderation.models import Comment, PageSettings, State

    PageSettings.objects.create(school=world.school, platform="facebook", page_ids="1001")
    for i, state in enumerate([State.HIDDEN, State.HIDDEN, State.CLEAN, State.PENDING]):
        Comment.objects.create(school=world.school, platform="facebook", comment_id=f"c{i}", state=state,
                               text=f"SECRET comment {i}")
    Comment.objects.create(school=world.other, platform="facebook", comment_id="x", state=State.HIDDEN, text="x")
    page = as_user("frank").get(reverse("policies:report", args=["brookfield"])).content.decode()
    section = page.split("Comments moderated", 1)[1].split("Incidents by type", 1)[0]
    assert "Not in use" not in section and "SECRET" not in page
    assert f"<td>{State.HIDDEN.label}</td><td>2</td>" in section
    assert f"<td>{State.CLEAN.label}</td><td>1</td>" in section and f"<td>{State.PENDING.label}</td><td>1</td>" in section


def test_governors_report_counts_without_content(world, frozen, as_user, tmp_path):
    from safepost_web.checks.models import SavedCheck

    v = approve(world)
    v.sign(world.bob, "Bob", v.declaration)
    for verdict, cats in (("block", ["pupil_identified", "personal_information"]), ("allow", []),
                          ("block", ["pupil_identified"])):
        SavedCheck.objects.create(school=world.school, user=world.bob, text="SECRET words about Grace",
                                  account="personal", verdict=verdict,
                                  result={"findings": [{"category": c} for c in cats]})
    SavedCheck.objects.create(school=world.other, user=world.mallory, text="other school", account="personal",
                              verdict="escalate", result={"findings": []})
    r = as_user("frank").get(reverse("policies:report", args=["brookfield"]))
    page = r.content.decode()
    assert "SECRET" not in page and "escalate" not in page
    assert "3 checks saved" in page and "<td>block</td><td>2</td>" in page
    assert "<td>pupil identified</td><td>2</td>" in page and "<td>personal information</td><td>1</td>" in page
    assert page.count('src="data:image/png;base64,') == 3
    assert "Not in use" in page  # comments: the school moderates no page with safepost
    bad = as_user("frank").get(reverse("policies:report", args=["brookfield"]), {"start": "2026-12-01",
                                                                                  "end": "2026-01-01"})
    assert bad.status_code == 400 and "Swap the two dates" in bad.content.decode()
    pdf = as_user("frank").get(reverse("policies:report_pdf", args=["brookfield"]))
    text = " ".join(_pdf_text(pdf.content, tmp_path, "governors").split())
    assert "Brookfield Primary School" in text and "1 of 7" in text and "SECRET" not in text
