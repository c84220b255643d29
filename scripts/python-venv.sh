#!/usr/bin/env bash
# Prints the python of a virtual environment VENV holding the PyPI packages PACKAGE..., making it
# on first use (kept like the rest of the build) and installing what is missing. The checkers use
# it: the PDF/UA checkers (scripts/install-pdf-checkers.sh) and the Spanish readability score
# (scripts/readability-es.sh). Works on a fresh Debian 12: python3 and python3-venv (ensurepip)
# come from apt through scripts/install-deps.sh; the system Python's packages are never touched
# (PEP 668). Each package's import name is its PyPI name.
#
#   scripts/python-venv.sh VENV PACKAGE...   # messages on standard error
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$#" -ge 2 ] || { echo "usage: scripts/python-venv.sh VENV PACKAGE..." >&2; exit 2; }
venv=$1
shift
who=$(basename "$venv")

# Debian's python3 makes virtual environments only with python3-venv (its ensurepip wheels).
extra=""
command -v dpkg-query >/dev/null 2>&1 && extra="python3 python3-venv"
HOMEPROGRAM_EXTRA_PACKAGES="$extra" scripts/install-deps.sh >&2

python="$venv/bin/python"
if [ ! -x "$python" ]; then
  echo "$who: creating $venv" >&2
  python3 -m venv "$venv" >&2
fi
imports=$(IFS=,; echo "$*")
if ! "$python" -c "import $imports" >/dev/null 2>&1; then
  echo "$who: installing $* from PyPI into $venv" >&2
  "$python" -m pip install --quiet "$@" >&2
fi
echo "$python"
