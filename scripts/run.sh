#!/usr/bin/env bash
# Runs the application (README: ./scripts/run.sh): builds the jar when it is missing or older
# than the sources, then serves http://localhost:8080 on the embedded H2 database under ./data
# (demo data on first start). Extra arguments go to the application, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/convergence.jar
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  mvn -q -B -DskipTests package
fi
# C1-only JIT and the serial collector start the platform about a third faster on two cores.
exec java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -jar "$JAR" "$@"
