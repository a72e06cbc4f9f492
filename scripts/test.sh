#!/usr/bin/env bash
# Run every test: the checking library, then (when present) the web app on SQLite
# and on PostgreSQL. Sets everything up first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} PYTHONHASHSEED=0
status=0
.venv/bin/python -m pytest tests -q -p no:cacheprovider --ignore=tests/web "$@" || status=$?
[ $status -eq 5 ] && status=0   # 'no tests collected' is not a failure of the code
if [ -f .ci/web.sh ] && [ $status -eq 0 ]; then
  bash .ci/web.sh || status=$?
fi
exit $status
