"""The built-in packs: they load, every rule rests on a clause, severities follow the document's
wording, bad packs give messages naming file, line and field, and the engine maps hand-made
spans to the severity each pack's wording gives."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import yaml

from safepost.detectors.base import Registry
from safepost.engine import Checker
from safepost.kinds import KINDS
from safepost.packs import PackError, builtin_ids, load_pack, load_pack_file
from safepost.packs.loader import BUILTIN_DIR
from safepost.types import Post, Span

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "school-pack.yaml"
PACKS = ["staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden"]

# CONTRACT.md's rule of thumb, applied to the operative words each rule records in `wording`.
BLOCK_WORDS = {"must", "must not", "must never", "never", "will not", "will delete", "will ensure",
               "requires (ensure)"}
WARN_WORDS = {"should", "should not", "advised", "strongly advised", "be cautious", "use caution",
              "refrain", "consider", "should ask themselves", "need to be aware", "remain vigilant",
              "permitted if"}
REVIEW_WORDS = {"seek the advice of", "without the express authority of", "without written approval",
                "unless expressly authorised", "unless they have explicit permission",
                "discuss with your manager first", "pre-moderated", "consent not known"}
INFO_WORDS = {"unless they have given consent", "with written permission"}


def severity_for_wording(wording: str) -> str | None:
    """The severity the contract's rule of thumb gives these words (None: not in the vocabulary)."""
    if "police" in wording or "CEOP" in wording:
        return "escalate"
    if "disciplinary" in wording or "dismissal" in wording:  # a "should" with a stated sanction
        return "block"
    for words, sev in ((BLOCK_WORDS, "block"), (WARN_WORDS, "warn"), (REVIEW_WORDS, "review"),
                       (INFO_WORDS, "info")):
        if wording in words:
            return sev
    return None


def all_rules():
    return [(p, r) for p in PACKS for r in load_pack(p).rules]


def test_the_five_packs_are_built_in():
    assert builtin_ids() == sorted(PACKS)


@pytest.mark.parametrize("pack_id", PACKS)
def test_pack_loads_and_extends_base(pack_id):
    raw = yaml.safe_load((BUILTIN_DIR / f"{pack_id}.yaml").read_text(encoding="utf-8"))
    assert raw["extends"] == "_base"
    pack = load_pack(pack_id)
    assert pack.id == pack_id
    assert pack.check_references() == []
    assert {"threat-of-violence", "looked-after-whereabouts"} <= {r.id for r in pack.rules}
    assert len(pack.rules) > 12 and pack.contact and pack.declaration and pack.settings.contact_ages


@pytest.mark.parametrize("pack_id,rule", all_rules(), ids=lambda x: getattr(x, "id", x))
def test_rule_rests_on_a_clause_and_reads_its_severity_from_the_wording(pack_id, rule):
    pack = load_pack(pack_id)
    clause = pack.clause(rule.clause)
    assert clause is not None and clause.summary.strip() and clause.section.strip()
    if rule.wording == "":
        # Only the shared base carries unworded rules: the contract's escalations.
        assert rule.clause == "safeguarding" and rule.severity == "escalate"
    else:
        assert severity_for_wording(rule.wording) == rule.severity, rule.wording
    if rule.wording:  # the base pack's kinds are the lead's to keep in step
        for kind in (rule.when.kind or []) + (rule.when.not_kind or []):
            assert kind in KINDS[rule.category]
    fields = {f for _, f, _, _ in string.Formatter().parse(rule.message + rule.fix) if f}
    assert fields <= {"evidence", "pupil", "kind"}
    assert rule.message.strip()
    if rule.severity != "info":
        assert rule.fix.strip()


@pytest.mark.parametrize("pack_id", PACKS)
def test_contact_rules_rest_on_clauses_and_end_with_a_catch_all(pack_id):
    pack = load_pack(pack_id)
    assert all(pack.clause(r.clause) for r in pack.contact)
    last = pack.contact[-1]
    assert last.when.model_dump(exclude_none=True) == {} and last.decision == "allow"


@pytest.mark.parametrize("pack_id,expected", [
    ("staff-declaration", (19, 21, 24, False)),
    ("aycliffe-drive", (18, None, None, False)),
    ("newport-cejs", (18, None, None, False)),
    ("marshfields", (18, None, None, True)),
    ("rattlesden", (18, None, None, True)),
])
def test_contact_ages(pack_id, expected):
    a = load_pack(pack_id).settings.contact_ages
    assert (a.default, a.looked_after, a.sen, a.any_age) == expected


@pytest.mark.parametrize("pack_id,channels", [
    ("rattlesden", ["Tapestry", "school email accounts", "Gateway", "SchoolComms"]),
    ("newport-cejs", ["school email", "school landline", "school mobile"]),
])
def test_approved_parent_channels(pack_id, channels):
    assert load_pack(pack_id).settings.approved_parent_channels == channels


def test_settings_read_from_the_documents():
    ay = load_pack("aycliffe-drive")
    assert list(ay.settings.personal_use.options) == ["never_at_work", "designated_place", "breaks_only"]
    assert ay.settings.personal_use.chosen == "never_at_work"
    assert (ay.review.last_reviewed, ay.review.next_review) == ("2022-03", "2025")
    assert "Green" in ay.review.responsible and ay.review.approved_by == ["Strategy Committee"]
    assert len(load_pack("newport-cejs").settings.questions) == 7
    assert len(load_pack("rattlesden").settings.questions) == 4
    assert load_pack("newport-cejs").settings.pre_moderated is True
    assert load_pack("marshfields").settings.pre_moderated is False
    assert load_pack("marshfields").settings.block_after_removed_comments == 3
    assert load_pack("marshfields").settings.allow_consented_names is True
    assert load_pack("newport-cejs").settings.allow_consented_names is False
    assert "dismissal" in load_pack("staff-declaration").declaration


# --- Bad packs ---------------------------------------------------------------

GOOD = """\
id: tiny
name: Tiny school
extends: _base
clauses:
  - id: c1
    title: Section 1
    section: "1"
    summary: Staff must not swear.
rules:
  - id: r1
    category: offensive_language
    severity: block
    clause: c1
    message: "No swearing: {evidence}"
"""


def test_a_good_tiny_pack_loads(tmp_path):
    p = tmp_path / "tiny.yaml"
    p.write_text(GOOD)
    assert load_pack_file(p).rules[-1].id == "r1"


@pytest.mark.parametrize("bad,line,field", [
    (GOOD.replace("    severity: block", "    severty: block"), 12, "severty"),
    (GOOD.replace("    title: Section 1", "    titel: Section 1"), 6, "titel"),
    (GOOD.replace("name: Tiny school", "nmae: Tiny school"), 2, "nmae"),
])
def test_a_typo_names_file_line_and_field(tmp_path, bad, line, field):
    p = tmp_path / "typo.yaml"
    p.write_text(bad)
    with pytest.raises(PackError) as e:
        load_pack_file(p)
    msg = str(e.value)
    assert str(p) in msg and f"line {line}" in msg and field in msg


def test_a_typo_in_an_override_names_the_school_file(tmp_path):
    p = tmp_path / "school.yaml"
    p.write_text("id: s\nname: S\nextends: newport-cejs\nrules:\n  - id: empty-home\n"
                 "    category: safety_risk\n    severity: block\n    clause: before-posting\n"
                 "    message: Not now.\n    wen: {kind: [empty_home]}\n")
    with pytest.raises(PackError) as e:
        load_pack_file(p)
    assert f"{p}, line 10" in str(e.value) and "'wen'" in str(e.value)


@pytest.mark.parametrize("bad,expect", [
    (GOOD.replace("severity: block", "severity: blocker"), "severity"),
    (GOOD.replace("category: offensive_language", "category: swearing"), "swearing"),
    (GOOD.replace("clause: c1\n    message", "clause: c9\n    message"), "c9"),
    (GOOD + "contact:\n  - {id: x, decision: allow, clause: c1, message: ok, when: {kind: [friendrequest]}}\n",
     "friendrequest"),
    (GOOD + "contact:\n  - {id: x, decision: maybe, clause: c1, message: ok}\n", "decision"),
])
def test_a_wrong_value_is_named(tmp_path, bad, expect):
    p = tmp_path / "wrong.yaml"
    p.write_text(bad)
    with pytest.raises(PackError, match=re.escape(expect)):
        load_pack_file(p)


@pytest.mark.parametrize("bad,line", [
    (GOOD.replace("    clause: c1\n    message", "    clause: c1\n   message"), 14),  # bad indent
    (GOOD.replace("severity: block", "severity: [block"), 13),                     # unclosed list
    (GOOD.replace('"No swearing: {evidence}"', '"No swearing: {evidence}'), 15),      # unclosed quote
])
def test_broken_yaml_names_the_line(tmp_path, bad, line):
    p = tmp_path / "broken.yaml"
    p.write_text(bad)
    with pytest.raises(PackError) as e:
        load_pack_file(p)
    assert f"{p}, line {line}: not valid YAML" in str(e.value)


def test_unknown_extends_is_a_clear_error(tmp_path):
    p = tmp_path / "orphan.yaml"
    p.write_text(GOOD.replace("extends: _base", "extends: newport-cjes"))
    with pytest.raises(PackError) as e:
        load_pack_file(p)
    msg = str(e.value)
    assert "newport-cjes" in msg and "line 3" in msg and "newport-cejs" in msg


def test_unknown_pack_lists_the_known_ones():
    with pytest.raises(PackError) as e:
        load_pack("nope")
    assert all(p in str(e.value) for p in PACKS)


def test_remove_rules_drops_an_inherited_rule(tmp_path):
    p = tmp_path / "lenient.yaml"
    p.write_text("id: lenient\nname: Lenient\nextends: rattlesden\nremove_rules: [refrain-at-work]\n")
    ids = {r.id for r in load_pack_file(p).rules}
    assert "refrain-at-work" not in ids and "no-pupil-friends" in ids


def test_example_school_pack_overrides_and_adds():
    pack = load_pack_file(EXAMPLE)
    base = load_pack("newport-cejs")
    rules = {r.id: r for r in pack.rules}
    assert rules["parent-contact-school-channels"].severity == "block"
    assert {r.id: r for r in base.rules}["parent-contact-school-channels"].severity == "warn"
    assert "no-politics-on-school-page" in rules and "no-politics-on-school-page" not in {r.id for r in base.rules}
    assert len(pack.rules) == len(base.rules) + 1
    assert "Class Dojo" in pack.settings.approved_parent_channels and pack.settings.pre_moderated


# --- The engine maps spans through each pack -----------------------------------

def _finding(pack, account, author, category, kind="", attrs=None, chosen=None):
    if chosen:
        pack = pack.model_copy(deep=True)
        pack.settings.personal_use.chosen = chosen
    checker = Checker(pack, registry=Registry())  # no detectors: the mapping alone is under test
    ctx = checker.context(Post(text="x", account=account, author=author))
    span = Span(category=category, start=0, end=5, score=0.9, detector="hand", kind=kind,
                attrs=dict(attrs or {}), evidence="Amelia")
    return checker.finding(span, ctx)


P, O = "personal", "official"
ENGINE_CASES = [
    # racist insults: illegal and reportable only in newport-cejs
    ("newport-cejs", P, "staff", "abuse_or_hate", "racist", None, "escalate", "illegal-hate"),
    ("newport-cejs", O, "public", "abuse_or_hate", "homophobic", None, "escalate", "illegal-hate"),
    ("marshfields", P, "staff", "abuse_or_hate", "racist", None, "block", "staff-harassment"),
    ("staff-declaration", P, "staff", "abuse_or_hate", "racist", None, "block", "no-abuse"),
    # comments on the school's page: pre-moderated (newport), deleted (marshfields), silent (others)
    ("newport-cejs", O, "parent", "abuse_or_hate", "insult", None, "review", "comment-abuse"),
    ("marshfields", O, "parent", "abuse_or_hate", "insult", None, "block", "delete-abusive-comments"),
    ("rattlesden", O, "parent", "abuse_or_hate", "insult", None, "info", "none"),
    ("staff-declaration", O, "public", "abuse_or_hate", "insult", None, "info", "none"),
    ("marshfields", O, "public", "commercial_content", "spam", None, "block", "delete-spam-and-adverts"),
    ("newport-cejs", O, "public", "commercial_content", "spam", None, "review", "comment-commercial"),
    ("marshfields", O, "parent", "disparaging_school_community", "complaint", None, "warn", "parent-comment-complaint"),
    # names on official posts: consent matters only where the pack allows consented names
    ("marshfields", O, "staff", "pupil_identified", "name", {"name_consent": True}, "info", "consented-name"),
    ("marshfields", O, "staff", "pupil_identified", "name", {"name_consent": False}, "block", "no-name-without-consent"),
    ("marshfields", O, "staff", "pupil_identified", "name", {}, "review", "name-consent-unknown"),
    ("rattlesden", O, "staff", "pupil_identified", "name", {"name_consent": True}, "info", "consented-name"),
    ("newport-cejs", O, "staff", "pupil_identified", "name", {"name_consent": True}, "block", "no-pupil-names"),
    # rattlesden's official accounts: "should appear" / "should not match names to photographs",
    # with no sanction of their own -> warn (was block, read through the Aims' sanction)
    ("rattlesden", O, "staff", "image_consent", "named_photo", {"photo_consent": True}, "warn", "no-names-on-photos"),
    ("rattlesden", O, "staff", "pupil_identified", "name", {"name_consent": False}, "warn", "no-name-without-permission"),
    ("rattlesden", O, "staff", "pupil_identified", "name", {}, "warn", "name-permission-unknown"),
    ("marshfields", O, "staff", "image_consent", "named_photo", {"photo_consent": True}, "info", "consented-photo"),
    ("marshfields", O, "staff", "image_consent", "photo_of_pupils", None, "info", "none"),
    ("marshfields", O, "staff", "image_consent", "named_photo", {"photo_consent": True, "name_consent": False},
     "block", "named-photo-name-without-consent"),
    # names on staff's own accounts
    ("staff-declaration", P, "staff", "pupil_identified", "name", {"name_consent": True}, "block", "no-pupil-names"),
    ("aycliffe-drive", P, "staff", "pupil_identified", "name", None, "block", "no-pupil-names"),
    ("marshfields", P, "parent", "pupil_identified", "name", None, "info", "none"),
    # parents on personal channels
    ("newport-cejs", P, "staff", "parent_contact_channel", "parent_contact", None, "warn", "parent-contact-school-channels"),
    ("rattlesden", P, "staff", "parent_contact_channel", "parent_contact", None, "block", "parent-approved-channels"),
    ("staff-declaration", P, "staff", "parent_contact_channel", "parent_contact", None, "block", "no-parent-contact-personal"),
    ("aycliffe-drive", P, "staff", "parent_contact_channel", "parent_contact", None, "info", "none"),
    # timing
    ("aycliffe-drive", P, "staff", "timing", "working_hours", None, "block", "never-at-work"),
    ("rattlesden", P, "staff", "timing", "working_hours", None, "warn", "refrain-at-work"),
    ("newport-cejs", P, "staff", "timing", "lessons", None, "block", "lessons-phones"),
    ("newport-cejs", P, "staff", "timing", "working_hours", None, "info", "none"),
    ("marshfields", P, "staff", "timing", "text_says_lessons", None, "block", "no-teaching-time"),
    ("staff-declaration", P, "staff", "timing", "lessons", None, "info", "none"),
    # references, speaking for the school
    ("aycliffe-drive", P, "staff", "professional_reference", "reference", None, "review", "references-need-authority"),
    ("marshfields", P, "staff", "professional_reference", "reference", None, "block", "no-references-for-school"),
    ("newport-cejs", P, "staff", "professional_reference", "reference", None, "info", "none"),
    ("newport-cejs", P, "staff", "speaking_for_school", "school_view", None, "review", "speak-for-school-needs-permission"),
    # aycliffe: "unless expressly authorised" -> review, like its logo rule (was block)
    ("aycliffe-drive", P, "staff", "speaking_for_school", "school_view", None, "review", "no-school-opinions"),
    ("aycliffe-drive", P, "staff", "speaking_for_school", "logo", None, "review", "logo-needs-authority"),
    # merely naming the school is not an opinion: no aycliffe rule (was warn, own-behalf)
    ("aycliffe-drive", P, "staff", "speaking_for_school", "names_school", None, "info", "none"),
    ("aycliffe-drive", P, "staff", "speaking_for_school", "press", None, "review", "press-needs-approval"),
    ("rattlesden", P, "staff", "speaking_for_school", "names_school", None, "warn", "refrain-naming-school"),
    ("newport-cejs", P, "staff", "speaking_for_school", "names_school", None, "info", "none"),
    # safety
    ("newport-cejs", P, "staff", "safety_risk", "trip", None, "review", "trip-ask-head"),
    ("aycliffe-drive", P, "staff", "safety_risk", "trip", None, "info", "none"),  # trips not mentioned (was block)
    # newport: the seven questions end "seek the advice of" -> review for trips and empty homes alike
    ("newport-cejs", P, "staff", "safety_risk", "empty_home", None, "review", "empty-home"),
    ("newport-cejs", P, "staff", "offensive_language", "profanity", None, "review", "language-personal"),
    ("marshfields", P, "staff", "safety_risk", "empty_home", None, "info", "none"),  # not students' safety
    ("marshfields", P, "staff", "safety_risk", "trip", None, "warn", "staff-safety"),
    ("staff-declaration", P, "staff", "safety_risk", "trip", None, "info", "none"),
    ("rattlesden", P, "staff", "safety_risk", "looked_after_whereabouts", None, "escalate", "looked-after-whereabouts"),
    ("staff-declaration", P, "staff", "pupil_contact", "grooming", None, "escalate", "grooming-contact"),
    # parents' and pupils' own posts: only marshfields speaks to them
    ("marshfields", P, "parent", "confidential_school_matter", "behaviour_incident", None, "warn", "parent-no-behaviour-incidents"),
    ("newport-cejs", P, "parent", "confidential_school_matter", "behaviour_incident", None, "info", "none"),
    ("marshfields", P, "pupil", "disparaging_school_community", "complaint", None, "warn", "pupil-no-complaints"),
    # marshfields: harassment and hate bind everyone ("must"); a plain insult is an
    # "inappropriate comment" parents and students "should not" make (was block)
    ("marshfields", P, "pupil", "abuse_or_hate", "insult", None, "warn", "pupil-insults"),
    ("marshfields", P, "parent", "abuse_or_hate", "insult", None, "warn", "parent-insults"),
    ("marshfields", P, "parent", "abuse_or_hate", "harassment", None, "block", "everyone-harassment"),
    ("marshfields", P, "pupil", "abuse_or_hate", "sexist", None, "block", "everyone-harassment"),
    # comments by students and parents on marshfields' page follow their own "should not" lists
    ("marshfields", O, "pupil", "disparaging_school_community", "complaint", None, "warn", "pupil-comment-complaint"),
    ("marshfields", O, "pupil", "abuse_or_hate", "insult", None, "block", "delete-abusive-comments"),
    ("marshfields", O, "parent", "image_consent", "photo_of_pupils", None, "warn", "parent-comment-images"),
    ("marshfields", O, "public", "disparaging_school_community", "complaint", None, "info", "none"),
    # newport's page is moderated whoever comments, pupils included
    ("newport-cejs", O, "pupil", "abuse_or_hate", "insult", None, "review", "comment-abuse"),
    ("newport-cejs", O, "pupil", "pupil_identified", "name", None, "review", "comment-pupil-name"),
    # own personal details: only newport and rattlesden speak about posting them
    ("staff-declaration", P, "staff", "personal_information", "phone", None, "info", "none"),
    ("aycliffe-drive", P, "staff", "personal_information", "phone", None, "info", "none"),
    ("marshfields", P, "staff", "personal_information", "address", None, "info", "none"),
    ("newport-cejs", P, "staff", "personal_information", "phone", None, "warn", "own-details"),
    ("rattlesden", P, "staff", "personal_information", "email", None, "warn", "private-information"),
    # official accounts
    ("marshfields", O, "staff", "direct_message_official", "addressed", None, "block", "official-no-direct-messages"),
    ("rattlesden", O, "staff", "direct_message_official", "addressed", None, "warn", "official-no-conversations"),
    ("marshfields", O, "staff", "political_statement", "political", None, "block", "official-no-politics"),
    ("rattlesden", O, "staff", "political_statement", "political", None, "warn", "official-no-personal-views"),
    ("newport-cejs", O, "staff", "political_statement", "political", None, "info", "none"),
    ("marshfields", O, "staff", "personal_information", "handle", None, "block", "official-no-staff-links"),
    ("rattlesden", P, "staff", "location_metadata", "geotag", None, "warn", "refrain-location"),
    ("marshfields", P, "staff", "location_metadata", "geotag", None, "warn", "photo-location-personal"),  # "consider the safety of students" (was info)
    ("rattlesden", P, "staff", "pupil_contact", "friend", None, "block", "no-pupil-friends"),
    ("rattlesden", P, "staff", "pupil_contact", "message", None, "warn", "pupil-contact-caution"),
    # staff-declaration, "All school staff must", bullet 3: appropriate language "at all times,
    # for any comments placed on social networking sites" -> the school's page too
    ("staff-declaration", O, "staff", "offensive_language", "profanity", None, "block", "appropriate-language"),
    ("staff-declaration", O, "parent", "offensive_language", "profanity", None, "info", "none"),
    # bullet 4: "any comments/images/videos, at any time, could not be deemed as defamatory"
    ("staff-declaration", O, "staff", "allegation", "allegation", None, "block", "no-defamation"),
    # "must not", bullet 3: "use social media sites as a forum to make derogatory comments"
    # (bullet 2 says "personal social media sites"; bullet 3 does not)
    ("staff-declaration", O, "staff", "disparaging_school_community", "complaint", None, "block", "no-derogatory-comments"),
    ("staff-declaration", O, "staff", "abuse_or_hate", "insult", None, "block", "no-abuse"),
    # aycliffe section 1: the policy "applies to use of social media for business purposes as
    # well as personal use"; section 3: "Employees must not use social media to" disparage,
    # harass or make false or misleading statements -> the school's accounts too
    ("aycliffe-drive", O, "staff", "disparaging_school_community", "complaint", None, "block", "no-disparaging"),
    ("aycliffe-drive", O, "staff", "abuse_or_hate", "harassment", None, "block", "no-harassment"),
    ("aycliffe-drive", O, "staff", "allegation", "allegation", None, "block", "no-false-statements"),
    ("aycliffe-drive", O, "parent", "disparaging_school_community", "complaint", None, "info", "none"),
    # section 3, paragraph 4: "must not post comments about sensitive school-related topics"
    ("aycliffe-drive", O, "staff", "confidential_school_matter", "dispute", None, "block", "no-sensitive-topics"),
    # section 5: "should be respectful to others when making any statement on social media"
    ("aycliffe-drive", O, "staff", "offensive_language", "profanity", None, "warn", "be-respectful"),
    # rattlesden Aims, paragraphs 1-2: confidentiality of "pupils, parents, staff or Governors"
    # in any conversation related to school, breaches "very serious" -> official accounts too
    ("rattlesden", O, "staff", "allegation", "allegation", None, "block", "no-allegations"),
    # marshfields parents "should not ... draw attention to, or discuss, behaviour incidents":
    # an exclusion is one
    ("marshfields", P, "parent", "confidential_school_matter", "exclusion", None, "warn", "parent-no-behaviour-incidents"),
    ("marshfields", O, "parent", "confidential_school_matter", "exclusion", None, "warn", "parent-comment-behaviour-incident"),
    ("marshfields", P, "parent", "confidential_school_matter", "staffing", None, "info", "none"),
]


@pytest.mark.parametrize("pack_id,account,author,category,kind,attrs,severity,rule", ENGINE_CASES)
def test_engine_maps_span_to_the_pack_severity(pack_id, account, author, category, kind, attrs, severity, rule):
    f = _finding(load_pack(pack_id), account, author, category, kind, attrs)
    assert (f.severity, f.rule) == (severity, rule)
    assert "{" not in f.message
    if severity != "info":
        assert f.clause and f.fix


# Every pack acts on offensive language from the detector's 0.6 grade up: the mildest words
# ("bloody", "sod", scored 0.55) are noted as info, as the corpus labels them clean.
@pytest.mark.parametrize("pack_id,account,author,score,severity", [
    ("staff-declaration", P, "staff", 0.55, "info"),
    ("staff-declaration", P, "staff", 0.6, "block"),
    ("aycliffe-drive", P, "staff", 0.55, "info"),
    ("aycliffe-drive", P, "staff", 0.7, "warn"),
    ("marshfields", O, "parent", 0.55, "info"),
    ("marshfields", O, "staff", 0.6, "block"),
    ("newport-cejs", O, "public", 0.55, "info"),
    ("rattlesden", P, "staff", 0.55, "info"),
    ("rattlesden", P, "staff", 0.95, "warn"),
])
def test_mild_crude_words_are_noted_not_acted_on(pack_id, account, author, score, severity):
    checker = Checker(load_pack(pack_id), registry=Registry())
    ctx = checker.context(Post(text="x", account=account, author=author))
    span = Span(category="offensive_language", start=0, end=6, score=score, detector="hand", kind="crude",
                evidence="bloody")
    assert checker.finding(span, ctx).severity == severity


def test_every_offensive_language_rule_has_the_same_threshold():
    rules = [r for _, r in all_rules() if r.category == "offensive_language"]
    assert len(rules) >= 10 and {r.min_score for r in rules} == {0.6}


@pytest.mark.parametrize("chosen,kind,in_break,severity", [
    ("never_at_work", "working_hours", False, "block"),
    ("never_at_work", "working_hours", True, "block"),       # a break is still working hours
    ("designated_place", "working_hours", False, "warn"),
    ("designated_place", "lessons", None, "block"),
    ("breaks_only", "working_hours", False, "block"),
    ("breaks_only", "working_hours", True, "info"),          # lunch or break time: what the option allows
    ("breaks_only", "lessons", None, "block"),
    ("breaks_only", "text_says_lessons", None, "block"),
])
def test_aycliffe_personal_use_follows_the_chosen_option(chosen, kind, in_break, severity):
    attrs = {} if in_break is None else {"in_break": in_break}
    f = _finding(load_pack("aycliffe-drive"), P, "staff", "timing", kind, attrs=attrs, chosen=chosen)
    assert f.severity == severity


def test_aycliffe_breaks_only_from_the_timetable_and_the_post():
    """The whole way through the engine: lunch is allowed under breaks_only, a lesson and "at work" are not."""
    from datetime import datetime
    pack = load_pack("aycliffe-drive").model_copy(deep=True)
    pack.settings.personal_use.chosen = "breaks_only"
    checker = Checker(pack)
    def verdict(text, at=None):
        return checker.check(Post(text=text, posted_at=datetime.fromisoformat(at) if at else None)).verdict
    assert verdict("Lovely sunny day for a walk", "2026-03-10T12:30:00") == "allow"   # lunch, default timetable
    assert verdict("Lovely sunny day for a walk", "2026-03-10T09:30:00") == "block"   # a lesson
    assert verdict("Lovely sunny day for a walk", "2026-03-10T08:50:00") == "block"   # at work, before lessons
    assert verdict("Sneaky scroll at work while the photocopier warms up") == "block"


@pytest.mark.parametrize("account,category,kind,severity", [
    ("personal", "parent_contact_channel", "parent_contact", "block"),  # overridden (newport: warn)
    ("official", "political_statement", "political", "block"),          # added (newport: info)
    ("personal", "timing", "lessons", "block"),                         # inherited unchanged
])
def test_example_school_pack_in_the_engine(account, category, kind, severity):
    assert _finding(load_pack_file(EXAMPLE), account, "staff", category, kind).severity == severity
