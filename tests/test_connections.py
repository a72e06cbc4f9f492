"""A member of staff telling of their own connections (written before the rules were run, seventh session):
looking at pupils' social media pages (Newport: "should never use or access social networking pages of pupils")
and befriending parents (Newport "strongly advised not", Rattlesden "be cautious when adding friends who are
parents"). The other packs' documents say nothing about either, so there the findings are `info`."""
from __future__ import annotations

import pytest

from safepost.context import Context, Roster, School
from safepost.detectors.connections import DETECTORS
from safepost.engine import Checker
from safepost.packs import load_pack
from safepost.packs.schema import Pack
from safepost.types import Post

PACK = Pack(id="test", name="Test pack")


def kinds(text: str, account: str = "personal", author: str = "staff") -> set[tuple[str, str]]:
    ctx = Context(pack=PACK, account=account, author=author)
    return {(s.category, s.kind) for d in DETECTORS for s in d.detect(text, ctx)}


PAGES = ("pupil_contact", "pupil_pages")
FRIEND = ("parent_contact_channel", "parent_friend")

CASES = [
    ("Spent my evening scrolling through my Year 9s' Instagram pages, what are they like 🙈", {PAGES}),
    ("Had a look at the Y6s' TikToks last night, some of the dances are actually good", {PAGES}),
    ("Been stalking my tutor group's TikToks again, they're hilarious", {PAGES}),
    ("Found one of my pupils' Snapchat stories and watched the lot 👀", {PAGES}),
    # look-alikes: the school's own page, your own account, a parent's advice, a lesson, a show
    ("Watched the Year 6 dance show tonight, so proud of them", set()),
    ("Had a look at my own TikTok stats, 12 views 😂", set()),
    ("Reminder to check your child's TikTok privacy settings tonight", set()),
    ("Looked at the school's Instagram page, lovely photos of sports day", set()),
    ("My class made TikTok-style videos about the water cycle today", set()),
    # befriending parents
    ("Accepted a friend request from one of my class parents tonight, hope that's ok 🤞", {FRIEND}),
    ("Three more Year 2 mums added me on Facebook today, I'm so popular 😂", {FRIEND}),
    ("Just accepted half the parents from my class on Insta", {FRIEND}),
    ("Friends with loads of the PTA on here now, they're a good laugh", {FRIEND}),
    # look-alikes: the writer's own family, a PTA's dates or group chat, parents' evening in the diary
    ("My mum added me on Facebook, help 😂", set()),
    ("Added the PTA's summer fair dates to the calendar", set()),
    ("Added Year 6 parents evening to the diary", set()),
    ("My parents have finally added me on Insta, the shame", set()),
    ("The PTA added me to their quiz night WhatsApp group", set()),
    # refusing, or keeping school talk to school channels, is not befriending (added after a pass over the readable
    # seed files found declines read as friendships; written before the veto was run)
    ("Turned down a friend request from one of my class parents, nothing personal", set()),
    ("Ignoring the friend request from a parent in my class, rules are rules", set()),
    ("A Year 3 mum added me on here, lovely of her but I keep school chat to the school app", set()),
    ("Don't accept friend requests from class parents, it never ends well", set()),
    # a second engineer's rows for the same two acts, written before their own rules (merged into this detector)
    ("Had a scroll through my Year 6s' TikToks last night, some of them are hilarious", {PAGES}),
    ("Been looking at some of my class's Instagram pages, eye-opening 👀", {PAGES}),
    ("Stalked a few of my tutor group's TikToks, the dancing 😂", {PAGES}),
    ("Had a nosy at my form's Snapchat stories, wish I hadn't", {PAGES}),
    ("Had a scroll through TikTok last night, the dancing dogs 😂", set()),
    ("Looking at my own kids' TikToks is a full-time job", set()),
    ("Watched my class's dance on the school website, so proud", set()),
    ("Accepted friend requests from half the Year 4 mums tonight, feels rude not to", {FRIEND}),
    ("Just added a few of the class parents on Facebook, they're lovely", {FRIEND}),
    ("Added loads of the PTA on Insta after the quiz night 😂", {FRIEND}),
    ("Got a friend request from a dad in my class and accepted it, he's a mate from football anyway", {FRIEND}),
    ("Added the PTA quiz night to the school calendar", set()),
    ("Accepted a friend request from my old uni mate, haven't seen her in years", set()),
    ("Added the parents' evening slots to the newsletter", set()),
    ("Added all my Year 2 parents to a WhatsApp group for reminders, easier than Dojo", set()),
    # the lead's probes while merging the two: a dad from football is no parent of the class; a rota is no friendship
    ("Got a friend request from a dad at football, accepted it", set()),
    ("Added a parent from the school to the rota", set()),
    ("Added the class parents to my friends list", {FRIEND}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_connections_found(text, expected):
    assert kinds(text) == expected


def test_only_staff_own_accounts():
    assert kinds("Had a look at the Y6s' TikToks last night", author="parent") == set()
    assert kinds("Had a look at the Y6s' TikToks last night", account="official") == set()


@pytest.fixture(scope="module")
def checkers(school_path, roster_path):
    school, roster = School.from_yaml(school_path), Roster.from_csv(roster_path)
    return {p: Checker(load_pack(p), school=school, roster=roster)
            for p in ("newport-cejs", "rattlesden", "marshfields", "staff-declaration", "aycliffe-drive")}


# Seen when this table was first run: meaning.parent_contact_channel (another helper's area) also reads "mums added
# me on Facebook" as talking to parents about school, which those packs block.
MEANING_READS = "meaning.parent_contact_channel reads 'mums added me on Facebook' as a school conversation"
MEANING_PUPILS = "meaning.pupil_contact reads 'accepted ... from my class on Insta' as befriending pupils"

# (text, pack, verdict): the pack's own words decide
VERDICTS = [
    ("Had a look at the Y6s' TikToks last night, some of the dances are actually good", "newport-cejs", "block"),
    ("Had a look at the Y6s' TikToks last night, some of the dances are actually good", "marshfields", "allow"),
    ("Had a look at the Y6s' TikToks last night, some of the dances are actually good", "staff-declaration", "allow"),
    ("Had a look at the Y6s' TikToks last night, some of the dances are actually good", "aycliffe-drive", "allow"),
    ("Had a look at the Y6s' TikToks last night, some of the dances are actually good", "rattlesden", "allow"),
    pytest.param("Just accepted half the parents from my class on Insta", "rattlesden", "warn",
                 marks=pytest.mark.xfail(strict=True, reason=MEANING_PUPILS)),
    pytest.param("Just accepted half the parents from my class on Insta", "marshfields", "allow",
                 marks=pytest.mark.xfail(strict=True, reason=MEANING_PUPILS)),
    pytest.param("Three more Year 2 mums added me on Facebook today, I'm so popular 😂", "rattlesden", "warn", marks=pytest.mark.xfail(strict=True, reason=MEANING_READS)),
    ("Three more Year 2 mums added me on Facebook today, I'm so popular 😂", "newport-cejs", "warn"),
    pytest.param("Three more Year 2 mums added me on Facebook today, I'm so popular 😂", "marshfields", "allow", marks=pytest.mark.xfail(strict=True, reason=MEANING_READS)),
    pytest.param("Three more Year 2 mums added me on Facebook today, I'm so popular 😂", "staff-declaration", "allow", marks=pytest.mark.xfail(strict=True, reason=MEANING_READS)),
]


@pytest.mark.parametrize("text,pack,verdict", VERDICTS)
def test_pack_verdicts(checkers, text, pack, verdict):
    res = checkers[pack].check(Post(text=text, account="personal", author="staff"))
    assert res.verdict == verdict, [(f.category, f.severity, f.rule) for f in res.findings]
