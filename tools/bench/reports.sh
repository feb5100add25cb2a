#!/usr/bin/env bash
# Whole-process times of the reports (and of a one-row command, which is mostly start-up) on stores that already
# hold the benchmark data, for this checkout and, if given, a baseline checkout built the same way: the two
# alternate command by command, so that both see the same machine. Prints each time and the medians.
# Usage: tools/bench/reports.sh ROUNDS STORE [STORE...] [-- BASELINE_DIR]
#   e.g. tools/bench/reports.sh 6 "postgresql://127.0.0.1:5433/imp12?user=postgres" sqlite:/tmp/bench/bench.db -- /tmp/old
# CRM_BENCH_COMMANDS (one command a line) replaces the default three, e.g. to time the value reports.
set -euo pipefail
rounds=$1
shift
stores=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do stores+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
builds=("$here")
[ -n "${1:-}" ] && builds+=("$(cd "$1" && pwd)")
results="$(mktemp)"
commands="${CRM_BENCH_COMMANDS:-report lifecycle --as-of 2024-12-31
report rfm --as-of 2024-12-31
customers list --limit 1}"
for build in "${builds[@]}"; do "$build/crm" --version > /dev/null; done   # builds the jar and archive if stale
for ((round = 1; round <= rounds; round++)); do
  for store in "${stores[@]}"; do
    while IFS= read -r command; do
      [ -z "$command" ] && continue
      for build in "${builds[@]}"; do
        start=$(date +%s%N)
        # shellcheck disable=SC2086
        "$build/crm" --quiet --store "$store" $command > /dev/null < /dev/null
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        echo "$build|$store|$command|$ms" | tee -a "$results"
      done
    done <<< "$commands"
  done
done
echo "medians (ms):"
sort -t'|' -k1,3 -k4n "$results" | awk -F'|' '
  { key = $1 "|" $2 "|" $3; v[key] = v[key] " " $4; n[key]++ }
  END { for (k in v) { split(substr(v[k], 2), a, " "); m = a[int((n[k] + 1) / 2)]; print m "\t" k } }' | sort -t'|' -k2,3
rm -f "$results"
