#!/usr/bin/env bash
# The web app's tests on a fresh machine: Debian's chromium for the browser tests, the web extra,
# then the web suite on SQLite and again on PostgreSQL (127.0.0.1:5432, database `test`, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi
PY=.venv/bin/python
[ -x "$PY" ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[web,dev]' schemathesis  # schemathesis: API fuzzing only
export DJANGO_SETTINGS_MODULE=safepost_web.settings
# A throwaway data folder: the tests never touch a real school's database or secret key.
export SAFEPOST_DATA_DIR="$(mktemp -d)"
trap 'rm -rf "$SAFEPOST_DATA_DIR"' EXIT

echo "== web tests on SQLite"
"$PY" manage.py check --fail-level WARNING
"$PY" manage.py makemigrations --check --dry-run >/dev/null
"$PY" -m pytest tests/web -q -p no:cacheprovider

echo "== web tests on PostgreSQL"
if pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1 || "$PY" -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2)" 2>/dev/null; then
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/test SAFEPOST_TEST_DB_NAME="test_safepost_$$" \
    "$PY" -m pytest tests/web -q -p no:cacheprovider --create-db
else
  echo "PostgreSQL is not running on 127.0.0.1:5432: start it (see OFFLINE.md) and run again." >&2
  exit 1
fi
