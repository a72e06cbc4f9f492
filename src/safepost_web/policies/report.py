"""The governors' annual report: counts only (never the content of a post), with charts as data: PNGs."""
from __future__ import annotations

import base64
import datetime as dt
import io
from collections import Counter

from django.apps import apps
from django.utils import timezone

from safepost_web.policies.status import standing

VERDICT_ORDER = ("allow", "warn", "review", "block", "escalate")


def _optional_counts(app_label: str, model_names: tuple[str, ...], fields: tuple[str, ...], school,
                     lo, hi) -> dict | None:
    """Counts by type from an app that may not be installed yet: None means 'not in use'."""
    if not apps.is_installed(f"safepost_web.{app_label}"):
        return None
    for name in model_names:
        try:
            model = apps.get_model(app_label, name)
        except LookupError:
            continue
        fields_by_name = {f.name: f for f in model._meta.get_fields()}
        if "school" not in fields_by_name:
            continue
        qs = model.objects.filter(school=school)
        for when in ("created", "at", "reported_at"):
            if when in fields_by_name:
                qs = qs.filter(**{f"{when}__gte": lo, f"{when}__lt": hi})
                break
        for fld in fields:
            if fld in fields_by_name:
                labels = dict(getattr(fields_by_name[fld], "choices", None) or ())
                return dict(Counter(str(labels.get(v, v)) for v in qs.values_list(fld, flat=True)))
        return {"all": qs.count()}
    return {}


def _comment_counts(school, lo, hi) -> dict | None:
    """Comments on the school's official pages received in the period, by where they ended up
    (None: the school moderates no page with safepost)."""
    from safepost_web.moderation.models import Comment, PageSettings, State

    qs = Comment.objects.filter(school=school, received__gte=lo, received__lt=hi)
    if not PageSettings.objects.filter(school=school).exists() and not qs.exists():
        return None
    labels = dict(State.choices)
    counts = Counter(qs.values_list("state", flat=True))
    return {str(labels.get(k, k)): n for k, n in counts.most_common()}


def report_data(school, start: dt.date, end: dt.date) -> dict:
    """Every figure on the report for the period start..end (inclusive)."""
    st = standing(school)
    lo = timezone.make_aware(dt.datetime.combine(start, dt.time.min))
    hi = timezone.make_aware(dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min))
    people = len(st.people)
    signed = sum(1 for p in st.people if p.signed)
    trained = people - len(st.training_due)
    checks = {"verdicts": {}, "categories": {}, "total": 0}
    if apps.is_installed("safepost_web.checks"):
        from safepost_web.checks.models import SavedCheck

        rows = list(SavedCheck.objects.filter(school=school, created__gte=lo, created__lt=hi)
                    .values_list("verdict", "result"))
        checks["total"] = len(rows)
        counts = Counter(v for v, _ in rows)
        checks["verdicts"] = {k: counts[k] for k in (*VERDICT_ORDER, *sorted(set(counts) - set(VERDICT_ORDER)))
                              if counts[k]}
        cats: Counter = Counter()
        for _, res in rows:
            # A category counts once per check, however many times it was found in it.
            cats.update({str(f.get("category", "?")).replace("_", " ") for f in (res or {}).get("findings", [])})
        checks["categories"] = dict(cats.most_common())
    posts = None
    if apps.is_installed("safepost_web.posts"):
        from safepost_web.posts.models import Transition

        t = Transition.objects.filter(post__school=school, at__gte=lo, at__lt=hi)
        posts = {"approved": t.filter(to_status="approved").count(),
                 "rejected": t.filter(to_status="rejected").count(),
                 "changes_requested": t.filter(to_status="changes_requested").count()}
    return {
        "start": start, "end": end, "people": people, "signed": signed, "trained": trained,
        "signed_pct": round(100 * signed / people) if people else 0,
        "trained_pct": round(100 * trained / people) if people else 0,
        "version": st.version, "review": st.review, "checks": checks, "posts": posts,
        "comments": _comment_counts(school, lo, hi),
        "incidents": _optional_counts("incidents", ("Incident", "Report"), ("kind", "type", "category"),
                                     school, lo, hi),
    }


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def charts(data: dict) -> dict[str, str]:
    """Bar charts as data: URIs; every bar is labelled with its number so no meaning rests on colour."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    fig, ax = plt.subplots(figsize=(6, 1.9))
    labels = ["Signed the current version", "Training up to date"]
    done = [data["signed"], data["trained"]]
    todo = [data["people"] - d for d in done]
    ax.barh(labels, done, color="#1d6b3a", label="done")
    ax.barh(labels, todo, left=done, color="#d9d9d9", hatch="//", label="not yet")
    for i, d in enumerate(done):
        ax.text(data["people"] + 0.2, i, f"{d} of {data['people']}", va="center")
    ax.set_xlim(0, max(data["people"], 1) * 1.3)
    ax.legend(loc="upper center", bbox_to_anchor=(0.45, -0.35), ncol=2, fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel("people")
    out["coverage"] = _png(fig)
    v = data["checks"]["verdicts"]
    if data["checks"]["total"]:
        names = [k for k in VERDICT_ORDER if k in v] + [k for k in v if k not in VERDICT_ORDER]
        fig, ax = plt.subplots(figsize=(6, 2.2))
        bars = ax.bar(names, [v[k] for k in names], color="#2b4c7e")
        ax.bar_label(bars)
        ax.set_ylabel("posts checked")
        ax.spines[["top", "right"]].set_visible(False)
        out["verdicts"] = _png(fig)
        cats = list(data["checks"]["categories"].items())[:10]
        if cats:
            fig, ax = plt.subplots(figsize=(6, 0.35 * len(cats) + 0.8))
            bars = ax.barh([c for c, _ in cats][::-1], [n for _, n in cats][::-1], color="#7e2b4c")
            ax.bar_label(bars)
            ax.set_xlabel("checks where this was found")
            ax.spines[["top", "right"]].set_visible(False)
            out["categories"] = _png(fig)
    return out
