"""Shared fixtures: the demo school and the contract's JSON schemas."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The contract lives beside the repo in ../shared; a copy is kept in docs/contract for fresh clones.
_SHARED = ROOT.parent / "shared" / "contract"
CONTRACT_DIR = _SHARED if _SHARED.is_dir() else ROOT / "docs" / "contract"


@pytest.fixture(scope="session")
def school_path() -> str:
    return str(EXAMPLES / "school.yaml")


@pytest.fixture(scope="session")
def roster_path() -> str:
    return str(EXAMPLES / "pupils.csv")


@pytest.fixture(scope="session")
def check_schema() -> dict:
    return json.loads((CONTRACT_DIR / "check-result.schema.json").read_text())


@pytest.fixture(scope="session")
def contact_schema() -> dict:
    return json.loads((CONTRACT_DIR / "contact-result.schema.json").read_text())


@pytest.fixture(scope="session")
def demo_checker_factory(school_path, roster_path):
    """Checkers for the demo school, one per pack, built once per test session."""
    from safepost import Checker, Roster, School, load_pack

    school, roster = School.from_yaml(school_path), Roster.from_csv(roster_path)
    cache: dict[str, Checker] = {}

    def make(policy: str) -> Checker:
        if policy not in cache:
            cache[policy] = Checker(load_pack(policy), school=school, roster=roster)
        return cache[policy]

    return make


os.environ.setdefault("OMP_NUM_THREADS", "1")
