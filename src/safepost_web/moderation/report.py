"""The moderation report: comments received, removed, by category and time to action, per month."""
from __future__ import annotations

import base64
import io
from collections import Counter, defaultdict

from safepost_web.core.spreadsheet import write_csv
from safepost_web.moderation.models import Comment


def monthly(school) -> list[dict]:
    """One row per month: received, removed, escalated, hours to action (median), categories."""
    rows: dict[str, dict] = defaultdict(lambda: {"received": 0, "removed": 0, "escalated": 0, "waits": [],
                                                 "categories": Counter()})
    for c in Comment.objects.filter(school=school).only("received", "removed_at", "state", "actioned_at",
                                                         "findings", "incident_report"):
        r = rows[c.received.strftime("%Y-%m")]
        r["received"] += 1
        r["removed"] += c.removed_at is not None
        r["escalated"] += c.incident_report_id is not None
        if c.actioned_at:
            r["waits"].append((c.actioned_at - c.received).total_seconds() / 3600)
        r["categories"].update({f.get("category", "") for f in c.findings if f.get("category")})
    out = []
    for month in sorted(rows):
        r = rows[month]
        waits = sorted(r["waits"])
        median = waits[len(waits) // 2] if waits else None
        out.append({"month": month, "received": r["received"], "removed": r["removed"], "escalated": r["escalated"],
                    "median_hours": None if median is None else round(median, 1),
                    "categories": dict(r["categories"].most_common())})
    return out


def chart_png(rows: list[dict]) -> str:
    """A bar chart of received and removed per month, as a data: URI (matplotlib, no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3), dpi=100)
    months = [r["month"] for r in rows]
    x = range(len(months))
    ax.bar([i - 0.2 for i in x], [r["received"] for r in rows], width=0.4, label="Received", color="#4a6fa5")
    ax.bar([i + 0.2 for i in x], [r["removed"] for r in rows], width=0.4, label="Removed (hidden or deleted)",
           color="#c0504d", hatch="//")  # hatching: the two bars differ by more than colour
    ax.set_xticks(list(x), months)
    ax.set_ylabel("Comments")
    ax.legend()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def to_csv(rows: list[dict]) -> str:
    """The report as CSV (one row per month and category)."""
    buf = io.StringIO()
    write_csv(buf, ["month", "received", "removed", "escalated", "median_hours_to_action", "category", "comments"],
              _csv_rows(rows))
    return buf.getvalue()


def _csv_rows(rows: list[dict]):
    for r in rows:
        cats = r["categories"] or {"": 0}
        for cat, n in cats.items():
            yield [r["month"], r["received"], r["removed"], r["escalated"],
                   "" if r["median_hours"] is None else r["median_hours"], cat, n if cat else ""]
