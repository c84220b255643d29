#!/usr/bin/env bash
# Installs the PDF/UA checkers the accessibility check uses (scripts/check-accessibility.sh) from
# PyPI into a virtual environment of their own, .build/pdf-checkers (created on first use, kept
# like the rest of the build): pdfua (the machine-checkable part of PDF/UA-1, no JVM) and pikepdf
# (the structure-tree walk of scripts/check-tagged-pdf.py). Works on a fresh Debian 12: python3,
# python3-venv (ensurepip) and poppler-utils come from apt through scripts/install-deps.sh; the
# system Python's packages are never touched (PEP 668).
#
# Prints the virtual environment's python on standard output; messages go to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${HOMEPROGRAM_PDF_CHECKERS_VENV:-.build/pdf-checkers}

# Debian's python3 makes virtual environments only with python3-venv (its ensurepip wheels).
extra=""
command -v dpkg-query >/dev/null 2>&1 && extra="python3 python3-venv"
HOMEPROGRAM_EXTRA_PACKAGES="$extra" scripts/install-deps.sh >&2

python="$venv/bin/python"
if [ ! -x "$python" ]; then
  echo "install-pdf-checkers: creating $venv" >&2
  python3 -m venv "$venv" >&2
fi
if ! "$python" -c 'import pdfua, pikepdf' >/dev/null 2>&1; then
  echo "install-pdf-checkers: installing pdfua and pikepdf from PyPI into $venv" >&2
  "$python" -m pip install --quiet pdfua pikepdf >&2
fi
echo "$python"
