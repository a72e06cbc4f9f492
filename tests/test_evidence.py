"""The evidence library: canonical JSON, the hash chain, tamper detection, type sniffing, manifests."""
from __future__ import annotations

import hashlib

import pytest

from safepost import evidence as ev

ENTRIES = [
    {"seq": 1, "action": "case.created", "case": "BRK-2026-0001", "actor": "erin", "at": "2026-11-20T09:00:00Z"},
    {"seq": 2, "action": "evidence.added", "case": "BRK-2026-0001", "actor": "erin",
     "detail": {"sha256": "ab" * 32, "name": "screenshot.png"}, "at": "2026-11-20T09:01:00Z"},
    {"seq": 3, "action": "case.viewed", "case": "BRK-2026-0001", "actor": "alice", "at": "2026-11-20T10:00:00Z"},
    {"seq": 4, "action": "case.exported", "case": "BRK-2026-0001", "actor": "erin", "detail": {"for": "police"},
     "at": "2026-11-20T11:00:00Z"},
]


def stored(entries=ENTRIES):
    hashes = ev.chain_hashes(entries)
    prevs = [ev.GENESIS] + hashes[:-1]
    return [ev.Stored(e["seq"], e, p, h) for e, p, h in zip(entries, prevs, hashes)]


@pytest.mark.parametrize("a,b,same", [
    ({"b": 1, "a": 2}, {"a": 2, "b": 1}, True),           # key order never matters
    ({"a": "Zieliński"}, {"a": "Zieliński"}, True),
    ({"a": 1}, {"a": "1"}, False),                         # types matter
    ({"a": [1, 2]}, {"a": [2, 1]}, False),                 # list order matters
    ({"a": None}, {}, False),
])
def test_canonical_json_is_stable(a, b, same):
    assert (ev.canonical_json(a) == ev.canonical_json(b)) is same


def test_canonical_json_has_no_spaces_and_keeps_unicode():
    assert ev.canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'


def test_entry_hash_covers_previous_hash_and_entry():
    e = {"seq": 1}
    expected = hashlib.sha256(("0" * 64 + "\n" + '{"seq":1}').encode()).hexdigest()
    assert ev.entry_hash(ev.GENESIS, e) == expected
    assert ev.entry_hash("f" * 64, e) != expected


def test_an_untouched_chain_verifies():
    assert ev.verify_chain(stored()) == []
    assert ev.verify_chain([]) == []


def _edit(rows, i, **change):
    r = rows[i]
    rows[i] = ev.Stored(r.seq, {**r.entry, **change}, r.prev_hash, r.hash)
    return rows


@pytest.mark.parametrize("tamper,where,what", [
    (lambda rows: _edit(rows, 1, actor="mallory"), "log entry 2", "content was changed"),
    (lambda rows: _edit(rows, 0, action="case.deleted"), "log entry 1", "content was changed"),
    (lambda rows: rows[:2] + rows[3:], "log entry 4", "numbering jumps"),
    (lambda rows: rows[1:], "log entry 2", "numbering jumps"),
    (lambda rows: [rows[0], rows[2], rows[1], rows[3]], "log entry 3", "numbering jumps"),
])
def test_tampering_is_named(tamper, where, what):
    problems = ev.verify_chain(tamper(stored()))
    assert problems, "tampering went unnoticed"
    assert problems[0].where == where and what in problems[0].what


def test_rewriting_an_entry_and_its_hash_breaks_the_next_link():
    rows = stored()
    forged = {**rows[1].entry, "actor": "mallory"}
    rows[1] = ev.Stored(2, forged, rows[1].prev_hash, ev.entry_hash(rows[1].prev_hash, forged))
    problems = ev.verify_chain(rows)
    assert [p.where for p in problems] == ["log entry 3"]
    assert problems[0].expected == rows[1].hash and problems[0].found == stored()[1].hash


def test_problem_says_expected_and_found():
    assert str(ev.Problem("file a.png", "was changed", "aa", "bb")) == "file a.png: was changed (expected aa, found bb)"


def test_hash_file(tmp_path):
    p = tmp_path / "x.bin"
    data = b"screenshot bytes" * 100000
    p.write_bytes(data)
    assert ev.hash_file(p) == (hashlib.sha256(data).hexdigest(), len(data))


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 50
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"
WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8 "


@pytest.mark.parametrize("head,kind", [
    (PNG, "image/png"),
    (JPEG, "image/jpeg"),
    (b"GIF89a....", "image/gif"),
    (WEBP, "image/webp"),
    (HEIC, "image/heic"),
    (b"%PDF-1.7\n", "application/pdf"),
    (b"Miss Hart is a disgrace, everyone share this", "text/plain"),
    ("Zieliński".encode()[:-1], "text/plain"),      # a character cut at the end of the sample
    (b"MZ\x90\x00\x03", None),                       # Windows executable
    (b"\x7fELF\x02\x01", None),
    (b"#!/bin/sh\nrm -rf /", None),
    (b"PK\x03\x04", None),                           # a zip: could hide anything
    (b"\x00\x01\x02garbage", None),
    (b"", None),
])
def test_sniff_type_reads_content_not_names(head, kind):
    assert ev.sniff_type(head) == kind


@pytest.mark.parametrize("name,head,reason", [
    ("screenshot.png", b"MZ\x90\x00", "Windows program"),
    ("screenshot.png", b"plain words", "named as a picture"),
    ("notes.bin", b"\x00\x00garbage", "not a type we can keep"),
    ("screenshot.png", PNG, None),
    ("capture.jpg", PNG, None),                     # a PNG called .jpg is still a picture
    ("messages.txt", b"you will regret this", None),
    ("letter.pdf", b"%PDF-1.4", None),
])
def test_refusal(name, head, reason):
    got = ev.refusal(name, head)
    assert (got is None) if reason is None else (reason in got and name in got)


def test_manifest_round_trips_and_names_changes():
    files = [("evidence/2-b.png", "b" * 64), ("evidence/1-a.png", "a" * 64)]
    text = ev.manifest_lines(files)
    assert text.splitlines()[0] == "a" * 64 + "  evidence/1-a.png"
    expected = ev.parse_manifest(text)
    assert ev.verify_files(expected, dict(expected)) == []
    problems = ev.verify_files(expected, {"evidence/1-a.png": "c" * 64, "evidence/2-b.png": None})
    assert [(p.where, p.what) for p in problems] == [("file evidence/1-a.png", "was changed after it was received"),
                                                     ("file evidence/2-b.png", "is missing")]
