#!/bin/sh
# The search benchmark's FTS5 query (SearchRepository.search, as user "personale", LIMIT 50)
# through the sqlite3 command line on the same file, for comparison with StorageBenchmarks.
# Usage: Benchmarks/Scripts/search-sqlite3.sh [.build-bench/large.sqlite] [runs]
# Prints p50 and p99 wall time per query in ms, process start included; the "SELECT 1" row
# is the sqlite3 start alone.
set -eu
db=${1:-.build-bench/large.sqlite}
runs=${2:-50}
units=$(sqlite3 "$db" "SELECT group_concat(unitId) FROM accountUnit JOIN account ON account.id = accountId
  WHERE username = 'personale'")
sql() {
  printf "SELECT searchItem.kind, searchItem.sourceId, searchItem.residentId, searchItem.unitId, searchItem.at,
  snippet(searchFts, 0, char(1), char(2), '…', 16) FROM searchFts JOIN searchItem ON searchItem.id = searchFts.rowid
  WHERE searchFts MATCH '%s' AND searchItem.unitId IN (%s) ORDER BY searchFts.rowid DESC LIMIT 50;" "$1" "$units"
}
time_runs() { # prints p50 and p99 of $runs runs of sqlite3 "$db" "$1", in ms
  i=0
  while [ $i -lt "$runs" ]; do
    start=$(date +%s%N)
    sqlite3 "$db" "$1" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
    i=$((i + 1))
  done | sort -n | awk '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) / 2)]; p99 = v[int(NR * 0.99 + 0.999)]
    printf "p50 %.2f ms  p99 %.2f ms\n", p50 / 1000, p99 / 1000 }'
}
printf '%-18s %s\n' "SELECT 1" "$(time_runs 'SELECT 1;')"
for match in '"medicin"*' '"tandlæge"*' '"medi"*' '"ny"* AND "medicin"*' '"søster"* AND "medicin"*'; do
  printf '%-18s %s  (%s rows)\n' "$match" "$(time_runs "$(sql "$match")")" "$(sqlite3 "$db" "$(sql "$match")" | wc -l)"
done
