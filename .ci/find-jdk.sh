#!/usr/bin/env bash
# Sourced by ./precog and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME, the `javac` on PATH, then common install folders (newest first).
# Fails loudly when none exists.
precog_jdk_major() { # $1 = JDK home; prints its feature version or nothing
  local v
  [ -x "$1/bin/javac" ] || return 1
  if [ -f "$1/release" ]; then  # cheap: no JVM start
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n1)
  fi
  if [ -z "${v:-}" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
    v="${v%%.*}"
  fi
  [ -n "$v" ] && echo "$v"
}
precog_find_jdk() {
  local cand m javac_path
  local -a cands=()
  [ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME")
  if javac_path=$(command -v javac 2>/dev/null); then
    cands+=("$(dirname "$(dirname "$(readlink -f "$javac_path")")")")
  fi
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && cands+=("$d")
  done
  local best="" bestm=0
  for cand in "${cands[@]}"; do
    m=$(precog_jdk_major "$cand") || continue
    [ -n "$m" ] || continue
    if [ "$m" -ge 21 ] 2>/dev/null; then
      # the explicitly configured JAVA_HOME wins if it qualifies
      if [ "$cand" = "${JAVA_HOME:-}" ]; then best="$cand"; break; fi
      if [ "$m" -gt "$bestm" ]; then best="$cand"; bestm="$m"; fi
    fi
  done
  if [ -z "$best" ]; then
    echo "precog: no JDK >= 21 found (looked at JAVA_HOME, javac on PATH, /usr/lib/jvm, /opt/java, ~/.sdkman)." >&2
    echo "precog: install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
