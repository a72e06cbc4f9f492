#!/usr/bin/env bash
# The safepost web app with the demo school, on this machine only (SQLite, 127.0.0.1:8000).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if ! .venv/bin/python -c "import importlib.util as u, sys; sys.exit(not all(u.find_spec(m) for m in (\"django\", \"ninja\", \"argon2\", \"whitenoise\")))"; then
  echo "Installing safepost with the web app (one time)…"
  .venv/bin/pip install -q -e '.[web]'
fi
export DJANGO_SETTINGS_MODULE=safepost_web.settings
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py seed_demo
echo
echo "Open http://127.0.0.1:8000/ in your browser and sign in with one of the names above."
echo "(alice is the headteacher and sees everything; bob is an ordinary member of staff.)"
echo "Press Ctrl+C to stop."
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
