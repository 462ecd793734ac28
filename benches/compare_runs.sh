#!/usr/bin/env bash
# Compares the wall time of whole runs of two or more duban binaries on one input, alternating
# them so that the machine's drift hits each alike. Each run writes into a new folder and
# nothing is deleted until the end (deleting ~1,300 files just before a run slows the next
# one's file creation on some file systems).
#
#   benches/compare_runs.sh INPUT RUNS BINARY...
#   benches/compare_runs.sh /tmp/city/input-3000 5 /tmp/duban-before target/release/duban
#
# Prints, per binary, the median and the minimum of RUNS runs of
# `duban run --input INPUT --period 2020-Y -q`, in seconds.
set -euo pipefail
input=$1 runs=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
declare -A times
for ((i = 1; i <= runs; i++)); do
  for b in "$@"; do
    start=$(date +%s.%N)
    "$b" run --input "$input" --output "$out/$i-$(echo "$b" | tr / _)" --period 2020-Y -q >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    times[$b]+="$(echo "$end - $start" | bc) "
  done
done
for b in "$@"; do
  sorted=$(tr ' ' '\n' <<<"${times[$b]}" | grep . | sort -n)
  n=$(wc -l <<<"$sorted")
  median=$(sed -n "$(((n + 1) / 2))p" <<<"$sorted")
  printf '%-40s median %.2f  min %.2f\n' "$b" "$median" "$(head -1 <<<"$sorted")"
done
