#!/usr/bin/env bash
# Two portal instances on one external PostgreSQL 17, behind HAProxy on one machine. Checks that
#   a. a staff login made on one instance is valid on the other (sessions in PostgreSQL, Spring Session JDBC);
#   b. a card edited through one instance is shown by the other at its next request;
#   c. stopping one instance (SIGTERM, graceful shutdown) under load loses no request HAProxy could retry,
#      and HAProxy takes the instance back when it restarts.
# Prints PASS/FAIL per check; exit status 1 if any check failed. Everything it starts is stopped on exit.
# Usage: perf/multi-instance.sh   (ports: PG_PORT, LB_PORT, PORT1, PORT2; WRK_SECONDS; runs as root or not)
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_TOOL=haproxy
source perf/two-instances.sh

# ---------------------------------------------------------------------------------------------------------------
# 3. HAProxy: round robin, a health check every second, and L7 retries: a request that meets a refused connection,
#    a closed keep-alive connection or a 503 from a stopping instance is sent again, to the other server
#    (option redispatch 1: every retry goes elsewhere). Only idempotent requests (GET, HEAD) are retried.
cat > "$TMP/haproxy.cfg" <<EOF
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch 1
  retry-on all-retryable-errors
frontend portal
  bind 127.0.0.1:$LB_PORT
  # The client's address for the portal (login throttling per address): Tomcat trusts X-Forwarded-For from loopback
  # the portal believes X-Forwarded-For only from PORTAL_TRUSTED_PROXIES (HAProxy here, on loopback)
  option forwardfor
  default_backend portals
backend portals
  balance roundrobin
  option httpchk GET /actuator/health
  http-check expect status 200
  server p1 127.0.0.1:$PORT1 check inter 1s fall 2 rise 2
  server p2 127.0.0.1:$PORT2 check inter 1s fall 2 rise 2
listen stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /stats
EOF
haproxy -c -q -f "$TMP/haproxy.cfg"
port_free "$LB_PORT"
haproxy -db -f "$TMP/haproxy.cfg" > "$TMP/haproxy.log" 2>&1 &
PROXY_PID=$!
# lbstat FIELD SERVER: one column of HAProxy's CSV statistics (status, stot = requests served, wretr, wredis)
lbstat() {
  curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | python3 -c '
import csv, sys
rows = list(csv.reader(l.lstrip("# ") for l in sys.stdin))
head = rows[0]
for r in rows[1:]:
    if r[0] == "portals" and r[1] == sys.argv[2]:
        print(r[head.index(sys.argv[1])])' "$1" "$2" 2>/dev/null || true
}
wait_lb_up() { # wait_lb_up SERVER
  for _ in $(seq 60); do [ "$(lbstat status "$1")" = UP ] && return 0; sleep 0.5; done; return 1
}
wait_lb_up p1 && wait_lb_up p2 || die "HAProxy does not see both instances UP"
echo "HAProxy on port $LB_PORT: p1 $(lbstat status p1), p2 $(lbstat status p2)"

# ---------------------------------------------------------------------------------------------------------------
# Helpers for the staff pages
I1=http://localhost:$PORT1
I2=http://localhost:$PORT2
JAR_COOKIES=$TMP/cookies.txt
# The value of a hidden input (the CSRF token of the page's first form that has one)
csrf_of() { python3 -c '
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "_csrf" and not hasattr(self, "token"):
            self.token = a.get("value", "")
p = P(); p.feed(sys.stdin.read()); print(getattr(p, "token", ""))'; }
session_of() { awk '$6 == "SESSION" { print $7 }' "$JAR_COOKIES" | tail -1; }
title_of() { python3 -c '
import sys, html, re
m = re.search(r"<h1[^>]*>(.*?)</h1>", sys.stdin.read(), re.S)
print(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip() if m else "")'; }

# ---------------------------------------------------------------------------------------------------------------
# a. Log in through instance 1, then use the same SESSION cookie on instance 2
log "a. a login on instance 1 is valid on instance 2"
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$I1/login" -o "$TMP/login.html"
CSRF=$(csrf_of < "$TMP/login.html")
LOGIN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' "$I1/login" \
  --data-urlencode "username=$ADMIN_USER" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF")
SESSION=$(session_of)
echo "POST /login on instance 1: $LOGIN; SESSION cookie ${SESSION:0:12}…"
ADMIN2=$(curl -s -o "$TMP/admin2.html" -w '%{http_code} %{redirect_url}' -H "Cookie: SESSION=$SESSION" "$I2/admin")
echo "GET /admin on instance 2 with that cookie: $ADMIN2"
if [[ $LOGIN == "302 "*"/admin" && $ADMIN2 == "200 " ]] && grep -q 'action="/logout"' "$TMP/admin2.html"; then
  result a PASS "login on instance 1 ($LOGIN), /admin on instance 2 with the same cookie: 200"
else
  result a FAIL "login on instance 1: $LOGIN; /admin on instance 2: $ADMIN2"
fi

# ---------------------------------------------------------------------------------------------------------------
# b. Read a card through instance 2, edit its title with the staff form of instance 1, read it again on instance 2
log "b. a card edited through instance 1 is shown by instance 2"
SLUG=$(curl -s "$I2/pratiche.json" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["slug"])')
BEFORE=$(curl -s "$I2/pratiche/$SLUG" | title_of)
echo "card /pratiche/$SLUG on instance 2: «$BEFORE»"
ID=$(curl -s -H "Cookie: SESSION=$SESSION" "$I1/admin/pratiche?q=$SLUG" \
  | grep -o 'href="/admin/pratiche/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
[ -n "$ID" ] || die "card $SLUG not found in /admin/pratiche?q=$SLUG"
MARK="verifica$(date +%s)"
NEW_TITLE="$BEFORE $MARK"
curl -s -H "Cookie: SESSION=$SESSION" "$I1/admin/pratiche/$ID" -o "$TMP/form.html"
# Re-post the whole form as a browser would: every named input, select, textarea and checked box of the form that
# posts to /admin/pratiche (the hidden id, version and _csrf included), with only the title changed.
cat > "$TMP/form.py" <<'PY'
import sys, urllib.parse
from html.parser import HTMLParser

class Form(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self.active, self.select, self.options, self.textarea = [], False, None, [], None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.active = a.get("action") == "/admin/pratiche" and a.get("method", "get").lower() == "post"
        if not self.active or "disabled" in a:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((name, a.get("value", "on")))
            elif kind not in ("submit", "button", "reset", "file", "image"):
                self.fields.append((name, a.get("value") or ""))
        elif tag == "select" and name:
            self.select, self.options = (name, "multiple" in a), []
        elif tag == "option" and self.select:
            self.options.append([a.get("value"), "selected" in a, ""])
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data
        elif self.select and self.options and self.options[-1][0] is None:
            self.options[-1][2] += data
    def handle_endtag(self, tag):
        if tag == "form":
            self.active = False
        elif tag == "select" and self.select:
            name, multiple = self.select
            values = [(v if v is not None else t.strip()) for v, s, t in self.options if s]
            if not values and not multiple and self.options:   # no option selected: the browser sends the first
                v, _, t = self.options[0]
                values = [v if v is not None else t.strip()]
            self.fields += [(name, v) for v in values]
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            if text.startswith("\r\n"): text = text[2:]    # browsers drop the newline right after <textarea>
            elif text.startswith("\n"): text = text[1:]
            self.fields.append((name, text))
            self.textarea = None

form = Form()
form.feed(sys.stdin.read())
fields = [(k, sys.argv[1] if k == "title" else v) for k, v in form.fields]
assert any(k == "title" for k, _ in fields) and any(k == "_csrf" for k, _ in fields), "form not found"
print(f"{len(fields)} fields: " + ", ".join(sorted({k for k, _ in fields})), file=sys.stderr)
sys.stdout.write(urllib.parse.urlencode(fields))
PY
python3 "$TMP/form.py" "$NEW_TITLE" < "$TMP/form.html" > "$TMP/form.body"
SAVE=$(curl -s -o "$TMP/save.html" -w '%{http_code} %{redirect_url}' -H "Cookie: SESSION=$SESSION" \
  -H 'Content-Type: application/x-www-form-urlencoded' --data-binary @"$TMP/form.body" "$I1/admin/pratiche")
echo "POST /admin/pratiche (id $ID) on instance 1: $SAVE"
AFTER=$(curl -s "$I2/pratiche/$SLUG" | title_of)
echo "card /pratiche/$SLUG on instance 2, next request: «$AFTER»"
# The catalogue search of instance 2 (its facet index and text cache, rebuilt when the catalogue version changes)
FOUND=$(curl -s "$I2/pratiche?q=$MARK" | grep -c "/pratiche/$SLUG\"" || true)
echo "search /pratiche?q=$MARK on instance 2: link to the card found $FOUND time(s)"
if [[ $SAVE == "302 "*"/admin/pratiche/$ID" && $AFTER == "$NEW_TITLE" ]]; then
  result b PASS "title changed on instance 1 (POST $SAVE), instance 2 shows «$AFTER» at its next request"
else
  result b FAIL "POST on instance 1: $SAVE; instance 2 shows «$AFTER», expected «$NEW_TITLE»"
fi
if [ "$FOUND" -ge 1 ]; then
  result b2 PASS "instance 2's catalogue search finds the new title word at once"
else
  result b2 FAIL "instance 2's catalogue search does not find the new title word ($MARK)"
fi

# ---------------------------------------------------------------------------------------------------------------
# c. wrk through HAProxy on / and /pratiche; SIGTERM to instance 2 half-way; then instance 2 restarted
log "c. instance 2 stopped (SIGTERM) during $WRK_SECONDS s of load through HAProxy"
cat > "$TMP/count.lua" <<'LUA'
-- Alternates / and /pratiche; counts the status codes per thread and sums them at the end.
local paths, i, threads = { "/", "/pratiche" }, 0, {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function request() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  local line = "status codes:"
  for status, n in pairs(total) do line = line .. " " .. status .. "=" .. n end
  print(line)
end
LUA
# Warm both JVMs a little so that the run measures the switch-over rather than the JIT
wrk -t2 -c4 -d5s -s "$TMP/count.lua" "http://127.0.0.1:$LB_PORT" > /dev/null
# Everything shares the machine's cores: the load average tells whether something else was running too
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
RETR0=$(( $(lbstat wretr p1) + $(lbstat wretr p2) )); REDIS0=$(( $(lbstat wredis p1) + $(lbstat wredis p2) ))
# --timeout 10s: on 2 busy cores a slow answer is not a lost request (wrk's default gives up after 2 s)
wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 10s --latency -s "$TMP/count.lua" "http://127.0.0.1:$LB_PORT" \
  > "$TMP/wrk.log" 2>&1 &
WRK_PID=$!
sleep $((WRK_SECONDS / 2))
T_TERM=$SECONDS
kill -TERM "$PIDS_PORTAL2"
echo "SIGTERM sent to instance 2 (pid $PIDS_PORTAL2) $((WRK_SECONDS / 2)) s into the run"
wait "$PIDS_PORTAL2" || true   # our child: wait returns when the JVM has exited
echo "instance 2 exited $((SECONDS - T_TERM)) s after SIGTERM; HAProxy sees p2 $(lbstat status p2)"
wait "$WRK_PID" || true
PIDS_PORTAL2=""
cat "$TMP/wrk.log"
REQUESTS=$(awk '/requests in/ { print $1 }' "$TMP/wrk.log")
RPS=$(awk '/Requests\/sec/ { print $2 }' "$TMP/wrk.log")
# wrk prints these two lines only when there is something to count
NON2XX=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$TMP/wrk.log"); NON2XX=${NON2XX:-0}
SOCKET=$(sed -n 's/.*Socket errors: //p' "$TMP/wrk.log"); SOCKET=${SOCKET:-0}
SOCKET_SUM=$(echo "$SOCKET" | { grep -o '[0-9]\+' || true; } | awk '{ s += $1 } END { print s + 0 }')
CODES=$(sed -n 's/^status codes: //p' "$TMP/wrk.log")
RETRIES=$(( $(lbstat wretr p1) + $(lbstat wretr p2) - RETR0 ))
REDISPATCHES=$(( $(lbstat wredis p1) + $(lbstat wredis p2) - REDIS0 ))
echo "HAProxy during the run: $REDISPATCHES requests redispatched to the other instance, $RETRIES connection retries"
SUMMARY="$REQUESTS requests ($RPS/s; status $CODES), non-2xx/3xx: $NON2XX, socket errors: $SOCKET;"
SUMMARY+=" HAProxy redispatched $REDISPATCHES, retried $RETRIES"
if [ "$NON2XX" -eq 0 ] && [ "$SOCKET_SUM" -eq 0 ] && [ -n "$REQUESTS" ]; then
  result c PASS "$SUMMARY"
else
  result c FAIL "$SUMMARY"
fi

log "c2. instance 2 restarted: HAProxy takes it back"
T_START=$SECONDS
start_portal "$PORT2" "$TMP/portal2.log"; PIDS_PORTAL2=$!; wait_up "$PORT2" "$PIDS_PORTAL2"
if wait_lb_up p2; then
  T_UP=$((SECONDS - T_START))
  STOT0=$(lbstat stot p2)
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$LB_PORT/pratiche"; done
  SERVED=$(( $(lbstat stot p2) - STOT0 ))
  echo "HAProxy: p2 UP $T_UP s after the restart; it served $SERVED of the next 20 requests"
  if [ "$SERVED" -ge 5 ]; then
    result c2 PASS "p2 UP again in HAProxy $T_UP s after the restart, served $SERVED of the next 20 requests"
  else
    result c2 FAIL "p2 UP but served only $SERVED of the next 20 requests"
  fi
else
  result c2 FAIL "HAProxy does not see p2 UP again (status $(lbstat status p2))"
fi

log "results"
printf '%s\n' "${RESULTS[@]}"
! printf '%s\n' "${RESULTS[@]}" | grep -q '^FAIL'
