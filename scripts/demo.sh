#!/usr/bin/env bash
# Runs homeprogram on every bundled sample (called by `make demo`): for each patient the plan
# (text and JSON), the PDF handout and its text preview, into Samples/output/.
set -euo pipefail
bin="${1:-.build/release/homeprogram}"
out=Samples/output
mkdir -p "$out"
clinic=Samples/clinic.yaml
for profile in Samples/patients/*.yaml Samples/patients/*.json; do
  [ -e "$profile" ] || continue
  name=$(basename "$profile")
  name="${name%.*}"
  "$bin" plan "$profile" > "$out/$name.plan.txt"
  "$bin" plan "$profile" --format json > "$out/$name.plan.json"
  "$bin" preview "$profile" --clinic "$clinic" > "$out/$name.preview.txt"
  "$bin" generate "$profile" --clinic "$clinic" -o "$out/$name.pdf" 2>&1 | grep -v "^Syntax Warning" || true
done
# The same patient for a UK clinic on A4, and in large print.
"$bin" generate Samples/patients/margaret-stenosis.yaml --clinic Samples/clinic-gb.yaml \
  -o "$out/margaret-stenosis-en-GB-a4.pdf"
"$bin" generate Samples/patients/margaret-stenosis.yaml --clinic "$clinic" --large-print \
  -o "$out/margaret-stenosis-large-print.pdf"
echo
echo "Handouts, previews and plans for every sample are in $out/"
