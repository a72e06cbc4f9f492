"""h-esc9b: three escalation errors left by this round's red teams (tests/test_redteam9.py, tests/test_redteam9b.py),
each as a principle, with look-alikes and true cases in other words, written before the fixes were run.

1. 'Miss' is the writer: a teacher signs herself as her pupils call her ("it's Miss K, message me on the new
   number"), which is no trusted adult messaging a child; a pupil telling of Miss or Sir messaging them, and a child
   gone missing, still escalate.
2. An invitation to the writer's own home ("we're home all week if anyone wants to pop round for a cuppa") is no
   visit threatened at someone else's home ("I know you're home all week, I'll pop round and sort you out").
3. An injury told as the outcome after a condition on the person's conduct ("he'll be going home in a body bag"),
   not an ordinary way home ("going home in a taxi").
First run of the fixes: all rows held but the sponsored-walk joke (strict xfail). The parent-told rows (3 ordinary
posts of a child's teacher messaging the parent, 2 of a teacher or coach messaging the child) were added with a narrow
rule after a first draft that widened the Miss/Sir rule to "my son's teacher" escalated "My son's teacher messaged me
on ParentMail" (training/data/meaning_seed3.jsonl, in eval_escalation's clean posts).
The demo school (examples/school.yaml, examples/pupils.csv) and the built-in Newport pack are used.
"""
from __future__ import annotations

import pytest

from redteam import ESC, assert_found, assert_ordinary, row as _r

POLICY = "newport-cejs"

ORDINARY = [
    # 1. the writer is Miss (or Sir): a teacher's own note to friends, colleagues or a team
    _r("its miss k, my phone died so message me on the new number if you're coming to the hen do", ESC),
    _r("Hi all, it's Miss Jones here, new phone so message me on this number about the netball rota", ESC),
    _r("This is Mrs Patel, I've lost my phone, please message me here instead about Saturday's walk", ESC),
    _r("It's sir! Lost all my contacts, message me your numbers for the five-a-side group", ESC),
    # ... and pupils calling a teacher Miss who is fine
    _r("Miss said my story was the best in the class and she's putting it on the wall", ESC, "pupil"),
    _r("Miss was off sick today so we had a supply teacher, hope she's better soon", ESC, "pupil"),
    # ... and a parent's child's teacher or coach messaging the parent, or the class on the school's platform
    _r("My son's teacher messaged me on ParentMail today, so nice to hear he's doing well", ESC, "parent"),
    _r("My daughter's coach messaged her on Teams to say well done on Saturday's match", ESC, "parent"),
    _r("My son's tutor has been messaging me all week about his UCAS form, such a help", ESC, "parent"),
    # 2. an invitation to the writer's own home
    _r("We're home all week if anyone wants to pop round for a cuppa", ESC),
    _r("I'm home all half term, feel free to pop round with the kids, kettle's always on", ESC, "parent"),
    _r("Our house is open on Sunday afternoon for Ellie's christening tea, pop round any time after two", ESC,
       "parent"),
    _r("Back home from hospital at last! Pop round for a brew whenever you like, I'm going stir crazy", ESC),
    # 3. ordinary ways of going home
    _r("If the rain keeps up like this again tomorrow I'll be going home in a taxi", ESC),
    _r("If he scores one more goal this season he'll be going home with the golden boot", ESC),
    _r("Next time she does a sponsored walk she'll be going home in a wheelchair she says, her feet are wrecked 😂", ESC,
       xfail="the condition is on her own harmless activity and the outcome is her joke about herself; the outcome "
             "rule reads a condition and 'going home in a wheelchair' and the laugh does not soften it (left alone)"),
]

PARAPHRASES = [
    # 1. a trusted adult messaging a child, told by the child or a parent; a child gone missing
    _r("miss keeps messaging me on snap at night and says not to tell anyone", ESC, "pupil"),
    _r("Sir has been messaging me on Instagram and asked for my pics", ESC, "pupil"),
    _r("My daughter's PE teacher keeps messaging her late at night, is that normal?", ESC, "parent"),
    _r("My son's football coach has been messaging him on Snapchat, I've only just found out", ESC, "parent"),
    _r("Our eldest's drama teacher keeps messaging her, she showed me the texts", ESC, "parent"),
    _r("Has anyone seen Ellie from Year 6? She's been missing since last night, police are out looking", ESC,
       "parent"),
    # 2. turning up at another person's home as a threat
    _r("I know you're home all week, I'll pop round and sort you out", ESC, "parent"),
    _r("Found out where that TA lives. Might pay her house a little visit tonight", ESC, "parent"),
    _r("That teacher's address isn't hard to find, think we'll pop round later and have a word", ESC, "parent"),
    # 3. threats told as the outcome after a condition on the person's conduct
    _r("If that coach shouts at my son one more time he'll be leaving in an ambulance", ESC, "parent"),
    _r("Next time the head excludes my lad she'll be going home on a stretcher", ESC, "parent"),
    _r("If that ref ever blows against us again he won't be able to walk off the pitch", ESC, "parent"),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory(POLICY)


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_do_not_escalate(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_escalate(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
