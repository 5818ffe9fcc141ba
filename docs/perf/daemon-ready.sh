#!/usr/bin/env bash
# Measures "daemon ready" (issue 9): `./precog run --mode paper` against the standalone fake Kalshi
# exchange, N first starts (each in an empty PRECOG_HOME: initdb) and N restarts (same PRECOG_HOME).
# Prints every run's "ready X s" and the medians, with the load. Needs the jar and the test classes:
#   mvn -B -ntp -o -DskipTests -Djacoco.skip=true package -pl runner -am
# Usage: docs/perf/daemon-ready.sh [RUNS=3]   (PRECOG_LOG_LEVEL=debug adds the start-up phase log lines)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
cd "$here"
. "$here/.ci/find-jdk.sh"; precog_find_jdk >/dev/null
work="$(mktemp -d)"
trap 'kill "$fake" 2>/dev/null || true; rm -rf "$work"' EXIT
"$JAVA_HOME/bin/java" -cp "$here/adapters-kalshi/target/test-classes:$here/runner/target/precog.jar" \
  com.precog.adapters.kalshi.fake.FakeKalshiExchange > "$work/fake.env" 2>/dev/null &
fake=$!
for _ in $(seq 100); do n="$(grep -c = "$work/fake.env" 2>/dev/null || true)"; [ "${n:-0}" -ge 4 ] && break; sleep 0.1; done
set -a; . "$work/fake.env"; set +a
export ESPN_BASE_URL=http://127.0.0.1:9   # nothing listens: the game feed fails fast, as in DaemonProcessTest
one() { # $1 = PRECOG_HOME; prints the ready figure
  PRECOG_HOME="$1" "$here/precog" run --mode paper --duration 1s > "$work/out" 2> "$work/err" || true
  sed -n 's/.*ready \([0-9.]*\) s after JVM start.*/\1/p' "$work/out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "load before: $(uptime)"
first=(); again=()
for i in $(seq "$runs"); do
  home="$work/home$i"; mkdir -p "$home"
  f="$(one "$home")"; r="$(one "$home")"
  first+=("$f"); again+=("$r")
  echo "run $i: first start ${f} s, restart ${r} s   ($(uptime | sed 's/.*load/load/'))"
done
echo "median first start: $(printf '%s\n' "${first[@]}" | median) s; median restart: $(printf '%s\n' "${again[@]}" | median) s"
echo "load after: $(uptime)"
