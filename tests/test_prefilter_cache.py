"""The prefilter keeps each pattern's required words between runs (start-up speed), and a missing, corrupt or
unwritable cache only means the words are read again: never a wrong answer, never an error."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from safepost.detectors import prefilter as pf

SRC = str(Path(__file__).resolve().parent.parent / "src")
PATTERN = r"\b(?:posting|scrolling) (?:in|during) (?:assembly|the lesson)\b"


def _run(cache_dir: str, code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SAFEPOST_CACHE_DIR": cache_dir, "PYTHONPATH": SRC}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)


READ = ("from safepost.detectors import prefilter as pf; "
        f"print(pf.required_sets({PATTERN!r}, 2))")


def test_the_words_are_the_same_with_and_without_the_cache(tmp_path):
    first = _run(str(tmp_path), READ)
    assert first.returncode == 0, first.stderr
    files = list(tmp_path.glob("prefilter-py*.json"))
    assert len(files) == 1  # written at exit
    second = _run(str(tmp_path), READ)
    assert second.stdout == first.stdout
    assert "posting" in first.stdout and "assembly" in first.stdout


def test_a_corrupt_cache_is_read_again(tmp_path):
    (tmp_path / f"prefilter-py{sys.version_info[0]}{sys.version_info[1]}.json").write_text("{not json", "utf-8")
    res = _run(str(tmp_path), READ)
    assert res.returncode == 0, res.stderr
    assert "posting" in res.stdout
    json.loads((tmp_path / f"prefilter-py{sys.version_info[0]}{sys.version_info[1]}.json").read_text("utf-8"))


def test_an_unwritable_cache_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", "utf-8")
    res = _run(str(blocker / "sub"), READ)  # the folder cannot be made: a file is in the way
    assert res.returncode == 0, res.stderr
    assert "posting" in res.stdout and res.stderr == ""


def test_an_empty_setting_keeps_nothing_on_disk(tmp_path):
    res = _run("", READ)
    assert res.returncode == 0, res.stderr
    assert "posting" in res.stdout


def test_in_process_answers_match_a_fresh_reading():
    assert pf.required_sets(PATTERN, 2) == pf._required_sets(PATTERN, 2, 4)
