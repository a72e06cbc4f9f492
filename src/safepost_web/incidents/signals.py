"""A contact approach reported from 'Should I accept this?' (checks.ContactReport) also becomes a report here,
so the DSL triages it with every other concern and the reporter can follow it."""
from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from safepost_web.checks.models import ContactReport


@receiver(post_save, sender=ContactReport, dispatch_uid="incidents.contact_report")
def route_contact_report(sender, instance: ContactReport, created: bool, raw: bool = False, **kwargs) -> None:
    if not created or raw:
        return
    from safepost_web.incidents.models import Kind, Report

    kind = Kind.PUPIL_COMMUNICATION if instance.relationship == "current_pupil" else Kind.CONTACT_DECISION
    who = instance.relationship.replace("_", " ") + (f", age {instance.age}" if instance.age else "")
    text = (f"A {instance.kind.replace('_', ' ')} ({instance.direction}) from or to {who}. "
            f"'Should I accept this?' said: {instance.decision.replace('_', ' ')}. {instance.message}").strip()
    if instance.note:
        text += f"\nNote from the member of staff: {instance.note}"
    Report.submit(instance.school, instance.reporter, kind=kind, text=text, people=who, contact_report=instance)
