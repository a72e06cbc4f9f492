"""The writer's own family is not the school's business (lead, 2026-11-22).

With the context model blended in (`meaning.ContextReader`), the model alone began to report two kinds of post
the library's tables keep clean: a member of staff's day out with their own children as a trip's time and place
("Thinking of going to Chester Zoo at half term with my own kids"), and a message to their own mother as parent
contact ("Messaged my mum on Facebook about Sunday dinner"). The principles, from the contract: safety risk is
about pupils and staff, and "ordinary plans of an adult" are not one; parent contact is school matters discussed
with pupils' parents. So the model alone reports neither where the only children are the writer's own (and no
home is left empty, no child is alone) or the only parent is the writer's own relative. Rules still report
what they read. Both lists were written before the guard; rows added after its first run are marked.
"""
from __future__ import annotations

import pytest

from safepost.types import Post

CLEAN = [
    ("Thinking of going to Chester Zoo at half term with my own kids, any tips?", "safety_risk"),
    ("Taking my two to the panto in Birmingham on Saturday afternoon, can't wait", "safety_risk"),
    ("Off to Legoland with my boys next Tuesday, wish us luck with the queues", "safety_risk"),
    ("Messaged my mum on Facebook about Sunday dinner", "parent_contact_channel"),
    ("My sister messaged me on FB about her son's football match", "parent_contact_channel"),
    ("Rang my dad about his hospital appointment, he's fine", "parent_contact_channel"),
]

STILL = [
    ("Year 4 will be at Chester Zoo on Thursday, coach leaves at 9 and we're back by 3", "safety_risk"),
    ("My kids will be home alone all next week while I'm working away, the key's under the mat", "safety_risk"),
    ("Message me on Facebook about your son's reading and I'll sort it", "parent_contact_channel"),
    ("Mum of one of my class messaged me on FB about the trip money, told her it's fine", "parent_contact_channel"),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("staff-declaration")


def categories(checker, text):
    return {f.category for f in checker.check(Post(text=text)).findings}


@pytest.mark.parametrize("text,category", CLEAN)
def test_the_writers_own_family_is_not_reported(checker, text, category):
    assert category not in categories(checker, text)


@pytest.mark.parametrize("text,category", STILL)
def test_pupils_and_their_parents_still_are(checker, text, category):
    assert category in categories(checker, text)


# A rule that never ran: the plain-irony pattern's "only took them three years" began with a backspace character
# where "\b" was meant (written in a non-raw string), so it could match nothing. Found on 2026-11-22 by a search for
# control characters in the source; both rows were written before the fix.
IRONY = [
    ("Only took the school three terms to fix the heating in Year 2. Bravo.", True),
    ("Only took me three goes to pass my driving test!", False),
]


@pytest.mark.parametrize("text,complaint", IRONY)
def test_a_grudging_only_took_them_is_a_complaint(demo_checker_factory, text, complaint):
    checker = demo_checker_factory("newport-cejs")
    assert ("disparaging_school_community" in categories(checker, text)) is complaint
