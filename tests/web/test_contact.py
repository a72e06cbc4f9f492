"""'Should I accept this?': the library's decision, the clause, and a one-click report to the DSL."""
from __future__ import annotations

import pytest
from django.core import mail

from safepost_web.checks.models import ContactReport


@pytest.fixture
def marshfields(world):
    # Marshfields says a pupil's approach must be reported: the decline_and_report case.
    world.school.pack_id = "marshfields"
    world.school.save()
    world.school.bump()
    return world


@pytest.mark.parametrize("data,answer", [
    ({"relationship": "current_pupil", "age": "12"}, b"No: decline it."),
    ({"relationship": "colleague"}, b"Yes, you can accept."),
])
def test_it_answers_in_plain_words(as_user, world, data, answer):
    r = as_user("bob").post("/s/brookfield/contact/", {"kind": "friend_request", "direction": "received", **data})
    assert answer in r.content
    assert b"Report this to the designated safeguarding lead" not in r.content


def test_decline_and_report_offers_a_one_click_report(as_user, marshfields):
    r = as_user("bob").post("/s/brookfield/contact/", {"relationship": "current_pupil", "age": "13",
                                                       "kind": "message", "direction": "received"})
    assert b"report it to the designated safeguarding lead" in r.content
    assert b"Report this to the designated safeguarding lead" in r.content
    assert ContactReport.objects.count() == 0  # asking stores nothing


def test_the_report_is_stored_audited_and_the_dsl_told(as_user, marshfields):
    r = as_user("bob").post("/s/brookfield/contact/report/", {
        "relationship": "current_pupil", "age": "13", "kind": "message", "direction": "received", "note": "late at night"})
    assert r.status_code == 302
    rep = ContactReport.objects.get()
    assert (rep.reporter, rep.decision, rep.note) == (marshfields.bob, "decline_and_report", "late at night")
    assert marshfields.school.audit_entries.filter(action="contact.reported").exists()
    assert mail.outbox[0].to == ["erin@brookfield.sch.uk"]
    assert b"late at night" in as_user("erin").get("/s/brookfield/reports/").content
    # The email leads to the concern in the DSL's incidents inbox, where it is triaged with every other one.
    concern = rep.incident_report
    assert f"/s/brookfield/incidents/reports/{concern.pk}/" in mail.outbox[0].body
    assert b"late at night" in as_user("erin").get(f"/s/brookfield/incidents/reports/{concern.pk}/").content


def test_the_link_in_the_email_is_whole_whatever_the_site_root(as_user, marshfields, settings):
    settings.SITE_ROOT = "https://safepost.brookfield.sch.uk/"  # written with a trailing slash
    as_user("bob").post("/s/brookfield/contact/report/", {
        "relationship": "current_pupil", "age": "13", "kind": "message", "direction": "received"})
    concern = ContactReport.objects.get().incident_report
    assert f"https://safepost.brookfield.sch.uk/s/brookfield/incidents/reports/{concern.pk}/" in mail.outbox[0].body


@pytest.mark.parametrize("data", [
    {"relationship": "martian", "kind": "message", "direction": "received"},
    {"relationship": "current_pupil", "age": "-3", "kind": "message", "direction": "received"},
    {"relationship": "current_pupil", "age": "500", "kind": "message", "direction": "received"},
])
def test_bad_input_is_named_and_nothing_is_decided(as_user, world, data):
    r = as_user("bob").post("/s/brookfield/contact/", data)
    assert r.status_code == 200 and "result" not in r.context and b'class="error"' in r.content


def test_a_report_from_another_school_is_refused(as_user, marshfields):
    r = as_user("mallory").post("/s/brookfield/contact/report/", {
        "relationship": "current_pupil", "kind": "message", "direction": "received"})
    assert r.status_code == 403 and ContactReport.objects.count() == 0
