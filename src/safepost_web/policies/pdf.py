"""PDFs for the policy and the governors' report: core.pdf, with a data:-only fetcher that WeasyPrint >= 68 accepts.

core.pdf's fetcher is a plain function; WeasyPrint 68+ wants a URLFetcher object, so an embedded chart (a data:
image) made it fail. Until core.pdf is fixed, this uses WeasyPrint's own fetcher limited to data: URLs, which
keeps the same promise: a PDF never fetches anything from outside."""
from __future__ import annotations

from django.template.loader import render_to_string

from safepost_web.core import pdf as core_pdf


def html_to_pdf(html: str) -> bytes:
    """PDF bytes for an HTML string; only inline data: resources are read."""
    try:
        from weasyprint.urls import URLFetcher
    except ImportError:  # older WeasyPrint: core's function-style fetcher works there
        return core_pdf.html_to_pdf(html)
    from weasyprint import HTML

    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return HTML(string=html, base_url=None, url_fetcher=fetcher).write_pdf()


def render_pdf(template: str, context: dict) -> bytes:
    """Render a Django template to PDF bytes."""
    return html_to_pdf(render_to_string(template, context))
