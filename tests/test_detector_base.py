"""The detector building blocks: the CONTRIBUTING example works as written, and the registry refuses twins."""
from __future__ import annotations

import pytest

from safepost import Checker, Post, load_pack
from safepost.detectors.base import PatternDetector, Registry


class DonationAsk(PatternDetector):
    name = "donation-ask"
    categories = ("commercial_content",)
    PATTERNS = [("commercial_content", "donation", r"\b(?:please )?donate\b", 0.8),
                ("commercial_content", "selling", r"for sale: (?P<hit>[a-z ]+?)(?:\.|$)", 0.7)]


@pytest.mark.parametrize("text, spans", [
    ("Please donate to my fun run", [("donation", "Please donate")]),
    ("For sale: kids bike. Collection only", [("selling", "kids bike")]),
    ("We donated books to the library", []),
    ("", []),
])
def test_pattern_detector_spans(text, spans):
    checker = Checker(load_pack("marshfields"), registry=Registry([DonationAsk()]))
    found = checker.spans(text, checker.context(Post(text)))
    assert [(s.kind, s.evidence) for s in found] == spans
    assert all(s.detector == "donation-ask" for s in found)


def test_registry_refuses_two_detectors_of_one_name():
    with pytest.raises(ValueError, match="already registered"):
        Registry([DonationAsk(), DonationAsk()])
