"""Turn a rendered HTML page into a PDF (WeasyPrint): reports for governors, case bundles, the readable policy.

Everything is local: only inline data: resources are read (charts embedded as data: PNGs), so a
PDF can never pull in an outside resource.
"""
from __future__ import annotations

from django.template.loader import render_to_string


def _fetcher():
    """WeasyPrint's own fetcher limited to data: URLs (WeasyPrint >= 68 wants a URLFetcher object)."""
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # older WeasyPrint takes a function
        from weasyprint.urls import default_url_fetcher

        def fetch(url: str, *args, **kwargs):
            if not url.startswith("data:"):
                raise ValueError(f"safepost PDFs do not fetch {url!r}")
            return default_url_fetcher(url, *args, **kwargs)

        return fetch
    return URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)


def html_to_pdf(html: str) -> bytes:
    """PDF bytes for an HTML string (inline CSS and data: images only)."""
    from weasyprint import HTML

    return HTML(string=html, base_url=None, url_fetcher=_fetcher()).write_pdf()


def render_pdf(template: str, context: dict) -> bytes:
    """Render a Django template to PDF bytes."""
    return html_to_pdf(render_to_string(template, context))
