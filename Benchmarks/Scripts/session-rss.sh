#!/bin/sh
# Memory of the real program on the large dataset: signs in as "personale" in tmux (120x40),
# opens the resident list, a record and a search for "medicin", then prints the tovholder
# process's VmRSS (now) and VmHWM (peak, which includes the sign-in's scrypt buffer).
# Usage: Benchmarks/Scripts/session-rss.sh [.build/release/tovholder] [.build-bench/large.sqlite]
set -eu
bin=${1:-.build/release/tovholder}
db=${2:-.build-bench/large.sqlite}
t="tmux -L tvh-rss-$$"
$t new-session -d -x 120 -y 40 "exec '$bin' --database '$db' --language da"
trap '$t kill-server 2>/dev/null || true' EXIT
step() { $t send-keys "$@"; sleep 1.5; }
step personale Enter
step demo1234 Enter
step 1
step Enter
step C-f
step medicin
pid=$($t display -p '#{pane_pid}')
echo "screen: $($t capture-pane -p | grep -c .) non-empty lines; last search line: $($t capture-pane -p | grep -m1 -i medicin || true)"
grep -E 'VmRSS|VmHWM' "/proc/$pid/status"
