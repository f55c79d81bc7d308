#!/usr/bin/env bash
# On-demand benchmarks (never part of mvn verify): ./scripts/bench.sh [name...]
# Builds the jar and the test classes, then runs sn.convergence.bench.Benchmarks in its own JVM.
# Known names: startup (jar start-to-healthy, fresh data dir, demo data, 5 runs; set
# BENCH_STARTUP_RUNS to change), resolve-name (name resolution on a warm JVM), presence-calculator
# and presence-report (presence aggregate, 46 departments x 5,000 rows; "presence" runs both),
# convergence-department, -commune, -sensitivity ("convergence" runs all three), import-csv and
# import-xlsx (100,000-row files imported end to end; "import" runs both; BENCH_XMX=512m checks
# the memory target). A name also
# selects the benchmarks named "<name>-...". Add a benchmark by dropping a BenchCase class into
# src/test/java/sn/convergence/bench. Reports wall-clock and thread CPU medians.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "nproc: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
java -version 2>&1 | head -1
exec java -Xmx"${BENCH_XMX:-1g}" -Dbench.startup.runs="${BENCH_STARTUP_RUNS:-5}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  sn.convergence.bench.Benchmarks "$@"
