#!/usr/bin/env bash
# The accessibility check of `make test` (README, "Accessibility"). Writes every kind of PDF the
# program makes with the built binary into a temporary folder (each sample handout and referral
# sheet, the A4 en-GB and large-print handouts, every public edition, the catalogue sheet), each
# with its text preview where the program has one, then:
#   1. pdfua (PyPI) over every PDF: no error and no warning allowed;
#   2. scripts/check-tagged-pdf.py over every PDF: the structure-tree walk (text only in marked
#      content a structure element owns or in artifacts, every Figure with /Alt, heading levels in
#      order, every Table with a TH) and, where there is a preview, the tagged text
#      (`pdfinfo -struct-text`) in the preview's order.
# The checkers live in .build/pdf-checkers (scripts/install-pdf-checkers.sh installs them).
#
# Usage: scripts/check-accessibility.sh [BINARY]   (default .build/debug/homeprogram)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/homeprogram}
[ -x "$bin" ] || { echo "check-accessibility: no program at $bin (swift build first)" >&2; exit 1; }
python=$(scripts/install-pdf-checkers.sh)

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log="$out/log"
# The program's own messages go to the log, shown only when it fails.
run() { "$bin" "$@" >>"$log" 2>&1 || { cat "$log" >&2; echo "check-accessibility: $bin $* failed" >&2; exit 1; }; }
# A PDF and its preview: pair NAME COMMAND ARGUMENTS... (the command is generate or public).
# A Spanish one (NAME ending in -es or holding -es-) is previewed 160 columns wide: its longer
# table cells wrap at 80 columns into lines that interleave the columns' words, which the order
# check cannot tell from a reordering.
previews=()
pair() {
  local name=$1 command=$2 width=80
  shift 2
  case "$name" in *-es | *-es-*) width=160 ;; esac
  run "$command" "$@" -o "$out/$name.pdf"
  if [ "$command" = generate ]; then
    "$bin" preview "$@" --width "$width" >"$out/$name.preview.txt" 2>>"$log"
  else
    "$bin" public "$@" --preview --width "$width" >"$out/$name.preview.txt" 2>>"$log"
  fi
  previews+=("$out/$name.pdf" --preview "$out/$name.preview.txt")
}
clinic=Samples/clinic.yaml
for profile in Samples/patients/*.yaml Samples/patients/*.json; do
  [ -e "$profile" ] || continue
  name=$(basename "$profile")
  pair "${name%.*}" generate "$profile" --clinic "$clinic"
done
pair margaret-stenosis-en-GB-a4 generate Samples/patients/margaret-stenosis.yaml --clinic Samples/clinic-gb.yaml
pair margaret-stenosis-large-print generate Samples/patients/margaret-stenosis.yaml --clinic "$clinic" --large-print
pair public-letter public
pair public-booklet public --booklet
pair public-large-print public --large-print
pair public-northgate-a4 public --clinic Samples/clinic-gb.yaml
# The Spanish edition (es-US): the patient sample rosa-disc-es is in the loop above; its booklet,
# both referral sheets in Spanish (laid out with tighter spacing to fit one page,
# `Document.fitPages`) and the Spanish leaflet.
pair rosa-disc-es-booklet generate Samples/patients/rosa-disc-es.yaml --clinic "$clinic" --booklet
pair linda-emergency-es generate Samples/patients/linda-emergency.yaml --clinic "$clinic" --language es
pair george-urgent-es generate Samples/patients/george-urgent.yaml --clinic "$clinic" --language es
pair public-es public --clinic "$clinic" --language es
mkdir -p "$out/editions"
run public --editions Samples/public/editions.yaml -o "$out/editions"
run catalogue sheet -o "$out/catalogue-sheet.pdf"

mapfile -t files < <(find "$out" -name '*.pdf' | sort)
status=0
"$python" -m pdfua check "${files[@]}" >"$out/pdfua.txt" 2>&1 || status=$?
# A rule pdfua could not evaluate (it reports "rule raised …" and skips it) is not a pass either.
if [ "$status" -ne 0 ] || grep -q "rule raised" "$out/pdfua.txt"; then
  grep -v "^ *\[skip \].*not applicable" "$out/pdfua.txt" >&2 || true
  echo "check-accessibility: pdfua found problems (exit $status)" >&2
  exit 1
fi
with_preview=" ${previews[*]} "
others=()
for file in "${files[@]}"; do
  case "$with_preview" in *" $file "*) ;; *) others+=("$file") ;; esac
done
"$python" scripts/check-tagged-pdf.py "${previews[@]}" "${others[@]}" || {
  echo "check-accessibility: the structure-tree walk found problems" >&2
  exit 1
}
# The walk must be able to fail: copies of a handout with a figure's /Alt removed, and with the
# tree's root removed, must each be refused with the matching message.
"$python" - "$out/jose-disc.pdf" "$out/broken" <<'PYTHON'
import sys
import pikepdf

source, broken = sys.argv[1], sys.argv[2]
with pikepdf.open(source) as pdf:
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Dictionary) and node.get("/S") == "/Figure":
            del node["/Alt"]
            break
        kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
        stack += list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    pdf.save(broken + "-alt.pdf")
with pikepdf.open(source) as pdf:
    del pdf.Root["/StructTreeRoot"]
    pdf.save(broken + "-tree.pdf")
PYTHON
for case in "alt:a /Figure has no /Alt" "tree:no /StructTreeRoot"; do
  file="$out/broken-${case%%:*}.pdf"
  if report=$("$python" scripts/check-tagged-pdf.py "$file"); then
    echo "check-accessibility: the walk passed $file, which it must refuse" >&2
    exit 1
  fi
  grep -qF "${case#*:}" <<<"$report" || {
    echo "check-accessibility: the walk refused $file without saying '${case#*:}': $report" >&2
    exit 1
  }
done
echo "check-accessibility: ${#files[@]} PDFs clean under pdfua and the structure-tree walk" \
  "($((${#previews[@]} / 3)) read in their preview's order)"
