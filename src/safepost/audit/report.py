"""The audit's reports for a person: a terminal summary (with a progress bar), a self-contained HTML page.

The HTML opens offline: inline CSS, no scripts, no external resources, every piece of the
person's text HTML-escaped. The JSONL is written while checking (see runner.py).
"""
from __future__ import annotations

import html
import time
from collections import Counter
from datetime import datetime, timezone
from typing import IO, Iterable

from safepost.audit.readers import PLATFORM_LABELS
from safepost.audit.runner import AuditResult, Entry, local_date
from safepost.types import SEVERITY_RANK, Finding

SHOWN = ("escalate", "block", "review", "warn")
HEADINGS = {
    "escalate": "Act today: tell your designated safeguarding lead",
    "block": "Against the policy: delete or change these",
    "review": "Ask before keeping: delete, limit, or check with your headteacher",
    "warn": "Worth a look: the policy advises care",
}
FIRST_STEP = {
    "escalate": "Delete it now, and tell your designated safeguarding lead today (they may ask for a screenshot "
                "with the date first).",
    "block": "Delete it, or edit out the highlighted part.",
    "review": "Delete it or limit who can see it; if you are unsure, ask your headteacher or deputy.",
    "warn": "Consider limiting who can see it, or deleting it.",
}
KIND_WORDS = {
    "post": "post", "comment": "comment", "caption": "photo caption", "photo": "photo", "video": "video",
    "album": "album description", "group_post": "post in a group", "story": "story", "reel": "reel",
    "archived_post": "archived post", "profile_photo": "profile photo", "retweet": "repost (retweet)",
    "reply": "reply", "share": "post",
}
WHERE = {
    "facebook": {
        "post": "Facebook: your profile, Posts (or Menu › Settings & privacy › Activity log › Your posts)",
        "group_post": "Facebook: Activity log › Groups, events and reels › Group posts",
        "comment": "Facebook: Activity log › Comments",
        "caption": "Facebook: your profile › Photos › Your photos",
        "photo": "Facebook: your profile › Photos › Your photos (or Albums)",
        "album": "Facebook: your profile › Photos › Albums",
        "video": "Facebook: your profile › Videos",
    },
    "instagram": {
        "post": "Instagram: your profile grid",
        "archived_post": "Instagram: Profile › menu › Archive › Posts archive",
        "reel": "Instagram: your profile › Reels",
        "story": "Instagram: Profile › menu › Archive › Stories archive (and any Highlights on your profile)",
        "profile_photo": "Instagram: your profile picture",
        "comment": "Instagram: Profile › menu › Your activity › Comments",
    },
    "x": {"_": "X: your profile (Posts, or Replies); the link opens it"},
    "linkedin": {"post": "LinkedIn: Me › Posts & Activity › Posts",
                 "comment": "LinkedIn: Me › Posts & Activity › Comments"},
}
HOW = {
    "facebook": ("Delete: ··· on the post › Move to bin (or Delete). Who can see it: ··· › Edit audience › "
                 "Friends or Only me. All old posts at once: Settings & privacy › Settings › Posts › "
                 "Limit who can see past posts. Tags: ··· › Remove tag."),
    "instagram": ("Delete: ··· on the post › Delete, or Archive to hide it from your profile. "
                  "Who can see it: Settings › Account privacy › Private account. Tags: tap the photo › your tag › Remove me."),
    "x": ("Delete: ··· on the post › Delete; a repost: tap Repost › Undo repost. Who can see it: every post is "
          "public unless Settings › Privacy and safety › Audience and tagging › Protect your posts is on."),
    "linkedin": ("Delete: ··· on the post or comment › Delete. Who can see it: ··· › Edit post › "
                 "Anyone or Connections only."),
}
VISIBILITY_WORDS = {
    "public": "public (anyone, including people searching on Google)",
    "friends": "friends only", "friends_of_friends": "friends of friends (possibly thousands of people)",
    "only_me": "only you", "connections": "your LinkedIn connections", "group": "members of a group",
}
VISIBILITY_NOTE = [
    ("Facebook", "Each post has an audience. <b>Public</b>: anyone can see it, including people who find it by a "
                 "search engine. <b>Friends</b>: only the people on your Friends list. <b>Friends of friends</b>: "
                 "all of your friends' friends too, which can be many hundreds or thousands of people. The "
                 "download does not record each post's audience: open the post to see the small icon by its date. "
                 "One setting makes every old Public or Friends-of-friends post Friends-only: Settings › Posts › "
                 "Limit who can see past posts."),
    ("Instagram", "A public account's posts can be seen by anyone; a private account's by approved followers only. "
                  "Stories disappear after 24 hours but stay in your Archive and in any Highlights."),
    ("X (Twitter)", "Every post is visible to the whole world unless your posts are protected. Reposts "
                    "(retweets) show the original on your profile too."),
    ("LinkedIn", "Posts are usually visible to anyone (or to everyone signed in to LinkedIn); you can choose "
                 "Connections only for a post. Comments are visible to anyone who can see the post."),
    ("Anywhere", "Even with the tightest settings, others can screenshot, share or archive what you post: deleting "
                 "it from the site does not remove copies. If you are unsure who can see something, assume "
                 "everyone can."),
]

VISIBILITY_TIP = {
    "facebook": "Facebook posts are Public (anyone), Friends, or Friends of friends (possibly thousands); "
                "Settings › Posts › Limit who can see past posts makes every old post Friends-only.",
    "instagram": "Instagram posts on a public account can be seen by anyone; a private account limits them "
                 "to followers you approve.",
    "x": "Every post on X is public, to the whole world, unless your posts are protected.",
    "linkedin": "LinkedIn posts are usually visible to anyone; each one can be set to Connections only.",
}

CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.7rem;margin:.2rem 0}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
.private{background:#eef6ee;border-left:4px solid #2e7d32;padding:.6rem 1rem;margin:1rem 0}
.notes{background:#fff8e1;border-left:4px solid #f9a825;padding:.6rem 1rem}
table{border-collapse:collapse;background:#fff;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}
.card{background:#fff;border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.8rem 1rem;margin:1rem 0}
.card.escalate{border-left-color:#7b1fa2}.card.block{border-left-color:#c62828}.card.review{border-left-color:#ef6c00}.card.warn{border-left-color:#f9a825}
.meta{color:#555;font-size:.9rem}.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fafafa;padding:.5rem;border-radius:3px}
mark{background:#ffe082;padding:0 .1em}mark.block,mark.escalate{background:#ffcdd2}mark.review{background:#ffe0b2}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:0 .4rem;border-radius:3px;color:#fff;background:#777}
.badge.escalate{background:#7b1fa2}.badge.block{background:#c62828}.badge.review{background:#ef6c00}.badge.warn{background:#9e7c00}
ul.findings{margin:.4rem 0;padding-left:1.2rem}.todo{margin:.4rem 0}.how{color:#444;font-size:.9rem}
.path{font-family:ui-monospace,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere}
@media print{.card{break-inside:avoid}}
"""


def _e(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


def label(category: str) -> str:
    """A category as words ("pupil_identified" -> "Pupil identified")."""
    return category.replace("_", " ").capitalize()


def where(platform: str, kind: str) -> str:
    """Where the platform keeps this kind of item, in words."""
    w = WHERE.get(platform, {})
    return w.get(kind) or w.get("_") or w.get("post") or PLATFORM_LABELS.get(platform, platform)


def actions(entry: Entry) -> list[str]:
    """What to do about one item, most important first, in plain words."""
    res, item = entry.result, entry.item
    shown = [f for f in res.findings if f.severity != "info"]
    cats = {f.category for f in shown}
    if cats == {"timing"}:
        out = ["The words are not the problem: it was posted during school time, when the policy asks you not to "
               "use social media. Nothing needs deleting for that reason; keep posting for breaks and after school."]
    elif res.verdict in ("block", "review") and not any(f.start is not None for f in shown):
        out = [FIRST_STEP[res.verdict].replace(", or edit out the highlighted part", "")]
    else:
        out = [FIRST_STEP.get(res.verdict, FIRST_STEP["warn"])]
    tagged = {t.lower() for t in item.extra.get("tagged", ())}
    if "pupil_identified" in cats and any((f.evidence or "").lower() in tagged for f in shown):
        out.append("A pupil is tagged in it: remove the tag (edit the post, or ··· › Remove tag), or delete it.")
    elif item.media and cats & {"image_consent", "pupil_identified"}:
        out.append("If a pupil is in the photo or tagged: untag them and remove the photo.")
    if "location_metadata" in cats:
        out.append("Remove the location or check-in from it (edit the post), or delete it.")
    if item.kind == "retweet":
        out.append("This is a repost of someone else's post: undo the repost.")
    for f in res.findings:
        if f.fix and f.severity != "info" and f.fix not in out:
            out.append(f.fix)
    return out


def _ranges(text: str, findings: Iterable[Finding]) -> list[tuple[int, int, str, list[str]]]:
    """Merged (start, end, worst severity, categories) ranges of the text findings."""
    spans = sorted((f.start, f.end, f.severity, f.category) for f in findings
                   if f.start is not None and f.end is not None and f.image is None and f.severity != "info"
                   and 0 <= f.start < f.end <= len(text))
    out: list[tuple[int, int, str, list[str]]] = []
    for s, e, sev, cat in spans:
        if out and s < out[-1][1]:
            ps, pe, psev, pcats = out[-1]
            worst = sev if SEVERITY_RANK[sev] > SEVERITY_RANK[psev] else psev
            out[-1] = (ps, max(pe, e), worst, pcats + ([cat] if cat not in pcats else []))
        else:
            out.append((s, e, sev, [cat]))
    return out


def marked_html(text: str, findings: Iterable[Finding]) -> str:
    """The text, HTML-escaped, with each finding's words in <mark>."""
    out, pos = [], 0
    for s, e, sev, cats in _ranges(text, findings):
        out.append(_e(text[pos:s]))
        out.append(f'<mark class="{_e(sev)}" title="{_e(", ".join(label(c) for c in cats))}">{_e(text[s:e])}</mark>')
        pos = e
    out.append(_e(text[pos:]))
    return "".join(out)


def marked_plain(text: str, findings: Iterable[Finding], width: int = 160) -> str:
    """A one-line excerpt with the findings' words between » and «."""
    rs = _ranges(text, findings)
    if rs:
        a = max(0, rs[0][0] - 50)
        pieces, pos = [], a
        for s, e, _sev, _c in rs:
            pieces.append(text[pos:s] + "»" + text[s:e] + "«")
            pos = e
        pieces.append(text[pos:])
        t = ("…" if a else "") + "".join(pieces)
    else:
        t = text
    t = " ".join(t.split())
    return t if len(t) <= width else t[: width - 1] + "…"


def _date(d: datetime | None) -> str:
    ld = local_date(d)
    return ld.strftime("%d %b %Y, %H:%M") if ld else "date unknown"


def _years(res: AuditResult) -> tuple[list[str], list[str]]:
    years = sorted({y for y, _ in res.by_year_category}, reverse=True)
    cats = sorted({c for _, c in res.by_year_category}, key=lambda c: -sum(
        n for (y, cc), n in res.by_year_category.items() if cc == c))
    return years, cats


# ---------------------------------------------------------------- terminal

def format_summary(res: AuditResult, detail: bool = True, limit: int = 25) -> str:
    """A plain-text summary for the terminal; with `detail`, the most serious items too."""
    lines = [f"Review of your {', '.join(PLATFORM_LABELS.get(p, p) for p in res.platforms)} archive "
             f"against {res.policy_name} ({res.policy})"]
    span = ""
    if res.first and res.last:
        span = f", {local_date(res.first):%b %Y} to {local_date(res.last):%b %Y}"
    nothing = "no words" + (", and photos not checked" if res.photos_status else " and no photo")
    lines.append(f"  {res.items} items read{span}; {res.checked} checked"
                 + (f", {res.empty} with nothing to check ({nothing})" if res.empty else ""))
    counts = ", ".join(f"{res.verdicts[v]} {v}" for v in SHOWN if res.verdicts[v])
    lines.append(f"  Worth reviewing: {res.to_review}" + (f" ({counts})" if counts else " — nothing found"))
    years, cats = _years(res)
    if years:
        lines.append("  By year (items with a finding of each kind):")
        for y in years:
            row = ", ".join(f"{label(c).lower()} {res.by_year_category[(y, c)]}" for c in cats
                            if res.by_year_category[(y, c)])
            lines.append(f"    {y}: {row}")
    lines.append(f"  Photos: {photo_line(res)}")
    for n in res.notes:
        lines.append(f"  Note: {n}")
    for plat in res.platforms:
        if plat in VISIBILITY_TIP:
            lines.append(f"  Who can see them: {VISIBILITY_TIP[plat]}")
    if detail and res.entries:
        lines.append("")
        shown = res.sorted_entries()[:limit]
        for e in shown:
            it = e.item
            lines.append(f"[{e.result.verdict.upper()}] {_date(it.date)} · "
                         f"{PLATFORM_LABELS.get(it.platform, it.platform)} {KIND_WORDS.get(it.kind, it.kind)}")
            lines.append(f"    {marked_plain(it.text, e.result.findings) or '(no text: a photo)'}")
            for f in e.result.findings:
                if f.severity != "info":
                    lines.append(f"    - {label(f.category)} ({f.severity}{', ' + f.clause if f.clause else ''}): "
                                 f"{f.message}")
            lines.append(f"    What to do: {actions(e)[0]}")
            lines.append(f"    Where: {it.url or where(it.platform, it.kind)}")
        more = len(res.entries) - len(shown) + res.not_listed
        if more > 0:
            lines.append(f"... and {more} more: add --html report.html for the full list.")
    lines.append("Nothing was sent anywhere: this review ran on this computer only.")
    return "\n".join(lines)


def photo_line(res: AuditResult) -> str:
    """What happened to the photos, in one line."""
    if res.photos_status:
        return f"not checked: {res.photos_status}."
    s = f"{res.photos_checked} checked"
    if res.photos_unreadable:
        s += f"; {res.photos_unreadable} could not be read (look at them yourself)"
    if res.photos_missing:
        s += (f"; {res.photos_missing} not in this download (a download in several parts? "
              f"run the audit on each part)")
    return s + "."


class Progress:
    """A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise."""

    LARGE = 5 << 20  # bytes of posts to read: about 10,000 posts, or half a minute of checking

    def __init__(self, err: IO[str], force: bool = False) -> None:
        self.err = err
        try:
            self.tty = bool(err.isatty())
        except (AttributeError, ValueError):
            self.tty = False
        self.force = force
        self.items = 0
        self.started = time.monotonic()
        self._last_step = -1
        self._last_draw = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        self.items += 1
        if total <= 0 or not (self.tty or self.force or total >= self.LARGE):
            return
        frac = min(1.0, done / total)
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw < 0.1 and frac < 1.0:
                return
            self._last_draw = now
            bar = "#" * int(frac * 30)
            self.err.write(f"\rChecking [{bar:<30}] {frac:4.0%}  {self.items:,} items")
            self.err.flush()
            self.shown = True
        else:
            step = int(frac * 10)
            if step > self._last_step:
                self._last_step = step
                self.err.write(f"Checking: {frac:.0%} ({self.items:,} items)\n")
                self.err.flush()

    def finish(self) -> None:
        if self.tty and self.shown:
            self.err.write("\n")
            self.err.flush()


# ---------------------------------------------------------------- HTML

LOCAL_PRIVACY = ('<div class="private"><b>Private to you.</b> This review ran on your own computer: nothing was uploaded '
                 "or sent anywhere, and nothing was kept apart from this page. It quotes your posts, so keep it somewhere "
                 "private and delete it when you have finished.</div>")


def render_html(res: AuditResult, generated: datetime | None = None, privacy: str | None = None) -> str:
    """The whole report as one self-contained HTML page (no scripts, no external resources)."""
    generated = generated or datetime.now(timezone.utc)
    plats = ", ".join(PLATFORM_LABELS.get(p, p) for p in res.platforms)
    p: list[str] = [
        "<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No network at all, even if someone pastes a link into a post.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="referrer" content="no-referrer">',
        f"<title>Your social media review – {_e(plats)}</title>", f"<style>{CSS}</style></head><body><main>",
        f"<h1>Your social media review</h1>",
        f'<p class="meta">{_e(plats)} archive · checked against {_e(res.policy_name)} ({_e(res.policy)}) · '
        f"made {_e(local_date(generated).strftime('%d %b %Y %H:%M'))}</p>",
        privacy or LOCAL_PRIVACY,
    ]
    p += _summary_html(res)
    entries = res.sorted_entries()
    by_sev: dict[str, list[Entry]] = {s: [] for s in SHOWN}
    for e in entries:
        by_sev.setdefault(e.result.verdict, []).append(e)
    for sev in SHOWN:
        if not by_sev[sev]:
            continue
        p.append(f'<h2 id="{sev}">{_e(HEADINGS[sev])} ({len(by_sev[sev])})</h2>')
        for e in by_sev[sev]:
            p.append(_card_html(e))
    if res.not_listed:
        p.append(f"<p>{res.not_listed} more items are not listed here (the page would be too long to use); "
                 f"run with --jsonl to get every result.</p>")
    if not entries:
        p.append("<h2>Nothing to review</h2><p>No post, comment or caption in this archive goes against the "
                 "policy's rules. It is still worth checking who can see your older posts (below).</p>")
    if entries:
        p.append('<h2 id="how">How to delete, limit or untag</h2><dl>')
        for plat in sorted({e.item.platform for e in entries}):
            p.append(f'<dt id="how-{_e(plat)}"><b>{_e(PLATFORM_LABELS.get(plat, plat))}</b></dt>'
                     f"<dd>{_e(HOW.get(plat, ''))}</dd>")
        p.append("</dl>")
    p.append('<h2 id="visibility">Who can see your posts</h2><dl>')
    for name, text in VISIBILITY_NOTE:
        p.append(f"<dt><b>{_e(name)}</b></dt><dd>{text}</dd>")  # fixed text of ours, written as HTML
    p.append("</dl><p>School policies ask adults to review their social networking sites when they join a "
             "school and when they leave it, so that what is public about them is accurate and appropriate. "
             "Run this review again then.</p>")
    p.append("</main></body></html>")
    return "\n".join(p)


def _summary_html(res: AuditResult) -> list[str]:
    p = ['<h2 id="summary">Summary</h2><table><tr><th>What</th><th>How many</th></tr>']
    rows = [("Items read", res.items), ("Checked", res.checked)]
    rows += [(f"{PLATFORM_LABELS.get(k, k)}", v) for k, v in sorted(res.by_platform.items())]
    rows += [(HEADINGS[v].split(":")[0], res.verdicts[v]) for v in SHOWN]
    if res.empty:
        rows.append(("Nothing to check (no words" + (", photos not checked)" if res.photos_status else
                                                      ", no photo)"), res.empty))
    p += [f"<tr><td>{_e(a)}</td><td>{b}</td></tr>" for a, b in rows]
    p.append("</table>")
    if res.first and res.last:
        p.append(f"<p>Your items date from {_e(_date(res.first))} to {_e(_date(res.last))}.</p>")
    years, cats = _years(res)
    if years:
        p.append("<h3>Items worth reviewing, by year and kind</h3><table><tr><th>Year</th>"
                 + "".join(f"<th>{_e(label(c))}</th>" for c in cats) + "</tr>")
        for y in years:
            p.append(f"<tr><td>{_e(y)}</td>" + "".join(
                f"<td>{res.by_year_category[(y, c)] or ''}</td>" for c in cats) + "</tr>")
        p.append("</table>")
    notes = [f"Photos: {photo_line(res)}", *res.notes]
    p.append('<div class="notes">' + "<br>".join(_e(n) for n in notes) + "</div>")
    return p


def _card_html(e: Entry) -> str:
    it, res = e.item, e.result
    vis = f" · seen by: {_e(VISIBILITY_WORDS.get(it.visibility, it.visibility))}" if it.visibility else ""
    extra = ""
    if it.extra.get("reply_to"):
        extra = f" · reply to @{_e(it.extra['reply_to'])}"
    elif it.extra.get("on"):
        extra = f" · on {_e(it.extra['on'])}'s post"
    head = (f'<div class="meta"><span class="badge {_e(res.verdict)}">{_e(res.verdict)}</span> '
            f"<b>{_e(_date(it.date))}</b> · {_e(PLATFORM_LABELS.get(it.platform, it.platform))} "
            f"{_e(KIND_WORDS.get(it.kind, it.kind))}{extra}{vis}</div>")
    text = marked_html(it.text, res.findings) if it.text.strip() else "<i>(no text)</i>"
    items = []
    for f in res.findings:
        if f.severity == "info":
            continue
        where_img = f" (in the photo {_e(f.image)})" if f.image else ""
        clause = f" — <i>{_e(f.clause)}</i>" + (f" ({_e(f.clause_ref)})" if f.clause_ref else "") if f.clause else ""
        items.append(f'<li><span class="badge {_e(f.severity)}">{_e(f.severity)}</span> '
                     f"<b>{_e(label(f.category))}</b>{where_img}: {_e(f.message)}{clause}</li>")
    todo = "".join(f"<li>{_e(a)}</li>" for a in actions(e))
    link = f'<br>Link: <span class="path">{_e(it.url)}</span>' if it.url else ""
    media = (f'<br>Photos/videos: <span class="path">{_e(", ".join(it.media[:5]))}</span>' if it.media else "")
    return (f'<div class="card {_e(res.verdict)}">{head}<div class="text">{text}</div>'
            f'<ul class="findings">{"".join(items)}</ul>'
            f'<div class="todo"><b>What to do</b><ul>{todo}</ul></div>'
            f'<div class="how">Where: {_e(where(it.platform, it.kind))}. '
            f'<a href="#how-{_e(it.platform)}">How to delete it, limit it or untag</a>.'
            f'{link}<br>In your download: <span class="path">{_e(it.path)}</span>{media}</div></div>')


def count_by(entries: Iterable[Entry]) -> Counter:
    """Items per verdict (for tests and the web view)."""
    return Counter(e.result.verdict for e in entries)


def write_text(path: str, text: str) -> None:
    """Write a report file as UTF-8."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

