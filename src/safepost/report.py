"""Plain-English text reports for people (the CLI's default output)."""
from __future__ import annotations

import textwrap

from safepost.packs.schema import Pack
from safepost.types import CheckResult, ContactResult, Finding

VERDICT_ADVICE = {
    "allow": "Nothing in this post goes against the policy.",
    "warn": "You can post this, but the policy advises care: read the notes below.",
    "review": "Ask an authorised person (your headteacher or the page's moderator) before posting this.",
    "block": "Do not post this as it is: it goes against the policy. The safer version below may help.",
    "escalate": "Do not post this. Tell the designated safeguarding lead today.",
}
DECISION_WORDS = {
    "allow": "Yes, this is fine under the policy.",
    "caution": "Allowed, but the policy advises care.",
    "seek_approval": "Ask the headteacher (or deputy) before you accept.",
    "decline": "No: decline it.",
    "decline_and_report": "No: decline it, and report it to the designated safeguarding lead.",
}
_W = 88


def _label(category: str) -> str:
    return category.replace("_", " ").capitalize()


def _highlight(text: str, f: Finding, width: int = 70) -> str:
    """The finding's words marked with » « inside a short excerpt of the post."""
    if f.start is None or f.end is None or f.image is not None:
        return ""
    a, b = max(0, f.start - width // 2), min(len(text), f.end + width // 2)
    excerpt = ("…" if a else "") + text[a:f.start] + "»" + text[f.start:f.end] + "«" + text[f.end:b] + (
        "…" if b < len(text) else "")
    return " ".join(excerpt.split())


def format_check(result: CheckResult, text: str, pack: Pack, account: str, author: str) -> str:
    """A readable report of one check: verdict, each finding with its clause and evidence, the fix."""
    lines = [f"safepost: {pack.name} ({pack.id}), {account} account, written by {author}",
             f"Verdict: {result.verdict.upper()}. {VERDICT_ADVICE[result.verdict]}"]
    if result.unchecked_images:
        lines.append("Careful: some photos could not be checked (see the notes below); "
                     "the verdict covers only what was checked.")
    shown = [f for f in result.findings if f.severity != "info"]
    noted = [f for f in result.findings if f.severity == "info"]
    for i, f in enumerate(shown, 1):
        where = f" in {f.image}" + (f" at {f.box}" if f.box else "") if f.image else ""
        lines.append("")
        lines.append(f"{i}. {f.severity.upper()}: {_label(f.category)}{where}")
        hl = _highlight(text, f)
        if hl:
            lines.append(f"   Evidence: {hl}")
        elif f.evidence:
            lines.append(f"   Evidence: »{f.evidence}«")
        lines += textwrap.wrap(f.message, _W, initial_indent="   ", subsequent_indent="   ")
        ref = f" ({f.clause_ref})" if f.clause_ref and f.clause_ref.lower() not in f.clause.lower() else ""
        lines += textwrap.wrap(f"Policy: {f.clause}{ref}", _W, initial_indent="   ", subsequent_indent="   ")
        if f.fix:
            lines += textwrap.wrap(f"What to do: {f.fix}", _W, initial_indent="   ", subsequent_indent="   ")
    seen_in_photos = [f for f in noted if f.image is not None]
    noted = [f for f in noted if f.image is None]
    if seen_in_photos:
        lines.append("")
        lines.append("Also found in the photos (nothing against the policy):")
        for f in seen_in_photos:
            where = f" at {f.box}" if f.box else ""
            lines += textwrap.wrap(f"- {f.image}{where}: »{f.evidence or ''}« {f.message}", _W,
                                   initial_indent="   ", subsequent_indent="     ")
    if noted:
        lines.append("")
        lines.append("Also noticed (no rule against it in this policy for this kind of post): "
                     + ", ".join(sorted({_label(f.category).lower() for f in noted})) + ".")
    if result.redacted_text is not None and result.redacted_text != text:
        lines.append("")
        lines.append("Safer version of the text:")
        lines += textwrap.wrap(result.redacted_text, _W, initial_indent="   ", subsequent_indent="   ")
    for note in result.notes:
        lines.append(f"Note: {note}")
    if result.verdict != "allow" and pack.settings.questions:
        lines.append("")
        lines.append("Before posting, ask yourself:")
        lines += [f"   - {q}" for q in pack.settings.questions]
    return "\n".join(lines)


def format_contact(result: ContactResult, pack: Pack) -> str:
    """A readable contact decision: the answer, why, and the clause."""
    lines = [f"safepost: {pack.name} ({pack.id})",
             f"Decision: {result.decision.upper().replace('_', ' ')}. {DECISION_WORDS[result.decision]}"]
    lines += textwrap.wrap(result.message, _W, initial_indent="   ", subsequent_indent="   ")
    lines.append(f"   Policy: {result.clause} (rule {result.rule})")
    if result.report_to:
        lines.append(f"   Report it to: {result.report_to}.")
    return "\n".join(lines)


def format_pack(pack: Pack) -> str:
    """The pack as readable clauses, each with the rules that rest on it."""
    s = pack.settings
    lines = [f"{pack.name} ({pack.id})"]
    if pack.source:
        lines.append(f"Written from: {pack.source}")
    if pack.review.next_review or pack.review.frequency:
        lines.append(f"Review: {pack.review.frequency}"
                     + (f", next due {pack.review.next_review}" if pack.review.next_review else ""))
    ages = s.contact_ages
    lines.append("Contact age limits: pupils and former pupils of any age" if ages.any_age else
                 f"Contact age limits: under {ages.default}"
                 + (f", looked-after children under {ages.looked_after}" if ages.looked_after else "")
                 + (f", young people with SEN under {ages.sen}" if ages.sen else ""))
    if s.approved_parent_channels:
        lines.append("Approved channels for parents: " + ", ".join(s.approved_parent_channels))
    if s.personal_use.options:
        lines.append("Personal use at work (the school chooses one):")
        for k, v in s.personal_use.options.items():
            mark = "*" if k == s.personal_use.chosen else " "
            lines.append(f"  {mark} {k}: {v}")
    for c in pack.clauses:
        lines.append("")
        lines.append(f"§ {c.title}" + (f"  [{c.section}]" if c.section else ""))
        lines += textwrap.wrap(c.summary, _W, initial_indent="  ", subsequent_indent="  ")
        for r in (r for r in pack.rules if r.clause == c.id):
            ctx = []
            if r.when.account:
                ctx.append("/".join(r.when.account) + " account")
            if r.when.author:
                ctx.append("by " + "/".join(r.when.author))
            if r.when.kind:
                ctx.append("kind " + "/".join(r.when.kind))
            lines.append(f"  - {r.severity.upper():8} {_label(r.category)}"
                         + (f" ({', '.join(ctx)})" if ctx else "") + f"  [{r.id}]")
        for r in (r for r in pack.contact if r.clause == c.id):
            lines.append(f"  - contact: {r.decision.replace('_', ' ')}  [{r.id}]")
    return "\n".join(lines)
