#!/usr/bin/env bash
# What tagging costs, in instructions (callgrind: deterministic, unlike wall time on a shared VM)
# and in bytes per page, for three fixed documents: the sample handout
# (Samples/patients/jose-disc.yaml with Samples/clinic.yaml), its large-print edition and the
# public leaflet. Each is rendered in process by `homeprogram-bench sample`, tagged and untagged
# (`--tagged no`), once and 1 + N times; the difference divided by N is one render's
# instructions, without the engine's start-up (README, "Accessibility", "Cost"). Then the
# handouts `make bench` times (`homeprogram-bench throughput`, its generated profiles with
# Samples/clinic.yaml, one job): 10 and 10 + G of them (G=50), the difference divided by G is one
# handout's instructions, bytes per page over the 10 + G.
#
# Usage: scripts/tag-cost.sh [BENCH] (default .build/release/homeprogram-bench; build it first
# with `swift build -c release --product homeprogram-bench`). N=10 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${1:-.build/release/homeprogram-bench}
[ -x "$bench" ] || { echo "tag-cost: no program at $bench" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "tag-cost: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
n=${N:-10}
g=${G:-50}
work=$(mktemp -d)
# valgrind 3.19 cannot read the DWARF 5 the Swift toolchain writes: measure a copy without it,
# beside the original (where the resources bundle is found).
stripped="$bench.callgrind"
trap 'rm -rf "$work" "$stripped"' EXIT
strip --strip-debug -o "$stripped" "$bench"
bench=$stripped
clinic=Samples/clinic.yaml
profile=Samples/patients/jose-disc.yaml
# Instructions of `bench ARGS…` (callgrind's total; `sample` unless ARGS start with `throughput`).
instructions() {
  local out="$work/callgrind.out"
  [ "$1" = throughput ] || set -- sample "$@"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$bench" "$@" >"$work/stdout" 2>"$work/stderr" \
    || { cat "$work/stderr" >&2; exit 1; }
  sed -n 's/^summary: //p;s/^totals: //p' "$out" | head -1
}
# One line of the table: case NAME, from `per` (instructions) and `size` (bytes per page).
row() {
  printf '%-12s %14d %14d %+7.1f%% %10d %10d %+7.1f%%\n' "$1" "${per[yes]}" "${per[no]}" \
    "$(echo "(${per[yes]} / ${per[no]} - 1) * 100" | bc -l)" "${size[yes]}" "${size[no]}" \
    "$(echo "(${size[yes]} / ${size[no]} - 1) * 100" | bc -l)"
}
printf '%-12s %14s %14s %8s %10s %10s %8s\n' case "tagged instr" "untagged" "time" "tagged B/p" untagged bytes
for name in handout large-print public; do
  case $name in
  handout) args=(--profile "$profile" --clinic "$clinic") ;;
  large-print) args=(--profile "$profile" --clinic "$clinic" --large-print yes) ;;
  public) args=(--public yes) ;;
  esac
  declare -A per=() size=()
  for tagged in yes no; do
    one=$(instructions "${args[@]}" --tagged "$tagged" --count 1)
    many=$(instructions "${args[@]}" --tagged "$tagged" --count $((n + 1)))
    per[$tagged]=$(((many - one) / n))
    size[$tagged]=$(sed -n 's/^sample bytes \([0-9]*\) pages \([0-9]*\).*/\1 \/ \2/p' "$work/stdout" | bc)
  done
  row "$name"
done
declare -A per=() size=()
for tagged in yes no; do
  args=(throughput --jobs 1 --repeat 1 --warmup 0 --clinic "$clinic" --tagged "$tagged")
  one=$(instructions "${args[@]}" --count 10)
  many=$(instructions "${args[@]}" --count $((10 + g)))
  per[$tagged]=$(((many - one) / g))
  size[$tagged]=$(awk '$1 == "bytes_per_page_overall" { print $2 }' "$work/stdout")
done
row generated
