#!/bin/sh
# The whole job side by side: tidy facts CSV -> discrete quarters -> filing YoY -> CSV, by kpi4j
# (`./kpi panel --op yoy --out`, the launcher a user runs), Polars (nodejs-polars 0.25.2, installed here by npm), DuckDB (JDBC,
# DuckDbJob) and pandas (Debian's, /usr/bin/python3), each as a whole process on the same file, ROUNDS
# rounds in turn; wall seconds and peak RSS from /usr/bin/time, each output checked against kpi4j's
# to the bit (SameResults), ratios to kpi4j printed (benchmarks/RESULTS.md, "Peers").
#   benchmarks/peers/run.sh [ENTITIES=12500] [ROUNDS=2]     # 12,500 entities x 8 metrics x 100 quarters: ~9.7M facts
# Needs cli/target/kpi4j-all.jar and benchmarks/target/benchmarks.jar:
#   mvn -B -q -DskipTests -Pbenchmarks-jar package -pl cli,benchmarks -am
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench="$root/benchmarks/target/benchmarks.jar"
kpi="$root/cli/target/kpi4j-all.jar"
entities=${1:-12500}; rounds=${2:-2}
node_dir="$root/benchmarks/target/peers-node"
if [ ! -d "$node_dir/node_modules/nodejs-polars" ]; then
  mkdir -p "$node_dir"
  (cd "$node_dir" && npm i -E --no-audit --no-fund nodejs-polars@0.25.2 nodejs-polars-linux-x64-gnu@0.25.2 >/dev/null)
fi
work=${PEERS_DIR:-$(mktemp -d)}
facts="$work/facts.csv"
[ -f "$facts" ] || java -cp "$bench" org.kpi4j.benchmarks.GenerateFacts "$facts" "$entities" 8 100
results="$work/times.txt"; : > "$results"
"$root/kpi" --version >/dev/null   # what a user runs; builds the jar's class-data archive once, untimed
run() { # name, command...: one timed run, "name seconds peak-KB" appended to the results
  name=$1; shift
  # the input read once, untimed, before each tool: this VM's proactive reclaim (DAMON) evicts a file
  # left unread for a while, so without it the first tool after a pause reads part of it from disk
  cat "$facts" > /dev/null
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" 2> "$work/$name.err" >/dev/null || { cat "$work/$name.err"; exit 1; }
  echo "$name $(cat "$work/$name.time")" >> "$results"
  grep -h "in-process" "$work/$name.err" || true
}
for r in $(seq "$rounds"); do
  echo "round $r"
  run kpi4j "$root/kpi" panel --file "$facts" --op yoy --out "$work/kpi4j.csv"
  run polars env NODE_PATH="$node_dir/node_modules" node "$here/polars_job.js" "$facts" "$work/polars.csv"
  run duckdb java -cp "$bench" org.kpi4j.benchmarks.DuckDbJob "$facts" "$work/duckdb.csv"
  run pandas /usr/bin/python3 "$here/pandas_job.py" "$facts" "$work/pandas.csv"
done
java -cp "$bench" org.kpi4j.benchmarks.SameResults "$work/kpi4j.csv" "$work/polars.csv" "$work/duckdb.csv" "$work/pandas.csv"
echo "whole process, best of $rounds: seconds, peak RSS, ratio to kpi4j"
awk '{ if (!($1 in t) || $2 < t[$1]) t[$1] = $2; if ($3 > m[$1]) m[$1] = $3 }
     END { for (n in t) printf "%-8s %7.2f s %7.0f MB %6.2fx\n", n, t[n], m[n] / 1024, t[n] / t["kpi4j"] }' "$results" | sort -k2 -n
[ -n "${PEERS_DIR:-}" ] || rm -rf "$work"
