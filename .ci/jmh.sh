#!/usr/bin/env bash
# Runs JMH benchmarks of one module (called by the `bench` Maven profile from each module dir).
# Args: CLASSPATH REGEX [JMH args...]. Skips modules with no benchmark matching REGEX.
set -euo pipefail
cp="$1"; regex="$2"; shift 2
list="target/test-classes/META-INF/BenchmarkList"
if [ ! -f "$list" ] || ! cut -d' ' -f2- "$list" | grep -Eq -- "$regex"; then
  echo "jmh: no benchmark matching '$regex' in $(basename "$PWD"), skipped"
  exit 0
fi
exec "${JAVA_HOME:-/usr}/bin/java" -cp "$cp" org.openjdk.jmh.Main "$regex" "$@"
