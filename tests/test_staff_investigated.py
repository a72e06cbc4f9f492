"""A member of staff arrested, suspended or investigated over a child is an allegation that an adult harmed a child
(lead, 2026-11-22).

The principle (CONTRACT.md escalate: "an allegation that an adult harmed a child, a live safeguarding case made public"):
a member of staff + arrested / suspended / walked off site / sacked / under investigation + over, about or to do with a
child. Not an escalation: the same over a grown-up matter (the budget, a row about the timetable, the golf club), pupils
as data ("over pupil outcomes"), or conduct that harms no one's body or safety ("sacked for shouting at kids", "for what
he said to a pupil": an allegation, block). The first two lists were written before the rule was run, after a
readable outsider8_dev row ("Hearing our PE teacher has been arrested for something to do with a child") went out as
block; the second two were written after the first run and run once (all passed); the shouting and saying rows come
from two labelled rows of our own data (extra_cases, meaning_seed7) that the first version escalated.
"""
from __future__ import annotations

import pytest

from safepost.types import Post

PARAPHRASES = [
    'Hearing our PE teacher has been arrested for something to do with a child. School is keeping it very quiet.',
    'Mr Davies was suspended last week over messages he sent a Year 9 girl, apparently',
    "The caretaker's been arrested, something about a pupil, police were at the school all morning",
    'A TA at Brookfield is under investigation for hurting one of the SEN kids',
    "Heard the music teacher got walked off site by police, it's about a student",
    'Our deputy has been suspended pending an investigation into his contact with a pupil',
    'Rumour is the new coach was sacked for inappropriate photos of the kids',
    'LADO are involved with one of our teachers after a child made a disclosure',
    "Year 6 teacher suspended after grabbing a boy by the neck, the school won't say anything",
    'Apparently Miss Khan has been arrested in connection with a pupil at her last school',
]

ORDINARY = [
    'Mr Davies was suspended from the golf club for not paying his fees lol',
    "The caretaker's been arrested for drink driving, apparently",
    'Police came into school today to talk to Year 6 about online safety',
    'Our deputy has been suspended for fiddling the budget, so they say',
    'A man was arrested in town for shoplifting, nothing to do with school',
    'The teacher in the Netflix drama was arrested in the last episode',
    'Safeguarding training today covered what to do if a colleague is accused',
    'A child was suspended for fighting, parents are furious',
    'Our deputy was suspended after a row with the head about the timetable',
    "A teacher at my son's old school was sacked for being late all the time, kids loved him though",
    'The head was investigated by Ofsted over pupil outcomes',
    "Teacher at the academy was sacked over the children's lunches budget",
    'The coach was sacked after the team lost every game',
    'is it true the new TA was sacked from her last school for shouting at kids? someone said she was',
    "Anyone know if it's true that a teacher at St Bede's got suspended for what he said to a pupil?",
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("rattlesden")


@pytest.mark.parametrize("text", PARAPHRASES)
def test_staff_investigated_over_a_child_escalates(checker, text):
    assert checker.check(Post(text=text)).verdict == "escalate"


@pytest.mark.parametrize("text", ORDINARY)
def test_other_matters_do_not_escalate(checker, text):
    assert checker.check(Post(text=text)).verdict != "escalate"
