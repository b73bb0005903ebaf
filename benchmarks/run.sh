#!/usr/bin/env bash
# Runs the JMH benchmarks and writes the results under benchmarks/results/.
# Usage: benchmarks/run.sh [JMH regex] [extra JMH options...]
#   e.g. benchmarks/run.sh 'lifecycle' ; benchmarks/run.sh '.' -f 2 -wi 3 -i 5
# Needs a build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
[ -f "$jar" ] || { echo "run 'mvn -q -DskipTests package' first: $jar is missing" >&2; exit 2; }
filter=${1:-.}
shift || true
# options after the regex replace the defaults
opts=("$@")
[ ${#opts[@]} -gt 0 ] || opts=(-f 1 -wi 2 -w 2s -i 3 -r 2s)
stamp=$(date -u +%Y-%m-%d)
name=$(echo "$filter" | tr -c 'a-zA-Z0-9_-' '_' | sed 's/_*$//')
out="results/${stamp}-${name:-all}"
{
  echo "# machine"
  echo "cpus: $(nproc) x $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "memory: $(free -g 2>/dev/null | awk '/^Mem:/{print $2 " GiB"}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "options: ${opts[*]}"
} > "$out.txt"
java -jar "$jar" "$filter" "${opts[@]}" -rf json -rff "$out.json" | tee -a "$out.txt"
echo "results in benchmarks/$out.txt and .json"
