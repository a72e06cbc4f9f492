"""safepost_web: the school's web app (Django). It calls the `safepost` library; it never reimplements a rule."""
