"""The `safepost` command line, exactly as ../shared/CONTRACT.md lays it out.

Exit status: 0 allow/warn (and a finished --jsonl run); 1 review/block/escalate;
2 bad usage or unreadable input, with a one-line message on standard error.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator, NoReturn, TextIO

from safepost.types import ACCOUNTS, AUTHORS, CHANNELS, RELATIONSHIPS, SEVERITY_RANK, Post, SafepostError

MAX_TEXT_BYTES = 5 * 1024 * 1024  # a post longer than this is not a social media post


class UsageError(SafepostError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not a usage dump
        raise UsageError(f"{message} (see 'safepost {self.prog.split()[-1]} --help')"
                         if " " in self.prog else message)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text safe to process and print: lone surrogates (from invalid UTF-8 arguments) become U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8") if _SURROGATE.search(text) else text


def _parse_when(value: Any, field: str = "posted_at") -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise SafepostError(f"{field} must be an ISO 8601 date and time, like 2026-03-04T10:15:00")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SafepostError(f"{field} {value!r} is not an ISO 8601 date and time, like 2026-03-04T10:15:00") from None


def _choice(value: Any, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise SafepostError(f"{field} must be one of {', '.join(allowed)} (got {value!r})")
    return value


def _load(ref: str):
    """A pack by built-in id, or by file when the name ends in .yaml/.yml (read fresh, not cached)."""
    from safepost.packs import load_pack

    return load_pack(Path(ref) if ref.endswith((".yaml", ".yml")) else ref)


def _build_checker(args: argparse.Namespace):
    from safepost.context import Roster, School
    from safepost.engine import Checker

    pack = _load(args.policy)
    if getattr(args, "personal_use", None):
        opts = pack.settings.personal_use.options
        if args.personal_use not in opts:
            raise SafepostError(f"--personal-use must be one of {', '.join(opts) or '(this pack has no options)'}")
        pack = pack.model_copy(deep=True)
        pack.settings.personal_use.chosen = args.personal_use
    school = School.from_yaml(args.school) if args.school else None
    roster = Roster.from_csv(args.roster) if args.roster else None
    if roster is not None:
        for w in roster.warnings[:5]:
            print(f"safepost: warning: {w}", file=sys.stderr)
    return Checker(pack, school=school, roster=roster)


def _post_from_json(obj: Any) -> Post:
    if not isinstance(obj, dict):
        raise SafepostError("each line must be a JSON object with at least 'text'")
    text = obj.get("text")
    images = obj.get("images") or []
    if text is None and not images:
        raise SafepostError("the line has no 'text'")
    if text is not None and not isinstance(text, str):
        raise SafepostError("'text' must be a string")
    if not isinstance(images, list) or not all(isinstance(p, str) for p in images):
        raise SafepostError("'images' must be a list of file paths")
    tags = obj.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise SafepostError("'tags' must be a list of pupil names")
    text = _clean(text or "")
    if not text.strip() and not images:
        raise SafepostError("the text is empty: there is nothing to check")
    return Post(
        text=text,
        account=_choice(obj.get("account", "personal"), ACCOUNTS, "account"),
        author=_choice(obj.get("author", "staff"), AUTHORS, "author"),
        channel=_choice(obj["channel"], CHANNELS, "channel") if obj.get("channel") else None,
        posted_at=_parse_when(obj.get("posted_at")),
        images=tuple(images), tags=tuple(tags),
        id=None if obj.get("id") is None else str(obj.get("id")),
    )


def _jsonl_lines(source: str) -> Iterator[tuple[int, bytes]]:
    if source == "-":
        stream = sys.stdin.buffer
    else:
        try:
            stream = open(source, "rb")
        except OSError as e:
            raise SafepostError(f"cannot read {source}: {e.strerror or e.__class__.__name__}") from None
    with stream:
        for n, raw in enumerate(stream, 1):
            if raw.strip():
                yield n, raw


def _read_json_line(n: int, raw: bytes) -> tuple[Any, str | None]:
    """The parsed object and its id, or raise SafepostError naming the line."""
    try:
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        raise SafepostError(f"line {n} is not valid UTF-8 text") from None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise SafepostError(f"line {n} is not valid JSON ({e.msg})") from None
    rid = obj.get("id") if isinstance(obj, dict) else None
    return obj, None if rid is None else str(rid)


def _run_jsonl(source: str, out: TextIO, handle: Callable[[Any], dict[str, Any]]) -> int:
    for n, raw in _jsonl_lines(source):
        rid = None
        try:
            obj, rid = _read_json_line(n, raw)
            result = handle(obj)
        except SafepostError as e:
            result = {"id": rid, "error": str(e) if str(e).startswith("line ") else f"line {n}: {e}"}
        except Exception as e:  # a bug must not stop a batch; say which line
            result = {"id": rid, "error": f"line {n}: could not be checked ({e.__class__.__name__}: {e})"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 0


def cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    checker = _build_checker(args)
    if args.jsonl:
        if args.text is not None:
            raise UsageError("give either TEXT or --jsonl, not both")

        def handle(obj: Any) -> dict[str, Any]:
            post = _post_from_json(obj)
            return checker.check(post).to_dict()

        return _run_jsonl(args.jsonl, out, handle)
    if args.text is None:
        raise UsageError("nothing to check: give the post's TEXT (in quotes) or --jsonl FILE")
    text = _clean(args.text)
    if len(text.encode("utf-8", "replace")) > MAX_TEXT_BYTES:
        raise SafepostError("the text is over 5 MB, far longer than any post: check it in parts")
    if not text.strip() and not args.image:
        raise SafepostError("the text is empty: there is nothing to check")
    post = Post(text=text, account=args.account, author=args.author, channel=args.channel,
                posted_at=_parse_when(args.posted_at, "--posted-at"), images=tuple(args.image or ()),
                tags=tuple(args.tag or ()))
    result = checker.check(post)
    if args.redact_to:
        if not post.images:
            raise UsageError("--redact-to writes safe copies of photos: give at least one --image")
        try:
            from safepost.images import write_safe_copies
        except ImportError:
            raise SafepostError("safe copies of photos need the photo checks: "
                                "pip install 'safepost[images]'") from None
        Path(args.redact_to).mkdir(parents=True, exist_ok=True)
        written = write_safe_copies(post, [s for s in result.spans if s.image is not None], args.redact_to)
        result.notes.extend(f"Safe copy written: {p}" for p in written)
        result.notes.extend(getattr(written, "skipped", []))
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=None) + "\n")
    else:
        from safepost.report import format_check

        out.write(format_check(result, text, checker.pack, post.account, post.author) + "\n")
    return 1 if SEVERITY_RANK.get(result.verdict, 0) >= SEVERITY_RANK["review"] else 0


def cmd_contact(args: argparse.Namespace, out: TextIO) -> int:
    from safepost.contact import decide_contact

    pack = _load(args.policy)
    if args.jsonl:
        def handle(obj: Any) -> dict[str, Any]:
            if not isinstance(obj, dict):
                raise SafepostError("each line must be a JSON object with at least 'relationship'")
            if "relationship" not in obj:
                raise SafepostError("the line has no 'relationship'")
            age = obj.get("age")
            if age is not None and (isinstance(age, bool) or not isinstance(age, int)):
                raise SafepostError("'age' must be a whole number")
            flags = {}
            for k in ("family", "looked_after", "sen"):
                v = obj.get(k, False)
                if not isinstance(v, bool):
                    raise SafepostError(f"'{k}' must be true or false")
                flags[k] = v
            rid = obj.get("id")
            return decide_contact(pack, obj["relationship"], age=age, kind=obj.get("kind", "friend_request"),
                                  direction=obj.get("direction", "received"),
                                  id=None if rid is None else str(rid), **flags).to_dict()

        return _run_jsonl(args.jsonl, out, handle)
    if not args.relationship:
        raise UsageError("--relationship is required (one of " + ", ".join(RELATIONSHIPS) + ")")
    result = decide_contact(pack, args.relationship, age=args.age, family=args.family,
                            looked_after=args.looked_after, sen=args.sen, kind=args.kind,
                            direction=args.direction)
    if args.format == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        from safepost.report import format_contact

        out.write(format_contact(result, pack) + "\n")
    return 0


def cmd_policy(args: argparse.Namespace, out: TextIO) -> int:
    from safepost.packs import builtin_ids, load_pack, load_pack_file
    from safepost.report import format_pack

    if args.action == "list":
        for pid in builtin_ids():
            p = load_pack(pid)
            out.write(f"{pid:20} {p.name}\n")
        return 0
    if not args.target:
        raise UsageError(f"'safepost policy {args.action}' needs a pack id or file")
    if args.action == "show":
        pack = _load(args.target)
        out.write(format_pack(pack) + "\n")
        return 0
    pack = load_pack_file(args.target)
    out.write(f"OK: {args.target} is a valid pack '{pack.id}' ({len(pack.clauses)} clauses, "
              f"{len(pack.rules)} rules, {len(pack.contact)} contact rules)\n")
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from safepost.audit import run_audit

    checker = _build_checker(args)
    return run_audit(args.archive, checker, html=args.html, jsonl=args.jsonl, out=out, err=sys.stderr)


def cmd_verify_log(args: argparse.Namespace, out: TextIO) -> int:
    """Check an exported case bundle, or (without one) the web app's live incident records."""
    if args.bundle:
        from safepost.evidence import verify_bundle

        problems = verify_bundle(args.bundle)
        if not problems:
            out.write(f"OK: {args.bundle}: every file matches the manifest and every log entry its hash.\n")
            return 0
        out.write(f"{args.bundle}: {len(problems)} problem{'s' if len(problems) != 1 else ''}:\n")
        out.writelines(f"  {p}\n" for p in problems)
        return 1
    import importlib.util
    import os
    import subprocess

    if importlib.util.find_spec("safepost_web") is None or importlib.util.find_spec("django") is None:
        raise SafepostError("give the case bundle to check (a .zip exported from safepost), "
                            "or install the web app to check its live records")
    cmd = [sys.executable, "-m", "django", "verify_log"] + (["--school", args.school] if args.school else [])
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "safepost_web.settings")}
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    out.write(proc.stdout)
    if proc.returncode:
        msg = (proc.stderr.strip().splitlines() or ["the check could not run"])[-1]
        print(f"safepost: {msg.removeprefix('CommandError: ')}", file=sys.stderr)
        return 1
    return 0


def _add_school_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--policy", required=True, help="built-in pack id (see 'safepost policy list') or a pack file")
    p.add_argument("--school", help="the school's details (school.yaml)")
    p.add_argument("--roster", help="the pupil roster (CSV export from the school's MIS)")
    p.add_argument("--personal-use", help="the school's chosen personal-use option, for packs that offer several")


def _add_json_shorthand(p: argparse.ArgumentParser) -> None:
    """`--json` means `--format json` (an addition to the contract). Without it argparse read `--json` as
    an abbreviation of `--jsonl` and answered "argument --jsonl: expected one argument", which puzzles people."""
    p.add_argument("--json", dest="format", action="store_const", const="json", help="the same as --format json")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = _Parser(prog="safepost", description="Check social media posts against a school's own policy.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    c = sub.add_parser("check", help="check a post (or a JSONL batch) against the school's policy")
    c.add_argument("text", nargs="?", help="the post's text, in quotes")
    c.add_argument("--jsonl", metavar="FILE", help="check one JSON object a line ('-' for standard input)")
    _add_school_args(c)
    c.add_argument("--account", default="personal", choices=ACCOUNTS)
    c.add_argument("--author", default="staff", choices=AUTHORS)
    c.add_argument("--channel", choices=CHANNELS)
    c.add_argument("--posted-at", help="when it was (or will be) posted, ISO 8601")
    c.add_argument("--image", action="append", metavar="PATH", help="a photo the post carries (repeatable)")
    c.add_argument("--tag", action="append", metavar="PUPIL", help="a pupil said to be in the photos (repeatable)")
    c.add_argument("--redact-to", metavar="DIR", help="write safe copies of the photos here")
    c.add_argument("--format", default="text", choices=("text", "json"))
    _add_json_shorthand(c)

    k = sub.add_parser("contact", help="should I accept this friend request, message or follow?")
    k.add_argument("--policy", required=True)
    k.add_argument("--relationship", choices=RELATIONSHIPS)
    k.add_argument("--age", type=int)
    k.add_argument("--family", action="store_true", help="a relative or family friend")
    k.add_argument("--looked-after", action="store_true", help="a looked-after child")
    k.add_argument("--sen", action="store_true", help="a young person with special educational needs")
    k.add_argument("--kind", default="friend_request", choices=("friend_request", "message", "follow"))
    k.add_argument("--direction", default="received", choices=("received", "sent"))
    k.add_argument("--format", default="text", choices=("text", "json"))
    _add_json_shorthand(k)
    k.add_argument("--jsonl", metavar="FILE")

    p = sub.add_parser("policy", help="list, show or validate policy packs")
    p.add_argument("action", choices=("list", "show", "validate"))
    p.add_argument("target", nargs="?", help="pack id (show) or pack file (validate)")

    a = sub.add_parser("audit", help="review your own downloaded social media archive, privately")
    a.add_argument("archive", help="the zip or folder downloaded from Facebook, Instagram, X or LinkedIn")
    _add_school_args(a)
    a.add_argument("--html", metavar="REPORT.html", help="write a report to open in a browser")
    a.add_argument("--jsonl", metavar="RESULTS.jsonl", help="write one result a line, for scripts")
    v = sub.add_parser("verify-log", help="check that incident records and case bundles are unaltered")
    v.add_argument("bundle", nargs="?", help="an exported case bundle (.zip or folder); "
                                             "without it, the web app's live records are checked")
    v.add_argument("--school", metavar="SLUG", help="with the web app: check one school only")
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "check": cmd_check, "contact": cmd_contact, "policy": cmd_policy, "audit": cmd_audit,
    "verify-log": cmd_verify_log,
}


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    try:
        if hasattr(out, "reconfigure"):
            out.reconfigure(errors="replace")  # type: ignore[union-attr]
        args = build_parser().parse_args(argv)
        if not args.command:
            raise UsageError("say what to do: check, contact, policy, audit or verify-log (see 'safepost --help')")
        return COMMANDS[args.command](args, out)
    except SafepostError as e:
        msg = " ".join(str(e).split())
        print(f"safepost: {msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("safepost: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: still one line, never a traceback in a teacher's terminal
        print(f"safepost: something went wrong inside safepost ({e.__class__.__name__}: {e}). "
              "This is a bug in safepost, not in your input: please report it.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
