"""What every pack escalates: threats, harm to a child, disclosures, grooming, a looked-after child's
whereabouts, and an allegation that an adult harmed a child. True negatives matter as much here:
a false escalation sends a teacher to the safeguarding lead for nothing."""
from __future__ import annotations

import pytest

from safepost.context import Context
from safepost.detectors import escalation, meaning
from safepost.packs.schema import Pack
from safepost.types import Post

PACK = Pack(id="test", name="Test pack")
DETECTORS = escalation.DETECTORS + meaning.DETECTORS


def found(text: str, account: str = "personal", author: str = "staff") -> set[tuple[str, str]]:
    ctx = Context(pack=PACK, account=account, author=author)
    return {(s.category, s.kind) for d in DETECTORS for s in d.detect(text, ctx) if s.score >= 0.5}


P, O = "personal", "official"

ESCALATE = [
    # threats, including the school-specific ones
    ("I'll be at the gates waiting for him", P, "parent", "abuse_or_hate", "threat"),
    ("someone should teach that teacher a lesson", O, "parent", "abuse_or_hate", "threat"),
    ("I know where you live Mrs Carter", O, "public", "abuse_or_hate", "threat"),
    ("If he touches my son again I'm going to batter him", P, "parent", "abuse_or_hate", "threat"),
    ("watch your back, you've been warned", O, "public", "abuse_or_hate", "threat"),
    # a child's own disclosures
    ("my stepdad hits me", P, "pupil", "safety_risk", "disclosure"),
    ("he said not to tell anyone about our chats", P, "pupil", "safety_risk", "disclosure"),
    ("I don't want to go home", O, "pupil", "safety_risk", "disclosure"),
    ("was left alone till 11 at night again, mum didnt come back", P, "pupil", "safety_risk", "disclosure"),
    ("my uncle said if i tell anyone what he does to me he'll hurt my mum", O, "pupil", "safety_risk",
     "disclosure"),
    # signs a child is being harmed
    ("One of my Year 2s came in with bruises on his arms again", P, "staff", "safety_risk", "child_at_risk"),
    ("Had to report a disclosure today. One of my little ones told me what happens at home.", P, "staff",
     "safety_risk", "child_at_risk"),
    ("There's a man hanging round the school gates trying to talk to the kids", P, "parent", "safety_risk",
     "child_at_risk"),
    # secrecy and grooming: from staff it is pupil contact; from others, a risk to a child
    ("don't tell your mum we chat", P, "staff", "pupil_contact", "secrecy"),
    ("Delete these messages after you read them, it's just between us", P, "staff", "pupil_contact", "secrecy"),
    ("You're so mature for your age, send me a pic", P, "staff", "pupil_contact", "grooming"),
    ("our little secret ok? don't tell your dad", P, "public", "safety_risk", "child_at_risk"),
    # where a looked-after child is
    ("Girl in my class is in foster care now, placed with a family over in Westfield", P, "staff",
     "safety_risk", "looked_after_whereabouts"),
    ("The new boy is the one from the foster family on Elm Road", P, "staff", "safety_risk",
     "looked_after_whereabouts"),
    ("Our new foster placement, the little lad in Reception, is with the Hendersons on Willow Crescent now", P,
     "staff", "safety_risk", "looked_after_whereabouts"),
    ("My daughter has gone missing, last seen at the school gate at 3.30", P, "parent", "safety_risk",
     "child_at_risk"),
    # an adult harmed a child
    ("that TA hits the kids", P, "parent", "allegation", "adult_harmed_child"),
    ("Mrs Taylor grabbed my daughter by the arm and left a bruise", P, "parent", "allegation",
     "adult_harmed_child"),
    ("our science teacher literally threw a board rubber at a kid today and nobody did anything", P, "pupil",
     "allegation", "adult_harmed_child"),
    ("the supply teacher chucked a chair towards the boys when they wouldn't sit down", P, "parent", "allegation",
     "adult_harmed_child"),
    ("Mr Hall shoved Kai against the wall in the corridor, everyone saw", P, "pupil", "allegation",
     "adult_harmed_child"),
    # a live safeguarding case made public
    ("social services came in today about one of my girls, heartbreaking", P, "staff",
     "confidential_school_matter", "safeguarding_case"),
]


@pytest.mark.parametrize("text,account,author,category,kind", ESCALATE)
def test_it_finds_what_must_be_escalated(text, account, author, category, kind):
    assert (category, kind) in found(text, account, author)


ESCALATING_KINDS = {("abuse_or_hate", "threat"), ("safety_risk", "disclosure"), ("safety_risk", "child_at_risk"),
                    ("safety_risk", "looked_after_whereabouts"), ("pupil_contact", "secrecy"),
                    ("pupil_contact", "grooming"), ("allegation", "adult_harmed_child"),
                    ("confidential_school_matter", "safeguarding_case")}

NOT_ESCALATE = [
    ("I'll be at the gates at 3:15 to collect him", P, "parent"),
    ("Year 6 absolutely killed it at sports day!", P, "staff"),
    ("Teaching my class a lesson on fractions tomorrow", P, "staff"),
    ("Surprise party for Mum on Saturday, don't tell her!", P, "staff"),
    ("Secret Santa reveal tomorrow, shh don't tell anyone who you've got", P, "staff"),
    ("Thinking of fostering a puppy this summer", P, "staff"),
    ("Our student teacher's placement ends on Friday", P, "staff"),
    ("NSPCC assembly today about speaking out and staying safe", O, "staff"),
    ("Brilliant safeguarding training this afternoon", P, "staff"),
    ("Online safety lesson: never send pictures to people you don't know", O, "staff"),
    ("Foster care fortnight: could you become a foster carer? Info evening at the town hall", O, "staff"),
    ("Mr Smith stole the show at the staff panto!", P, "staff"),
    ("My daughter fell over in the playground, the TA looked after her brilliantly", P, "parent"),
    ("Visiting my nan in the care home this afternoon", P, "staff"),
    ("I'm going to smash this marking tonight", P, "staff"),
    ("Secret's out! We're expecting a baby in June", P, "staff"),
    ("Coach threw the ball at the kids for catching practice", P, "parent"),
    ("The caretaker pushed the tables against the wall for the disco", P, "parent"),
    ("got left on my own all weekend, hubby away with the lads 🙌", P, "staff"),
    ("Little Reggie's mum and dad are splitting up and he's not coping at all. Bless him", P, "staff"),
    ("Apparently our deputy was a no-show at the safeguarding training she signed off as attended", P, "staff"),
    ("Miss knocked it off the desk and we all laughed", P, "pupil"),
    ("My daughter's reading book has gone missing, if it turns up in your child's bag please let me know", P,
     "parent"),
    ("Our cat went missing three days ago, please check sheds near the school", P, "parent"),
    ("Lily's PE kit went missing on Friday, navy bag with her name in", P, "parent"),
    ("Mrs Hill threw a wobbly at the kids when they were late back from lunch", P, "pupil"),
    ("Mr Ahmed threw wet sponges at the children at the summer fair 😂", P, "parent"),
    ("Miss threw a surprise party for the children on her last day", P, "parent"),
]


@pytest.mark.parametrize("text,account,author", NOT_ESCALATE)
def test_it_does_not_escalate_ordinary_posts(text, account, author):
    assert not (found(text, account, author) & ESCALATING_KINDS)


def test_escalation_spans_point_at_the_words():
    text = "Lovely day. I'll be at the gates waiting for him tomorrow."
    ctx = Context(pack=PACK)
    (span,) = [s for d in escalation.DETECTORS for s in d.detect(text, ctx) if s.kind == "threat"]
    assert text[span.start:span.end].startswith("I'll be at the gates")


@pytest.mark.parametrize("text", ["", " ", "\x00", "x" * 100_000, "don't tell " * 5000, "🙂" * 1000])
def test_odd_text_never_raises(text):
    ctx = Context(pack=PACK, author="pupil")
    for d in escalation.DETECTORS:
        d.detect(text, ctx)


# An allegation that an adult in a school role harmed a child, and the signs of that harm, are one event:
# the allegation (escalate), not also a child at risk. Harm at home stays a child at risk.
ONE_HARM = [
    ("Mrs Taylor grabbed my daughter by the arm and left a bruise", "parent", {"allegation"}),
    ("TA in year 1 pinched my son's arm hard enough to leave a bruise. I've got photos", "parent", {"allegation"}),
    ("My lad came home with marks on his wrist, says the dinner lady dragged him out of the hall", "parent",
     {"allegation"}),
    ("After school today one of mine told me her mum's boyfriend hits her when mum's at work", "staff",
     {"safety_risk"}),
    ("A Year 1 girl came in covered in bruises and said mummy's new friend did it", "staff", {"safety_risk"}),
]


@pytest.mark.parametrize("text,author,expected", ONE_HARM)
def test_an_adult_harming_a_child_is_filed_once(text, author, expected):
    from safepost.engine import Checker
    from safepost.packs import load_pack
    result = Checker(load_pack("newport-cejs")).check(Post(text=text, author=author))
    got = {f.category for f in result.findings} & {"allegation", "safety_risk"}
    assert got == expected and result.verdict == "escalate"
