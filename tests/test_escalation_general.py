"""The general escalation patterns (veiled and conditional threats, weapons, self-harm, harm or neglect at
home, online grooming, staff secrecy with a pupil, an adult in a position of trust harming a child), on
phrasings that are not in training/data/escalation_cases.jsonl, with their look-alikes."""
from __future__ import annotations

import pytest

from safepost.context import Context
from safepost.detectors import escalation
from safepost.packs.schema import Pack

PACK = Pack(id="test", name="Test pack")
ESCALATING = {("abuse_or_hate", "threat"), ("safety_risk", "disclosure"), ("safety_risk", "child_at_risk"),
              ("safety_risk", "grooming"), ("safety_risk", "looked_after_whereabouts"), ("pupil_contact", "secrecy"),
              ("pupil_contact", "grooming"), ("allegation", "adult_harmed_child")}


def kinds(text: str, account: str, author: str) -> set[tuple[str, str]]:
    ctx = Context(pack=PACK, account=account, author=author)
    return {(s.category, s.kind) for d in escalation.DETECTORS for s in d.detect(text, ctx)}


P, O = "personal", "official"

ESCALATE = [
    # veiled, conditional and third-party threats; weapons
    ("You lot had better watch your backs after what happened today", O, "public"),
    ("Tell Miss Rowe she'd better be careful walking to the bus stop on her own", O, "parent"),
    ("I know exactly where he parks every morning", P, "parent"),
    ("we'll see if he's so brave when I'm on his doorstep", P, "parent"),
    ("one more phone call like that and I won't be held responsible for my actions", O, "parent"),
    ("my brothers know some lads who will deal with that caretaker", P, "pupil"),
    ("I'm bringing my dad's knife in on Monday", P, "pupil"),
    ("he'll get what's coming if that teacher keeps picking on my girl", O, "parent"),
    # self-harm and suicidal words from a pupil; an adult relaying a child's
    ("honestly thinking about ending it all tonight", P, "pupil"),
    ("i been hurting myself again and nobody knows", P, "pupil"),
    ("my mum would be happier if i wasnt here", P, "pupil"),
    ("My son said he has tried to hurt himself twice this month", P, "parent"),
    # harm and neglect at home
    ("my stepmum locks me in my room without tea when dad's away", P, "pupil"),
    ("my mums boyfriend hit my little brother so hard he cried all night", P, "pupil"),
    ("not allowed to tell anyone but the stuff he does at night scares me", P, "pupil"),
    ("no one's been home since saturday and i'm looking after my sister", P, "pupil"),
    ("Those two little ones across the road get left on their own every night till gone midnight", P, "public"),
    # grooming from outside the school, and a staff member's secret contact with a pupil
    ("a guy on minecraft says he's 15 but wants to meet me at the park without my parents", P, "pupil"),
    ("he keeps asking me to send him photos in my school uniform", P, "pupil"),
    ("hey princess what's your snap, I've got a surprise for you x", O, "public"),
    ("Pop round when your dad's out, no need to tell him", P, "staff"),
    # an adult in a position of trust harming a child
    ("The lunchtime supervisor dragged my son across the hall by his collar", O, "parent"),
    ("Miss Harlow slapped a boy in my class today", P, "pupil"),
]

NOT_ESCALATE = [
    ("Watch your step on the ice this morning, the front path is treacherous", O, "staff"),
    ("Anyone know where she lives? She left her purse at pick up", O, "parent"),
    ("Heard a boy was excluded for bringing a knife in last year. Scary stuff", P, "parent"),
    ("I'm going to hurt tomorrow after that run", P, "staff"),
    ("Could kill for a coffee right now", P, "staff"),
    ("this spelling test is going to be the death of me 💀", P, "pupil"),
    ("I want to die of embarrassment, I called my teacher mum again lol", P, "pupil"),
    ("My dad hits a six every single match, legend", P, "pupil"),
    ("She had a sleepover at her nan's and came back exhausted", P, "parent"),
    ("Don't tell your mum but I've booked her a spa day for her birthday!", P, "parent"),
    ("Online safety evening for parents: how to spot the warning signs of grooming", O, "staff"),
    ("The PE teacher pushed my son to try for the county team, so proud", O, "parent"),
    ("Fancy meeting up in town Saturday? Just us girls 🍸", P, "staff"),
    ("Please send a photo of your child's Easter bonnet to the class email", O, "staff"),
    ("Netflix thriller tonight: a stalker who follows her home every night. Gripping", P, "parent"),
]


@pytest.mark.parametrize("text,account,author", ESCALATE)
def test_general_patterns_escalate(text, account, author):
    assert kinds(text, account, author) & ESCALATING


@pytest.mark.parametrize("text,account,author", NOT_ESCALATE)
def test_look_alikes_do_not_escalate(text, account, author):
    assert not (kinds(text, account, author) & ESCALATING)


def test_adults_own_low_mood_is_not_read_as_a_childs():
    # an adult's words about themselves are not a child at risk; the same words from a pupil are
    text = "honestly can't do this anymore"
    assert not (kinds(text, P, "staff") & ESCALATING)
    assert ("safety_risk", "child_at_risk") in kinds(text, P, "pupil")


@pytest.mark.parametrize("text,author", [
    ("we’ll be waiting outside for him after school", "parent"),
    ("I’m going to batter that teacher when I see her", "parent"),
    ("Don’t tell your mum we’ve been messaging, it’s our secret x", "public"),
])
def test_curly_apostrophes_read_as_straight_ones(text: str, author: str) -> None:
    # phones type "I’ll" with a curly apostrophe; the patterns are written with straight ones
    assert kinds(text, P, author) & ESCALATING
    assert kinds(text, P, author) == kinds(text.replace("’", "'"), P, author)


@pytest.mark.parametrize("text", [
    "Our SATs results are in and they are... well, let's just wait for the head to tell you",
    "Well, we were at her front door for ages before anyone answered",
])
def test_well_and_were_are_not_we_will_and_we_are(text: str) -> None:
    assert not kinds(text, P, "staff") & ESCALATING


# Written after reading training/data/outsider3_dev.jsonl's misses: the same shapes in other words.
@pytest.mark.parametrize("text,account,author,escalates", [
    ("Miss T just grabbed a Year 1 by the arm and shook him, he was sobbing", P, "staff", True),
    ("There's a bloke in a white van by the park asking the girls if they want a lift home", O, "parent", True),
    ("Heard social services have taken the little ones from number 12", O, "public", True),
    ("One of my Year 4s came in hungry and in the same clothes again, fourth day running", P, "staff", True),
    ("Whoever got me excluded, I'll be waiting at the gates tomorrow", P, "pupil", True),
    ("The coach suspended from the club was charged with grooming two of the boys", O, "parent", True),
    ("Fancy meeting up at the weekend? just us, don't tell anyone", P, "staff", True),
    # look-alikes
    ("Social services open day for foster carers next week, all welcome", O, "staff", False),
    ("My son has a black eye from rugby, honestly he keeps walking into things", P, "parent", False),
    ("The ice cream van was offering the kids free sweets at the fair, lovely man", O, "parent", False),
    ("I reported the broken swing to the council. I'll be there at the playground meeting", O, "parent", False),
    ("Mr Hill was suspended from the golf club for not paying his fees lol", P, "parent", False),
])
def test_outsider_shapes(text: str, account: str, author: str, escalates: bool) -> None:
    assert bool(kinds(text, account, author) & ESCALATING) == escalates, kinds(text, account, author)
