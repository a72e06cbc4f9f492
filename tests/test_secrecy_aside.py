"""The writer's own "between us" about grown-ups' business is gossip, not secrecy asked of a child (lead, 2026-11-22).

A readable outsider8_dev row ("Our Year 4 teacher is on a final written warning, between us 🤐") escalated as grooming:
the secrecy rules read the writer's aside to readers as an adult asking a child for secrecy. The principle: secrecy is a
sign of grooming when it is asked of a child (someone told a child so, or the post speaks to the child); an aside to
readers about staff matters is a confidentiality problem (confidential_school_matter), not an escalation. The first two
rows of each list were run while the rule was written; the rest were written after and run: all passed but "Just
between you and me, …", whose "you" read as the child spoken to (fixed: the aside's own words are left out of that
test)."""
from __future__ import annotations

import pytest

from safepost.types import Post

GOSSIP = [
    "Our Year 4 teacher is on a final written warning, between us 🤐",
    "keep this between us but the deputy is leaving",
    # written after, run once
    "Just between you and me, the head has been offered a job at the trust",
    "Between us, two TAs are being made redundant at Easter",
    "Strictly between us the new SENCo is pregnant, not announced yet",
]
SECRECY = [
    "keep this between us x",
    "Mr B messages our Year 6s on snapchat and says keep it between us",
    # written after, run once
    "The coach told my son it's just between the two of them and not to tell me",
    "remember this is between you and me, don't tell your mum ok",
]


@pytest.fixture(scope="module")
def checker(demo_checker_factory):
    return demo_checker_factory("rattlesden")


@pytest.mark.parametrize("text", GOSSIP)
def test_gossip_does_not_escalate(checker, text):
    assert checker.check(Post(text=text)).verdict != "escalate"


@pytest.mark.parametrize("text", SECRECY)
def test_secrecy_with_a_child_escalates(checker, text):
    assert checker.check(Post(text=text)).verdict == "escalate"
