"""Who wrote a comment: a parent or carer, a pupil or a member of the public. The policy check reads this
(`author: parent | public | pupil`), since a pack can say different things about each.

A small guess that can always say why, in this order:
1. the school marked the author (a moderator sets it on the author's page; logged);
2. the comment says so: "my son", "my daughter's class", "as a parent" -> parent; "I'm in year 9",
   "my form tutor" -> pupil; "I live near the school", "former pupil" -> public. When it says both a
   parent's and a pupil's words, it is not taken as either;
3. the page's default (Comments -> Settings -> "Treat commenters as").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

KINDS = {"parent": "a parent or carer", "pupil": "a pupil", "public": "a member of the public"}

_CHILD = (r"sons?|daughters?|child|children|kids?|little ones?|grandsons?|granddaughters?|grandchild(?:ren)?|"
          r"step-?sons?|step-?daughters?|twins|boys|girls")
_YEAR = r"(?:year|yr|y)\s?(?:[1-9]|1[0-3])\b"
CUES: dict[str, list[re.Pattern]] = {
    "parent": [re.compile(p) for p in (
        rf"\bmy (?:{_CHILD})(?:'s?)?\b",
        rf"\bour (?:{_CHILD})(?:'s?)?\b",
        r"\bas an? (?:parent|mum|mom|mother|dad|father|carer|grandparent|foster carer|governor and parent)\b",
        r"\b(?:i'?m|i am|im) an? (?:parent|mum|mom|dad|carer)\b",
        rf"\b(?:parent|mum|mom|dad|carer) of an? {_YEAR}",
        r"\b(?:we|i) (?:are|am) (?:parents?|carers?) (?:here|at)\b",
    )],
    "pupil": [re.compile(p) for p in (
        rf"\b(?:i'?m|i am|im) in {_YEAR}",
        r"\b(?:i'?m|i am|im) an? (?:pupil|student) (?:here|at)\b",
        r"\bmy (?:form tutor|form teacher|teacher|head of year)\b",
        r"\bour (?:form tutor|form teacher|head of year)\b",
    )],
    "public": [re.compile(p) for p in (
        r"\b(?:i|we) live (?:near|next to|opposite|by|behind) the school\b",
        r"\bas an? (?:neighbour|neighbor|local resident|resident|local)\b",
        r"\b(?:former|ex-?|old) (?:pupil|student)\b",
        r"\bwhen i was at (?:this|the) school\b",
        r"\bi (?:went|used to go) to this school\b",
    )],
}


@dataclass(frozen=True)
class Guess:
    kind: str    # parent | pupil | public
    why: str     # one plain-English sentence, shown in the queue
    source: str  # school | comment | page

    @property
    def label(self) -> str:
        return _short(self.kind)


def _short(kind: str) -> str:
    return {"parent": "Parent or carer", "pupil": "Pupil", "public": "Member of the public"}.get(kind, kind)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("’", "'").replace("‘", "'").lower())


def cues(text: str) -> dict[str, str]:
    """The first words found for each kind, e.g. {'parent': 'my son'}."""
    t = _clean(text)[:5000]
    found = {}
    for kind, patterns in CUES.items():
        for p in patterns:
            m = p.search(t)
            if m:
                found[kind] = m.group(0).strip()
                break
    return found


def guess_author(text: str, author=None, default: str = "public") -> Guess:
    """Who probably wrote `text`: the school's mark on `author` first, then the words, then `default`."""
    default = default if default in KINDS else "public"
    marked = getattr(author, "kind", "") or ""
    if marked in KINDS:  # who marked them, and when, is on the author's page and in the audit log
        return Guess(marked, f"The school marked this author as {KINDS[marked]}.", "school")
    found = cues(text)
    if "parent" in found and "pupil" in found:
        return Guess(default, f'The comment has words of both a parent ("{found["parent"]}") and a pupil '
                              f'("{found["pupil"]}"), so the page\'s default is used: {KINDS[default]}.', "page")
    for kind in ("parent", "pupil", "public"):
        if kind in found:
            return Guess(kind, f'The comment says "{found[kind]}".', "comment")
    return Guess(default, f"Nothing in the comment says who wrote it: the page's default, {KINDS[default]}.", "page")


def guess_fields(author, text: str, default: str) -> dict:
    """The Comment fields for a new comment (tasks.ingest calls this once per comment)."""
    g = guess_author(text, author, default)
    return {"author_kind": g.kind, "author_kind_why": g.why[:300]}
