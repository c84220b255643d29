#!/usr/bin/env bash
# Runs homeprogram on every bundled sample (called by `make demo`): for each patient the plan
# (text and JSON), the PDF handout and its text preview, into Samples/output/.
set -euo pipefail
bin="${1:-.build/release/homeprogram}"
out=Samples/output
# Generated, and committed so the product can be seen without building it: start afresh so no
# file from an older run stays behind.
rm -rf "$out"
mkdir -p "$out"
clinic=Samples/clinic.yaml
for profile in Samples/patients/*.yaml Samples/patients/*.json; do
  [ -e "$profile" ] || continue
  name=$(basename "$profile")
  name="${name%.*}"
  "$bin" plan "$profile" > "$out/$name.plan.txt"
  "$bin" plan "$profile" --format json > "$out/$name.plan.json"
  "$bin" preview "$profile" --clinic "$clinic" > "$out/$name.preview.txt"
  "$bin" generate "$profile" --clinic "$clinic" -o "$out/$name.pdf"
done
# The same patient for a UK clinic on A4, and in large print.
"$bin" generate Samples/patients/margaret-stenosis.yaml --clinic Samples/clinic-gb.yaml \
  -o "$out/margaret-stenosis-en-GB-a4.pdf"
"$bin" generate Samples/patients/margaret-stenosis.yaml --clinic "$clinic" --large-print \
  -o "$out/margaret-stenosis-large-print.pdf"
# The full booklet (long education, positions of comfort, the 6-week log) for one patient.
"$bin" generate Samples/patients/jose-disc.yaml --clinic "$clinic" --booklet -o "$out/jose-disc-booklet.pdf"
# The clinic's free public leaflet, every edition in the manifest.
echo "== public Samples/public/editions.yaml"
mkdir -p "$out/public"
"$bin" public --editions Samples/public/editions.yaml -o "$out/public"
# The Spanish (es-US) leaflet for the US clinic, and its preview. (The Spanish patient handout is
# rosa-disc-es, written by the loop above: its profile says `language: es`.)
echo "== public --language es"
"$bin" public --language es --clinic "$clinic" -o "$out/public/sciatica-relief-es-letter.pdf"
"$bin" public --language es --clinic "$clinic" --preview > "$out/public/sciatica-relief-es-letter.preview.txt"
# Batch: one handout per row of the sample CSV; one row is wrong on purpose (exit code 4). One row
# has no date, so it takes "today": SOURCE_DATE_EPOCH pins today to the samples' date (2026-11-25),
# so the committed report and PDF do not change with the day `make demo` runs.
echo "== batch Samples/batch/patients.csv"
status=0
CI=1 SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1795608000}" "$bin" batch Samples/batch/patients.csv -o "$out/batch" --clinic Samples/clinic.yaml || status=$?
[ "$status" -eq 4 ] || { echo "batch: expected exit code 4 (one bad row), got $status"; exit 1; }
echo "Batch handouts and report.json written to $out/batch/"
echo
echo "Handouts, previews and plans for every sample are in $out/"
