"""Timing said in the post: at school, on duty or on a trip now, and on social media now (lead, 2026-11-22).

The principle is the same two halves as tests/test_redteam10_timing.py, widened from "my class is in a lesson" to "I am
at work now": (a) the writer is on social media or their phone now, and (b) they are at school, on a duty (playground,
gate, bus, lunch), on a school trip, or say a weekday time in the school day. Either half alone is ordinary, and so is
someone else at school ("while the kids are at school"), a rule about phones, a call on the phone, or another day.
Every row was written before the rule was run; the two that still fail are strict xfails with the reason. Checked on
rattlesden, whose rule ("refrain from using social networking sites while at work") acts on any time at work.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

TIME = ("timing",)

PARAPHRASES = [
    row("On playground duty and scrolling Rightmove, don't judge me", TIME),
    row("Lunch duty in the hall and I'm on my phone replying to the group chat", TIME),
    row("At the swimming baths with Year 4, quick Facebook check while they're in the pool", TIME),
    row("on the school trip at the museum, kids looking at dinosaurs so I'm posting this 🦕", TIME,
        xfail='the trip and the post are 40+ characters apart with the children in between: the place rule keeps its halves close'),
    row("It's 10.40 on a Tuesday and I'm on TikTok, the glamour of teaching", TIME),
    row('11am and already on Insta at my desk in school lol', TIME),
    row('Writing this at my desk in the classroom while the TA takes the group', TIME),
    # (an xfail until 2026-11-22: "weekend" vetoed the post as written at home; a weekend looked forward to is a
    # weekday's wish, so the veto now skips it. The two rows after it were written with that rule, before it ran.)
    row("Posting from school, can't wait for the weekend!!", TIME),
    row("At my desk in school scrolling Facebook, roll on the weekend", TIME),
    row("On gate duty and checking Insta, nearly the weekend 🙌", TIME),
    row('sat in the school office scrolling facebook, phones are quiet today', TIME),
    row('In work, bored, on here again 🙄', TIME),
    row('Quick post from my classroom before the kids come back in from break', TIME),
    row("Supposed to be marking but I'm on Facebook in my classroom, kids at PE with the coach", TIME),
    row("TA here - the class are with the supply teacher so I'm having a sneaky scroll in the corridor", TIME),
    row('Doing bus duty and checking Insta, the buses are late again', TIME),
    row('morning register done, kids on their starter, me on my phone 📱', TIME),
    row('Stuck on gate duty in the rain, doom scrolling to keep warm', TIME),
    row("First thing at school and I'm already on Twitter moaning", TIME),
    row("Afternoon lessons dragging so I'm on my phone in the stock cupboard hiding", TIME),
    row("covering reception while their teacher's out, kids are painting, I'm on fb", TIME),
    row('Hiding in the PE cupboard on my phone during period 3 😂', TIME),
    row('on gate duty and scrolling twitter because nothing is happening', TIME),
    row('Break duty, freezing, checking Vinted to stay sane', TIME),
    row("Here at school on a Wednesday morning and I'm already on Facebook", TIME),
    row("Posting this from school on my phone, don't tell the head 🤫", TIME),
]

ORDINARY = [
    # (written with the weekend rule, before it ran: the weekend itself, or a wish with no post from work)
    row("Finally the weekend, on the sofa scrolling Facebook", TIME),
    row("Can't wait for the weekend! Posting this from home on my phone", TIME),
    row('Lunch break scroll, 10 minutes of peace', TIME),
    row('On playground duty today, freezing! Remember coats tomorrow please', TIME),
    row('Lovely swimming lesson today, so proud of Year 4', TIME),
    row('Home from the school trip, what a day at the museum 🦕', TIME),
    row("It's 10.40 on a Saturday and I'm still in bed, bliss", TIME),
    row('Phones must not be used in the classroom, reminder for all staff', TIME),
    row('Posting this after school: what a week!', TIME),
    row('Just got home from work and on here for five minutes before tea', TIME),
    row('Bus duty tomorrow morning, wish me luck', TIME),
    row("My daughter is on her school trip today, hope she's having fun", TIME),
    row("Parents: please don't post photos from the nativity on Facebook", TIME),
    row('Marking at the kitchen table on a Sunday, teacher life', TIME),
    row('At my desk in the office at home, working from home today', TIME),
    row('In the staffroom at lunch with a brew and my phone', TIME),
    row('Register is on Arbor now, staff please check your logins', TIME),
    row('Great day at school today, the kids were amazing', TIME),
    row('Gate duty in the rain again tomorrow, anyone got a spare brolly?', TIME),
    row('I teach Year 4 and love it', TIME),
    row('The children painted beautiful poppies this afternoon', TIME),
    row('The class went swimming today and we all survived!', TIME),
    row('Kids at school, finally on my phone in peace', TIME),
    row('posting this while the kids are at school, day off for me', TIME),
    row('Was on playground duty earlier and saw the most amazing rainbow', TIME),
    row("Scrolling through photos of the school trip from last year, they've grown so much", TIME),
    row("I'm at school till 6 tonight for parents evening, so no posting from me", TIME),
    row('Posting from school? Never! Our code of conduct says no', TIME),
    row('Reminder: no posting from school devices or on the school wifi', TIME),
    row("Follow our school trip on the class blog, we'll be posting updates", TIME),
    row("It's 10.40 on a Tuesday in half term and I'm on TikTok in my pyjamas", TIME),
    row('Lunch duty tomorrow, then parents evening, then bed', TIME),
    row("My husband is on a work trip so I'm scrolling on the sofa", TIME),
    row('At 11am on Friday the Year 6 play starts, tickets from the office', TIME),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("rattlesden")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_paraphrases_are_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
