#!/usr/bin/env bash
# Catalogue benchmark: a portal on its own embedded database with 100,000 synthetic cards, 20 typical catalogue
# queries, p50/p95 of the server time (curl's time to first byte on loopback). Usage: perf/run.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
REPS=${1:-30}
DATA=perf/results/postgres
PGPORT=55432
HTTP=18080
mkdir -p perf/results
command -v psql >/dev/null || { echo "psql is needed (apt-get install -y postgresql-client)"; exit 1; }

./mvnw -q -B -ntp -DskipTests package
java -jar target/portale-welfare-*.jar --server.port=$HTTP --portal.embedded-db.data-dir=$DATA \
  --portal.embedded-db.port=$PGPORT > perf/results/portal.log 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://localhost:$HTTP/actuator/health"; do sleep 1; done

if [ "$(psql -h localhost -p $PGPORT -U postgres -tAc "select count(*) from practice")" -lt 100000 ]; then
  psql -q -h localhost -p $PGPORT -U postgres -f perf/load-synthetic.sql
fi
echo "cards: $(psql -h localhost -p $PGPORT -U postgres -tAc "select count(*) from practice where status = 'PUBLISHED'")"

# Warm-up: 50 requests per URL, all URLs before any timing, so that the JIT has compiled the shared code paths
# (page rendering, filters) as on a server that has been up for a while; 10 per URL left the first URLs timed cold.
for _ in $(seq 5); do
  while read -r path; do
    for _ in $(seq 10); do curl -s -o /dev/null "http://localhost:$HTTP$path"; done
  done < perf/queries.txt
done

OUT=perf/results/timings.txt
: > "$OUT"
while read -r path; do
  for _ in $(seq "$REPS"); do
    curl -s -o /dev/null -w "%{time_starttransfer}\n" "http://localhost:$HTTP$path"
  done | sort -n | awk -v p="$path" '{ t[NR] = $1 * 1000 } END {
    printf "%-80s p50 %6.1f ms  p95 %6.1f ms\n", p, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)] }' | tee -a "$OUT"
done < perf/queries.txt
awk '{ print $(NF-1) }' "$OUT" | sort -n | tail -1 | sed 's/^/slowest p95 among the queries: /; s/$/ ms/'
