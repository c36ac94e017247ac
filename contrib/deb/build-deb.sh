#!/usr/bin/env bash
# Builds dist/tovholder_VERSION_ARCH.deb (`make deb`): the release binary with the Swift
# standard library and Foundation linked in (no Swift toolchain on the server), the man page,
# shell completions, the licence, a changelog and the nightly-backup example.
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFT=${SWIFT:-swift}
version=$(sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/TovholderCore/Common/Version.swift)
arch=$(dpkg --print-architecture)
root=dist/deb-root
work=dist/deb-work
deb=dist/tovholder_${version}_${arch}.deb
# Reproducible: dates come from the last commit, not the clock.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

echo "== Release build with the Swift runtime linked in (its own build folder: these flags"
echo "   rebuild every module, and .build stays the ordinary release build of make build)"
$SWIFT build -c release --product tovholder --static-swift-stdlib --scratch-path .build-deb \
  -Xlinker -z -Xlinker relro -Xlinker -z -Xlinker now
bin=.build-deb/release/tovholder
if ldd "$bin" | grep -q 'libswift\|libFoundation'; then
  echo "build-deb: $bin still needs the Swift runtime:" >&2
  ldd "$bin" >&2
  exit 1
fi

rm -rf "$root" "$work"
mkdir -p "$root/DEBIAN" "$work/debian"
install -D -m 0755 "$bin" "$root/usr/bin/tovholder"
strip --strip-unneeded --remove-section=.comment "$root/usr/bin/tovholder"
tovholder="$root/usr/bin/tovholder"

echo "== Man page (generate-manual, joined with KEYS, FILES, ENVIRONMENT, EXIT STATUS, EXAMPLES)"
make --no-print-directory man MAN_BINARY="$tovholder" MAN_OUT="$work/tovholder.1"
install -d "$root/usr/share/man/man1"
gzip -9n < "$work/tovholder.1" > "$root/usr/share/man/man1/tovholder.1.gz"

echo "== Completions"
install -d "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d"
"$tovholder" --generate-completion-script bash > "$root/usr/share/bash-completion/completions/tovholder"
"$tovholder" --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_tovholder"
"$tovholder" --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/tovholder.fish"

echo "== Documentation"
doc="$root/usr/share/doc/tovholder"
install -d "$doc/examples"
install -m 0644 contrib/deb/copyright "$doc/copyright"
gzip -9n < contrib/deb/changelog > "$doc/changelog.gz"
install -m 0644 contrib/systemd/tovholder-backup.service contrib/systemd/tovholder-backup.timer "$doc/examples/"

echo "== Control file (Depends from dpkg-shlibdeps)"
printf 'Source: tovholder\n\nPackage: tovholder\nArchitecture: any\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O -e"../deb-root/usr/bin/tovholder" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
find "$root" -type d -exec chmod 0755 {} +
find "$root/usr/share" -type f -exec chmod 0644 {} +
touch -d "@$SOURCE_DATE_EPOCH" $(find "$root" -mindepth 1)
size=$(du -sk --apparent-size "$root/usr" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@DEPENDS@/$depends/" -e "s/@SIZE@/$size/" \
  contrib/deb/control.in > "$root/DEBIAN/control"
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

echo "== $deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
dpkg-deb --info "$deb" | sed -n 's/^ //p' | grep -E '^(Package|Version|Architecture|Depends|Installed-Size):'
echo "== lintian"
lintian --fail-on error "$deb"
ls -l "$deb"
