#!/usr/bin/env bash
# Measures how long the prepared server takes from "server start" to /health/ready = 200,
# over N runs (default 3), on the embedded defaults. Prints each run and the median.
# Usage (after ./mvnw package liberty:create liberty:deploy): src/test/benchmark/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
wlp=target/liberty/wlp
port=9080
times=()
for i in $(seq 1 "$runs"); do
  "$wlp/bin/server" stop citiverse > /dev/null 2>&1 || true
  start=$(date +%s.%N)
  "$wlp/bin/server" start citiverse > /dev/null
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready")" = 200 ]; do sleep 0.2; done
  end=$(date +%s.%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  times+=("$t")
  echo "run $i: ready after ${t} s"
done
"$wlp/bin/server" stop citiverse > /dev/null
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s"}'
echo "WAR size: $(du -k target/citiverse.war | cut -f1) KiB"
