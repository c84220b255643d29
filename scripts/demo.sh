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
