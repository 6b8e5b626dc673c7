#!/usr/bin/env bash
# Import benchmark (issue 13): a portal on its own embedded database, a survey file of 5,000 rows made of real comuni
# and the taxonomy (perf/import-rows.sql), uploaded as an administrator would: the time of the dry run (upload to
# report), of the import (Importa to done) and of a second import of the same file (5,000 updates).
# Usage: perf/import.sh [rows]   (needs psql and curl; writes perf/results/import-*.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-5000}
DATA=perf/results/import-db
PGPORT=55433
HTTP=18093
ADMIN=perf-admin
PASSWORD='Benchmark-import-2026!'
BASE="http://localhost:$HTTP"
mkdir -p perf/results
command -v psql >/dev/null || { echo "psql is needed (apt-get install -y postgresql-client)"; exit 1; }
PSQL=(psql -h localhost -p $PGPORT -U postgres -tA)

[ -f target/portale-welfare-0.1.0-SNAPSHOT.jar ] && [ "${REBUILD:-1}" = 0 ] || ./mvnw -q -B -ntp -DskipTests -Djacoco.skip=true package
PORTAL_ADMIN_USERNAME=$ADMIN PORTAL_ADMIN_PASSWORD=$PASSWORD java -Xmx300m ${JAVA_OPTS:-} -jar target/portale-welfare-0.1.0-SNAPSHOT.jar \
  --server.port=$HTTP --portal.embedded-db.data-dir=$DATA --portal.embedded-db.port=$PGPORT \
  > perf/results/import-portal.log 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$BASE/actuator/health"; do sleep 1; done

FILE=perf/results/import-$ROWS.csv
sed "s/ROWS/$ROWS/" perf/import-rows.sql | "${PSQL[@]}" -q -f - > "$FILE"
[ "$(wc -l < "$FILE")" -gt "$ROWS" ] || { echo "the file was not generated"; exit 1; }
echo "file: $FILE, $(($(wc -l < "$FILE") - 1)) rows, $(du -k "$FILE" | cut -f1) kB"

JAR=perf/results/import-cookies.txt
rm -f "$JAR"
token() { curl -s -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"\|_csrf=[^"&]*' | head -1 | sed 's/.*value="//; s/"$//; s/_csrf=//'; }
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=$ADMIN" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$(token /login)" "$BASE/login"

status() { "${PSQL[@]}" -c "select status from import_job where id = $1"; }
wait_for() { while [ "$(status "$1")" = "$2" ]; do sleep 0.2; done; }
now() { date +%s.%N; }

run() {
  local label=$1 start job
  start=$(now)
  job=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' -F "fonte=Benchmark $ROWS righe" \
    -F "file=@$FILE;type=text/csv" "$BASE/admin/pratiche/importa?_csrf=$(token /admin/pratiche/importa)" | grep -o '[0-9]*$')
  local uploaded; uploaded=$(now)
  wait_for "$job" CHECKING
  local checked; checked=$(now)
  echo "$label: dry run $(status "$job"), $("${PSQL[@]}" -c "select total_rows || ' rows, ' || error_count || ' errors' from import_job where id = $job")"
  curl -s -b "$JAR" -c "$JAR" -o /dev/null -d pubblica=si --data-urlencode "_csrf=$(token "/admin/pratiche/importa/$job")" \
    "$BASE/admin/pratiche/importa/$job/importa"
  local started; started=$(now)
  wait_for "$job" IMPORTING
  local done_; done_=$(now)
  echo "$label: import $(status "$job"), $("${PSQL[@]}" -c "select created_count || ' created, ' || updated_count || ' updated' from import_job where id = $job")"
  printf '%s: upload answered in %.1f s; dry run (upload to report) %.1f s; import (Importa to done) %.1f s\n' "$label" \
    "$(echo "$uploaded - $start" | bc)" "$(echo "$checked - $start" | bc)" "$(echo "$done_ - $started" | bc)"
}

# a first import creates the cards: remove those of an earlier run
"${PSQL[@]}" -q -c "delete from practice where import_source_id in (select id from import_source where name like 'Benchmark %')"

OUT=perf/results/import-$ROWS.txt
{
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  echo "cards before: $("${PSQL[@]}" -c "select count(*) from practice")"
  run "first import"
  run "second import of the same file"
  echo "cards after: $("${PSQL[@]}" -c "select count(*) from practice")"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
