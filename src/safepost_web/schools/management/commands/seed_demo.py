"""Create the demo school (Brookfield Primary) with one user per role, and a second school to show tenancy."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

import safepost
from safepost.types import SafepostError

from safepost_web.schools.library import PackError, pack_from_yaml
from safepost_web.schools.models import Membership, OfficialAccount, ParentChannel, Role, School
from safepost_web.schools.roster import apply_import, plan_import

EXAMPLES = settings.REPO_DIR / "examples"
DEMO_PASSWORD = "brookfield-demo-2026"
PEOPLE = [  # username, first, last, role
    ("alice", "Alice", "Ahmed", Role.HEADTEACHER),
    ("bob", "Bob", "Baker", Role.STAFF),
    ("carol", "Carol", "Clarke", Role.MODERATOR),
    ("dave", "Dave", "Davies", Role.POSTER),
    ("erin", "Erin", "Evans", Role.DSL),
    ("frank", "Frank", "Foster", Role.GOVERNOR),
    ("grace", "Grace", "Green", Role.ADMIN),
]


class Command(BaseCommand):
    help = "Create the demo school from examples/school.yaml and examples/pupils.csv, with one user per role."

    def add_arguments(self, parser):
        parser.add_argument("--password", default=DEMO_PASSWORD, help="password for every demo user")
        parser.add_argument("--examples", default=str(EXAMPLES), help="folder with school.yaml and pupils.csv")

    @transaction.atomic
    def handle(self, *args, password: str, examples: str, **opts):
        folder = Path(examples)
        try:
            details = safepost.School.from_yaml(folder / "school.yaml")
        except SafepostError as e:
            raise CommandError(str(e)) from None
        school = self._school(details, folder)
        users = {u: self._user(u, first, last, password) for u, first, last, _ in PEOPLE}
        for (u, _, _, role) in PEOPLE:
            Membership.objects.update_or_create(user=users[u], school=school, defaults={"role": role})
        raw = (folder / "pupils.csv").read_bytes()
        plan = plan_import(school, raw, "pupils.csv")
        if not plan.ok:
            raise CommandError("examples/pupils.csv has problems: " + (plan.error or "; ".join(plan.problems[:3])))
        apply_import(school, plan, users["grace"], "pupils.csv")
        other, _ = School.objects.get_or_create(slug="riverside", defaults={"name": "Riverside Academy",
                                                                           "pack_id": "newport-cejs"})
        mallory = self._user("mallory", "Mallory", "Moss", password)
        Membership.objects.update_or_create(user=mallory, school=other, defaults={"role": Role.HEADTEACHER})
        # Alice also governs the other school: one person, several schools, a role in each.
        Membership.objects.update_or_create(user=users["alice"], school=other, defaults={"role": Role.GOVERNOR})
        from safepost_web.policies.seed import seed_policy  # the policy's first version, signatures, training

        seed_policy(school, users)
        from safepost_web.moderation.demo import seed_moderation  # comments on the page, queued for moderators

        seed_moderation(school)
        self._print(school, password)

    def _school(self, d: safepost.School, folder: Path) -> School:
        tt = d.raw.get("timetable") or {}
        school, _ = School.objects.update_or_create(slug="brookfield", defaults=dict(
            name=d.name, aliases=", ".join(d.aliases), town=d.town, address=d.address, phone=d.phone,
            email_domains=", ".join(d.email_domains), website=d.website, school_day=tt.get("school_day", ""),
            lessons=", ".join(tt.get("lessons") or []), breaks=", ".join(tt.get("breaks") or []),
            holidays=", ".join(str(h) for h in tt.get("holidays") or [])))
        pack_file = folder / "school-pack.yaml"
        school.pack_id, school.pack_yaml = "newport-cejs", ""
        if pack_file.is_file():
            try:
                pack_from_yaml(pack_file.read_text(encoding="utf-8"))
                school.pack_id, school.pack_yaml = "", pack_file.read_text(encoding="utf-8")
            except PackError as e:
                self.stderr.write(f"examples/school-pack.yaml cannot be used ({e}); using newport-cejs.")
        school.save()
        school.official_accounts.all().delete()
        for a in d.official_accounts:
            OfficialAccount.objects.create(school=school, platform=a["platform"], handle=a["handle"])
        school.parent_channels.all().delete()
        for c in d.approved_parent_channels:
            ParentChannel.objects.create(school=school, name=c)
        school.bump()
        return school

    def _user(self, username: str, first: str, last: str, password: str):
        User = get_user_model()
        user, _ = User.objects.get_or_create(username=username)
        user.first_name, user.last_name = first, last
        user.email = f"{username}@brookfield.sch.uk" if username != "mallory" else "mallory@riverside.example"
        user.set_password(password)
        user.save()
        return user

    def _print(self, school: School, password: str) -> None:
        self.stdout.write(f"Demo school ready: {school.name} ({school.pupils.count()} pupils).")
        self.stdout.write(f"Sign in with any of these names; the password for all is: {password}")
        for u, first, last, role in PEOPLE:
            self.stdout.write(f"  {u:<8} {first} {last}: {Role(role).label}")
        self.stdout.write("  mallory  Mallory Moss: Headteacher at Riverside Academy (another school)")
