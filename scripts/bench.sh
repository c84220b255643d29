#!/usr/bin/env bash
# `make bench`: the performance figures in README.md ("Performance"), on fixed inputs.
#
#   1. one handout as a fresh process (hyperfine: warm-up, then repeated runs; min/median/max);
#   2. batch throughput, in process, over 1,000 generated profiles at --jobs 1 and --jobs N;
#   3. bytes per handout and per page; tagged against untagged (the cost of the tagged PDF,
#      README "Accessibility": at most +15 % bytes per page and +10 % time per handout), measured
#      by `homeprogram-bench tagcost`: both engines in one process, the same profiles 20 at a time
#      one way then the other, in turns, three passes, each chunk's fastest pass kept each way,
#      since the VM's speed drifts between runs seconds apart;
#   4. peak resident memory for 10,000 profiles (/usr/bin/time -v).
#
# Profiles come from `homeprogram-bench` with a fixed seed, so every run measures the same documents.
# Environment: BENCH_RUNS (fresh-process runs, default 30), BENCH_COUNT (1000), BENCH_MEMORY_COUNT
# (10000), BENCH_JOBS (number of processors), BENCH_REPEAT (throughput repetitions, 3).
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${BENCH_RUNS:-30}"
count="${BENCH_COUNT:-1000}"
memory_count="${BENCH_MEMORY_COUNT:-10000}"
jobs="${BENCH_JOBS:-$(nproc)}"
repeat="${BENCH_REPEAT:-3}"
bin=.build/release/homeprogram
bench=.build/release/homeprogram-bench
profile=Samples/patients/jose-disc.yaml
clinic=Samples/clinic.yaml
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install hyperfine time)" >&2; exit 1; }
done

echo "== machine: $(nproc) processors; load: $(uptime | sed 's/.*load average: //')"
# `make bench` builds both programs first, with the flags of `make release`.
for program in "$bin" "$bench"; do
  [ -x "$program" ] || { echo "bench: $program is missing: run \`make bench\`, which builds it" >&2; exit 1; }
done

echo "== 1. one handout as a fresh process ($runs runs after 5 warm-up runs)"
hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/fresh.json" \
  "$bin generate $profile --clinic $clinic -o $work/sample.pdf" >/dev/null
# min / median / max in milliseconds from hyperfine's JSON (one number per line after the keys).
fresh=$(tr -d ' \n' <"$work/fresh.json" | grep -o '"median":[0-9.e-]*\|"min":[0-9.e-]*\|"max":[0-9.e-]*' |
  awk -F: '{ v[$1] = $2 * 1000 } END { printf "%.1f %.1f %.1f", v["\"min\""], v["\"median\""], v["\"max\""] }')
sample_bytes=$(stat -c %s "$work/sample.pdf")
sample_pages=$(pdfinfo "$work/sample.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')

echo "== 2. throughput, $count generated profiles, in process ($repeat runs after a warm-up)"
"$bench" throughput --count "$count" --jobs 1 --repeat "$repeat" --clinic "$clinic" >"$work/jobs1.txt"
"$bench" throughput --count "$count" --jobs "$jobs" --repeat "$repeat" --clinic "$clinic" >"$work/jobsN.txt"
# tagcost's chunk size and passes, which the table's row names.
tag_chunk=20
tag_passes=3
echo "== 3. what tagging costs: $count generated profiles rendered tagged and untagged in turns, $tag_chunk at a time"
"$bench" tagcost --count "$count" --chunk "$tag_chunk" --passes "$tag_passes" --clinic "$clinic" >"$work/tagcost.txt"
field() { awk -v key="$1" '$1 == key { print $2, $3, $4 }' "$2"; }

batch_line=""
if "$bin" --help 2>/dev/null | grep -q ' batch'; then
  "$bench" profiles --count "$count" --out "$work/profiles" >/dev/null
  # The output folder on disk, and on a RAM file system when there is one: on this kind of VM disk
  # (ext4 without a journal) creating and replacing thousands of files costs the kernel more than
  # rendering them, so tmpfs shows the program's own throughput and the disk what a clinic gets.
  targets=("disk:$work")
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    shm="$(mktemp -d /dev/shm/homeprogram-bench.XXXXXX)"
    trap 'rm -rf "$work" "$shm"' EXIT
    targets=("tmpfs:$shm" "disk:$work")
  fi
  for target in "${targets[@]}"; do
    kind="${target%%:*}"
    base="${target#*:}"
    for j in 1 "$jobs"; do
      echo "== 2b. the batch command, $count profiles, --jobs $j, output on $kind"
      out="$base/out$j"
      hyperfine -N --warmup 1 --runs 3 --prepare "rm -rf $out" --export-json "$work/batch-$kind$j.json" \
        "$bin batch $work/profiles --clinic $clinic -o $out --jobs $j" >/dev/null
      read -r b_min_s b_med_s b_max_s <<<"$(tr -d ' \n' <"$work/batch-$kind$j.json" |
        grep -o '"median":[0-9.e-]*\|"min":[0-9.e-]*\|"max":[0-9.e-]*' |
        awk -F: '{ v[$1] = $2 } END { print v["\"min\""], v["\"median\""], v["\"max\""] }')"
      # Handouts per second: the slowest run gives the minimum rate, the fastest the maximum.
      batch_line+=$(awk -v n="$count" -v lo="$b_max_s" -v mid="$b_med_s" -v hi="$b_min_s" -v j="$j" -v k="$kind" \
        'BEGIN { printf "| `batch` command, --jobs %s, output on %s (handouts/s, 3 runs) | %.0f | %.0f | %.0f |\n", j, k, n / lo, n / mid, n / hi }')
      batch_line+=$'\n'
      rm -rf "$out"
    done
  done
fi

echo "== 4. peak resident memory, $memory_count profiles, --jobs $jobs (and the batch command, $count profiles)"
if [ -d "$work/profiles" ]; then
  /usr/bin/time -v "$bin" batch "$work/profiles" --clinic "$clinic" -o "$work/outmem" --jobs "$jobs" \
    >/dev/null 2>"$work/batch-time.txt"
  batch_kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/batch-time.txt")
  rm -rf "$work/outmem"
fi
/usr/bin/time -v "$bench" throughput --count "$memory_count" --jobs "$jobs" --repeat 1 --warmup 0 \
  --clinic "$clinic" >/dev/null 2>"$work/time.txt"
peak_kb=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$work/time.txt")

read -r f_min f_med f_max <<<"$fresh"
read -r r1_min r1_med r1_max <<<"$(field handouts_per_second "$work/jobs1.txt")"
read -r rn_min rn_med rn_max <<<"$(field handouts_per_second "$work/jobsN.txt")"
read -r b_min b_med b_max <<<"$(field bytes_per_handout "$work/jobs1.txt")"
read -r p_min p_med p_max <<<"$(field bytes_per_page "$work/jobs1.txt")"
overall=$(awk '$1 == "bytes_per_page_overall" { print $2 }' "$work/jobs1.txt")
# Tagging's cost from the interleaved runs: per chunk the fastest of its passes each way, summed
# (what the VM's slow spells add is left out); beside it every pass summed, and the median of the
# chunks' ratios.
read -r t_ms u_ms <<<"$(awk '$1 == "milliseconds_per_handout_fastest" { print $2, $3 }' "$work/tagcost.txt")"
time_fastest=$(awk '$1 == "time_cost_percent_fastest" { print $2 }' "$work/tagcost.txt")
time_all=$(awk '$1 == "time_cost_percent_all" { print $2 }' "$work/tagcost.txt")
time_median=$(awk '$1 == "time_cost_percent_median" { print $2 }' "$work/tagcost.txt")
read -r tagged_overall untagged_overall <<<"$(awk '$1 == "bytes_per_page_overall" { print $2, $3 }' "$work/tagcost.txt")"

echo
echo "| measure | min | median | max |"
echo "|---|---:|---:|---:|"
echo "| one handout, fresh process (ms) | $f_min | $f_med | $f_max |"
echo "| throughput --jobs 1 (handouts/s) | $r1_min | $r1_med | $r1_max |"
echo "| throughput --jobs $jobs (handouts/s) | $rn_min | $rn_med | $rn_max |"
printf '%s' "$batch_line"
echo "| bytes per handout ($count profiles) | $b_min | $b_med | $b_max |"
echo "| bytes per page ($count profiles; overall $overall) | $p_min | $p_med | $p_max |"
echo "| sample handout ($profile, $sample_pages pages), bytes | | $sample_bytes | |"
awk -v chunk="$tag_chunk" -v passes="$tag_passes" -v t="$t_ms" -v u="$u_ms" -v fastest="$time_fastest" -v all="$time_all" -v median="$time_median" -v bt="$tagged_overall" -v bu="$untagged_overall" 'BEGIN {
  printf "| tagging cost, time per handout: tagged and untagged in turns, %d at a time, %d passes, each chunk'"'"'s fastest (%.3f ms against %.3f; all passes %+.1f %%, the chunks'"'"' median %+.1f %%; limit +10 %%) | | %+.1f %% | |\n",
    chunk, passes, t, u, all, median, fastest
  printf "| tagging cost, bytes per page (%.0f against %.0f; limit +15 %%) | | %+.1f %% | |\n", bt, bu, (bt / bu - 1) * 100 }'
echo "| peak RSS, $memory_count profiles, --jobs $jobs (KB) | | $peak_kb | |"
[ -n "${batch_kb:-}" ] && echo "| peak RSS, \`batch\` command, $count profiles, --jobs $jobs (KB) | | $batch_kb | |"
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
