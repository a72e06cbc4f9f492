"""The detector registry: every detector safepost runs, in one place.

Each module below exposes `DETECTORS`, a list of Detector instances.
To add a detector: write a small class in a module here and list it in that
module's DETECTORS (see CONTRIBUTING.md).
"""
from __future__ import annotations

import importlib

from safepost.detectors.base import Detector, PatternDetector, Registry

MODULES = (
    "pupils",          # pupil_identified: roster names
    "personal_info",   # personal_information: phones, emails, postcodes, addresses, DOB, handles
    "language",        # offensive_language, abuse_or_hate
    "commercial",      # commercial_content: adverts, selling, donations, spam
    "meaning",         # disparaging, confidential, allegation, political, safety, speaking for school, ...
    "escalation",      # threats, harm, grooming, disclosures
    "timing",          # personal use at times the pack forbids
    "connections",     # staff's own connections: looking at pupils' pages, befriending parents
    "location",        # location_metadata: a place tagged in the post's words (photos: safepost.images)
)


def default_registry() -> Registry:
    """A fresh registry holding every built-in detector."""
    reg = Registry()
    for name in MODULES:
        mod = importlib.import_module(f"safepost.detectors.{name}")
        for det in mod.DETECTORS:
            reg.add(det)
    return reg


__all__ = ["Detector", "PatternDetector", "Registry", "default_registry"]
