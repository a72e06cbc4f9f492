"""Ways the check can fail while a post is being made, shared by the page and API tests.

Each entry: (set the failure up, the API's status, words the person is shown). The check runs after
the post row, its tagged pupils and its photos are written: it failing must undo them all.
"""
from __future__ import annotations


def _checker_crashes(world, monkeypatch):
    def crash(self, post):
        raise RuntimeError("detector crashed")

    monkeypatch.setattr("safepost.engine.Checker.check", crash)


def _checker_refuses(world, monkeypatch):
    from safepost.types import SafepostError

    def refuse(self, post):
        raise SafepostError("this pack cannot be read (line 3).")

    monkeypatch.setattr("safepost.engine.Checker.check", refuse)


def _no_pack_chosen(world, monkeypatch):
    world.school.pack_id = ""
    world.school.save()
    world.school.bump()


CHECK_FAILURES = [
    (_checker_crashes, 500, "because of a fault in the checker"),
    (_checker_refuses, 409, "The post could not be checked: this pack cannot be read (line 3). Nothing was saved."),
    (_no_pack_chosen, 409, "has not chosen its policy pack yet"),
]
