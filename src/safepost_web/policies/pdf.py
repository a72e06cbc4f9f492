"""PDFs for the policy and the governors' report (core.pdf: local, data:-only resources)."""
from safepost_web.core.pdf import html_to_pdf, render_pdf

__all__ = ["html_to_pdf", "render_pdf"]
