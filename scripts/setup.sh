#!/usr/bin/env bash
# Set up safepost on a fresh machine: a virtualenv in .venv with everything the
# project needs. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
EXTRAS=${SAFEPOST_EXTRAS:-dev,images,web,transformer}  # add bench for the peer comparisons

# System packages some extras need (Debian), installed only when missing and when we may.
need_apt=()
[[ ",$EXTRAS," == *",web,"* ]] && ! command -v chromium >/dev/null 2>&1 && need_apt+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
# OpenCV (photo checks) needs these shared libraries from Debian.
ldconfig -p 2>/dev/null | grep -q "libGL.so.1" || need_apt+=(libgl1)
ldconfig -p 2>/dev/null | grep -q "libglib-2.0.so.0" || need_apt+=(libglib2.0-0)
if ((${#need_apt[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "safepost setup: installing ${need_apt[*]} (Debian packages)"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1 \
      || echo "safepost setup: could not install ${need_apt[*]}; the tests that need them will say so"
  else
    echo "safepost setup: please install ${need_apt[*]} (e.g. sudo apt-get install ${need_apt[*]})"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
stamp=.venv/.safepost-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ "$(cat "$stamp")" != "$EXTRAS" ]; then
  echo "safepost setup: installing safepost[$EXTRAS] into .venv"
  if ! .venv/bin/python -m pip install -e ".[$EXTRAS]" > .venv/install.log 2>&1; then
    tail -25 .venv/install.log
    echo "safepost setup: installing failed (the full log is in .venv/install.log)" >&2
    exit 1
  fi
  .venv/bin/python -c "import safepost" && echo "$EXTRAS" > "$stamp"
fi
# The context model (the `transformer` extra) is rebuilt with int8 weights once and kept in the cache folder,
# so that the first check that needs it does not wait ~2 s. Nothing here fails the set-up: without the extra,
# or without a cache folder, safepost still runs (the meaning categories then rely on the n-grams alone).
.venv/bin/python -c "from safepost.detectors.meaning import context_reader; context_reader()" >/dev/null 2>&1 || true
