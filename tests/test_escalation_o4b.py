"""Two escalation principles and one hate phrase, each a table written before the rule was run (seventh session).

1. Food withheld from a child by the adults at home, as control ("not allowed to eat till his stepmum says he's
   earned it", "has to earn her dinner"): a sign of neglect, even when the child laughs it off. Not a diet, a fast,
   a blood test, a classroom rule, a pudding after the veg, or a dog being trained.
2. A disclosure taken today, or police or social care coming in about a child: a live safeguarding case made
   public. Not training, a talk about road safety, a financial disclosure, or "full disclosure".
3. Telling people to be sent or go back where they came from is a racist insult, whatever the words before it
   ("send that lot back where they came from"); sending a parcel back where it came from is not.
"""
from __future__ import annotations

import pytest

from escalating import ESCALATING, PACK, O, P, escalates  # noqa: F401 (shared by the escalation tables)
from safepost.context import Context
from safepost.detectors.language import DETECTORS as LANGUAGE


WITHHELD_FOOD = [
    ("One of my Y3s told me he isn't allowed any tea until his dad says he's been good enough. Said it with a grin.",
     P, "staff", True),
    ("A girl in my class said her mum won't let her eat if she's been naughty, like it was normal", P, "staff", True),
    ("The lad I mentor says he has to earn his dinner at home. He thought it was funny.", P, "staff", True),
    ("My Y5 says he's not allowed breakfast till he's earned it, laughed about it", P, "staff", True),
    ("not allowed to eat till my stepdad says ive earned it lol", P, "pupil", True),
    # look-alikes
    ("Not allowed to eat till sunset, Ramadan Mubarak to all our families", O, "staff", False),
    ("Kids aren't allowed to eat in the classroom until the new carpet is down", O, "staff", False),
    ("I'm not allowed to eat till my blood test at 9, starving 😂", P, "staff", False),
    ("Our puppy isn't allowed his dinner till he sits nicely, he's earning it!", P, "parent", False),
    ("No pudding till you've eaten your veg, house rules 😂", P, "parent", False),
    ("Snacks have to be earned in my class — house points first!", P, "staff", False),
]

LIVE_CASE = [
    ("Had a disclosure from a Year 8 this morning, spent all afternoon with the DSL and social care are coming in "
     "tomorrow. Shattered.", P, "staff", True),
    ("One of my tutees disclosed something awful today. Police are coming to school first thing.", P, "staff", True),
    ("Took a disclosure at lunch from a little one about her stepdad. DSL has it now.", P, "staff", True),
    ("Social services are coming in tomorrow about one of my Year 4s. Can't say more 💔", P, "staff", True),
    # look-alikes
    ("Disclosure training this afternoon with the DSL, really useful", P, "staff", False),
    ("Police are coming in tomorrow to talk to Year 6 about road safety", O, "staff", False),
    ("Financial disclosure forms due to the bursar by Friday please", P, "staff", False),
    ("Full disclosure: I ate all the biscuits in the staffroom 🙈", P, "staff", False),
    ("The police are coming round tomorrow about the break-in at the allotment", P, "staff", False),
]


# 4. Someone who was looked after and is now an adult ("he's 24 now") is no looked-after child: where they live is
#    not a looked-after child's whereabouts. A child's age keeps the rule.
LOOKED_AFTER_ADULT = [
    ("So lovely bumping into a lad who was in care with us years ago, he's 24 now and living in Leeds with his partner",
     P, "staff", False),
    ("Catching up with an ex-pupil who was fostered when she was with us, she's 19 now and moved to Manchester for uni",
     P, "staff", False),
    ("Our old foster daughter is 22 now and just moved into her first flat!", P, "parent", False),
    ("One of our looked-after Y4s has moved to a new placement on Elm Road, she's 9 now", P, "staff", True),
    ("The foster lad in my class, 14 now, is living with a new family near the park", P, "staff", True),
    ("Our foster girl, aged 12, now lives on Station Road with her new carers", P, "parent", True),
]


@pytest.mark.parametrize("text,account,author,expected", WITHHELD_FOOD + LIVE_CASE + LOOKED_AFTER_ADULT)
def test_escalation_principles(text, account, author, expected):
    assert escalates(text, account, author) is expected


RACIST = [
    ("Send that lot back where they came from", True),
    ("Why are they even here? Ship them all back where they came from", True),
    ("Should just put the whole lot of them on a boat back to where they come from", True),
    ("they want to go back where they came from if they don't like it", True),
    # look-alikes
    ("Send the form back where it came from, the office will sort it", False),
    ("Put the PE kit back where it came from please", False),
    ("The swallows have gone back where they came from for the winter", False),
    # the older "go back to where you came from" rule reads any subject; seen when this table was first run, left alone
    pytest.param("Lovely to see our alumni go back to where they came from and visit us", False,
                 marks=pytest.mark.xfail(strict=True, reason="older go-back rule ignores who goes back")),
]


@pytest.mark.parametrize("text,expected", RACIST)
def test_back_where_they_came_from(text, expected):
    ctx = Context(pack=PACK, account=O, author="public")
    kinds = {s.kind for d in LANGUAGE for s in d.detect(text, ctx) if s.category == "abuse_or_hate"}
    assert ("racist" in kinds) is expected
