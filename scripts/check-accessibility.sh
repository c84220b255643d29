#!/usr/bin/env bash
# The accessibility check of `make test` (README, "Accessibility"): writes every kind of PDF the
# program makes with the built binary (each sample handout and referral sheet, the A4 en-GB and
# large-print handouts, every public edition, the catalogue sheet) into a temporary folder, then
# runs pdfua over them: no error and no warning allowed.
#
# Usage: scripts/check-accessibility.sh [BINARY]   (default .build/debug/homeprogram)
#
# Until the structure tree lands (issue 15, step 2) the two rules that need it are listed in
# PENDING_RULES and skipped; every other rule pdfua implements must be clean. The structure-tree
# walk (scripts/check-tagged-pdf.py) joins this check with the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/homeprogram}
[ -x "$bin" ] || { echo "check-accessibility: no program at $bin (swift build first)" >&2; exit 1; }
python=$(scripts/install-pdf-checkers.sh)
PENDING_RULES=${PENDING_RULES-UA-01-005 UA-01-003}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log="$out/log"
# The program's own messages go to the log, shown only when it fails.
run() { "$bin" "$@" >>"$log" 2>&1 || { cat "$log" >&2; echo "check-accessibility: $bin $* failed" >&2; exit 1; }; }
clinic=Samples/clinic.yaml
for profile in Samples/patients/*.yaml Samples/patients/*.json; do
  [ -e "$profile" ] || continue
  name=$(basename "$profile")
  run generate "$profile" --clinic "$clinic" -o "$out/${name%.*}.pdf"
done
run generate Samples/patients/margaret-stenosis.yaml --clinic Samples/clinic-gb.yaml \
  -o "$out/margaret-stenosis-en-GB-a4.pdf"
run generate Samples/patients/margaret-stenosis.yaml --clinic "$clinic" --large-print \
  -o "$out/margaret-stenosis-large-print.pdf"
mkdir -p "$out/public"
run public --editions Samples/public/editions.yaml -o "$out/public"
run catalogue sheet -o "$out/catalogue-sheet.pdf"

rules=$("$python" -m pdfua rules 2>/dev/null | awk '/^UA-[0-9]+-[0-9]+ /{print $1}')
selected=()
for rule in $rules; do
  case " $PENDING_RULES " in *" $rule "*) continue ;; esac
  selected+=("$rule")
done
mapfile -t files < <(find "$out" -name '*.pdf' | sort)
status=0
"$python" -m pdfua check --quiet --rules "$(IFS=,; echo "${selected[*]}")" "${files[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "check-accessibility: pdfua found problems (exit $status)" >&2
  exit 1
fi
echo "check-accessibility: pdfua clean on ${#files[@]} PDFs (${#selected[@]} rules; pending: ${PENDING_RULES:-none})"
