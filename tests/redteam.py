"""What the red-team tables share (tests/test_redteam*.py): a row, the findings of a rule's categories, and the two
checks through the engine a user sees: an ordinary post gets no finding of the rule's categories and does not
escalate; a paraphrase is found (or escalates, for ESC)."""
from __future__ import annotations

import pytest

from safepost.types import Post

ESC = "ESCALATE"  # the post's verdict is escalate


def row(text, cats, author="staff", account="personal", xfail=""):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, cats, author, account, id=text[:60], marks=marks)


def policy_row(policy, text, cats, author="staff", account="personal", xfail=""):
    """A row that names its own pack (the tables that run across the five packs)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(policy, text, cats, author, account, id=f"{policy}:{text[:55]}", marks=marks)


def hits(findings, cats) -> set:
    """The findings of the listed categories ("category", or "category:kind" for one kind)."""
    return {(f.category, f.kind) for f in findings if f.category in cats or f"{f.category}:{f.kind}" in cats}


def assert_ordinary(checker, text, cats, author, account) -> None:
    res = checker.check(Post(text=text, author=author, account=account))
    if cats != ESC:
        got = hits(res.findings, cats)
        assert not got, (got, res.verdict)
    assert res.verdict != "escalate", [(f.category, f.kind) for f in res.findings]


def assert_found(checker, text, cats, author, account) -> None:
    res = checker.check(Post(text=text, author=author, account=account))
    if cats == ESC:
        assert res.verdict == "escalate", [(f.category, f.kind) for f in res.findings]
    else:
        assert hits(res.findings, cats), [(f.category, f.kind) for f in res.findings]
