#!/usr/bin/env bash
# Per-package mutation score gate over PIT's XML report (issue #10: >= 70% in each critical domain package).
# PIT's own mutationThreshold only checks the total over all target classes; this checks every package.
# Usage: bash .ci/mutation-gate.sh [mutations.xml] [threshold%]   (after `mvn -pl domain -Pmutation verify`)
set -euo pipefail
cd "$(dirname "$0")/.."
xml="${1:-domain/target/pit-reports/mutations.xml}"
threshold="${2:-70}"
[ -f "$xml" ] || { echo "mutation-gate: $xml not found (run: mvn -B -ntp -o -pl domain -Pmutation verify)" >&2; exit 1; }
critical="money edge sizing exit execution risk"
# PIT writes one <mutation ...> element per line: status + mutatedClass are all we need
awk -v threshold="$threshold" -v critical="$critical" '
  BEGIN { n = split(critical, names, " "); for (i = 1; i <= n; i++) want["com.precog.domain." names[i]] = 1 }
  /<mutation / {
    match($0, /<mutatedClass>[^<]*<\/mutatedClass>/); cls = substr($0, RSTART + 14, RLENGTH - 29)
    pkg = cls; sub(/\.[^.]*$/, "", pkg)
    total[pkg]++
    if ($0 ~ /detected=.true./) killed[pkg]++
    if ($0 ~ /status=.SURVIVED./) survived[pkg]++
    if ($0 ~ /status=.NO_COVERAGE./) nocov[pkg]++
  }
  END {
    fail = 0
    printf "%-30s %8s %8s %9s %12s %7s\n", "package", "killed", "total", "survived", "no coverage", "score"
    for (i = 1; i <= n; i++) {
      p = "com.precog.domain." names[i]
      if (!(p in total)) { printf "%-30s not mutated (missing from the report)\n", p; fail = 1; continue }
      score = 100 * killed[p] / total[p]
      printf "%-30s %8d %8d %9d %12d %6.1f%%%s\n", p, killed[p], total[p], survived[p], nocov[p], score, (score < threshold ? "  < " threshold "%: FAIL" : "")
      if (score < threshold) fail = 1
      all_k += killed[p]; all_t += total[p]
    }
    if (all_t > 0) printf "%-30s %8d %8d %9s %12s %6.1f%%\n", "all critical packages", all_k, all_t, "", "", 100 * all_k / all_t
    exit fail
  }' "$xml"
