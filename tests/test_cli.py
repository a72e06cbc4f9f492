"""The command line as the contract lays it out: output shape, exit statuses, batch mode, bad input."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import jsonschema
import pytest

from safepost.cli import main
from safepost.packs import builtin_ids

PACKS = ["staff-declaration", "newport-cejs", "aycliffe-drive", "marshfields", "rattlesden"]


def run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    return main(argv, out=out), out.getvalue()


def test_the_five_contract_packs_are_built_in():
    assert sorted(builtin_ids()) == sorted(PACKS)


def test_done_when_example_explains_the_pupil_with_its_clause(roster_path):
    code, out = run(["check", "Well done Amelia Hart in 4B! 📸", "--policy", "newport-cejs",
                     "--roster", roster_path])
    assert code == 1
    assert "Amelia Hart" in out and "BLOCK" in out and "Policy:" in out
    assert "[pupil]" in out  # the safer version is offered


def test_done_when_example_as_json(roster_path, check_schema):
    text = "Well done Amelia Hart in 4B! 📸"
    code, out = run(["check", text, "--policy", "newport-cejs", "--roster", roster_path, "--format", "json"])
    result = json.loads(out)
    jsonschema.validate(result, check_schema)
    pupil = [f for f in result["findings"] if f["category"] == "pupil_identified"]
    assert pupil and pupil[0]["severity"] == "block" and pupil[0]["clause"]
    assert text[pupil[0]["start"]:pupil[0]["end"]] == pupil[0]["evidence"] == "Amelia Hart"
    assert result["verdict"] == "block" and "Amelia" not in result["redacted_text"]


@pytest.mark.parametrize("policy", PACKS)
@pytest.mark.parametrize("text, account, author", [
    ("Lovely afternoon at the allotment with the family.", "personal", "staff"),
    ("Call me on 07700 900123 about Jack's reading, my personal number", "personal", "staff"),
    ("This school is a bloody joke, the head hasn't got a clue", "personal", "parent"),
    ("Year 6 are at Chester Zoo tomorrow, coach leaves 8:30 from Mill Lane", "official", "staff"),
    ("", "personal", "staff"),
])
def test_json_output_matches_the_contract_schema(policy, text, account, author, check_schema, school_path,
                                                  roster_path):
    code, out = run(["check", text or "x", "--policy", policy, "--school", school_path, "--roster", roster_path,
                     "--account", account, "--author", author, "--format", "json"])
    result = json.loads(out)
    jsonschema.validate(result, check_schema)
    assert code == (1 if result["verdict"] in ("review", "block", "escalate") else 0)
    for f in result["findings"]:
        if f["start"] is not None:
            assert (text or "x")[f["start"]:f["end"]] == f["evidence"]


@pytest.mark.parametrize("argv, problem", [
    (["check", "hello", "--policy", "no-such-pack"], "unknown policy pack"),
    (["check", "", "--policy", "newport-cejs"], "empty"),
    (["check", "   \n\t ", "--policy", "newport-cejs"], "empty"),
    (["check", "hello"], "--policy"),
    (["check", "--policy", "newport-cejs"], "nothing to check"),
    (["check", "hi", "--policy", "newport-cejs", "--account", "secret"], "account"),
    (["check", "hi", "--policy", "newport-cejs", "--roster", "/nonexistent/pupils.csv"], "cannot read"),
    (["check", "hi", "--policy", "newport-cejs", "--posted-at", "last tuesday"], "ISO 8601"),
    (["contact", "--policy", "newport-cejs", "--relationship", "best_friend"], "relationship"),
    (["contact", "--policy", "newport-cejs"], "--relationship"),
    (["policy", "show"], "needs a pack"),
    ([], "check, contact, policy, audit or verify-log"),
])
def test_bad_usage_exits_2_with_one_line(argv, problem, capsys):
    code, out = run(argv)
    err = capsys.readouterr().err
    assert code == 2 and out == ""
    assert problem in err and err.count("\n") == 1 and "Traceback" not in err


def test_roster_problems_are_named(tmp_path, capsys):
    bad = tmp_path / "pupils.csv"
    bad.write_text("first_name,surname\nAmy,Hart\n")
    code, _ = run(["check", "hi", "--policy", "newport-cejs", "--roster", str(bad)])
    assert code == 2 and "last_name" in capsys.readouterr().err
    bad.write_text("")
    code, _ = run(["check", "hi", "--policy", "newport-cejs", "--roster", str(bad)])
    assert code == 2 and "empty" in capsys.readouterr().err


def test_pack_with_a_typo_names_file_line_and_field(tmp_path, capsys):
    pack = tmp_path / "ours.yaml"
    pack.write_text("id: ours\nname: Our school\nextends: newport-cejs\nrules:\n"
                    "  - id: extra\n    category: timing\n    severty: warn\n    clause: x\n    message: m\n")
    code, _ = run(["policy", "validate", str(pack)])
    err = capsys.readouterr().err
    assert code == 2 and "ours.yaml" in err and "line" in err and "severty" in err


def test_huge_text_is_checked():
    text = ("A lovely day at the beach with the dog. " * 26000)[:1_000_000]
    code, out = run(["check", text, "--policy", "marshfields", "--format", "json"])
    assert code == 0 and json.loads(out)["verdict"] == "allow"


def test_invalid_utf8_and_nul_in_the_argument_never_crash(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "safepost.cli", "check", b"caf\xe9 \x01 ok".decode(
        "utf-8", "surrogateescape"), "--policy", "rattlesden", "--format", "json"], capture_output=True)
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["policy"] == "rattlesden"


def test_jsonl_keeps_order_and_survives_bad_lines(tmp_path, check_schema, roster_path):
    lines = [
        json.dumps({"id": "a", "text": "Great assembly today!"}),
        "this is not json",
        json.dumps({"id": "c", "account": "official"}),
        json.dumps({"id": "d", "text": "Well done Will Thompson!", "account": "official"}),
        json.dumps({"id": "e", "text": "hello\u0000there"}),
        json.dumps({"id": "f", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "Ring me on 07700 900 123", "posted_at": "not a date"}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "g", "text": "caf\xe9"}\n')
    code, out = run(["check", "--jsonl", str(src), "--policy", "marshfields", "--roster", roster_path])
    results = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(results) == 9
    assert [r.get("id") for r in results] == ["a", None, "c", "d", "e", "f", None, "7", None]
    for r in results:
        jsonschema.validate(r, check_schema)
    errors = {i for i, r in enumerate(results) if "error" in r}
    assert errors == {1, 2, 5, 6, 7, 8}
    assert "line 2" in results[1]["error"] and "JSON" in results[1]["error"]
    assert "text" in results[2]["error"] and "UTF-8" in results[8]["error"]
    assert results[3]["verdict"] != "allow"


def test_jsonl_from_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"id": "x", "text": "Hello all"}\n')))
    code, out = run(["check", "--jsonl", "-", "--policy", "newport-cejs"])
    assert code == 0 and json.loads(out)["id"] == "x"


def test_contact_json_matches_schema(contact_schema):
    code, out = run(["contact", "--policy", "staff-declaration", "--relationship", "former_pupil",
                     "--age", "20", "--looked-after", "--format", "json"])
    result = json.loads(out)
    jsonschema.validate(result, contact_schema)
    assert code == 0 and result["decision"] in ("decline", "decline_and_report")


def test_contact_jsonl(tmp_path, contact_schema):
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "c1", "relationship": "current_pupil", "age": 10}),
        json.dumps({"id": "c2", "relationship": "colleague"}),
        json.dumps({"id": "c3", "age": 10}),
        json.dumps({"id": "c4", "relationship": "current_pupil", "age": "ten"}),
        "{broken",
    ]) + "\n")
    code, out = run(["contact", "--jsonl", str(src), "--policy", "marshfields"])
    results = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and [r.get("id") for r in results] == ["c1", "c2", "c3", "c4", None]
    for r in results:
        jsonschema.validate(r, contact_schema)
    assert results[1]["decision"] == "allow" and results[0]["decision"].startswith("decline")
    assert all("error" in r for r in results[2:])


def test_policy_list_show_validate(tmp_path):
    code, out = run(["policy", "list"])
    assert code == 0 and all(p in out for p in PACKS) and "_base" not in out
    code, out = run(["policy", "show", "aycliffe-drive"])
    assert code == 0 and "Personal use" in out and "§" in out
    code, out = run(["policy", "validate", "examples/school-pack.yaml"])
    assert code == 0 and out.startswith("OK")


def _bundle(tmp_path, tamper: str = ""):
    """A case bundle as the web app exports it: files, a chained log and a manifest."""
    import hashlib
    import zipfile

    from safepost import evidence as ev

    entries = [{"seq": i, "action": a, "case": 1, "detail": {}, "at": f"2026-11-2{i}T10:00:00+00:00"}
               for i, a in enumerate(["case.created", "evidence.added", "case.exported"], 1)]
    hashes = ev.chain_hashes(entries)
    prevs = [ev.GENESIS] + hashes[:-1]
    log = "".join(json.dumps({**e, "prev_hash": p, "hash": h}) + "\n" for e, p, h in zip(entries, prevs, hashes))
    shot = b"\x89PNG\r\n\x1a\n screenshot of the post"
    manifest = ev.manifest_lines([("evidence/01-post.png", hashlib.sha256(shot).hexdigest()),
                                  ("log.jsonl", hashlib.sha256(log.encode()).hexdigest())])
    if tamper == "file":
        shot += b"edited"
    if tamper == "log":
        log = log.replace("evidence.added", "evidence.removed")
    path = tmp_path / "case.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("evidence/01-post.png", shot)
        z.writestr("log.jsonl", log)
        z.writestr("manifest-sha256.txt", manifest)
    return str(path)


@pytest.mark.parametrize("tamper, code, said", [
    ("", 0, "OK"),
    ("file", 1, "evidence/01-post.png: was changed after it was received"),
    ("log", 1, "entry 2"),
])
def test_verify_log_checks_an_exported_bundle(tmp_path, tamper, code, said):
    rc, out = run(["verify-log", _bundle(tmp_path, tamper)])
    assert rc == code and said in out


def test_verify_log_on_something_that_is_not_a_bundle(tmp_path):
    junk = tmp_path / "x.zip"
    junk.write_bytes(b"not a zip")
    rc, out = run(["verify-log", str(junk)])
    assert rc == 1 and "cannot be read as a case bundle" in out


def test_a_photo_that_cannot_be_read_is_said_and_the_text_still_checked(tmp_path):
    fake = tmp_path / "class.jpg"
    fake.write_text("not a photo")
    code, out = run(["check", "Ring me on 07700 900123", "--image", str(fake), "--policy", "marshfields"])
    assert "could not be checked" in out and "class.jpg" in out and "[phone]" in out
    code, out = run(["check", "Ring me on 07700 900123", "--image", str(fake), "--policy", "marshfields",
                     "--format", "json"])
    result = json.loads(out)
    assert any("class.jpg" in n for n in result["notes"])
    assert any(f["category"] == "personal_information" for f in result["findings"])


@pytest.mark.parametrize("argv", [
    ["check", "Well done Amelia Hart in 4B!", "--policy", "newport-cejs", "--json"],
    ["contact", "--policy", "newport-cejs", "--relationship", "current_pupil", "--age", "15", "--json"],
])
def test_json_is_short_for_format_json(argv, roster_path):
    """People type `--json`; it used to be taken as an abbreviation of `--jsonl` and fail."""
    code, out = run(argv + (["--roster", roster_path] if argv[0] == "check" else []))
    result = json.loads(out)
    assert result["decision" if argv[0] == "contact" else "verdict"]
