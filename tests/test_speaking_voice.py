"""Speaking for the school in other words (lead, 2026-11-22).

The principle (CONTRACT.md speaking_for_school; the packs' "without the express authority of" clauses): a personal post
that gives the school's view or speaks in its voice: "on the school's behalf", "apologies from all of us at school",
"<School> would like to thank…", "we at <School> do not tolerate…". Not speaking for it: one's own thanks or apology,
the PTA's, reporting what the head said, asking what the school's position is, an opinion marked as one's own.
Naming the school with no need is the same category of another kind (`names_school`), so the rows check the view
(`school_view`) only. Rows written before the rule was run, after readable outsider8_dev rows showed "On the school's
behalf I want to say sorry…" was missed.
"""
from __future__ import annotations

import pytest

from redteam import assert_found, assert_ordinary, row

VIEW = ("speaking_for_school:school_view",)

PARAPHRASES = [
    row("On the school's behalf I want to say sorry to the families upset by the nativity cancellation", VIEW),
    row('On behalf of everyone at Brookfield, we apologise for the mix-up with the trip letters', VIEW),
    row('Speaking for the school here: we will not be changing the uniform policy', VIEW),
    row('I can confirm for the school that the new head starts in January', VIEW),
    row("The official line from school is that nobody's job is at risk, so don't listen to rumours", VIEW),
    row('As a Brookfield teacher I can tell you the school is fully behind the new housing estate', VIEW),
    row("Just so parents know, the school's position is that phones are banned from September", VIEW),
    row('Brookfield would like to thank everyone who came to the fair (posting for the school as the page is down)', VIEW),
    row("We at Brookfield Primary do not tolerate bullying of any kind, and I'm saying that as deputy head", VIEW),
    row("Apologies from all of us at school for the late reports, we've had staffing issues", VIEW),
]

ORDINARY = [
    row('On behalf of my family, thank you for all the birthday messages', VIEW),
    row("I'm sorry the nativity was cancelled, my class were gutted", VIEW),
    row("The school newsletter says the uniform policy isn't changing", VIEW),
    row('Proud to work at Brookfield, best job in the world', VIEW),
    row("My own opinion, not my school's: the new housing estate is a good thing", VIEW),
    row("Can anyone tell me the school's position on term-time holidays?", VIEW),
    row("The head said in assembly that we don't tolerate bullying, great message", VIEW),
    row('Speaking for myself, I thought the fair was brilliant', VIEW),
    row('On behalf of the PTA, a huge thank you to everyone who baked', VIEW),
    row('Our school choir won the county competition!', VIEW),
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("newport-cejs")


@pytest.mark.parametrize("text,cats,author,account", ORDINARY)
def test_ordinary_posts_are_not_flagged(checker, text, cats, author, account):
    assert_ordinary(checker, text, cats, author, account)


@pytest.mark.parametrize("text,cats,author,account", PARAPHRASES)
def test_the_school_s_voice_is_found(checker, text, cats, author, account):
    assert_found(checker, text, cats, author, account)
