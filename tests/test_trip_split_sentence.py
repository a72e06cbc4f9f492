"""A trip's time and place with the children named in another sentence of the post (lead, 2026-11-22).

The principle (CONTRACT.md safety_risk: "where and when pupils or staff will be … off the school site"): a school group,
a place off site and a future or present time in one post, whatever sentence each is in: "58 Year 6s, 6 staff, 1
minibus. Heading to Ghyll Head Monday 9am, back Friday." The cross-sentence reading needs a school group (a year group,
a class, pupils), not "the kids", who may be the writer's own. A trip that is over, paperwork, an adult's own plans are
not. Rows written before the rule was run, after a readable outsider8_dev row showed the split sentence was missed.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

SAFETY = ("safety_risk",)

PARAPHRASES = [
    row('58 Year 6s, 6 staff, 1 minibus. Heading to Ghyll Head Monday 9am, back Friday. Wish us luck!', SAFETY),
    row('Heading to Alton Towers with 40 Year 10s tomorrow morning, coach leaves school at 7', SAFETY),
    row('Setting off for Kingswood with my class on Wednesday, staying till Friday 🏕️', SAFETY),
    row('Tomorrow: Reception walking to Tesco on Mill Road at 10 to buy fruit for snack!', SAFETY),
    row("Right now at Chester Zoo with Year 2, we're by the elephants till lunch if anyone's nearby 🐘", SAFETY),
    row('Y5 swimming gala at Ashworth Leisure Centre Thursday 1.30, cheer them on!', SAFETY),
    row("Taking the football team to St Mark's for 4pm tomorrow, minibus parked on Church Lane", SAFETY),
    row("We're at Whitby till Sunday with Year 8, staying at the YHA on the cliff", SAFETY),
    row('Year 4 are off to the Roman fort on Tuesday, leaving at 9 and back by 3', SAFETY),
    # (an xfail until 2026-11-22: "our runners" was no school group for the trip rule. A school team said by what it
    # does, "our runners / players / athletes", now is; the two rows after it were written before that rule ran.)
    row('Cross-country at Bramley Park this Saturday 10am, our runners will be by the start tent', SAFETY),
    row('Netball tournament at Fairfield High on Saturday 9am, our players will be on court 3 all morning', SAFETY),
    row('District sports at the Velodrome tomorrow 1pm, our athletes will be in the blue tent', SAFETY),
]

ORDINARY = [
    row('Year 6 had the best week at Ghyll Head, home now and exhausted!', SAFETY),
    row("Heading to Spain tomorrow with my husband, can't wait", SAFETY),
    row('Residential letters for next summer are out, details to follow', SAFETY),
    row("The children enjoyed a visit from the zoo's animal man in the hall today", SAFETY),
    row('Swimming gala results: Year 5 came second, so proud', SAFETY),
    row('Thinking of going to Chester Zoo at half term with my own kids, any tips?', SAFETY),
    row('Trip to the Roman fort was amazing last week, photos on the blog', SAFETY),
    row('Please make sure trip forms are back by Friday', SAFETY),
    row('Off to the shops, anyone want anything?', SAFETY),
    row('Year 3 are learning about the Romans this term', SAFETY),
    # (written with the team rule, before it ran)
    row('Our runners did brilliantly at Bramley Park on Saturday, so proud', SAFETY),
    row('Parkrun at Bramley Park this Saturday 9am, see you there runners!', SAFETY),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("rattlesden")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_trips_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
