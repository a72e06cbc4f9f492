#!/usr/bin/env bash
# The safepost web app with the demo school, on this machine only (SQLite, 127.0.0.1:8000).
set -euo pipefail
cd "$(dirname "$0")/.."
# Set up on a fresh machine (a .venv with the web app, photo checks and the context model); quick when already done.
SAFEPOST_EXTRAS=${SAFEPOST_EXTRAS:-web,images,transformer} bash scripts/setup.sh
export DJANGO_SETTINGS_MODULE=safepost_web.settings
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py seed_demo
echo
echo "Open http://127.0.0.1:8000/ in your browser and sign in with one of the names above."
echo "(alice is the headteacher and sees everything; bob is an ordinary member of staff.)"
echo "Press Ctrl+C to stop."
exec .venv/bin/python manage.py runserver 127.0.0.1:8000
