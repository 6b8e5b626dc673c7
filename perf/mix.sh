#!/usr/bin/env bash
# Throughput of a running portal: wrk -t2 -c32 over the 2,400-URL catalogue mix (perf/mix-urls.sh, perf/mix.lua), then
# plain /pratiche and one card. Gzip asked, no If-None-Match: every answer is a render. Each measure follows a warm-up
# (a whole pass over the mix with 4 clients, so that every text was searched once, then 15 s of wrk).
# Usage: perf/mix.sh http://localhost:18080 PGPORT [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=$1
PGPORT=$2
SECONDS_EACH=${3:-30}
URLS=perf/results/mix-urls-$PGPORT.txt
mkdir -p perf/results
[ -s "$URLS" ] || perf/mix-urls.sh "$PGPORT" > "$URLS"
CARD=$(psql -h localhost -p "$PGPORT" -U postgres -tAc "select '/pratiche/' || slug from practice where status = 'PUBLISHED' order by id limit 1")
start=$(date +%s)
xargs -P4 -I{} curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$BASE{}" < "$URLS"
echo "warm-up pass over $(wc -l < "$URLS") URLs: $(( $(date +%s) - start )) s"
MIX_URLS=$URLS wrk -t2 -c32 -d15s --timeout 10s -s perf/mix.lua -H 'Accept-Encoding: gzip' "$BASE" > /dev/null
echo "load before the mix: $(cut -d' ' -f1 /proc/loadavg)"
echo "== mix"; MIX_URLS=$URLS wrk -t2 -c32 -d"${SECONDS_EACH}s" --timeout 10s -s perf/mix.lua -H 'Accept-Encoding: gzip' "$BASE" | tail -2
for path in /pratiche "$CARD"; do
  wrk -t2 -c32 -d5s -H 'Accept-Encoding: gzip' "$BASE$path" > /dev/null
  echo "== $path (load $(cut -d' ' -f1 /proc/loadavg))"
  wrk -t2 -c32 -d"${SECONDS_EACH}s" --timeout 10s -H 'Accept-Encoding: gzip' "$BASE$path" | grep -E "Requests/sec|Non-2xx|Socket errors|Latency"
done
