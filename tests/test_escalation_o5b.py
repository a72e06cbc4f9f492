"""Two escalation principles, each a table written before its rule was run (seventh session, after reading
training/data/outsider5_dev.jsonl's misses; none of these rows is from that file).

1. A looked-after child named in one sentence, and where the child is (school, route home, time) told in the next
   sentence through a pronoun ("Our foster lad is settling in. He walks home down X Lane at 3.20"): still the
   whereabouts of a looked-after child. Not a foster pet, an adult who was fostered, or a pronoun sentence that
   says nothing of where the child is.
2. A pupil saying they will not be around (or here) much longer, with nothing that makes it a move, a leaving
   date, a battery or an evening out: a sign of suicide risk, even when laughed off.
"""
from __future__ import annotations

import pytest

from escalating import escalates, O, P

LOOKED_AFTER_NEXT_SENTENCE = [
    ("Our foster daughter is doing so well. She goes to St Mary's now and gets the 8.15 bus from the high street.",
     P, "parent", True),
    ("Fostering update: the little lad we took in is thriving as a foster child! He walks to school along Mill Road "
     "every morning.", P, "parent", True),
    ("Our looked-after Y5 has come on so much. She's at Oakfield Primary now and her carer collects her from the side "
     "gate at 3.", P, "staff", True),
    ("Foster placement going well 😊 He walks home down Church Street at half three on his own now.", P, "parent", True),
    # look-alikes
    ("Our foster lad is settling in lovely! He's so proud of his new football boots.", P, "parent", False),
    ("Our foster dog is settling in lovely! He walks down the lane every morning with me.", P, "parent", False),
    ("So proud of our old foster son. He's 23 now and lives in Bristol with his partner.", P, "parent", False),
    ("Fostering fortnight starts Monday. She walks you through the forms at the library from 6.", O, "staff", False),
]

NOT_AROUND_MUCH_LONGER = [
    ("wont be here much longer so it doesnt matter what i get in my exams. love you all", P, "pupil", True),
    ("not gonna be around for much longer anyway so who cares about revision x", P, "pupil", True),
    ("dont worry about me, i wont be around much longer. sorry for everything 🖤", P, "pupil", True),
    ("i won't be here for much longer so you can have my hoodie x", P, "pupil", True),
    # look-alikes
    ("not gonna be around much longer tonight, phone on 2% lol", P, "pupil", False),
    ("won't be here much longer, we move to Leeds at Easter! gonna miss u all x", P, "pupil", False),
    ("the snow won't be around much longer so get out and make a snowman!", P, "pupil", False),
    ("I won't be around much longer at this school, retiring in July after 30 years!", P, "staff", False),
    ("not gonna be around much longer at the party, mum's picking me up at 9", P, "pupil", False),
]


@pytest.mark.parametrize("text,account,author,expected", LOOKED_AFTER_NEXT_SENTENCE + NOT_AROUND_MUCH_LONGER)
def test_escalation_principles_o5b(text, account, author, expected):
    assert escalates(text, account, author) is expected


# 3. A child's disclosure relayed by the adult who heard it: "<a child> told me (today) her stepdad / his uncle ..."
#    with hurting, or a hurting or secret game, is a disclosure. Not an adult at home who hurt their own back, got
#    hurt at football, or a child who fell and hurt a knee (written before the rule was run: the found rows already
#    escalated, the four look-alikes escalated too; the change reads "hurt" done to the child only).
RELAYED_DISCLOSURE = [
    ("One of my Year 2s told me this morning that her mum's boyfriend 'plays the hurting game' with her.",
     P, "staff", True),
    ("A girl in my class said her uncle does 'bad tickles' and it hurts. Can't stop thinking about it.",
     P, "staff", True),
    ("My Y4 told me today her dad makes her play a game that hurts when mum's out", P, "staff", True),
    ("Little lad in my group told me his stepdad hurts him when he's been drinking. Can't sleep.", P, "staff", True),
    # look-alikes
    ("A child told me her stepdad hurt his back at the gym so he can't do the school run", P, "staff", False),
    ("My Y3 told me her uncle got hurt playing football on Sunday, bless her, she was so worried", P, "staff", False),
    ("One of my Year 5s told me her stepdad is teaching her to ride a bike and she fell and hurt her knee",
     P, "staff", False),
    ("A boy in my class told me his dad's team got hurt in the final, he was gutted", P, "staff", False),
]


@pytest.mark.parametrize("text,account,author,expected", RELAYED_DISCLOSURE)
def test_a_relayed_disclosure_escalates(text, account, author, expected):
    assert escalates(text, account, author) is expected


def test_an_adult_hurting_a_childs_wrist_is_still_harm():
    # the injury words that excuse are an adult's own sports injuries (back, knee); an arm or wrist hurt stays harm
    assert escalates("A girl in my class told me her stepdad hurt her wrist when she spilt her juice", P, "staff")
