#!/usr/bin/env bash
# Spanish readability of the Spanish samples' prose: the Fernández-Huerta score (textstat, from
# PyPI, in a virtual environment of its own under .build/readability, like the PDF checkers) of
# each Spanish preview in Samples/output (`make demo` writes them). 100 is the easiest; 60–70 is
# "normal", 70–80 "fairly easy" (bastante fácil), 80–90 "easy". The issue asks for fairly easy or
# better. The prose is scored, not the tables, the log grid or the page furniture: lines of
# dashes, table rows, the cover lines and labels are left out (scripts/readability_es.py).
#
#   scripts/readability-es.sh [PREVIEW...]   # default: every Spanish preview in Samples/output
set -euo pipefail
cd "$(dirname "$0")/.."
python=$(scripts/python-venv.sh "${HOMEPROGRAM_READABILITY_VENV:-.build/readability}" textstat)
if [ "$#" -eq 0 ]; then
  set -- Samples/output/rosa-disc-es.preview.txt Samples/output/public/sciatica-relief-es-letter.preview.txt
fi
"$python" scripts/readability_es.py "$@"
