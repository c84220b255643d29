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
exec scripts/python-venv.sh "${HOMEPROGRAM_PDF_CHECKERS_VENV:-.build/pdf-checkers}" pdfua pikepdf
