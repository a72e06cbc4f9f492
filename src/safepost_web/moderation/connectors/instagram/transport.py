"""Instagram speaks the Graph API (Instagram API with Facebook Login): same calls, same errors."""
from __future__ import annotations

from ..facebook.transport import GraphError, GraphTransport, graph_error

# Instagram Graph calls go through the Facebook host when the account is linked to a Page.
DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0"

__all__ = ["DEFAULT_BASE_URL", "GraphError", "GraphTransport", "graph_error"]
