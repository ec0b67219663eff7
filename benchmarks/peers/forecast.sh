#!/bin/sh
# Holt-Winters on a panel: kpi4j's PanelForecast (all cores) against statsmodels' ExponentialSmoothing
# .fit(), on the same series, one after the other; prints each one's milliseconds per series, their
# ratio and each series' SSE compared (benchmarks/RESULTS.md, "Panel forecast").
#   benchmarks/peers/forecast.sh [SERIES=200] [LENGTH=40] [ROUNDS=3] [SEASONAL=add|mul]
# (kpi4j runs 5 rounds: the later ones in a JVM that has compiled the code, as JMH measures; statsmodels
# has no JIT, its rounds differ only by noise; the fastest round of each is quoted)
# Needs benchmarks/target/benchmarks.jar (mvn -B -q -DskipTests -Pbenchmarks-jar package -pl benchmarks -am) and
# Debian's python3-statsmodels (/usr/bin/python3).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/benchmarks.jar"
n=${1:-200}; len=${2:-40}; rounds=${3:-3}; seasonal=${4:-add}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
java -Xmx1g -cp "$jar" org.kpi4j.benchmarks.ForecastVsStatsmodels "$dir" "$n" "$len" "${KPI4J_ROUNDS:-5}" "$seasonal" | tee "$dir/k.txt"
/usr/bin/python3 "$here/forecast_statsmodels.py" "$dir" "$rounds" "$seasonal" | tee "$dir/s.txt"
k=$(sed -n 's/.* \([0-9.]*\) ms per series;.*/\1/p' "$dir/k.txt")
s=$(sed -n 's/.* \([0-9.]*\) ms per series;.*/\1/p' "$dir/s.txt")
kc=$(sed -n 's/.*CPU \([0-9.]*\) ms per series.*/\1/p' "$dir/k.txt")
sc=$(sed -n 's/.*CPU \([0-9.]*\) ms per series.*/\1/p' "$dir/s.txt")
echo "statsmodels / kpi4j per series: wall $(echo "$s $k" | awk '{printf "%.1f", $1 / $2}')x, CPU $(echo "$sc $kc" | awk '{printf "%.1f", $1 / $2}')x"
