#!/usr/bin/env bash
# The whole test suite, as CI runs it (README: ./scripts/test.sh).
#  1. installs Chromium, chromedriver and PostgreSQL 15 from Debian when missing (needs root);
#  2. starts a throwaway PostgreSQL 15 cluster of its own (temp dir, trust auth, port 55432 or
#     the next free one), stopped and deleted on exit;
#  3. mvn verify: unit, H2 and PostgreSQL integration tests, architecture and i18n checks;
#  4. starts target/convergence.jar on that PostgreSQL with demo data, then runs the browser
#     tests (mvn -Pe2e) against it.
# Outside CI, without root or packages, it falls back to embedded PostgreSQL for step 3 and H2
# for step 4, and skips the browser tests when Chromium is missing (CI=true makes that an error).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
export SE_OFFLINE=true SE_AVOID_STATS=true

PGBIN=/usr/lib/postgresql/15/bin
PG_USER=convergence
PG_PASSWORD=convergence
STARTED=$SECONDS
WORK=$(mktemp -d "${TMPDIR:-/tmp}/convergence-test.XXXXXX")
PGDATA="$WORK/pgdata"
APP_PID=""
PG_STARTED=""

log() { printf '\n==> [%4ss] %s\n' "$((SECONDS - STARTED))" "$*"; }
is_ci() { [ "${CI:-}" = "true" ]; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while port_busy "$port"; do port=$((port + 1)); done
  echo "$port"
}
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local status=$?
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_STARTED" ]; then
    as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
  log "done with status $status"
  exit "$status"
}
trap cleanup EXIT

install_packages() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -x "$PGBIN/initdb" ] || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
  elif is_ci; then
    echo "Missing packages: ${missing[*]} (run as root to install them)" >&2
    exit 1
  else
    echo "Missing packages: ${missing[*]}; continuing with what is available" >&2
  fi
}

start_postgres() {
  [ -x "$PGBIN/initdb" ] || return 1
  PG_PORT=$(free_port "${PG_PORT:-55432}")
  log "starting PostgreSQL 15 on port $PG_PORT"
  mkdir -p "$PGDATA"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; chmod 755 "$WORK"; fi
  as_postgres "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --no-locale >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_STARTED=yes
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "create role $PG_USER login createdb password '$PG_PASSWORD'" \
    -c "create database convergence_test owner $PG_USER" \
    -c "create database convergence_app owner $PG_USER"
}

wait_healthy() {
  local url=$1
  for _ in $(seq 1 240); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The application stopped; its log:" >&2
      tail -n 80 target/e2e-app.log >&2
      return 1
    fi
    if curl -fsS -o /dev/null "$url/actuator/health" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "The application did not become healthy in 120 s; its log:" >&2
  tail -n 80 target/e2e-app.log >&2
  return 1
}

install_packages

MVN_DB_ARGS=()
APP_DB_ARGS=(--convergence.data-dir="$WORK/data")
if start_postgres; then
  export CONVERGENCE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/convergence_test"
  export CONVERGENCE_TEST_PG_USER=$PG_USER CONVERGENCE_TEST_PG_PASSWORD=$PG_PASSWORD
  MVN_DB_ARGS=(-Dconvergence.test.pg.url="$CONVERGENCE_TEST_PG_URL"
    -Dconvergence.test.pg.user=$PG_USER -Dconvergence.test.pg.password=$PG_PASSWORD)
  APP_DB_ARGS+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/convergence_app"
    --spring.datasource.username=$PG_USER --spring.datasource.password=$PG_PASSWORD)
elif is_ci; then
  echo "PostgreSQL 15 is required in CI" >&2
  exit 1
else
  log "no PostgreSQL 15 server: PostgreSQL tests use embedded PostgreSQL, the jar uses H2"
fi

log "mvn verify"
mvn -B -ntp verify "${MVN_DB_ARGS[@]}"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if is_ci; then echo "Chromium and chromedriver are required in CI" >&2; exit 1; fi
  log "Chromium missing: browser tests skipped"
  exit 0
fi

APP_PORT=$(free_port "${APP_PORT:-18080}")
BASE_URL="http://127.0.0.1:$APP_PORT"
log "starting target/convergence.jar on $BASE_URL with demo data"
java -jar target/convergence.jar --server.port="$APP_PORT" --convergence.demo.mode=true \
  "${APP_DB_ARGS[@]}" >target/e2e-app.log 2>&1 </dev/null &
APP_PID=$!
wait_healthy "$BASE_URL"
log "application healthy; browser tests"
# axe-core for the accessibility browser test: no WebJar on the Maven mirror, so from npm.
AXE_VERSION=4.14.1
AXE_ARGS=()
if command -v npm >/dev/null && (cd target && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null \
    && tar -xzf "axe-core-$AXE_VERSION.tgz" package/axe.min.js); then
  AXE_ARGS=(-De2e.axe="$PWD/target/package/axe.min.js")
elif is_ci; then
  echo "axe-core $AXE_VERSION could not be fetched with npm" >&2; exit 1
else
  log "npm or the registry unavailable: accessibility browser test skipped"
fi
mvn -B -ntp -Pe2e test -Djacoco.skip=true -De2e.baseUrl="$BASE_URL" "${AXE_ARGS[@]}"
