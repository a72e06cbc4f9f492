"""Tiny template helpers."""
from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key, "")


@register.filter
def words(value: str) -> str:
    """'image_consent' -> 'image consent'."""
    return str(value).replace("_", " ")


@register.filter
def main_rows(rows) -> list:
    """Finding rows the pack has a rule for."""
    return [r for r in rows or [] if r["f"].severity != "info"]


@register.filter
def info_rows(rows) -> list:
    """Finding rows noted without a rule (shown folded away)."""
    return [r for r in rows or [] if r["f"].severity == "info"]
