"""A parent's approach on a personal channel, answered by the teacher, is parent contact (lead, 2026-11-22).

The principle (CONTRACT.md parent_contact_channel; rattlesden's and newport's rules on discussing children with parents
only through the school's channels): a conversation between a member of staff and a parent of their pupils about
school matters on personal social media, whichever of them began it: "Mum of one of mine messaged me on FB asking why
her son is on the red card. Told her…". Not parent contact: a parent from the writer's own child's class, an
approach refused or sent to the school office, a reminder to use the approved channels. The rows were written
before the rule was run, after a readable outsider8_dev row showed the reverse direction was missed.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

PCC = ("parent_contact_channel",)

PARAPHRASES = [
    row("Mum of one of mine messaged me on FB asking why her son is on the red card. Told her it's because he threw a chair", PCC),
    row("A dad from my class added me on Facebook and asked how his daughter's reading is going, so I told him she's doing great", PCC),
    row('One of the Year 4 parents WhatsApped me last night about the trip money, sorted it for her', PCC),
    row("Had a parent message me on Insta about their child's SATs results, replied with the scores", PCC),
    row('Parent from my class found me on Facebook to complain about the homework, we chatted it through in messenger', PCC),
    row("Jayden's mum DMed me on Instagram asking if he'd been in trouble, I explained what happened at lunch", PCC),
    row("Got a message on my personal FB from a mum asking about her son's behaviour, replied to keep her happy", PCC),
    row('A mum in my class texted my personal mobile about the nativity costumes, told her what he needs', PCC),
    row("Replied to a parent on Facebook about her daughter's spelling test, easier than email tbh", PCC),
    row("My class parents' WhatsApp group is so handy, I post the homework there every Friday", PCC),
]

ORDINARY = [
    row('A parent messaged me on Facebook, I politely told her to email the school office instead', PCC),
    row("My sister messaged me on FB about her son's football match", PCC),
    row("A mum from my daughter's class messaged me about a playdate", PCC),
    row("Parents, please use Class Dojo to message your child's teacher, not Facebook", PCC),
    row('A dad from school added me on Facebook, I declined as per policy', PCC),
    row('Lovely message from a parent via the school office today, made my week', PCC),
    row('Chatted to a mum at the school gate about the weather', PCC),
    row('A parent emailed the school about the red card, the head replied', PCC),
    row("My friend's a parent at my school and we went for coffee, didn't talk about work at all", PCC),
    row('Got a friend request from a parent, ignored it', PCC),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("rattlesden")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_parent_approaches_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)


# "Message me here" on the writer's own page, said to parents (a readable outsider8_dev row; the others written
# before the rule was run)
HERE = [
    "Reminder parents of Year 6: SATs breakfast club starts 8am Monday, message me here if your child has allergies x",
    "Mums and dads, if your little one is worried about the test, message me here",
    "Any parents with questions about the residential, just DM me here",
]
NOT_HERE = [
    "Parents, please don't message me here, use Class Dojo",
    "Message me here if anyone fancies a walk on Sunday",
]


@pytest.mark.parametrize("text", HERE)
def test_message_me_here_to_parents(checker, text):
    assert_found(checker, text, PCC, "staff", "personal")


@pytest.mark.parametrize("text", NOT_HERE)
def test_message_me_here_not_to_parents(checker, text):
    assert_ordinary(checker, text, PCC, "staff", "personal")
