#!/usr/bin/env bash
# Runs homeprogram on every bundled sample profile. Called by `make demo`.
set -euo pipefail
bin="${1:-.build/release/homeprogram}"
out=Samples/output
mkdir -p "$out"
for profile in Samples/patients/*.yaml Samples/patients/*.json; do
  name=$(basename "$profile"); name="${name%.*}"
  echo "== $name"
  "$bin" plan "$profile" --clinic Samples/clinic.yaml | tee "$out/$name.plan.txt"
  "$bin" plan "$profile" --clinic Samples/clinic.yaml --format json > "$out/$name.plan.json"
done
echo "Plans written to $out/"
# Batch: one handout per row of the sample CSV; one row is wrong on purpose (exit code 4).
echo "== batch Samples/batch/patients.csv"
status=0
CI=1 "$bin" batch Samples/batch/patients.csv -o "$out/batch" --clinic Samples/clinic.yaml || status=$?
[ "$status" -eq 4 ] || { echo "batch: expected exit code 4 (one bad row), got $status"; exit 1; }
echo "Batch handouts and report.json written to $out/batch/"
