"""The engine: run every detector, merge their spans, map them through the pack to findings."""
from __future__ import annotations

import re
from typing import Any, Iterable

from safepost.context import Context, Roster, School
from safepost.detectors import default_registry
from safepost.detectors.base import Registry
from safepost.packs.schema import Pack, Rule
from safepost.redact import redact
from safepost.types import SEVERITY_RANK, CheckResult, Finding, Post, Span

INFO_THRESHOLD = 0.5  # a span below this, with no rule asking for less, is noise
_WHO = {"staff": "a staff member's", "parent": "a parent's", "pupil": "a pupil's", "public": "a member of the public's"}


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _excerpt(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + "…"


def _rule_fits(rule: Rule, span: Span, ctx: Context) -> bool:
    w = rule.when
    if rule.category != span.category:
        return False
    if w.account is not None and ctx.account not in w.account:
        return False
    if w.author is not None and ctx.author not in w.author:
        return False
    if w.channel is not None and (ctx.channel or "other") not in w.channel:
        return False
    if w.kind is not None and span.kind not in w.kind:
        return False
    if w.not_kind is not None and span.kind in w.not_kind:
        return False
    if w.personal_use is not None and ctx.pack.settings.personal_use.chosen not in w.personal_use:
        return False
    if w.attrs:
        for k, v in w.attrs.items():
            if span.attrs.get(k) != v:
                return False
    return span.score >= rule.min_score


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """One span per (category, kind, place): overlapping spans of the same kind join, keeping the best score."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.category, s.image or "", s.start if s.start is not None else -1,
                                          -(s.end or 0))):
        prev = out[-1] if out else None
        if (prev is not None and prev.category == s.category and prev.kind == s.kind
                and prev.image == s.image and prev.box == s.box):
            if prev.start is None and s.start is None:
                if s.score > prev.score:
                    out[-1] = s
                continue
            if (prev.start is not None and s.start is not None and prev.end is not None
                    and s.start < prev.end):
                if s.end is not None and s.end > prev.end:
                    prev.end = s.end
                if s.score > prev.score:
                    prev.score, prev.detector, prev.attrs = s.score, s.detector, {**s.attrs, **prev.attrs}
                continue
        out.append(s)
    return out


# Someone at home said to have harmed a child: a second event beside an allegation against the school's adults
# ("another of my Y2s came in with bruises again and said dad did it"); not a dad who reports it ("a Year 5 dad has
# been telling people I hit his son").
_HOME_HARMER = re.compile(r"\b(?:dad|daddy|mum|mummy|mam|mom|step-?dad|step-?mum|stepfather|stepmother|(?:mum|mam|mom)'?s "
                          r"(?:new )?(?:boyfriend|partner|fella)|boyfriend|uncle|grandad|grandpa)(?: \w+){0,2}? (?:did (?:it|this|that)|"
                          r"hits?|hitting|beats?|beating|smack\w*|slap\w*|kick\w*|punch\w*|hurts?|hurting|burn\w*|grabbed|"
                          r"strangled|chok\w+)\b", re.I)
_SCHOOL_ADULT = re.compile(r"\b(?:teacher|ta|teaching assistant|dinner lad(?:y|ies)|supervisor|coach|driver|caretaker|staff|"
                           r"head(?:teacher)?|deputy|sir|miss|(?:mr|mrs|ms|dr)\.? \w+)\b", re.I)


def one_harm(spans: list[Span], text: str | None = None) -> list[Span]:
    """An allegation that an adult harmed a child, and the signs of that harm in the same post, are one event.

    "Mrs Taylor grabbed my daughter by the arm and left a bruise" is an allegation against a member of staff
    (it escalates, and goes to the allegations procedure); the escalation detectors' "signs of harm" reading of
    "left a bruise" (`safety_risk`, kind `child_at_risk`) would file the same event a second time, as a child at
    risk. Every writer of our labelled sets reads such a post as an allegation only (corpus/README.md: signs of
    harm are `safety_risk` when no adult in a school role is said to have caused them). So when a post holds an
    `adult_harmed_child` allegation, the escalation detectors' `child_at_risk` spans are dropped; the verdict
    stays `escalate` through the allegation.

    Signs in a sentence of their own that name someone at home as the harmer, and no adult of the school, are another
    child's or another harm's (`text`, when given, is read for that)."""
    if not any(s.category == "allegation" and s.kind == "adult_harmed_child" and s.score >= INFO_THRESHOLD
               for s in spans):
        return spans
    return [s for s in spans if not (s.category == "safety_risk" and s.kind == "child_at_risk"
                                     and s.detector.startswith("escalation.") and not _another_harm(s, text))]


def _another_harm(span: Span, text: str | None) -> bool:
    if text is None or span.start is None:
        return False
    from safepost.detectors.meaning import sentence_at
    a, b = sentence_at(text, span.start)
    sent = text[a:b]
    return _HOME_HARMER.search(sent) is not None and _SCHOOL_ADULT.search(sent) is None


class Checker:
    """Checks posts against one school's pack, details and roster. Build once, call `check` many times."""

    def __init__(self, pack: Pack, school: School | None = None, roster: Roster | None = None,
                 registry: Registry | None = None) -> None:
        self.pack = pack
        self.school = school
        self.roster = roster
        reg = registry if registry is not None else default_registry()
        self.detectors = [d.prepare(pack=pack, school=school, roster=roster) for d in reg]
        self._rules: tuple[Any, dict[str, list[Rule]]] = (None, {})

    def _rules_for(self, category: str) -> list[Rule]:
        """The pack's rules for one category, in the pack's order (indexed once per pack)."""
        src, by_cat = self._rules
        if src is not self.pack.rules:
            by_cat = {}
            for rule in self.pack.rules:
                by_cat.setdefault(rule.category, []).append(rule)
            self._rules = (self.pack.rules, by_cat)
        return by_cat.get(category, [])

    def context(self, post: Post) -> Context:
        return Context(pack=self.pack, account=post.account, author=post.author, channel=post.channel,
                       posted_at=post.posted_at, school=self.school, roster=self.roster, tags=post.tags)

    def spans(self, text: str, ctx: Context) -> list[Span]:
        """Every detector's spans over `text`, merged."""
        found: list[Span] = []
        for d in self.detectors:
            found.extend(d.detect(text, ctx))
        merged = one_harm(merge_spans(found), text)
        for s in merged:  # after merging, so the evidence is exactly text[start:end]
            if s.image is None and s.start is not None and s.end is not None:
                s.evidence = text[s.start:s.end]
            elif s.image is None and s.evidence is None:
                s.evidence = _excerpt(text)  # a finding about the whole post quotes its opening
        return merged

    def finding(self, span: Span, ctx: Context) -> Finding | None:
        """Map one span through the pack: the most severe rule that fits decides."""
        best: Rule | None = None
        for rule in self._rules_for(span.category):  # a rule for another category never fits
            if _rule_fits(rule, span, ctx) and (
                    best is None or SEVERITY_RANK[rule.severity] > SEVERITY_RANK[best.severity]):
                best = rule
        if best is None and span.score < INFO_THRESHOLD:
            return None
        fields: dict[str, Any] = _Blank(evidence=span.evidence or "", kind=span.kind.replace("_", " "),
                                        **{k: v for k, v in span.attrs.items() if isinstance(v, (str, int, float))})
        if best is None:
            return Finding(
                category=span.category, severity="info", rule="none", clause="",
                message=(f"Noted ({span.category.replace('_', ' ')}), but {self.pack.name} has no rule "
                         f"against it for {_WHO.get(ctx.author, 'a')} post on "
                         f"{'an official' if ctx.account == 'official' else 'a personal'} account."),
                start=span.start, end=span.end, evidence=span.evidence, confidence=min(1.0, span.score),
                image=span.image, box=span.box, detector=span.detector, kind=span.kind)
        clause = self.pack.clause(best.clause)
        return Finding(
            category=span.category, severity=best.severity, rule=best.id,
            clause=clause.title if clause else best.clause,
            message=best.message.format_map(fields).strip(),
            start=span.start, end=span.end, evidence=span.evidence, confidence=min(1.0, span.score),
            image=span.image, box=span.box, detector=span.detector, kind=span.kind,
            clause_ref=clause.section if clause else "", fix=best.fix.format_map(fields).strip())

    def check(self, post: Post) -> CheckResult:
        """Check one post; never raises for odd text (empty, huge, control characters)."""
        ctx = self.context(post)
        text = post.text or ""
        spans = self.spans(text, ctx) if text.strip() else []
        notes: list[str] = []
        unchecked: list[str] = []
        if post.images:
            from safepost.images import check_images  # optional part: photos
            img_spans, img_notes, img_unchecked = check_images(post, self, ctx)
            spans.extend(img_spans)
            notes.extend(img_notes)
            unchecked.extend(img_unchecked)
        findings = [f for f in (self.finding(s, ctx) for s in spans) if f is not None]
        findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.start if f.start is not None else -1))
        top = max((SEVERITY_RANK[f.severity] for f in findings), default=0)
        verdict = "allow" if top == 0 else ("info", "warn", "review", "block", "escalate")[top]
        return CheckResult(policy=self.pack.id, verdict=verdict, findings=findings,
                           redacted_text=redact(text, spans), id=post.id, notes=notes,
                           spans=spans, unchecked_images=unchecked)


def check(text: str, policy: str = "newport-cejs", **kw: Any) -> CheckResult:
    """Check one text against a built-in pack: the shortest way in (`safepost.check("...")`)."""
    from safepost.packs import load_pack

    school = kw.pop("school", None)
    roster = kw.pop("roster", None)
    if isinstance(school, str):
        school = School.from_yaml(school)
    if isinstance(roster, str):
        roster = Roster.from_csv(roster)
    return Checker(load_pack(policy), school=school, roster=roster).check(Post(text=text, **kw))
