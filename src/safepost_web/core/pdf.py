"""Turn a rendered HTML page into a PDF (WeasyPrint): reports for governors, case bundles, the readable policy.

Everything is local: base_url points at nothing remote and remote fetches are refused,
so a PDF can never pull in an outside resource.
"""
from __future__ import annotations

from django.template.loader import render_to_string


def _no_fetch(url: str, *args, **kwargs):
    """Refuse anything but inline data: PDFs are built from local content only."""
    if url.startswith("data:"):
        from weasyprint.urls import default_url_fetcher

        return default_url_fetcher(url, *args, **kwargs)
    raise ValueError(f"safepost PDFs do not fetch {url!r}")


def html_to_pdf(html: str) -> bytes:
    """PDF bytes for an HTML string (inline CSS and data: images only)."""
    from weasyprint import HTML

    return HTML(string=html, base_url=None, url_fetcher=_no_fetch).write_pdf()


def render_pdf(template: str, context: dict) -> bytes:
    """Render a Django template to PDF bytes."""
    return html_to_pdf(render_to_string(template, context))
