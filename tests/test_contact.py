"""Contact decisions for the five built-in packs, from each document's own words."""
from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from safepost.contact import age_limit, decide_contact
from safepost.packs import load_pack, load_pack_file
from safepost.types import SafepostError

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "school-pack.yaml"

SD, NP, AY, MF, RT = "staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden"

# (pack, relationship, keyword arguments, decision, rule)
CASES = [
    # staff-declaration: under 19, looked after under 21, SEN under 24; family allowed with care
    (SD, "former_pupil", {"age": 18}, "decline", "no-contact-young-people"),
    (SD, "former_pupil", {"age": 19}, "allow", "over-limit"),
    (SD, "former_pupil", {"age": 20, "looked_after": True}, "decline", "no-contact-young-people"),
    (SD, "former_pupil", {"age": 21, "looked_after": True}, "allow", "over-limit"),
    (SD, "former_pupil", {"age": 23, "sen": True}, "decline", "no-contact-young-people"),
    (SD, "former_pupil", {"age": 24, "sen": True}, "allow", "over-limit"),
    (SD, "former_pupil", {"age": 23, "looked_after": True, "sen": True}, "decline", "no-contact-young-people"),
    (SD, "former_pupil", {"age": 22, "looked_after": True}, "allow", "over-limit"),
    (SD, "current_pupil", {"age": 15}, "decline", "no-contact-young-people"),
    (SD, "current_pupil", {"age": 15, "direction": "sent"}, "decline", "no-contact-young-people"),
    (SD, "current_pupil", {"age": 15, "kind": "message"}, "decline", "no-contact-young-people"),
    (SD, "current_pupil", {"age": 19}, "caution", "current-pupil-over-limit"),
    (SD, "current_pupil", {"age": 14, "family": True}, "caution", "family-contact"),
    (SD, "young_person_via_role", {"age": 16}, "decline", "no-contact-role-young-people"),
    (SD, "young_person_via_role", {"age": 19}, "allow", "over-limit"),
    (SD, "young_person_via_role", {"age": 16, "family": True}, "caution", "family-contact"),
    # the declaration forbids school issues with parents, not the friendship: allow (was caution)
    (SD, "parent_of_pupil", {}, "allow", "no-school-issues-with-parents"),
    (SD, "parent_of_pupil", {"kind": "message"}, "allow", "no-school-issues-with-parents"),
    (SD, "parent_of_pupil", {"direction": "sent"}, "allow", "no-school-issues-with-parents"),
    (SD, "parent_of_former_pupil", {}, "allow", "others"),
    (SD, "colleague", {}, "allow", "others"),
    # aycliffe-drive: current pupils at any age, former pupils under 18; requesting = accepting
    (AY, "former_pupil", {"age": 17}, "decline", "no-former-pupils-under-18"),
    (AY, "former_pupil", {"age": 17, "direction": "sent"}, "decline", "no-former-pupils-under-18"),
    (AY, "former_pupil", {"age": 18}, "allow", "former-pupils-adult"),
    (AY, "former_pupil", {"age": 17, "looked_after": True}, "decline", "no-former-pupils-under-18"),
    (AY, "former_pupil", {"age": 18, "looked_after": True}, "allow", "former-pupils-adult"),  # no extension
    (AY, "former_pupil", {"age": 20, "sen": True}, "allow", "former-pupils-adult"),
    (AY, "current_pupil", {"age": 10}, "decline", "no-current-pupils"),
    (AY, "current_pupil", {"age": 10, "direction": "sent"}, "decline", "no-current-pupils"),
    (AY, "current_pupil", {"age": 18, "kind": "follow"}, "decline", "no-current-pupils"),
    # no family exception in section 3 (was seek_approval: "discuss with your manager" is about posts)
    (AY, "current_pupil", {"family": True}, "decline", "no-family-exception"),
    (AY, "current_pupil", {"age": 8, "family": True}, "decline", "no-family-exception"),
    (AY, "former_pupil", {"age": 16, "family": True}, "decline", "no-family-exception"),
    (AY, "former_pupil", {"age": 18, "family": True}, "allow", "former-pupils-adult"),
    # silent on young people known through another role: allow (was caution)
    (AY, "young_person_via_role", {"age": 12}, "allow", "young-person-via-role"),
    (AY, "parent_of_pupil", {}, "allow", "others"),
    # newport-cejs: never pupils; ex-pupils only as adults and after advice; parents advised against
    (NP, "current_pupil", {"age": 10}, "decline", "never-befriend-pupils"),
    (NP, "current_pupil", {"age": 10, "kind": "message"}, "decline", "never-befriend-pupils"),
    (NP, "former_pupil", {"age": 17}, "decline", "former-pupils-under-18"),
    (NP, "former_pupil", {"age": 18}, "seek_approval", "former-pupils-adult"),
    (NP, "former_pupil", {"age": 25}, "seek_approval", "former-pupils-adult"),
    # "should be openly acknowledged with the Headteacher": caution (was seek_approval)
    (NP, "current_pupil", {"age": 9, "family": True}, "caution", "family-acknowledge"),
    (NP, "former_pupil", {"age": 16, "family": True}, "caution", "family-acknowledge"),
    (NP, "parent_of_pupil", {}, "caution", "parents-strongly-advised-not"),
    (NP, "parent_of_former_pupil", {}, "caution", "parents-strongly-advised-not"),
    (NP, "young_person_via_role", {"age": 14}, "allow", "young-person-via-role"),  # silent (was caution)
    (NP, "other", {}, "allow", "others"),
    # marshfields: students past or present, any age; contact from current students is reported
    (MF, "current_pupil", {"age": 15}, "decline_and_report", "report-student-contact"),
    (MF, "current_pupil", {"age": 19, "kind": "message"}, "decline_and_report", "report-student-contact"),
    (MF, "current_pupil", {"age": 15, "direction": "sent"}, "decline", "no-student-contact"),
    (MF, "current_pupil", {"age": 15, "family": True}, "caution", "family-students"),
    (MF, "former_pupil", {"age": 17}, "decline", "no-past-student-contact"),
    (MF, "former_pupil", {"age": 40}, "decline", "no-past-student-contact"),
    # no school business on personal accounts, but the friendship is not advised against (was caution)
    (MF, "parent_of_pupil", {}, "allow", "parents-no-school-business"),
    (MF, "parent_of_pupil", {"kind": "message"}, "allow", "parents-no-school-business"),
    (MF, "young_person_via_role", {"age": 19}, "allow", "young-person-via-role"),  # students only (was caution)
    (MF, "parent_of_former_pupil", {}, "allow", "others"),
    (MF, "colleague", {}, "allow", "others"),
    # rattlesden: must not add pupils as friends; be cautious with parents
    (RT, "current_pupil", {"age": 9}, "decline", "no-pupils-as-friends"),
    (RT, "current_pupil", {"age": 9, "direction": "sent"}, "decline", "no-pupils-as-friends"),
    (RT, "current_pupil", {"age": 9, "family": True}, "decline", "no-pupils-as-friends"),
    (RT, "current_pupil", {"age": 9, "kind": "follow"}, "caution", "pupil-follow-or-message"),
    # the ban covers pupils of the school; former pupils and others are not mentioned (was caution)
    (RT, "former_pupil", {"age": 12}, "allow", "former-pupils"),
    (RT, "former_pupil", {"age": 24, "sen": True}, "allow", "former-pupils"),
    (RT, "young_person_via_role", {"age": 14}, "allow", "young-person-via-role"),
    (RT, "parent_of_pupil", {}, "caution", "be-cautious-with-parents"),
    (RT, "parent_of_former_pupil", {}, "allow", "others"),
    (RT, "colleague", {}, "allow", "others"),
]


@pytest.mark.parametrize("pack,relationship,kw,decision,rule", CASES)
def test_decision(pack, relationship, kw, decision, rule, contact_schema):
    r = decide_contact(load_pack(pack), relationship, **kw)
    assert (r.decision, r.rule) == (decision, rule)
    assert r.policy == pack and r.clause and r.message.strip() and "{" not in r.message
    jsonschema.validate(r.to_dict(), contact_schema)


# Unknown age: the stricter of what "under the limit" and "over it" would give.
@pytest.mark.parametrize("pack,relationship,kw,decision", [
    (SD, "former_pupil", {}, "decline"),
    (SD, "former_pupil", {"looked_after": True}, "decline"),
    (SD, "current_pupil", {}, "decline"),
    (SD, "young_person_via_role", {}, "decline"),
    (AY, "former_pupil", {}, "decline"),
    (NP, "former_pupil", {}, "decline"),
    (MF, "former_pupil", {}, "decline"),
    (MF, "current_pupil", {}, "decline_and_report"),
    (AY, "former_pupil", {"family": True}, "decline"),
    (RT, "former_pupil", {}, "allow"),  # no age rule could apply
    (SD, "colleague", {}, "allow"),
])
def test_unknown_age_gets_the_most_protective_decision(pack, relationship, kw, decision):
    r = decide_contact(pack, relationship, **kw)
    assert r.decision == decision


def test_unknown_age_says_so():
    msg = decide_contact(SD, "former_pupil", sen=True).message
    assert "not known" in msg and "24" in msg
    assert "not known" not in decide_contact(SD, "former_pupil", age=12).message


@pytest.mark.parametrize("kw,limit", [
    ({}, 19), ({"looked_after": True}, 21), ({"sen": True}, 24), ({"looked_after": True, "sen": True}, 24),
])
def test_age_limit_is_the_highest_that_applies(kw, limit):
    assert age_limit(load_pack(SD), **kw) == limit


def test_age_limit_for_any_age_packs():
    assert age_limit(load_pack(MF)) is None and age_limit(load_pack(AY), looked_after=True) == 18


@pytest.mark.parametrize("pack,relationship,report", [
    (MF, "current_pupil", "designated safeguarding lead"),
    (SD, "current_pupil", None),
    (NP, "current_pupil", None),
])
def test_report_to_is_set_where_the_pack_asks_for_a_report(pack, relationship, report):
    r = decide_contact(pack, relationship, age=14)
    if report is None:
        assert r.report_to is None and "report_to" not in r.to_dict()
    else:
        assert report in r.report_to and report in r.to_dict()["report_to"]


@pytest.mark.parametrize("kw,expect", [
    ({"relationship": "pupil"}, "unknown relationship 'pupil'"),
    ({"relationship": "former_pupil", "age": -1}, "negative"),
    ({"relationship": "former_pupil", "age": 200}, "not a real age"),
    ({"relationship": "former_pupil", "age": "twelve"}, "whole number"),
    ({"relationship": "former_pupil", "age": 12.5}, "whole number"),
    ({"relationship": "former_pupil", "age": True}, "whole number"),
    ({"relationship": "former_pupil", "kind": "poke"}, "unknown kind 'poke'"),
    ({"relationship": "former_pupil", "direction": "both"}, "unknown direction 'both'"),
])
def test_bad_input_is_a_plain_error(kw, expect):
    with pytest.raises(SafepostError) as e:
        decide_contact(RT, **kw)
    assert expect in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("age,decision", [("17", "decline"), (17.0, "decline"), ("18", "allow")])
def test_age_from_a_json_line_may_be_text_or_float(age, decision):
    assert decide_contact(AY, "former_pupil", age=age).decision == decision


def test_id_is_copied():
    assert decide_contact(NP, "colleague", id="c-3").to_dict()["id"] == "c-3"


@pytest.mark.parametrize("ref", [EXAMPLE, "school-pack-object"])
def test_school_pack_inherits_contact_rules(ref):
    pack = load_pack_file(EXAMPLE) if ref == "school-pack-object" else ref
    assert decide_contact(pack, "former_pupil", age=17).decision == "decline"
    assert decide_contact(pack, "former_pupil", age=18).decision == "seek_approval"


def test_pack_without_a_matching_rule_allows_and_says_why(tmp_path):
    p = tmp_path / "bare.yaml"
    p.write_text("id: bare\nname: Bare\nclauses: []\nrules: []\n")
    r = decide_contact(load_pack_file(p), "colleague")
    assert (r.decision, r.rule) == ("allow", "none") and "no rule" in r.message
