#!/bin/sh
# The search benchmark's FTS5 query (SearchRepository.search, as user "personale", LIMIT 50)
# through the sqlite3 command line on the same file, for comparison with StorageBenchmarks.
# Usage: Benchmarks/Scripts/search-sqlite3.sh [.build-bench/large.sqlite] [runs]
# Runs each query `runs` times in one sqlite3 process with `.timer on` (warm, like the Swift
# benchmark, which also repeats the query in one process) and prints p50 and p99 of sqlite3's
# "Run Time: real" per query, in ms.
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
time_runs() { # p50 and p99 of $runs runs of query $1 in one sqlite3 process, in ms
  { echo ".timer on"; i=0; while [ $i -lt "$runs" ]; do echo "$1"; i=$((i + 1)); done; } |
    sqlite3 "$db" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | sort -n | awk '{ v[NR] = $1 } END {
    printf "p50 %.2f ms  p99 %.2f ms", v[int((NR + 1) / 2)] * 1000, v[int(NR * 0.99 + 0.999)] * 1000 }'
}
for match in '"medicin"*' '"tandlæge"*' '"medi"*' '"ny"* AND "medicin"*' '"søster"* AND "medicin"*'; do
  printf '%-26s %s  (%s rows)\n' "$match" "$(time_runs "$(sql "$match")")" "$(sqlite3 "$db" "$(sql "$match")" | wc -l)"
done
