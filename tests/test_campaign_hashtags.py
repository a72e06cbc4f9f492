"""A campaign's hashtag is political campaigning (lead, 2026-11-22).

The principle (CONTRACT.md political_statement: "expresses a political opinion or campaigns"): a hashtag of a strike, a
union's pay or funding campaign or cuts ("#NEU #strike", "#FundOurSchools", "#StopTheCuts") campaigns, whatever the
words before it; every labelled row of ours with such a tag, by five writers, is political. Not political: hashtags of
school life, a fundraiser, a sport's strike, a school council vote (which the model alone also read as politics).
Rows written before the rule was run, after a readable outsider8_dev row ("… Says it all. #NEU #strike") was missed.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

POL = ("political_statement",)

PARAPHRASES = [
    row("The trust's new CEO is an ex-banker who's never taught a day. Says it all. #NEU #strike", POL),
    row('Long day. #FundOurSchools', POL),
    row('Marking all weekend again #PayUp #NEU', POL),
    row('Another 60 hour week done #StrikeBallot', POL),
    row('Year 6 SATs next week, no pressure then 🙃 #SaveOurSchools', POL),
    row('Our TAs deserve so much better #FairPayForSupportStaff', POL),
    row('Day 2 on the picket line, cold but worth it #NEUstrike', POL),
    row('Freezing classroom again, heating broken #StopTheCuts', POL),
]

ORDINARY = [
    row('Great day at school #teacherlife', POL),
    row('Vote for me for school council! #VoteForMe', POL),
    row('Bowling night with the staff, first go was a #strike 🎳', POL),
    row('Cake sale raised £200! #fundraising', POL),
    row('PE with Year 4 today #GetActive', POL),
    row('Sports day results are in! #TeamBlue', POL),
    row('New reading corner finished #ReadingForPleasure', POL),
    row('Christmas jumper day 🎄 #SaveTheChildren', POL),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("rattlesden")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_hashtags(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_campaign_hashtags(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
