#!/usr/bin/env bash
# nginx proxy_cache in front of two portal instances on one PostgreSQL 17: how the portal grows past one machine.
# Measures the catalogue mix (perf/mix-urls.sh, perf/mix.lua: 2,400 URLs, wrk -t2 -c32) on one instance directly and
# through nginx, with the share of answers nginx gave from its cache, and checks that the cache keeps the languages
# apart (Vary: Accept-Language) and never serves a staff session from the cache; expired copies are revalidated with
# the portal's ETag (REVALIDATED in the cache statuses).
# Prints PASS/FAIL per check and the figures; exit status 1 if a check failed. Everything it starts is stopped on exit.
# Usage: perf/proxy-cache.sh   (ports: PG_PORT, LB_PORT, PORT1, PORT2; WRK_SECONDS, default 20)
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_TOOL=nginx
source perf/two-instances.sh

# ---------------------------------------------------------------------------------------------------------------
# nginx: round robin over the two instances with keep-alive, and a cache that follows the portal's Cache-Control,
# ETag and Vary: a fresh copy is served without asking; an expired one is revalidated (If-None-Match → 304) in the
# background while the stale copy is served; a request with a staff session never reads or fills the cache.
mkdir -p "$TMP/nginx/cache"
# started as root, nginx runs its worker as an unprivileged user, which cannot enter our private temporary folder
WORKER_USER=$([ "$(id -u)" -eq 0 ] && echo "user root;" || true)
cat > "$TMP/nginx/nginx.conf" <<CONF
$WORKER_USER
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx-error.log warn;
events { worker_connections 1024; }
http {
  log_format cachelog '\$upstream_cache_status \$status \$request_uri';
  access_log $TMP/nginx-access.log cachelog;
  proxy_cache_path $TMP/nginx/cache levels=1:2 keys_zone=portal:20m max_size=500m inactive=10m use_temp_path=off;
  client_body_temp_path $TMP/nginx/body; proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fcgi; uwsgi_temp_path $TMP/nginx/uwsgi; scgi_temp_path $TMP/nginx/scgi;
  upstream portals {
    server 127.0.0.1:$PORT1 max_fails=2 fail_timeout=5s;
    server 127.0.0.1:$PORT2 max_fails=2 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://portals;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_503;
      proxy_cache portal;
      proxy_cache_key \$scheme\$http_host\$request_uri;
      proxy_cache_revalidate on;
      proxy_cache_use_stale error timeout updating http_503;
      proxy_cache_background_update on;
      proxy_cache_lock on;
      proxy_no_cache \$cookie_SESSION;
      proxy_cache_bypass \$cookie_SESSION;
      add_header X-Cache-Status \$upstream_cache_status always;
    }
  }
}
CONF
port_free "$LB_PORT"
nginx -t -q -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" 2>> "$TMP/nginx-error.log"
nginx -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" -g 'daemon off;' 2>> "$TMP/nginx-error.log" &
PROXY_PID=$!
for _ in $(seq 40); do curl -fs -o /dev/null "http://127.0.0.1:$LB_PORT/actuator/health" && break; sleep 0.25; done
LB=http://127.0.0.1:$LB_PORT
status_of() { curl -s -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache-status" { print $2 }'; }

# ---------------------------------------------------------------------------------------------------------------
log "a. the cache keeps each language apart and leaves staff sessions alone"
curl -s -o /dev/null "$LB/notizie"                                    # Italian copy now in the cache
IT_AGAIN=$(status_of "$LB/notizie")
EN_LANG=$(curl -s -H 'Accept-Language: en' "$LB/notizie" | { grep -o '<html lang="[a-z]*"' || true; } | head -1)
STAFF=$(status_of -H 'Cookie: SESSION=not-a-real-session' "$LB/notizie")
echo "second Italian request: $IT_AGAIN; English request: $EN_LANG; request with a SESSION cookie: $STAFF"
if [ "$IT_AGAIN" = HIT ] && [ "$EN_LANG" = '<html lang="en"' ] && [ "$STAFF" = BYPASS ]; then
  result a PASS "Italian copy served from the cache ($IT_AGAIN), English readers get English, staff bypass"
else
  result a FAIL "Italian: $IT_AGAIN, English: $EN_LANG, staff: $STAFF"
fi

# ---------------------------------------------------------------------------------------------------------------
log "b. the catalogue mix, on one instance directly and through nginx"
export PGPASSWORD=postgres PGDATABASE=welfare
URLS=$TMP/mix-urls.txt
perf/mix-urls.sh "$PG_PORT" > "$URLS"
echo "$(wc -l < "$URLS") URLs"
SECONDS_EACH=${WRK_SECONDS:-20}
mix() { # mix BASE: requests/s of the mix after a 10 s warm-up
  MIX_URLS=$URLS wrk -t2 -c32 -d10s --timeout 10s -s perf/mix.lua -H 'Accept-Encoding: gzip' "$1" > /dev/null
  echo "load before: $(cut -d' ' -f1 /proc/loadavg)" >&2
  MIX_URLS=$URLS wrk -t2 -c32 -d"${SECONDS_EACH}s" --timeout 10s -s perf/mix.lua -H 'Accept-Encoding: gzip' "$1" \
    | tee -a "$TMP/wrk.log" | awk '/Requests\/sec/ { print $2 }'
}
DIRECT=$(mix "http://127.0.0.1:$PORT1")
echo "instance 1 directly: $DIRECT req/s"
: > "$TMP/nginx-access.log"
# one pass over every URL through nginx first, as a day of visitors would leave the cache
xargs -P4 -I{} curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$LB{}" < "$URLS"
CACHED=$(mix "$LB")
echo "through nginx: $CACHED req/s"
SHARE=$(awk '{ n[$1]++; t++ } END { for (s in n) printf "%s %.1f%%  ", s, 100 * n[s] / t }' "$TMP/nginx-access.log")
echo "nginx cache status of the requests (warm-up included): $SHARE"
ERRORS=$(awk '$2 >= 500 { e++ } END { print e + 0 }' "$TMP/nginx-access.log")
if [ "$ERRORS" -eq 0 ]; then
  result b PASS "mix: $DIRECT req/s on one instance, $CACHED req/s through nginx; cache: $SHARE; 0 errors"
else
  result b FAIL "mix through nginx: $ERRORS answers 5xx"
fi

# ---------------------------------------------------------------------------------------------------------------
log "c. the catalogue's first page and a card, directly and through nginx"
CARD=$(psql -h localhost -p "$PG_PORT" -U postgres -tAc \
  "select '/pratiche/' || slug from practice where status = 'PUBLISHED' order by id limit 1")
for path in /pratiche "$CARD"; do
  for base in "http://127.0.0.1:$PORT1" "$LB"; do
    wrk -t2 -c32 -d5s -H 'Accept-Encoding: gzip' "$base$path" > /dev/null
    RATE=$(wrk -t2 -c32 -d"${SECONDS_EACH}s" --timeout 10s -H 'Accept-Encoding: gzip' "$base$path" \
      | awk '/Requests\/sec/ { print $2 }')
    echo "$path via $base: $RATE req/s (load $(cut -d' ' -f1 /proc/loadavg))"
    result c PASS "$path via $base: $RATE req/s"
  done
done

log "results"
printf '%s\n' "${RESULTS[@]}"
! printf '%s\n' "${RESULTS[@]}" | grep -q '^FAIL'
