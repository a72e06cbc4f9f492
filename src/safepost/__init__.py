"""safepost: a school's social media policy, put into practice.

    >>> from safepost import Checker, Post, load_pack
    >>> checker = Checker(load_pack("newport-cejs"))
    >>> checker.check(Post("Lovely sunny day!")).verdict
    'allow'
"""
from safepost.context import Pupil, Roster, School
from safepost.engine import Checker, check
from safepost.packs import Pack, PackError, load_pack
from safepost.types import CheckResult, ContactResult, Finding, Post, SafepostError, Span

__version__ = "0.1.0"
__all__ = ["CheckResult", "Checker", "ContactResult", "Finding", "Pack", "PackError", "Post", "Pupil",
           "Roster", "SafepostError", "School", "Span", "check", "load_pack"]
