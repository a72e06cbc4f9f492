"""Email everyone who has not signed the current policy, and tell headteachers about late reviews (run from cron)."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from safepost_web.policies.reminders import remind_school
from safepost_web.schools.models import School


class Command(BaseCommand):
    help = ("Send policy reminders: to people who have not signed the current version, and a summary to the "
            "headteacher when the review is overdue. Safe to run daily from cron: nobody gets the same reminder "
            "more often than --every-days.")

    def add_arguments(self, parser):
        parser.add_argument("--school", help="only this school (its short name, as in the address)")
        parser.add_argument("--every-days", type=int, default=7, help="days between reminders to one person")
        parser.add_argument("--dry-run", action="store_true", help="list who would be emailed; send nothing")

    def handle(self, *args, school=None, every_days=7, dry_run=False, **opts):
        if every_days < 1:
            raise CommandError("--every-days must be 1 or more.")
        schools = School.objects.all()
        if school:
            schools = schools.filter(slug=school)
            if not schools.exists():
                raise CommandError(f"There is no school called {school!r}. Check the short name in its address.")
        total = 0
        for s in schools:
            for line in remind_school(s, every_days=every_days, dry_run=dry_run):
                self.stdout.write(line)
                total += 1
        self.stdout.write(f"{total} reminder(s) {'would be ' if dry_run else ''}sent.")
