#!/bin/bash
# Start-up as shipped: extracts JAR, trains an AppCDS archive (as README says), then times the first 200 of / on an
# existing data folder (3 rounds) and on a fresh one (2 rounds). Usage: perf/startup.sh JAR (e.g. to compare builds
# on one machine: perf/startup.sh old.jar; perf/startup.sh target/portale-welfare-0.1.0-SNAPSHOT.jar). With JAVA set to a
# JDK 25 (JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java perf/startup.sh JAR) it trains and uses the JDK's
# ahead-of-time cache instead (JEP 483/514/515), as the Docker image does.
set -u
JAR=$(realpath $1)
JAVA=${JAVA:-java}
if $JAVA -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
  TRAIN="-XX:AOTCacheOutput=app.aot"; USE="-XX:AOTCache=app.aot"
else
  TRAIN="-XX:ArchiveClassesAtExit=app.jsa"; USE="-XX:SharedArchiveFile=app.jsa"
fi
echo "$($JAVA -version 2>&1 | head -1); training: $TRAIN"
rm -rf /tmp/portal /tmp/su-train /tmp/su-fresh && $JAVA -Djarmode=tools -jar $JAR extract --destination /tmp/portal >/dev/null
cd /tmp/portal
J=$(ls *.jar)
# the flags the Dockerfile and README ship, for the training run too (the archive is made for its GC)
FLAGS="-Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2
$JAVA $FLAGS $TRAIN -Dspring.context.exit=onRefresh -jar $J --portal.embedded-db.data-dir=/tmp/su-train --server.port=18200 >/tmp/su-train.log 2>&1
# the training run exits at refresh and leaves its PostgreSQL running: stop it (fast shutdown)
[ -f /tmp/su-train/postmaster.pid ] && kill -INT $(head -1 /tmp/su-train/postmaster.pid)
while [ -f /tmp/su-train/postmaster.pid ]; do sleep 0.2; done
measure() { # $1 data dir
  local start=$(date +%s%N)
  $JAVA $FLAGS $USE -jar $J --portal.embedded-db.data-dir=$1 --server.port=18201 >/tmp/su-run.log 2>&1 &
  local pid=$!
  until curl -s -o /dev/null -w "%{http_code}" localhost:18201/ 2>/dev/null | grep -q 200; do sleep 0.05; done
  local end=$(date +%s%N)
  echo "$(( (end-start)/1000000 )) ms"
  kill $pid; wait $pid 2>/dev/null
  while [ -f $1/postmaster.pid ]; do sleep 0.2; done
}
echo "existing:"; for i in 1 2 3; do measure /tmp/su-train; done
echo "fresh:"; for i in 1 2; do rm -rf /tmp/su-fresh; measure /tmp/su-fresh; done
