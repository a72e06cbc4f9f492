"""safepost's cache folder: things it can rebuild but would rather not at every start (the prefilter's tables, the
quantised context model). SAFEPOST_CACHE_DIR chooses it; set it empty to keep nothing on disk."""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path | None:
    """SAFEPOST_CACHE_DIR, else $XDG_CACHE_HOME/safepost or ~/.cache/safepost; None when set empty."""
    base = os.environ.get("SAFEPOST_CACHE_DIR")
    if base is None:
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                            "safepost")
    return Path(base) if base else None
