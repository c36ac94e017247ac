#!/usr/bin/env bash
# `make deb-test`: unpacks dist/tovholder_*.deb into a scratch root (dpkg -x, as an install
# would place it) and runs the program from there: --version, the demo home, a check of it,
# the man page and the completions. Run as any user; nothing is installed on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/TovholderCore/Common/Version.swift)
deb=dist/tovholder_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { echo "test-deb: $deb is missing (make deb)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "test-deb: $*" >&2; exit 1; }

dpkg -x "$deb" "$scratch/root"
bin="$scratch/root/usr/bin/tovholder"
echo "== ldd: no Swift runtime needed, every library found"
ldd "$bin" | grep -E 'libswift|libFoundation|not found' && fail "the binary still needs libraries it should not"
echo "== Depends names ncursesw, sqlite3, libc and libstdc++"
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libncursesw6 libsqlite3-0 libc6 libstdc++6; do
  case "$depends" in *"$lib"*) ;; *) fail "Depends lacks $lib: $depends" ;; esac
done

export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_STATE_HOME="$scratch/home/state" \
  XDG_CONFIG_HOME="$scratch/home/config" LANG=C.UTF-8
mkdir -p "$HOME"
echo "== tovholder --version"
[ "$("$bin" --version)" = "$version" ] || fail "--version did not say $version"
echo "== tovholder demo"
"$bin" demo --database "$scratch/demo.sqlite" < /dev/null | tee "$scratch/demo.out"
grep -q "personale" "$scratch/demo.out" || fail "demo did not name its accounts"
[ "$(stat -c %a "$scratch/demo.sqlite")" = 600 ] || fail "the demo database is not 0600"
"$bin" check --database "$scratch/demo.sqlite" < /dev/null || fail "check of the demo failed"
echo "== the screen program: sign in and quit, in tmux (an optimized build takes keys differently)"
t="tmux -L tvh-deb-$$ -f /dev/null"
trap '$t kill-server 2>/dev/null; rm -rf "$scratch"' EXIT
$t new-session -d -x 80 -y 24 "env TERM=tmux-256color '$bin' --database '$scratch/demo.sqlite'; echo EXIT=\$?; sleep 60"
wait_for() { # text; 30 s at most
  for _ in $(seq 300); do $t capture-pane -p | grep -q "$1" && return 0; sleep 0.1; done
  $t capture-pane -p >&2
  fail "waited for \"$1\""
}
wait_for "Brugernavn"
$t send-keys personale Enter
$t send-keys demo1234 Enter
wait_for "Hovedmenu"
wait_for "FIKTIV DEMO"
$t send-keys C-c
wait_for "EXIT=0"

echo "== man page and completions"
man_page="$scratch/root/usr/share/man/man1/tovholder.1.gz"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$man_page" 2>&1 >"$scratch/man.raw")
[ -z "$warnings" ] || fail "man warns: $warnings"
col -bx < "$scratch/man.raw" > "$scratch/man.txt"
for section in SYNOPSIS KEYS ENVIRONMENT FILES "EXIT STATUS" EXAMPLES; do
  grep -q "^$section" "$scratch/man.txt" || fail "the man page has no $section section"
done
for f in usr/share/bash-completion/completions/tovholder usr/share/zsh/vendor-completions/_tovholder \
  usr/share/fish/vendor_completions.d/tovholder.fish usr/share/doc/tovholder/copyright \
  usr/share/doc/tovholder/changelog.gz usr/share/doc/tovholder/examples/tovholder-backup.timer; do
  [ -s "$scratch/root/$f" ] || fail "$f is missing or empty"
done
echo "test-deb: $deb works from a scratch root"
