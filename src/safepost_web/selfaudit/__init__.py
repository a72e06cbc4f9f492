"""Review my own social media history: a private check of a platform download, nothing kept (issue 8)."""
