"""The readable policy, drawn from the pack itself so the document and the checks never disagree."""
from __future__ import annotations

from safepost.packs.schema import Pack

ACTION = {"info": "Allowed, and noted", "warn": "You should avoid this", "review": "Ask for approval first",
          "block": "Not allowed", "escalate": "Report it to the {report_to} straight away"}
DECISION = {"allow": "Allowed", "caution": "Allowed, with care", "seek_approval": "Ask the headteacher first",
            "decline": "Decline", "decline_and_report": "Decline, and report it to the {report_to}"}
ACCOUNT = {"personal": "on your own accounts", "official": "on the school's accounts"}
AUTHOR = {"staff": "by staff", "parent": "by parents", "pupil": "by pupils", "public": "by the public"}


def _when(r) -> str:
    w = r.when
    bits = []
    if w.account:
        bits.append(" or ".join(ACCOUNT.get(a, a) for a in w.account))
    if w.author and w.author != ["staff"]:
        bits.append(" or ".join(AUTHOR.get(a, a) for a in w.author))
    if w.channel:
        bits.append("on " + ", ".join(c.title() if c != "x" else "X" for c in w.channel))
    if w.kind:
        bits.append("(" + ", ".join(k.replace("_", " ") for k in w.kind) + ")")
    return " ".join(bits)


def document_sections(pack: Pack) -> list[dict]:
    """Each section with what it means in practice: the rules and contact rules that rest on it."""
    report_to = pack.settings.report_to
    out = []
    for c in pack.clauses:
        rules = []
        for r in pack.rules:
            if r.clause != c.id:
                continue
            rules.append({"what": r.category.replace("_", " ").capitalize(), "when": _when(r),
                          "action": ACTION[r.severity].format(report_to=report_to), "severity": r.severity,
                          "fix": r.fix})
        contact = [{"text": r.message.replace("{limit_note}", "under the age limit").replace("{limit}", "the limit")
                    .replace("{age}", "their age"),
                    "action": DECISION[r.decision].format(report_to=r.report_to or report_to)}
                   for r in pack.contact if r.clause == c.id]
        out.append({"clause": c, "rules": rules, "contact": contact})
    return out


def document_context(pack: Pack) -> dict:
    """Everything the policy templates show, from the pack."""
    s = pack.settings
    ages = s.contact_ages
    if ages.any_age:
        age_text = "Pupils and former pupils of any age."
    else:
        age_text = f"Young people under {ages.default}"
        if ages.looked_after:
            age_text += f"; under {ages.looked_after} if they are or were looked after"
        if ages.sen:
            age_text += f"; under {ages.sen} if they have special educational needs"
        age_text += "."
    return {"pack": pack, "sections": document_sections(pack), "age_text": age_text,
            "personal_use": s.personal_use.options.get(s.personal_use.chosen or "", "")}
