"""Moderating the school's official pages: comments arrive by webhook or import, are checked, queued, acted on."""
