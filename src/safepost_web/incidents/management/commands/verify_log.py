"""python manage.py verify_log [--school SLUG]: check each school's chained log and every evidence file."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from safepost_web.incidents.service import verify_school
from safepost_web.schools.models import School


class Command(BaseCommand):
    help = "Check the incident log's hash chain and every evidence file's SHA-256; say exactly what is wrong."

    def add_arguments(self, parser):
        parser.add_argument("--school", metavar="SLUG", help="Check one school (default: every school)")

    def handle(self, *args, school=None, **opts):
        schools = School.objects.all()
        if school:
            schools = schools.filter(slug=school)
            if not schools.exists():
                raise CommandError(f"There is no school with the slug {school!r}. "
                                   "The slug is the part after /s/ in the school's web address.")
        bad = 0
        for s in schools:
            problems = verify_school(s)
            entries, files = s.incident_log.count(), s.evidence.count()
            if problems:
                bad += 1
                self.stdout.write(f"{s.slug}: {len(problems)} problem{'s' if len(problems) != 1 else ''} "
                                  f"({entries} log entries, {files} files checked)")
                for p in problems:
                    self.stdout.write(f"  {p}")
            else:
                self.stdout.write(f"{s.slug}: OK ({entries} log entries, {files} files checked)")
        if bad:
            raise CommandError(f"{bad} school{'s have' if bad != 1 else ' has'} records that do not match. "
                               "Do not change anything; tell the headteacher and keep this output.")
